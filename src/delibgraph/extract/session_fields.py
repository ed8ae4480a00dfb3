"""Session header fields read around the heading: start time, place, count boxes, full names.

Helpers of :mod:`.session`: the time written after the date (also when a side
box cuts "vingt heures / trente" across lines), the meeting place after "s'est
réuni" (the room when a building and a room are both named), counts printed in
a table or a column box, and a family name completed with its given names.
"""

from __future__ import annotations

import re

from ..model import Session, Spanned
from .fastre import led_by
from .frenchtext import TIME_RE, find_dates, fold, ocr_digits, parse_time

# a civility written in capitals ("MONSIEUR ROGER MAILLARD", "MMES MONIQUE VUILLEMIN"): not part of the name
CAPS_CIVILITY = re.compile(r"\s*(?:MONSIEUR|MADAME|MADEMOISELLE|MESSIEURS|MESDAMES|MMES|MME|MLLE)\.?[ \t]+(?=[A-ZÀ-Þ])")


def caps_civility_end(text: str, a: int) -> int:
    """Where the name starts once a leading capitals civility at text[a] is skipped."""
    m = CAPS_CIVILITY.match(text, a)
    return m.end() if m else a


_AFTER_DATE = re.compile(r"[\s,–—\-:]*(?:[àaÀA]\s+)?")
GAP = re.compile(r"[ \t]{3,}")
MINUTES_WORDS = re.compile(r"[ \t]*(?P<wm>(?:cinquante|quarante|trente|vingt|dix|quinze|cinq)(?:[\s\-]+(?:et\s+)?"
                           r"(?:cinq|une?|deux|trois|quatre|six|sept|huit|neuf))?|et\s+quart|et\s+demie)\b", re.I)


def start_time(text: str, s: Session, wins) -> Spanned[str] | None:
    """The clock time written just after the session's date."""
    for a, b in wins:
        for d in find_dates(text, a, b):
            if s.date and d.value != s.date.value:
                continue
            gap = _AFTER_DATE.match(text, d.end)
            m = _time_at(text, gap.end())
            if m and (t := parse_time(m.group())):
                if not (m["m"] or m["wm"]) and (cont := _minutes_below(text, m)):
                    return Spanned(parse_time(f"{m.group()} {fold(cont['wm'])}") or t, m.start(), cont.end())
                return Spanned(t, m.start(), m.end())
    return opening_time(text, wins) or l_an_time(text, wins) or label_time(text, wins)


def _time_at(text: str, pos: int) -> re.Match | None:
    """TIME_RE matched at pos, the letter O read as 0 in figures ("20 h 3O" by OCR)."""
    a = max(pos - 1, 0)
    piece = text[a:pos + 40]
    if (fixed := ocr_digits(piece)) == piece:
        return TIME_RE.match(text, pos)
    return TIME_RE.match(" " * a + fixed, pos)  # same offsets as in text


# "L'an deux mil vingt-cinq, le jeudi vingt novembre à quatorze heures trente" (a date written in words)
L_AN_RE = led_by("lL", r"\bl['’]an\s", re.I)


def l_an_time(text: str, wins) -> Spanned[str] | None:
    """The time introduced by "à" in the sentence of an "L'an ..." formula."""
    for a, b in wins:
        for o in L_AN_RE.finditer(text, a, b):
            stop = text.find(".", o.end(), o.end() + 250)
            for m in TIME_RE.finditer(text, o.end(), stop if stop > 0 else min(b, o.end() + 250)):
                if re.search(r"\b[àa]\s+$", text[max(0, m.start() - 4):m.start()]) and (t := parse_time(m.group())):
                    return Spanned(t, m.start(), m.end())
    return None


# "La séance est ouverte à 18 h 00", "Ouverture de la séance : 20h30", "Ouverture à 9h30",
# "s'est réuni à 18h00, à la salle…" (no time after the date)
OPENED_RE = led_by("sSoOrR", r"(?:(?:s[ée]ance|r[ée]union)\s+(?:est|a\s+[ée]t[ée])\s+ouverte|"
                             r"ouverture(?:\s+de\s+la\s+(?:s[ée]ance|r[ée]union))?|"
                             r"s['’]est\s+r[ée]unie?s?)\s*(?:[àa]\s+|:\s*)", re.I)


def opening_time(text: str, wins) -> Spanned[str] | None:
    for a, b in wins:
        for o in OPENED_RE.finditer(text, a, b):
            if (m := TIME_RE.match(text, o.end())) and (t := parse_time(m.group())):
                return Spanned(t, m.start(), m.end())
    return None


# "Séance ordinaire – 20 h 30 – Salle polyvalente": a line naming the session's kind, no date on it
SESSION_LABEL_RE = led_by("\n", r"\n[ \t#*_]*s[ée]ance[ \t]+(?:ordinaire|extraordinaire|publique|pl[ée]ni[èe]re)"
                               r"[ \t*_]*[,–—\-:][ \t]*", re.I)


def label_time(text: str, wins) -> Spanned[str] | None:
    for a, b in wins:
        for o in SESSION_LABEL_RE.finditer(text, max(a - 1, 0), b):
            if (m := TIME_RE.match(text, o.end())) and (t := parse_time(m.group())):
                return Spanned(t, m.start(), m.end())
    return None


