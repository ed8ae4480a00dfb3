"""Two-column attendance blocks flattened into text lines.

A roll call printed as two columns ("PRÉSENTS :" on the left, "EXCUSÉS :" /
"ABSENTS :" on the right) reaches us as lines that mix both columns. The block
starts at a line holding two attendance headings apart (a run of 3+ spaces) and
ends at the first empty line. :func:`column_views` gives one copy of the text per
column with the other column's characters blanked: offsets are unchanged, so the
usual list reading works on each copy. :func:`table_rows` reads a roll call
printed as a table (one member a row, the status marked in columns or written
in one cell).
"""

from __future__ import annotations

import re

GAP = re.compile(r"[ \t]{3,}")
SEGMENT = re.compile(r"\S+(?:[ \t]{1,2}\S+)*")  # text between runs of 3+ blanks
SLACK = 2  # a right-hand entry may start this many columns left of its heading


def _segments(line: str) -> list[re.Match]:
    return list(SEGMENT.finditer(line))


def find_block(text: str, a: int, b: int, heads) -> tuple[int, int, int] | None:
    """(block start, block end, column of the right headings) of the first two-column block.

    The block is a paragraph that opens with a heading on the left and holds, on some line,
    a heading after a wide gap ("PRÉSENTS :      EXCUSÉS :" or "BAYLE Anne      ABSENTS :").
    """
    pos = a
    while pos < b:
        eol = text.find("\n", pos, b)
        eol = b if eol < 0 else eol
        segs = _segments(text[pos:eol])
        right = next((x for x in segs[1:] if _list_heading(text, pos + x.start(), heads)), None)
        if right:
            gap = text.rfind("\n\n", a, pos)
            first = SEGMENT.search(text, gap + 2 if gap >= 0 else a, eol)
            if first and first.start() < pos + right.start() and _list_heading(text, first.start(), heads):
                end = text.find("\n\n", pos, b)
                return _line_start(text, first.start()), (b if end < 0 else end), right.start()
        pos = eol + 1
    return None


def _list_heading(text: str, pos: int, heads) -> bool:
    """An attendance heading at pos that opens a list (not a count: "Absents : 3")."""
    for _, rx in heads:
        if (m := rx.match(text, pos)) and m.group()[:1].isupper():
            return not re.match(r"[ \t]*\d", text[m.end():m.end() + 5])
    return False


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def column_views(text: str, a: int, b: int, heads) -> tuple[str, str, int, int] | None:
    """(left view, right view, block start, block end) for a two-column block in text[a:b]."""
    found = find_block(text, a, b, heads)
    if not found:
        return None
    start, end, col = found
    left, right = [], []
    for line in text[start:end].split("\n"):
        lpart, rpart = _split(line, col)
        left.append(lpart + " " * len(rpart))
        right.append(" " * len(lpart) + rpart)
    return (text[:start] + "\n".join(left) + text[end:],
            text[:start] + "\n".join(right) + text[end:], start, end)


def _split(line: str, col: int) -> tuple[str, str]:
    """The line cut where its right-hand segment starts (all left when it has none)."""
    for s in _segments(line):  # segments are apart by 3+ blanks, so any one may open the right column
        if s.start() >= col - SLACK:
            return line[:s.start()], line[s.start():]
    return line, ""


# --- attendance as a table: one member a row, status in marked columns or in one cell ----------
# "| Nom | Présent | Excusé | Absent | Pouvoir à |" over "| DUPONT Jean | X | | | |", or
# "Conseiller | Présence" over "MARTIN Anne | excusée, pouvoir à DUPONT Jean" (HTML rows are "a | b").
STATUS_HEADS = {"present": re.compile(r"^pr[ée]sente?s?$", re.I),
                "excused": re.compile(r"^(?:absente?s?\s+)?excus[ée]e?s?$", re.I),
                "absent": re.compile(r"^absente?s?$", re.I),
                "proxy": re.compile(r"pouvoir|procuration|repr[ée]sent[ée]e?\s+par|mandataire", re.I)}
