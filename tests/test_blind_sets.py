"""Regression guard on the blind sets that have been used for fixing (blind to blind6).

Each was written by someone who had not seen the code, measured, then used to fix general
rules; they now guard against regressions. The newest set stays out of the tests:
it is the held-out measure (`python scripts/blind_eval.py --dir tests/data/blindN`).
"""

from __future__ import annotations

import importlib.util
import json

import pytest

from delibgraph.build import extract_json
from delibgraph.evaluate import merge, micro, score_document

from conftest import ROOT

spec = importlib.util.spec_from_file_location("blind_eval", ROOT / "scripts" / "blind_eval.py")
blind_eval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(blind_eval)

FLOORS = {"blind": 0.98, "blind2": 0.98, "blind3": 0.98, "blind4": 0.98, "blind5": 0.90, "blind6": 0.97}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_set_stays_above_its_floor(name: str):
    scores = []
    for case in blind_eval.cases([], ROOT / "tests" / "data" / name):
        gold = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        scores.append(score_document(gold, extract_json(blind_eval.input_of(case))))
    m = micro(merge(scores))
    assert m.f1 >= FLOORS[name], f"{name}: micro-F1 {m.f1:.3f} < {FLOORS[name]}"
