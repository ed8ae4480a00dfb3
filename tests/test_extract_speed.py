"""Speed work must not change a single output: look-ahead-led regexes, per-text caches, pre-checks."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
import time

import pytest

import delibgraph.extract as extract_pkg
from delibgraph.evaluate import fold as evaluate_fold
from delibgraph.extract import extract
from delibgraph.extract.fastre import led_by
from delibgraph.extract.frenchtext import find_dates, fold
from delibgraph.extract.textindex import has_any, lowered
from delibgraph.sources import read_document

from conftest import EXAMPLES, ROOT

LENS = EXAMPLES / "lens_2023-12-06.txt"
# Letters re.I pairs with ASCII ones (ı, İ, ſ, Kelvin sign), accents, tabs, pipes, line starts.
ODD = ("İl a été DÉSIGNÉ. ſecrétaire : M. Jean DUPONT\n| Retirée |\tRETIRÉ  rejetée\n"
       "Le conseil municipal, après en avoir délibéré, DÉCIDE\nPrésents : 12\n12 pour, 2 contre\n"
       "L'an deux mille vingt, le huit juin\n1er mars 2024 12/03/2024 2024-03-12 \u212aelvin ıle")
_HEAD = re.compile(r"^\(\?=\[(?:[^\]\\]|\\.)+\](?:\|\^)?\)\(\?:")


def _patterns(obj, found: dict[int, re.Pattern]) -> None:
    if isinstance(obj, re.Pattern):
        found[id(obj)] = obj
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            _patterns(x, found)
    elif isinstance(obj, dict):
        for x in obj.values():
            _patterns(x, found)


def led_patterns() -> list[re.Pattern]:
    """Every module-level pattern of delibgraph.extract that starts with a speed look-ahead."""
    found: dict[int, re.Pattern] = {}
    for info in pkgutil.iter_modules(extract_pkg.__path__):
        module = importlib.import_module(f"delibgraph.extract.{info.name}")
        for value in vars(module).values():
            _patterns(value, found)
    return [p for p in found.values() if _HEAD.match(p.pattern)]


def test_led_patterns_are_found():
    pats = led_patterns()
    assert len(pats) >= 60
    assert any("unanimit" in p.pattern for p in pats)


@pytest.mark.parametrize("rx", led_patterns(), ids=lambda p: p.pattern[:40])
def test_led_pattern_matches_like_the_plain_one_everywhere(rx):
    plain = re.compile(_HEAD.sub("", rx.pattern)[:-1], rx.flags)
    texts = [LENS.read_text(encoding="utf-8"), ODD, ODD.lower(), ODD.upper()]
    for text in texts:
        for i in range(len(text)):
            a, b = plain.match(text, i), rx.match(text, i)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (i, text[i:i + 30])


def test_led_by_keeps_groups_and_windows():
    rx = led_by("p", r"\bpour\s*:\s*(?P<n>\d+)", re.I)
    m = rx.search("Contre : 2  POUR : 17", 0, 21)
    assert m["n"] == "17" and m.start() == 12
    assert rx.search("POUR : 17", 1) is None


def test_lowered_keeps_offsets_and_re_i_letters():
    assert lowered("ſecrétaire ıl RETIRÉ") == "secrétaire il retiré"
    assert lowered("İle") is None  # "İ".lower() is two characters: no pre-check, the regex runs
    text = "Point RETIRÉ de l'ordre du jour ; ajournée"
    assert has_any(text, 0, len(text), ("retir",))
    assert not has_any(text, 0, 12, ("ajourn",))
    assert has_any("İ", 0, 1, ("zzz",))  # offsets would move: always True
    assert re.search("retir", "reTIR", re.I) and has_any("reTIR", 0, 5, ("retir",))


def test_has_any_reads_windows_like_re():
    text = "abc rejet def"
    assert not has_any(text, 5, 13, ("rejet",))  # the word starts before the window
    assert not has_any(text, 0, 8, ("rejet",))  # and ends after this one
    assert has_any(text, -3, 9, ("rejet",))  # a negative start reads as 0, like re


def test_cached_dates_are_fresh_objects():
    text = "Séance du 6 décembre 2023. Convoqué le 30 novembre 2023."
    first = find_dates(text)
    first[0].value = "changed"
    again = find_dates(text)
    assert [(d.value, d.start, d.end) for d in again] == [("2023-12-06", 10, 25), ("2023-11-30", 36, 55)]  # "le 30 novembre 2023"


def test_fold_is_evaluate_fold():
    samples = ["  Élu  ‑ Conseillère ", "ÉTAT", "x" * 300 + " É", "Saint-Étienne–Loire", "ﬁn İle"]
    assert [fold(s) for s in samples] == [evaluate_fold(s) for s in samples]


def test_extraction_is_the_same_when_caches_are_warm():
    doc = read_document(LENS)
    first = dataclasses.asdict(extract(doc))
    assert dataclasses.asdict(extract(doc)) == first
    assert first["sessions"][0]["deliberations"]


def test_generalisation_inputs_extract_the_same_twice():
    for path in sorted((ROOT / "tests" / "data" / "generalisation").glob("*/input.*"))[:4]:
        doc = read_document(path)
        assert repr(dataclasses.asdict(extract(doc))) == repr(dataclasses.asdict(extract(doc)))


def test_lens_extract_is_fast():
    doc = read_document(LENS)
    extract(doc)
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        extract(doc)
        best = min(best, time.perf_counter() - t)
    assert best < 0.25  # ~15 ms on the project's machine; this only catches a gross slowdown
