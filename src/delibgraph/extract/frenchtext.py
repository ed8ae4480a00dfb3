"""Shared helpers for French administrative text: numbers, dates, times, names.

Every helper works on plain strings; the span-returning ones give offsets
relative to the string they were given (plus ``start`` where one is passed).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..evaluate import fold as _fold
from ..model import Spanned
from .fastre import led_by

__all__ = ["fold", "words_to_int", "parse_date", "DATE_RE", "WORD_DATE_RE", "find_dates",
           "parse_time", "TIME_RE", "clean_person", "PERSON", "CIVILITY", "is_person_name", "split_names", "MONTHS", "NUMBER_WORDS_RE", "ocr_digits"]

_fold_short = lru_cache(maxsize=1 << 14)(_fold)


def fold(s: str) -> str:
    """Case, accents, dash kinds and spaces folded (evaluate.fold; short strings cached)."""
    return _fold_short(s) if type(s) is str and len(s) <= 200 else _fold(s)


UNITS = {
    "zero": 0, "un": 1, "une": 1, "premier": 1, "premiere": 1, "1er": 1, "deux": 2, "trois": 3,
    "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11,
    "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70,
    "huitante": 80, "octante": 80, "nonante": 90,
}
MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}
_NUM_WORD = (r"(?:z[ée]ro|une?|premi[eè]re?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
             r"treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|"
             r"huitante|octante|nonante|cents?|mille|mil)")
NUMBER_WORDS_RE = re.compile(rf"\b{_NUM_WORD}(?:(?:[\s\-‑–]+|\s+et\s+){_NUM_WORD})*\b", re.I)
_MONTH = (r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
          r"novembre|d[ée]cembre)")
DATE_RE = led_by(  # a day in figures, "premier" or OCR maths "$1^{er}$"; a year first
    r"\dp$",
    rf"(?:(?P<d>\b\d{{1,2}}|\b1\s?er|\bpremier|\$\s*1\s*\^\s*\{{\\text\s*\{{\s*er\s*\}}\s*\}}\s*\$)"
    rf"\s*(?P<m>{_MONTH})\s+(?P<y>\d{{4}})"
    r"|\b(?P<d2>\d{1,2})\s*[/.\-]\s*(?P<m2>\d{1,2})\s*[/.\-]\s*(?P<y2>\d{4})"
    r"|\b(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))\b",
    re.I,
)
WORD_DATE_RE = led_by(  # "l'an ..." or "le ..."
    "l",
    rf"\bl['’]an\s+(?P<y>{NUMBER_WORDS_RE.pattern[2:-2]})\s*,?\s*(?:et\s+)?le\s+"
    rf"(?P<d>{NUMBER_WORDS_RE.pattern[2:-2]}|\d{{1,2}}|1er)\s+(?:du\s+mois\s+d['’]?e?\s*)?(?P<m>{_MONTH})\b"
    rf"|\ble\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    rf"(?P<d2>{NUMBER_WORDS_RE.pattern[2:-2]}|\d{{1,2}}|1er)\s+(?:du\s+mois\s+d['’]?e?\s*)?"
    rf"(?P<m2>{_MONTH})\s*,?\s*(?:de\s+l['’]an\s+)?(?P<y2>{NUMBER_WORDS_RE.pattern[2:-2]}|\d{{4}})\b",
    re.I,
)
TIME_RE = re.compile(
    r"\b(?P<h>[012]?\d)\s*(?:h|heures?)\s*(?P<m>[0-5]\d)?(?![\d])"
    rf"|\b(?P<wh>{_NUM_WORD}(?:[\s\-]+(?:et\s+)?{_NUM_WORD})*)\s+heures?(?:\s+(?P<wm>{_NUM_WORD}(?:[\s\-]+(?:et\s+)?{_NUM_WORD})*|quart|demie))?\b",
    re.I,
)
_TOKEN_SPLIT = re.compile(r"[\s\-‑–]+|\bet\b")


def words_to_int(s: str) -> int | None:
    """A number written in figures or French words ("trente-neuf" -> 39), else None."""
    s = fold(s).strip(" .,:;")
    if re.fullmatch(r"\d+", s.replace(" ", "")):
        return int(s.replace(" ", ""))
    tokens = [t for t in _TOKEN_SPLIT.split(s) if t]
    if not tokens:
        return None
    total, current = 0, 0
    for t in tokens:
        if t in UNITS:
            n = UNITS[t]
            current = current - 4 + 80 if n == 20 and current % 100 == 4 else current + n
        elif t in ("cent", "cents"):
            current = (current or 1) * 100
        elif t in ("mille", "mil"):
            total, current = total + (current or 1) * 1000, 0
        else:
            return None
    return total + current


def _iso(y: int | None, m: int | None, d: int | None) -> str | None:
    if not (y and m and d) or not (1 <= m <= 12 and 1 <= d <= 31 and 1800 < y < 2200):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _day(s: str) -> int | None:
    return 1 if re.fullmatch(r"1\s?er|premier|\$.*\$", fold(s)) else words_to_int(s)


def _match_iso(m: re.Match) -> str | None:
    g = m.groupdict()
    if g.get("y3"):
        return _iso(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    if g.get("y2") and g.get("m2", "").isdigit():
        return _iso(int(g["y2"]), int(g["m2"]), int(g["d2"]))
    if g.get("m2"):  # word date, second form
        return _iso(words_to_int(g["y2"]), MONTHS[fold(g["m2"])], _day(g["d2"]))
    return _iso(words_to_int(g["y"]), MONTHS[fold(g["m"])], _day(g["d"]))


def parse_date(s: str) -> str | None:
    """The first date in s as ISO "YYYY-MM-DD" (figures, month names or words)."""
    dates = find_dates(s)
    return dates[0].value if dates else None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[Spanned[str]]:
    """Every date in text[start:end], in order, with absolute spans."""
    end = len(text) if end is None else end
    return [Spanned(*x) for x in _dates(text, start, end)]


@lru_cache(maxsize=512)  # the same windows are searched by several extractors
def _dates(text: str, start: int, end: int) -> tuple[tuple[str, int, int], ...]:
    found = []
    for rx in (DATE_RE, WORD_DATE_RE):
        for m in rx.finditer(text, start, end):
            iso = _match_iso(m)
            if iso:
                found.append((iso, m.start(), m.end()))
    found.sort(key=lambda x: x[1])
    return tuple(x for i, x in enumerate(found) if not (i and x[1] < found[i - 1][2]))


def parse_time(s: str) -> str | None:
    """The first clock time in s as "HH:MM" ("18 H 00", "14h", "dix-huit heures")."""
    for m in TIME_RE.finditer(s):
        h = int(m["h"]) if m["h"] else words_to_int(m["wh"] or "")
        wm = fold(m["wm"] or "")
        mins = int(m["m"]) if m["m"] else {"quart": 15, "demie": 30}.get(wm, words_to_int(wm) if wm else 0)
        if h is not None and mins is not None and 0 <= h <= 23 and 0 <= mins <= 59:
            return f"{h:02d}:{mins:02d}"
    return None


_UP, _LET = "A-ZÀ-ÖØ-Þ", "A-Za-zÀ-ÖØ-öø-ÿ"
NAME_TOKEN = rf"[{_UP}][{_LET}'’\-]*"
_PARTICLE = r"(?:d[eu]|des|de la|le|la|van|von|da|del|di)"
_GAP = rf"(?:[ \t]+|[ \t]*\n[ \t]*(?=[{_UP}]{{2}}))"
PERSON = rf"{NAME_TOKEN}(?:{_GAP}(?:{_PARTICLE}[ \t]+)?{NAME_TOKEN}){{0,4}}"
CIVILITY = (r"(?:(?:M|MM|Mme|Mmes|Mlle|Me|Dr)\.?\s+|"
            r"(?:Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Ma[iî]tre|Docteur)\s+)")
CIVILITY_RE = re.compile(
    r"^(?:(?:M|MM|Mr|Mme|Mmes|Mlle|Mlles|Me|Dr|Pr)\b\.?|Monsieur|Madame|Mademoiselle|Messieurs|"
    r"Mesdames|Ma[iî]tre|Docteur|Professeur)\s*",
)
_EDGE = " \t\n\r.,;:!?*_#|()[]{}«»\"'’-–—•·$"
_SPLIT_NAMES = re.compile(r"\s*(?:[,;\n/]|\s[-–—]+\s|[-–—]{2,}|\s+et\s+|\s*\|\s*)\s*")
_CIV_BOUNDARY = re.compile(rf"(?<=[^\W\d_])[ \t]+(?={CIVILITY}[{_UP}])")  # "M. A DUPONT Mme B MARTIN"
PARTICLES = {"de", "du", "des", "le", "la", "d'", "van", "von", "da", "di", "del"}
NOT_NAMES = re.compile(  # roles and fillers written inside attendance lists
    r"^(?:(?:le|la|les)\s+)?(?:maire|adjointe?s?|conseill[eè]re?s?|municipale?s?|d[ée]l[ée]gu[ée]e?s?|"
    r"pr[ée]sidente?s?|vice|secr[ée]taire|n[ée]ant|aucune?|tous|toutes|ensemble|membres?|idem|sans)\b", re.I)


def clean_person(s: str) -> str:
    """A person's name with civility, markup and surrounding punctuation dropped."""
    s = re.sub(r"\*\*|__|\\", "", s).strip(_EDGE)
    prev = None
    while prev != s:
        prev, s = s, CIVILITY_RE.sub("", s).strip(_EDGE)
    return _trim_case_runs(re.sub(r"\s+", " ", s))


