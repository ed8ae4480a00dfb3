"""The fast path (SHACL-SPARQL constraints on pyoxigraph) finds what pySHACL alone finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl import validate as pyshacl_validate
from rdflib import Graph
from rdflib.namespace import SH

from delibgraph.validate import shapes_graph, validate

from conftest import ROOT

CASES = sorted((ROOT / "tests" / "data" / "shapes").glob("*/*.ttl"))


def _pyshacl_results(data: Graph) -> set[tuple[str, str, str]]:
    results = pyshacl_validate(data, shacl_graph=shapes_graph(), inference="none")[1]
    out = set()
    for r in results.objects(None, SH.result):
        shape = results.value(r, SH.sourceShape)
        out.add((str(results.value(r, SH.resultSeverity)).rsplit("#", 1)[-1],
                 str(results.value(r, SH.focusNode)), str(shape)))
    return out


@pytest.mark.parametrize("case", CASES, ids=[f"{c.parent.name}/{c.stem}" for c in CASES])
def test_sparql_checks_agree_with_pyshacl(case: Path):
    sparql_shapes = {str(s) for s in shapes_graph().subjects(SH.sparql)}
    data = Graph().parse(case)
    reference = {r for r in _pyshacl_results(data) if r[2] in sparql_shapes}
    ours = {(i.severity, i.focus, i.shape) for i in validate(data).issues if i.shape in sparql_shapes}
    assert ours == reference
