"""Names of those who voted against or abstained.

"(2 abstentions de M. X et M. Y)", "3 voix contre : MM. X, Y et Z", "Ont voté contre : M. X",
"MM. X et Y ayant voté contre", "M. X s'étant abstenu": civility-prefixed names, and the bare
names of a list opened by a plural civility.
"""

from __future__ import annotations

import re

from ..model import Spanned
from .frenchtext import clean_person, fold, split_names

NAMES_AFTER = re.compile(r"[\s*_]*(?:\(\s*|:\s*|[–—-]\s+|de\s+|d['’])(?P<names>[^()\n]{3,200}?)"
                         r"(?:\)|\n|$|(?<!\bM)(?<!\bMM)(?<!\bMme)\.(?:\s|$))")
PAREN_AFTER = re.compile(r"[\s*_]*\(\s*(?:de\s+|d['’]|:\s*)?(?P<names>[^()]{3,240}?)\s*\)")  # over line breaks
PERSON = re.compile(r"(?:\bM\.|\bMme|\bMonsieur|\bMadame|\bMM\.)\s+"
                    r"(?P<p>[A-ZÀ-Ý][\w'’\-]*(?:\s+[A-ZÀ-Ý][\w'’\-]*){0,4})")


def names_after(text: str, m: re.Match | None) -> list[Spanned[str]]:
    """Names printed right after a count: "(2 abstentions de M. X et M. Y)", "contre : M. X"."""
    if m is None:
        return []
    nm = PAREN_AFTER.match(text, m.end()) or _in_parens(text, m) or NAMES_AFTER.match(text, m.end())
    if not nm or NOT_VOTING_NAMES.search(nm["names"]):
        return []
    said = NAMES_ARE.search(nm["names"])  # "(M. X étant absent, les voix contre sont celles de …)"
    cut = said.end() if said else 0
    return names_in(nm["names"][cut:], nm.start("names") + cut)


# Where a bracket names the voters after a remark: "… sont celles de", "à savoir".
NAMES_ARE = re.compile(r"\bsont\s+(?:celles|ceux)\s+(?:de|d['’])\s*|\b[àa]\s+savoir\s*:?\s*", re.I)


# "(votants : 24, Mme X et son mandant ne prenant pas part au vote)": not who abstained.
NOT_VOTING_NAMES = re.compile(r"ne\s+pren\w+\s+pas\s+part|\bvotants?\s*:", re.I)


IN_PARENS = re.compile(r"\s*(?::\s*|de\s+|d['’])(?P<names>[^()]{3,240}?)\s*\)")


def _in_parens(text: str, m: re.Match) -> re.Match | None:
    """Names after a count inside brackets, up to the closing one: "(3 contre : MM. X,\nY et Z)"."""
    opened = text.rfind("(", max(0, m.start() - 200), m.start())
    if opened < 0 or ")" in text[opened:m.start()]:
        return None
    return IN_PARENS.match(text, m.end())


def names_in(chunk: str, a: int) -> list[Spanned[str]]:
    """Names with a civility ("M. X", "Mme Y"), and the bare names of a list ("MM. X, Y et Z")."""
    people = [Spanned(p["p"], a + p.start("p"), a + p.end("p")) for p in PERSON.finditer(chunk)]
    if re.search(r"\d|\bvoix\b", chunk):
        return people
    listed = [Spanned(n, a + i, a + j) for n, i, j in split_names(chunk) if clean_person(n)[:1].isupper()]
    seen = {fold(p.value) for p in people}
    people += [p for p in listed if fold(p.value) not in seen and not any(p.start < q.end and q.start < p.end
                                                                          for q in people)]
    people = [Spanned(re.sub(r"\s+", " ", p.value), p.start, p.end) for p in people]  # "Eric⏎OZIER": one name
    return sorted(people, key=lambda p: p.start)


_CIV = r"(?:M\.|MM\.?|Mmes?|Mlle|Monsieur|Madame|Messieurs|Mesdames)"
_LIST = rf"(?P<names>{_CIV}\s[^.;:()\n]{{2,160}}?(?:\n[^.;:()\n]{{0,80}}?)?)"
# Who voted against or abstained, named apart from the count.
# A line "Contre : MM. X, Y" ends at a tab or a run of spaces (the next column: "Abstention : …").
_NEXT_LABEL = r"[ \t]*;[ \t]*(?:pour|contre|abstention|ne\s+pren)"  # "Contre : X, Y ; abstention : Z"
_CELL_END = rf"(?=\t|[ ]{{2,}}|{_NEXT_LABEL}|\n|\Z)"
# "Contre : CLÉMENT Gilles, ROYER Marion" on its own line: bare names, capitalised, no count.
_BARE = r"(?!n[ée]ant\b|aucune?\b|personne\b|sans\b)(?-i:[A-ZÀ-Ý])[^\n\t\d]{2,200}?"
AGAINST_NAMED = [re.compile(p, re.I | re.M) for p in (
    r"(?:ont|a)\s+vot[ée]\s+contre\s*:\s*(?P<names>[^\n]{3,200})",
    rf"\bcontre\s*:\s*(?P<names>{_CIV}\s[^\n\t]{{3,200}}?){_CELL_END}",
    rf"^[ \t]*\(?contre\s*:[ \t]*(?P<names>{_BARE}){_CELL_END}",  # "(contre : Paul DURAND, …)" under the result
    rf"{_LIST}\s*,?\s+(?:ayant|ont|a)\s+vot[ée]\s+contre",
)]
ABSTAIN_NAMED = [re.compile(p, re.I | re.M) for p in (
    r"(?:se\s+sont\s+abstenue?s|s['’]est\s+abstenue?)\s*:\s*(?P<names>[^\n]{3,200})",
    rf"\babstentions?(?:\(s\))?\s*:\s*(?P<names>{_CIV}\s[^\n\t]{{3,200}}?){_CELL_END}",
    rf"(?:^[ \t]*\(?|;[ \t]*)abstentions?(?:\(s\))?\s*:[ \t]*(?P<names>{_BARE}){_CELL_END}",
    rf"{_LIST}\s*,?\s+(?:s['’][ée]tant\s+abstenue?s?|s['’]abstien(?:nen)?t|se\s+sont\s+abstenue?s)",
)]


def named(rxs: list[re.Pattern], text: str, a: int, b: int) -> list[Spanned[str]]:
    """Names printed with "ont voté contre :", "X s'étant abstenu"... in text[a:b]."""
    for rx in rxs:
        if m := rx.search(text, a, b):
            return names_in(m["names"].rstrip(" ."), m.start("names"))
    return []


# A roll-call vote: "LE BRIS Erwan ........ CONTRE", one member a line, the vote after dot leaders.
ROLL_CALL = re.compile(
    r"^[ \t]*(?P<name>[A-ZÀ-Ý][^\n.…()\d:]{2,60}?)[ \t]*(?:\([^()\n]*\))?[ \t]*(?:\.{3,}|…+|\t+|[ ]{3,})[ \t.…]*"
    r"(?P<vote>(?i:pour|contre|abstention|abstenu))(?:[ \t]*/[ \t]*(?i:pour|contre|abstention))*[ \t]*$", re.M)


def roll_call(text: str, a: int, b: int, vote: str) -> list[Spanned[str]]:
    """The members a roll call (three lines at least) records with the given vote ("contre")."""
    lines = list(ROLL_CALL.finditer(text, a, b))
    if len(lines) < 3:
        return []
    return [Spanned(m["name"].strip(), m.start("name"), m.start("name") + len(m["name"].strip()))
            for m in lines if fold(m["vote"]).startswith(vote)]
