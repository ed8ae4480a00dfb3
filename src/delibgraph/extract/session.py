"""Sessions: one per distinct meeting date, with their text spans and header fields.

Adds (when ``ext.sessions`` is empty) one Session per distinct date stated by a
session heading ("SÉANCE DU 6 DÉCEMBRE 2023", "L'an deux mille vingt, le huit
juin", a title line "## Lundi 6 juillet 2020"), and fills each session's date,
start_time, place, convocation_date, president, secretary, members_in_office,
present_count and voters_count from the text around those headings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Extraction, Session, Spanned
from ..sources.base import Document
from .fastre import led_by
from .frenchtext import CIVILITY, DATE_RE, NUMBER_WORDS_RE, PERSON, find_dates, words_to_int
from .session_fields import MEMBERS_CELL, PRESENT_CELL, VOTERS_CELL, box_count, fullest, start_time, table_count
from .session_people import mayor, person_in as _person
from .session_place import place

_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
HEADING_RE = re.compile(  # a line that opens with the session's name and its date
    r"(?:^|\n)[#*\s]*(?:extrait\s+du\s+registre\s+des\s+d[ée]lib[ée]rations\s+)?"
    r"(?:(?:proc[èe]s[\s-]verbal|compte[\s-]rendu|pv)\s+(?:de\s+la\s+|du\s+)?)?"
    r"(?:s[ée]ance|r[ée]union|conseil\s+(?:municipal|communautaire|d['’]administration))"
    rf"(?:\s+[\w'’-]+){{0,3}}?\s+du\s+(?:{_WEEKDAY}\s+)?(?=\d)"
    rf"|(?:^|\n)[#*\s]*{_WEEKDAY}\s+(?=\d{{1,2}}(?:er)?\s+\S+\s+\d{{4}}"
    r"(?:\s*[,–-]?\s*(?:[àa]\s*)?\d{1,2}\s*h(?:eures?)?\s*\d{0,2})?[ \t*#]*(?:\n|$))", re.I)
CONFIRM_RE = re.compile(  # what a session's own header says near its heading
    r"(?i:sous\s+la\s+pr[ée]sidence|[ée]taient\s+pr[ée]sents|s['’]est\s+r[ée]uni|s['’][ée]tant\s+assembl)"
    r"|Pr[ée]sents\s*:\s*\D")
WINDOW = 4000  # characters after a heading that hold its header fields
PREAMBLE = 400  # characters before it (convocation lines)
NUM = rf"(?P<n>\d+|{NUMBER_WORDS_RE.pattern[2:-2]})"
_CAP = "A-ZÀ-ÖØ-Þ"  # the capitals a PERSON (or a CIVILITY before it) starts with
_PERSON_AFTER = rf"\s*:?[\s*_]*{CIVILITY}?[*_]*(?P<p>{PERSON})"  # markup allowed: "**M. X**"
PRESIDENT_RES = [
    led_by("sSſ", rf"(?i:sous\s+la\s+pr[ée]sidence\s+de){_PERSON_AFTER}"),
    led_by("sSſ", rf"(?i:sous\s+la\s+pr[ée]sidence\s+(?:de\s+(?:M\.|Monsieur|Madame|Mme)\s+(?:le|la)\s+|du\s+|de\s+la\s+)"
               rf"(?:maire|pr[ée]sidente?))(?:\s*,\s*|[ \t]+)"  # "sous la présidence du maire, Jean-Marc DELPECH"
               rf"{CIVILITY}?(?P<p>{PERSON})"),
    led_by("pP", rf"(?i:pr[ée]sident(?:e)?\s+de\s+(?:la\s+)?s[ée]ance)\s*:{_PERSON_AFTER}"),
    led_by(_CAP, rf"(?P<p>{PERSON})\s*,?\s+(?:a\s+[ée]t[ée]\s+|est\s+)proclam[ée]e?\s+Maire"),
    led_by("pP", rf"(?i:pr[ée]sid[ée]e?\s+par){_PERSON_AFTER}"),
    re.compile(rf"(?:^|\n)[ \t*_]*(?i:pr[ée]sidence|pr[ée]sident(?:e)?)[ \t*_]*:{_PERSON_AFTER}"),
    # "Mme X, Vice-présidente, présidant la séance par délégation du Maire", "M. X, qui préside (a présidé) la séance"
    led_by(_CAP, rf"{CIVILITY}?(?P<p>{PERSON})\s*,?(?:\s*[^,.;\n]{{1,40}},)?\s+(?:qui\s+)?"
                 rf"(?i:(?:a\s+)?pr[ée]sid(?:ant|e|[ée]e?)\s+(?:la\s+s[ée]ance|l['’]assembl[ée]e|la\s+r[ée]union))"),
    # "M. Jean ROUX, Maire, ouvre la séance"
    led_by(_CAP, rf"{CIVILITY}?(?P<p>{PERSON})\s*,?(?:\s*[^,.;\n]{{1,40}},)?\s+"
                 rf"(?i:(?:ouvre|a\s+ouvert|d[ée]clare\s+ouverte)\s+la\s+s[ée]ance)"),
    # "La séance est ouverte à 20h15 par M. Jean ROUX", "Ouverture de la séance par Mme X"
    led_by("sSſoO", rf"(?i:s[ée]ance\s+(?:est\s+|a\s+[ée]t[ée]\s+)?ouverte|ouverture\s+de\s+la\s+s[ée]ance)"
                   rf"[^.\n]{{0,40}}?\s(?i:par){_PERSON_AFTER}"),
]
# "Mme X a obtenu seize voix (16) et a été proclamée maire": the new mayor presides the installation session
PROCLAIMED_RE = led_by(_CAP, rf"{CIVILITY}?(?P<p>{PERSON})\s*,?\s+(?:(?:a|ayant)\s+obtenu[^.]{{0,80}}?\s+(?:et\s+)?)?"
                             rf"(?:a\s+[ée]t[ée]\s+|est\s+)(?:proclam[ée]e?|[ée]lue?)\s+(?i:maire)\b"
                             r"(?![\s-]+(?i:d[ée]l[ée]gu|adjoint|honoraire))")
SECRETARY_RES = [
    led_by("sSſ", rf"(?i:secr[ée](?:(?<=[éÉ])[ \t])?taire(?:\s+de\s+(?:la\s+)?s[ée]ance)?)[ \t*_]*:[ \t*_]*{CIVILITY}?(?P<p>{PERSON})"),
    led_by("dDnNéÉeE", rf"(?i:(?:d[ée]sign[ée]e?|nomm[ée]e?|[ée]lue?)\s+(?:comme\s+|en\s+qualit[ée]\s+de\s+)?"
               rf"secr[ée]taire(?:\s+de\s+s[ée]ance)?)\s*:{_PERSON_AFTER}"),
    led_by(_CAP, rf"{CIVILITY}?(?P<p>{PERSON})\s*(?:,[^,]{{0,200}}?,\s*)?(?:est|a\s+[ée]t[ée])\s+"
               rf"(?:nomm|d[ée]sign|[ée]lu)[ée]?e?\s+(?:[^.]{{0,60}}?)(?i:secr[ée]taire|pour\s+remplir\s+ces\s+fonctions)"),
    led_by("sSſ", rf"(?i:secr[ée]taire\s+de\s+s[ée]ance[^.]{{0,80}}?[àa]\s+savoir)\s+{CIVILITY}?(?P<p>{PERSON})"),
]
# "convoqué le 4 mai", "sur convocation du Maire en date⏎du 17 mars 2026" (one line break at most)
CONVOCATION_RE = led_by("c", r"convo(?:cation|qu[ée]e?s?)\b(?:[^.\n]|\n(?![ \t]*\n)){0,80}?(?=[\d$]|l['’]an|le\s)", re.I)
MEMBERS_RES = [
    led_by("e", rf"en\s+exerci[cs]e[\s*_]*:?[\s*_]*{NUM}", re.I),  # "**Conseillers en exercice :** 15"
    led_by(r"\d", rf"\b\d+\s+des\s+{NUM}\s+(?:conseillers|membres|[ée]lus|d[ée]l[ée]gu[ée]s)\b", re.I),  # "14 des 15 conseillers"
    led_by("e", rf"en\s+exerci[cs]e[^.]{{0,40}}?au\s+nombre\s+de\s+{NUM}", re.I),
    led_by("lc", rf"(?:l['’]appel|compos[ée]e?)\s+(?:nominal\s+)?de[s]?\s+{NUM}\s+(?:conseillers|membres)", re.I),
    led_by("mcad", rf"(?:membres|conseillers|administrateurs|d[ée]l[ée]gu[ée]s)\s+en\s+fonctions?\s*:?\s*{NUM}", re.I),  # "Membres en fonction : 19"
    led_by(r"\dzupdtqcshnvom", rf"\b{NUM}[ \t]+(?:membres|conseillers|d[ée]l[ée]gu[ée]s)(?:\s+(?:municipaux|"
           rf"communautaires|titulaires))?\s+en\s+exerci[cs]e\b", re.I),  # "compte vingt-sept membres en exerci[cs]e"
    # "Membres du Comité : 10", "Membres du conseil d'administration : 13" (the number alone on its line)
    led_by("mM", r"\bmembres\s+(?:du|de\s+la)\s+(?:comit[ée]|bureau|conseil|commission)(?:\s+(?:d['’]administration|"
                 r"syndical|municipal|communautaire))?[ \t*_]*:[ \t*_]*(?P<n>\d+)[ \t*_]*(?=[\n|;]|$)", re.I),
]
PRESENT_COUNT_RES = [led_by("p", r"\bpr[ée]sents?[ \t]*:?[ \t]*(?P<n>\d+)\b", re.I),
                     led_by(r"\d", r"\b(?P<n>\d+)[ \t]+pr[ée]sents?\b", re.I)]
VOTERS_COUNT_RES = [led_by("vt", r"\b(?:votants?|total\s+des\s+votes)[ \t]*:?[ \t]*(?P<n>\d+)\b", re.I),
                    led_by(r"\d", r"\b(?P<n>\d+)[ \t]+votants\b", re.I)]


def run(doc: Document, ext: Extraction) -> None:
    if not ext.sessions:
        ext.sessions = make_sessions(doc.text)
    for s in ext.sessions:
        fill_header(doc.text, s)


def anchors(text: str) -> list[Spanned[str]]:
    """Dates stated by session headings and "L'an ..." formulas, in text order."""
    return [Spanned(*x) for x in _anchors(text)]


@lru_cache(maxsize=8)  # asked once per session and by attendance
def _anchors(text: str) -> tuple[tuple[str, int, int], ...]:
    found = [d for d in find_dates(text) if L_AN.match(text, d.start, d.end)]
    for m in HEADING_RE.finditer(text):
        d = DATE_RE.match(text, m.end())
        if d and (ds := find_dates(text, d.start(), d.end())):
            found.append(ds[0])
    return tuple((x.value, x.start, x.end) for x in sorted(found, key=lambda x: x.start))


L_AN = re.compile(r"l['’]an\b", re.I)


def make_sessions(text: str) -> list[Session]:
    """One session per distinct anchor date; spans cut at each new date's first anchor."""
    firsts: dict[str, Spanned[str]] = {}
    for a in anchors(text):
        if a.value not in firsts and (not firsts or _confirmed(text, a)):
            firsts[a.value] = a
    if not firsts:
        dates = find_dates(text, 0, min(len(text), 3000))
        if not dates:
            return [Session(start=0, end=len(text))]
        firsts = {dates[0].value: dates[0]}
    starts = sorted(firsts.values(), key=lambda x: x.start)
    cuts = [0] + [_line_start(text, a.start) for a in starts[1:]] + [len(text)]
    return [Session(date=a, start=cuts[i], end=cuts[i + 1]) for i, a in enumerate(starts)]


