"""SCDL "Délibérations" CSV (OpenDataFrance schema 2.1.5): one record per row.

``;`` or ``,`` (or tab) separated, UTF-8 (BOM or not) or Windows-1252, quoted
cells may hold line breaks. ``Document.text`` is the decoded file; each record
keeps the SCDL cells under ``row`` and normalised keys (``number``, ``date``,
``title``...) with their ``_spans`` (cell offsets in the text).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .base import Document, Reader, SourceError, register
from .text import decode, normalise_newlines

REQUIRED = ("COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
            "DELIB_MATIERE_NOM", "DELIB_OBJET")
CORE = ("DELIB_ID", "DELIB_DATE", "DELIB_OBJET")  # without these a row is not a deliberation
# record key <- SCDL column
KEYS = {
    "authority_name": "COLL_NOM", "siret": "COLL_SIRET", "number": "DELIB_ID", "date": "DELIB_DATE",
    "matter_code": "DELIB_MATIERE_CODE", "matter_label": "DELIB_MATIERE_NOM", "title": "DELIB_OBJET",
    "budget_year": "BUDGET_ANNEE", "budget_name": "BUDGET_NOM", "act_id": "PREF_ID",
    "received": "PREF_DATE", "vote_effective": "VOTE_EFFECTIF", "vote_real": "VOTE_REEL",
    "vote_for": "VOTE_POUR", "vote_against": "VOTE_CONTRE", "vote_abstain": "VOTE_ABSTENTION",
    "url": "DELIB_URL",
}
INT_KEYS = ("vote_effective", "vote_real", "vote_for", "vote_against", "vote_abstain")
DATE_KEYS = ("date", "received")
DELIMITERS = (";", ",", "\t", "|")
FR_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
ACT_ID = re.compile(r"^([09][0-9][AB0-9])-(\d{9})-\d{8}-[A-Za-z0-9_]{1,15}-([A-Z]{2})$")

Cell = tuple[str, int, int]  # value, start, end


def _delimiter(header: str) -> str:
    return max(DELIMITERS, key=header.count)


def _cell_pattern(delim: str) -> re.Pattern[str]:
    d = re.escape(delim)
    return re.compile(rf'[ \t]*(?:"((?:[^"]|"")*)"|([^{d}\n]*))[ \t]*({d}|\n|$)')


def parse_cells(text: str, delim: str) -> list[list[Cell]]:
    """Rows of (value, start, end) cells; quoted cells may span lines."""
    pattern, rows, row, pos = _cell_pattern(delim), [], [], 0
    while pos < len(text):
        m = pattern.match(text, pos)
        if m is None or m.end() == pos:  # stray quote: take the rest of the line as one cell
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row.append((text[pos:end].strip(), pos, end))
            m_end, sep = end + 1, "\n"
        else:
            row.append(_cell(m))
            m_end, sep = m.end(), m.group(3)
        if sep != delim:
            rows.append(row)
            row = []
        pos = m_end
    if row:
        rows.append(row)
    return [r for r in rows if any(v for v, _, _ in r)]


def _cell(m: re.Match[str]) -> Cell:
    if m.group(1) is not None:
        return m.group(1).replace('""', '"').strip(), m.start(1), m.end(1)
    raw = m.group(2)
    start = m.start(2) + len(raw) - len(raw.lstrip())
    return raw.strip(), start, start + len(raw.strip())


def iso_date(value: str) -> str | None:
    """ISO date from "2023-12-06" or "06/12/2023"."""
    m = ISO_DATE.match(value)
    if m:
        return "-".join(m.groups())
    m = FR_DATE.match(value)
    return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else None


def matter_code(value: str) -> str | None:
    """"8.5", "08.05", "8.5.1" -> "8.5" (two levels, leading zeros dropped)."""
    parts = [p.lstrip("0") or "0" for p in re.split(r"[.\s-]+", value.strip()) if p.isdigit()]
    return ".".join(parts[:2]) or None


def _int(value: str) -> int | None:
    value = value.replace(" ", "").replace("\u00a0", "")
    return int(value) if value.isdigit() else None


def _convert(key: str, value: str) -> Any:
    if not value:
        return None
    if key in INT_KEYS:
        return _int(value)
    if key in DATE_KEYS:
        return iso_date(value)
    if key == "matter_code":
        return matter_code(value)
    return " ".join(value.split())


def _record(columns: dict[str, int], cells: list[Cell]) -> dict[str, Any]:
    row = {name: cells[i][0] if i < len(cells) else "" for name, i in columns.items()}
    rec: dict[str, Any] = {"format": "scdl-csv", "row": row, "_spans": {}}
    for key, column in KEYS.items():
        i = columns.get(column)
        value = _convert(key, cells[i][0]) if i is not None and i < len(cells) else None
        rec[key] = value
        if value is not None:
            rec["_spans"][key] = cells[i][1:]
    _derive_ids(rec)
    rec["_spans"]["_block"] = (cells[0][1], cells[-1][2])
    return rec


def _derive_ids(rec: dict[str, Any]) -> None:
    """SIREN (from the SIRET or the act id), department and nature (from the act id)."""
    spans, siret = rec["_spans"], re.sub(r"\D", "", rec.get("siret") or "")
    m = ACT_ID.match(rec.get("act_id") or "")
    rec["siren"], rec["department"], rec["nature"] = None, None, m.group(3) if m else "DE"
    if len(siret) >= 9:
        rec["siren"] = siret[:9]
        start = spans["siret"][0]
        spans["siren"] = (start, start + 9) if (rec["siret"] or "")[:9].isdigit() else (-1, -1)
    if m:
        start = spans["act_id"][0]
        rec["department"], spans["department"] = m.group(1), (start, start + 3)
        if rec["siren"] is None:
            rec["siren"], spans["siren"] = m.group(2), (start + 4, start + 13)


def _columns(path: Path, header: list[Cell], warnings: list[str]) -> dict[str, int]:
    columns = {v.strip().lstrip("\ufeff").upper(): i for i, (v, _, _) in enumerate(header)}
    missing = [c for c in REQUIRED if c not in columns]
    if any(c in missing for c in CORE):
        raise SourceError(f"{path}: not an SCDL Délibérations table: missing column(s) "
                          f"{', '.join(missing)} (found: {', '.join(columns) or 'none'})")
    if missing:
        warnings.append(f"{path.name}: SCDL column(s) missing: {', '.join(missing)}")
    return columns


def read_scdl(path: Path, data: bytes) -> Document:
    text = normalise_newlines(decode(path, data)).lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    rows = parse_cells(text, _delimiter(first_line))
    warnings: list[str] = []
    columns = _columns(path, rows[0] if rows else [], warnings)
    records = [_record(columns, cells) for cells in rows[1:]]
    if not records:
        warnings.append(f"{path.name}: the SCDL table has a header but no rows")
    return Document(path=path, text=text, media_type="text/csv", pages=[(0, len(text))],
                    metadata={"columns": list(columns)}, records=records, warnings=warnings)


SCDL = register(Reader("scdl-csv", (".csv",), ("text/csv",), read_scdl,
                       sniff=lambda data: b"DELIB_OBJET" in data[:4096].upper()))
