"""Where a body is named only as background, not as a party of the deliberation.

Used by :mod:`.organisations`. Background spans are: "Vu ..." recitals; speaker
turns of recorded minutes ("M. Jean DUPONT. ...", "Monsieur X demande si ...");
sentences recalling an earlier act ("Par délibération en date du ...", "Par
décision du Maire n° ... en date du ..."); the list of bidders or banks consulted and the
bidders ranked behind the winner. Acronym cues are also ignored inside a parenthetical aside and after a mere contact ("un contact a été pris avec la X").
"""

from __future__ import annotations

import re

from .fastre import led_by
from .textindex import has_any

RECITAL_RE = re.compile(r"^[ \t>*#\-•]*(?:vu|visa|consid[ée]rant)\b[^\n]*", re.I | re.M)
# A speaker's turn in recorded minutes: "Monsieur le Maire. ...", "M. Jean DUPONT. ...", "Charles JULLIAN. ..."
SPEECH_RE = re.compile(
    r"^[ \t#*]*(?:(?:Monsieur|Madame)\s+l[ea]\s+Maire|(?:M\.|Mme|Monsieur|Madame)\s+[^\n.:]{2,40}?"
    r"|[A-ZÉ][a-zéèëï]+(?:-[A-ZÉ][a-zéèëï]+)?\s+[A-ZÉÈ][A-ZÉÈ\-' ]+)[ \t*]*(?:\.|\n\n)[^\n]*", re.M)
# "Monsieur Gaël CORNEC demande si ...", "Madame X trouve que ...": a turn in the discussion.
_SPEAKER = (r"(?:Monsieur|Madame|M\.|Mme)\s+(?:l[ea]\s+Maire|[A-ZÉ][\w'’\-]+(?:\s+[A-ZÉ][\w'’\-]+){0,3})")
_TALK = (r"(?:r[ée]pond\w*|demande\w*|trouve\w*|regrett\w*|estime\w*|souhait\w*|s['’]interroge\w*|s['’][ée]tonn\w*"
         r"|intervient|interviennent|remerci\w*|soulign\w*|ajout\w*|pr[ée]cis\w*|indiqu\w*|rappell?\w*|reprend\w*"
         r"|confirm\w*|constat\w*|imput\w*|signal\w*|fait\s+(?:remarquer|savoir|part)|s['’]inqui[èe]t\w*|craint)")
TURN_RE = re.compile(rf"^[ \t]*{_SPEAKER}\s+{_TALK}\b", re.M)
# Where a turn of the discussion stops: the recorded outcome or the next numbered item.
TURN_END = re.compile(r"^[ \t]*(?:ADOPT|REJET|APPROUV|[ÉE]LU|\d+\s*[-–]\s)[^\n]*", re.M)
# The dispositif: turns of speech after it are discussion, never the exposé.
# (The look-ahead, first letters or a line start, only makes the scan faster.)
DISPOSITIF_RE = re.compile(r"(?=[ia]|^)"
                           r"(?:il\s+est\s+propos[ée]\s+au\s+conseil|apr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée]"
                           r"|^[ \t\-*]*(?:D[ÉE]CIDE|D['’][A-ZÉ]{4,}\b))", re.I | re.M)
# An earlier act recalled: "Par délibération (n° ...) en date du ...", "Par décision du Maire ...".
EARLIER_ACT = re.compile(r"(?:^|(?<=[.;]\s))[ \t]*(?:Aussi,\s*)?par\s+(?:d[ée]lib[ée]ration|d[ée]cision|arr[êe]t[ée])"
                         r"\b[^.\n]{0,80}?\ben\s+date\s+du\b[^.\n]*", re.I | re.M)
CONTACT_BEFORE = re.compile(r"\b(?:contacts?|rencontres?|[ée]changes?|discussions?|r[ée]unions?|n[ée]gociations?)\b"
                            r"[^.\n]{0,40}$|\bne\s+\w+\s+(?:plus|pas|jamais)\b[^.\n]{0,60}$", re.I)