TITLE_LINE_RE = re.compile(r"[#*\s]*(?:s[ée]ance|r[ée]union|conseil)\b[^\n]{0,70}", re.I)


def _confirmed(text: str, a: Spanned[str]) -> bool:
    """A later date opens a session with an "L'an" formula, a title line of its own ("Séance du
    9 février 2023", as in a répertoire) or header wording near it -- not a PV approval."""
    line_end = text.find("\n", a.end)
    line = text[_line_start(text, a.start):len(text) if line_end < 0 else line_end]
    return bool(L_AN.match(text, a.start, a.end) or TITLE_LINE_RE.fullmatch(line.strip())
                or CONFIRM_RE.search(text, a.end, a.end + 1500))


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def windows(text: str, s: Session) -> list[tuple[int, int]]:
    """Header regions of a session: after each anchor of its date."""
    wins = [(max(s.start, _line_start(text, a.start) - PREAMBLE), min(s.end, a.end + WINDOW))
            for a in anchors(text) if s.date and a.value == s.date.value and s.start <= a.start < s.end]
    return wins or [(s.start, min(s.end, s.start + WINDOW))]


def _first(text: str, wins: list[tuple[int, int]], regexes) -> re.Match | None:
    for rx in regexes:
        for a, b in wins:
            if m := rx.search(text, a, b):
                return m
    return None


