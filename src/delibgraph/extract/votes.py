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
from .fastre import led_by
from .frenchtext import words_to_int
from .headings import COUNCIL_ACTS
from .textindex import has_any
from .votenames import ABSTAIN_NAMED, AGAINST_NAMED, named, names_after, roll_call
from .votetables import row_votes, table_votes
from .votecounts import (ABSTAIN, AGAINST, BALLOT_FOR, BALLOT_WORDS, BLANK, FOR, MAJORITY, NOT_ITEM_VOTE,
                         NOT_ITEM_VOTE_BUT_SECRETARY, NOT_VOTING, UNANIMITY, UNANIMITY_OTHER, UNANIMOUS_COUNT)

WITHDRAWN = led_by(r"rqpad|\t \"", "|".join((
    r"\bretir[ée]e?\s+de\s+l['’]ordre\s+du\s+jour",                           # retiré de l'ordre du jour
    r"\b(?:question|point|affaire|d[ée]lib[ée]ration)\s+(?:est\s+)?retir[ée]e?",  # point retiré
    r"(?-i:\bRETIR[ÉE]E?\b)|\|\s*retir[ée]e?\s*\|",                            # RETIRE, | Retirée |
    r"\"\s*retir[ée]e?\s*\"",                                                 # a quoted CSV cell
    r"(?:\t|[ ]{2,})retir[ée]e?[ \t]*$",                                      # a list's last column
)), re.I | re.M)
DEFERRED = led_by("ard", "|".join((
    r"\bajourn[ée]e?\b",                                                        # Délibération ajournée
    r"\bd[ée]cide\s+d['’]ajourner\b|\bd[ée]cide\s+de\s+(?:reporter|surseoir)\b",   # décide d'ajourner l'affaire
    r"\breport[ée]e?\s+(?:à|au|lors)\s+(?:une|la)\s+(?:prochaine|séance|ultérieure)",  # reporté à une prochaine séance
)), re.I)
REJECTED = led_by(r"r|\t eanc\"", "|".join((
    r"(?-i:\bREJET[ÉE]E?\b)|\|\s*rejet[ée]e?|(?:\t|[ ]{2,})rejet[ée]e?[ \t]*$",  # REJETE, | Rejetée |
    r"\"\s*rejet[ée]e?\s*\"",                                                 # a quoted CSV cell
    r"\brejet[ée]e?\s+(?:à|par)\s+(?:l['’]unanimit|la\s+majorit|\d+\s+voix)",     # rejeté par 19 voix
    r"\b(?:est|a\s+été)\s+rejet[ée]e?\b|\bn['’]est\s+pas\s+adopt",               # est rejetée, n'est pas adopté
    r"\b(?:conseil|assembl[ée]e)(?:\s+\w+)?\s*(?:,[^,\n]{0,60},\s*)?rejette\b",       # le conseil municipal rejette
)), re.I | re.M)
# Each with words every one of its matches contains (a cheap test before the regex).
OTHER_OUTCOMES = ((WITHDRAWN, "withdrawn", ("retir",)), (DEFERRED, "deferred", ("ajourn", "report", "surseoir")),
                  (REJECTED, "rejected", ("rejet", "n'est", "n’est")))
ADOPTED = re.compile(r"\badopt[ée]e?s?\b|\best\s+approuv[ée]e?\b|\bproclam[ée]e?s?\b|\bADOPTE", re.I)
NOTED_TITLE = re.compile(r"^\W*(?:compte[- ]rendu|rapport\s+d['’]activit|d[ée]cisions?\s+prises|informations?\b|"
                         r"point\s+d['’]information|questions?\s+(?:orales|[ée]crites)\b|"
                         r"communications?\b|lecture\b|pr[ée]sentation\b)", re.I)
NOTED_TEXT = re.compile(r"\bprend\s+acte\b|\bdonne\s+acte\b|\bdonne\s+lecture\b|\bpr[ée]sente\s+le\s+rapport|"
                        r"\b(?:pas|sans)\s+de\s+vote\b|\bsans\s+vote\b|\bn['’](?:appelle|donne)\s+pas\s+lieu\s+[àa]\s+(?:un\s+)?vote",
                        re.I)
DISPOSITIF = re.compile(r"^[ \t\-•*]*(?:\*\*)?(?:D['’]|DE\s+)?(?:DECIDE|DÉCIDE|APPROUVE|AUTORISE|ACCEPTE|"
                        r"ADOPTE|DESIGNE|DÉSIGNE|FIXE|ATTRIBUE|VALIDE|ELIT|ÉLIT|CREE|CRÉE|DONNE|SOLLICITE|EMET|ÉMET)\b",
                        re.M)

COUNCIL_DECIDES = led_by("ca", COUNCIL_ACTS.replace("|rejette", ""), re.I)  # "le conseil municipal approuve"


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


def _count(rxs: list[re.Pattern], text: str, a: int, b: int,
           words: tuple[str, ...]) -> tuple[Spanned[int] | None, re.Match | None]:
    """The first count the patterns find; ``words``: one of them is in every match."""
    m = _first(rxs, text, a, b) if has_any(text, a, b, words) else None
    if not m or _int(m) is None:
        return None, None
    return Spanned(_int(m), m.start(), m.end()), m


