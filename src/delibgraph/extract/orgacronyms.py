"""Acronyms as organisations: introduced as a party, printed in a title, or named in a plan.

Used by :mod:`.organisations`. "avec la COPAMO", "24 523 € à la COPAMO",
"convention entre la X, la Y et la Z", "à l'État et à SNCF Réseau", a funder
"X Y à hauteur de N €"; acronyms
printed in a mixed-case title (not a category heading such as "FINANCES");
"État (DRAC) 205 500 €" in a financing plan. An acronym keeps a hyphenated place
name after it ("SIVOS Ploumerel-Kerhoat"), and in running text one more name
word ("SNCF Réseau"). A one-word head spelt out up to its acronym in brackets
("Conseil d'architecture, d'urbanisme et de l'environnement (CAUE) de l'Ain", "Agence d'urbanisme
et d'énergie de la Corse (AUE)") keeps it all.
"""

from __future__ import annotations

import re

from ..model import Spanned
from .fastre import led_by
from .orgclean import ACRONYM_STOP, stands_for
from .orgcontext import in_aside
from .orgnames import ACRONYM_CUE, ACRONYM_RE, PARTY_LIST

# "État (DRAC) 205 500 €" in a financing plan.
PLAN_FUNDER = led_by(
    "ÉERD",
    r"\b(?:[ÉE]tat|R[ée]gion|D[ée]partement)\s*\((?P<acr>[A-Z]{3,8})\)(?=[^\n€%]{0,25}?\d[\d \u00a0.,]*\s*€)")
CAPS_WORD_BEFORE = re.compile(r"\b[A-ZÉÈ]{2,}['’\s]+$")
# "SIVOS Ploumerel-Kerhoat": an acronym followed by a hyphenated place name is one name.
ACRONYM_PLACE = re.compile(r"[ \u00a0]+[A-ZÉÈÎ][a-zéèêëîïôûç]+(?:-(?:[A-ZÉÈÎ][a-zéèêëîïôûç]+|sur|sous|en|le|la|les|lès))+\b")
# "SNCF Réseau", "EDF Renouvelables": an acronym and one capitalised word, then running text.
ACRONYM_WORD = re.compile(r"[ \u00a0](?!(?:Le|La|Les|Pour|Contre|Monsieur|Madame|Mme|Et|En|Au|Aux|Vu|Il|Elle)\b)"
                          r"[A-ZÉÈÎ][a-zéèêëîïôûç]{2,}(?=[ \u00a0]+[a-zàâçéèêîôû]|[,.;)]|$)", re.M)
# "CAUE de la Sarthe", "SDIS du Rhône", "EPF de Normandie": an acronym and the place it serves.
ACRONYM_OF = re.compile(r"[ \u00a0](?:de[ \u00a0]+la[ \u00a0]+|du[ \u00a0]+|des[ \u00a0]+|de[ \u00a0]+l['’]|de[ \u00a0]+|d['’])"
                        r"[A-ZÉÈÎ][a-zéèêëîïôûç]+(?:-[A-ZÉÈÎa-zéèêëîïôûç]+)*\b")
# "à l'État et à SNCF Réseau": an acronym coordinated with a public body or another acronym.
COORD_ACRONYM = re.compile(r"(?:[ÉE]tat|R[ée]gion|D[ée]partement|\b[A-Z]{3,})\s+et\s+(?:à|au|aux|de|du|des|avec)\s*"
                           r"(?:la\s+|le\s+|l['’]\s*|les\s+)?$")
# A French noun in capitals heading a title ("FINANCES", "URBANISME", "CULTURE"), not an acronym.
CATEGORY_WORD = re.compile(r"[A-ZÉÈ]{3,}(?:ES|ISME|URE|MENT|TION|SION|AGE|IT[EÉ]|IE|ALE|IQUE|RIAT|NCE|AIRE|ENSE|ORT|AT)S?")  # "MOBILITÉS – ..." too
# "et SNCF Gares & Connexions à hauteur de 2 750 000 €", "l'ADEME participe à hauteur de ...": a funder.
FUNDER_TAIL = re.compile(r"(?P<tail>(?:[ \u00a0]+(?:&[ \u00a0]+)?[A-ZÉÈÎ][a-zéèêëîïôûç]+){0,3})[ \u00a0]+"
                         r"(?:particip\w+[ \u00a0]+|intervien\w+[ \u00a0]+)?à[ \u00a0]+hauteur[ \u00a0]+d")
# "Adhésion au SDEC Énergie": in a title, a name word after an acronym only when it ends the title.
TITLE_ACRONYM_WORD = re.compile(r"[ \u00a0](?!(?:Le|La|Les|Pour|Contre|Et|En|Au|Aux)\b)[A-ZÉÈÎ][a-zéèêëîïôûç]{2,}"
                                r"(?=[ \u00a0]*(?:[.;)]|$))")
