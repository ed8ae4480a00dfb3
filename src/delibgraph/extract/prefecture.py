"""Prefecture and publication stamps: @ctes act id, nature, matter code, reception and posting dates.

Fills ``act_id``, ``nature``, ``matter_code``, ``prefecture_received`` and ``posted``
(and ``number`` from the act id's internal part when nothing else gave one).
A stamp inside an item's span belongs to that item; in a one-item document to
that item; a stamp outside every item (a list's "Date affichage") to every item.
"""

from __future__ import annotations

import re

from ..model import Deliberation, Extraction, Spanned
from ..sources.base import Document
from .fastre import led_by
from .frenchtext import find_dates, fold, ocr_digits
from .headings import DECISION
from .votetables import row_cell

ACT_ID = led_by(
    "09", r"\b(?P<id>[09][0-9][AB0-9]-[0-9]{9}-[0-9]{8}-(?P<num>[A-Za-z0-9_](?:[A-Za-z0-9_\-]{0,30}))"
    r"-(?P<nat>DE|AR|AI|CC|BF|AU))\b")
MATTER = [
    led_by("n", r"\bNOMENCLATURE\s*:?\s*(?P<a>\d{1,2})\s*[–\-.]\s*(?P<b>\d{1,2})(?:\s*[–\-.]\s*(?P<c>\d{1,2}))?", re.I),
    led_by("cmn", r"\b(?:Code\s+)?(?:Mati[èe]re|Classification|Nomenclature)(?:\s+ACTES)?\s*:?\s*"
               r"(?P<a>\d{1,2})\.(?P<b>\d{1,2})(?:\.(?P<c>\d{1,2}))?\b", re.I),
]
_PREF = r"(?:sous-)?pr[ée] ?fecture"  # OCR may split "pré fecture"
_OF_PLACE = r"(?:\s+(?:de\s+(?:la\s+)?|du\s+|des\s+|d['’])[A-ZÀ-Ý][\w'’\-]*(?:[ \-][\w'’\-]+){0,3}?)?"  # "de Corse-du-Sud"
RECEIVED_FORMS = (
    r"R[ée]ception\s+par\s+le\s+pr[ée]fet",                                   # Réception par le préfet : 12/12/2023
    rf"Re[çc]ue?\s+(?:en|à\s+la)\s+{_PREF}",                                  # Reçu en préfecture le
    rf"Date\s+de\s+r[ée]ception\s+(?:en\s+|par\s+la\s+)?{_PREF}",             # Date de réception préfecture :
    r"Date\s+de\s+r[ée]ception\s+(?:de\s+l['’]AR|AR)",                         # Date de réception de l'AR :
    r"Re[çc]ue?\s+par\s+le\s+repr[ée]sentant\s+de\s+l['’][ÉEée]tat",           # Reçu par le représentant de l'Etat le
    rf"Accus[ée]\s+de\s+r[ée]ception\s+(?:en\s+)?{_PREF}\s+(?:le|du)",         # Accusé de réception en préfecture le
    rf"Accus[ée]\s+de\s+r[ée]ception\s+(?:en\s+)?{_PREF}\s*:[^\n]{{0,80}}\n[ \t]*Re[çc]u\s+le",  # … : <id>⏎Reçu le
    rf"(?:D[ée]p[ôo]t|D[ée]pos[ée]e?)\s+en\s+{_PREF}{_OF_PLACE}\s+le",        # dépôt en préfecture (de X) le
    rf"R[ée]ception\s+(?:en|à\s+la|par\s+la)\s+{_PREF}\s+(?:le|du)",          # réception en sous-préfecture le
)
# The day the act was sent: the reception date when no reception is stated.
SENT_FORMS = (
    rf"Transmis(?:e|es|sion)?\s+(?:en|à\s+la)\s+{_PREF}\s+(?:le|du)",          # transmission en Préfecture le
    r"Transmis(?:e|es|sion)?\s+au\s+contr[ôo]le\s+de\s+l[ée]galit[ée]\s+(?:le|du)",  # Transmise au contrôle de légalité le
    r"Transmis(?:e|es|sion)?\s+au\s+repr[ée]sentant\s+de\s+l['’][ÉEée]tat\s+(?:le|du)",  # Transmis au représentant de l'État le
)
POSTED_FORMS = (
    r"Affich[ée]e?s?\s+(?:(?:en|à|au|aux|sur)\s[^\n.;:]{0,60}?\s)?le",             # AFFICHE EN MAIRIE LE
    r"Date\s+(?:d['’])?affichage",                                             # Date affichage : 10 juillet 2025
    r"Publi[ée]e?s?\s+(?:en\s+ligne\s+|sur\s+le\s+site[^\n]{0,40}?\s)?le",     # Publiée le 25.06.2026
    r"(?:et\s+|de\s+)?publication(?:\s+ou\s+notification)?\s+(?:le|du)\b|(?:(?<=\n)|^)[ \t]*Publication\s*:",             # et publication le
    r"Date\s+de\s+(?:publication|mise\s+en\s+ligne)|Mise?\s+en\s+ligne\s+le",  # Date de publication :
    r"Certifi[ée]e?\s+ex[ée]cutoire(?:(?!transmission|r[ée]ception|pr[ée]fecture)[^\n]){0,60}?(?:le|du)\b",  # Certifié exécutoire le
)
RECEIVED = led_by("rda", "|".join(RECEIVED_FORMS), re.I)
SENT = led_by("t", "|".join(SENT_FORMS), re.I)
POSTED = led_by(r"adpemc \t", "|".join(POSTED_FORMS), re.I)
NOT_THIS_ACT = re.compile(r"liste\s+des\s+d[ée]lib[ée]rations|proc[èe]s[- ]verbal|convocation", re.I)


