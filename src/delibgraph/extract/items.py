"""Deliberations: split each session into items; fill number, title and rapporteur.

Adds ``Deliberation(start, end, number, title, rapporteur)`` to every session that
has none yet (one session covering the document is created when there is none).
An item's span runs from its heading to the next item (its exposé, debate,
dispositif, vote and annexes); agenda entries without a body are not items.
"""

from __future__ import annotations

import re

from ..model import Deliberation, Extraction, Session, Spanned
from ..sources.base import Document
from .frenchtext import clean_person, fold
from .headings import CLOSING, DECISION, Heading, find_headings
from .titles import clean_title, dash_title, labelled_title

NUMBERED = ("dash", "labelled", "inline", "trailing")
_NAME = r"[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’\-]*|de|du|le|la|d['’]\w+)){0,5}"
_CIVILITY = r"(?:Monsieur|Madame|M\.|Mme|MM\.)"
_ROLE = r"(?:[Ll]e|[Ll]a)\s+(?:[Mm]aire|[Pp]r[ée]sidente?)"
RAPPORTEUR_LABEL = re.compile(rf"Rapporteure?s?\s*:\s*(?P<name>{_CIVILITY}?\s*{_NAME})")
RAPPORTEUR_VERB = re.compile(
    rf"^[ \t•\-*]*(?P<name>{_CIVILITY}\s+(?:{_ROLE}|{_NAME}))(?:\s*,[^,\n]{{0,140}},?)?\s+"
    r"(?P<verb>expose|pr[ée]sente\s+(?:le\s+(?:rapport|projet|dossier|point)|la\s+d[ée]lib)|propose|indique|explique|"
    r"rapporte|donne\s+lecture)\b", re.M)
ROLE = re.compile(rf"^{_ROLE}\b")
TITLE_BEFORE_RAPPORTEUR = re.compile(r"(?:^|\n\s*\n)(?P<t>[^\n]+(?:\n[^\n]+){0,3})\s*\n\s*\n?\s*Rapporteur", re.I)
OBJECT_LINE = re.compile(r"^\s*(?:Objet|OBJET)\s*:\s*(?P<t>[^\n]+)", re.M)


def run(doc: Document, ext: Extraction) -> None:
    text = doc.text
    if not ext.sessions:
        ext.sessions.append(Session(start=0, end=len(text)))
    for s in ext.sessions:
        if s.deliberations:
            continue
        a = max(s.start, 0)
        b = s.end if s.end > a else len(text)
        s.deliberations = segment(text, a, b, alone=len(ext.sessions) == 1)
        for d in s.deliberations:
            d.rapporteur = find_rapporteur(text, d, s, ext.sessions)


def segment(text: str, a: int, b: int, alone: bool = True) -> list[Deliberation]:
    """The items of text[a:b], in order; one item for the whole region if none is headed."""
    heads = choose_headings(text, find_headings(text, a, b), b)
    if not heads:
        if not alone and not DECISION.search(text, a, b):
            return []
        d = Deliberation(start=a, end=b)
        d.title = fallback_title(text, a, b)
        return [d]
    out = []
    for i, h in enumerate(heads):
        end = heads[i + 1].start if i + 1 < len(heads) else _closing(text, h.end, b)
        start = a if len(heads) == 1 and h.kind in ("inline", "trailing") else h.start
        if h.kind == "row":
            end = min(end, _line_end(text, h.start, end))
        d = Deliberation(number=h.number, start=start, end=end)
        d.title = heading_title(text, h, end)
        out.append(d)
    return out


def _nth_line_end(text: str, pos: int, n: int) -> int:
    """End of the n-th non-blank line from pos."""
    for m in re.finditer(r"[^\n]*\S[^\n]*", text[pos:pos + 3000]):
        n -= 1
        if n == 0:
            return pos + m.end()
    return pos + 3000


def _line_end(text: str, pos: int, stop: int) -> int:
    nl = text.find("\n", pos, stop)
    return stop if nl < 0 else nl


def _closing(text: str, pos: int, b: int) -> int:
    m = CLOSING.search(text, pos, b)
    return m.start() if m else b


