"""Votes printed as tables: a count box under its labels, or a list's row under vote columns.

``table_votes`` reads "| Pour | Contre | Abstentions |" over "| 8 | 0 | 2 |" inside an item;
``row_votes`` reads a list's row ("| 2024-10 | Budget | 15 | 2 | 1 | Adoptée |") under a header
that names the vote columns. Both return {field of Vote: Spanned count}.
"""

from __future__ import annotations

import re

from ..model import Spanned

# A vote printed as a table: "| Pour | Contre | Abstentions |" over "| 8 | 0 | 2 |".
# A first cell may name the rows ("VOTE | Pour | Contre" over "Résultat | 31 | 0").
_LEAD = r"(?:(?!pour|contre|abst|non|ne\b)[^\W\d_][^|\d\n]{0,20}\|)"
VOTE_TABLE = re.compile(rf"^[ \t|]*(?P<lead>{_LEAD})?[ \t]*(?:pour|contre|abstentions?|non[- ]votants?)[ \t]*\|[^\n]*\n"
                        rf"(?:[ \t|:\-+]+\n)?[ \t|]*{_LEAD}?(?P<row>[ \t|]*\d+[ \t]*(?:\|[ \t]*\d+[ \t]*)+\|?[ \t]*)$",
                        re.I | re.M)
TABLE_KEYS = (("for_", r"pour"), ("against", r"contre"), ("abstain", r"abstention"),
              ("not_voting", r"non[- ]votant|ne\s+(?:prend|prennent|participe|participent)\s+pas"))


def table_votes(text: str, a: int, b: int) -> dict[str, Spanned[int]]:
    """Counts read from a vote table in text[a:b], by column label."""
    m = VOTE_TABLE.search(text, a, b)
    if not m:
        return {}
    heads = [c.strip() for c in text[m.start():text.index("\n", m.start())].strip(" \t|").split("|")]
    heads = heads[1:] if m["lead"] else heads
    cells = [(c.start(), c.group()) for c in re.finditer(r"\d+", m["row"])]
    if len(heads) != len(cells):
        return {}
    out = {}
    for head, (pos, n) in zip(heads, cells):
        key = next((k for k, rx in TABLE_KEYS if re.match(rx, head, re.I)), None)
        if key:
            out[key] = Spanned(int(n), m.start("row") + pos, m.start("row") + pos + len(n))
    return out


_SEP = r"(?:\||\"[ \t]*[;,][ \t]*\")"  # a pipe, or the '";"' between the quoted cells of a CSV line
ROW_HEADER = re.compile(rf"^[^\n]*{_SEP}[^\n]*\b(?:pour|contre)\b[^\n]*$", re.I | re.M)
QUOTED_CELL = re.compile(r'"(?P<c>[^"\n]*)"')
QUOTED_ROW = re.compile(r'[ \t]*"[^"\n]*"[ \t]*[;,][ \t]*"')


def _cells(text: str, a: int, b: int) -> list[tuple[int, str]]:
    if QUOTED_ROW.match(text, a, b):  # a quoted CSV line: "N°";"Objet";…
        return [(m.start("c"), m["c"].strip()) for m in QUOTED_CELL.finditer(text, a, b)]
    line = text[a:b].strip()
    lead = a + text[a:b].find(line)
    body = line[1:] if line.startswith("|") else line
    off = lead + (1 if line.startswith("|") else 0)
    out = [(off + m.start(), m.group().strip()) for m in re.finditer(r"[^|]+", body)]
    return out[:-1] if line.endswith("|") and out and not out[-1][1] else out


def row_votes(text: str, a: int, b: int) -> dict[str, Spanned[int]]:
    """Counts of a list's row under a header with vote columns ("| N° | Objet | Pour | Contre |")."""
    nl = text.find("\n", a + 1, b)
    b = b if nl < 0 else nl  # a row's wrapped lines below it hold no counts
    if "|" not in text[a:b] and not QUOTED_ROW.match(text, a, b):
        return {}
    head = None
    for head in ROW_HEADER.finditer(text, max(0, a - 3000), a):
        pass
    if head is None:
        return {}
    heads, cells = _cells(text, head.start(), head.end()), _cells(text, a, b)
    if len(heads) != len(cells):
        return {}
    out = {}
    for (_, label), (pos, cell) in zip(heads, cells):
        key = next((k for k, rx in TABLE_KEYS if re.match(rx, label, re.I)), None)
        if key and cell.isdigit():
            out[key] = Spanned(int(cell), pos + text[pos:].find(cell), pos + text[pos:].find(cell) + len(cell))
    return out


# The header of a list printed as a table: cells set apart by pipes, naming the object or the votes.
COLUMN_HEADER = re.compile(rf"^(?=[^\n\d]*$)[^\n]*{_SEP}[^\n]*\b(?:objet|intitul[ée]|pour|contre)\b[^\n]*$", re.I | re.M)


def row_cell(text: str, a: int, b: int, label: str) -> Spanned[str] | None:
    """The cell of the list's row at text[a:] under the header column whose label matches ``label``."""
    nl = text.find("\n", a, b)
    b = b if nl < 0 else nl
    if "|" not in text[a:b] and not QUOTED_ROW.match(text, a, b):
        return None
    head = None
    for head in COLUMN_HEADER.finditer(text, max(0, a - 3000), a):
        pass
    if head is None:
        return None
    heads, cells = _cells(text, head.start(), head.end()), _cells(text, a, b)
    if len(heads) != len(cells):
        return None
    for (_, name), (pos, cell) in zip(heads, cells):
        if cell and re.match(label, name, re.I):
            start = pos + text[pos:].find(cell)
            return Spanned(cell, start, start + len(cell))
    return None