def fill_header(text: str, s: Session) -> None:
    wins = windows(text, s)
    s.start_time = s.start_time or start_time(text, s, wins)
    s.place = s.place or place(text, wins, s)
    s.convocation_date = s.convocation_date or _convocation(text, wins)
    s.president = (s.president or _person(text, [(s.start, s.end)], [PROCLAIMED_RE])
                   or _person(text, wins, PRESIDENT_RES) or mayor(text, s))
    s.secretary = s.secretary or _person(text, wins, SECRETARY_RES)
    for role in ("president", "secretary"):
        if (p := getattr(s, role)) and " " not in p.value:
            p.value = fullest(text, p.value, s.start, s.end)
    for field, regexes, cell in (("members_in_office", MEMBERS_RES, MEMBERS_CELL),
                                 ("present_count", PRESENT_COUNT_RES, PRESENT_CELL),
                                 ("voters_count", VOTERS_COUNT_RES, VOTERS_CELL)):
        setattr(s, field, getattr(s, field) or _count(text, wins, regexes)
                or table_count(text, wins, cell) or box_count(text, wins, cell))


def _convocation(text: str, wins) -> Spanned[str] | None:
    for a, b in wins:
        for m in CONVOCATION_RE.finditer(text, a, b):
            dates = find_dates(text, m.end(), min(b, m.end() + 60))
            if COLUMN_GAP.search(m.group()) and (below := _below(text, m)):
                return below[0]  # a side column: the date is under its label
            if dates and dates[0].start - m.end() < 40:
                return dates[0]
    return None


