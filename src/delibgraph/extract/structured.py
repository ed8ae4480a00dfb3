"""Structured inputs (@ctes XML, SCDL CSV) -> authority, sessions and deliberations.

Runs first. When the reader filled ``doc.records`` (one dict per act, see
:mod:`delibgraph.sources.actes_xml` and :mod:`delibgraph.sources.scdl_csv`),
this sets ``ext.kind``, the authority (SIREN, department, name), one Session per
distinct decision date and one Deliberation per record, with spans pointing at
the values in ``doc.text``. Later extractors leave filled sessions alone.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Deliberation, Extraction, Session, Spanned, Vote
from ..sources.base import Document

KINDS = {"actes-xml": "actes-xml", "scdl-csv": "table"}
AUTHORITY_TYPES = (  # checked in order on the authority's own name
    ("ccas", re.compile(r"\bC\.?C\.?A\.?S\b|centre communal d'action sociale", re.I)),
    ("epci", re.compile(r"communaut[ée] (?:de communes|d'agglom[ée]ration|urbaine)|m[ée]tropole"
                        r"|\bsyndicat\b|\bSIVOM\b|\bSIVU\b|\bEPCI\b", re.I)),
    ("commune", re.compile(r"^(?:commune|ville|mairie)\b", re.I)),
)


def spanned(rec: dict[str, Any], key: str) -> Spanned | None:
    """The record's value for key, with its span in the text (or -1, -1)."""
    value = rec.get(key)
    if value is None:
        return None
    start, end = rec.get("_spans", {}).get(key, (-1, -1))
    return Spanned(value, start, end)


def _authority(records: list[dict[str, Any]], ext: Extraction) -> None:
    a = ext.authority
    for rec in records:
        a.siren = a.siren or spanned(rec, "siren")
        a.department = a.department or spanned(rec, "department")
        a.name = a.name or spanned(rec, "authority_name")
    if a.name is not None and a.type is None:
        kind = next((k for k, rx in AUTHORITY_TYPES if rx.search(a.name.value)), None)
        if kind:
            a.type = Spanned(kind, a.name.start, a.name.end)
    sirens = {r.get("siren") for r in records if r.get("siren")}
    if len(sirens) > 1:
        ext.warnings.append(f"records from {len(sirens)} authorities (SIREN {', '.join(sorted(sirens))}); "
                            "the first one is used")


def _vote(rec: dict[str, Any]) -> Vote:
    return Vote(for_=spanned(rec, "vote_for"), against=spanned(rec, "vote_against"),
                abstain=spanned(rec, "vote_abstain"))


def _item_span(rec: dict[str, Any]) -> tuple[int, int]:
    """The text later extractors may read for this act: its title (amounts, organisations),
    none when the record carries vote counts (the text extractors must not redo them)."""
    if any(rec.get(k) is not None for k in ("vote_for", "vote_against", "vote_abstain")):
        return -1, -1
    return rec.get("_spans", {}).get("title", (-1, -1))


def deliberation(rec: dict[str, Any]) -> Deliberation:
    start, end = _item_span(rec)
    return Deliberation(
        number=spanned(rec, "number"), act_id=spanned(rec, "act_id"),
        matter_code=spanned(rec, "matter_code"), nature=spanned(rec, "nature"),
        title=spanned(rec, "title"), vote=_vote(rec),
        prefecture_received=spanned(rec, "received"), start=start, end=end,
    )


def _act_date(rec: dict[str, Any]) -> str | None:
    """The decision date, else the one inside the act id (YYYYMMDD)."""
    if rec.get("date"):
        return rec["date"]
    m = re.match(r"^[0-9AB]{3}-\d{9}-(\d{4})(\d{2})(\d{2})-", rec.get("act_id") or "")
    return "-".join(m.groups()) if m else None


def _sessions(records: list[dict[str, Any]]) -> list[Session]:
    by_date: dict[str | None, Session] = {}
    for rec in records:
        date = _act_date(rec)
        session = by_date.get(date)
        if session is None:
            when = spanned(rec, "date") or (Spanned(date) if date else None)
            session = by_date[date] = Session(date=when)
        session.deliberations.append(deliberation(rec))
        start, end = rec.get("_spans", {}).get("_block", (-1, -1))
        session.start = start if session.start < 0 else min(session.start, start)
        session.end = max(session.end, end)
    return sorted(by_date.values(), key=lambda s: (s.date is None, s.date.value if s.date else ""))


def run(doc: Document, ext: Extraction) -> None:
    records = [r for r in doc.records if isinstance(r, dict)]
    if not records:
        return
    ext.kind = KINDS.get(records[0].get("format", ""), ext.kind)
    _authority(records, ext)
    ext.sessions.extend(_sessions(records))
