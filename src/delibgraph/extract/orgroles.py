"""Organisations named by their role in the deliberation.

Used by :mod:`.organisations`. A role label then a name ("assureur : CNP
Assurances, courtier : Sofaxis", "maître d'œuvre : Atelier X"); another commune
as a party ("fonds de concours à la commune de Brassac", "convention avec la
commune de X"): the authority itself is dropped later by name; the buyer of a
sale ("vente du lot n° 4 à X pour 96 000 €").
"""

from __future__ import annotations

import re

from ..model import Spanned
from .fastre import led_by
from .orgnames import _CO_SEP, CAP, SP

_ROLE = (r"(?i:assureur|courtier|attributaire|prestataire|d[ée]l[ée]gataire|concessionnaire|fournisseur|bailleur"
         r"|am[ée]nageur|exploitant|ma[iî]tre\s+d['’]\s*(?:œ|oe)uvre|bureau\s+d['’]\s*[ée]tudes|op[ée]rateur)s?")
# "assureur : CNP Assurances", "(courtier : Sofaxis)"; a person ("M. X") is not a body.
ROLE_LABEL = led_by(
    "aAcCpPdDfFbBeEmMoO",
    rf"\b{_ROLE}[ \t]*:[ \t]*(?:(?:SARL|SAS|SASU|EURL|SA|SCOP){SP})?"
    rf"(?!(?:M|MM|Mme|Mmes|Monsieur|Madame)\b)(?P<name>{CAP}(?:{_CO_SEP}{CAP})*)")
# "à la commune de Brassac", "avec la commune de Le Vaudreuil".
OTHER_COMMUNE = led_by(
    "àaeE", rf"\b(?:à|avec|entre)\s+la\s+(?P<name>commune{SP}d(?:e{SP}|['’])(?:(?:Le|La|Les){SP})?{CAP})")

# The buyer of a sale: "vente du lot n° 4 à Tarn & Garonne Habitat pour 96 000 €", "cession ... à la SEM X moyennant ...".
SALE_TO = led_by(
    "vVcC", rf"\b(?i:vente|cession|c[ée]d[ée]e?s?|vendue?s?)\b[^.;|\n]{{0,80}}?\bà{SP}(?:la{SP}|le{SP}|l['’])?"
    rf"(?!(?:M|MM|Mme|Mmes|Monsieur|Madame|Ma[iî]tre)\b)(?P<name>{CAP}(?:{_CO_SEP}{CAP})*)"
    rf"(?={SP}(?:pour|moyennant|au{SP}prix)\b)")

# "située à Montbard pour ...": a place, not the buyer (a one-word mixed-case name is a place too).
PLACE_BEFORE = re.compile(r"(?:situ[ée]e?s?|sise?s?|domicili[ée]e?s?|lieu-dit|implant[ée]e?s?)\s+à\s+(?:la\s+|le\s+|l['’])?$", re.I)


def role_named(text: str) -> list[Spanned[str]]:
    """Bodies after a role label, and other communes a deliberation acts with."""
    out = [Spanned(m["name"], m.start("name"), m.end("name"))
           for rx in (ROLE_LABEL, OTHER_COMMUNE) for m in rx.finditer(text)]
    return out + [Spanned(m["name"], m.start("name"), m.end("name")) for m in SALE_TO.finditer(text)
                  if not PLACE_BEFORE.search(text, max(0, m.start("name") - 40), m.start("name"))
                  and (" " in m["name"] or m["name"].isupper())]
