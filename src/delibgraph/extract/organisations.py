"""Organisations per deliberation: fills ``Deliberation.organisations``.

Named bodies the deliberation acts on or with: companies after "l'entreprise",
"la société", "SAS"; associations; public bodies by their head word
("Communauté de communes du X", "Syndicat ...", "Département du X"; a bare
"Etat"/"Région"/"Département" only as funder or partner); acronyms introduced
by a role ("avec la COPAMO", "24 523 € à la COPAMO", "convention entre la X, la
Y et la Z", "délégué au sein de la X", "attribué à X") or printed in the title
(see :mod:`.orgacronyms`); funders of a financing plan ("État (DRAC)"); the
supplier/beneficiary column of a table; bodies after a role label ("assureur :
X"), other communes, buyers (see :mod:`.orgroles`); a name with its kind in
apposition ("X, office public de l'habitat"); parties of an all-caps title (see :mod:`.orgcaps`). Left out (see :mod:`.orgclean`): the authority itself, its commissions and services, funds
and programmes, generic heads ("l'établissement public"), parts of a body ("les
services de l'X"), affiliations ("Président de X"), and bodies named only as
background (see :mod:`.orgcontext`; a bare public funder asked for money still
counts there). Forms of one body are merged (see :mod:`.orgmerge`). Each
distinct name once, in order of first appearance.
"""

from __future__ import annotations

import re

from ..model import Extraction, Spanned, val
from ..sources.base import Document
from .frenchtext import fold
from .money import unlatex
from .orgacronyms import acronyms, expanded, plan_acronyms, title_acronyms
from .orgcaps import caps_bodies, caps_title_parties
from .orgcontext import background_spans, in_aside, inside
from .orgmerge import aliases, key, merge
from .orgclean import NAME_ADJ, acceptable, clean_name
from .orgnames import (ASSOC_PLAIN, ASSOC_QUOTED, BODY_RE, COMPANY_CUE, EPCI_TAIL_RE, FUNDER_CUE, HABITAT_RE, KIND_AFTER,
                       NAMED_AFTER, PARTNER_CUE, PARTY_NEXT, SUBPART_BEFORE, WORD_BEFORE)
from .orgroles import role_named
from .orgtables import representative_bodies, supplier_lines, table_orgs

PUBLIC_FUNDER = re.compile(r"[ÉE]tat|R[ée]gion|D[ée]partement")
FUNDER_BEFORE = re.compile(r"(?:partenariat|subventions?|financ\w*|aides?|concours|sollicit\w*|demandes?"
                           r"|aupr[èe]s|obtenu|vers[ée]\w*)\W+(?:\w+\W+){0,4}$", re.I)
# "de l'Etat et de la Région": a public body coordinated with a funder is a funder too.
COORD_BEFORE = re.compile(
    r"(?P<prev>[ÉE]tat|R[ée]gion|D[ée]partement)\s*(?:,|\bet)\s+(?:de\s+)?(?:la|le|l['’]|du)?\s*$")
# "Président de Lannion-Trégor Communauté", "Directeur du Centre X": an affiliation, not a party.
TITLE_BEFORE = re.compile(r"\b(?:Pr[ée]sident|Vice-pr[ée]sident|Directeur|Directrice|Maire)e?s?\s+"
                          r"(?:de\s+la|du|de\s+l['’]|de|des)\s*$", re.I)
FUNDER_AFTER = re.compile(r"^[^\n€]{0,25}?\d[\d \u00a0.,]*\s*€")
# "l'État (DRAC X) et la Région apportant 620 000 €", "l'État participe à hauteur de ...": a funding verb.
FUNDER_VERB_AFTER = re.compile(r"^[^.;\n]{0,60}?\b(?:apport(?:e|ent|ant)|particip(?:e|ent|ant)|cofinanc(?:e|ent|ant)"
                               r"|subventionn(?:e|ent|ant))\b")
# A name word (or a hyphen at a line break) right before: the match is the tail of a longer name.
NAME_BEFORE = re.compile(r"(?:[A-ZÉ][\w'’]*[a-zé]|-)[ \t\u00a0]*\n?[ \t\u00a0]*$")
# A row of a vote table by political group: "Métropole Solidaire ........ Pour 31 | Contre 0", "Groupe X : 12 pour".
VOTE_ROW_AFTER = re.compile(r"[ \t]*[.…:|\t][ \t.…:|]*(?:(?:pour|contre|abst)\w*\.?[ \t:]*\d{1,3}(?!\d)"
                            r"|\d{1,3}[ \t]+(?:voix[ \t]+)?(?:pour|contre)\b)", re.I)
# "l'offre de La Banque Postale": a capital article inside a sentence is part of the name.
CAP_ARTICLE_BEFORE = re.compile(r"(?<=[a-zàâçéèêîôû,] )L[ae][ \u00a0]$")
LOWER_NEXT = re.compile(r"\s+(?!et\b|de\b|du\b|des\b)[a-zàâçéèêëîïôûù]")


