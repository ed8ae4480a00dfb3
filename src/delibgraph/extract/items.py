"""Deliberations: split each session into items; fill number, title and rapporteur.

Adds ``Deliberation(start, end, number, title, rapporteur)`` to every session that
has none yet (one session covering the document is created when there is none).
An item's span runs from its heading to the next item (its exposé, debate,
dispositif, vote and annexes); agenda entries without a body are not items.
"""

from __future__ import annotations

import re

from ..model import Deliberation, Extraction, Session, Spanned
from ..sources.base import Document
from .headings import _LABEL, CLOSING, DECISION, Heading, find_headings
from .headings import SPACED_ROW as ROW_START
from .itemselect import LINE_OUTCOME, choose_headings, paragraph_headings
from .rapporteur import find_rapporteur
from .objecttitles import labelled_title, object_lines
from .titles import agenda_titles, clean_title, dash_title, has_title_words, prefer_agenda, upper_continuation

TITLE_BEFORE_RAPPORTEUR = re.compile(r"(?:^|\n\s*\n)(?P<t>[^\n]+(?:\n[^\n]+){0,3})\s*\n\s*\n?\s*Rapporteur", re.I)
OBJECT_LINE = re.compile(r"^\s*(?:[O0]bjet|[O0]BJET)\s*:\s*(?:(?P<num>[A-Z]{0,5}[ _]?(?:19|20)?\d{2}[-/_.]\d{1,4}|"
                         r"[A-Z]{1,5}-(?:19|20)\d{2}[-/_.]\d{1,4})\s*[-–—:]\s+)?(?P<t>[^\n]+)", re.M)  # "Objet : DEL2022_18 - Title", "OBJET : CC-2026-018 – Title"

# A line cut after a preposition, an article or a separator: the subject goes on below.
DANGLING = re.compile(r"(?:\b(?:de|du|des|d['’]|la|le|les|l['’]|et|à|au|aux|en|pour|sur|avec|par|un|une)|[-–—,])[ \t]*$", re.I)
OPEN_END = re.compile(r"\s[-–—]\s*$")  # a heading line that ends with a separator runs on to the next line

# "Séance du 2 décembre 2025      Délibération n° CA-2025-18": a number printed in a header line.
PRINTED_NUMBER = re.compile(
    rf"\b{_LABEL}\s*(?:n|N)\s*[°º]\s*(?P<num>[0-9A-Z][0-9A-Za-z]*(?:[-/_.][0-9A-Za-z]+)*)")


def run(doc: Document, ext: Extraction) -> None:
    text = doc.text
    if not ext.sessions:
        ext.sessions.append(Session(start=0, end=len(text)))
    for s in ext.sessions:
        if s.deliberations:
            continue
        a = max(s.start, 0)
        b = s.end if s.end > a else len(text)
        found = segment(text, a, b, alone=len(ext.sessions) == 1)
        for d, body in found:
            d.rapporteur = find_rapporteur(text, d, body, s, ext.sessions)
        s.deliberations = [d for d, _ in found]


def segment(text: str, a: int, b: int, alone: bool = True) -> list[tuple[Deliberation, int]]:
    """The items of text[a:b] in order, each with where its body starts (after the heading).

    One item covers the whole region when no heading is found.
    """
    heads = choose_headings(text, find_headings(text, a, b), b) or paragraph_headings(text, a, b)
    if len(heads) == 1 and _footer_number(text, heads[0], a, b):
        d = Deliberation(start=a, end=b)
        d.title, d.number = fallback_title(text, a, heads[0].start)[0], heads[0].number
        return [(d, d.title.end if d.title else a)]
    if not heads:
        if not alone and not DECISION.search(text, a, b):
            return []
        d = Deliberation(start=a, end=b)
        d.title, d.number = fallback_title(text, a, b)
        return [(d, d.title.end if d.title else a)]
    agenda = agenda_titles(text, a, heads[0].start)
    out = []
    for i, h in enumerate(heads):
        end = heads[i + 1].start if i + 1 < len(heads) else _closing(text, h.end, b)
        start = a if len(heads) == 1 and h.kind in ("inline", "trailing") else h.start
        if h.kind == "row":
            end = _row_end(text, h.start, end)
        d = Deliberation(number=h.number, start=start, end=end)
        d.title = _drop_outcome(heading_title(text, h, end))
        body = d.title.end if d.title else h.end
        if h.number is not None:
            d.title = prefer_agenda(d.title, agenda.get(h.number.value))
        out.append((d, body))
    return out


def _drop_outcome(t: Spanned[str] | None) -> Spanned[str] | None:
    """"Tarifs 2026 – Adoptée à l'unanimité": a list's line, the title without its outcome."""
    m = LINE_OUTCOME.search(t.value) if t else None
    return Spanned(t.value[:m.start()].rstrip(), t.start, t.start + m.start()) if m and m.start() > 0 else t


