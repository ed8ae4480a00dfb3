"""SHACL shapes and the validate() API.

Every named shape (each NodeShape, each named property shape, each SHACL-SPARQL
check) has a folder tests/data/shapes/<ShapeName>/ with a conforming graph
(valid.ttl: no issue at all) and a non-conforming one (invalid.ttl: at least one
issue raised by that shape). Shapes named ``...Check`` are warnings, the others
violations.
"""

from __future__ import annotations

import time

import pytest
from conftest import ROOT, shared_file
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from delibgraph.validate import Issue, Report, shapes_graph, validate

CASES = ROOT / "tests" / "data" / "shapes"
DGSH = "https://w3id.org/delibgraph/shapes#"
CASE_NAMES = sorted(p.name for p in CASES.iterdir() if p.is_dir())


def expected_severity(shape: str) -> str:
    return "Warning" if shape.endswith("Check") else "Violation"


def named_shapes() -> set[str]:
    g = shapes_graph()
    nodes = set(g.subjects(RDF.type, SH.NodeShape)) | set(g.subjects(RDF.type, SH.PropertyShape))
    return {str(s)[len(DGSH):] for s in nodes if isinstance(s, URIRef) and str(s).startswith(DGSH)}


def check(case: str, kind: str) -> Report:
    return validate(Graph().parse(CASES / case / f"{kind}.ttl", format="turtle"))


def test_every_named_shape_has_a_case_folder():
    assert named_shapes() == set(CASE_NAMES)
    assert len(CASE_NAMES) >= 20


@pytest.mark.parametrize("case", CASE_NAMES)
def test_valid_graph_raises_nothing(case: str):
    report = check(case, "valid")
    assert report.conforms
    assert not [i for i in report.issues if i.shape == DGSH + case], report.text()
    assert not report.issues, report.text()


@pytest.mark.parametrize("case", CASE_NAMES)
def test_invalid_graph_is_caught_by_its_shape(case: str):
    report = check(case, "invalid")
    mine = [i for i in report.issues if i.shape == DGSH + case]
    assert mine, f"{case} raised nothing:\n{report.text()}"
    assert {i.severity for i in mine} == {expected_severity(case)}
    assert report.conforms == (expected_severity(case) == "Warning" and not report.violations)
    assert all(i.message and i.focus.startswith("https://w3id.org/delibgraph/id/") for i in mine)


def test_consistency_messages_are_filled_in_both_languages():
    g = Graph().parse(CASES / "AttendanceTotalCheck" / "invalid.ttl")
    (en,) = [i.message for i in validate(g).warnings]
    (fr,) = [i.message for i in validate(g, lang="fr").warnings]
    assert en == "Listed present (2) + excused (1) + absent (1) ≠ 5 members in office."
    assert fr == "Présents (2) + excusés (1) + absents (1) listés ≠ 5 membres en exercice."


def test_person_checks_name_the_person():
    report = check("PresentAndAbsentCheck", "invalid")
    (issue,) = report.warnings
    assert issue.value == "https://w3id.org/delibgraph/id/p-hanon"
    assert issue.message == "Marie HANON is listed both as present and as excused or absent."


def test_proxy_for_some_items_only_allows_the_giver_to_be_present():
    g = Graph().parse(CASES / "ProxyGiverPresentCheck" / "invalid.ttl")
    g.add((URIRef("https://w3id.org/delibgraph/id/s-proxy-ducastel"),
           URIRef("https://w3id.org/delibgraph/ontology#forDeliberation"),
           URIRef("https://w3id.org/delibgraph/id/d")))
    assert not validate(g).warnings


def test_an_arrival_raises_the_vote_limit():
    g = Graph().parse(CASES / "VoteCountCheck" / "invalid.ttl")  # 4 votes, 3 possible voters
    g.parse(data="""@prefix dg: <https://w3id.org/delibgraph/ontology#> .
        @prefix id: <https://w3id.org/delibgraph/id/> .
        @prefix prov: <http://www.w3.org/ns/prov#> .
        id:s dg:attendanceChange id:c .
        id:c a dg:AttendanceChange ; prov:wasDerivedFrom id:document-pv ; dg:person id:p-vincent ;
            dg:event "arrives" ; dg:votersCount 4 .""", format="turtle")
    assert not validate(g).issues


def test_report_text_groups_issues_by_severity():
    report = check("DeliberationShape", "invalid")
    text = report.text()
    assert text.startswith("Violations (")
    assert "Warnings (" in text and text.index("Warnings (") > text.index("Violations (")
    assert "dgsh:DeliberationShape" in text
    assert len(text.splitlines()) == len(report.issues) + 2


def test_broken_input_is_a_result_not_an_exception():
    assert validate(Graph()).conforms
    report = validate("not a graph")  # type: ignore[arg-type]
    assert not report.conforms and isinstance(report.issues[0], Issue)


def test_a_real_document_graph_has_no_violation():
    from delibgraph.build import graph_for
    from delibgraph.sources import read_document

    g = graph_for(read_document(shared_file("lannion_2020-06-08.pdf")))[1]
    report = validate(g)
    assert not report.violations, report.text()


def test_two_thousand_triples_validate_fast():
    from delibgraph.build import graph_for
    from delibgraph.sources import read_document

    g = graph_for(read_document(shared_file("taluyers_2024-03-25_pv.txt")))[1]
    assert len(g) > 1500
    validate(g)  # warm the caches (shapes, parsed queries)
    t0 = time.perf_counter()
    validate(g)
    assert time.perf_counter() - t0 < 2.0


def test_shapes_are_loaded_from_the_project():
    files = sorted(p.name for p in (ROOT / "shapes").glob("*.ttl"))
    assert files == ["delibgraph-shapes.ttl", "generated-matters.ttl"]
    assert len(shapes_graph()) > 500


def test_public_pyshacl_api_gives_the_same_issues(monkeypatch: pytest.MonkeyPatch):
    """If the fast path does not fit another pyshacl version, validate() falls back."""
    import delibgraph.validate as v

    fast = check("DeliberationShape", "invalid").issues

    def incompatible(*args, **kwargs):
        raise TypeError("unexpected keyword argument")

    monkeypatch.setattr(v, "Validator", incompatible)
    slow = check("DeliberationShape", "invalid").issues
    assert [(i.severity, i.shape, i.path, i.value) for i in slow] == \
        [(i.severity, i.shape, i.path, i.value) for i in fast]