def _item_vote(rx: re.Pattern, text: str, a: int, b: int, title: str = "") -> re.Match | None:
    """The first match that states the item's own vote (not a commission's, the secretary's...)."""
    other = NOT_ITEM_VOTE_BUT_SECRETARY if re.search(r"secr[ée]taire", title, re.I) else NOT_ITEM_VOTE
    for m in rx.finditer(text, a, b):
        line = text.rfind("\n", a, m.start())
        context = text[max(line, m.start() - 300, a):m.start()]
        if not UNANIMITY_OTHER.match(text, m.end()) and not other.search(context):
            return m
    return None


def _count_zone(vote: re.Match | None, a: int, b: int) -> tuple[int, int]:
    """Counts are read around the stated vote when there is one, else in the whole item."""
    return (max(a, vote.start() - 300), min(b, vote.end() + 400)) if vote else (a, b)


def fill(text: str, d: Deliberation) -> None:
    a, b = d.start, d.end
    v = d.vote
    title = d.title.value if d.title else ""
    una, maj = _item_vote(UNANIMITY, text, a, b, title), _item_vote(MAJORITY, text, a, b, title)
    ca, cb = _count_zone(una or maj, a, b)
    v.for_, _ = _count(FOR, text, ca, cb, ("pour",))
    v.against, m_against = _count(AGAINST, text, ca, cb, ("contre",))
    v.abstain, m_abstain = _count(ABSTAIN, text, ca, cb, ("abstention", "refus", "abstenu"))
    v.not_voting, _ = _count(NOT_VOTING, text, ca, cb, ("votant", "pren", "nppv"))
    if v.for_ is None and una and (m := UNANIMOUS_COUNT.match(text, una.end(), b)):
        v.for_ = Spanned(int(m["n"]), m.start("n"), m.end("n"))
    if v.for_ is None and v.against is None:
        for key, n in (table_votes(text, a, b) or row_votes(text, a, b)).items():
            setattr(v, key, n)
    v.against_names = names_after(text, m_against) if v.against and v.against.value else []
    v.abstain_names = names_after(text, m_abstain) if v.abstain and v.abstain.value else []
    if not v.against_names and not (v.against and v.against.value == 0) and has_any(text, ca, cb, ("contre",)):
        v.against_names = named(AGAINST_NAMED, text, ca, cb)
    if (not v.abstain_names and not (v.abstain and v.abstain.value == 0)
            and has_any(text, ca, cb, ("absten", "abstien"))):
        v.abstain_names = named(ABSTAIN_NAMED, text, ca, cb)
    if not v.against_names and not v.abstain_names and has_any(text, a, b, ("contre", "absten")):  # a roll call
        v.against_names, v.abstain_names = roll_call(text, a, b, "contre"), roll_call(text, a, b, "absten")
    ballot = BALLOT_FOR.search(text, a, b) or BALLOT_WORDS.search(text, a, b)
    if v.for_ is None and ballot:
        v.for_ = Spanned(int(ballot["n"]), ballot.start("n"), ballot.end("n"))
    blanks = [m for m in BLANK.finditer(text, a, b) if int(m["n"]) > 0]
    v.unanimous = _unanimous(una, maj, v, blanks)
    d.outcome = _outcome(text, d, _vote_span(una or maj or ballot, v))


def _vote_span(m: re.Match | None, v) -> tuple[int, int] | None:
    if m:
        return m.start(), m.end()
    if v.for_ is not None and v.for_.value:
        return v.for_.start, v.for_.end
    return None


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


def _outcome(text: str, d: Deliberation, vote: tuple[int, int] | None) -> Spanned[str] | None:
    """Withdrawn / deferred / rejected when stated with (or without) the vote, else adopted or noted."""
    a, b = d.start, d.end
    for rx, value, words in OTHER_OUTCOMES:
        m = rx.search(text, a, b) if has_any(text, a, b, words) else None
        if m and (vote is None or (value == "rejected" and m.start() >= vote[0] - 80)):
            return Spanned(value, m.start(), m.end())
    v = d.vote
    if v.for_ is not None and v.against is not None and v.against.value > v.for_.value:
        return Spanned("rejected", v.against.start, v.against.end)  # more votes against than for
    if vote:
        return Spanned("adopted", *vote)
    title = d.title.value if d.title else ""
    m = ADOPTED.search(text, a, b)
    if m and not NOTED_TITLE.match(title):
        return Spanned("adopted", m.start(), m.end())
    noted = NOTED_TEXT.search(text, a, b)
    if NOTED_TITLE.match(title):
        return Spanned("noted", d.title.start, d.title.end)
    if noted:
        return Spanned("noted", noted.start(), noted.end())
    m = DISPOSITIF.search(text, a, b) or COUNCIL_DECIDES.search(text, a, b)
    return Spanned("adopted", m.start(), m.end()) if m else None
