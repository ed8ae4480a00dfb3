"""The main job: files -> Documents -> records -> validated graphs -> store.

Each document is read, extracted, turned into its own graph and validated on
its own (in worker processes when there are many), then streamed into the
store. Memory stays flat: no graph ever holds more than one document. Every
input ends up in the report: built, built with violations, or failed with a
reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .extract import extract
from .graph import uris
from .graph.build import build_graph, build_graphs
from .model import Extraction
from .sources import SourceError, known_formats, read_document, reader_for
from .sources.base import Document
from .store import GraphStore


FLUSH_EVERY = 50_000  # triples loaded between two flushes of the store


@dataclass
class InputReport:
    path: str
    status: str = "failed"  # built | invalid (stored, SHACL violations) | failed | skipped
    deliberations: int = 0
    triples: int = 0
    violations: int = 0
    warnings: int = 0
    reason: str = ""
    messages: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class Built:
    report: InputReport
    graph_iri: str = ""
    ntriples: bytes = b""


def iter_inputs(paths: Iterable[Path]) -> Iterator[tuple[Path, bool]]:
    """(file, named explicitly): files named, and files under folders named
    (recursively, sorted, hidden ones left out)."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from ((f, False) for f in sorted(p.rglob("*"))
                        if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts))
        else:
            yield p, True


def _skip_report(path: Path) -> InputReport | None:
    """A file met in a folder walk that no reader takes is reported as skipped."""
    try:
        reader_for(path)
    except SourceError:
        return InputReport(str(path), status="skipped",
                           reason=f"{path}: not a document format ({path.suffix or 'no suffix'}); known: {known_formats()}")
    return None


def graph_for(doc: Document) -> tuple[Extraction, "object"]:
    ext = extract(doc)
    return ext, build_graph(doc, ext)


def _nt(g) -> bytes:
    return g.serialize(format="nt", encoding="utf-8")


def process_file(path: Path) -> Built:
    """Read, extract, build and validate one file. Never raises."""
    from .validate import validate

    t0, rep = time.perf_counter(), InputReport(str(path))
    try:
        doc = read_document(path)
        ext = extract(doc)
        g, evidence = build_graphs(doc, ext)
        # The evidence nodes come from one function (graph/build.py) and are checked by
        # SHACL in `delibgraph validate` and the tests; per-document validation at build
        # time covers the facts, which is where extraction can go wrong.
        result = validate(g)
    except SourceError as exc:
        rep.reason = str(exc)
        return Built(rep)
    except Exception as exc:  # an extractor bug must not stop the run
        rep.reason = f"{path}: internal error ({type(exc).__name__}: {exc}); please report it with this file"
        return Built(rep)
    rep.deliberations = sum(len(s.deliberations) for s in ext.sessions)
    rep.triples, rep.messages = len(g) + evidence.count(b"\n"), doc.warnings + ext.warnings
    rep.violations, rep.warnings = len(result.violations), len(result.warnings) + len(rep.messages)
    rep.messages += [f"{i.severity}: {i.message} ({i.focus})" for i in result.issues]
    rep.status = "built" if result.conforms else "invalid"
    rep.seconds = time.perf_counter() - t0
    return Built(rep, uris.document_uri(doc.name), _nt(g) + evidence)


def _results(files: list[Path], jobs: int) -> Iterator[Built]:
    if jobs <= 1 or len(files) < 4:
        yield from map(process_file, files)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(process_file, files, chunksize=4)


def build(paths: Iterable[Path], store: GraphStore, jobs: int = 2,
          on_done: Callable[[InputReport], None] | None = None) -> list[InputReport]:
    """Build every input into the store; return one report per input."""
    from .vocab import load_vocabularies

    load_vocabularies(store)
    files, reports = [], []
    for path, named in iter_inputs(paths):
        skipped = None if named else _skip_report(path)
        if skipped is None:
            files.append(path)
            continue
        reports.append(skipped)
        if on_done:
            on_done(skipped)
    pending = 0
    for built in _results(files, jobs):
        if built.ntriples:
            store.replace_graph(built.graph_iri, built.ntriples)
            pending += built.report.triples
        if pending > FLUSH_EVERY:  # keeps memory flat: write buffers go to disk
            store.flush()
            pending = 0
        reports.append(built.report)
        if on_done:
            on_done(built.report)
    store.flush()
    return reports


def extract_json(path: Path) -> dict:
    """The SCHEMA.md JSON of one file, read back from its graph with SPARQL."""
    from .graph.jsonview import document_json

    doc = read_document(path)
    _, g = graph_for(doc)
    store, iri = GraphStore(None), uris.document_uri(doc.name)
    store.replace_graph(iri, _nt(g))
    return document_json(store, iri)
