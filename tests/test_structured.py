"""Structured inputs: @ctes XML and SCDL CSV readers, and the structured extractor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import GOLD, shared_file
from delibgraph.evaluate import score_document, table
from delibgraph.extract import extract
from delibgraph.extract import structured
from delibgraph.model import Extraction
from delibgraph.records_json import extraction_json
from delibgraph.sources import SourceError, read_document

DATA = Path(__file__).parent / "data" / "sources"
ACTE = "045-214500001-20230615-DEL2023_042-DE-1-1_0.xml"


def read(name: str):
    return read_document(DATA / name)


def structured_only(doc) -> Extraction:
    ext = Extraction(document=doc.name)
    structured.run(doc, ext)
    return ext


def assert_spans_point_at_values(doc):
    for rec in doc.records:
        for key, (start, end) in rec["_spans"].items():
            if key.startswith("_") or start < 0 or key in ("date", "received", "matter_code", "title"):
                continue
            assert doc.text[start:end] == str(rec[key]), key


# --- @ctes XML -----------------------------------------------------------------------------------

def test_acte_iso_8859_1():
    doc = read(ACTE)
    (rec,) = doc.records
    assert rec["title"] == "Attribution d'une subvention exceptionnelle à l'association « Les Écoliers »"
    assert (rec["number"], rec["date"], rec["nature"], rec["nature_code"]) == ("DEL2023_042", "2023-06-15", "DE", "1")
    assert (rec["matter_code"], rec["matter_full"]) == ("7.5", "7.5.1")
    assert (rec["siren"], rec["department"], rec["act_id"]) == ("214500001", "045", None)
    assert rec["classification_version"] == "2022-11-02"
    assert "Objet : Attribution d'une subvention" in doc.text and "Numéro interne : DEL2023_042" in doc.text
    assert_spans_point_at_values(doc)
    start, end = rec["_spans"]["title"]
    assert doc.text[start:end] == rec["title"]


def test_aracte_utf8_with_corsican_department():
    (rec,) = read("aracte_utf8.xml").records
    assert rec["act_id"] == "02A-200012345-20240130-2024_007-AR"
    assert (rec["department"], rec["siren"], rec["nature"]) == ("02A", "200012345", "AR")
    assert (rec["received"], rec["date"], rec["number"]) == ("2024-02-02", "2024-01-30", "2024_007")
    assert rec["title"] == "Réglementation de la circulation rue de l'Église"


def test_xml_that_is_not_actes_is_an_error():
    with pytest.raises(SourceError, match=r"not_actes\.xml.*<rss>.*actes:Acte or actes:ARActe"):
        read("not_actes.xml")
    with pytest.raises(SourceError, match="not well-formed XML"):
        read("broken.xml")


# --- SCDL CSV --------------------------------------------------------------------------------------

def test_scdl_semicolon_cp1252_with_multiline_cell():
    doc = read("deliberations_scdl_cp1252.csv")
    assert len(doc.records) == 3 and not doc.warnings
    first, second, third = doc.records
    assert first["title"] == 'Subvention à l\'association "Cœur de village" versée en deux fois'
    start, end = first["_spans"]["title"]
    assert doc.text[start:end] == 'Subvention à l\'association ""Cœur de village""\nversée en deux fois'
    assert (first["vote_for"], first["vote_against"], first["vote_abstain"]) == (21, 0, 0)
    assert (second["number"], second["title"]) == ("2024-016", "Tarifs de la cantine scolaire – année 2024/2025")
    assert (second["act_id"], second["received"], second["department"]) == (
        "035-213500001-20240312-2024_016-DE", "2024-03-15", "035")
    assert (third["date"], third["act_id"], third["vote_for"]) == ("2024-04-09", None, None)
    assert first["siren"] == "213500001" and first["row"]["COLL_SIRET"] == "21350000100017"
    assert_spans_point_at_values(doc)


def test_scdl_comma_utf8_bom_with_french_dates_and_padded_codes():
    doc = read("deliberations_scdl_utf8.csv")
    first, second = doc.records
    assert first["title"] == "Désignation des représentants, au syndicat mixte"  # quoted comma
    assert (second["date"], second["matter_code"], second["vote_for"]) == ("2023-12-06", "8.5", 80)
    assert doc.text.startswith("COLL_NOM,")  # BOM dropped, text as published


def test_csv_that_is_not_scdl_deliberations_lists_missing_columns():
    with pytest.raises(SourceError, match="missing column.*DELIB_ID.*DELIB_OBJET"):
        read("subventions_not_deliberations.csv")


def test_csv_missing_an_optional_required_column_only_warns(tmp_path):
    path = tmp_path / "delibs.csv"
    path.write_text("DELIB_ID;DELIB_DATE;DELIB_OBJET\n12;2022-01-31;Vente d'un terrain\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.records[0]["title"] == "Vente d'un terrain"
    assert any("COLL_NOM" in w for w in doc.warnings)


# --- structured extractor ----------------------------------------------------------------------------

def test_structured_csv_sessions_by_date_and_votes():
    doc = read("deliberations_scdl_cp1252.csv")
    ext = structured_only(doc)
    assert ext.kind == "table"
    a = ext.authority
    assert (a.name.value, a.type.value, a.siren.value, a.department.value) == (
        "Commune de Saint-Exemple", "commune", "213500001", "035")
    assert doc.text[a.name.start:a.name.end] == "Commune de Saint-Exemple"
    assert [s.date.value for s in ext.sessions] == ["2024-03-12", "2024-04-09"]
    assert [len(s.deliberations) for s in ext.sessions] == [2, 1]
    d = ext.sessions[0].deliberations[1]
    assert (d.number.value, d.matter_code.value, d.nature.value) == ("2024-016", "7.1", "DE")
    assert (d.vote.for_.value, d.vote.against.value, d.vote.abstain.value) == (17, 2, 2)
    assert d.outcome is None and d.vote.unanimous is None
    assert d.prefecture_received.value == "2024-03-15"


def test_structured_epci_from_csv():
    ext = structured_only(read("deliberations_scdl_utf8.csv"))
    assert (ext.authority.type.value, ext.authority.siren.value) == ("epci", "245900000")


def test_structured_xml_acte():
    ext = structured_only(read(ACTE))
    assert ext.kind == "actes-xml" and ext.authority.name is None
    (session,) = ext.sessions
    (d,) = session.deliberations
    assert session.date.value == "2023-06-15"
    assert (d.number.value, d.matter_code.value, d.act_id) == ("DEL2023_042", "7.5", None)


def test_documents_without_records_are_left_alone():
    doc = read("extrait_cp1252.txt")
    assert structured_only(doc).sessions == []


@pytest.mark.parametrize("name", ["actes-acte-fixture_2017-07-17.xml", "actes-aracte-fixture_2024-05-07.xml"])
def test_real_actes_fixtures_match_gold(name):
    doc = read_document(shared_file(name))
    gold = json.loads((GOLD / f"{name}.json").read_text())
    for ext in (structured_only(doc), extract(doc)):  # alone, and with every later extractor
        micro = table(score_document(gold, extraction_json(ext)))[-1]
        assert (micro[2], micro[3]) == (0, 0), micro  # no false positive, no false negative