def _body(text: str, h: Heading, stop: int) -> str:
    return text[h.end:stop].strip()


def choose_headings(text: str, hs: list[Heading], b: int) -> list[Heading]:
    """Numbered headings with a body (one per number, in order), plus unnumbered items."""
    main = [h for h in hs if h.kind != "markdown" and not _pv_repeat(text, hs, h)]
    ends = {id(h): (main[i + 1].start if i + 1 < len(main) else b) for i, h in enumerate(main)}
    best: dict[str, tuple[int, Heading]] = {}
    for h in _main_family(main):
        e = ends[id(h)]
        if len(_body(text, h, e)) < 40 and h.kind != "row":
            continue
        key = fold(h.number.value)
        if key not in best or e - h.start > best[key][0]:
            best[key] = (e - h.start, h)
    numbered = _increasing([h for _, h in best.values()])
    strong = sorted(numbered + [h for h in main if h.kind in ("keyword", "sentence")
                                and _body(text, h, ends[id(h)])], key=lambda h: h.start)
    return _add_markdown_items(text, hs, strong, b)


def _main_family(hs: list[Heading]) -> list[Heading]:
    """Dash-numbered or labelled headings, whichever the document uses more; table rows last."""
    dash = [h for h in hs if h.kind == "dash"]
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
    dash = [h for h in hs if h.kind == "dash"]
    best: list[list[Heading]] = []
    for h in dash:
        n = int(h.number.value)
        prev = [c for c in best if int(c[-1].number.value) < n]
        best.append(max(prev, key=len, default=[]) + [h])
    keep = {id(h) for h in max(best, key=len, default=[])}
    return [h for h in hs if h.kind != "dash" or id(h) in keep]


def _add_markdown_items(text: str, hs: list[Heading], strong: list[Heading], b: int) -> list[Heading]:
    """A Markdown "# - Title" heading is an item when the item before it is closed."""
    out = list(strong)
    for h in (h for h in hs if h.kind == "markdown"):
        prev = max((x.start for x in out if x.start < h.start), default=None)
        nxt = min((x.start for x in out if x.start > h.start), default=b)
        if prev is not None and DECISION.search(text, prev, h.start) and DECISION.search(text, h.end, nxt):
            out.append(h)
    return sorted(out, key=lambda h: h.start)


def heading_title(text: str, h: Heading, stop: int) -> Spanned[str] | None:
    rest = h.title
    if h.kind == "dash":
        return dash_title(text, h, stop, rest.start)
    if h.kind == "labelled":
        return labelled_title(text, h, rest.value, rest.start, stop)
    if h.kind == "sentence":
        return Spanned(clean_title(rest.value[:1].upper() + rest.value[1:]), rest.start, rest.end)
    return Spanned(clean_title(rest.value), rest.start, rest.end)


def fallback_title(text: str, a: int, b: int) -> Spanned[str] | None:
    """An unheaded extract: the "Objet :" line or the paragraph over "Rapporteur :"."""
    for rx in (OBJECT_LINE, TITLE_BEFORE_RAPPORTEUR):
        m = rx.search(text, a, b)
        if m:
            return Spanned(clean_title(m["t"]), m.start("t"), m.end("t"))
    return None


def find_rapporteur(text: str, d: Deliberation, s: Session, sessions: list[Session]) -> Spanned[str] | None:
    """The member who presents the item; "Monsieur le Maire" is the session's president."""
    a = d.title.end if d.title and d.title.start >= d.start else d.start
    b = min(d.end, _nth_line_end(text, a, 4))
    m = RAPPORTEUR_LABEL.search(text, d.start, b)
    if not m:
        verbs = list(RAPPORTEUR_VERB.finditer(text, a, b))
        m = next((v for v in verbs if v["verb"] == "expose"), verbs[0] if verbs else None)
    if not m:
        return None
    name = clean_person(m["name"])
    if ROLE.match(name):
        pres = s.president or next((x.president for x in sessions if x.president), None)
        return Spanned(pres.value, m.start("name"), m.end("name")) if pres else None
    return Spanned(name, m.start("name"), m.start("name") + len(m["name"].rstrip()))