NAME_HEAD = re.compile(r"^(?:nom|conseill|membre|[ée]lue?s?\b|d[ée]l[ée]gu|administrat)", re.I)
STATE_HEAD = re.compile(r"^(?:pr[ée]sence|statut|situation|[ée]tat|qualit[ée] de pr[ée]sence)\b", re.I)
MARK = re.compile(r"^(?:x|✓|✔|☒|oui|•|\*)$", re.I)
CELL = re.compile(r"[^|\n]+")
RULE = re.compile(r"^[ \t|:\-+=]*$")
STATE_PROXY = re.compile(r"(?:pouvoir|procuration)\s+(?:donn[ée]e?\s+)?(?:à|au)\s+|repr[ée]sent[ée]e?\s+par\s+",
                         re.I)
STATE_KIND = re.compile(r"(?P<absent>absente?)|(?P<excused>excus[ée]e?)|(?P<present>pr[ée]sente?)", re.I)

Row = tuple[str, tuple[int, int], "tuple[int, int] | None"]  # kind, name span, proxy holder span


def _cells(text: str, ls: int, le: int) -> list[tuple[str, int, int]]:
    return [(m.group().strip(" \t*_"), m.start(), m.end()) for m in CELL.finditer(text, ls, le)]


def table_rows(text: str, a: int, b: int) -> list[Row] | None:
    """The roll call of an attendance table in text[a:b], or None when there is none."""
    pos = a
    while pos < b:
        eol = text.find("\n", pos, b)
        eol = b if eol < 0 else eol
        if "|" in text[pos:eol] and (layout := _layout([c[0] for c in _cells(text, pos, eol)])):
            return _rows(text, eol + 1, b, layout)
        pos = eol + 1
    return None


def _layout(heads: list[str]) -> tuple[int, dict[str, int]] | None:
    """(name column, {status: column}) of a header row, or None."""
    status = {k: i for k, rx in STATUS_HEADS.items() for i, h in enumerate(heads) if rx.search(h)}
    name = next((i for i, h in enumerate(heads) if NAME_HEAD.match(h)), None)
    if len(set(status) - {"proxy"}) >= 2:
        return (name if name is not None else 0), status
    state = next((i for i, h in enumerate(heads) if STATE_HEAD.match(h)), None)
    return (name, {"state": state}) if name is not None and state is not None else None


def _rows(text: str, pos: int, b: int, layout) -> list[Row]:
    name_col, cols = layout
    out: list[Row] = []
    while pos < b:
        eol = text.find("\n", pos, b)
        eol = b if eol < 0 else eol
        line = text[pos:eol]
        if "|" not in line:
            break
        cells = _cells(text, pos, eol)
        if not RULE.match(line) and len(cells) > max([name_col, *cols.values()]):
            if row := _row(text, cells, name_col, cols):
                out.append(row)
        pos = eol + 1
    return out


def _row(text: str, cells, name_col: int, cols: dict[str, int]) -> Row | None:
    _, ns, ne = cells[name_col]
    if "state" in cols:
        value, cs, ce = cells[cols["state"]]
        proxy = STATE_PROXY.search(text, cs, ce)
        kind = STATE_KIND.search(value)
        holder = (proxy.end(), ce) if proxy else None
        return (kind.lastgroup if kind else "excused" if proxy else None, (ns, ne), holder) if kind or proxy else None
    kind = next((k for k, i in cols.items() if k != "proxy" and MARK.match(cells[i][0])), None)
    holder = None
    if "proxy" in cols and cells[cols["proxy"]][0] and not MARK.match(cells[cols["proxy"]][0]):
        holder = cells[cols["proxy"]][1:]
    if holder and kind in (None, "present"):
        kind = "excused"
    return (kind, (ns, ne), holder) if kind else None
