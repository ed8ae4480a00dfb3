"""Development scorer: extract -> in-memory JSON view -> score against gold.

    python scripts/dev_eval.py [--only lens,lannion] [--doc-table] [--diff FIELD]

(The product's ``delibgraph eval`` scores the JSON read back from the graph.)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from delibgraph.evaluate import merge, score_document, table
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
            m = table(s)[-1]
            print(f"{name:40} tp={m[1]:4} fp={m[2]:4} fn={m[3]:4} f1={m[6]:.3f}")
    print(f"{'field':22} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for f, tp, fp, fn, p, r, f1 in table(merge(all_scores)):
        print(f"{f:22} {tp:5} {fp:5} {fn:5} {p:6.3f} {r:6.3f} {f1:6.3f}")


if __name__ == "__main__":
    main()
