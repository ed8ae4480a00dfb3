"""The rapporteur of an item: "Rapporteur : Mme X", "Madame X expose", "M. X propose / indique".

"Monsieur le Maire expose" is resolved to the session's president. Names lose their civility.
"""

from __future__ import annotations

import re

from ..model import Deliberation, Session, Spanned
from .frenchtext import clean_person
from .votetables import row_cell

_NAME = r"[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’\-]*|de|du|le|la|d['’]\w+)){0,5}"
_CIVILITY = r"(?:Monsieur|Madame|M\.|Mme|MM\.)"
_ROLE = r"(?:[Ll]e|[Ll]a)\s+(?:[Mm]aire|(?:[Vv]ice-)?[Pp]r[ée]sidente?)"
_PRESENTS = (r"pr[ée]sente\s+(?:l['’](?:analyse|avis|[ée]tude|expos[ée])|le\s+(?:rapport|projet|dossier|bilan)|"
             r"la\s+(?:synth[èe]se|proposition)|les\s+(?:devis|offres|propositions|r[ée]sultats))\b")
RAPPORTEUR_LABEL = re.compile(rf"Rapporteure?s?\s*:\s*(?P<name>{_CIVILITY}?\s*(?:{_ROLE}|{_NAME}))")
RAPPORTEUR_VERB = re.compile(
    rf"^[ \t•\-*]*(?P<name>{_CIVILITY}\s+(?:{_ROLE}|{_NAME})|{_ROLE})(?:\s*,[^,\n]{{0,140}},?)?\s+"
    r"(?P<verb>expose|pr[ée]sente\s+(?:le\s+(?:rapport|projet|dossier|point|budget|compte)|la\s+(?:d[ée]lib|proposition|demande)|"
    r"les\s+(?:r[ée]sultats|comptes)|le\s+bilan|(?:la|les|le|l['’])\s*(?=[a-zà-ÿ]))|soumet|"
    r"propose(?!\s+(?:d['’]ajourner|de\s+(?:reporter|retirer|surseoir)|le\s+(?:retrait|report)|l['’]ajournement))|indique|explique|informe|rappelle(?=[^\n]*(?:\n[^\n]*){0,12}?\n\s*(?:Il|Elle)\s+propose\b)|"
    rf"rapporte|donne\s+lecture|{_PRESENTS})\b", re.M)
# "MONSIEUR LE MAIRE PROPOSE", "M. DENIS CHAUVIN, ADJOINT, EXPOSE": minutes typed in capitals.
_UPPER_CIV = r"(?:MONSIEUR|MADAME|M\.|MME)"
UPPER_VERB = re.compile(
    rf"^[ \t•\-*]*(?P<name>{_UPPER_CIV}\s+(?:LE|LA)\s+(?:MAIRE|PR[EÉ]SIDENTE?)\b|"
    rf"{_UPPER_CIV}\s+[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+){{0,3}}?)(?:\s*,[^,\n]{{0,60}},?)?\s+"
    r"(?P<verb>EXPOSE|PR[EÉ]SENTE|RAPPORTE|INDIQUE|EXPLIQUE|"
    r"PROPOSE(?!\s+(?:D['’]AJOURNER|DE\s+(?:REPORTER|RETIRER|SURSEOIR)|LE\s+(?:RETRAIT|REPORT)|L['’]AJOURNEMENT)))\b", re.M)
# "Présenté par Laurent ALQUIER, adjoint aux finances": a bare name after a participle.
PRESENTED_BY = re.compile(
    rf"\b(?:Pr[ée]sent[ée]e?|Rapport[ée]e?|Expos[ée]e?)\s+par\s*:?\s*(?P<name>(?:{_CIVILITY}\s+)?(?:{_ROLE}|{_NAME}))")
ROLE = re.compile(rf"^{_ROLE}\b")
# "Trois devis ont été reçus. M. X présente l'analyse.": a presenter named inside a paragraph.
PRESENTS_INLINE = re.compile(rf"(?<=[.!?;:][ \t])(?P<name>{_CIVILITY}\s+{_NAME})\s+{_PRESENTS}")
VICE_PRESIDENT = re.compile(r"[^\n]{0,15}?vice[- ]pr[ée]sid", re.I)
_ANY_ROLE = r"(?:[Ll]e|[Ll]a)\s+(?:[Mm]aire|[Pp]r[ée]sidente?|[Vv]ice-[Pp]r[ée]sidente?|[Aa]djointe?|[Cc]onseill[eè]re?)"
RAPPORTEUR_ROLE = re.compile(rf"Rapporteure?s?\s*:\s*(?P<name>{_CIVILITY}?\s*{_ANY_ROLE})")
ROLE_THEN_NAME = re.compile(rf"[^,\n]{{0,80}},\s*(?P<name>{_CIVILITY}\s+{_NAME})")


