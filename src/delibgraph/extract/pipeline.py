"""The ordered list of extractors and the function that runs them."""

from __future__ import annotations

import importlib
from typing import Callable

from ..model import Extraction
from ..sources.base import Document

Extractor = Callable[[Document, Extraction], None]

# Module names under delibgraph.extract, in the order they run. Each has ``run(doc, ext)``.
PIPELINE: tuple[str, ...] = (
    "structured",     # @ctes XML / SCDL CSV records -> sessions and deliberations
    "authority",      # authority name, type, SIREN, department
    "session",        # sessions: date, time, place, convocation, president, secretary, counts
    "attendance",     # present / excused / absent, proxies, attendance changes
    "items",          # deliberations: span, number, title, rapporteur
    "votes",          # outcome, unanimity, counts, names
    "prefecture",     # act id, matter code, reception and posting dates
    "kind",           # document kind: extract, minutes, summary, list
    "amounts",        # amounts in euros per deliberation
    "organisations",  # organisations per deliberation
)


def _load(name: str) -> Extractor | None:
    try:
        module = importlib.import_module(f"{__package__}.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"{__package__}.{name}":
            return None
        raise
    return module.run


def extract(doc: Document) -> Extraction:
    """Run every extractor over one document."""
    ext = Extraction(document=doc.name)
    for name in PIPELINE:
        step = _load(name)
        if step is not None:
            step(doc, ext)
    return ext
