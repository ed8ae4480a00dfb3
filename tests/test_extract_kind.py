"""Document kind from the document's own title words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from delibgraph.extract import extract
from delibgraph.sources.base import Document

from conftest import CORPUS, GOLD


def kind_of(text: str) -> str | None:
    return extract(Document(path=Path("x.txt"), text=text, media_type="text/plain")).kind


@pytest.mark.parametrize("text, kind", [
    ("EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\nSéance du 3 mai 2022", "extract"),
    ("PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 3 MAI 2022", "minutes"),
    ("Compte rendu sommaire du conseil municipal du 3 mai 2022", "summary"),
    ("Liste des délibérations examinées en séance du 3 mai 2022\n| N° | Objet | Vote |", "list"),
    ("Le Maire certifie que la liste des délibérations a été affichée. EXTRAIT du registre", "extract"),
])
def test_kind_from_title_words(text: str, kind: str):
    assert kind_of(text) == kind


def test_kind_on_the_corpus():
    if not GOLD.is_dir():
        pytest.skip(f"{GOLD} not found: the gold annotations live in ../shared beside the project")
    from delibgraph.sources import read_document

    for gold_path in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_path.read_text())
        assert extract(read_document(CORPUS / gold["document"])).kind == gold["kind"], gold["document"]
