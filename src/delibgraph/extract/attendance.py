"""Attendance: present / excused / absent lists, proxies and changes during the session.

Reads the roll call under its headings ("Etaient présents :", "Absents excusés :",
"Procurations :", "ETAIT REPRESENTEE", ...) in each session's header, splits the
lists (commas, dashes, "et", one per line, civility words), reads proxies ("X
ayant donné pouvoir à Y", "X (procuration à Y)", "X représenté par Y", "X à Y"
under a proxy heading) and adds arrivals, departures and returns with the counts
printed with them. Names are kept as written, civility dropped; a proxy's holder
written as a role ("M. le Maire") is resolved to the session's president.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Extraction, Proxy, Session, Spanned
from ..sources.base import Document
from .attendance_changes import find_changes
from .attendance_columns import Row, column_views, table_rows
from .fastre import led_by
from .frenchtext import CIVILITY, PERSON, clean_person, fold, is_person_name
from .session import windows

_Q = r"(?:\(?e\)?)?(?:\(?s\)?)?"  # "(e)(s)", "e(s)", "s"
_TAIL = (r"(?:\s+(?:ayant|n['’]ayant|non|qui|avec|sans|en\s+application|par|et|excus|repr|"
         r"de\s+voter|[ée]crit)[^:\n]{0,200}?(?=:))?")
# a heading ends with a colon, a table cell or the line; a count may stand before: "Présents (12) :"
_END = r"(?:[ \t]*\([ \t]*\d{1,3}[ \t]*\))?[ \t*_]*(?::|\||(?=\n))[ \t*_]*"
# "Délégués présents", "Conseillers municipaux absents", "Membres excusés": who the list is of.
_WHO = (r"(?:(?:d[ée]l[ée]gu[ée]|conseill[eè]re?|membre|[ée]lu)s?(?:[ \t]+(?:titulaire|suppl[ée]ant|communautaire|"
        r"municipa(?:l|ux|le))s?)?[ \t]+)?")  # same line: "conseiller⏎⏎Excusé :" is a list's end
_WAS = rf"(?:(?:[ée]taient|[ée]tait|sont|est)\s+|{_WHO})"
# "Étaient présents les conseillers municipaux suivants :": who the list is of, after the word
_WHO_AFTER = (r"(?:[ \t]+(?:les\s+)?(?:conseill[eè]re?s|membres|d[ée]l[ée]gu[ée]e?s|[ée]lue?s)"
              r"(?:[ \t]+[^\W\d][\w'’-]*){0,3}?"
              r"|[ \t]+(?:mesdames|messieurs)(?:\s+et\s+(?:mesdames|messieurs))?(?=[ \t]*:))?")
_WAS_FIRST = "éesdcm"  # the letters _WAS (when not empty) starts with, read with re.I
HEADING_RES = [  # (kind, regex); a heading starts with a capital letter
    ("proxy", led_by("oa", rf"\b(?:ont|a)\s+donn[ée]{_Q}\s+(?:pouvoir|procuration)[^:\n]{{0,120}}:", re.I)),
    ("absent", led_by(_WAS_FIRST + "a", rf"\b{_WAS}?absent{_Q}\s+repr[ée]sent[ée]{_Q}{_TAIL}{_END}", re.I)),
    ("excused", led_by(_WAS_FIRST + "a", rf"\b(?:{_WAS}?absent{_Q}\s+|{_WAS})?excus[ée]{_Q}{_TAIL}{_END}", re.I)),
    ("absent", led_by(_WAS_FIRST + "a", rf"\b{_WAS}?absent{_Q}{_TAIL}{_END}", re.I)),
    ("proxy", led_by(_WAS_FIRST + "rp", rf"\b(?:{_WAS}?repr[ée]sent[ée]{_Q}{_TAIL}|procuration{_Q}|"
                         rf"pouvoirs|pouvoir\(s\)){_END}", re.I)),
    ("present", led_by(_WAS_FIRST + "p", rf"\b{_WAS}?pr[ée]sent{_Q}{_WHO_AFTER}{_END}", re.I)),
]
STOP_RE = led_by(
    r"saiflqonevmr\d\n",
    r"secr[ée]taire|rapporteur|\n[ \t]*\n[ \t]*(?=(?:\d{1,3}[ \t]*[).]|n[°o][ \t]*\d)[ \t])|assistai|invit[ée]|formant|le\s+quorum|\bsoit\b|\bquestions?\s+\d|ordre\s+du\s+jour|"
    r"nombre\s+d|est\s+d[ée]sign|a\s+[ée]t[ée]\s+d[ée]sign|il\s+a\s+[ée]t[ée]|les\s+conseillers|"
    r"(?-i:\d+[ \t]+(?:pr[ée]sents?|votants?|procurations?|absents?))\b|en\s+exercice|votants|"
    r"(?<=\n)(?:monsieur|madame)\s+le\s+(?:maire|pr[ée]sident)|\n#|\n\s*\n\s*(?=(?-i:[A-Z][a-z]+\s+[a-z]))", re.I)
SENTENCE_END = led_by(r".", r"(?<!\b[A-Z])(?<!\bMM)(?<!\bMme)(?<!\bMmes)(?<!\bMlle)(?<!\bDr)(?<!\bMe)\.(?=\s|$)")
INLINE_SEP = re.compile(r"[,;|]|\s[-–—]+\s|[-–—]{2,}|\s+et\s+")
# one name a line, or a grid of names apart by tabs ("NOM Prénom\tNOM Prénom"; not "pouvoir à\tX")
LINE_SEP = re.compile(r"[,;|]|\s[-–—]+\s|[-–—]{2,}|\s+et\s+|\s*\n\s*|"
                      r"(?<!\b[àa])(?<!\bau)(?<!\bpar)(?:[ ]*\t|[ ]{3,})\s*")
# "M. A DUPONT Mme B MARTIN", also at a line end and after a remark: "Mme X (UDAF)⏎M. Y"
CIV_SPLIT = re.compile(rf"(?:(?<=[^\W\d_])|(?<=\)))(?:[ \t]+|[ \t]*\n[ \t]*)(?={CIVILITY}[A-ZÀ-Þ])")
QUALIFIER = re.compile(r"\s*,?\s*(?:n['’]ayant\s+pas\s+donn[ée]\s+(?:de\s+)?(?:pouvoir|procuration)|"
                       r"\(?\s*excus[ée]e?s?\s*\)?|\(?\s*absente?s?\s*\)?)\s*$", re.I)
_GIVE = (r"(?:(?:qui\s+)?(?:ayant|a|avait|avaient|ont)\s+donn[ée]e?|donne|donnant|ayant\s+remis|remet)\s+"
         r"(?:un\s+|une\s+)?(?:pouvoir|pourvoir|procuration|d[ée]l[ée]gation)(?:\s+de\s+vote)?(?:\s+[ée]crite?)?")
PROXY_RES = [
    re.compile(rf"^(?P<g>.+?)\s*[,(]?\s*{_GIVE}\s+(?:à|a|au)\s+(?P<h>.+?)\)?$", re.I | re.S),
    re.compile(r"^(?P<g>.+?)\s*\(\s*(?:pouvoir|procuration|repr[ée]sent[ée]e?\s+par)\s+(?:donn[ée]e?\s+)?"
               r"(?:à\s+|au\s+)?(?P<h>[^)]+)\)", re.I | re.S),
    re.compile(r"^(?P<g>.+?)\s*,?\s+repr[ée]sent[ée]e?\s+par\s+(?P<h>.+)$", re.I | re.S),
    re.compile(r"^(?P<g>.+?)\s*[,:]?\s+(?:pouvoir|procuration)\s+(?:donn[ée]e?\s+)?(?:à|au)\s+(?P<h>.+)$", re.I | re.S),
    re.compile(r"^(?:pouvoir|procuration)\s+de\s+(?P<g>.+?)\s+(?:à|au)\s+(?P<h>.+)$", re.I | re.S),
]
HOLDER_FIRST_RE = re.compile(  # "M. B (pouvoir de Mme A)" in a list of those present
    r"^(?P<h>.+?)\s*[(,]\s*(?:porteur\s+d[ue]\s+|ayant\s+re[çc]u\s+|avec\s+)?(?:le\s+|un\s+)?"
    r"(?:pouvoir|procuration)\s+(?:de|d['’])\s*(?P<g>[^)]+)\)?$", re.I | re.S)
BARE_PROXY_RE = re.compile(r"^(?P<g>.+?)\s+(?:à|par)\s+(?P<h>.+)$", re.S)
ROLE_RE = re.compile(r"\b(?:le|la)\s+(?:maire|pr[ée]sidente?)\b", re.I)


@dataclass
class Section:
    kind: str
    start: int
    end: int
    proxy_heading: bool = False


def run(doc: Document, ext: Extraction) -> None:
    text = doc.text
    for s in ext.sessions:
        if not (s.present or s.excused or s.absent or s.proxies):
            read_roll_call(text, s)
        if not s.attendance_changes:
            members = [fold(p.value) for p in s.present + s.excused + s.absent]
            s.attendance_changes = find_changes(text, s.start, s.end, members)


def read_roll_call(text: str, s: Session) -> None:
    for a, b in windows(text, s):
        if rows := table_rows(text, a, b):
            fill_table(text, s, rows)
            return
        if cols := column_views(text, a, b, HEADING_RES):
            left, right, x, y = cols
            fill_lists(left, s, find_sections(left, a, b))
            fill_lists(right, s, find_sections(right, x, y))
            return
        sections = find_sections(text, a, b)
        if any(sec.kind != "stop" for sec in sections):
            fill_lists(text, s, sections)
            return


def find_sections(text: str, a: int, b: int) -> list[Section]:
    """Attendance headings in text[a:b] and the span of the list under each."""
    heads: list[tuple[int, int, str]] = []
    for kind, rx in HEADING_RES:
        for m in rx.finditer(text, a, b):
            if m.group()[:1].isupper() and not any(h[0] <= m.start() < h[1] for h in heads):
                heads.append((m.start(), m.end(), kind))
    heads += [(m.start(), m.end(), "stop") for m in STOP_RE.finditer(text, a, b)]
    heads.sort()
    heads = [h for i, h in enumerate(heads) if not (i and h[0] < heads[i - 1][1])]
    out = []
    for i, (hs, he, kind) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else b
        if m := SENTENCE_END.search(text, he, end):
            end = m.start()
        if kind != "stop" and not re.match(r"\s*\d", text[he:end]):
            proxy = kind == "proxy" or bool(re.search(r"pouvoir|procuration|repr[ée]sent", text[hs:he], re.I))
            out.append(Section(kind, he, end, proxy))
    return out


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
        sep = re.compile(f"{GROUP_LABEL.pattern}|{sep.pattern}", re.M)
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


# "SAINT-AUBIN : A, B" / "Titulaires : C, D": a group label opening a line of a list
GROUP_LABEL = re.compile(rf"^[ \t•*\-]*(?!{CIVILITY})[A-ZÀ-Þ][^\n:,;()\d]{{1,60}}?[ \t]*:[ \t]*"
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


# "Mme X, Maire ; M. Y" / "Mr X Alain (maire), Mme Y": the chair named in the list
def _role_line_end(raw: str) -> int:
    """The line end after a leading non-name ("Maire", "1re adjointe") when a name follows, else -1."""
    nl = raw.rfind("\n", 0, len(raw.rstrip()))
    if nl <= 0 or is_person_name(clean_person(raw[:nl])) or not is_person_name(clean_person(raw[nl + 1:])):
        return -1
    return nl


CHAIR_IN_LIST = re.compile(rf"(?:{CIVILITY})?(?P<p>{PERSON})\s*(?:,|\()\s*(?:(?i:maire)|Pr[ée]sidente?)\b"
                           r"(?!\s*(?:d[ée]l[ée]gu|adjoint))")


def fill_lists(text: str, s: Session, sections: list[Section]) -> None:
    for sec in sections:
        if sec.kind == "present" and s.president is None and (m := CHAIR_IN_LIST.search(text, sec.start, sec.end)):
            s.president = Spanned(clean_person(m["p"]), m.start("p"), m.end("p"))  # "Mme X, Maire ; M. Y"
        for a, b in entries(text, sec.start, sec.end):
            _entry(text, s, sec, a, b)
    _dedupe(s)


def fill_table(text: str, s: Session, rows: list[Row]) -> None:
    """Members read from an attendance table: status and proxy holder per row."""
    for kind, (a, b), holder in rows:
        if not (p := person(text, a, b)):
            continue
        if holder and (h := _holder(text, s, *holder)):
            s.proxies.append(Proxy(p, h))
        _add(s, kind, p)
    _dedupe(s)


def _entry(text: str, s: Session, sec: Section, a: int, b: int) -> None:
    piece = text[a:b]
    regexes = PROXY_RES + ([BARE_PROXY_RE] if sec.proxy_heading else [])
    if sec.kind == "present":
        regexes = [HOLDER_FIRST_RE]
    m = next((m for rx in regexes if (m := rx.search(piece))), None)
    if m and sec.kind == "present":
        holder, giver = person(text, a + m.start("h"), a + m.end("h")), person(text, a + m.start("g"), a + m.end("g"))
        if holder and giver:
            s.proxies.append(Proxy(giver, holder))
            _add(s, "present", holder)
            s.excused.append(giver)
        return
    if m:
        giver = person(text, a + m.start("g"), a + m.end("g"))
        holder = _holder(text, s, a + m.start("h"), a + m.end("h"))
        if giver and holder:
            s.proxies.append(Proxy(giver, holder))
        if giver:  # "X (représenté par sa suppléante)": no named holder, X is still excused
            _add(s, _kind(sec, piece, "excused"), giver, only_new=sec.kind == "proxy")
        return
    if p := person(text, a, b):
        _add(s, _kind(sec, piece, sec.kind), p)


EXCUSED_NOTE = re.compile(r"\(\s*excus[ée]e?s?\b", re.I)  # "Absents : M. X (excusé), Mme Y"


def _kind(sec: Section, piece: str, default: str) -> str:
    if sec.kind == "absent":
        return "excused" if EXCUSED_NOTE.search(piece) else "absent"
    return "excused" if sec.kind == "proxy" else default


def _holder(text: str, s: Session, a: int, b: int) -> Spanned[str] | None:
    if ROLE_RE.search(text[a:b]) and s.president:
        return Spanned(s.president.value, a, b)
    return person(text, a, b)


def _add(s: Session, kind: str, p: Spanned[str], only_new: bool = False) -> None:
    if only_new and any(fold(x.value) == fold(p.value) for x in s.excused + s.absent):
        return
    getattr(s, kind).append(p)


def _dedupe(s: Session) -> None:
    for kind in ("present", "excused", "absent"):
        seen, keep = set(), []
        for p in getattr(s, kind):
            if fold(p.value) not in seen:
                seen.add(fold(p.value))
                keep.append(p)
        setattr(s, kind, keep)
    for role in ("president", "secretary"):
        p = getattr(s, role)
        if p and " " not in p.value:
            full = next((x.value for x in s.present if fold(x.value).endswith(" " + fold(p.value))), None)
            p.value = full or p.value
