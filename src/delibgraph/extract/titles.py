"""Titles of deliberations: the heading as printed, over one or more lines, cleaned of markup."""

from __future__ import annotations

import re

from ..model import Spanned
from .frenchtext import fold
from .headings import DASH_HEADING, LABELLED_HEADING, Heading

# A line that starts the item's body rather than continuing its heading.
BODY_START = re.compile(
    r"^\s*(?:Monsieur|Madame|MONSIEUR|MADAME|M\.|Mme|MME|MM\.|Rapporteur|(?:Le|La)\s+(?:Pr[ée]sidente?|Vice-[Pp]r[ée]sidente?)\s+[a-zà-ÿ]|Vu\b|VU\b|Considérant|CONSIDÉRANT|CONSIDERANT|"
    r"En\s|Conformément|Par\s+d[ée]lib|Dans\s+le\s+cadre|Il\s+est|Il\s+a\s+été|Le\s+[Cc]onseil|"
    r"Après|Apr[eè]s|Suite\s+[àa]|D[ée]part\s|Arriv[ée]e\s|Retour\s|Sortie\s|Pr[ée]sents?\s*:|"
    r"Votants?\s*:|L['’]|La\s+commune|La\s+ville|Le\s+Maire|Les\s+membres|Exposé|EXPOSE|[O0]bjet\s*:|"
    r"(?:Le|La|Les|Un|Une|Ce|Cette|Ces|Il|Elle|Ils|Nous)\s+[a-zà-ÿ]|->|=>|→)")  # a sentence, an outcome arrow
# A line of body text: a "Label :" near its start, a vote, or a long sentence ending with a full stop.
NOT_TITLE = re.compile(r"^[^:\n]{0,30}\s:\s|unanimit|\badopt[ée]|\bapprouv[ée]|\brefus[ée]|\bvoix\b|^\S+(?:\s+\S+){2,}\.\s*$", re.I)
LATEX_NO = re.compile(r"\$\s*(?:\\mathbf\{n\}|n)\s*\^\{?\\circ\}?\s*(?P<n>[^$]*?)\s*\$")
LATEX_ANY = re.compile(r"\$([^$\n]{0,80})\$")
MARKUP = re.compile(r"\*\*|__|\\mathbf\{([^}]*)\}|[{}]")
LEAD = re.compile(r"^[\s#*>•·\-–—:]+")
SOFT_HYPHEN = "\ufffe\u00ad"
OBJECT_LABEL = re.compile(r"^\s*(?:[O0]bjet|[O0]BJET)\s*:\s*")


def clean_title(raw: str) -> str:
    """Markup, bullets and line breaks out; a hyphen split over a line rejoined."""
    s = re.sub(r"[" + SOFT_HYPHEN + r"]\s*", "-", raw)
    s = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1-\2", s)
    s = LATEX_NO.sub(lambda m: "n°" + m["n"].replace(" ", ""), s)
    s = LATEX_ANY.sub(lambda m: m[1], s)
    s = MARKUP.sub(lambda m: m[1] or "", s)
    s = OBJECT_LABEL.sub("", LEAD.sub("", s))
    s = re.sub(r"\s+", " ", s).strip(" \t*#")
    return s.rstrip(" :-–")


def _lines_after(text: str, pos: int, stop: int):
    """(start, end) of each line from pos up to stop."""
    while pos < stop:
        nl = text.find("\n", pos, stop)
        end = stop if nl < 0 else nl
        yield pos, end
        pos = end + 1


def _is_heading_line(line: str) -> bool:
    return bool(DASH_HEADING.match(line) or LABELLED_HEADING.match(line))


# "RAPPORT N° 24-118 – ADMINISTRATION GÉNÉRALE" over "Approbation du …": a category, the title below.
CATEGORY = re.compile(r"[\s\-–—:]*[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+(?:[ \t]+(?:[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+|ET|DE|DU|DES|&)){0,3}[ \t]*$")
MIXED_LINE = re.compile(r"[ \t]*[A-ZÀ-Ý][a-zà-ÿ'’][^\n]*[a-zà-ÿ][^\n]*$")


def _after_category(text: str, rest_start: int, end: int, stop: int) -> int:
    """Where the title starts: the next line when the heading line holds only an upper-case category."""
    nxt = end + 1
    if nxt < stop and CATEGORY.match(text, rest_start, end) and MIXED_LINE.match(text, nxt, _eol(text, nxt, stop)):
        line = text[nxt:_eol(text, nxt, stop)]
        if not (BODY_START.match(line) or NOT_TITLE.search(line)):
            return nxt
    return rest_start


