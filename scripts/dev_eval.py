"""Development scorer: extract -> in-memory JSON view -> score against gold.

    python scripts/dev_eval.py [--only lens,lannion] [--doc-table] [--diff FIELD]

(The product's ``delibgraph eval`` scores the JSON read back from the graph.)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from delibgraph.evaluate import format_micro, format_table, merge, score_document
from delibgraph.extract import extract
from delibgraph.records_json import extraction_json
from delibgraph.sources import read_document

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="", help="comma-separated file-name prefixes")
    ap.add_argument("--doc-table", action="store_true", help="micro F1 per document")
    ap.add_argument("--dump", default="", help="directory to write predicted JSON into")
    args = ap.parse_args()
    prefixes = [p for p in args.only.split(",") if p]
    all_scores = []
    for gold_path in sorted((SHARED / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text())
        name = gold["document"]
        if prefixes and not any(name.startswith(p) for p in prefixes):
            continue
        pred = extraction_json(extract(read_document(SHARED / "corpus" / name)))
        if args.dump:
            Path(args.dump).mkdir(parents=True, exist_ok=True)
            (Path(args.dump) / f"{name}.json").write_text(json.dumps(pred, ensure_ascii=False, indent=1))
        s = score_document(gold, pred)
        all_scores.append(s)
        if args.doc_table:
            print(format_micro(name, s))
    print(format_table(merge(all_scores)))


if __name__ == "__main__":
    main()