# "Adhésion au SIEL-Territoire d'énergie Loire": an acronym joined by a hyphen to a name that ends the title.
TITLE_ACRONYM_NAME = re.compile(r"(?<![\w\-(])[A-Z]{3,10}-[A-ZÉÈ][a-zéèêëîïôûç]+"
                                r"(?:[ \u00a0]+(?:d['’]|de[ \u00a0]+|du[ \u00a0]+|des[ \u00a0]+)?[A-Za-zÉÈéèêëîïôûç][\w\-]*){0,4}"
                                r"(?=[ \u00a0]*[.;)]?[ \u00a0]*$)")
CIVILITY_BEFORE = re.compile(r"(?:\bM\.|\bMme|\bMonsieur|\bMadame|\bMM\.)\s*(?:et\s+Mme\s*)?$")


def acronyms(text: str) -> list[Spanned[str]]:
    """Acronyms introduced as a party: "avec la COPAMO", "subvention au FCSO69", "500 € pour DMT"."""
    out = []
    for m in ACRONYM_RE.finditer(text):
        head = text[max(0, m.start() - 200):m.start()].split("\n")[-1]
        cued = ACRONYM_CUE.search(head[-60:]) or PARTY_LIST.search(head) or COORD_ACRONYM.search(head[-40:])
        if cued and not in_aside(text, m.start()):
            out.append(_with_place(text, m, ACRONYM_WORD))
        elif (funder := FUNDER_TAIL.match(text, m.end())) and m["name"] not in ACRONYM_STOP:
            out.append(Spanned(text[m.start():funder.end("tail")], m.start(), funder.end("tail")))
    return out


# "le Conseil d'architecture, d'urbanisme et de l'environnement (CAUE)\nde l'Ain": a head word whose name
# goes on in small words up to the acronym in brackets it stands for, then maybe the place it serves.
_SMALL_LINK = r"(?:,?[ \u00a0]+(?:et[ \u00a0]+)?(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|du[ \u00a0]+|des[ \u00a0]+|d['’]|l['’])?)"
EXPANSION_TAIL = re.compile(
    rf"(?P<tail>(?:{_SMALL_LINK}[a-zàâçéèêîôû][\w\-]*){{1,8}}(?:{_SMALL_LINK}[A-ZÉÈÎ][\w\-]*)?)[ \u00a0]*\((?P<acr>[A-Z]{{2,8}})\)"
    r"(?P<place>(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*)(?:de[ \u00a0]+la[ \u00a0]+|du[ \u00a0]+|des[ \u00a0]+|de[ \u00a0]+l['’]|de[ \u00a0]+|d['’])"
    r"[A-ZÉÈÎ][a-zéèêëîïôûç]+(?:-[A-ZÉÈÎa-zéèêëîïôûç]+)*\b)?")


def expanded(text: str, x: Spanned[str]) -> Spanned[str]:
    """A one-word name ("Conseil") spelt out up to its acronym in brackets, with the place after it."""
    m = EXPANSION_TAIL.match(text, x.end) if " " not in x.value else None
    if m is None or not stands_for(m["acr"], x.value + m["tail"]):
        return x
    return Spanned(text[x.start:m.end()], x.start, m.end())


def plan_acronyms(text: str) -> list[Spanned[str]]:
    """"État (DRAC) 205 500 €" in a financing plan: the acronym is a funder too."""
    return [Spanned(m["acr"], m.start("acr"), m.end("acr")) for m in PLAN_FUNDER.finditer(text)]


def title_acronyms(text: str, title: str) -> list[Spanned[str]]:
    """Acronyms printed in a mixed-case title (a party named in the heading)."""
    letters = [c for c in title if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > len(letters) / 2:
        return []
    out = []
    for m in ACRONYM_RE.finditer(title):
        if CIVILITY_BEFORE.search(title[:m.start()]) or CAPS_WORD_BEFORE.search(title[:m.start()]):
            continue
        if not title[:m.start()].strip(" *#-–—|") and CATEGORY_WORD.fullmatch(m["name"]):
            continue  # "FINANCES – ...", "URBANISME Garantie ...": the heading's category
        name = _with_place(title, m, TITLE_ACRONYM_WORD if m["name"] not in ACRONYM_STOP else None).value
        i = max(text.find(name), 0)
        out.append(Spanned(name, i, i + len(name)))
    for m in TITLE_ACRONYM_NAME.finditer(title):
        if m[0].split("-")[0] in ACRONYM_STOP or CIVILITY_BEFORE.search(title[:m.start()]):
            continue
        i = max(text.find(m[0]), 0)
        out.append(Spanned(m[0], i, i + len(m[0])))
    return out


def _with_place(text: str, m: re.Match, word: re.Pattern | None = None) -> Spanned[str]:
    """The acronym with a hyphenated place name after it ("SIVOS Ploumerel-Kerhoat") or, in running
    text, one more name word ("SNCF Réseau") or the place it serves ("CAUE de la Sarthe")."""
    place = ACRONYM_PLACE.match(text, m.end()) or (word and word.match(text, m.end()))
    if word and not place and m["name"] not in ACRONYM_STOP:
        place = ACRONYM_OF.match(text, m.end())
    end = place.end() if place else m.end()
    return Spanned(text[m.start():end], m.start(), end)


