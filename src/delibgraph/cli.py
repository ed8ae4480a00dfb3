"""The ``delibgraph`` command: a thin click layer over the library.

Exit codes (as pySHACL): 0 success / conforms, 1 some input failed or does not
conform, 2 usage or input error.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click
from rich.console import Console

from . import __version__
from .store import EXPORT_FORMATS, GraphStore, StoreError, default_store_path

err = Console(stderr=True)
out = Console()

store_option = click.option(
    "--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Folder of the on-disk SPARQL store [default: ./delibgraph-store, or $DELIBGRAPH_STORE].")


def open_store(store_dir: Path | None, read_only: bool = False) -> GraphStore:
    try:
        return GraphStore(store_dir or default_store_path(), read_only=read_only)
    except StoreError as exc:
        err.print(f"[red]error:[/] {exc}")
        sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="delibgraph")
def main() -> None:
    """Turn French municipal council deliberations (PDF, text, HTML, @ctes XML,
    SCDL CSV) into a validated knowledge graph you can query and republish.

    \b
    Typical use:
      delibgraph build examples/             # read, extract, validate, store
      delibgraph query examples/queries/deliberations-with-vote.rq
      delibgraph export --format turtle --out graph.ttl

    Every command that reads or writes the store takes --store DIR. Exit
    codes: 0 success, 1 an input failed or a graph does not conform, 2 usage
    or input error.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option("--jobs", "-j", default=2, show_default=True, help="Worker processes.")
@click.option("--verbose", "-v", is_flag=True, help="Print every warning and SHACL message.")
@click.option("--no-ocr", is_flag=True, help="Do not OCR scanned PDF pages even when Tesseract is installed.")
def build(paths: tuple[Path, ...], store_dir: Path | None, jobs: int, verbose: bool, no_ocr: bool) -> None:
    """Read files and folders, extract, build one named graph per document,
    validate it with SHACL and load it into the store.

    Prints a report line for every input. Files in folders that are not
    documents (e.g. .rq) are listed as skipped. Exit status 0 when every
    document was built and conforms, 1 otherwise (the good inputs are stored
    all the same).
    """
    from .build import build as run_build
    from .build import iter_inputs
    from .report import build_progress, print_build_report

    if no_ocr:
        os.environ["DELIBGRAPH_OCR"] = "0"  # seen by the worker processes too

    def run() -> bool:  # the store is closed when this returns
        store = open_store(store_dir)
        total = sum(1 for _ in iter_inputs(paths))
        with build_progress(err, total) as advance:
            reports = run_build(paths, store, jobs=jobs, on_done=advance)
        return print_build_report(out, reports, store, verbose)

    sys.exit(0 if run() else 1)


@main.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json-dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write one <file name>.json per document into.")
def extract_cmd(files: tuple[Path, ...], json_dir: Path) -> None:
    """Write what each document yields as JSON (the shape of the gold files),
    read back from the document's graph with SPARQL."""
    from .build import extract_json
    from .sources import SourceError

    json_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    for f in files:
        try:
            data = extract_json(f)
        except SourceError as exc:
            err.print(f"[red]failed:[/] {exc}")
            failed += 1
            continue
        target = json_dir / f"{f.name}.json"
        target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        out.print(f"{f} -> {target}")
    sys.exit(1 if failed else 0)


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--docs", "docs_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of the documents the gold files name [default: GOLD_DIR/../corpus].")
def eval_cmd(gold_dir: Path, docs_dir: Path | None) -> None:
    """Score extraction against gold files: per-field TP/FP/FN, precision,
    recall, F1 and the micro-averaged F1."""
    from .build import extract_json
    from .evaluate import evaluate_dir
    from .report import print_scores

    docs_dir = docs_dir or (gold_dir.parent / "corpus")
    scores, problems = evaluate_dir(gold_dir, docs_dir, extract_json)
    for p in problems:
        err.print(f"[red]failed:[/] {p}")
    print_scores(out, scores)


@main.command()
@click.argument("query")
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format of SELECT results.")
def query(query: str, store_dir: Path | None, fmt: str) -> None:
    """Run a SPARQL query (text, or a .rq file) over the store. Common prefixes
    (dg:, foaf:, prov:, oa:, schema:, skos:, eli:, besluit:) are predeclared."""
    from .report import print_query_results

    text = Path(query).read_text(encoding="utf-8") if query.endswith((".rq", ".sparql")) else query
    store = open_store(store_dir, read_only=True)
    try:
        results = store.query(text)
    except SyntaxError as exc:
        err.print(f"[red]error:[/] SPARQL syntax: {exc}")
        sys.exit(2)
    print_query_results(out, results, fmt)


@main.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_option
def validate(files: tuple[Path, ...], store_dir: Path | None) -> None:
    """SHACL report of the store (each document's graph), or of the given
    Turtle / N-Triples files. Exit status 0 conforms, 1 does not, 2 input error."""
    from .report import validate_files, validate_store

    if files:
        ok = validate_files(out, files)
    else:
        ok = validate_store(out, open_store(store_dir, read_only=True))
    sys.exit(0 if ok else 1)


@main.command()
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORT_FORMATS) + ["scdl"]), default="trig",
              show_default=True, help="TriG / N-Quads keep one named graph per document; turtle and "
              "jsonld hold the union; scdl is the SCDL 'Délibérations' open-data CSV.")
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write [default: standard output].")
@store_option
def export(fmt: str, out_file: Path | None, store_dir: Path | None) -> None:
    """Export the store as linked data, or as the SCDL CSV."""
    from .scdl import write_scdl

    store = open_store(store_dir, read_only=True)
    write = (lambda fh: write_scdl(store, fh)) if fmt == "scdl" else (lambda fh: store.export(fmt, fh))
    if out_file is None:
        write(sys.stdout.buffer)
        return
    with out_file.open("wb") as fh:
        write(fh)
    err.print(f"wrote {out_file} ({out_file.stat().st_size:,} bytes, {fmt})")


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, help="Port to listen on.")
def serve(store_dir: Path | None, host: str, port: int) -> None:
    """Serve the store as linked data: one URL per resource (/id/...; HTML, .ttl,
    .nt, .jsonld or by Accept header) and a SPARQL endpoint at /sparql."""
    from wsgiref.simple_server import make_server

    from .serve import make_app

    app = make_app(open_store(store_dir, read_only=True))
    with make_server(host, port, app) as httpd:
        err.print(f"serving {store_dir or default_store_path()} on http://{host}:{port}/ (Ctrl-C stops)")
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass
