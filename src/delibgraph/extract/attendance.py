"""Attendance: present / excused / absent lists, proxies and changes during the session.

Reads the roll call under its headings ("Etaient présents :", "Absents excusés :",
"Procurations :", "ETAIT REPRESENTEE", ...) in each session's header, splits the
lists (commas, dashes, "et", one per line, civility words), reads proxies ("X
ayant donné pouvoir à Y", "X (procuration à Y)", "X représenté par Y", "X à Y"
under a proxy heading) and adds arrivals, departures and returns with the counts
printed with them. Names are kept as written, civility dropped; a proxy's holder
written as a role ("M. le Maire") is resolved to the session's president.
List entries are split and read by :mod:`.attendance_lists`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Extraction, Proxy, Session, Spanned
from ..sources.base import Document
from .attendance_changes import find_changes
from .attendance_columns import Row, column_views, table_rows
from .attendance_lists import entries, person
from .fastre import led_by
from .frenchtext import CIVILITY, PERSON, clean_person, fold
from .session import windows

_Q = r"(?:\(?e\)?)?(?:\(?s\)?)?"  # "(e)(s)", "e(s)", "s"
_TAIL = (r"(?:\s+(?:ayant|n['’]ayant|non|qui|avec|sans|en\s+application|par|et|excus|repr|"
         r"de\s+voter|[ée]crit)[^:\n]{0,200}?(?=:))?")
# a heading ends with a colon, a table cell or the line; a count may stand before: "Présents (12) :"
_END = r"(?:[ \t]*\([ \t]*\d{1,3}[ \t]*\))?[ \t*_]*(?::|\||(?=\n))[ \t*_]*"
# "Délégués présents", "Conseillers municipaux absents", "Membres excusés", "Membres du bureau présents".
_WHO = (r"(?:(?:d[ée]l[ée]gu[ée]|conseill[eè]re?|membre|[ée]lu)s?(?:[ \t]+(?:titulaire|suppl[ée]ant|communautaire|"
        r"municipa(?:l|ux|le))s?|[ \t]+du[ \t]+(?:bureau|comit[ée]))?[ \t]+)?")  # "Membres du bureau présents"
# (same line: "conseiller⏎⏎Excusé :" is a list's end)
_WAS = rf"(?:(?:[ée]taient|[ée]tait|sont|est)\s+|{_WHO})"
# "Étaient présents les conseillers municipaux suivants :": who the list is of, after the word
_WHO_AFTER = (r"(?:[ \t]+(?:les\s+)?(?:conseill[eè]re?s|membres|d[ée]l[ée]gu[ée]e?s|[ée]lue?s)"
              r"(?:[ \t]+[^\W\d][\w'’-]*){0,3}?"
              r"|[ \t]+(?:mesdames|messieurs)(?:\s+et\s+(?:mesdames|messieurs))?(?=[ \t]*:))?")
# "Présents à l'ouverture de la séance (26) :": when the roll was called
_WHEN = (r"(?:[ \t]+(?:(?:(?:[àa]|lors[ \t]+de)[ \t]+l['’]ouverture|en[ \t]+d[ée]but|au[ \t]+d[ée]but)"
         r"[ \t]+de[ \t]+(?:la[ \t]+)?s[ée]ance|(?:[àa]|lors[ \t]+de)[ \t]+l['’]appel(?:[ \t]+nominal)?))?")
_WAS_FIRST = "éesdcm"  # the letters _WAS (when not empty) starts with, read with re.I
HEADING_RES = [  # (kind, regex); a heading starts with a capital letter
    ("proxy", led_by("oa", rf"\b(?:ont|a)\s+donn[ée]{_Q}\s+(?:pouvoir|procuration)[^:\n]{{0,120}}:", re.I)),
    # "Ab sents excusés :", "Pré sents :", "Secré taire" below: a scan may split a heading word
    ("absent", led_by(_WAS_FIRST + "a", rf"\b{_WAS}?ab(?:(?<=b)[ \t])?sent{_Q}\s+repr[ée]sent[ée]{_Q}{_TAIL}{_END}", re.I)),
    ("excused", led_by(_WAS_FIRST + "a", rf"\b(?:{_WAS}?ab(?:(?<=b)[ \t])?sent{_Q}\s+|{_WAS})?excus[ée]{_Q}{_TAIL}{_END}", re.I)),
    ("absent", led_by(_WAS_FIRST + "a", rf"\b{_WAS}?ab(?:(?<=b)[ \t])?sent{_Q}{_TAIL}{_END}", re.I)),
    ("proxy", led_by(_WAS_FIRST + "rp", rf"\b(?:{_WAS}?repr[ée]sent[ée]{_Q}{_TAIL}|procuration{_Q}|"
                         rf"pouvoirs|pouvoir\(s\)|pouvoir(?=[ \t]*:)){_END}", re.I)),  # "Pouvoir : M. A à M. B"
    # "Pré sents :": a scan may split the word after its accent
    ("present", led_by(_WAS_FIRST + "p", rf"\b{_WAS}?pr[ée](?:(?<=é)[ \t])?sent{_Q}{_WHEN}{_WHO_AFTER}{_END}", re.I)),
]
STOP_RE = led_by(
    r"saiflqonevmr\d\n",
    r"secr[ée](?:(?<=é)[ \t])?taire|rapporteur|\n[ \t]*\n[ \t]*(?=(?:\d{1,3}[ \t]*[).]|n[°o][ \t]*\d)[ \t])|assistai|invit[ée]|formant|le\s+quorum|\bsoit\b|\bquestions?\s+\d|ordre\s+du\s+jour|"
    r"nombre\s+d|est\s+d[ée]sign|a\s+[ée]t[ée]\s+d[ée]sign|il\s+a\s+[ée]t[ée]|les\s+conseillers|"
    r"(?-i:\d+[ \t]+(?:pr[ée]sents?|votants?|procurations?|absents?))\b|en\s+exerci[cs]e|votants|"
    r"\n[ \t]*\n(?=[^\n]{0,80}?\b(?:est|a\s+[ée]t[ée])\s+(?:d[ée]sign|nomm|[ée]lu))|"  # "⏎⏎M. X est désigné"
    r"(?<=\n)(?:monsieur|madame)\s+le\s+(?:maire|pr[ée]sident)|\n#|\n\s*\n\s*(?=(?-i:[A-Z][a-z]+\s+[a-z]))", re.I)
SENTENCE_END = led_by(r".", r"(?<!\b[A-ZÀ-Þ])(?<!\bMM)(?<!\bMme)(?<!\bMmes)(?<!\bMlle)(?<!\bDr)(?<!\bMe)\.(?=\s|$)")
_GIVE = (r"(?:(?:qui\s+)?(?:ayant|a|avait|avaient|ont)\s+donn[ée]e?|donne|donnant|ayant\s+remis|remet)\s+"
         r"(?:un\s+|une\s+)?(?:pouvoir|pourvoir|procuration|d[ée]l[ée]gation)(?:\s+de\s+vote)?(?:\s+[ée]crite?)?")
PROXY_RES = [
    re.compile(rf"^(?P<g>.+?)\s*[,(]?\s*{_GIVE}\s+(?:à|a|au)\s+(?P<h>.+?)\)?$", re.I | re.S),
    re.compile(r"^(?P<g>.+?)\s*\(\s*(?:pou[ \t]?voir|procuration|repr[ée]sent[ée]e?\s+par)\s+(?:donn[ée]e?\s+)?"
               r"(?:[àa]\s+(?!(?:[ée]t[ée]|donn)\b)|au\s+)?(?P<h>[^)]+)\)", re.I | re.S),  # "a" for "à" when typed fast
    re.compile(r"^(?P<g>.+?)\s*,?\s+repr[ée]sent[ée]e?\s+par\s+(?P<h>.+)$", re.I | re.S),
    re.compile(r"^(?P<g>.+?)\s*[,:]?\s+(?:pouvoir|procuration)\s+(?:donn[ée]e?\s+)?(?:à|a(?!\s+(?:[ée]t[ée]|donn))|au)\s+"
               r"(?P<h>.+)$", re.I | re.S),
    re.compile(r"^(?:pouvoir|procuration)\s+de\s+(?P<g>.+?)\s+(?:à|au)\s+(?P<h>.+)$", re.I | re.S),
]
HOLDER_FIRST_RE = re.compile(  # "M. B (pouvoir de Mme A)" in a list of those present
    r"^(?P<h>.+?)\s*[(,]\s*(?:porteur\s+d[ue]\s+|ayant\s+re[çc]u\s+|avec\s+)?(?:le\s+|un\s+)?"
    r"(?:pouvoir|procuration)\s+(?:de|d['’])\s*(?P<g>[^)]+)\)?$", re.I | re.S)
BARE_PROXY_RE = re.compile(r"^(?P<g>.+?)\s+(?:à|À|par|PAR)\s+(?P<h>.+)$", re.S)  # "M. X PAR M. Y" in capitals
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


# "Mme X, Maire ; M. Y" / "Mr X Alain (maire), Mme Y": the chair named in the list
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