def _trim_case_runs(name: str) -> str:
    """Cut a name at its second change between CAPITALS and Title-case words."""
    words, kinds = name.split(" "), []
    for i, w in enumerate(words):
        letters = re.sub(r"[^\w]|\d|_", "", w)
        if not letters or letters.islower():
            continue
        kind = letters.isupper() and len(letters) > 1
        if len(set(kinds + [kind])) > 1 and kinds and kinds[-1] != kind and kind in kinds:
            return " ".join(words[:i])
        kinds.append(kind)
    return name


def is_person_name(name: str) -> bool:
    """1 to 6 words, no digits, capitalised words apart from particles (the first may be lower)."""
    words = name.split()
    if not 1 <= len(words) <= 6 or re.search(r"[\d:@/]", name) or not re.search(r"[^\W\d_]{2}", name):
        return False
    if NOT_NAMES.match(name):
        return False
    lower = {fold(w) for w in words[1:] if w[:1].islower()}
    return not lower - PARTICLES and any(w[:1].isupper() for w in words)


def split_names(s: str) -> list[tuple[str, int, int]]:
    """Names in a list "A, B et C" / "A – B" / one per line, with offsets in s."""
    out, pos = [], 0
    for sep in [*_SPLIT_NAMES.finditer(s), None]:
        stop = sep.start() if sep else len(s)
        for m in [*_CIV_BOUNDARY.finditer(s, pos, stop), None]:
            _add_name(s, pos, m.start() if m else stop, out)
            pos = m.end() if m else pos
        if sep:
            pos = sep.end()
    return out