# The bidders or lenders consulted: "Trois établissements bancaires ont été consultés : X, Y et Z."
# Only the one chosen is a party, and it is named again where the offer is retained.
# (The sentence is found around the verb: a regex that started anywhere before it was quadratic.)
CONSULTED_VERB = re.compile(r"\b(?:ont|a)\s+[ée]t[ée]\s+consu[l1]t[ée]e?s?\b", re.I)  # "1" for "l": OCR
AFTER_VERB = re.compile(r"[^.!?]*")

# A bidder ranked behind the winner: "L'offre de la société X est classée deuxième", "X, non retenue".
RANKED_RE = led_by("cnpCNP", r"\b(?:class[ée]e?s?\s+(?:en\s+)?(?:deuxi[èe]me|second[e]?|troisi[èe]me|quatri[èe]me"
                   r"|[2-9](?:e|[èe]me)\b)|(?:non|pas(?:\s+[ée]t[ée])?)\s+retenue?s?\b)", re.I)
SENTENCE_END = re.compile(r"[.!?\n]")


def ranked_spans(text: str) -> list[tuple[int, int]]:
    """The sentences naming a bidder ranked behind the winner."""
    out = []
    for m in RANKED_RE.finditer(text):
        start = _sentence_start(text, m.start())
        end = SENTENCE_END.search(text, m.end())
        out.append((start, end.start() if end else len(text)))
    return out


def consulted_spans(text: str) -> list[tuple[int, int]]:
    """Sentences saying who was consulted: from the last ".!?" or blank line before the verb
    (lines without them join the sentence) to the next ".!?"."""
    out: list[tuple[int, int]] = []
    for m in CONSULTED_VERB.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        start = max(max(text.rfind(c, 0, m.start()) for c in ".!?") + 1, _blank_line_end(text, m.start()))
        if out:
            start = max(start, out[-1][1])
        out.append((start, AFTER_VERB.match(text, m.end()).end()))
    return out


def _blank_line_end(text: str, pos: int) -> int:
    """Start of the run of non-empty lines that holds pos (a sentence does not cross a blank line)."""
    blank = text.rfind("\n\n", 0, pos)
    return 0 if blank < 0 else blank + 1


def _sentence_start(text: str, pos: int) -> int:
    """After the last ".!?" or line break; a line that goes on a sentence ("...\nn'est pas retenue") reaches back."""
    sent = max(text.rfind(c, 0, pos) for c in ".!?")
    line = text.rfind("\n", 0, pos)
    if line > sent and text[line + 1:pos].lstrip()[:1].islower():
        line = text.rfind("\n\n", 0, line)
    return max(sent, line) + 1


def background_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of text that name bodies only as background."""
    recalls = (EARLIER_ACT,) if has_any(text, 0, len(text), ("date",)) else ()  # its matches hold "date"
    spans = [(m.start(), m.end()) for rx in (RECITAL_RE, SPEECH_RE, *recalls) for m in rx.finditer(text)]
    if has_any(text, 0, len(text), ("consu",)):
        spans += consulted_spans(text)
    ranked = ranked_spans(text) if has_any(text, 0, len(text), ("class", "retenu")) else []
    return spans + ranked + discussion_spans(text)


def discussion_spans(text: str) -> list[tuple[int, int]]:
    """Turns of the recorded discussion after the dispositif, up to the outcome line."""
    first = DISPOSITIF_RE.search(text)
    if first is None:
        return []
    out = []
    for m in TURN_RE.finditer(text, first.start()):
        end = TURN_END.search(text, m.end())
        out.append((m.start(), end.start() if end else len(text)))
    return out


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def in_aside(text: str, pos: int) -> bool:
    """True inside an unclosed "( ..." on the same line, after a mere contact or a negation."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.count("(") > line.count(")") or bool(CONTACT_BEFORE.search(line))
