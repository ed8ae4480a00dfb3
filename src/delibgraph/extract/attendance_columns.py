"""Two-column attendance blocks flattened into text lines.

A roll call printed as two columns ("PRÉSENTS :" on the left, "EXCUSÉS :" /
"ABSENTS :" on the right) reaches us as lines that mix both columns. The block
starts at a line holding two attendance headings apart (a run of 3+ spaces) and
ends at the first empty line. :func:`column_views` gives one copy of the text per
column with the other column's characters blanked: offsets are unchanged, so the
usual list reading works on each copy.
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
