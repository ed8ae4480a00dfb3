"""What the CLI prints: build reports, scores, query results, SHACL reports."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .build import InputReport
from .evaluate import Scores, table
from .store import GraphStore

STATUS_STYLE = {"built": "green", "invalid": "yellow", "failed": "red", "skipped": "dim"}


@contextmanager
def build_progress(console: Console, total: int) -> Iterator[Callable[[InputReport], None]]:
    """A progress bar over the inputs; yields the callback to call per input done."""
    columns = (TextColumn("building"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[name]}"))
    with Progress(*columns, console=console, transient=True, disable=total < 2) as progress:
        task = progress.add_task("build", total=total, name="")
        yield lambda r: progress.update(task, advance=1, name=Path(r.path).name)


def print_build_report(console: Console, reports: list[InputReport], store: GraphStore,
                       verbose: bool = False) -> bool:
    """One row per input, then the reasons; True when every document was built and conforms."""
    t = Table(title="build report")
    t.add_column("input", overflow="fold")
    t.add_column("status")
    for col in ("deliberations", "triples", "violations", "warnings"):
        t.add_column(col, justify="right")
    for r in reports:
        t.add_row(r.path, f"[{STATUS_STYLE[r.status]}]{r.status}[/]", str(r.deliberations),
                  str(r.triples), str(r.violations), str(r.warnings))
    console.print(t)
    skipped = [r for r in reports if r.status == "skipped"]
    if skipped:
        suffixes = sorted({Path(r.path).suffix or "(none)" for r in skipped})
        console.print(f"[dim]skipped:[/] {len(skipped)} files that are not documents ({' '.join(suffixes)}); "
                      f"{skipped[0].reason.split('; ', 1)[-1]}", soft_wrap=True)
    for r in reports:
        if r.reason and r.status != "skipped":
            console.print(f"[{STATUS_STYLE[r.status]}]{r.status}:[/] {r.reason}", soft_wrap=True)
        shown = r.messages if verbose else [m for m in r.messages if m.startswith("Violation")][:5]
        for m in shown:
            console.print(f"{r.path}: {m}", soft_wrap=True)
    counts = {s: sum(r.status == s for r in reports) for s in STATUS_STYLE}
    console.print(f"{len(reports)} inputs: {counts['built']} built, {counts['invalid']} built with "
                  f"SHACL violations, {counts['failed']} failed, {counts['skipped']} skipped; "
                  f"store {store.path}: {len(store.graphs()) - 1} documents, {len(store):,} quads",
                  soft_wrap=True)
    return counts["built"] + counts["skipped"] == len(reports)


def print_scores(console: Console, scores: Scores) -> None:
    t = Table(title="extraction scores")
    for col in ("field", "TP", "FP", "FN", "precision", "recall", "F1"):
        t.add_column(col, justify="left" if col == "field" else "right")
    for f, tp, fp, fn, p, r, f1 in table(scores):
        t.add_row(f, str(tp), str(fp), str(fn), f"{p:.3f}", f"{r:.3f}", f"{f1:.3f}",
                  style="bold" if f == "micro" else None)
    console.print(t)
    m = table(scores)[-1]
    console.print(f"micro-F1 {m[6]:.3f}")


def _cell(term) -> str:
    return "" if term is None else term.value


def print_query_results(console: Console, results, fmt: str) -> None:
    """SELECT solutions as a table, CSV or JSON; ASK as true/false; CONSTRUCT as Turtle."""
    import pyoxigraph as ox

    if isinstance(results, ox.QueryBoolean):
        console.print(str(bool(results)).lower())
        return
    if isinstance(results, ox.QueryTriples):
        results.serialize(sys.stdout.buffer, format=ox.RdfFormat.TURTLE)
        return
    names = [v.value for v in results.variables]
    rows = [[_cell(sol[n]) for n in names] for sol in results]
    if fmt == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(names)
        w.writerows(rows)
    elif fmt == "json":
        print(json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, indent=2))
    elif _table_width(names, rows) <= console.width:
        t = Table()
        for n in names:
            t.add_column(n, overflow="fold")
        for r in rows:
            t.add_row(*r)
        console.print(t)
        console.print(f"{len(rows)} rows")
    else:  # too wide for the terminal: one block per row, "name: value" lines
        width = max(map(len, names))
        for i, r in enumerate(rows, start=1):
            console.print(f"[bold]-- row {i}[/]")
            for n, v in zip(names, r):
                console.print(f"{n:>{width}}: {v}", soft_wrap=True, highlight=False)
        console.print(f"{len(rows)} rows")


def _table_width(names: list[str], rows: list[list[str]]) -> int:
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    return sum(widths) + 3 * len(widths) + 1


def _print_validation(console: Console, label: str, report) -> None:
    status = "conforms" if report.conforms else "does NOT conform"
    console.print(f"[bold]{label}[/]: {status} ({len(report.violations)} violations, "
                  f"{len(report.warnings)} warnings)")
    if report.issues:
        console.print(report.text())


def validate_store(console: Console, store: GraphStore) -> bool:
    """Validate each document's named graph; True when all conform."""
    from rdflib import Graph

    from .validate import validate

    from .vocab import VOCAB_GRAPH

    ok = True
    for iri in (g for g in store.graphs() if g != VOCAB_GRAPH):
        g = Graph().parse(data=store.graph_ntriples(iri), format="nt")
        report = validate(g)
        ok &= report.conforms
        _print_validation(console, iri, report)
    return ok


def validate_files(console: Console, files: tuple[Path, ...]) -> bool:
    from rdflib import Graph

    from .validate import validate

    ok = True
    for f in files:
        try:
            g = Graph().parse(str(f))
        except Exception as exc:  # a syntax error is an input error
            console.print(f"[red]error:[/] {f}: cannot be parsed as RDF ({exc})")
            sys.exit(2)
        report = validate(g)
        ok &= report.conforms
        _print_validation(console, str(f), report)
    return ok
