"""Golden tests as data: tests/data/golden/<case>/ holds an input and the expected Turtle.

Compared by graph isomorphism. Regenerate with `python scripts/regen_golden.py` and
review the diff.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from conftest import ROOT

GOLDEN = ROOT / "tests" / "data" / "golden"
spec = importlib.util.spec_from_file_location("regen_golden", ROOT / "scripts" / "regen_golden.py")
regen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(regen)

CASES = sorted(p for p in GOLDEN.iterdir() if p.is_dir())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_graph(case: Path):
    expected = Graph().parse(case / "expected.ttl")
    actual = regen.expected_graph(case)
    if not isomorphic(expected, actual):
        _, missing, extra = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        pytest.fail(f"{case.name}: graph differs; missing {len(missing)} triples, {len(extra)} new, e.g. "
                    f"missing {sorted(missing)[:3]} new {sorted(extra)[:3]}. If the change is wanted: "
                    f"python scripts/regen_golden.py {case.name}")