def _minutes_below(text: str, m: re.Match) -> re.Match | None:
    """Minutes continued on the next line of the same text column ("vingt heures" / "trente")."""
    eol = text.find("\n", m.end())
    if eol < 0 or text[m.end():eol].strip():
        return None
    ls = text.rfind("\n", 0, m.start()) + 1
    gaps = list(GAP.finditer(text, ls, m.start()))
    if not gaps:
        return None  # not a column: TIME_RE already reads across a plain line break
    col = gaps[-1].end() - ls
    nxt = eol + 1
    nl_end = text.find("\n", nxt)
    line = text[nxt:len(text) if nl_end < 0 else nl_end]
    if len(line) <= col or not line[col - 1].isspace():
        return None
    return MINUTES_WORDS.match(text, nxt + col)


# A count box printed as a table: a header row of labels, then (rule rows aside) a row of numbers.
TABLE_HEAD = re.compile(r"^[ \t]*\|?(?P<cells>[^\n]*\|[^\n]*)$", re.M)
TABLE_RULE = re.compile(r"^[ \t|:\-]*$")
MEMBERS_CELL = re.compile(r"en\s+exercice|^\W*(?:membres|conseillers)\W*$", re.I)
PRESENT_CELL = re.compile(r"^\W*pr[ée]sents?\W*$", re.I)
VOTERS_CELL = re.compile(r"^\W*votants?\W*$", re.I)


def _cells(line: str) -> list[str]:
    return [c.strip(" *_") for c in line.strip().strip("|").split("|")]


BOX_ROWS = re.compile(r"^[ \t]*(?P<row>[^\s|][^\n|]*?)[ \t]*\n[ \t]*(?P<nums>\d+(?:[ \t]{2,}\d+)+)[ \t]*$", re.M)


def box_count(text: str, wins, label: re.Pattern) -> Spanned[int] | None:
    """A count under its label in a box without rules: "Membres en exercice   Présents" over "29   22"."""
    for a, b in wins:
        for m in BOX_ROWS.finditer(text, a, b):
            heads, nums = re.split(r"[ \t]{2,}", m["row"]), list(re.finditer(r"\d+", m["nums"]))
            col = next((i for i, c in enumerate(heads) if label.search(c)), None)
            if col is not None and len(heads) == len(nums):
                n = nums[col]
                return Spanned(int(n.group()), m.start("nums") + n.start(), m.start("nums") + n.end())
    return None


def table_count(text: str, wins, label: re.Pattern) -> Spanned[int] | None:
    """A count under its label in a table: "| En exercice | Présents |" over "| 19 | 15 |".

    A label may run over several header rows ("| En |" over "| exercice |"): their cells are joined.
    """
    for a, b in wins:
        heads: list[str] = []
        for m in TABLE_HEAD.finditer(text, a, b):
            if TABLE_RULE.match(m.group()):
                continue
            cells = _cells(m.group())
            if len(cells) != len(heads) or not _follows_row(text, m.start()):
                heads = [""] * len(cells)
            if any(c.isdigit() for c in cells):
                col = next((i for i, c in enumerate(heads) if label.search(c)), None)
                if col is not None and cells[col].isdigit():
                    x, y = _cell_spans(m)[col]
                    return Spanned(int(cells[col]), x, y)
                heads = []
                continue
            heads = [f"{h} {c}".strip() for h, c in zip(heads, cells)]
    return None


def _follows_row(text: str, pos: int) -> bool:
    """The line before pos is a table row or a rule."""
    prev = text[text.rfind("\n", 0, max(pos - 1, 0)) + 1:max(pos - 1, 0)]
    return "|" in prev or bool(prev.strip() and TABLE_RULE.match(prev))


def _cell_spans(m: re.Match) -> list[tuple[int, int]]:
    """Text spans of the cells _cells reads in a table row."""
    line = m.group()
    a = len(line) - len(line.lstrip())
    inner = line.strip()
    a += 1 if inner.startswith("|") else 0
    inner = inner.strip("|")
    out, pos = [], m.start() + a
    for part in inner.split("|"):
        lead = len(part) - len(part.lstrip(" \t*_"))
        core = part.strip(" \t*_")
        out.append((pos + lead, pos + lead + len(core)))
        pos += len(part) + 1
    return out


_NOT_GIVEN = {"mme", "mmes", "mlle", "mr", "me", "dr", "monsieur", "madame", "mademoiselle", "maire", "adjoint", "adjointe", "conseiller",
              "conseillere", "le", "la", "les", "de", "du", "par", "et", "president", "presidente"}


def fullest(text: str, family: str, start: int = 0, end: int | None = None) -> str:
    """A family name completed with the given names the text writes before it."""
    rx = re.compile(rf"((?:[A-ZÀ-Þ][a-zà-ÿ]+[ -]){{1,3}})\s*{re.escape(family)}\b")
    for m in rx.finditer(text, start, len(text) if end is None else end):
        given = m.group(1).strip()
        if not {w.lower() for w in re.split(r"[ -]", fold(given))} & _NOT_GIVEN:
            return f"{given} {family}"
    return family
