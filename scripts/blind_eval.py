"""Blind test: score extraction on hand-made documents nobody tuned for.

    python scripts/blind_eval.py [--dir tests/data/blind2] [--only case1,case2] [--dump DIR]

Each case is <dir>/<case>/input.<txt|md|html> with expected.json
(SCHEMA.md shape, NOTES.md conventions). Prints micro-F1 per case, then the
per-field table over all cases.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from delibgraph.build import extract_json
from delibgraph.evaluate import format_micro, format_table, merge, score_document

BLIND = Path(__file__).resolve().parents[1] / "tests" / "data" / "blind"


def cases(only: list[str], root: Path = BLIND) -> list[Path]:
    """Case directories holding an expected.json, optionally filtered by name."""
    dirs = sorted(p.parent for p in root.glob("*/expected.json"))
    return [d for d in dirs if not only or d.name in only]


def input_of(case: Path) -> Path:
    return next(p for p in sorted(case.glob("input.*")))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path, default=BLIND, help="folder of cases [default: tests/data/blind]")
    ap.add_argument("--only", default="", help="comma-separated case names")
    ap.add_argument("--dump", default="", help="directory to write predicted JSON into")
    args = ap.parse_args()
    all_scores = []
    for case in cases([c for c in args.only.split(",") if c], args.dir):
        gold = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        pred = extract_json(input_of(case))
        if args.dump:
            Path(args.dump).mkdir(parents=True, exist_ok=True)
            (Path(args.dump) / f"{case.name}.json").write_text(
                json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
        s = score_document(gold, pred)
        all_scores.append(s)
        print(format_micro(case.name, s))
    print()
    print(format_table(merge(all_scores)))


if __name__ == "__main__":
    main()
