"""Page clean-up helpers: running headers, footers and page numbers.

A running header or footer is a line found at the top (or bottom) of most pages,
identical once digits, case and spaces are folded ("Ville de LANNION Conseil
municipal du 25 mai 2020 3"), whose numbers are constant or the page number.
The first page keeps its header lines (they title the document). Page numbers ("Page 2 sur 5", "- 3 -", "3/12")
are dropped at the page edges. Lines that carry facts an extractor needs
(prefecture stamps, votes, "Extrait du registre") are never dropped.
"""

from __future__ import annotations

import re
from collections import Counter

EDGE_LINES = 2  # lines looked at, at the top and at the bottom of each page
MIN_SHARE = 0.5  # a running line is on at least this share of the pages

DIGITS = re.compile(r"\d+")
SPACES = re.compile(r"\s+")
PAGE_WORDS = re.compile(
    r"^[-–—\s]*(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:/|sur|de|of)\s*\d{1,4})?[-–—\s]*$", re.I
)
PAGE_FRACTION = re.compile(r"^[-–—\s]*\d{1,4}\s*/\s*\d{1,4}[-–—\s]*$")
BARE_NUMBER = re.compile(r"^[-–—\s]*(\d{1,4})[-–—\s]*$")
PROTECTED = re.compile(
    r"pr[ée]fecture|\bID\s*:|accus[ée]|affich[ée]|publi[ée]|t[ée]l[ée]transmis|unanimit|adopt[ée]"
    r"|\bvote|d[ée]lib[ée]r[ée]\b|extrait\s+du\s+registre|pour\s+extrait|certifi"
    r"|^(?:le|la)\s+(?:maire|pr[ée]sidente?)\b",
    re.I,
)
PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
_DATE = r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}"
_ACT_ID = r"[09][0-9][AB0-9]-\d{9}-\d{8}-[A-Za-z0-9_]{1,15}-[A-Z]{2}"
# A prefecture stamp printed beside the body: its lines end the text lines they share.
STAMP_TAIL = re.compile(
    r"^(?P<body>.*?[^\s:])\s+(?P<stamp>"
    rf"(?:Envoy[ée]|Re[çc]u)\s+en\s+pr[ée]fecture\s+le\s*:?\s*{_DATE}"
    rf"|(?:Affich[ée]|Publi[ée])\s+le\s*:?\s*{_DATE}"
    rf"|ID\s*:\s*{_ACT_ID}|Accus[ée]\s+de\s+r[ée]ception\s+en\s+pr[ée]fecture|{_ACT_ID}"
    r"|Date\s+de\s+(?:t[ée]l[ée]transmission|r[ée]ception\s+pr[ée]fecture)\s*:\s*\S+"
    r"|Re[çc]u\s+par\s+le\s+repr[ée]sentant\s+de\s+l['’][ÉE]tat\s+le\s+.*"
    r")\s*$"
)


def fold_line(line: str) -> str:
    """The key two copies of a running line share: digits, case and spaces folded."""
    return SPACES.sub(" ", DIGITS.sub("#", line)).strip().casefold()


def clean_glyphs(text: str) -> str:
    """PDF text quirks: CRLF, U+FFFE hyphens, symbol-font bullets (private use area)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", "-").replace("\x02", "-")
    return PRIVATE_USE.sub("•", text)


def separate_stamps(page: str) -> str:
    """Move the stamp lines that extraction glued to body lines after those lines."""
    if "pr" not in page and "ID" not in page:
        return page
    out, pending = [], []
    for line in page.split("\n"):
        m = STAMP_TAIL.match(line)
        if m:
            out.append(m["body"])
            pending.append(m["stamp"])
            continue
        out.extend(pending)
        pending = []
        out.append(line)
    return "\n".join(out + pending)


def _edges(lines: list[str]) -> tuple[list[int], list[int]]:
    """Indexes of the first and last EDGE_LINES non-blank lines."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return filled[:EDGE_LINES], filled[::-1][:EDGE_LINES]


Pattern = tuple[tuple[str, int], ...]  # per number of the line: ("const", n) or ("page", offset)


def _numbers_run(entries: list[tuple[int, str]]) -> Pattern | None:
    """The numbers of one folded line across pages: each constant, or the page number."""
    pattern = []
    for column in zip(*([int(n) for n in DIGITS.findall(line)] for _, line in entries)):
        if len(set(column)) == 1:
            pattern.append(("const", column[0]))
            continue
        offsets = {n - page for n, (page, _) in zip(column, entries)}
        if len(offsets) != 1 or abs(next(iter(offsets))) > 3:
            return None
        pattern.append(("page", offsets.pop()))
    return tuple(pattern)


