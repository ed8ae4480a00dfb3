"""Attendance list entries: where each name of a roll-call list is and the name written there.

Splits a list under an attendance heading into entries (commas, dashes, "et",
one per line, tabs, civility words, "Commune — Name" lines, "COMMUNE : A, B"
group labels) and reads the person named in an entry, remarks and qualifiers
("(excusé)", "n'ayant pas donné pouvoir") dropped.
"""

from __future__ import annotations

import re

from ..model import Spanned
from .frenchtext import CIVILITY, clean_person, fold, is_person_name
from .session_fields import caps_civility_end

# not an "et" inside a remark: "Mme X (association Habitat et Humanisme)"
INLINE_SEP = re.compile(r"[,;|]|\s[-–—]+\s|[-–—]{2,}|\s+et\s+(?![^()\n]*\))")
# one name a line, or a grid of names apart by tabs ("NOM Prénom\tNOM Prénom"; not "pouvoir à\tX")
LINE_SEP = re.compile(r"[,;|]|\s[-–—]+\s|[-–—]{2,}|\s+et\s+(?![^()\n]*\))|\s*\n\s*|"
                      r"(?<!\b[àa])(?<!\bau)(?<!\bpar)(?:[ ]*\t|[ ]{3,})\s*")
# "M. A DUPONT Mme B MARTIN", also at a line end and after a remark: "Mme X (UDAF)⏎M. Y"
CIV_SPLIT = re.compile(rf"(?:(?<=[^\W\d_])|(?<=\)))(?:[ \t]+|[ \t]*\n[ \t]*)(?={CIVILITY}[A-ZÀ-Þ])")
QUALIFIER = re.compile(r"\s*,?\s*(?:n['’]ayant\s+pas\s+donn[ée]\s+(?:de\s+)?(?:pouvoir|procuration)|"
                       r"\(?\s*excus[ée]e?s?\s*\)?|\(?\s*absente?s?\s*\)?)\s*$", re.I)


_CELL = r"(?:(?![ \t][—–-][ \t])[^\n,;])*?"
PAIR_LINE = re.compile(rf"^[ \t•*\-]*(?P<l>\S{_CELL})[ \t]+[—–-][ \t]+(?P<r>\S{_CELL}(?:\([^)\n]*\))?)[ \t]*$", re.M)
FAMILY_CAPS = re.compile(r"\b[A-ZÀ-Þ]{2,}(?:[-' ][A-ZÀ-Þ]{2,})*\b")


def paired_lines(chunk: str) -> list[tuple[int, int]] | None:
    """One "Commune — Name" (or "Name — Commune") per line: the spans of the names.

    The name column is the one whose entries carry a family name in capitals; the right one on a tie.
    """
    lines = [x for x in chunk.split("\n") if x.strip()]
    pairs = list(PAIR_LINE.finditer(chunk))
    if not lines or len(pairs) != len(lines):
        return None
    caps = {side: sum(bool(FAMILY_CAPS.search(m[side])) for m in pairs) for side in ("l", "r")}
    side = "l" if caps["l"] > caps["r"] else "r"
    other = "r" if side == "l" else "l"
    places = [fold(m[other]) for m in pairs]
    if caps[other] and len(set(places)) == len(places):
        return None  # two names a line ("A - B"), not a place and a name
    return [(m.start(side), m.end(side)) for m in pairs]


def entries(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of the list entries in text[a:b]."""
    chunk = text[a:b]
    if paired := paired_lines(chunk):
        return [(a + x, a + y) for x, y in paired]
    sep = LINE_SEP if not INLINE_SEP.search(chunk.strip()) else INLINE_SEP
    if len(GROUP_LABEL.findall(chunk)) >= 2:  # "COMMUNE : A, B" lines: each label ends the entry before
        sep = re.compile(f"\\n?{GROUP_LABEL.pattern}|{sep.pattern}", re.M)  # before "⏎- " is read as a dash
    spans, pos = [], 0
    for m in [*sep.finditer(chunk), None]:
        stop = m.start() if m else len(chunk)
        spans += _civility_split(chunk, pos, stop)
        pos = m.end() if m else pos
    merged: list[tuple[int, int]] = []
    for x, y in spans:
        if merged and CONTINUATION.match(chunk, x):
            merged[-1] = (merged[-1][0], y)  # ", procuration à Y" belongs to the name before
        elif chunk[x:y].strip():
            merged.append((x, y))
    return [(a + x, a + y) for x, y in merged]


# "SAINT-AUBIN : A, B" / "Titulaires : C, D" / "- pour la Communauté de communes X : A, B": a group label
# opening a line of a list
GROUP_LABEL = re.compile(rf"^[ \t•*\-]*(?!{CIVILITY})(?:[A-ZÀ-Þ]|pour\s+(?:la|le|les|l['’]))[^\n:,;()\d]{{1,60}}?[ \t]*:[ \t]*"
                         r"(?![ \t]*(?i:pouvoir|procuration|donn|repr|a\s+donn))", re.M)
CONTINUATION = re.compile(r"\s*(?:\(|(?:pouvoir|procuration|ayant|a\s+donn|donne|qui)\b|repr[ée]sent[ée]e?s?\b)", re.I)


def _civility_split(chunk: str, a: int, b: int) -> list[tuple[int, int]]:
    out, pos = [], a
    for m in CIV_SPLIT.finditer(chunk, a, b):
        left = chunk[pos:m.start()]
        if not re.search(r"\b(?:à|a|au|par|de)\s*$", left, re.I) and left.count("(") <= left.count(")"):
            out.append((pos, m.start()))
            pos = m.end()
    out.append((pos, b))
    return out


HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[a-zà-ÿ])")  # a word cut at a line end


def person(text: str, a: int, b: int) -> Spanned[str] | None:
    """The cleaned name written in text[a:b], with its span."""
    a = caps_civility_end(text, a)
    raw = text[a:b]
    if q := QUALIFIER.search(raw):
        raw = raw[:q.start()]
    if (p := raw.find("(")) > 0 and re.search(r"\w", raw[:p]):
        raw = raw[:p]  # "Mme X (représentante de l'UDAF)": a remark, not the name
    if (nl := _role_line_end(raw)) > 0:  # "adjointe⏎PETIT Anne": the role of the name before
        a, raw = a + nl + 1, raw[nl + 1:]
    name = clean_person(HYPHEN_BREAK.sub("", raw))  # "Cathe-⏎rine" -> "Catherine"
    if not is_person_name(name):
        return None
    i = max(raw.find(name.split(" ")[0]), 0)
    return Spanned(name, a + i, a + min(len(raw), i + len(name) + len(raw) - len(HYPHEN_BREAK.sub("", raw))))


def _role_line_end(raw: str) -> int:
    """The line end after a leading non-name ("Maire", "1re adjointe") when a name follows, else -1."""
    nl = raw.rfind("\n", 0, len(raw.rstrip()))
    if nl <= 0 or is_person_name(clean_person(raw[:nl])) or not is_person_name(clean_person(raw[nl + 1:])):
        return -1
    return nl
