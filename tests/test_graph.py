"""Graph building: deterministic URIs, idempotent rebuilds, provenance, known terms only."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from delibgraph.build import graph_for, process_file
from delibgraph.graph import uris
from delibgraph.sources import read_document
from delibgraph.store import GraphStore

from conftest import CORPUS, EXAMPLES, ROOT, shared_file

LENS = EXAMPLES / "lens_2023-12-06.txt"
DG = "https://w3id.org/delibgraph/ontology#"
REUSED = (
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
    "http://xmlns.com/foaf/0.1/", "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/oa#",
    "http://schema.org/", "http://purl.org/dc/terms/", "http://www.w3.org/2004/02/skos/core#",
)


def lens_graph() -> Graph:
    return graph_for(read_document(LENS))[1]


def test_same_file_twice_gives_the_same_graph():
    assert isomorphic(lens_graph(), lens_graph())
    assert set(lens_graph()) == set(lens_graph())  # no blank nodes: even the triples are equal


def test_rebuild_replaces_the_named_graph_without_duplicates(tmp_path: Path):
    store = GraphStore(tmp_path / "store")
    built = process_file(LENS)
    store.replace_graph(built.graph_iri, built.ntriples)
    first = len(store)
    store.replace_graph(built.graph_iri, process_file(LENS).ntriples)
    assert len(store) == first
    assert store.graphs() == [uris.document_uri("lens_2023-12-06.txt")]


def test_uris_come_from_natural_keys():
    g = lens_graph()
    sessions = set(g.subjects(RDF.type, URIRef(DG + "Session")))
    assert sessions == {URIRef(f"{uris.BASE}authority/216204982/session/2023-12-06")}
    delibs = set(g.subjects(RDF.type, URIRef(DG + "Deliberation")))
    assert delibs == {URIRef(f"{uris.BASE}act/062-216204982-20231206-DLB17_06122023-DE")}


def test_every_fact_from_the_text_has_its_words():
    g, text = lens_graph(), LENS.read_text(encoding="utf-8")
    q = """SELECT ?start ?end ?exact WHERE { ?e a dg:Evidence ; oa:start ?start ; oa:end ?end ; oa:exact ?exact }"""
    rows = list(g.query(q, initNs={"dg": DG, "oa": "http://www.w3.org/ns/oa#"}))
    assert len(rows) > 40
    for start, end, exact in rows:
        assert text[int(start):int(end)] == str(exact)


@functools.lru_cache(maxsize=1)
def _defined_terms() -> frozenset[str]:
    g = Graph()
    for f in sorted((ROOT / "ontology").glob("*.ttl")):
        g.parse(f)
    return frozenset(str(s) for s in g.subjects() if isinstance(s, URIRef))


GENERALISATION = sorted((ROOT / "tests" / "data" / "generalisation").glob("*/input.*"))


@pytest.mark.parametrize("path", [LENS, *GENERALISATION], ids=lambda p: p.parent.name)
def test_every_class_and_predicate_is_defined_or_reused(path: Path):
    _check_terms(path)


def test_every_class_and_predicate_of_the_corpus_is_defined_or_reused(corpus: Path):
    for path in sorted(corpus.glob("*")):
        if path.suffix != ".md":
            _check_terms(path)


def _check_terms(path: Path) -> None:
    g, defined = graph_for(read_document(path))[1], _defined_terms()
    used = set(map(str, g.predicates())) | {str(o) for o in g.objects(None, RDF.type)}
    unknown = {t for t in used if not (t in defined or t.startswith(REUSED))}
    assert not unknown, f"terms neither in ontology/ nor in a reused vocabulary: {sorted(unknown)}"
    assert {t for t in used if t.startswith(DG)} <= defined


ALL = sorted(p.name for p in CORPUS.glob("*") if p.suffix != ".md") if CORPUS.is_dir() else ["lens_2023-12-06.txt"]


@pytest.mark.parametrize("name", ALL)
def test_json_from_the_graph_says_what_the_records_say(name: str):
    from delibgraph.build import extract_json
    from delibgraph.evaluate import micro, score_document
    from delibgraph.extract import extract
    from delibgraph.records_json import extraction_json

    path = LENS if name.startswith("lens") else shared_file(name)
    direct = extraction_json(extract(read_document(path)))
    via_graph = extract_json(path)
    m = micro(score_document(direct, via_graph))
    assert (m.fp, m.fn) == (0, 0) and m.tp > 5


def test_a_family_name_resolves_to_the_family_name_not_a_given_name():
    from delibgraph.graph.persons import canonical_names
    from delibgraph.model import Extraction, Session, Spanned

    people = ["ROBERT", "BERNARD", "Bernard GUILLOTEAU", "LE BIHAN", "Paul LE BIHAN", "DUPONT",
              "Jean DUPONT", "Marie DUPONT"]
    ext = Extraction(document="x", sessions=[Session(president=Spanned("Sylvain ROBERT"),
                                                     present=[Spanned(p) for p in people])])
    canon = canonical_names(ext)
    assert canon["ROBERT"] == "Sylvain ROBERT" and canon["LE BIHAN"] == "Paul LE BIHAN"
    assert "BERNARD" not in canon  # a given name is not a family name
    assert "DUPONT" not in canon  # two DUPONTs: ambiguous, kept as written
