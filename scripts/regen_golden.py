"""Regenerate the golden graphs: tests/data/golden/<case>/expected.ttl from its input file.

    python scripts/regen_golden.py            # every case
    python scripts/regen_golden.py lens       # one case

Review the diff before committing: a change here is a change of what we extract.
"""

from __future__ import annotations

import sys
from pathlib import Path

from delibgraph.build import graph_for
from delibgraph.sources import read_document

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "data" / "golden"


def input_of(case: Path) -> Path:
    return next(p for p in sorted(case.iterdir()) if p.name != "expected.ttl")


def expected_graph(case: Path):
    return graph_for(read_document(input_of(case)))[1]


def main(names: list[str]) -> None:
    for case in sorted(GOLDEN.iterdir()):
        if case.is_dir() and (not names or case.name in names):
            g = expected_graph(case)
            g.bind("dg", "https://w3id.org/delibgraph/ontology#")
            (case / "expected.ttl").write_text(g.serialize(format="turtle"), encoding="utf-8")
            print(f"{case.name}: {len(g)} triples")


if __name__ == "__main__":
    main(sys.argv[1:])
