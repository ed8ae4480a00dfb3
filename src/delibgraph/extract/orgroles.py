"""Organisations named by their role in the deliberation.

Used by :mod:`.organisations`. A role label then a name ("assureur : CNP
Assurances, courtier : Sofaxis", "maître d'œuvre : Atelier X"); another commune
as a party ("fonds de concours à la commune de Brassac", "convention avec la
commune de X"): the authority itself is dropped later by name; the buyer of a
sale ("vente du lot n° 4 à X pour 96 000 €"); the members of a consortium
("groupement X / Y"); a school named in lower case ("le collège Jean Follain").
"""

from __future__ import annotations

import re

from ..model import Spanned
from .fastre import led_by
from .orgnames import _CO_SEP, _LO, _UP, CAP, SP

_ROLE = (r"(?i:assureur|courtier|attributaire|prestataire|d[ée]l[ée]gataire|concessionnaire|fournisseur|bailleur"
         r"|am[ée]nageur|exploitant|ma[iî]tre\s+d['’]\s*(?:œ|oe)uvre|bureau\s+d['’]\s*[ée]tudes|op[ée]rateur)s?")
# "assureur : CNP Assurances", "(courtier : Sofaxis)"; a person ("M. X") is not a body.
ROLE_LABEL = led_by(
    "aAcCpPdDfFbBeEmMoO",
    rf"\b{_ROLE}[ \t]*:[ \t]*(?:(?:SARL|SAS|SASU|EURL|SA|SCOP){SP})?"
    rf"(?!(?:M|MM|Mme|Mmes|Monsieur|Madame)\b)(?P<name>{CAP}(?:{_CO_SEP}{CAP})*)")
# "à la commune de Brassac", "avec la commune de Le Vaudreuil", "adhésion de la commune de X".
OTHER_COMMUNE = led_by(
    "àaAeErR", rf"\b(?:à|avec|entre|(?i:adh[ée]sion|retrait)\s+de)\s+la\s+(?P<name>commune{SP}d(?:e{SP}|['’])(?:(?:Le|La|Les){SP})?{CAP})")

# The buyer of a sale: "vente du lot n° 4 à Tarn & Garonne Habitat pour 96 000 €", "cession ... à la SEM X moyennant ...".
SALE_TO = led_by(
    "vVcC", rf"\b(?i:vente|cession|c[ée]d[ée]e?s?|vendue?s?)\b[^.;|\n]{{0,80}}?\bà{SP}(?:la{SP}|le{SP}|l['’])?"
    rf"(?!(?:M|MM|Mme|Mmes|Monsieur|Madame|Ma[iî]tre)\b)(?P<name>{CAP}(?:{_CO_SEP}{CAP})*)"
    rf"(?={SP}(?:pour|moyennant|au{SP}prix)\b)")
# The members of a winning consortium: "attribué au groupement X / Y", "groupement solidaire X, Y et Z".
_MEMBER = rf"{CAP}(?:{_CO_SEP}{CAP})*"
GROUPEMENT = led_by("gG", rf"\b(?i:groupement)(?:{SP}(?i:solidaire|conjoint))?{SP}(?P<names>{_MEMBER}"
                          rf"(?:(?:{SP}?/{SP}?|,{SP}|{SP}et{SP}){_MEMBER})+)")
# "le marché a été attribué au groupement X": an earlier award recalled, not this deliberation's party.
PAST_AWARD = re.compile(r"\b(?:a|avait|ont|avaient)\s+[ée]t[ée]\s+\w+\s+(?:au|à\s+l[ae]|à)\s*$", re.I)
MEMBER_SEP = re.compile(rf"{SP}?/{SP}?|,{SP}|{SP}et{SP}")
# "avec le collège Jean Follain", "au lycée Le Dantec": a school named in lower case after a party cue is
# another body; a capitalised word followed by capitals is a person ("collège X Jean DUPONT").
_TWORD = rf"[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)*(?![{_LO}\-])(?!{SP}[{_UP}]{{2,}})"
SCHOOL = led_by("adeAE", rf"\b(?:(?:avec|entre|et)\s+le|au|du)(?<!\bsein\sdu){SP}"
                         rf"(?P<name>(?:coll[èe]ge|lyc[ée]e)(?:{SP}(?:professionnel|agricole|public|priv[ée]))?"
                         rf"(?:{SP}(?:Le|La|Les)(?={SP}[{_UP}]))?(?:{SP}{_TWORD}){{1,3}})")

# "située à Montbard pour ...": a place, not the buyer (a one-word mixed-case name is a place too).
PLACE_BEFORE = re.compile(r"(?:situ[ée]e?s?|sise?s?|domicili[ée]e?s?|lieu-dit|implant[ée]e?s?)\s+à\s+(?:la\s+|le\s+|l['’])?$", re.I)


def role_named(text: str) -> list[Spanned[str]]:
    """Bodies after a role label, and other communes a deliberation acts with."""
    out = [Spanned(m["name"], m.start("name"), m.end("name"))
           for rx in (ROLE_LABEL, OTHER_COMMUNE) for m in rx.finditer(text)]
    out += [Spanned(m["name"], m.start("name"), m.end("name")) for m in SCHOOL.finditer(text)]
    out += consortium_members(text)
    return out + [Spanned(m["name"], m.start("name"), m.end("name")) for m in SALE_TO.finditer(text)
                  if not PLACE_BEFORE.search(text, max(0, m.start("name") - 40), m.start("name"))
                  and (" " in m["name"] or m["name"].isupper())]


def consortium_members(text: str) -> list[Spanned[str]]:
    """Each member of "groupement X / Y", with its own span."""
    out = []
    for m in GROUPEMENT.finditer(text):
        if PAST_AWARD.search(text, max(0, m.start() - 50), m.start()):
            continue
        pos = m.start("names")
        for part in MEMBER_SEP.split(m["names"]):
            start = text.index(part, pos)
            out.append(Spanned(part, start, start + len(part)))
            pos = start + len(part)
    return out
