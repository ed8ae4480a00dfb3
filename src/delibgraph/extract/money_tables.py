"""Euro amounts in tables whose column or row label says € (Markdown pipe or tab tables).

A cell that is a bare number ("110 400,00") counts when its column header or its
row's first cell names the euro (the first header cell alone, "Section (en €)": every column) ("Montant à verser (€ HT)", "Total en euros"), also
in columns aligned by spaces (text laid out from a PDF: cells apart by 2+ spaces).
Cells that carry their own € are read by :mod:`.money` already.
"""

from __future__ import annotations

import re

from ..model import Spanned
from .money import NUMBER, parse_number

# A pipe row may run over several lines (a cell with a line break); a tab row is one line.
TABLE_LINE_RE = re.compile(
    r"^[ \t]*\|[^\n]*(?:\n(?![ \t]*[|\n])[^\n]*)*?\|[ \t]*$|^[^\n\t|]*\t[^\n]*$", re.M)
GAP_RE = re.compile(r"[\s\-*_]*")
RULE_RE = re.compile(r"^[\s|:\-]+$")
EURO_LABEL_RE = re.compile(r"€|\beuros?\b|\bEUR\b", re.I)
CELL_NUMBER_RE = re.compile(rf"[\s*+\-−–]*(?P<num>{NUMBER})[\s*]*")
YEAR_RE = re.compile(r"(?:19|20)\d\d(?:\s*\([^)]*\))?")
CELL_RE = re.compile(r"[^|\t]+")
# Space-aligned columns: a cell is a run of words one space apart.
SPACED_CELL_RE = re.compile(r"\S+(?: \S+)*")
EURO_WORD_RE = re.compile(r"€|\b[Ee]uros?\b|\bEUR\b")
# "PLAN DE FINANCEMENT (en € HT)", "Montants en euros :" on the line right above a table: the unit of its figures.
CAPTION_RE = re.compile(r"\ben\s+(?:€|euros?\b|EUR\b)(?:\s*(?:HT|TTC|H\.T\.|T\.T\.C\.))?\s*\)?[\s:.*_]*$", re.I)
# A column in another unit under such a caption: "Taux", "%", "Nombre", "Année", "Population".
OTHER_UNIT_RE = re.compile(r"%|\b(?:taux|part|nombre|nb|quantit[ée]s?|ann[ée]es?|exercice|dur[ée]e|surface|m²|m2|ha|date"
                           r"|population|habitants?|effectifs?|agents?|[ée]l[èe]ves?|heures?|km|logements?|lits?|places?"
                           r"|n°|num[ée]ros?|codes?|comptes?|articles?|chapitres?|imputations?|fonctions?|op[ée]rations?)(?!\w)", re.I)


def table_amounts(text: str, offset: int = 0) -> list[Spanned[float]]:
    """Bare numbers in €-labelled columns or rows of the tables in text."""
    out: list[Spanned[float]] = []
    prev_end, prev_cols = -1, (0, set())
    for block in table_blocks(text):
        carry = prev_cols if GAP_RE.fullmatch(text, prev_end, block[0].start()) else None
        found, prev_cols = _block_amounts(block, offset, carry, _captioned(text, block[0].start()))
        out.extend(found)
        prev_end = block[-1].end()
    return out


def spaced_amounts(text: str, offset: int = 0) -> list[Spanned[float]]:
    """Bare numbers under a label-only € header cell of a space-aligned table, row by row
    while the rows have the header's number of cells."""
    out: list[Spanned[float]] = []
    seen: set[int] = set()
    for e in EURO_WORD_RE.finditer(text):
        start = text.rfind("\n", 0, e.start()) + 1
        end = _line_end(text, start)
        if start in seen or "\t" in text[start:end] or "|" in text[start:end]:
            continue
        seen.add(start)
        head = list(SPACED_CELL_RE.finditer(text, start, end))
        cols = {i for i, c in enumerate(head) if EURO_LABEL_RE.search(c.group(0)) and not re.search(r"\d", c.group(0))}
        if len(head) < 2 or not cols:
            continue
        while end < len(text):
            start, end = end + 1, _line_end(text, end + 1)
            row = list(SPACED_CELL_RE.finditer(text, start, end))
            if len(row) != len(head) or "\t" in text[start:end]:
                break
            out += [a for i in sorted(cols) if (a := _cell_amount(row[i], offset)) is not None]
    return out


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def table_blocks(text: str) -> list[list[re.Match]]:
    """Runs of consecutive table lines."""
    blocks: list[list[re.Match]] = []
    last_end = -2
    for m in TABLE_LINE_RE.finditer(text):
        if blocks and m.start() == last_end + 1:
            blocks[-1].append(m)
        else:
            blocks.append([m])
        last_end = m.end()
    return blocks


def row_cells(line: re.Match) -> list[re.Match]:
    body = line.group(0)
    if body.lstrip().startswith("|"):
        return [c for c in CELL_RE.finditer(body)][: body.count("|") - 1 or None]
    return list(CELL_RE.finditer(body))


def _captioned(text: str, start: int) -> bool:
    """The line right above the table (a blank line between allowed) says its figures are in euros."""
    before = text[max(0, start - 200):start].rstrip()
    return bool(before) and bool(CAPTION_RE.search(before.rsplit("\n", 1)[-1]))


def _block_amounts(block: list[re.Match], offset: int, carry: tuple[int, set[int]] | None,
                   captioned: bool = False) -> tuple[list[Spanned[float]], tuple[int, set[int]]]:
    """Amounts of one table; ``carry`` is (width, € columns) of a table this one continues;
    ``captioned``: a caption above names the euro, so every column but the first and those in another unit."""
    rows = [(line.start(), row_cells(line)) for line in block if not RULE_RE.match(line.group(0))]
    width = max(len(c) for _, c in rows) if rows else 0
    if carry and carry[0] == width:
        euro_cols, body = carry[1], rows
    else:
        if len(block) < 2:
            return [], (width, set())
        header = rows[0][1]
        euro_cols = {i for i, c in enumerate(header) if EURO_LABEL_RE.search(c.group(0))}
        if euro_cols == {0}:  # "| Section (en €) | Dépenses | Recettes |": the unit of the whole table
            euro_cols = set(range(1, width))
        elif captioned and not euro_cols:
            euro_cols = {i for i, c in enumerate(header) if i > 0 and not OTHER_UNIT_RE.search(c.group(0))}
        body = rows[1:]
    out = []
    for base, cells in body:
        if _year_row(cells):
            continue
        euro_row = bool(cells) and bool(EURO_LABEL_RE.search(cells[0].group(0)))
        for i, c in enumerate(cells):
            if i in euro_cols or (euro_row and i > 0):
                a = _cell_amount(c, base + offset)
                if a is not None:
                    out.append(a)
    return out, (width, euro_cols)


def _year_row(cells: list[re.Match]) -> bool:
    """A sub-header row of years ("| | 2023 | 2024 |"): no amounts in it."""
    nums = [c.group(0).strip(" *") for c in cells if re.search(r"\d", c.group(0))]
    return bool(nums) and all(YEAR_RE.fullmatch(n) for n in nums)


def _cell_amount(cell: re.Match, base: int) -> Spanned[float] | None:
    m = CELL_NUMBER_RE.fullmatch(cell.group(0))
    if m is None:
        return None
    value = parse_number(m["num"])
    if value is None:
        return None
    start = base + cell.start() + m.start("num")
    return Spanned(round(value, 2), start, start + len(m["num"]))
