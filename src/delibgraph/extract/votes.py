"""Votes: outcome, unanimity, counts (for / against / abstain / not voting) and names.

Fills ``outcome`` and ``vote`` of every deliberation from the text of its span:
"adopté à l'unanimité", "à la majorité (16 voix pour et 2 voix contre : M. X)",
"Pour : 25 Contre : 4", "(2 abstentions de M. X et M. Y)", secret-ballot results,
"ajournée", "retiré", "rejeté", "prend acte". Blank or spoiled ballots and
abstentions make ``unanimous`` false (../shared/gold/NOTES.md).
"""

from __future__ import annotations

import re

from ..model import Deliberation, Extraction, Spanned
from ..sources.base import Document
from .frenchtext import clean_person, split_names, words_to_int

_N = r"(?P<n>\d+|\b(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\b|/|\bn[ée]ant\b)"
UNANIMITY = re.compile(r"\bunanimit[ée]|\bunanimement\b", re.I)
UNANIMITY_OTHER = re.compile(r"^\s*de\s+ses\s+membres|^\s*(?:des\s+membres\s+)?pour\s+remplir", re.I)
# Votes that are not the item's: the secretary's designation, the urgency of the session.
NOT_ITEM_VOTE = re.compile(r"secr[ée]taire|L\.?\s?2121-15|\burgence\b", re.I)
MAJORITY = re.compile(r"(?:\bà\s+la\s+|^\|?\s*|\|\s*)majorit[ée](?!\s+(?:absolue|relative|qualifi|des\s+membres))",
                      re.I | re.M)
FOR = [re.compile(p, re.I) for p in (
    rf"\bpour\s*:\s*{_N}", rf"{_N}\s+voix\s+pour\b")]
AGAINST = [re.compile(p, re.I) for p in (
    rf"\bcontre\s*:\s*{_N}", rf"{_N}\s+(?:voix\s+|votes?\s+)?contre\b")]
ABSTAIN = [re.compile(p, re.I) for p in (
    rf"\babstentions?(?:\(s\))?\s*:\s*{_N}", rf"{_N}\s+abstentions?\b", rf"ont\s+refus[ée]\s+de\s+voter\s*:\s*{_N}")]
NOT_VOTING = [re.compile(p, re.I) for p in (
    rf"non[- ]votants?(?:\(s\))?\s*:\s*{_N}", rf"{_N}\s+non[- ]votants?",
    rf"ne\s+prenant\s+pas\s+part\s+au\s+vote\s*:\s*{_N}", rf"{_N}\s+(?:membres?|conseillers?|[ée]lus?)\s+ne\s+"
    r"pren\w+\s+pas\s+part")]
BALLOT_FOR = re.compile(r"\bobtenu\b[^\n]{0,3}(?:\n?[^\n]{0,120}?)\b(?P<n>\d+)\s*voix", re.I)
BLANK = re.compile(r"(?:bulletins?|suffrages?|votes?)\s+(?:d[ée]clar[ée]s\s+)?(?:nuls?|blancs?)\s*:?\s*(?P<n>\d+)", re.I)
NAMES_AFTER = re.compile(r"\s*(?:\(\s*|:\s*|de\s+|d['’])(?P<names>[^()\n]{3,200}?)"
                         r"(?:\)|\n|$|(?<!\bM)(?<!\bMM)(?<!\bMme)\.(?:\s|$))")
PERSON = re.compile(r"(?:\bM\.|\bMme|\bMonsieur|\bMadame|\bMM\.)\s+(?P<p>[A-ZÀ-Ý][\w'’\-]*(?:\s+[A-ZÀ-Ý][\w'’\-]*){0,4})")
WITHDRAWN = re.compile(r"\bretir[ée]e?\s+de\s+l['’]ordre\s+du\s+jour|\b(?:question|point|affaire|d[ée]lib[ée]ration)\s+"
                       r"(?:est\s+)?retir[ée]e?|(?-i:\bRETIR[ÉE]E?\b)|\|\s*retir[ée]e?\s*\|", re.I)
DEFERRED = re.compile(r"\bajourn[ée]e?\b|\breport[ée]e?\s+(?:à|au|lors)\s+(?:une|la)\s+(?:prochaine|séance|ultérieure)",
                      re.I)
REJECTED = re.compile(r"(?-i:\bREJET[ÉE]E?\b)|\brejet[ée]e?\s+(?:à|par)\s+(?:l['’]unanimit|la\s+majorit|\d+\s+voix)|"
                      r"\bn['’]est\s+pas\s+adopt|\b(?:est|a\s+été)\s+rejet[ée]e?\b|\|\s*rejet[ée]e?", re.I)
ADOPTED = re.compile(r"\badopt[ée]e?s?\b|\best\s+approuv[ée]e?\b|\bproclam[ée]e?s?\b|\bADOPTE", re.I)
NOTED_TITLE = re.compile(r"^\W*(?:compte[- ]rendu|rapport\s+d['’]activit|d[ée]cisions?\s+prises|informations?\b|"
                         r"communications?\b|lecture\b|pr[ée]sentation\b)", re.I)