COLUMN_GAP = re.compile(r"[ \t]{3,}|\t")


def _below(text: str, m: re.Match) -> list[Spanned[str]]:
    """Dates on the next line, in the column of a label ("Date de la convocation   L'an ..." / "22/06/2015")."""
    ls = _line_start(text, m.start())
    cell = [g.end() for g in COLUMN_GAP.finditer(text, ls, m.start())]
    col = (cell[-1] if cell else ls) - ls  # where the label's cell starts
    nl = text.find("\n", m.end())
    if nl < 0:
        return []
    eol = text.find("\n", nl + 1)
    line = text[nl + 1:len(text) if eol < 0 else eol]
    width = m.start() - ls - col + len(COLUMN_GAP.split(text[m.start():m.end()])[0])
    seg = line[max(col - 2, 0):col + width + 2]
    if len(line) <= col or COLUMN_GAP.fullmatch(seg):
        return []
    a = nl + 1 + max(col - 2, 0)
    return [d for d in find_dates(text, a, a + len(seg)) if d.start >= a]


def _count(text: str, wins, regexes) -> Spanned[int] | None:
    m = _first(text, wins, regexes)
    if not m:
        return None
    n = words_to_int(m["n"])
    return Spanned(n, m.start("n"), m.end("n")) if n is not None else None