def _footer_number(text: str, h: Heading, a: int, b: int) -> bool:
    """A bare "Délibération n° X" line printed under the decision (an extract's footer), not a heading."""
    bare = h.kind == "labelled" and not (h.title and h.title.value.strip())
    return bare and bool(DECISION.search(text, a, h.start)) and not DECISION.search(text, h.end, b)


def _line_end(text: str, pos: int, stop: int) -> int:
    nl = text.find("\n", pos, stop)
    return stop if nl < 0 else nl


ROW_CONTINUATION = re.compile(r"\n[ \t]+\S[^\n]*")  # an indented line under a list's row


def _row_end(text: str, pos: int, stop: int) -> int:
    """A list's row ends with its line, or with the indented lines that wrap its cells."""
    end = _line_end(text, pos, stop)
    while (m := ROW_CONTINUATION.match(text, end, stop)) and not ROW_START.match(m.group().lstrip("\n")):
        end = m.end()
    return end


def _closing(text: str, pos: int, b: int) -> int:
    m = CLOSING.search(text, pos, b)
    return m.start() if m else b


def heading_title(text: str, h: Heading, stop: int) -> Spanned[str] | None:
    rest = h.title
    if h.kind in ("dash", "dotted") or (h.kind == "labelled" and rest and has_title_words(rest.value)):
        return dash_title(text, h, stop, rest.start)
    if h.kind == "labelled":
        return labelled_title(text, h, rest.value, rest.start, stop)
    if h.kind == "object" and DANGLING.search(rest.value):  # "Objet : … – plan de" wrapped
        t = object_lines(text, rest.start, rest.end, stop)
        return Spanned(t.value, t.start, t.end) if t.value else None
    if h.kind == "sentence":
        return Spanned(clean_title(rest.value[:1].upper() + rest.value[1:]), rest.start, rest.end)
    return Spanned(clean_title(rest.value), rest.start, rest.end)


def fallback_title(text: str, a: int, b: int) -> tuple[Spanned[str] | None, Spanned[str] | None]:
    """An unheaded extract: the "Objet :" line (and the number it starts with) or the paragraph
    over "Rapporteur :"."""
    for rx in (OBJECT_LINE, TITLE_BEFORE_RAPPORTEUR):
        m = rx.search(text, a, b)
        if m:
            num = Spanned(m["num"], m.start("num"), m.end("num")) if m.groupdict().get("num") else None
            end = upper_continuation(text, m.start("t"), m.end("t"), b)
            if m.re is OBJECT_LINE and end == m.end("t") and DANGLING.search(text, m.start("t"), end):
                end = object_lines(text, m.start("t"), end, b).end  # "Objet : … – plan de" wrapped
            elif m.re is OBJECT_LINE and end == m.end("t") and end - m.start() >= 60:
                end = _wrapped_end(text, end, b)
            title = Spanned(clean_title(text[m.start("t"):end]), m.start("t"), end)
            return title, num or _printed_number(text, a, m.start()) or _running_number(text, end, b)
    return None, None


# A long subject line's last words wrapped onto one short line, closed by a blank line.
WRAPPED_TAIL = re.compile(r"\n[ \t]*(?!(?:Vu|Considérant|Rapporteur|Le|La|Les|Il|Elle)\b)"
                          r"(?P<w>[^\W\d_][^:\n.;]{0,40}?)[ \t]*\n[ \t]*\n")


def _wrapped_end(text: str, end: int, b: int) -> int:
    """"OBJET : … à la SARL" / "MÉCABOCAGE" / blank line: the subject ends after its wrapped tail."""
    m = WRAPPED_TAIL.match(text, end, b)
    return m.end("w") if m else end


# "N° 2026/DEL/019" alone on a line of an extract's header.
BARE_NUMBER = re.compile(r"^[ \t]*N[°º][ \t]*(?P<num>[0-9A-Z][0-9A-Za-z]*(?:[-/_.][0-9A-Za-z]+)*)[ \t]*$", re.M)


def _printed_number(text: str, a: int, b: int) -> Spanned[str] | None:
    """A "Délibération n° X" (or a bare "N° X" line) printed above the title, in the document's header."""
    found = (m for rx in (PRINTED_NUMBER, BARE_NUMBER) for m in rx.finditer(text, a, b))
    m = next((m for m in found if re.search(r"\d" if m.re is PRINTED_NUMBER else r"\d\d", m["num"])), None)
    return Spanned(m["num"], m.start("num"), m.end("num")) if m else None


# "Séance du 16 juin 2025 – Délibération n° 2025-038     Page 1/3": a running header or footer.
RUNNING_NUMBER = re.compile(rf"(?:^|[–—|]|\s{{2}})[ \t]*{PRINTED_NUMBER.pattern}", re.M)


def _running_number(text: str, a: int, b: int) -> Spanned[str] | None:
    """The number in a page's running header or footer below the title (not a "Vu la délibération n° …")."""
    m = next((m for m in RUNNING_NUMBER.finditer(text, a, b) if re.search(r"\d", m["num"])), None)
    return Spanned(m["num"], m.start("num"), m.end("num")) if m else None
