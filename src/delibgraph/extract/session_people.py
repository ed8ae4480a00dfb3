"""Names read in a session's header: a person a regex captures, and the mayor (a helper of :mod:`.session`).

The mayor is read from a proclamation ("M. X a été proclamé maire") or from
the signature block ("Le Maire," over the name, also in a right-hand column).
"""

from __future__ import annotations

import re

from ..model import Session, Spanned
from .fastre import led_by
from .frenchtext import CIVILITY, PERSON, clean_person
from .session_fields import caps_civility_end

_CAP = "A-ZÀ-ÖØ-Þ"  # the capitals a PERSON (or a CIVILITY before it) starts with


def person_in(text: str, wins, regexes) -> Spanned[str] | None:
    """The first valid name a regex captures in the windows (roles like "le Maire" skipped)."""
    for rx in regexes:
        for a, b in wins:
            for m in rx.finditer(text, a, b):
                start = caps_civility_end(text, m.start("p"))
                name = clean_person(text[start:m.end("p")])
                if name and name[0].isupper() and not ROLE_WORDS.search(name):
                    return Spanned(name, start, start + len(text[start:m.end("p")].rstrip()))
    return None


ROLE_WORDS = re.compile(r"^(?:Maire|Pr[ée]sidente?|Vice|Adjointe?|Conseill[eè]re?|Doyenne?|Secr[ée]taire)\b")


MAYOR_RES = [
    led_by(_CAP, rf"(?P<p>{PERSON})\s*,?\s+(?:a\s+[ée]t[ée]\s+|est\s+)?(?:proclam|[ée]lu)[ée]?e?\s+(?i:maire)\b"),
    led_by("L", rf"\bLe\s+Maire\s*,?[ \t]*\n\s*(?:{CIVILITY})?(?P<p>{PERSON})[ \t]*(?:\n|$)"),
]


def mayor(text: str, s: Session) -> Spanned[str] | None:
    """The mayor's name where the text states it (proclamation, signature)."""
    return _signature_column(text, s) or person_in(text, [(s.start, s.end)], MAYOR_RES)


SIGNED_COLUMN_RE = led_by("L", r"(?<=[ \t]{3})Le\s+Maire\s*,?[ \t]*\n")


def _signature_column(text: str, s: Session) -> Spanned[str] | None:
    """"La secrétaire,      Le Maire," over "Chloé X      Thomas Y": the name under "Le Maire"."""
    for m in SIGNED_COLUMN_RE.finditer(text, s.start, s.end):
        col = m.start() - (text.rfind("\n", 0, m.start()) + 1)
        eol = text.find("\n", m.end())
        line = text[m.end():len(text) if eol < 0 else eol]
        if len(line) > col and line[col - 1].isspace() and line[:col].strip():
            if p := person_in(text, [(m.end() + col, m.end() + len(line))], [NAME_AT_RE]):
                return p
    return None


NAME_AT_RE = re.compile(rf"[ \t]*{CIVILITY}?(?P<p>{PERSON})[ \t]*$")