def run(doc: Document, ext: Extraction) -> None:
    delibs = [d for s in ext.sessions for d in s.deliberations]
    if not delibs or doc.records:  # structured inputs carry their own stamps
        return
    text = doc.text
    for m in ACT_ID.finditer(text):
        for d in _targets(delibs, m.start(), m["num"]):
            _set_act(d, m)
    for rx, field in ((RECEIVED, "prefecture_received"), (SENT, "prefecture_received"), (POSTED, "posted")):
        for m in rx.finditer(text):
            date = _date_after(text, m)
            if date is None or NOT_THIS_ACT.search(text, max(0, m.start() - 60), m.start()):
                continue
            for d in _targets(delibs, m.start(), text=text):
                if getattr(d, field) is None:
                    setattr(d, field, date)
    for d in delibs:  # a list's "Publication" / "Date d'affichage" column
        cell = row_cell(text, d.start, d.end, r"(?:date\s+(?:de\s+|d['’]\s*)?)?(?:publication|affichage|publi|affich)")
        dates = find_dates(cell.value, 0, len(cell.value)) if cell else []
        if dates and d.posted is None:
            d.posted = Spanned(dates[0].value, cell.start + dates[0].start, cell.start + dates[0].end)
    for m in (m for rx in MATTER for m in rx.finditer(text)):
        code = ".".join(str(int(x)) for x in (m["a"], m["b"], m["c"]) if x)
        for d in _targets(delibs, m.start()):
            d.matter_code = d.matter_code or Spanned(code, m.start(), m.end())


def _date_after(text: str, m: re.Match) -> Spanned[str] | None:
    a, b = m.end(), min(len(text), m.end() + 40)
    dates = find_dates(text, a, b)
    if not dates and "O" in text[a:b]:  # "le 03/O7/2015": an OCR letter O for a zero
        dates = [Spanned(d.value, a + d.start, a + d.end) for d in find_dates(ocr_digits(text[a:b]))]
    return dates[0] if dates else None


def _targets(delibs: list[Deliberation], pos: int, number: str | None = None,
             text: str = "") -> list[Deliberation]:
    """The items a stamp at pos belongs to; a stamp that closes the list is every item's."""
    if len(delibs) == 1:
        return delibs
    inside = [d for d in delibs if d.start <= pos < d.end]
    if inside and not (inside[0] is delibs[-1] and _list_like(delibs) and _closing_stamp(text, inside[0], pos)):
        return inside[:1]
    if number is not None:
        key = _key(number)
        return [d for d in delibs if d.number and _key(d.number.value) == key][:1]
    return delibs


# The end of the last item's decision, then a blank line: what follows closes the whole list.
DECISION_THEN_BLANK = re.compile(r"\n[ \t]*\n")


def _closing_stamp(text: str, d: Deliberation, pos: int) -> bool:
    """A stamp after the last item's decision, set apart by a blank line (the list's own posting)."""
    last = None
    for last in DECISION.finditer(text, d.start, pos):
        pass
    return bool(text) and last is not None and bool(DECISION_THEN_BLANK.search(text, last.end(), pos))


def _list_like(delibs: list[Deliberation]) -> bool:
    """Short items (a list or a relevé of decisions), not the minutes of a debate."""
    return len(delibs) > 1 and max(d.end - d.start for d in delibs[:-1]) < 1200


def _key(s: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(s))


def _set_act(d: Deliberation, m: re.Match) -> None:
    if d.act_id is not None:
        return
    d.act_id = Spanned(m["id"], m.start("id"), m.end("id"))
    d.nature = Spanned(m["nat"], m.start("nat"), m.end("nat"))
    if d.number is None:
        d.number = Spanned(m["num"], m.start("num"), m.end("num"))
