"""Attendance changes: arrivals, departures and returns printed during a session.

"Départ de M. X (procuration à Y)", "M. X quitte la séance et donne pouvoir à Y",
"Arrivée de Mme Z à la question 5", with the item they happen at and the counts
printed with them (présents / votants).
"""

from __future__ import annotations

import re

from ..model import AttendanceChange, Spanned
from .fastre import led_by
from .frenchtext import CIVILITY, PERSON, clean_person, fold

_PROXY_TO = (rf"(?:\s*[(,]?\s*(?:et\s+)?(?:(?i:donne|donnant|ayant\s+donn[ée]|a\s+donn[ée])\s+)?(?:un\s+)?"
             rf"(?i:procuration|pouvoir)\s+(?:donn[ée]e?\s+)?(?:à|au)\s+(?:{CIVILITY})?(?P<to>{PERSON})\s*\)?)?")
_AT_ITEM = (r"(?:\s+(?i:[àa]|avant|apr[èe]s|lors\s+de|pendant)\s+(?i:la\s+|le\s+|l['’])?"  # "à la question 5"
            r"(?i:question|point|d[ée]lib[ée]ration|affaire)\s+(?:n°\s*)?(?P<q>\d+))?")
CHANGE_RES = [  # "Départ de M. X (procuration à Y)" / "M. X quitte la séance et donne pouvoir à Y"
    led_by("dDsSſrRaA",
           rf"(?P<ev>(?i:d[ée]part|sortie|retour|arriv[ée]e))\s+(?i:de)\s+(?P<civ>{CIVILITY})?(?P<p>{PERSON})"
               + _AT_ITEM + _PROXY_TO),
    led_by("MD", rf"(?P<civ>{CIVILITY})(?P<p>{PERSON})\s*,?\s+(?P<ev>quitte|a\s+quitt[ée]|sort|rejoint|a\s+rejoint|"
               rf"revient|r[ée]int[èe]gre|entre|arrive)\s+(?:de\s+|dans\s+|en\s+)?(?:la\s+|l['’])?"
               rf"(?i:s[ée]ance|salle|assembl[ée]e)\b(?:(?!(?i:procuration|pouvoir))[^(,.\n]){{0,40}}" + _PROXY_TO),
    led_by("MD", rf"(?P<civ>{CIVILITY})(?P<p>{PERSON})\s*,?\s+(?P<ev>se\s+retire|arrive)(?=\s*[.,(]|\s+à\s+\d)"
               + _PROXY_TO),
]
EVENTS = {"depart": "leaves", "sortie": "leaves", "retour": "returns", "arrivee": "arrives", "quitte": "leaves",
          "a quitte": "leaves", "se retire": "leaves", "sort": "leaves", "rejoint": "arrives",
          "a rejoint": "arrives", "arrive": "arrives", "revient": "returns", "reintegre": "returns"}
QUESTIONS_RE = re.compile(r"questions?\s+(?:n°\s*)?(?P<a>\d+)\s*(?:(?:à|a|et)\s+(?P<b>\d+|la\s+fin))?", re.I)
ITEM_RE = re.compile(r"(?:^|\n)[#*\s]*(?:D[ée]lib[ée]ration\s+)?n\s*(?P<sup>[°º²o]?)\.?\s*(?P<n>\d[\w/\-]*)\b", re.I)
VOTED_RE = re.compile(r"apr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée]|ADOPT[ÉE]", re.I)
CHANGE_COUNTS = {"present": [re.compile(r"\b(?P<n>\d+)[ \t]+pr[ée]sents?\b", re.I),
                             re.compile(r"\bpr[ée]sents?[ \t]*:?[ \t]*(?P<n>\d+)\b", re.I)],
                 "voters": [re.compile(r"\b(?P<n>\d+)[ \t]+votants?\b", re.I),
                            re.compile(r"\bvotants?[ \t]*:?[ \t]*(?P<n>\d+)\b", re.I)]}


def find_changes(text: str, a: int, b: int, members: list[str] = ()) -> list[AttendanceChange]:
    """Arrivals, departures and returns of members printed in text[a:b] (first print of each)."""
    out: list[AttendanceChange] = []
    found = sorted((m for rx in CHANGE_RES for m in rx.finditer(text, a, b)), key=lambda m: m.start())
    for m in found:
        who = Spanned(clean_person(m["p"]), m.start("p"), m.end("p"))
        if not (m["civ"] or any(_same(who.value, x) for x in members)):
            continue
        ev = fold(m["ev"])
        ch = AttendanceChange(who, EVENTS.get(ev, "arrives" if ev.startswith("entre") else "leaves"))
        if m["to"]:
            ch.proxy_to = Spanned(clean_person(m["to"]), m.start("to"), m.end("to"))
        ch.from_item, ch.to_item = _items(text, a, m.start(), m.end())
        if m.groupdict().get("q") and ch.from_item != m["q"]:
            ch.from_item, ch.to_item = m["q"], None
        for key, rxs in CHANGE_COUNTS.items():
            setattr(ch, key, _count_after(text, m.end(), min(b, m.end() + 200), rxs))
        if not any(_same(c.person.value, who.value) and c.event == ch.event for c in out[-2:]):
            out.append(ch)
    return out


def _same(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    return fa == fb or fa.endswith(" " + fb) or fb.endswith(" " + fa)


def _items(text: str, a: int, pos: int, end: int) -> tuple[str | None, str | None]:
    q = None
    for q in QUESTIONS_RE.finditer(text, max(a, pos - 120), pos):
        pass
    if q is None:  # "Départ de M. X." then "Questions 3 à 5 : 10 présents" on the next line
        stop = text.find("\n\n", end, end + 150)
        q = QUESTIONS_RE.search(text, end, end + 150 if stop < 0 else stop)
    if q:
        return q["a"], q["b"] if q["b"] and q["b"].isdigit() else None
    last = None
    for last in ITEM_RE.finditer(text, a, pos):
        pass
    if last and VOTED_RE.search(text, last.end(), pos):
        nxt = ITEM_RE.search(text, pos)
        return (_number(nxt) if nxt else None), None
    return (_number(last) if last else None), None


def _number(m: re.Match) -> str:
    return ("2" if m["sup"] == "²" else "") + m["n"]  # OCR reads "n°2..." as "n²..."


def _count_after(text: str, a: int, b: int, rxs) -> Spanned[int] | None:
    for rx in rxs:
        if m := rx.search(text, a, b):
            return Spanned(int(m["n"]), m.start("n"), m.end("n"))
    return None
