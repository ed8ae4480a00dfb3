"""@ctes XML (``actes:Acte``, ``actes:ARActe``): one record per act.

``Document.records`` holds one dict per act (keys below, plus ``_spans``:
key -> [start, end) of the value in ``Document.text``); ``Document.text`` is a
readable rendering ("Objet : ...\\nNuméro interne : ...") that spans point into.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .base import Document, Reader, SourceError, register

ACTES_NS = "http://www.interieur.gouv.fr/ACTES"
ACT_TAGS = ("Acte", "ARActe")
NATURES = {"1": "DE", "2": "AR", "3": "AI", "4": "CC", "5": "BF", "6": "AU"}
# department - SIREN - decision date - internal number - nature (reference/README.md)
ACT_ID = re.compile(r"(?<![0-9A-Za-z])([09][0-9][AB0-9])-(\d{9})-(\d{8})-([A-Za-z0-9_]{1,15})-([A-Z]{2})")
# (label printed in Document.text, record key)
FIELDS = (
    ("Identifiant de l'acte", "act_id"), ("Date de réception en préfecture", "received"),
    ("Date de la décision", "date"), ("Numéro interne", "number"), ("Nature", "nature"),
    ("Code nature", "nature_code"), ("Matière", "matter_code"),
    ("Classification détaillée", "matter_full"), ("Objet", "title"),
    ("Version de la classification", "classification_version"), ("SIREN", "siren"),
    ("Département", "department"),
)  # the file name is kept in the record, not printed: its act id is not the act's own IDActe


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _is_actes(el) -> bool:
    return isinstance(el.tag, str) and el.tag.startswith("{" + ACTES_NS)


def _attr(el, name: str) -> str | None:
    for key, value in el.attrib.items():
        if _local(key) == name and value.strip():
            return value.strip()
    return None


def _child(el, name: str):
    return next((c for c in el.iter() if _local(c.tag) == name), None)


def _matter(act) -> str | None:
    """The full classification code, "7.5.1" (levels 3-5 are set by each prefecture)."""
    codes = []
    for level in range(1, 6):
        node = _child(act, f"CodeMatiere{level}")
        code = _attr(node, "CodeMatiere") if node is not None else None
        if code is None:
            break
        codes.append(code.lstrip("0") or "0")
    return ".".join(codes) or None


def _act_record(act, ar, source_name: str) -> dict[str, Any]:
    """The fields of one act (``ar``: the enclosing ARActe, if any; ids also from the XML's name)."""
    nomfichier = _child(act, "NomFichier")
    file_name = (nomfichier.text or "").strip() if nomfichier is not None else None
    act_id = _attr(ar, "IDActe") if ar is not None else _attr(act, "IDActe")
    code = _attr(act, "CodeNatureActe")
    objet = _child(act, "Objet")
    version = _child(act, "ClassificationDateVersion")
    rec = {
        "act_id": act_id, "received": _attr(ar, "DateReception") if ar is not None else None,
        "date": _attr(act, "Date"), "number": _attr(act, "NumeroInterne"),
        "nature": NATURES.get(code or ""), "nature_code": code, "matter_full": _matter(act),
        "title": " ".join((objet.text or "").split()) if objet is not None else None,
        "classification_version": (version.text or "").strip() if version is not None else None,
        "file": file_name or None,
    }
    rec["matter_code"] = ".".join(rec["matter_full"].split(".")[:2]) if rec["matter_full"] else None
    m = ACT_ID.search(act_id or "") or ACT_ID.search(file_name or "") or ACT_ID.search(source_name)
    rec["department"], rec["siren"] = (m.group(1), m.group(2)) if m else (None, None)
    return rec


def _acts(root) -> list[tuple[Any, Any]]:
    """(act element, enclosing ARActe or None) for every act in the tree."""
    out = []
    for el in root.iter():
        name = _local(el.tag) if _is_actes(el) else ""
        if name == "Acte":
            out.append((el, None))
        elif name == "ARActe":
            inner = _child(el, "ActeRecu")
            out.append((inner if inner is not None else el, el))
    return out


def render(records: list[dict[str, Any]]) -> str:
    """The readable text of the acts; fills each record's ``_spans``."""
    parts, pos = [], 0
    for rec in records:
        spans = rec.setdefault("_spans", {})
        block_start = pos
        for label, key in FIELDS:
            if rec.get(key) is None or (key == "matter_full" and rec[key] == rec["matter_code"]):
                continue
            line = f"{label} : {rec[key]}\n"
            start = pos + len(label) + 3
            spans[key] = (start, start + len(str(rec[key])))
            parts.append(line)
            pos += len(line)
        spans["_block"] = (block_start, pos)
        parts.append("\n")
        pos += 1
    return "".join(parts)


def _parse(path: Path, data: bytes):
    from lxml import etree

    try:
        return etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise SourceError(f"{path}: not well-formed XML ({exc})") from exc


def read_actes(path: Path, data: bytes) -> Document:
    root = _parse(path, data)
    acts = _acts(root)
    if not acts:
        raise SourceError(
            f"{path}: XML root element <{root.tag}> is not an @ctes act; expected actes:Acte or "
            f"actes:ARActe (namespace {ACTES_NS}#...)")
    records = [_act_record(act, ar, path.name) for act, ar in acts]
    for rec in records:
        rec["format"] = "actes-xml"
    text = render(records)
    return Document(path=path, text=text, media_type="application/xml", pages=[(0, len(text))],
                    metadata={"root": _local(root.tag)}, records=records)


def sniff_actes(data: bytes) -> bool:
    return ACTES_NS.encode() in data[:4096]


ACTES = register(Reader("actes-xml", (".xml",), ("application/xml", "text/xml"), read_actes,
                        sniff=sniff_actes))
