"""Titles taken from an "Objet :" line, and the title of a "Délibération n° X" heading that has none."""

from __future__ import annotations

import re

from ..model import Spanned
from .headings import Heading
from .titles import (BODY_START, NOT_TITLE, OBJECT_LABEL, _is_heading_line, _lines_after, clean_title, has_title_words,
                     join_breaks)

# "Nombre de conseillers : …", "Date de convocation : …": a header's field, not a title.
HEADER_FIELD = re.compile(r"\s*(?:Nombre|Date|Conseillers|Membres|S[ée]ance|Pr[ée]sents|Votants|Pr[ée]sidence)\b[^:\n]*:", re.I)
OBJECT_AFTER = re.compile(r"^[ \t#*>]*(?:[O0]bjet|[O0]BJET)\s*:\s*(?P<t>\S[^\n]*)", re.M)


def labelled_title(text: str, h: Heading, rest: str, rest_start: int, stop: int) -> Spanned[str] | None:
    """Title of "Délibération n°X": the rest of its line, the next non-blank line, or an "Objet :" line."""
    if has_title_words(rest):
        t = clean_title(rest)
        if t:
            return Spanned(t, rest_start, rest_start + len(rest.rstrip()))
    for a, b in _lines_after(text, h.end + 1, stop):
        line = text[a:b]
        if not line.strip() or line.strip() == "---":
            continue
        if OBJECT_LABEL.match(line):
            return object_lines(text, a + OBJECT_LABEL.match(line).end(), b, stop)
        if _is_heading_line(line) or BODY_START.match(line) or HEADER_FIELD.match(line):
            break
        return Spanned(clean_title(line), a, b)
    return object_before(text, h.start) or object_after(text, h.end, stop)


def object_lines(text: str, start: int, end: int, stop: int) -> Spanned[str]:
    """An "Objet :" subject and the lines it wraps onto, up to a blank line or the body."""
    for k, (a, b) in enumerate(_lines_after(text, end + 1, stop)):
        line = text[a:b]
        if k >= 3 or not line.strip() or BODY_START.match(line) or NOT_TITLE.search(line) or _is_heading_line(line):
            break
        end = b
    return Spanned(clean_title(join_breaks(text, text[start:end])), start, end)


def object_after(text: str, pos: int, stop: int) -> Spanned[str] | None:
    """The "Objet :" line of an extract's body, below its header."""
    m = OBJECT_AFTER.search(text, pos, min(stop, pos + 3000))
    return object_lines(text, m.start("t"), m.end("t"), stop) if m else None


OBJECT_BEFORE = re.compile(  # the subject may wrap onto indented lines
    r"^[ \t#*>]*(?:[O0]bjet|[O0]BJET)\s*:\s*(?P<t>\S[^\n]*(?:\n[ \t]+\S[^\n]*){0,3})\n\s*\Z", re.M)


def object_before(text: str, pos: int) -> Spanned[str] | None:
    """An "Objet : …" line printed just above the number ("Objet : X" / "Délibération n° 12")."""
    m = OBJECT_BEFORE.search(text, max(0, pos - 400), pos)
    return Spanned(clean_title(m["t"]), m.start("t"), m.end("t")) if m else None
