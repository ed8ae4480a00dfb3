"""Heading candidates that are not items of their own: closing lines, titles under a numbered
heading, entries of a block of delegated decisions, the document's own title."""

from __future__ import annotations

import re

from .headings import CLOSING, DECISION, Heading


def closing_line(text: str, h: Heading) -> bool:
    """"6. Questions diverses", "Tour de table": the end of the items, not one of them."""
    return h.number is not None and bool(CLOSING.match(text, text.rfind("\n", 0, h.start) + 1))


def drop_title_lines(text: str, hs: list[Heading]) -> list[Heading]:
    """A keyword heading on the line right under a numbered heading is that item's title."""
    out: list[Heading] = []
    for h in hs:
        prev = out[-1] if out else None
        if (h.kind in ("keyword", "sentence") and prev is not None and prev.number is not None
                and text[prev.end:h.start].strip() == ""
                and text.count("\n", prev.end, h.start) == 1):
            continue
        out.append(h)
    return out


# Session header fields: a "Compte rendu des décisions" followed by them is the document's title.
HEADER_CUE = re.compile(r"secr[ée]taire\s+de\s+s[ée]ance|\bpr[ée]sents?\s*:|en\s+exercice|\bconvocation\b", re.I)


DECISIONS_BLOCK = re.compile(r"\bd[ée]cisions?\b|\bd[ée]l[ée]gations?\b", re.I)
BULLET = re.compile(r"[ \t]*[-–•*·][ \t]")


def drop_block_entries(text: str, hs: list[Heading]) -> list[Heading]:
    """Bulleted numbers under a "Décisions prises par délégation" heading are its entries, not items."""
    out: list[Heading] = []
    block = False
    for h in hs:
        line = text.rfind("\n", 0, h.start) + 1
        if h.kind == "keyword":
            block = bool(DECISIONS_BLOCK.search(h.title.value))
        elif block and h.number is not None and BULLET.match(text, line):
            continue
        else:
            block = False
        out.append(h)
    return out


def title_block(text: str, h: Heading, stop: int, numbered: list[Heading]) -> bool:
    """A keyword heading above every item, followed by the session's header, is the document's title."""
    if h.kind != "keyword" or any(x.start < h.start for x in numbered) or DECISION.search(text, h.end, stop):
        return False
    return bool(HEADER_CUE.search(text, h.end, stop))
