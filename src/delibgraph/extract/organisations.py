"""Organisations per deliberation: fills ``Deliberation.organisations``.

Named bodies the deliberation acts on or with: companies after "l'entreprise",
"la société", "SAS"; associations; public bodies by their head word
("Communauté de communes du X", "Syndicat ...", "Département du X"; a bare
"Etat"/"Région"/"Département" only as funder or partner); acronyms introduced
as a party ("avec la COPAMO") or printed in the title; the supplier/beneficiary
column of a table. Left out: the authority itself, its commissions and
services, funds and programmes, bodies only named in "Vu ..." recitals or in
the recorded discussion. "Name (ACR)" is one body, listed under the form the
text uses most. Each distinct name once, in order of first appearance.
"""

from __future__ import annotations

import re

from ..model import Extraction, Spanned, val
from ..sources.base import Document
from .frenchtext import fold
from .money import unlatex
from .orgnames import (ACRONYM_CUE, ACRONYM_RE, ASSOC_PLAIN, ASSOC_QUOTED, BODY_RE, COMPANY_CUE,
                       acceptable, clean_name, initials)
from .orgtables import representative_bodies, supplier_lines, table_orgs

RECITAL_RE = re.compile(r"^[ \t>*#\-•]*(?:vu|visa)\b[^\n]*", re.I | re.M)
# A speaker's turn in recorded minutes: "Monsieur le Maire. ...", "M. Jean DUPONT. ...", "Charles JULLIAN. ..."
SPEECH_RE = re.compile(
    r"^[ \t#*]*(?:(?:Monsieur|Madame)\s+l[ea]\s+Maire|(?:M\.|Mme|Monsieur|Madame)\s+[^\n.:]{2,40}?"
    r"|[A-ZÉ][a-zéèëï]+(?:-[A-ZÉ][a-zéèëï]+)?\s+[A-ZÉÈ][A-ZÉÈ\-' ]+)[ \t*]*(?:\.|\n\n)[^\n]*", re.M)
ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-Z][A-Z0-9]{2,9})\)")
PUBLIC_FUNDER = re.compile(r"[ÉE]tat|R[ée]gion|D[ée]partement")
FUNDER_BEFORE = re.compile(r"(?:partenariat|subventions?|financ\w*|aides?|concours|sollicit\w*|demandes?"
                           r"|aupr[èe]s|obtenu|vers[ée]\w*)\W+(?:\w+\W+){0,4}$", re.I)
FUNDER_AFTER = re.compile(r"^[^\n€]{0,25}?\d[\d \u00a0.,]*\s*€")
CAPS_WORD_BEFORE = re.compile(r"\b[A-ZÉÈ]{2,}['’\s]+$")
LOWER_NEXT = re.compile(r"\s+(?!et\b|de\b|du\b|des\b)[a-zàâçéèêëîïôûù]")
CIVILITY_BEFORE = re.compile(r"(?:\bM\.|\bMme|\bMonsieur|\bMadame|\bMM\.)\s*(?:et\s+Mme\s*)?$")


def organisations_in(text: str, offset: int = 0, authority: str | None = None,
                     title: str = "") -> list[Spanned[str]]:
    """Distinct organisations named in one deliberation's text, in order of first appearance."""
    flat = unlatex(text)
    skip = [(m.start(), m.end()) for rx in (RECITAL_RE, SPEECH_RE) for m in rx.finditer(flat)]
    found = [*_cued(flat), *_bodies(flat), *_acronyms(flat), *table_orgs(flat), *supplier_lines(flat),
             *representative_bodies(flat)]
    found = [x for x in found if not any(a <= x.start < b for a, b in skip)]
    found += _title_acronyms(flat, title)
    found.sort(key=lambda x: x.start)
    alias = _aliases(flat)
    out, seen = [], set()
    for x in found:
        name = clean_name(x.value)
        name = alias.get(fold(name), name)
        if fold(name) in seen or not acceptable(name, authority):
            continue
        seen.add(fold(name))
        out.append(Spanned(name, x.start + offset, x.end + offset))
    return _drop_initials(out)


