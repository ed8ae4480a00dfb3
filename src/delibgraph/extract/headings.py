"""Item headings of French council documents: numbered, labelled and unnumbered forms.

Each finder returns :class:`Heading` candidates (position, number, title) for a
text region; :mod:`delibgraph.extract.items` chooses among them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Spanned
from .frenchtext import ocr_digits
from .votetables import COLUMN_HEADER

# "1 – Election du Maire", "12 - Désignation ..." at the start of a line.
DASH_HEADING = re.compile(r"^[ \t#*>]*(?P<num>\d{1,3})[ \t]?[-–—][ \t]+(?P<rest>\S[^\n]*)$", re.M)
# "1. APPROBATION DU PROCES-VERBAL", "3) TARIFS MUNICIPAUX": dotted numbers need an upper-case title.
DOTTED_HEADING = re.compile(
    r"^[ \t#*>]*(?P<num>\d{1,3})[ \t]*[.)][ \t]+(?P<rest>[A-ZÀ-Ý][A-ZÀ-Ý0-9'’ ,\-–()/«»:]{6,}[^\n]*)$", re.M)
DOTTED_MIXED = re.compile(r"^[ \t#*>]*(?P<num>\d{1,3})[ \t]*[.)][ \t]+(?P<rest>[A-ZÀ-ÝŒ][a-zà-ÿœæ'’][^\n]{4,})$", re.M)  # "7. Vœu …"
# Number fragments shared by the heading forms: a year and 1-3 parts ("2025-11-02"), and a
# table-row number ("12", "2024-05", "B12a").
YEAR_CODE = r"(?:19|20)\d{2}(?:[-/_.]\d{1,4}){1,3}"
YEAR_CODE2 = r"(?:19|20)\d{2}(?:[-/_.]\d{1,4}){1,2}"
ROW_NUMBER = r"\d[0-9A-Za-z]*(?:[-/_.][0-9A-Za-z]+)*"
# "2013-19 : Tarifs", "DCM2023-045 – Budget": a coded number, a separator, a title.
CODED_HEADING = re.compile(
    r"^[ \t#*>•\-]*(?P<num>(?:[A-Z]{1,5}[ _-]?)?" + YEAR_CODE + r")[ \t]*[:\-–—][ \t]+"
    r"(?P<rest>[^\W\d_][^\n]*)$", re.M)
# "CC-2025-11-02    MOBILITÉS – …": a coded number set apart from an upper-case title by spaces or a tab.
CODED_SPACED = re.compile(
    r"^[ \t#*>]*(?P<num>[A-Z]{1,5}[ _-]?" + YEAR_CODE + r")(?:\t+|[ ]{2,})"
    r"(?P<rest>[A-ZÀ-Ý][A-ZÀ-Ý0-9'’ ,\-–—()/«»:]{6,}[^\n]*)$", re.M)
# "CE-2025-01 Approbation du compte …": a lettered code, one space, a capitalised title.
CODED_WORD = re.compile(
    r"^[ \t#*>]*(?P<num>[A-Z]{1,5}[_-]" + YEAR_CODE2 + r")[ \t]+"
    r"(?P<rest>[A-ZÀ-Ý][a-zà-ÿ'’][^\n]{4,})$", re.M)
# "I.1 – Désignation …", "II.3. Tarifs": a theme in roman figures, then the item's number in it.
ROMAN_DOTTED = re.compile(
    r"^[ \t#*>]*(?P<num>[IVX]{1,4}\.\d{1,2})\.?[ \t]*[-–—:.]?[ \t]+(?P<rest>[^\W\d_][^\n]{4,})$", re.M)
# "D2025-041 | Finances | Fonds de concours …": a coded number, at most one category cell, the title last.
PIPE_CODED = re.compile(
    r"^[ \t#*>]*(?P<num>(?:[A-Z]{1,5}[ _-]?)?" + YEAR_CODE + r")[ \t]*\|[ \t]*"
    r"(?:[^|\n]{1,60}?[ \t]*\|[ \t]*)?(?P<rest>[^\W\d_][^|\n]*)$", re.M)
# "Délibération n°20250707-01", "DELIBERATION N° 2025-07", "Affaire n°2026-CM/071", "N°2010/12/01 :".
_LABEL = (r"(?:D[ée]lib[ée]ration|DELIBERATION|DÉLIBÉRATION|Affaire|AFFAIRE|Dossier|DOSSIER|"
          r"Question|QUESTION|Point|POINT|Rapport|RAPPORT|Projet de d[ée]lib[ée]ration)")
_NUMTOK = r"(?P<ocr>[²¹³])?\s*(?P<num>[0-9A-Z][0-9A-Za-z]*(?:[-/_.][0-9A-Za-z]+)*)"
_NO = r"(?:(?:n|N)\s*[°º]|\$\s*(?:\\mathbf\{[nN]\}|[nN])\s*\^\s*\{?\\circ\}?)"  # "n°", LaTeX "$n^{\circ} 12$"
LABELLED_HEADING = re.compile(
    rf"^[ \t#*>\-•]*(?:{_LABEL}\s*(?:{_NO}|(?:n|N)\s*[°º]?)|{_NO})\s*{_NUMTOK}(?:\s*\$)?[ \t]*(?P<rest>[^\n]*)$", re.M)
# "Délibération 2025/086 – Cession …": a label and a coded number without "n°", then a separator.
LABEL_CODED = re.compile(
    rf"^[ \t#*>\-•]*{_LABEL}[ \t]+(?P<num>(?:[A-Z]{{1,5}}[ _-]?)?\d{{1,4}}(?:[-/_.]\d{{1,4}}){{1,3}})[ \t]*"
    r"[:\-–—][ \t]+(?P<rest>[^\W\d_][^\n]*)$", re.M)
INLINE_LABELLED = re.compile(
    rf"\b{_LABEL}\s*(?:n|N)\s*[°º]?{_NUMTOK}\s*:\s*(?P<rest>[A-ZÀ-Ý0-9][^a-z\n]{{5,}}?)"
    r"(?=\s+(?:[A-ZÀ-Ý][a-zà-ÿ]|[a-zà-ÿ])|\s*$)")
# "COMPTE RENDU DE DELEGATIONS - CM/12/030": an upper-case title, then a coded number.
TRAILING_NUMBER = re.compile(
    r"(?P<rest>\b[A-ZÀ-Ý][A-ZÀ-Ý'’ ,«»()]{8,}?)\s+[-–]\s+(?P<num>[A-Z]{1,5}/\d{2,4}/\d{1,4})\b")
# A row of a list of deliberations: "| 20250707-01 | Objet | Unanimité |", "| B-2026-11 | Objet |", or columns set
# apart by tabs or runs of spaces; only under a header that names the object ("Objet", "Intitulé").
TABLE_ROW = re.compile(  # the leading pipe is optional: HTML tables are read as "cell | cell | cell"
    r"^[ \t]*\|?[ \t]*(?:N[°º]\s*)?(?P<num>(?:[A-Z]{1,4}[-_]?)?" + ROW_NUMBER + r")[ \t]*\|"
    r"[ \t]*(?P<rest>[^|\n]*[^\W\d_][^|\n]*?)[ \t]*(?:\||$)", re.M)
SPACED_ROW = re.compile(
    r"^[ \t]*(?P<num>(?:[A-Z]{1,4}[-_ ]?)?" + ROW_NUMBER + r")(?:\t+|[ ]{2,})"
    r"(?P<rest>[^\W\d_][^\t\n]*?)(?:(?:\t+|[ ]{2,})[^\n]*)?$", re.M)
# A quoted CSV row: "DCM2025-041";"Objet";…
CSV_ROW = re.compile(
    r'^[ \t]*"(?:N[°º]\s*)?(?P<num>[0-9A-Z][0-9A-Za-z]*(?:[-/_.][0-9A-Za-z]+)*)"[ \t]*[;,][ \t]*'
    r'"(?P<rest>[^"\n]*[^\W\d_][^"\n]*?)[ \t]*"', re.M)
LIST_HEADER = re.compile(r"^[^\n]*\b(?:Objet|OBJET|Intitul[ée]|INTITUL[ÉE])\b[^\n]*$", re.M)
# Unnumbered items known by their subject.
KEYWORD_HEADING = re.compile(
    r"^[ \t#*>\-•]*(?P<rest>(?:Informations?[ \t]*[-–—:][ \t]*)?(?:Approbation\s+du\s+(?:proc[èe]s[- ]verbal|PV|compte[- ]rendu)|"
    r"D[ée]cisions?\s+prises?|Compte[- ]rendu\s+des\s+d[ée]cisions|Rapport\s+d['’]activit[ée]s?)"
    r"[^\n]{0,200})$", re.M | re.I)
# "Objet : Tarifs 2024": an item's subject line, a heading only in documents without numbers.
OBJECT_HEADING = re.compile(r"^[ \t#*>]*(?:[O0]bjet|[O0]BJET)\s*:\s*(?P<rest>\S[^\n]*)$", re.M)
# "Le Procès-verbal du conseil municipal du 8 juin 2020 est approuvé à l'unanimité".
PV_SENTENCE = re.compile(
    r"^(?:Le\s+|La\s+)?(?P<rest>(?:Proc[èe]s[- ]verbal|PV|Compte[- ]rendu)\s[^\n]{5,120}?)\s+"
    r"(?:est|a\s+été)\s+approuvée?\s+(?:[^\n]{0,40}?)(?:[àa]\s+l['’]unanimit[ée]|[àa]\s+la\s+majorit[ée])",
    re.M | re.I)
# A Markdown heading that starts with a dash or bullet: an unnumbered item in some minutes.
MARKDOWN_ITEM = re.compile(r"^#{1,3}[ \t]*[-*•][ \t]+(?P<rest>[A-ZÀ-Ý][^\n]{10,})$", re.M)
# Where the last item ends.
CLOSING = re.compile(
    r"^[ \t#*]*(?:\d{1,2}[ \t]*[.)\-–][ \t]*)?(?:Tour de table|Questions?\s+diverses|Informations?\s+diverses|"
    r"La\s+s[ée]ance\s+est\s+lev[ée]e|L['’]ordre du jour [ée]tant [ée]puis[ée]|Cl[ôo]ture de la s[ée]ance|"
    r"(?:Le|La)\s+(?:Maire|Pr[ée]sidente?)\s*,?[ \t]*$)",  # the closing signature
    re.M | re.I)
# "Le conseil municipal, après en avoir délibéré, approuve …" written in lower case.
COUNCIL_ACTS = (r"\b(?:conseil|assembl[ée]e)(?:\s+\w+)?\s*(?:,[^,\n]{0,80},\s*)?(?:approuve|d[ée]cide|autorise|"
                r"accepte|adopte|fixe|valide|sollicite|d[ée]signe|attribue|accorde|rejette)\b")
# Signs that a segment holds a decision or a recorded outcome.
DECISION = re.compile(  # the look-ahead: the letters its matches start with, or a line start
    r"(?=[uàavrcp\d]|^)"
    r"(?:unanimit|[àa] la majorit|apr[èe]s en avoir d[ée]lib[ée]r|ADOPT|\bvoix\b|ajourn|retir[ée]|\brejet|\b\d+\s+pour\b|"
    r"\bpour\s*:\s*\d|\breport[ée]e?\s+(?:[àa]|au)\b|"
    + COUNCIL_ACTS + r"|"
    r"^[ \t\-•*]*(?:\*\*)?(?:DECIDE|DÉCIDE|APPROUVE|AUTORISE|ACCEPTE|PREND ACTE)\b)", re.M | re.I)


@dataclass
class Heading:
    start: int
    end: int  # end of the heading text (title included)
    kind: str  # dash | dotted | labelled | inline | trailing | row | keyword | object | sentence | markdown
    number: Spanned[str] | None = None
    title: Spanned[str] | None = None


def _number(m: re.Match) -> Spanned[str]:
    """The printed number; an OCR superscript ("n²0250707") stands for its digit."""
    num = m["num"]
    if m.groupdict().get("ocr") and not re.match(r"(?:19|20)\d\d(?:\d{4}|[-/_])", num):
        num = {"²": "2", "¹": "1", "³": "3"}[m["ocr"]] + num
        return Spanned(num, m.start("ocr"), m.end("num"))
    return Spanned(ocr_digits(num), m.start("num"), m.end("num"))  # "2025-5O" read by OCR: 2025-50


def _rest(m: re.Match) -> Spanned[str]:
    return Spanned(m["rest"], m.start("rest"), m.end("rest"))


def find_headings(text: str, a: int, b: int) -> list[Heading]:
    """Every heading candidate in text[a:b], in document order."""
    out: list[Heading] = []
    for rx in (DASH_HEADING, DOTTED_HEADING):
        for m in rx.finditer(text, a, b):
            out.append(Heading(m.start("num"), m.end(), "dash", _number(m), _rest(m)))
    for m in DOTTED_MIXED.finditer(text, a, b):
        out.append(Heading(m.start("num"), m.end(), "dotted", _number(m), _rest(m)))
    coded = (CODED_HEADING, CODED_SPACED, CODED_WORD, ROMAN_DOTTED, LABEL_CODED, PIPE_CODED)
    for m in (m for rx in coded for m in rx.finditer(text, a, b)):
        if m.re is not PIPE_CODED or not _in_table(text, max(a, m.start() - 3000), m.start()):
            out.append(Heading(m.start(), m.end(), "labelled", _number(m), _rest(m)))  # under a header: a row
    for rx in (TABLE_ROW, SPACED_ROW, CSV_ROW):
        for m in rx.finditer(text, a, b):
            if (m.re is not CSV_ROW or re.search(r"\d", m["num"])) and LIST_HEADER.search(text, max(a, m.start() - 3000), m.start()):
                out.append(Heading(m.start(), m.end(), "row", _number(m), _rest(m)))
    for m in LABELLED_HEADING.finditer(text, a, b):
        if re.search(r"\d", m["num"]) and _label_ok(m):
            out.append(Heading(m.start(), m.end(), "labelled", _number(m), _rest(m)))
    for rx, kind in ((INLINE_LABELLED, "inline"), (TRAILING_NUMBER, "trailing"),
                     (KEYWORD_HEADING, "keyword"), (OBJECT_HEADING, "object"),
                     (PV_SENTENCE, "sentence"), (MARKDOWN_ITEM, "markdown")):
        for m in rx.finditer(text, a, b):
            num = _number(m) if "num" in m.groupdict() else None
            out.append(Heading(m.start(), m.end(), kind, num, _rest(m)))
    out.sort(key=lambda h: (h.start, h.kind != "labelled"))
    return _drop_overlaps(out)


# A line of a table: it holds a cell separator, or is a rule, or is blank.
TABLE_LINE = re.compile(r"[^\n]*\|[^\n]*|[ \t\-+=:]*")


def _in_table(text: str, a: int, pos: int) -> bool:
    """pos is a row of a table whose column header is above it, with only table lines between."""
    head = None
    for head in COLUMN_HEADER.finditer(text, a, pos):
        pass
    if head is None:
        return False
    lines = text[head.end():pos].strip("\n").split("\n")
    return all(TABLE_LINE.fullmatch(line) for line in lines)


def _label_ok(m: re.Match) -> bool:
    """A bare "N° …" line is a heading only when a title or separator follows the number."""
    line = m.group(0).lstrip(" \t#*>-•")
    if re.match(_LABEL, line) or (line.startswith("N") and re.search(r"\d[-/_.]\d", ocr_digits(m["num"]))):
        return True
    return bool(re.match(r"\s*[:\-–]\s*\S", m["rest"]))


def _drop_overlaps(hs: list[Heading]) -> list[Heading]:
    out: list[Heading] = []
    for h in hs:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out
