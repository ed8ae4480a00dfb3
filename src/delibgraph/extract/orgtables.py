"""Organisations listed in tables and supplier lists.

A table column headed "Fournisseur", "Titulaire", "Prestataire", "Entreprise",
"Association(s)", "Bénéficiaire", "Organisme", "Financeur" or "Demandeur/intéressé"
names bodies, one per cell, often followed by an address ("ORAPI - 12 avenue ...").
In running lists a supplier is written in capitals before its address
("réparation du portail par ERMA FERMETURES - 77 route de la Gare", "par FLEXINFO -
rue ...") or after "attribué à". In representatives tables a row that is a
sentence, a numbered sub-line or a commission of a body is not a body.
"""

from __future__ import annotations

import re

from ..model import Spanned
from .fastre import led_by
from .money_tables import RULE_RE, row_cells, table_blocks
from .orgnames import _CO_SEP, _LO, ADJ, CAP, NAME_TAIL, SP, UPW

ORG_COLUMN_RE = re.compile(
    r"fournisseur|prestataire|titulaire|attributaire|entreprise|soci[ée]t[ée]|associations?\b"
    r"|b[ée]n[ée]ficiaire|organisme|financeur|cocontractant|partenaire|demandeur|int[ée]ress[ée]", re.I)
HEADER_CELL_RE = re.compile(
    r"(?:date|objet|montant.*|adresse.*|dur[ée]e|fournisseur.*|prestataire.*|titulaire|d[ée]signation|nature"
    r"|b[ée]n[ée]ficiaire.*|parcelles?.*|surface|prix.*|tarifs?.*|n°|r[ée]f[ée]rence)", re.I)
PERSON_RE = re.compile(r"^\s*(?:M\.|MM\.|Mme|Mmes|Monsieur|Madame|Mademoiselle|Ma[iî]tre)\b|\btotal\b", re.I)
SUPPLIER_RE = led_by(
    "pàac", rf"(?:\bpar|\bà|\bauprès\s+de|\bchez)\s+(?P<name>{UPW}(?:{SP}(?:{UPW}|et))*)"
    rf"(?=\s+[-–]\s+(?:\d|(?i:rue|route|chemin|avenue|boulevard|place|impasse|all[ée]e|quai|ZA|ZI|ZAC|lieu-dit)\b)"
    rf"|\s+pour\s+un\s+montant)")
# "(marché ...) attribué à STUDIO PAT": the contractor, written in capitals.
AWARDED_RE = led_by("a", rf"\battribu[ée]e?s?\s+(?:à|au)\s+(?P<name>[A-Z]{{2}}{UPW}*(?:{SP}{UPW})*)(?![\w'’])")


def table_orgs(text: str) -> list[Spanned[str]]:
    """Cells of organisation columns of the tables in text."""
    out = []
    for block in table_blocks(text):
        rows = [(line.start(), row_cells(line)) for line in block if not RULE_RE.match(line.group(0))]
        head = next((k for k, (_, cells) in enumerate(rows[:3]) if _org_columns(cells)), None)
        if head is None:
            continue
        cols = _org_columns(rows[head][1])
        for base, cells in rows[head + 1:]:
            if sum(bool(HEADER_CELL_RE.fullmatch(c.group(0).strip())) for c in cells) >= 2:
                cols = _org_columns(cells)  # a new header row
                continue
            for i in cols & set(range(len(cells))):
                c = cells[i]
                if c.group(0).strip() and not PERSON_RE.search(c.group(0)):
                    out.append(Spanned(c.group(0), base + c.start(), base + c.end()))
    return out


def _org_columns(cells: list[re.Match]) -> set[int]:
    return {i for i, c in enumerate(cells) if len(c.group(0)) < 50 and ORG_COLUMN_RE.search(c.group(0))}


# A list row naming a beneficiary or funder, then an amount: "- Agence de l'eau Adour-Garonne : 273 805 €",
# "   Les Amis du Vieux Moulin (restauration ...) ......... 1 500 €".
# "- au Secours populaire français, comité local : 1 200 €": the beneficiary after à/au/aux, a local part after a comma.
LIST_ROW = re.compile(
    rf"^[ \t]*(?:[-•*–][ \t]*)?(?P<to>(?:à|au|aux){SP}(?:la{SP}|l['’]|les{SP})?)?"
    rf"(?P<name>{CAP}(?:{SP}{ADJ}\b){{0,2}}{NAME_TAIL})(?:[ \t]*\([^()\n]{{0,80}}\)|,{SP}[{_LO}][^:\n]{{0,30}})?"
    r"[ \t]*(?::|\.{3,}|…+)[ \t.…]*\d[\d \u00a0.,]*\s*(?:€|euros?\b)", re.M)
# Row labels of financing plans and loan terms, never a body.
ROW_LABEL = re.compile(r"(?:total|sous-total|montant|co[uû]ts?|d[ée]penses?|recettes?|tva|frais|taux|dur[ée]e|reste"
                       r"|part|autofinancement|emprunts?|fonds|subventions?|participation|solde|prix|estimation"
                       r"|enveloppe|budget|lot|tranche|phase|option|avance|acompte|loyer|charges?|section|chapitre"
                       r"|article|compte|op[ée]ration|capital|int[ée]r[êe]ts|annuit[ée]|tarifs?|forfait|salle|r[ée]sultat"
                       r"|exc[ée]dent|d[ée]ficit|report|virement|cr[ée]dits?|redevance|cotisation|indemnit[ée])\b", re.I)
