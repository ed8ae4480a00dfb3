"""Parties named in an all-caps title, read in title case, and public bodies written in capitals
("LA COMMUNAUTE DE COMMUNES DU PLATEAU DE X PROPOSE ...") (used by :mod:`.organisations`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Spanned
from .fastre import led_by
from .orgclean import stands_for
from .orgmerge import key

TITLE_CUT = re.compile(r"\s+(?:pour|à|au|aux|en|sur|par|dans|avec)\s.*$", re.S)
_UPW = r"[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ][A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ0-9]*(?:-[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ0-9]+)*"
_UPLINK = r"(?:[ \u00a0]+(?:DE[ \u00a0]+LA[ \u00a0]+|DE[ \u00a0]+L['’]|DE[ \u00a0]+|DU[ \u00a0]+|DES[ \u00a0]+|D['’]))"
# In capitals the name ends where no "DE/DU/DES/D'" links the next word: "... DU PLATEAU DE MAICHE PROPOSE".
CAPS_BODY = led_by("CS", rf"(?<![\w'’])(?P<name>(?:COMMUNAUT[EÉ][ \u00a0]+(?:DE[ \u00a0]+COMMUNES|D['’]AGGLOM[EÉ]RATION|URBAINE)"
                         rf"|SYNDICAT(?:[ \u00a0]+(?:MIXTE|INTERCOMMUNAL|D[EÉ]PARTEMENTAL))?)(?:{_UPLINK}{_UPW})+)")
# "SYNDICAT INTERCOMMUNAL POUR LE GAZ ET L'ÉLECTRICITÉ (SIGEIF)": a body in capitals spelt out before its acronym.
CAPS_SPELT = led_by("SACOÉEFUI", rf"(?<![\w'’])(?P<name>(?:SYNDICAT|AGENCE|OFFICE|CAISSE|CENTRE|CHAMBRE|F[EÉ]D[EÉ]RATION|UNION"
                                 rf"|[EÉ]TABLISSEMENT|INSTITUT)(?:(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*|['’]){_UPW}){{1,14}})"
                                 r"[ \u00a0]*\((?P<acr>[A-Z]{2,10})\)")
SMALL_WORD = re.compile(r"(?:de|du|des|d|la|le|les|l|et|à|au|aux|pour|avec|en|sur|par|dans)", re.I)


def caps_title_parties(text: str, title: str, found: list[Spanned[str]],
                       partners: Callable[[str], list[Spanned[str]]]) -> list[Spanned[str]]:
    """Parties named in an all-caps title ("CONVENTION AVEC LE SERVICE DÉPARTEMENTAL ... DE L'INDRE"),
    read in title case, unless the text already names a body that starts the same way."""
    pos = text.find(title[:30]) if title else -1
    end = text.find("\n\n", pos)
    heading = text[pos:end if 0 <= end - pos <= 400 else pos + len(title)] if pos >= 0 else title
    lines = heading.split("\n")
    kept = [i for i, line in enumerate(lines) if not _caps(line)][:1]  # "Rapporteur : ..." under the title
    heading = "\n".join(lines[:kept[0]]) if kept and kept[0] > 0 else heading
    if not _caps(heading):
        return []
    cased = re.sub(r"\w+", lambda w: w[0].lower() if SMALL_WORD.fullmatch(w[0]) else w[0].capitalize(), heading)
    heads = {" ".join(key(x.value).split()[:2]) for x in found}
    pos = max(pos, 0)
    # every word is capitalised now: "avec l'Association X" was "avec l'association X", named X
    names = [re.sub(r"^Association\s+", "", TITLE_CUT.sub("", x.value)) for x in partners(cased)]
    return [Spanned(n, pos, pos + len(n)) for n in names if " " in n and " ".join(key(n).split()[:2]) not in heads]


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def caps_bodies(text: str) -> list[Spanned[str]]:
    """Public bodies written in capitals: "LA COMMUNAUTE DE COMMUNES DU PLATEAU DE X", "SYNDICAT ... (ACR)"."""
    out = [Spanned(m["name"], m.start("name"), m.end("name")) for m in CAPS_BODY.finditer(text)]
    return out + [Spanned(m["name"], m.start("name"), m.end("name")) for m in CAPS_SPELT.finditer(text)
                  if stands_for(m["acr"], m["name"])]