def organisations_in(text: str, offset: int = 0, authority: str | None = None,
                     title: str = "", alias: dict[str, str] | None = None) -> list[Spanned[str]]:
    """Distinct organisations named in one deliberation's text, in order of first appearance."""
    flat = unlatex(text)
    skip = background_spans(flat)
    found = [*_cued(flat), *_partners(flat), *_bodies(flat), *acronyms(flat), *table_orgs(flat), *supplier_lines(flat),
             *representative_bodies(flat), *plan_acronyms(flat), *role_named(flat), *caps_bodies(flat)]
    found = [x for x in found if (not inside(skip, x.start) or _public_funder(flat, x))
             and not TITLE_BEFORE.search(flat[max(0, x.start - 40):x.start])
             and not VOTE_ROW_AFTER.match(flat, x.end)]
    found = [expanded(flat, x) for x in found]
    found += title_acronyms(flat, title)
    found += caps_title_parties(flat, title, found, _partners)
    found.sort(key=lambda x: x.start)
    alias = {**aliases(flat), **(alias or {})}
    out, seen = [], set()
    for x in found:
        name = clean_name(x.value)
        name = alias.get(key(name), name)
        if key(name) in seen or not acceptable(name, authority):
            continue
        seen.add(key(name))
        out.append(Spanned(name, x.start + offset, x.end + offset))
    return merge(out)


def _cued(text: str) -> list[Spanned[str]]:
    out = []
    for rx in (COMPANY_CUE, ASSOC_QUOTED, ASSOC_PLAIN, NAMED_AFTER, KIND_AFTER):
        for m in rx.finditer(text):
            name = clean_name(m["name"])
            if rx is ASSOC_PLAIN and " " not in name and LOWER_NEXT.match(text, m.end()):
                continue  # "l'association Habitat jeunes ...": the name is not delimited
            if rx is NAMED_AFTER and " " not in name:
                continue  # "au sein de la Médiathèque": a one-word service, not a named body
            start = m.start("name")
            cue = text[max(0, start - 8):start]
            if rx is COMPANY_CUE and cue[:1] == "S" and cue.endswith(" ") and fold(cue) == "societe" and NAME_ADJ.match(name):
                name, start = cue + name, start - 8  # "la Société Martiniquaise d'Habitat Social"
            out.append(Spanned(name[:1].upper() + name[1:], start, m.end("name")))
    return out


def _partners(text: str) -> list[Spanned[str]]:
    """The parties of "convention avec X et Y" and the funders of "avec l'aide du X et de Y"."""
    out = []
    for m in [*PARTNER_CUE.finditer(text), *FUNDER_CUE.finditer(text)]:
        if in_aside(text, m.start()):
            continue  # "(conditions fixées dans la convention avec le SDIS)"
        while m:
            g = "name2" if m.groupdict().get("name2") else "name"
            out.append(Spanned(m[g], m.start(g), m.end(g)))
            m = PARTY_NEXT.match(text, m.end())
    return out


def _bodies(text: str) -> list[Spanned[str]]:
    """Named bodies by head word; a bare Etat/Région/Département only as funder or partner."""
    out = []
    for m in BODY_RE.finditer(text):
        if PUBLIC_FUNDER.fullmatch(m["name"]) and (not _funder(text, m.start(), m.end()) or in_aside(text, m.start())):
            continue
        name, start = m["name"], m.start()
        before = text[max(0, start - 60):start]
        bare = PUBLIC_FUNDER.fullmatch(name)
        if before.endswith("(") or SUBPART_BEFORE.search(before) or (WORD_BEFORE.search(before) and not bare):
            continue  # an expansion in brackets, a service of a body, a word inside a longer name
        if name.startswith("Association") and before[-2:] in ("l'", "l’", "d'", "d’"):
            name, start = name[len("Association"):].lstrip(), start + len("Association") + 1
        article = CAP_ARTICLE_BEFORE.search(before)
        if article and not bare:
            name, start = before[article.start():] + name, start - len(before) + article.start()
        if " " in name or PUBLIC_FUNDER.fullmatch(name):
            out.append(Spanned(name, start, m.end()))
        elif (spelt := expanded(text, Spanned(name, start, m.end()))).end > m.end():
            out.append(spelt)  # "l'Agence de services et de paiement (ASP)"
    out += [Spanned(m["name"], m.start("name"), m.end("name")) for rx in (EPCI_TAIL_RE, HABITAT_RE) for m in rx.finditer(text)
            if " " in clean_name(m["name"]) and not NAME_BEFORE.search(text[max(0, m.start() - 30):m.start()])]
    return out


def _funder(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 80):start]
    coord = COORD_BEFORE.search(before)
    if coord and _funder(text, start - len(before) + coord.start(), start - len(before) + coord.end("prev")):
        return True
    after = text[end:end + 100]
    return bool(FUNDER_BEFORE.search(before) or FUNDER_AFTER.match(after) or FUNDER_VERB_AFTER.match(after))


def _public_funder(text: str, x: Spanned[str]) -> bool:
    """A bare Etat/Région/Département asked for or granting money, even in the discussion."""
    return bool(PUBLIC_FUNDER.fullmatch(x.value)) and _funder(text, x.start, x.end)


CCAS_NAME = "Centre Communal d'Action Sociale"


def run(doc: Document, ext: Extraction) -> None:
    authority, alias = val(ext.authority.name), aliases(unlatex(doc.text))
    if val(ext.authority.type) == "ccas" and not (authority and fold(CCAS_NAME) in fold(authority)):
        authority = CCAS_NAME  # the CCAS names itself by its generic name
    for session in ext.sessions:
        for d in session.deliberations:
            if d.start < 0 or d.organisations:
                continue
            end = d.end if d.end > d.start else len(doc.text)
            d.organisations = organisations_in(doc.text[d.start:end], d.start, authority,
                                               val(d.title) or "", alias)
