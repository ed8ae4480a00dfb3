"""Which heading candidates are items: numbered headings with a body, one per number, in order.

Agenda entries (no body), running headers (the same number again) and numbered lists
inside an item are dropped; unnumbered items (PV approval, delegated decisions, a
Markdown "# - Title" after a closed item) are added.
"""

from __future__ import annotations

import re

from ..model import Spanned
from .frenchtext import fold
from .headings import DECISION, Heading
from .itemfilters import closing_line, drop_block_entries, drop_title_lines, title_block


def _body(text: str, h: Heading, stop: int) -> str:
    return text[h.end:stop].strip()


# "2026-002 – Tarifs – Adoptée à l'unanimité": a list's line that ends with the item's outcome.
LINE_OUTCOME = re.compile(
    r"\s[-–—]\s+(?:Adopt[ée]|Approuv[ée]|Rejet[ée]|Ajourn[ée]|Retir[ée]|Report[ée]|"
    r"(?:Le\s+(?:Conseil|Comit[ée])\s+)?prend\s+acte)[^–—\n]*$", re.I)


def _has_body(text: str, h: Heading, stop: int) -> bool:
    """A body of some length, or a short one that records a decision ("Adoptée à l'unanimité"),
    or a list's line that ends with its outcome."""
    body = _body(text, h, stop)
    own = h.kind == "labelled" and h.title is not None and LINE_OUTCOME.search(h.title.value)
    return len(body) >= 40 or bool(DECISION.search(body)) or bool(own)


def choose_headings(text: str, hs: list[Heading], b: int) -> list[Heading]:
    """Numbered headings with a body (one per number, in order), plus unnumbered items."""
    hs = [h for h in drop_title_lines(text, drop_block_entries(text, hs)) if not closing_line(text, h)]
    main = [h for h in hs if h.kind not in ("markdown", "object") and not _pv_repeat(text, hs, h)]
    ends = {id(h): (main[i + 1].start if i + 1 < len(main) else b) for i, h in enumerate(main)}
    dotted_ok = any(h.kind == "dotted" for h in main) and _dotted_ok(text, main, ends)  # once for all
    main = [h for h in main if h.kind != "dotted" or dotted_ok]
    best: dict[str, tuple[int, Heading]] = {}
    for h, e in _runs(text, _main_family(main), ends):
        key = fold(h.number.value)
        if key not in best or e - h.start > best[key][0]:
            best[key] = (e - h.start, h)
    numbered = _increasing([h for _, h in best.values()]) or _object_items(text, hs, b)
    strong = sorted(numbered + [h for h in main if h.kind in ("keyword", "sentence")
                                and _body(text, h, ends[id(h)]) and not title_block(text, h, ends[id(h)], numbered)],
                    key=lambda h: h.start)
    return _add_markdown_items(text, hs, strong, b)


def _runs(text: str, family: list[Heading], ends: dict[int, int]) -> list[tuple[Heading, int]]:
    """Headings with a body; a number repeated with nothing between (a running header) joins its run.

    An agenda is a run of headings without body; the entry after two of them is the agenda's too.
    """
    out: list[tuple[Heading, int]] = []
    short, prev = 0, None
    for h in family:
        e = ends[id(h)]
        agenda_end = short >= 2 and _follows(prev, h)
        if out and fold(out[-1][0].number.value) == fold(h.number.value):
            out[-1] = (out[-1][0], e)
        elif (_has_body(text, h, e) and not agenda_end) or h.kind == "row":
            out.append((h, e))
        short = short + 1 if not _has_body(text, h, e) and h.kind != "row" else 0
        prev = h
    return out


def _follows(prev: Heading | None, h: Heading) -> bool:
    """h's number is the next one after prev's ("2" after "1", "2024-12" after "2024-11")."""
    tail = [re.search(r"(\d+)\D*$", x.number.value) for x in (prev, h)] if prev else [None]
    return all(tail) and int(tail[1][1]) == int(tail[0][1]) + 1


