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
from .frenchtext import find_dates, fold

ACT_ID = led_by(
    "09", r"\b(?P<id>[09][0-9][AB0-9]-[0-9]{9}-[0-9]{8}-(?P<num>[A-Za-z0-9_](?:[A-Za-z0-9_\-]{0,30}))"
    r"-(?P<nat>DE|AR|AI|CC|BF|AU))\b")
MATTER = [
    led_by("n", r"\bNOMENCLATURE\s*:?\s*(?P<a>\d{1,2})\s*[–\-.]\s*(?P<b>\d{1,2})(?:\s*[–\-.]\s*(?P<c>\d{1,2}))?", re.I),
    led_by("cmn", r"\b(?:Code\s+)?(?:Mati[èe]re|Classification|Nomenclature)(?:\s+ACTES)?\s*:?\s*"
               r"(?P<a>\d{1,2})\.(?P<b>\d{1,2})(?:\.(?P<c>\d{1,2}))?\b", re.I),
]
_PREF = r"(?:sous-)?pr[ée]fecture"
RECEIVED_FORMS = (
    r"R[ée]ception\s+par\s+le\s+pr[ée]fet",                                   # Réception par le préfet : 12/12/2023
    rf"Re[çc]ue?\s+(?:en|à\s+la)\s+{_PREF}",                                  # Reçu en préfecture le
    rf"Date\s+de\s+r[ée]ception\s+(?:en\s+|par\s+la\s+)?{_PREF}",             # Date de réception préfecture :
    r"Date\s+de\s+r[ée]ception\s+(?:de\s+l['’]AR|AR)",                         # Date de réception de l'AR :
    r"Re[çc]ue?\s+par\s+le\s+repr[ée]sentant\s+de\s+l['’][ÉEée]tat",           # Reçu par le représentant de l'Etat le
    rf"Accus[ée]\s+de\s+r[ée]ception\s+(?:en\s+)?{_PREF}\s+(?:le|du)",         # Accusé de réception en préfecture le
    rf"(?:D[ée]p[ôo]t|D[ée]pos[ée]e?)\s+en\s+{_PREF}\s+le",                    # dépôt en préfecture le
)
POSTED_FORMS = (
    r"Affich[ée]e?s?\s+(?:(?:en|à|au|aux|sur)\s[^\n.;:]{0,60}?\s)?le",             # AFFICHE EN MAIRIE LE
    r"Date\s+(?:d['’])?affichage",                                             # Date affichage : 10 juillet 2025
    r"Publi[ée]e?s?\s+(?:en\s+ligne\s+|sur\s+le\s+site[^\n]{0,40}?\s)?le",     # Publiée le 25.06.2026
    r"(?:et\s+|de\s+)?publication\s+(?:le|du)\b|(?:(?<=\n)|^)[ \t]*Publication\s*:",             # et publication le
    r"Date\s+de\s+(?:publication|mise\s+en\s+ligne)|Mise?\s+en\s+ligne\s+le",  # Date de publication :
    r"Certifi[ée]e?\s+ex[ée]cutoire(?:(?!transmission|r[ée]ception|pr[ée]fecture)[^\n]){0,60}?(?:le|du)\b",  # Certifié exécutoire le
)
RECEIVED = led_by("rda", "|".join(RECEIVED_FORMS), re.I)
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
    for rx, field in ((RECEIVED, "prefecture_received"), (POSTED, "posted")):
        for m in rx.finditer(text):
            date = _date_after(text, m)
            if date is None or NOT_THIS_ACT.search(text, max(0, m.start() - 60), m.start()):
                continue
            for d in _targets(delibs, m.start()):
                if getattr(d, field) is None:
                    setattr(d, field, date)
    for m in (m for rx in MATTER for m in rx.finditer(text)):
        code = ".".join(str(int(x)) for x in (m["a"], m["b"], m["c"]) if x)
        for d in _targets(delibs, m.start()):
            d.matter_code = d.matter_code or Spanned(code, m.start(), m.end())


def _date_after(text: str, m: re.Match) -> Spanned[str] | None:
    dates = find_dates(text, m.end(), min(len(text), m.end() + 40))
    return dates[0] if dates else None


def _targets(delibs: list[Deliberation], pos: int, number: str | None = None) -> list[Deliberation]:
    """The items a stamp at pos belongs to."""
    if len(delibs) == 1:
        return delibs
    inside = [d for d in delibs if d.start <= pos < d.end]
    if inside:
        return inside[:1]
    if number is not None:
        key = _key(number)
        return [d for d in delibs if d.number and _key(d.number.value) == key][:1]
    return delibs


def _key(s: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(s))


def _set_act(d: Deliberation, m: re.Match) -> None:
    if d.act_id is not None:
        return
    d.act_id = Spanned(m["id"], m.start("id"), m.end("id"))
    d.nature = Spanned(m["nat"], m.start("nat"), m.end("nat"))
    if d.number is None:
        d.number = Spanned(m["num"], m.start("num"), m.end("num"))
