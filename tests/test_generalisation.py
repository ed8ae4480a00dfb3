"""Generalisation: realistic documents from communes and templates that are not in ../shared.

Each case under tests/data/generalisation/<case>/ holds an ``input.*`` (text, Markdown or HTML)
and the hand-written ``expected.json`` (SCHEMA.md shape). The JSON read back from the graph
must score micro-F1 1.0 against it, amounts and organisations aside (another helper's fields).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from delibgraph.build import extract_json
from delibgraph.evaluate import micro, score_document
from delibgraph.extract import extract
from delibgraph.sources import read_document

CASES = Path(__file__).parent / "data" / "generalisation"
NAMES = sorted(p.name for p in CASES.iterdir() if (p / "expected.json").exists())
LEFT_OUT = ("amounts_eur", "organisations")  # not annotated in these cases
# Per-case misses that could not be fixed in time: {case: {field: reason}}. Empty: none.
KNOWN_MISSES: dict[str, dict[str, str]] = {}


def _without_left_out(doc: dict) -> dict:
    for s in doc.get("sessions", []):
        for d in s.get("deliberations", []):
            for k in LEFT_OUT:
                d[k] = []
    return doc


def _input(case: str) -> Path:
    return next((CASES / case).glob("input.*"))


@pytest.fixture(scope="module")
def predictions() -> dict[str, dict]:
    return {case: extract_json(_input(case)) for case in NAMES}


def test_there_are_enough_cases():
    assert len(NAMES) >= 8, NAMES


@pytest.mark.parametrize("case", NAMES)
def test_case_scores_one(case, predictions):
    gold = _without_left_out(json.loads((CASES / case / "expected.json").read_text(encoding="utf-8")))
    pred = _without_left_out(json.loads(json.dumps(predictions[case])))
    scores = score_document(gold, pred)
    misses = {f: (c.fp, c.fn) for f, c in scores.items() if (c.fp or c.fn) and f not in KNOWN_MISSES.get(case, {})}
    assert not misses, f"{case}: fields with FP/FN {misses}"
    if not KNOWN_MISSES.get(case):
        assert micro(scores).f1 == 1.0


@pytest.mark.parametrize("case", NAMES)
def test_case_kind(case, predictions):
    gold = json.loads((CASES / case / "expected.json").read_text(encoding="utf-8"))
    assert predictions[case]["kind"] == gold["kind"]


def _changes(case: str) -> list[tuple]:
    s = extract(read_document(_input(case))).sessions[0]
    return [(c.person.value, c.event, c.from_item, c.to_item, c.proxy_to and c.proxy_to.value,
             c.present and c.present.value, c.voters and c.voters.value) for c in s.attendance_changes]


def test_attendance_changes_by_item():
    assert _changes("pv_mouvements") == [
        ("Karim LAHLOU", "leaves", "3", "5", "Marion MERCIER", 10, 12),
        ("Samuel THIBAULT", "arrives", "6", None, None, 11, 13),
    ]


def test_mojibake_is_repaired_when_read():
    text = read_document(_input("ocr_bruit")).text
    assert "présidence" in text and "à l'unanimité" in text and "Ã" not in text


def test_html_page_keeps_the_minutes_without_menu_or_footer():
    text = read_document(_input("page_html")).text
    assert text.startswith("Compte rendu du conseil municipal du 22 mai 2024")
    assert "Mentions légales" not in text and "Agenda" not in text


def test_count_box_in_a_table():
    s = extract(read_document(_input("markdown_ocr"))).sessions[0]
    assert (s.members_in_office.value, s.present_count.value, s.voters_count.value) == (19, 15, 17)
