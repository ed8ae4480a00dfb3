"""Time and profile extraction alone (no graph): the Lens example and the corpus.

    python scripts/profile_extract.py [--repeat N] [--profile] [--top K] [FILES...]

Documents are read once; only ``extract`` is timed (best of N runs per
document, so the figures are stable). ``--profile`` adds a cProfile table of
one run over all documents, sorted by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

from delibgraph.extract import extract
from delibgraph.sources import read_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def corpus_paths() -> list[Path]:
    """The corpus documents that have gold (the 18 scored by dev_eval)."""
    names = [json.loads(g.read_text())["document"] for g in sorted((SHARED / "gold").glob("*.json"))]
    return [SHARED / "corpus" / n for n in names]


def clear_caches() -> None:
    """Forget per-text caches so each run pays for a new document."""
    for name, module in list(sys.modules.items()):
        if name.startswith("delibgraph.extract"):
            for obj in list(vars(module).values()):
                if callable(getattr(obj, "cache_clear", None)):
                    obj.cache_clear()


def best_ms(doc, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        clear_caches()
        t = time.perf_counter()
        extract(doc)
        best = min(best, time.perf_counter() - t)
    return best * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    lens = read_document(ROOT / "examples" / "lens_2023-12-06.txt")
    print(f"lens example: {best_ms(lens, args.repeat * 4):.1f} ms")
    paths = args.files or (corpus_paths() if (SHARED / "gold").is_dir() else [])
    docs = [read_document(p) for p in paths]
    total = 0.0
    for d in docs:
        ms = best_ms(d, args.repeat)
        total += ms
        print(f"  {d.name:40} {len(d.text):8} chars {ms:8.1f} ms")
    print(f"{len(docs)} documents: {total:.0f} ms")
    if args.profile:
        prof = cProfile.Profile()
        clear_caches()
        prof.runcall(lambda: [extract(d) for d in [lens, *docs]])
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
