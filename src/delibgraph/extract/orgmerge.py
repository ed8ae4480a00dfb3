"""One body, one entry: merging the forms under which a deliberation names a body.

Used by :mod:`.organisations`. "Full Name (ACR)" declared anywhere in the
document makes both forms one body, listed under the form the document uses
most. A name cut short ("Centre de Gestion") gives way to its fuller form; an
acronym made of another listed name's initials ("AFL", "TMC") and a short form
("Colibri" for "Projet Colibri de ...", "Centre de Gestion du Rhône" for
"Centre de Gestion de la ... du Rhône") are not listed again.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Spanned
from .frenchtext import fold
from .orgclean import clean_name, initials
from .orgnames import ACRONYM_RE, BODY_RE

ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-Z][A-Z0-9]{2,9})\)")
SMALL = frozenset("de du des d la le les l et en pour sur a au aux".split())


def key(name: str) -> str:
    """Folded form for comparing names: case, accents, apostrophes, dashes and spaces."""
    return _short_key(name) if len(name) <= 200 else _key(name)


def _key(name: str) -> str:
    return KEY_GAPS.sub(" ", fold(name)).strip()


KEY_GAPS = re.compile(r"[\s\-'’]+")
_short_key = lru_cache(maxsize=1 << 14)(_key)  # names are compared many times


@lru_cache(maxsize=4)  # called for every deliberation with the same document text
def aliases(text: str) -> dict[str, str]:
    """"Full Name (ACR)": both keys map to the form the text uses more often."""
    alias, folded = {}, None
    for m in BODY_RE.finditer(text):
        after = ACRONYM_AFTER.match(text, m.end())
        if not after:
            continue
        full, acr = clean_name(m["name"]), after["acr"]
        if " " not in full:
            continue  # "État (DRAC)": a service of the State, not its acronym
        folded = key(text) if folded is None else folded
        n_acr = len(re.findall(rf"\b{acr}\b", text)) - 1
        chosen = acr if n_acr > folded.count(key(full)) else full
        alias[key(full)] = alias[key(acr)] = chosen
    return alias


def merge(orgs: list[Spanned[str]]) -> list[Spanned[str]]:
    """Drop repeated forms of one body, keeping the first position."""
    orgs = _drop_prefixes(orgs)
    return [o for o in orgs if not _short_form(o.value, [x.value for x in orgs if x.value != o.value])]


def _words(name: str) -> list[str]:
    return key(name).replace("/", " ").split()


def _short_form(name: str, others: list[str]) -> bool:
    """An acronym, a single word, a head+tail abbreviation or a part "(Owner)" of another listed name."""
    words = _words(name)
    owner = re.search(r"\((?P<y>[^()]+)\)$", name)
    if owner and key(owner["y"]) in {key(o) for o in others}:
        return True  # "INFRA POLMAR (Vigipol)": a plan or organ of another listed body
    for other in others:
        ow = _words(other)
        if len(ow) <= len(words):
            continue
        if ACRONYM_RE.fullmatch(name) and _initials_run(name, ow):
            return True
        if len(words) == 1 and words[0] in ow and not ACRONYM_RE.fullmatch(name):
            return True
        if _acronym_head(name, words, ow):
            return True
        k = next((i for i, (a, b) in enumerate(zip(words, ow)) if a != b), len(words))
        if k >= 2 and words[k:] and ow[-len(words[k:]):] == words[k:] and k + len(words[k:]) < len(ow):
            return True  # "Centre de Gestion du Rhône" for "Centre de Gestion de la FPT du Rhône"
    return name.startswith("Association ") and key(name[12:]) in {key(o) for o in others}


def _acronym_head(name: str, words: list[str], other: list[str]) -> bool:
    """"SIE de la Haute-Grosne" for "Syndicat Intercommunal des Eaux de la Haute-Grosne":
    an acronym of the other name's head, then the same tail."""
    first = name.split()[0]
    if len(words) < 2 or not ACRONYM_RE.fullmatch(first) or other[-(len(words) - 1):] != words[1:]:
        return False
    head = [w for w in other[:len(other) - len(words) + 1] if w not in SMALL]
    return "".join(w[0] for w in head) == words[0]


def _initials_run(acr: str, words: list[str]) -> bool:
    """True when acr spells the initials of consecutive words (small words skipped)."""
    acr, big = acr.lower(), [w for w in words if w not in SMALL]
    if acr in {i.lower() for i in initials(" ".join(words))}:
        return True
    return any("".join(w[0] for w in big[i:i + len(acr)]) == acr for i in range(len(big)))


def _drop_prefixes(orgs: list[Spanned[str]]) -> list[Spanned[str]]:
    """A name cut short gives way to its fuller form in the same item (not across " – ")."""
    keys = [key(o.value) + " " for o in orgs]
    out = []
    for o, k in zip(orgs, keys):
        longer = max((x for x, k2 in zip(orgs, keys) if k2 != k and k2.startswith(k)
                      and not x.value[len(o.value):].lstrip().startswith(("–", "—", "- "))),
                     key=lambda x: len(x.value), default=None)
        if longer is None:
            out.append(o)
        elif all(x.value != longer.value for x in out):
            out.append(Spanned(longer.value, o.start, o.end))
    return [o for i, o in enumerate(out) if all(key(o.value) != key(x.value) for x in out[:i])]