def _add_name(s: str, a: int, b: int, out: list) -> None:
    piece = s[a:b]
    name = clean_person(piece)
    if not is_person_name(name):
        return
    i = piece.find(name)
    if i < 0:  # spaces were collapsed: fall back to the stripped piece
        i = len(piece) - len(piece.lstrip(_EDGE))
        out.append((name, a + i, a + len(piece.rstrip(_EDGE))))
    else:
        out.append((name, a + i, a + i + len(name)))


# OCR reads the digit 0 as the letter O: "03/O7/2015", "2025-5O", "20 h 3O", "287 450,OO".
_OCR_ZERO = re.compile(r"\b(?:(?=[0-9])|(?<=[0-9][/.\-]))(?=[0-9O]*[0-9])[0-9O]*O[0-9O]*\b|(?<=[0-9][,.])OO\b|"
                       r"\b(?=[0-9O/.\-]*[0-9])[0-9O]{1,2}(?P<sep>[/.\-])[0-9O]{1,2}(?P=sep)[0-9O]{2,4}\b")  # "O5/O5/2016"


def ocr_digits(s: str) -> str:
    """s with the letter O read as 0 inside runs of figures (same length, so same offsets)."""
    if "O" not in s:
        return s
    zero = lambda m: m[0].replace("O", "0")  # noqa: E731
    return _OCR_ZERO.sub(zero, _OCR_ZERO.sub(zero, s))  # twice: "1O.O6" needs its left part read first
