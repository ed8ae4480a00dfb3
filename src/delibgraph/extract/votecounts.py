"""Vote counts as printed: for, against, abstentions, not voting, ballots, blank ballots, unanimity."""

from __future__ import annotations

import re

from .fastre import led_by

_N_FIRST = r"\d/udtqcshn"  # the characters a count (_N) starts with
_N = r"(?P<n>\d+|\b(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\b|/|\bn[ée]ant\b)"
UNANIMITY = led_by("u", r"\bunani ?(?:m|rn) ?it[ée\u00e8]|\bunanimement\b", re.I)  # OCR "unanirnité", "unani mité"
UNANIMITY_OTHER = re.compile(r"^\s*de\s+ses\s+membres|^\s*(?:des\s+membres\s+)?pour\s+remplir", re.I)
# Votes that are not the item's: the secretary's designation, the urgency, a commission's opinion.
NOT_ITEM_VOTE = re.compile(r"secr[ée]taire|L\.?\s?2121-15|\burgence\b|\bcommissions?\b|avis\s+favorable|"
                           r"\bconf[ée]rence\b|\bbureau\b", re.I)
# The same, under an item whose subject is the secretary's designation (its vote is the item's).
NOT_ITEM_VOTE_BUT_SECRETARY = re.compile(NOT_ITEM_VOTE.pattern.replace(r"secr[ée]taire|", "", 1), re.I)
MAJORITY = led_by(r"àa|\sm", r"(?:(?<!\w)[àa]\s+la\s+|^\|?\s*|\|\s*)majorit[ée]"
                      r"(?!\s+(?:absolue|relative|qualifi|des\s+membres))", re.I | re.M)
_NEXT = r"(?=\s*[,;/\-–]?\s*(?:contre|abstentions?|ne\s+prend|non[- ]votants?))"
_THEN_AGAINST = (r"(?=[\s,;/–-]*(?:et\s+)?(?:\d+|une?|deux|trois|quatre|cinq)\s+"
                 r"(?:(?:voix\s+)?(?:contre|abstentions?)\b|ne\s+pren|non[- ]votant))")  # "10 pour – 1 ne prend pas part"
_WRAPPED_AGAINST = r"(?=\s*[,;]?[ \t]*\n[^\n]*?(?:\t|[ ]{2,})\d+\s+(?:voix\s+)?(?:contre|abstentions?)\b)"
FOR = [led_by(first, p, re.I | re.M) for first, p in (
    ("p", rf"\bpour\s*:\s*{_N}"), (_N_FIRST, rf"{_N}\s+voix\s+pour\b"), ("p", rf"\bpour\s+{_N}{_NEXT}"),
    (_N_FIRST, rf"{_N}\s+pour\b{_THEN_AGAINST}"),  # "4 pour, 1 contre"
    (_N_FIRST, rf"{_N}\s+pour\b{_WRAPPED_AGAINST}"))]  # a list's cell "Adoptée (11 pour," / "3 contre)"
AGAINST = [led_by(first, p, re.I | re.M) for first, p in (
    ("c", rf"\bcontre\s*:\s*{_N}"), (_N_FIRST, rf"{_N}\s+(?:voix\s+|votes?\s+)?contre\b"),
    ("c", rf"\bcontre\s+{_N}{_NEXT}"))]
ABSTAIN = [led_by(first, p, re.I) for first, p in (
    ("a", rf"\babstentions?(?:\(s\))?\s*:\s*{_N}"), (_N_FIRST, rf"{_N}\s+abstentions?\b"),
    ("a", r"\babstentions?(?:\(s\))?\s+(?P<n>\d+)\b(?!\s*(?:%|€|ans?\b))"),
    ("o", rf"ont\s+refus[ée]\s+de\s+voter\s*:\s*{_N}"),
    ("s", rf"(?:se\s+sont\s+abstenue?s|s['’]est\s+abstenue?)\s*:\s*{_N}"))]  # SE SONT ABSTENUS : /
NOT_VOTING = [led_by(first, p, re.I) for first, p in (
    ("n", rf"non[- ]votants?(?:\(s\))?\s*:\s*{_N}"), (_N_FIRST, rf"{_N}\s+non[- ]votants?"),
    ("n", rf"ne\s+pren(?:d|nent|ant)\s+pas\s+part\s+au\s+vote\s*:\s*{_N}"),
    (_N_FIRST, rf"{_N}\s+(?:(?:membres?|conseillers?|[ée]lus?)\s+)?ne\s+pren\w+\s+pas\s+part"),  # (1 ne prenant pas part)
    ("n", rf"ne\s+pren\w+\s+pas\s+part\s+au\s+vote\s*\(\s*{_N}(?:\s+(?:membres?|conseillers?|[ée]lus?))?\s*\)"),
    ("n", r"ne\s+pren(?:d|nent)\s+pas\s+part\s+au\s+vote[ \t]+(?P<n>\d+)\b"),  # "– Ne prend pas part au vote 1"
    ("n", rf"\bNPPV\s*:?\s*{_N}"), (_N_FIRST, rf"{_N}\s+NPPV\b"))]  # "Abstention 3 – NPPV 2"
# "Adopté à l'unanimité (30 voix)": the unanimous count, read just after the unanimity.
UNANIMOUS_COUNT = re.compile(r"(?:\s+des\s+(?:membres\s+)?(?:pr[ée]sents|votants|suffrages\s+exprim[ée]s))?[ \t]*\(\s*(?P<n>\d+)\s+(?:voix|votants?|suffrages\s+exprim[ée]s)(?:\s+pour)?\s*\)", re.I)
BALLOT_FOR = led_by("o", r"\bobtenu\b[^\n]{0,3}(?:\n?[^\n]{0,120}?)\b(?P<n>\d+)\)?\s*voix", re.I)  # "vingt-trois (23) voix"
BALLOT_WORDS = led_by("o", r"\bobtenu\s+[a-zà-ÿ\-]+(?:\s+[a-zà-ÿ\-]+){0,2}\s+voix\s*\(\s*(?P<n>\d+)\s*\)", re.I)  # "seize voix (16)"
BLANK = led_by("bsv", r"(?:bulletins?|suffrages?|votes?)\s+(?:d[ée]clar[ée]s\s+)?(?:nuls?|blancs?)(?:\s+(?:ou|et)\s+(?:nuls?|blancs?))?"
                   r"\s*:?\s*(?P<n>\d+)",
                   re.I)
