"""Euro amounts in French administrative text: number forms, markers, LaTeX from OCR.

:func:`euro_amounts` returns every amount a text gives in euros, with spans:
"259 100 €", "1.030.867,79 €", "2 033 729.68 euros HT", "1,2 M€", "2,5K€",
"€uros", "12 500 (douze mille cinq cents) euros", "184 236,00 E H.T." (OCR),
"l'euro symbolique", amounts in words ("cent euros") and OCR LaTeX
(``$552000,00 €$``, ``90 $000,00 €$``, ``$\\mathbf{9 2 0 0 €}$``). Signs are dropped.
"""

from __future__ import annotations

import re

from ..model import Spanned
from .fastre import led_by
from .frenchtext import NUMBER_WORDS_RE, words_to_int

_SP = r"[ \u00a0\u202f]"
# A number: dotted groups, spaced groups (one or two spaces, left by LaTeX removal), or plain.
NUMBER = (
    r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?"
    rf"|\d{{1,3}}(?:{_SP}{{1,2}}\d{{3}})+(?:[,.]\d{{1,2}})?"
    r"|\d+(?:[,.]\d{1,2})?)(?![\d])"
)
_SCALE = r"(?P<scale>[MK]|[mk](?=€)|millions?|milliards?|mds?)"
# "E H.T." / "E TTC": an OCR reading of "€" before the tax mark.
_EURO = rf"(?:€(?:uros?)?|euros?\b|eur\b|(?-i:E)(?={_SP}*(?-i:H\.?{_SP}?T\b\.?|T\.?{_SP}?T\.?{_SP}?C\b)))"
# "12 500 (douze mille cinq cents) euros": the amount in words between the figure and the unit.
_IN_WORDS = rf"(?:\({_SP}*(?:{NUMBER_WORDS_RE.pattern}){_SP}*\){_SP}*)"
MARKED_RE = led_by(
    r"\d", rf"(?P<num>{NUMBER}){_SP}*(?:{_SCALE}{_SP}*(?:d['’]{_SP}*)?|{_IN_WORDS})?(?P<euro>{_EURO})", re.I)
WORDS_RE = led_by("zupdtqcshnovm", rf"(?P<words>{NUMBER_WORDS_RE.pattern}){_SP}+(?:d['’])?{_SP}*euros?\b", re.I)
# "un million trente mille cinq cents euros", "deux millions d'euros".
MILLIONS_RE = led_by(
    "zupdtqcshnovm", rf"(?P<m>{NUMBER_WORDS_RE.pattern}){_SP}+millions?(?:{_SP}+(?P<rest>{NUMBER_WORDS_RE.pattern}))?"
    rf"{_SP}+(?:d['’]{_SP}*)?euros?\b", re.I)
SYMBOLIC_RE = led_by("e", r"\beuro\s+symbolique\b", re.I)
# OCR Markdown maths: $...$ regions and the macros inside them.
MATH_RE = re.compile(r"\$([^$\n]{0,200})\$")
MACRO_RE = re.compile(r"\\(?:mathbf|mathrm|text|textbf|mathit|operatorname)\s*\{|\\[,;: !]|[{}~]|\\")
DIGIT_GAP_RE = re.compile(r"(?<=\d)\s+(?=\d)")
# OCR letter O for the digit 0 in a figure before the euro mark: "287 450,OO €", "1 5OO euros".
OCR_O_NUM_RE = led_by(r"\dO", r"(?<![\w.,])(?=[\dO \u00a0.,]*\d)(?=[\d \u00a0.,]*O)[\dO][\dO \u00a0.,]*[\dO]"
                          r"(?=[ \u00a0\u202f]*(?:€|euros?\b))")
OCR_O_HINT = re.compile(r"\dO|O\d|[,.]O")
SCALES = {"m": 1e6, "million": 1e6, "millions": 1e6, "k": 1e3, "milliard": 1e9, "milliards": 1e9,
          "md": 1e9, "mds": 1e9}


def unlatex(text: str) -> str:
    """The text with OCR LaTeX maths flattened in place (same length, so spans still hold)."""
    def flat(m: re.Match) -> str:
        inner = DIGIT_GAP_RE.sub("", MACRO_RE.sub(" ", m.group(1)))
        inner = re.sub(r"\s+", " ", inner).strip()
        return (" " + inner).ljust(len(m.group(0)))
    return MATH_RE.sub(flat, text) if "$" in text else text


def ocr_zeros(text: str) -> str:
    """The text with an OCR letter O read as 0 inside figures before a euro mark (same length)."""
    if not OCR_O_HINT.search(text):
        return text
    return OCR_O_NUM_RE.sub(lambda m: m[0].replace("O", "0"), text)


def parse_number(s: str) -> float | None:
    """A French-written number ("1.030.867,79", "2 033 729.68", "0,30") as a float."""
    s = re.sub(rf"{_SP}+", "", s)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "")
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


def euro_amounts(text: str, offset: int = 0) -> list[Spanned[float]]:
    """Every euro amount in text, in order of appearance (spans shifted by offset)."""
    flat = ocr_zeros(unlatex(text))
    found = [*_marked(flat), *_in_words(flat), *_symbolic(flat)]
    found.sort(key=lambda x: x.start)
    return [Spanned(x.value, x.start + offset, x.end + offset) for x in found]


def _marked(text: str) -> list[Spanned[float]]:
    out = []
    for m in MARKED_RE.finditer(text):
        value = parse_number(m["num"])
        if value is None:
            continue
        if m["scale"]:
            value *= SCALES.get(m["scale"].lower(), 1)
        out.append(Spanned(round(value, 2), m.start(), m.end()))
    return out


def _in_words(text: str) -> list[Spanned[float]]:
    out = []
    for m in MILLIONS_RE.finditer(text):
        n = (words_to_int(m["m"]) or 0) * 1_000_000 + (words_to_int(m["rest"]) or 0 if m["rest"] else 0)
        if n:
            out.append(Spanned(float(n), m.start(), m.end()))
    for m in WORDS_RE.finditer(text):
        n = words_to_int(m["words"])
        if n and not any(x.start <= m.start() < x.end for x in out):
            out.append(Spanned(float(n), m.start(), m.end()))
    return out


def _symbolic(text: str) -> list[Spanned[float]]:
    return [Spanned(1.0, m.start(), m.end()) for m in SYMBOLIC_RE.finditer(text)]
