"""Organisations listed in tables and supplier lists.

A table column headed "Fournisseur", "Titulaire", "Prestataire", "Entreprise",
"Association(s)", "Bénéficiaire", "Organisme" or "Financeur" names bodies, one
per cell, often followed by an address ("ORAPI - 12 avenue ..."). In running
lists a supplier is written in capitals before its address
("réparation du portail par ERMA FERMETURES - 77 route de la Gare").
"""

from __future__ import annotations

import re

from ..model import Spanned
from .money_tables import RULE_RE, row_cells, table_blocks
from .orgnames import SP, UPW

ORG_COLUMN_RE = re.compile(
    r"fournisseur|prestataire|titulaire|attributaire|entreprise|soci[ée]t[ée]|associations?\b"
    r"|b[ée]n[ée]ficiaire|organisme|financeur|cocontractant|partenaire", re.I)
HEADER_CELL_RE = re.compile(
    r"(?:date|objet|montant.*|adresse.*|dur[ée]e|fournisseur.*|prestataire.*|titulaire|d[ée]signation|nature"
    r"|b[ée]n[ée]ficiaire.*|parcelles?.*|surface|prix.*|tarifs?.*|n°|r[ée]f[ée]rence)", re.I)
PERSON_RE = re.compile(r"^\s*(?:M\.|MM\.|Mme|Mmes|Monsieur|Madame|Mademoiselle|Ma[iî]tre)\b|\btotal\b", re.I)
SUPPLIER_RE = re.compile(
    rf"(?:\bpar|\bà|\bauprès\s+de|\bchez)\s+(?P<name>{UPW}(?:{SP}(?:{UPW}|et))*)"
    rf"(?=\s+[-–]\s+\d|\s+pour\s+un\s+montant)")


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


def supplier_lines(text: str) -> list[Spanned[str]]:
    """Capitalised supplier names before an address or "pour un montant"."""
    return [Spanned(m["name"], m.start("name"), m.end("name")) for m in SUPPLIER_RE.finditer(text)]
