"""Amounts in euros per deliberation: fills ``Deliberation.amounts``.

Every distinct amount the deliberation's own text gives in euros, in order of
first appearance (see :mod:`.money` for the forms read), plus the figures of
tables whose column or row label says €, space-aligned ones too (see :mod:`.money_tables`).
"""

from __future__ import annotations

from ..model import Extraction, Spanned
from ..sources.base import Document
from .money import euro_amounts, unlatex
from .money_tables import spaced_amounts, table_amounts


def amounts_in(text: str, offset: int = 0) -> list[Spanned[float]]:
    """Distinct euro amounts of one deliberation's text, in order of first appearance."""
    seen: set[float] = set()
    out = []
    flat = unlatex(text)
    found = euro_amounts(text, offset) + table_amounts(flat, offset) + spaced_amounts(flat, offset)
    for a in sorted(found, key=lambda x: x.start):
        key = round(a.value, 2)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def run(doc: Document, ext: Extraction) -> None:
    for session in ext.sessions:
        for d in session.deliberations:
            if d.start < 0 or d.amounts:
                continue
            end = d.end if d.end > d.start else len(doc.text)
            d.amounts = amounts_in(doc.text[d.start:end], d.start)