def _object_items(text: str, hs: list[Heading], b: int) -> list[Heading]:
    """Several "Objet :" lines, each followed by a decision: one item per subject."""
    objs = [h for h in hs if h.kind == "object"]
    ends = [x.start for x in objs[1:]] + [b]
    objs = [h for h, e in zip(objs, ends) if DECISION.search(text, h.end, e)]
    return objs if len(objs) >= 2 else []


def _dotted_ok(text: str, main: list[Heading], ends: dict[int, int]) -> bool:
    """"1. Title" headings count only when at least two of them carry a decision."""
    found = 0
    for h in (h for h in main if h.kind == "dotted"):
        found += bool(DECISION.search(text, h.end, ends[id(h)]))
        if found >= 2:
            return True
    return False


def _main_family(hs: list[Heading]) -> list[Heading]:
    """Dash-numbered or labelled headings, whichever the document uses more; table rows last."""
    dash = [h for h in hs if h.kind in ("dash", "dotted")]
    labelled = [h for h in hs if h.kind in ("labelled", "inline", "trailing")]
    if dash or labelled:
        return dash if len(dash) > len(labelled) else labelled
    return [h for h in hs if h.kind == "row"]


def _pv_repeat(text: str, hs: list[Heading], h: Heading) -> bool:
    """A "PV … est approuvé" sentence right under its own heading is not another item."""
    if h.kind != "sentence":
        return False
    prev = [x for x in hs if x.end <= h.start]
    return bool(prev) and prev[-1].kind == "keyword" and not text[prev[-1].end:h.start].strip()


def _increasing(hs: list[Heading]) -> list[Heading]:
    """Drop dash-numbered headings that break the increasing order (longest run kept)."""
    hs = sorted(hs, key=lambda h: h.start)
    dash = [h for h in hs if h.kind in ("dash", "dotted")]
    best: list[list[Heading]] = []
    for h in dash:
        n = int(h.number.value)
        prev = [c for c in best if int(c[-1].number.value) < n]
        best.append(max(prev, key=len, default=[]) + [h])
    keep = {id(h) for h in max(best, key=len, default=[])}
    return [h for h in hs if h.kind not in ("dash", "dotted") or id(h) in keep]


def _add_markdown_items(text: str, hs: list[Heading], strong: list[Heading], b: int) -> list[Heading]:
    """A Markdown "# - Title" heading is an item when the item before it is closed."""
    out = list(strong)
    for h in (h for h in hs if h.kind == "markdown"):
        prev = max((x.start for x in out if x.start < h.start), default=None)
        nxt = min((x.start for x in out if x.start > h.start), default=b)
        if prev is not None and DECISION.search(text, prev, h.start) and DECISION.search(text, h.end, nxt):
            out.append(h)
    return sorted(out, key=lambda h: h.start)


# A short line set apart by blank lines (a web page's or a bulletin's sub-heading, "🏫 Cantine : …"),
# not closed by a full stop or left open ("Et aussi…").
PARAGRAPH_HEADING = re.compile(r"(?:\A|(?<=\n\n))[ \t]*(?P<rest>[^\n]{6,90}?)[ \t]*(?=\n[ \t]*\n)")
OPEN_OR_CLOSED = re.compile(r"(?:[.;,:!?…]|\.\.\.)$")
LEADING_SYMBOLS = re.compile(r"^[^\w«\"(]+")


def paragraph_headings(text: str, a: int, b: int) -> list[Heading]:
    """Sub-headings each followed by a paragraph that records a decision (three at least)."""
    cands = []
    for m in PARAGRAPH_HEADING.finditer(text, a, b):
        rest = m["rest"]
        lead = LEADING_SYMBOLS.match(rest)
        start = m.start("rest") + (lead.end() if lead else 0)
        if not OPEN_OR_CLOSED.search(rest) and start < m.end("rest"):
            cands.append(Heading(start, m.end("rest"), "paragraph", None, Spanned(text[start:m.end("rest")], start, m.end("rest"))))
    ends = [h.start for h in cands[1:]] + [b]
    found = [h for h, e in zip(cands, ends) if DECISION.search(text, h.end, e)]
    return found if len(found) >= 3 else []
