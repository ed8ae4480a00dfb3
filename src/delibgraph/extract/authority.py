"""Authority: the body's name and type, and SIREN + département from an @ctes act id.

Adds ``ext.authority.name`` as the text writes it ("Ville de LENS" -> "LENS",
"la commune du Trait" -> "Le Trait"; null when the body is never named), its
``type`` (commune / epci / ccas / other) from how the text names the body or its
assembly, and ``siren``/``department`` only from an identifier printed in the
text (``062-216204982-20231206-...``). Values already set (structured inputs)
are kept.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Extraction, Spanned
from ..sources.base import Document
from .fastre import led_by
from .frenchtext import fold

_PLACE = (r"[A-ZÀ-Þ][\w'’\-]*(?:(?:[ \t]{0,2}-[ \t]{0,2}|[ \t]{1,2})(?:(?:sur|sous|en|lès|les|lez|de|du|des|la|le|aux|au)[ \t\-]+"
          r"|(?:de[ \t]+)?[dl]['’])?[A-ZÀ-Þ][\w'’\-]*)*")  # "Rives de l'Aulne", "Val d'Argens"
# "Ville de Lens", "COMMUNE DE SALAZIE", "la commune du Trait", "conseil municipal de Taluyers"
COMMUNE_RE = led_by(
    "vVcCmM",
    rf"\b(?:(?i:ville|commune(?:\s+nouvelle)?|mairie)\s+(?P<art>(?i:de\s+la\s+|de\s+l['’]\s*|de\s+|d['’]\s*|du\s+|des\s+))"
    rf"|(?i:conseil\s+municipal)\s+(?P<art2>(?i:de\s+|d['’]\s*)))(?P<n>{_PLACE})")
EPCI_RE = re.compile(
    rf"\b(?i:communaut[ée]\s+(?:de\s+communes|d['’]agglom[ée]ration|urbaine)|m[ée]tropole)\s+"
    rf"(?P<art>(?i:de\s+la\s+|de\s+l['’]|de\s+|d['’]\s*|du\s+|des\s+)?)(?P<n>{_PLACE})")
CCAS_RE = re.compile(r"\b(?:CCAS|centre\s+communal\s+d['’]action\s+sociale)\b", re.I)
_OF = r"(?i:de\s+la\s+|de\s+l['’]\s*|de\s+|d['’]\s*|du\s+|des\s+)"
# "CENTRE COMMUNAL D'ACTION SOCIALE DE SAINT-ROMAIN", "CCAS de Lens": named in full
CCAS_NAME_RE = led_by("cC", rf"\b(?i:CCAS|centre\s+communal\s+d['’]action\s+sociale)\s+{_OF}{_PLACE}")
# "SYNDICAT INTERCOMMUNAL D'ASSAINISSEMENT DE LA HAUTE-VÉZÈRE", "Syndicat mixte du bassin de l'Oudon"
# "PÔLE D'ÉQUILIBRE TERRITORIAL ET RURAL DU PAYS X", "Service départemental d'incendie et de secours de Y": other bodies
SYNDICAT_NAME_RE = led_by("sSſpP", r"\b(?i:syndicat\s+(?:(?:mixte|intercommunal|d[ée]partemental|des|du|de)\b|d['’])|"
                                  r"p[ôo]le\s+d['’][ée]quilibre\s+territorial|"
                                  r"service\s+d[ée]partemental\s+d['’]incendie)"
                                r"(?:(?!\s(?:a|est|qui|dont|sous|s['’]est|réuni)\s)[^\n,;:(|*–—.])*")
# "CAISSE DES ÉCOLES DE MONTFERRAND-SUR-LYS": a public body of its own (type other)
CAISSE_NAME_RE = led_by("cC", rf"\b(?i:caisse\s+des\s+[ée]coles)\s+{_OF}{_PLACE}")
ASSEMBLY_RES = {  # how the deciding assembly is named -> authority type
    "epci": led_by("cb", r"\b(?:conseil|bureau)\s+(?:communautaire|m[ée]tropolitain|"
                         r"de\s+(?:la\s+)?(?:m[ée]tropole|communaut[ée])\b)\b", re.I),  # "Conseil de la Métropole"
    "ccas": led_by("c", r"\bconseil\s+d['’]administration\s+du\s+(?:CCAS|centre\s+communal)", re.I),
    "commune": led_by("c", r"\bconseil\s+municipal\b", re.I),
    "other": led_by("cb", r"\b(?:comit[ée]|conseil|bureau)\s+syndical\b", re.I),  # a syndicat's assembly
}
ACT_ID_RE = led_by(r"\d", r"\b(?P<dep>\d{3}|0?2[AB])-(?P<siren>\d{9})-(?P<date>\d{8})-[\w\-]+")
_STOP = {"lui", "la", "le", "l", "ses", "son", "sa", "leur", "cette", "ce", "lundi", "mardi", "mercredi",
         "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars", "avril", "mai",
         "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "seance"}


HEAD = 600  # where a letterhead stands
FULL_NAMES = {"epci": EPCI_RE, "ccas": CCAS_NAME_RE, "other": SYNDICAT_NAME_RE}
HEAD_NAMES = {**FULL_NAMES, "school fund": CAISSE_NAME_RE}  # letterheads that tell the type when no assembly does


def run(doc: Document, ext: Extraction) -> None:
    a, text = ext.authority, doc.text
    if a.siren is None or a.department is None:
        if m := ACT_ID_RE.search(text):
            a.siren = a.siren or Spanned(m["siren"], m.start("siren"), m.end("siren"))
            a.department = a.department or Spanned(m["dep"].zfill(3), m.start("dep"), m.end("dep"))
    if a.type is None:
        a.type = authority_type(text)
    if a.name is None:
        a.name = authority_name(text, a.type.value if a.type else None)


def authority_type(text: str) -> Spanned[str] | None:
    """The type from the first naming of the deciding assembly."""
    hits = [(m.start(), kind, m) for kind, rx in ASSEMBLY_RES.items() if (m := rx.search(text))]
    if not hits:  # no assembly named: a CCAS or syndicat letterhead at the top still tells
        hits = [(m.start(), kind, m) for kind in ("ccas", "other", "school fund")
                if (m := HEAD_NAMES[kind].search(text, 0, HEAD))]
    if not hits:
        return None
    _, kind, m = min(hits, key=lambda h: h[0])
    return Spanned("other" if kind == "school fund" else kind, m.start(), m.end())


def authority_name(text: str, kind: str | None) -> Spanned[str] | None:
    """The most often named body of the right type (first one on ties), as written."""
    names = []
    if kind in FULL_NAMES:  # named in full: "Communauté de communes du Val Vert", "CCAS de Lens"
        names = _full(FULL_NAMES[kind], text)
    if head := _letterhead(names, text):
        return head
    if kind == "other" and (head := _letterhead(_full(CAISSE_NAME_RE, text), text)):
        return head
    if not names and kind != "epci":
        names = [n for m in COMMUNE_RE.finditer(text) if (n := _name(m))]
    if not names:
        return None
    counts = Counter(fold(n.value) for n in names)
    best = max(counts.values())
    same = [n for n in names if counts[fold(n.value)] == best]
    same = [n for n in same if fold(n.value) == fold(same[0].value)]
    return next((n for n in same if not n.value.isupper()), same[0])


def _full(rx: re.Pattern, text: str) -> list[Spanned[str]]:
    return [Spanned(re.sub(r"\s+", " ", m.group().strip()), m.start(), m.start() + len(m.group().strip()))
            for m in rx.finditer(text)]


CONTINUED = re.compile(r"\s*\n\s*(?:du|de|des|d['’]|pour|et|à)(?:\s|(?<=['’]))", re.I)


def _letterhead(names: list[Spanned[str]], text: str) -> Spanned[str] | None:
    """A full name alone on its line at the top (the letterhead), written in lower case when it can be."""
    for n in names:
        ls, eol = text.rfind("\n", 0, n.start) + 1, text.find("\n", n.end)
        alone = text[ls:n.start].strip(" \t#*_") == "" and text[n.end:eol if eol > 0 else None].strip(" \t*_") == ""
        if n.start < HEAD and alone and not CONTINUED.match(text, n.end):  # not "SYNDICAT MIXTE⏎DU BASSIN ..."
            return next((x for x in names if fold(x.value) == fold(n.value) and not x.value.isupper()), n)
    return None


_ARTICLE_NAME = re.compile(r"(?:Le|La|Les|LE|LA|LES)[ \t]+[A-ZÀ-Þ]")  # "Mairie de Le Vaudreuil-sur-Aube"


def _name(m: re.Match) -> Spanned[str] | None:
    name = m["n"].strip(" -'’")
    if (fold(name).split(" ")[0] in _STOP and not _ARTICLE_NAME.match(name)) or len(name) < 2:
        return None
    art = fold(m["art"] or m.groupdict().get("art2") or "").strip()
    prefix = {"du": "Le ", "des": "Les ", "de la": "La ", "de l'": "L'", "de l’": "L'"}.get(art, "")
    prefix = prefix.upper() if name.isupper() else prefix
    return Spanned(prefix + name, m.start("n"), m.start("n") + len(name))