def _fits(line: str, page: int, pattern: Pattern) -> bool:
    numbers = [int(n) for n in DIGITS.findall(line)]
    return len(numbers) == len(pattern) and all(
        n == (v if kind == "const" else page + v) for n, (kind, v) in zip(numbers, pattern))


def _running_lines(pages: list[list[str]], zone: int) -> tuple[set[tuple[int, int]], dict[str, Pattern]]:
    """(page, line) of the lines repeated at the top (zone 0) or bottom (1) of most pages,
    and the patterns of those that carry the page number (found anywhere on a page)."""
    groups: dict[str, list[tuple[int, int, str]]] = {}
    for page, lines in enumerate(pages, start=1):
        for i in _edges(lines)[zone]:
            groups.setdefault(fold_line(lines[i]), []).append((page, i, lines[i]))
    need = max(2, round(MIN_SHARE * len(pages) + 0.01))
    found, numbered = set(), {}
    for key, entries in groups.items():
        if len({p for p, _, _ in entries}) < need or PROTECTED.search(key) or not key:
            continue
        pattern = _numbers_run([(p, line) for p, _, line in entries])
        if pattern is not None:
            found.update((p, i) for p, i, _ in entries)
            if any(kind == "page" for kind, _ in pattern):
                numbered[key] = pattern
    return found, numbered


def _numbered_inside(lines: list[str], page: int, numbered: dict[str, Pattern]) -> set[int]:
    """Lines inside a page that are a running line with this page's number."""
    if not numbered:
        return set()
    return {i for i, line in enumerate(lines)
            if (p := numbered.get(fold_line(line))) is not None and _fits(line, page, p)}


def _page_number_offset(pages: list[list[str]]) -> int | None:
    """The usual difference between a bare number at a page edge and the page index."""
    offsets = Counter()
    for index, lines in enumerate(pages, start=1):
        head, tail = _edges(lines)
        for i in set(head[:1] + tail[:1]):
            m = BARE_NUMBER.match(lines[i])
            if m:
                offsets[int(m.group(1)) - index] += 1
    if not offsets:
        return None
    offset, count = offsets.most_common(1)[0]
    if len(pages) == 1:
        return 0 if offset == 0 else None
    return offset if abs(offset) <= 2 and count >= 2 else None


def _is_page_number(line: str, index: int, offset: int | None) -> bool:
    if PAGE_WORDS.match(line) or PAGE_FRACTION.match(line):
        return True
    m = BARE_NUMBER.match(line)
    return bool(m and offset is not None and int(m.group(1)) - index == offset)


def _strip_edge(order: list[int], drop) -> set[int]:
    """Indexes to drop, walking from one edge while lines are running lines."""
    gone = set()
    for i in order:
        if not drop(i):
            break
        gone.add(i)
    return gone


def strip_running_lines(pages: list[str]) -> list[str]:
    """Each page without its running headers, footers and page numbers."""
    split = [p.split("\n") for p in pages]
    running, numbered = set(), {}
    for zone in (0, 1) if len(split) > 1 else ():
        found, patterns = _running_lines(split, zone)
        running |= found
        numbered |= patterns
    offset = _page_number_offset(split)
    # running lines whose page number went to a line of its own (OCR)
    cut = {k.removesuffix(" #") for k, p in numbered.items() if k.endswith(" #") and p[-1][0] == "page"}
    out = []
    for index, lines in enumerate(split, start=1):
        head, tail = _edges(lines)
        number = lambda i: _is_page_number(lines[i], index, offset)  # noqa: E731
        drop = lambda i: (index, i) in running or number(i) or fold_line(lines[i]) in cut  # noqa: E731
        # the first page keeps its header: there it is the document's title (authority, date)
        gone = _strip_edge(head, number if index == 1 else drop)
        gone |= _strip_edge(tail, drop) | _numbered_inside(lines, index, numbered)
        kept = [line for i, line in enumerate(lines) if i not in gone]
        out.append("\n".join(kept).strip("\n"))
    return out


def join_pages(pages: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """One text with the pages joined by a line break, and each page's [start, end)."""
    bounds, pos = [], 0
    for text in pages:
        bounds.append((pos, pos + len(text)))
        pos += len(text) + 1
    return "\n".join(pages), bounds
