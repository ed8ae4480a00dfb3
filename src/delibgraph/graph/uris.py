"""Deterministic URIs minted from natural keys.

SIREN (or the authority's name), session date, deliberation number or @ctes act
id, person and organisation names: rebuilding a document mints the same URIs,
so its named graph is replaced, never duplicated.
"""

from __future__ import annotations

import re

from ..evaluate import fold
from ..model import Authority, Deliberation, Session, val

BASE = "https://w3id.org/delibgraph/id/"


def slug(text: str) -> str:
    """A URI path segment: folded, non-alphanumerics collapsed to '-'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def document_uri(file_name: str) -> str:
    return f"{BASE}document/{slug(file_name)}"


def authority_uri(a: Authority, file_name: str) -> str:
    if val(a.siren):
        return f"{BASE}authority/{a.siren.value}"
    if val(a.name):
        return f"{BASE}authority/{slug(a.name.value)}"
    return f"{BASE}authority/unnamed-{slug(file_name)}"


def council_uri(authority: str) -> str:
    return f"{authority}/council"


def session_uri(authority: str, s: Session, file_name: str, index: int) -> str:
    if val(s.date):
        return f"{authority}/session/{s.date.value}"
    return f"{authority}/session/undated-{slug(file_name)}-{index}"


def deliberation_uri(session: str, d: Deliberation, position: int, taken: set[str]) -> str:
    if val(d.act_id):
        uri = f"{BASE}act/{d.act_id.value}"
    elif val(d.number):
        uri = f"{session}/deliberation/{slug(d.number.value)}"
    else:
        uri = f"{session}/item/{position}"
    if uri in taken:  # the same number printed twice in one document
        uri = f"{uri}-{position}"
    taken.add(uri)
    return uri


def person_uri(authority: str, name: str) -> str:
    return f"{authority}/person/{slug(name)}"


def organisation_uri(name: str) -> str:
    return f"{BASE}organisation/{slug(name)}"