def _eol(text: str, pos: int, stop: int) -> int:
    nl = text.find("\n", pos, stop)
    return stop if nl < 0 else nl


def dash_title(text: str, h: Heading, stop: int, rest_start: int) -> Spanned[str]:
    """A numbered heading's title: its line, plus continuation lines up to the body."""
    end = _eol(text, rest_start, stop)
    rest_start = _after_category(text, rest_start, end, stop)
    end = _eol(text, rest_start, stop)
    col = rest_start - text.rfind("\n", 0, rest_start) - 1
    lead = _indent(text, text.rfind("\n", 0, rest_start) + 1)
    for k, (a, b) in enumerate(_lines_after(text, end + 1, stop)):
        line = text[a:b]
        if k >= 4 or not line.strip() or BODY_START.match(line) or _is_heading_line(line):
            break
        if lead < _indent(text, a) < col - 2:  # indented under the number, not under the title: a detail
            break
        if re.search(r"\b(?:expose|pr[ée]sente|propose|rapporte)\s*:?\s*$", line) or NOT_TITLE.search(line.strip()):
            break
        end = b
    return Spanned(clean_title(join_breaks(text, text[rest_start:end])), rest_start, end)


UPPER_LINE = re.compile(r"[ \t]*[A-ZÀ-Ý0-9][^a-zà-ÿ\n]*[A-ZÀ-Ý][^a-zà-ÿ\n]*$")


def upper_continuation(text: str, start: int, end: int, stop: int) -> int:
    """An upper-case title goes on over the next upper-case lines ("… DE LA SALLE" / "MULTISPORTS")."""
    if not UPPER_LINE.match(text, start, end):
        return end
    for k, (a, b) in enumerate(_lines_after(text, end + 1, stop)):
        line = text[a:b]
        if k >= 2 or not UPPER_LINE.match(line) or NOT_TITLE.search(line) or ":" in line or _is_heading_line(line):
            break
        end = b
    return end


def _indent(text: str, pos: int) -> int:
    return len(text[pos:pos + 80]) - len(text[pos:pos + 80].lstrip(" \t"))


LINE_BREAK_HYPHEN = re.compile(r"(\w+)-[ \t]*\n[ \t]*([a-zà-ÿ]\w*)")


def join_breaks(text: str, raw: str) -> str:
    """"entre-⏎prise" → "entreprise" when the document writes the joined word elsewhere;
    "centre-⏎ville" (no "centreville" in the text) keeps its hyphen."""
    def join(m: re.Match) -> str:
        word = m[1] + m[2]
        found = re.search(rf"\b{re.escape(word)}\b", text, re.I)
        return word if found else m[0]
    return LINE_BREAK_HYPHEN.sub(join, raw)


# "(point 4 de l'ordre du jour)" after a number: a remark, not the title.
PAREN_ONLY = re.compile(r"\s*\([^()\n]*\)\s*$")


def has_title_words(rest: str) -> bool:
    """A heading's rest holds a title (three letters in a row, not only a remark in brackets)."""
    return bool(re.search(r"[^\W\d_]{3}", rest)) and not PAREN_ONLY.match(rest)


AGENDA_LINE = re.compile(r"^[ \t]*(?P<num>\d{1,3})[ \t]+(?P<rest>[^\W\d_][^\n]*(?:\n(?![ \t]*\d)[^\n]+){0,3})", re.M)


def _letters(s: str) -> str:
    return re.sub(r"[\W_]+", "", fold(s))


def agenda_titles(text: str, a: int, b: int) -> dict[str, Spanned[str]]:
    """Agenda entries "N Title" (a title may run over lines) printed before the first item."""
    return {m["num"]: Spanned(clean_title(m["rest"]), m.start("rest"), m.end("rest"))
            for m in AGENDA_LINE.finditer(text, a, b)}


def prefer_agenda(title: Spanned[str] | None, agenda: Spanned[str] | None) -> Spanned[str] | None:
    """The agenda's wording when it is the same title with separators the heading lacks."""
    if title is None or agenda is None or agenda.value == title.value:
        return title
    return agenda if _letters(agenda.value) == _letters(title.value) else title