def _drop_prefixes(orgs: list[Spanned[str]]) -> list[Spanned[str]]:
    """A name cut short ("Centre de Gestion") gives way to its fuller form in the same item."""
    keys = [fold(o.value) + " " for o in orgs]
    out = []
    for o, k in zip(orgs, keys):
        longer = next((orgs[i] for i, k2 in enumerate(keys) if k2 != k and k2.startswith(k)), None)
        if longer is None:
            out.append(o)
        elif all(x.value != longer.value for x in out):
            out.append(Spanned(longer.value, o.start, o.end))
    return [o for i, o in enumerate(out) if all(o.value != x.value for x in out[:i])]


def _cued(text: str) -> list[Spanned[str]]:
    out = []
    for rx in (COMPANY_CUE, ASSOC_QUOTED, ASSOC_PLAIN):
        for m in rx.finditer(text):
            name = clean_name(m["name"])
            if rx is ASSOC_PLAIN and " " not in name and LOWER_NEXT.match(text, m.end()):
                continue  # "l'association Habitat jeunes ...": the name is not delimited
            out.append(Spanned(name[:1].upper() + name[1:], m.start("name"), m.end("name")))
    return out


def _bodies(text: str) -> list[Spanned[str]]:
    """Named bodies by head word; a bare Etat/Région/Département only as funder or partner."""
    out = []
    for m in BODY_RE.finditer(text):
        if PUBLIC_FUNDER.fullmatch(m["name"]) and not _funder(text, m.start(), m.end()):
            continue
        name, start = m["name"], m.start()
        if text[max(0, start - 1):start] == "(":
            continue  # an expansion inside brackets        if name.startswith("Association") and text[max(0, start - 2):start] in ("l'", "l’", "d'", "d’"):
            name, start = name[len("Association"):].lstrip(), start + len("Association") + 1
        if " " in name or PUBLIC_FUNDER.fullmatch(name):
            out.append(Spanned(name, start, m.end()))
    return out


def _funder(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return bool(FUNDER_BEFORE.search(text[max(line_start, start - 80):start])
                or FUNDER_AFTER.match(text[end:end + 60]))


def _aliases(text: str) -> dict[str, str]:
    """"Full Name (ACR)": both forms map to the one the text uses more often."""
    alias = {}
    for m in BODY_RE.finditer(text):
        after = ACRONYM_AFTER.match(text, m.end())
        if not after:
            continue
        full, acr = clean_name(m["name"]), after["acr"]
        n_acr = len(re.findall(rf"\b{acr}\b", text)) - 1
        n_full = fold(text).count(fold(full))
        chosen = acr if n_acr > n_full else full
        alias[fold(full)] = alias[fold(acr)] = chosen
    return alias


def _drop_initials(orgs: list[Spanned[str]]) -> list[Spanned[str]]:
    """An acronym that abbreviates another listed name ("AFL") is not listed again."""
    short = {o.value for o in orgs if ACRONYM_RE.fullmatch(o.value)}
    longs = [initials(o.value) for o in orgs if o.value not in short]
    aliases = set().union(*longs) if longs else set()
    return [o for o in orgs if o.value not in short or o.value not in aliases]


def _acronyms(text: str) -> list[Spanned[str]]:
    """Acronyms introduced as a party: "avec la COPAMO", "subvention au FCSO69"."""
    out = []
    for m in ACRONYM_RE.finditer(text):
        head = text[max(0, m.start() - 60):m.start()]
        if ACRONYM_CUE.search(head.split("\n")[-1]):
            out.append(Spanned(m["name"], m.start(), m.end()))
    return out


def _title_acronyms(text: str, title: str) -> list[Spanned[str]]:
    """Acronyms printed in a mixed-case title (a party named in the heading)."""
    letters = [c for c in title if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > len(letters) / 2:
        return []
    out = []
    for m in ACRONYM_RE.finditer(title):
        if CIVILITY_BEFORE.search(title[:m.start()]) or CAPS_WORD_BEFORE.search(title[:m.start()]):
            continue
        i = max(text.find(m["name"]), 0)
        out.append(Spanned(m["name"], i, i + len(m["name"])))
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
