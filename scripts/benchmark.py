"""Speed and memory of a build: prints documents/s, deliberations/s, triples and peak RSS.

    python scripts/benchmark.py [FILES_OR_FOLDERS...] [--copies N] [--jobs J]

Each input is copied N times under distinct names (so each copy is its own
document and named graph) into a temporary folder, then built into a fresh
on-disk store. Peak memory is reported after each round of copies so one can
see that it stays flat as the corpus grows. Default inputs: examples/ and
../shared/corpus/ when present.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

from delibgraph.build import build, iter_inputs
from delibgraph.store import GraphStore

ROOT = Path(__file__).resolve().parents[1]


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def make_copies(files: list[Path], copies: int, target: Path) -> None:
    for i in range(copies):
        for f in files:
            shutil.copy(f, target / f"{f.stem}-copy{i}{f.suffix}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--copies", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    paths = args.paths or [p for p in (ROOT / "examples", ROOT.parent / "shared" / "corpus") if p.exists()]
    files = [f for f, _ in iter_inputs(paths) if f.suffix not in (".rq", ".json") and f.name != "README.md"]
    with tempfile.TemporaryDirectory() as tmp:
        docs, store = Path(tmp) / "docs", GraphStore(Path(tmp) / "store")
        docs.mkdir()
        make_copies(files, args.copies, docs)
        t0 = time.perf_counter()
        reports = build([docs], store, jobs=args.jobs)
        dt = time.perf_counter() - t0
        delibs = sum(r.deliberations for r in reports)
        triples = sum(r.triples for r in reports)
        size = sum(f.stat().st_size for f in (Path(tmp) / "store").rglob("*") if f.is_file())
        print(f"{len(reports)} documents ({len(files)} distinct x {args.copies}), {delibs} deliberations, "
              f"{triples:,} triples in {dt:.1f} s with {args.jobs} jobs")
        print(f"{len(reports) / dt:.1f} documents/s, {delibs / dt:.1f} deliberations/s, "
              f"{triples / dt:,.0f} triples/s")
        print(f"store on disk: {size / 1e6:.1f} MB; peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
