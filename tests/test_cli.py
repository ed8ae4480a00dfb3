"""The command line, end to end, with click's CliRunner."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from delibgraph.cli import main

from conftest import EXAMPLES, ROOT

ENV = {"COLUMNS": "250"}
COMMANDS = ("build", "extract", "eval", "query", "validate", "export", "serve")


def run(*args: str):
    return CliRunner().invoke(main, list(map(str, args)), env=ENV)


@pytest.fixture(scope="module")
def example_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("store") / "s"
    result = run("build", EXAMPLES, "--store", store)
    assert result.exit_code == 0, result.output
    return store


def test_help_explains_every_command():
    out = run("--help").output
    for cmd in COMMANDS:
        assert cmd in out
        sub = run(cmd, "--help")
        assert sub.exit_code == 0 and len(sub.output) > 200


def test_lens_deliberation_17_with_its_vote_and_attendance(example_store: Path):
    q = EXAMPLES / "queries" / "deliberations-with-vote.rq"
    result = run("query", q, "--store", example_store, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = [r for r in json.loads(result.output) if "DLB17" in (r["number"] or "")]
    assert len(rows) == 1
    row = rows[0]
    assert (row["unanimous"], row["outcome"]) == ("true", "adopted")
    assert (row["present"], row["excused"], row["proxies"]) == ("31", "7", "5")


def test_proxies_and_attendance_queries(example_store: Path):
    proxies = json.loads(run("query", EXAMPLES / "queries" / "proxies.rq", "--store", example_store,
                             "--format", "json").output)
    assert {(p["giver"].split()[-1], p["holder"].split()[-1]) for p in proxies} >= {
        ("BOUKERCHA", "ROBERT"), ("BEDNARSKA", "CUGIER")}
    assert len(proxies) == 5
    csv_out = run("query", EXAMPLES / "queries" / "attendance.rq", "--store", example_store,
                  "--format", "csv").output
    rows = list(csv.DictReader(io.StringIO(csv_out)))
    status = Counter(r["status"] for r in rows)
    assert (status["present"], status["excused"], status["absent"]) == (31, 7, 1)
    assert sum(bool(r["proxy_to"]) for r in rows) == 5


def test_build_reports_every_bad_input_and_stores_the_good_ones(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(EXAMPLES / "lens_2023-12-06.txt", docs)
    (docs / "empty.txt").write_text("")
    (docs / "scan.pdf").write_text("this is a Word export, not a PDF")
    result = run("build", docs, "--store", tmp_path / "s")
    assert result.exit_code == 1
    out = result.output
    assert f"failed: {docs / 'empty.txt'}: the file is empty" in out
    assert f"failed: {docs / 'scan.pdf'}: not a PDF" in out
    assert "3 inputs: 1 built, 0 built with SHACL violations, 2 failed" in out


def test_export_formats_parse_back(example_store: Path, tmp_path: Path):
    for fmt, parse in (("turtle", "turtle"), ("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")):
        target = tmp_path / f"out.{fmt}"
        assert run("export", "--format", fmt, "--out", target, "--store", example_store).exit_code == 0
        g = Dataset() if fmt in ("nquads", "trig") else Graph()
        g.parse(target, format=parse)
        assert len(g) > 100
    assert run("export", "--format", "rdfxml", "--store", example_store).exit_code == 2


def test_extract_writes_the_gold_shape(tmp_path: Path):
    result = run("extract", EXAMPLES / "lens_2023-12-06.txt", "--json-dir", tmp_path)
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "lens_2023-12-06.txt.json").read_text())
    assert set(data) == {"document", "kind", "complete", "authority", "sessions"}
    delib = data["sessions"][0]["deliberations"][0]
    assert delib["act_id"] == "062-216204982-20231206-DLB17_06122023-DE"
    assert set(delib["votes"]) == {"for", "against", "abstain", "not_voting"}


def test_validate_exit_codes(example_store: Path, tmp_path: Path):
    assert run("validate", "--store", example_store).exit_code == 0
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    assert run("validate", bad).exit_code == 2


def test_query_errors_are_usage_errors(example_store: Path, tmp_path: Path):
    assert run("query", "SELECT WHERE {", "--store", example_store).exit_code == 2
    assert run("query", "SELECT * { ?s ?p ?o }", "--store", tmp_path / "nothing").exit_code == 2


def test_readme_commands_are_honest():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    test_cmd = ".venv/bin/pip install -q -e '.[test]' && .venv/bin/python -m pytest"
    assert test_cmd in readme and test_cmd in ci
    blocks = "\n".join(re.findall(r"```sh\n(.*?)```", readme, re.S))
    for cmd in re.findall(r"^delibgraph (\w+)", blocks, re.M):
        assert cmd in COMMANDS, f"README shows 'delibgraph {cmd}', which does not exist"
    for rq in re.findall(r"examples/queries/[\w-]+\.rq", readme):
        assert (ROOT / rq).exists(), rq


def test_export_scdl_csv(example_store: Path, tmp_path: Path):
    target = tmp_path / "deliberations.csv"
    assert run("export", "--format", "scdl", "--out", target, "--store", example_store).exit_code == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == 1
    row = rows[0]
    assert (row["COLL_NOM"], row["DELIB_ID"], row["DELIB_DATE"]) == ("Lens", "DLB17_06122023", "2023-12-06")
    assert (row["DELIB_MATIERE_CODE"], row["PREF_DATE"], row["VOTE_EFFECTIF"]) == ("8.5", "2023-12-12", "39")
    assert row["DELIB_MATIERE_NOM"] == "domaines de competences par themes/politique de la ville-habitat-logement"
    assert row["COLL_SIRET"] == ""  # not stated: left empty, never invented


def test_build_over_a_mixed_folder_stores_every_format(tmp_path: Path):
    src = ROOT / "tests" / "data" / "sources"
    names = ["compte_rendu_latin1.txt", "proces_verbal_bom.md", "proces_verbal_3p.pdf",
             "compte_rendu_iso.html", "045-214500001-20230615-DEL2023_042-DE-1-1_0.xml",
             "aracte_utf8.xml", "deliberations_scdl_utf8.csv", "deliberations_scdl_cp1252.csv"]
    docs = tmp_path / "mixed"
    docs.mkdir()
    for n in names:
        shutil.copy(src / n, docs)
    result = run("build", docs, "--store", tmp_path / "s")
    assert result.exit_code == 0, result.output
    assert f"{len(names)} inputs: {len(names)} built" in result.output
    listing = run("query", "SELECT ?f (COUNT(?d) AS ?n) WHERE { GRAPH ?g { ?doc dg:fileName ?f . "
                  "OPTIONAL { ?d a dg:Deliberation } } } GROUP BY ?f", "--store", tmp_path / "s", "--format", "json")
    counts = {r["f"]: int(r["n"]) for r in json.loads(listing.output)}
    assert set(counts) == set(names)
    assert all(n > 0 for n in counts.values()), counts