NOTED_TEXT = re.compile(r"\bprend\s+acte\b|\bdonne\s+acte\b|\bdonne\s+lecture\b|\bpr[ée]sente\s+le\s+rapport", re.I)
DISPOSITIF = re.compile(r"^[ \t\-•*]*(?:\*\*)?(?:D['’]|DE\s+)?(?:DECIDE|DÉCIDE|APPROUVE|AUTORISE|ACCEPTE|ADOPTE|DESIGNE|"
                        r"DÉSIGNE|FIXE|ATTRIBUE|VALIDE|ELIT|ÉLIT|CREE|CRÉE|DONNE|SOLLICITE|EMET|ÉMET)\b", re.M)


def run(doc: Document, ext: Extraction) -> None:
    for s in ext.sessions:
        for d in s.deliberations:
            if d.outcome is None and d.start >= 0:
                fill(doc.text, d)


def _int(m: re.Match) -> int | None:
    n = m["n"]
    return 0 if n == "/" or n.lower().startswith("n") else words_to_int(n)


def _first(rxs: list[re.Pattern], text: str, a: int, b: int) -> re.Match | None:
    """The first match of the first pattern that matches (patterns in order of reliability)."""
    return next((m for rx in rxs for m in [rx.search(text, a, b)] if m), None)


def _count(rxs: list[re.Pattern], text: str, a: int, b: int) -> tuple[Spanned[int] | None, re.Match | None]:
    m = _first(rxs, text, a, b)
    if not m or _int(m) is None:
        return None, None
    return Spanned(_int(m), m.start(), m.end()), m


def names_after(text: str, m: re.Match | None) -> list[Spanned[str]]:
    """Names printed right after a count: "(2 abstentions de M. X et M. Y)", "contre : M. X"."""
    if m is None:
        return []
    nm = NAMES_AFTER.match(text, m.end())
    if not nm:
        return []
    a, chunk = nm.start("names"), nm["names"]
    people = [Spanned(p["p"], a + p.start("p"), a + p.end("p")) for p in PERSON.finditer(chunk)]
    if people or re.search(r"\d|\bvoix\b", chunk):
        return people
    return [Spanned(n, a + i, a + j) for n, i, j in split_names(chunk) if clean_person(n)[:1].isupper()]


def _unanimity(text: str, a: int, b: int) -> re.Match | None:
    for m in UNANIMITY.finditer(text, a, b):
        para = text.rfind("\n\n", a, m.start())
        context = text[max(para, m.start() - 300, a):m.start()]
        if not UNANIMITY_OTHER.match(text, m.end()) and not NOT_ITEM_VOTE.search(context):
            return m
    return None


def fill(text: str, d: Deliberation) -> None:
    a, b = d.start, d.end
    v = d.vote
    una, maj = _unanimity(text, a, b), MAJORITY.search(text, a, b)
    v.for_, _ = _count(FOR, text, a, b)
    v.against, m_against = _count(AGAINST, text, a, b)
    v.abstain, m_abstain = _count(ABSTAIN, text, a, b)
    v.not_voting, _ = _count(NOT_VOTING, text, a, b)
    v.against_names = names_after(text, m_against) if v.against and v.against.value else []
    v.abstain_names = names_after(text, m_abstain) if v.abstain and v.abstain.value else []
    ballot = BALLOT_FOR.search(text, a, b)
    if v.for_ is None and ballot:
        v.for_ = Spanned(int(ballot["n"]), ballot.start("n"), ballot.end("n"))
    blanks = [m for m in BLANK.finditer(text, a, b) if int(m["n"]) > 0]
    v.unanimous = _unanimous(una, maj, v, blanks)
    d.outcome = _outcome(text, d, una or maj or ballot)


def _unanimous(una, maj, v, blanks) -> Spanned[bool] | None:
    dissent = [c for c in (v.against, v.abstain) if c is not None and c.value]
    if una:  # unanimity of the votes cast, abstentions aside (SCHEMA.md)
        return Spanned(True, una.start(), una.end())
    if maj:
        return Spanned(False, maj.start(), maj.end())
    if dissent or blanks:
        x = dissent[0] if dissent else Spanned(0, blanks[0].start(), blanks[0].end())
        return Spanned(False, x.start, x.end)
    return None


def _outcome(text: str, d: Deliberation, vote: re.Match | None) -> Spanned[str] | None:
    a, b = d.start, d.end
    for rx, value in ((WITHDRAWN, "withdrawn"), (DEFERRED, "deferred"), (REJECTED, "rejected")):
        m = rx.search(text, a, b)
        if m and not (vote and m.start() < vote.start() - 80) and not (vote and value != "rejected"
                                                                         and vote.start() < m.start()):
            return Spanned(value, m.start(), m.end())
    if vote:
        return Spanned("adopted", vote.start(), vote.end())
    title = d.title.value if d.title else ""
    m = ADOPTED.search(text, a, b) or (d.vote.for_ and d.vote.for_.value and d.vote.for_)
    if isinstance(m, re.Match) and not NOTED_TITLE.match(title):
        return Spanned("adopted", m.start(), m.end())
    noted = NOTED_TEXT.search(text, a, b)
    if NOTED_TITLE.match(title) or noted:
        s, e = (d.title.start, d.title.end) if NOTED_TITLE.match(title) else noted.span()
        return Spanned("noted", s, e)
    m = DISPOSITIF.search(text, a, b)
    return Spanned("adopted", m.start(), m.end()) if m else None
