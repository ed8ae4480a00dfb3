"""Organisations per deliberation: fills ``Deliberation.organisations``.

Named bodies the deliberation acts on or with: companies after "l'entreprise",
"la société", "SAS"; associations; public bodies by their head word
("Communauté de communes du X", "Syndicat ...", "Département du X", "Etat");
acronyms introduced as a party ("avec la COPAMO"); the supplier/beneficiary
column of a table. Left out: the authority itself, its commissions and
services, funds and programmes, and bodies only named in "Vu ..." recitals.
Each distinct name once, in order of first appearance.
"""

from __future__ import annotations

import re

from ..model import Extraction, Spanned, val
from ..sources.base import Document
from .frenchtext import fold
from .money import unlatex
from .orgnames import (ACRONYM_CUE, ACRONYM_RE, ASSOC_PLAIN, ASSOC_QUOTED, BODY_RE, COMPANY_CUE,
                       acceptable, clean_name, initials)
from .orgtables import table_orgs, supplier_lines

RECITAL_RE = re.compile(r"^[ \t>*#\-•]*(?:vu|visa)\b[^\n]*", re.I | re.M)
BARE_HEAD = re.compile(r"\w+(?:\s+\w+)?", re.U)
PUBLIC_FUNDER = re.compile(r"[ÉE]tat|R[ée]gion|D[ée]partement", re.U)
FUNDER_BEFORE = re.compile(r"(?:partenariat|subventions?|financ\w*|aides?|concours|sollicit\w*|demandes?"
                           r"|aupr[èe]s|obtenu|vers[ée]\w*)\W+(?:\w+\W+){0,4}$", re.I)
FUNDER_AFTER = re.compile(r"^[^\n€]{0,25}?\d[\d \u00a0.,]*\s*€")


def organisations_in(text: str, offset: int = 0, authority: str | None = None,
                     title: str = "") -> list[Spanned[str]]:
    """Distinct organisations named in one deliberation's text, in order of first appearance."""
    flat = unlatex(text)
    recitals = [(m.start(), m.end()) for m in RECITAL_RE.finditer(flat)]
    found = [*_cued(flat), *_bodies(flat), *_acronyms(flat), *table_orgs(flat), *supplier_lines(flat),
             *_title_acronyms(flat, title)]
    found = [x for x in found if not any(a <= x.start < b for a, b in recitals)]
    found.sort(key=lambda x: x.start)
    out, seen = [], set()
    for x in found:
        name = clean_name(x.value)
        key = fold(name)
        if key in seen or not acceptable(name, authority):
            continue
        seen.add(key)
        out.append(Spanned(name, x.start + offset, x.end + offset))
    return _drop_aliases(out)


def _drop_aliases(orgs: list[Spanned[str]]) -> list[Spanned[str]]:
    """An acronym that abbreviates another listed name ("AFL") is not listed again."""
    short = {o.value for o in orgs if ACRONYM_RE.fullmatch(o.value)}
    aliases = set().union(*(initials(o.value) for o in orgs if o.value not in short)) if orgs else set()
    return [o for o in orgs if o.value not in short or o.value not in aliases]


def _title_acronyms(text: str, title: str) -> list[Spanned[str]]:
    """Acronyms printed in the item's title (a party named in the heading)."""
    out = []
    for m in ACRONYM_RE.finditer(title or ""):
        i = text.find(m["name"])
        out.append(Spanned(m["name"], max(i, 0), max(i, 0) + len(m["name"])))
    return out


def _cued(text: str) -> list[Spanned[str]]:
    out = []
    for rx in (COMPANY_CUE, ASSOC_QUOTED, ASSOC_PLAIN):
        for m in rx.finditer(text):
            out.append(Spanned(m["name"], m.start("name"), m.end("name")))
    return out


def _bodies(text: str) -> list[Spanned[str]]:
    """Named bodies by head word; "X (ACR)" is recorded as its acronym."""
    out = []
    for m in BODY_RE.finditer(text):
        if BARE_HEAD.fullmatch(m["name"]) and not _funder(text, m.start(), m.end()):
            continue
        out.append(Spanned(m["name"], m.start(), m.end()))
    return out


def _funder(text: str, start: int, end: int) -> bool:
    """A bare "Etat", "Région", "Département" counts only as a funder or partner."""
    if not PUBLIC_FUNDER.fullmatch(text[start:end]):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return bool(FUNDER_BEFORE.search(text[max(line_start, start - 80):start])
                or FUNDER_AFTER.match(text[end:end + 60]))


def _acronyms(text: str) -> list[Spanned[str]]:
    """Acronyms introduced as a party: "avec la COPAMO", "subvention au FCSO69"."""
    out = []
    for m in ACRONYM_RE.finditer(text):
        head = text[max(0, m.start() - 60):m.start()]
        if ACRONYM_CUE.search(head.split("\n")[-1]):
            out.append(Spanned(m["name"], m.start(), m.end()))
    return out


def run(doc: Document, ext: Extraction) -> None:
    authority = val(ext.authority.name)
    for session in ext.sessions:
        for d in session.deliberations:
            if d.start < 0 or d.organisations:
                continue
            end = d.end if d.end > d.start else len(doc.text)
            d.organisations = organisations_in(doc.text[d.start:end], d.start, authority,
                                               val(d.title) or "")