# A list of beneficiaries or funders is announced as such shortly before its rows.
ROW_CONTEXT = re.compile(r"subvention|associations?|financ|b[ée]n[ée]ficiaires?|partenaires?|versements?", re.I)
# "Lot 2 Menuiseries : SAS MENUISERIES DU BOCAGE, pour ...": the contractor of a lot.
LOT_ROW = led_by(
    "Ll", rf"\b[Ll]ot(?:{SP})?(?:n[°o](?:{SP})?)?\d+[^:\n]{{0,80}}?:{SP}(?:(?:SARL|SAS|SASU|EURL|SA|SCOP){SP})?"
    rf"(?P<name>{CAP}(?:{_CO_SEP}{CAP})*)(?=[ \t]*(?:[,;(]|$|pour\b|[-–]{SP}\d|\d[\d \u00a0.,]*\s*€))", re.M)
# A lot's contractor is told from a bare description ("Lot 3 : Plomberie, pour ...") by a legal form,
# a word in capitals, or a description written before the colon.
LOT_DESC = re.compile(r"[Ll]ot\s*(?:n[°o]\s*)?\d+\s*[-–.]?\s*[^\W\d]")


def supplier_lines(text: str) -> list[Spanned[str]]:
    """Capitalised supplier names before an address or "pour un montant", or after "attribué à";
    named rows of a list with an amount; the contractor of a lot."""
    out = [Spanned(m["name"], m.start("name"), m.end("name"))
           for rx in (SUPPLIER_RE, AWARDED_RE) for m in rx.finditer(text)]
    out += [Spanned(m["name"], m.start("name"), m.end("name")) for m in LOT_ROW.finditer(text)
            if LOT_DESC.match(m.group(0)) or re.search(r"\b[A-Z]{2}|\b(?:SA|SAS|SARL|EURL|SCOP)\s", m.group(0))]
    return out + [Spanned(m["name"], m.start("name"), m.end("name")) for m in LIST_ROW.finditer(text)
                  if not ROW_LABEL.match(m["name"]) and (m["to"] or len(re.findall(r"\b[A-ZÀ-Ý]", m["name"])) >= 2)
                  and ROW_CONTEXT.search(text, max(0, m.start() - 400), m.start())]


# Representatives tables ("Organismes | Titulaires | Suppléants"): a body, then the members' names.
PERSON_AT = re.compile(
    r"(?:M\.\s+le\s+Maire|Le\s+Maire|[A-ZÉ][a-zéèëïçô]+(?:-[A-ZÉ][a-zéèëïçô]+)?\s+"
    r"[A-ZÉÈ][A-ZÉÈÇ'’]+(?:[ \-][A-ZÉÈÇ'’]{2,})*)(?![\w'’])")
REPRESENTATIVES_RE = led_by(
    "rod",
    r"repr[ée]sentants?|organismes\s+ext[ée]rieurs|d[ée]l[ée]gu[ée]s?\s+(?:au|à|aux|aupr[èe]s|dans|titulaires?)", re.I)
BOARD_PREFIX = re.compile(r"^(?:CA|Conseil\s+d['’]administration|Conseil\s+de\s+surveillance)\s+(?:du|de\s+la|de\s+l['’]|des)\s+")
# A sentence ("Les groupes de minorité proposent", "Monsieur le Maire propose :"), a numbered sub-line ("1) représentant ..."),
# or a commission of a body ("SAGE X – commission locale de l'eau").
NOT_A_BODY = re.compile(r"^(?:Monsieur|Madame|M\.|Mme)\s|\b(?:propos|d[ée]sign|candidat)\w*\b|\b\d\)\s"
                        r"|\s[–—-]\s+commission\b", re.I)
HEADER_LINE = re.compile(r"titulaires?|suppl[ée]ants?|organismes|d[ée]lib|membres?\b|arr[êe]t[ée]", re.I)


# "Premier Adjoint délégué aux Finances": a councillor's function, not a designation.
FUNCTION_BEFORE = re.compile(r"(?:adjoint|conseill|vice-pr[ée]sident|maire)\w*\s+$", re.I)


def representative_bodies(text: str) -> list[Spanned[str]]:
    """Bodies listed line by line before the names of the members designated to them."""
    head = text[:400]
    if not any(not FUNCTION_BEFORE.search(head, max(0, m.start() - 40), m.start()) for m in REPRESENTATIVES_RE.finditer(head)):
        return []
    out: list[Spanned[str]] = []
    buffer: list[tuple[str, int]] = []  # lines without a member's name, since the last one
    pos = 0
    for line in text.split("\n"):
        person, stripped = PERSON_AT.search(line), line.strip()
        if person:
            head = line[:person.start()].strip()
            body = [(head, pos + line.find(head))] if head else _list_heading(buffer) or buffer[-3:]
            _add_body(out, body)
            buffer = []
        elif stripped and not HEADER_LINE.search(stripped):
            buffer.append((stripped, pos + line.find(stripped)))
        elif stripped:
            buffer = []
        pos += len(line) + 1
    return out


def _list_heading(buffer: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """"Conseils de quartiers :" followed by a list: the heading names the body, not the items."""
    return next(([b] for b in reversed(buffer) if b[0].endswith(":")), [])


def _add_body(out: list[Spanned[str]], lines: list[tuple[str, int]]) -> None:
    if not lines or not lines[0][0][:1].isupper():
        return
    name = BOARD_PREFIX.sub("", " ".join(t for t, _ in lines))
    if NOT_A_BODY.search(name):
        return
    if re.fullmatch(r"[A-ZÉ][a-zéèëïçô]+", name):
        return  # a given name left over from "Marie Christine NAME"
    name = name[:1].upper() + name[1:]
    out.append(Spanned(name, lines[0][1], lines[-1][1] + len(lines[-1][0])))