def _nth_line_end(text: str, pos: int, n: int) -> int:
    """End of the n-th non-blank line from pos."""
    for m in re.finditer(r"[^\n]*\S[^\n]*", text[pos:pos + 3000]):
        n -= 1
        if n == 0:
            return pos + m.end()
    return pos + 3000


def find_rapporteur(text: str, d: Deliberation, a: int, s: Session,
                    sessions: list[Session]) -> Spanned[str] | None:
    """Who presents the item, in the lines after its heading; "Monsieur le Maire" is the president."""
    if (cell := row_cell(text, d.start, d.end, r"rapporteur")) and re.match(rf"{_CIVILITY}?\s*{_NAME}\s*$", cell.value):
        if ROLE.match(cell.value):  # "Le Maire" in a list's column: the president, or the list's signatory
            pres = s.president or next((x.president for x in sessions if x.president), None)
            signed = pres or _signatory(text, cell.value)
            return Spanned(signed.value, cell.start, cell.end) if signed else None
        return Spanned(clean_person(cell.value), cell.start, cell.end)  # a list's "Rapporteur" column
    m = _presenter(text, d, a)
    if not m:
        return None
    if m.re is RAPPORTEUR_ROLE and (named := ROLE_THEN_NAME.match(text, m.end("name"))):  # "le Vice-Président chargé de …, M. X"
        return Spanned(clean_person(named["name"]), named.start("name"), named.end("name"))
    name = clean_person(m["name"])
    if m.re is UPPER_VERB and re.match(r"(?:MONSIEUR|MADAME)\s+L[EA]\s", name):
        name = name.split(None, 1)[1].lower()  # "MONSIEUR LE MAIRE": the role
    if ROLE.match(name):
        pres = s.president or next((x.president for x in sessions if x.president), None)
        if pres and "ice-" in name and not VICE_PRESIDENT.match(text, pres.end):
            return None  # "la Vice-présidente" is the president only when she chairs as such
        return Spanned(pres.value, m.start("name"), m.end("name")) if pres else None
    return Spanned(name, m.start("name"), m.start("name") + len(m["name"].rstrip()))


# "Le Maire,⏎Jean-Claude ROUCHON": the signature closing a list.
SIGNATURE = re.compile(rf"^[ \t]*(?P<role>{_ROLE})[ \t]*,?[ \t]*\n[ \t]*(?P<name>{_NAME})[ \t]*$", re.M)


def _signatory(text: str, role: str) -> Spanned[str] | None:
    """The person who signs the document under the given role ("Le Maire,")."""
    found = [m for m in SIGNATURE.finditer(text) if m["role"].lower() == role.lower()]
    return Spanned(clean_person(found[-1]["name"]), found[-1].start("name"), found[-1].end("name")) if found else None


def _presenter(text: str, d: Deliberation, a: int) -> re.Match | None:
    """The match naming the presenter: a label, "présenté par", a verb, "X présente l'analyse"."""
    b = min(d.end, _nth_line_end(text, a, 4))
    m = RAPPORTEUR_ROLE.search(text, d.start, b)
    if not (m and ROLE_THEN_NAME.match(text, m.end("name"))):
        m = RAPPORTEUR_LABEL.search(text, d.start, b)
    m = m or PRESENTED_BY.search(text, a, b)
    if not m:
        far = min(d.end, _nth_line_end(text, a, 18))  # "rappelle" looks ahead for "Il propose"
        verbs = [v for rx in (RAPPORTEUR_VERB, UPPER_VERB) for v in rx.finditer(text, a, far) if v.start() < b]
        verbs.sort(key=lambda v: v.start())
        m = next((v for v in verbs if v["verb"] == "expose"), verbs[0] if verbs else None)
    return m or PRESENTS_INLINE.search(text, a, b)
