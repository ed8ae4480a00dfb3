"""Organisation names: clean-up of a found name and whether it is a body at all.

Used by :mod:`.organisations` and :mod:`.orgmerge`. :func:`clean_name` drops
articles, legal forms, addresses and trailing figures ("CAF de X à 50"), but
keeps an acronym's expansion ("TPBY - Travaux Publics de ...") and a local
branch ("X – Relais de Y"); :func:`acceptable` drops labels, the authority
itself, its organs, funds and programmes, generic heads and persons.
"""

from __future__ import annotations

import re

from .frenchtext import fold
from .orgnames import _CONNW, _EPCI_BODY, _LO, _UP, BRANCH, SP

NAME_ADJ = re.compile(r"[A-ZÉ](?:[a-zéè]+(?:aise|ale|ienne|oise|aine|ique)|[A-ZÉÈ]+(?:AISE|ALE|IENNE|OISE|AINE|IQUE))\b")
LEGAL_FORM = re.compile(r"^(?:(?:SARL|SAS|SASU|EURL|SA|SCOP|SNC|SCI|SISA|SELARL|SELAS|SCM|[Ss]oci[ée]t[ée]|SOCI[EÉ]T[EÉ]|[Ee]ntreprise|ENTREPRISE)\s+"
                        r"(?!Publique|Anonyme|Coop[ée]rative|Territoriale|d['’])"
                        # "Société Martiniquaise d'Habitat Social", "Société Générale": an adjective of the name
                        r"(?!(?<=[éeÉE]\s)" + NAME_ADJ.pattern + "))+")
# "CYCLÉO DISTRIBUTION SARL": a legal form after the name is dropped too.
LEGAL_TAIL = re.compile(r"\s+(?:SARL|SAS|SASU|EURL|SA|SCOP|SNC|SCI|SISA|SELARL|SELAS|SCM)$")
ACRONYM_TAIL = re.compile(r"\s*\((?P<acr>[A-Z]{2,10})\)$")
PERSON_TAIL = re.compile(rf"\s+[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?\s+(?!{_EPCI_BODY}\b)[{_UP}]{{2,}}\b(?!.*\b[Aa]ssoci[ée]s\b).*$")
PERSON_NAME = re.compile(rf"^[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?\s+[{_UP}][{_UP}'’\- ]+$")
ARTICLE = re.compile(r"^(?:(?:les|le|la|au|aux|du|des|une?)\s+|l['’]\s*)")
NOT_A_NAME = re.compile(
    r"^\d+\s*(?:bis|ter)?,?\s+(?:rue|route|chemin|avenue|av|bd|boulevard|place|impasse|all[ée]e|quai|cours|za|zi|zac|lieu)\b"
    r"|^\d+\s*(?:ans?|mois|jours?)\b|^(?!commune\s+d|coll[èe]ge\s|lyc[ée]e\s)(?-i:[a-zà-ÿ])", re.I)  # "commune de X", "collège X": as written
ADDRESS_TAIL = re.compile(
    rf"\s+[-–]\s+(?!(?:Soci[ée]t[ée]\s+[A-ZÉ]\w+|[A-Z]{{3,5}})$|Compagnie\s+[A-ZÉ]|{BRANCH}).*$"
    r"|\s*,(?![ \u00a0]*d['’][a-zàâçéèêîôû]+[ \u00a0]+et[ \u00a0]).*$|\s*\((?![A-Z]{2,}\)).*$|\s+\d{5}\b.*$|\s+le\s+\d.*$"
    r"|\s+\d{1,3}(?:[ \u00a0.]\d{3})+.*$|\s+\d+(?:[.,]\d+)?\s*(?:€|%|euros?\b).*$|\s+(?:à|de|pour|sur|en)\s+\d[\d.,]*(?:\s*[-–/]\s*\d+)?$"
    r"|\s+(?:au|dès\s+le|à\s+compter\s+du)\s+(?:1er|\d{1,2})\b.*$"
    r"|\s+\d+\s*(?:bis|ter)?,?\s+(?:rue|route|chemin|avenue|av|bd|boulevard|place|impasse|all[ée]e|quai|za|zi|zac)\b.*$",
    re.I)
# "TPBY - Travaux Publics de Bourgogne-Yonne": an acronym, then the name it stands for.
# "État – DSIL", "Région - FRAT": a bare public funder and the fund it pays from; the body is the funder.
FUNDER_FUND = re.compile(r"^(?P<body>[ÉE]tat|R[ée]gion|D[ée]partement)\s*[-–—]\s*[A-Z]{2,}\b.*$")
EXPANDED_RE = re.compile(r"^(?P<acr>[A-Z]{2,10})\s+[-–—]\s+(?P<rest>.+)$")
TRAIL = re.compile(rf"(?:{SP}(?:{_CONNW}|[dl]['’]))+$", re.I)

# Bodies never listed: the authority's own organs, funds and programmes, generic services.
EXCLUDE_RE = re.compile(
    r"^(?:commission|conseils?\s+(?:municipal|communautaire|d['’]administration|d['’]exploitation|d['’][ée]cole|de\s+quartiers?|portuaire)"
    r"|(?:comit[ée]|bureau|conseil)\s+(?:syndical|directeur|m[ée]tropolitain)\b"
    r"|comit[ée]\s+(?:social|technique|d['’]hygi[èe]ne|des\s+financeurs|de\s+pilotage|consultatif|strat[ée]gique|de\s+gestion)"
    r"|par\s+d[ée]lib|fonds|programme|emprunts?\b|autofinancement|groupement\s+de\s+commandes?|correspondants?\b|dotation|plan\b|sch[ée]ma|dispositif|contrat|budget|services?\b(?!\s+(?:d[ée]partemental|r[ée]gional|national))|direction\s+g[ée]n[ée]rale(?:\s+(?:des|de\s+la)\s+services?\b|\s+adjointe|\s*$)"
    r"|ville\b|commune\b(?!\s+d(?:e\s+|['’])\s*[A-ZÉÈ])|mairie|centre[\s\-]ville|centre[\s\-]bourg|centre\s+technique|centre\s+de\s+loisirs|centre\s+socio"
    r"|pr[ée]fecture|tr[ée]sor|services?\s+fiscaux|r[ée]gie\s+(?:d['’]avances|de\s+recettes)|r[ée]seau\s+(?:d['’]|de\s+)"
    r"|union\s+europ|z(?:ae|ac|a|i)\b|zones?\s+(?:d['’]activit|industrielle|artisanale|commerciale)|lyc[ée]e$|coll[èe]ge$|[ée]tat\s+(?:futur|civil|g[ée]n[ée]ral|des\s+lieux|de\s+)|office$|agence\s+postale)", re.I)
# A head word with no name: "l'établissement public", "la communauté de communes".
GENERIC_RE = re.compile(r"(?:[ÉE]tablissements?\s+[Pp]ublics?(?:\s+(?:communal|intercommunal|local|territorial|administratif)e?s?)?|Communaut[ée]\s+(?:de\s+[Cc]ommunes|d['’]\s*[Aa]gglom[ée]ration)"
                        r"|Syndicat\s+(?:[Mm]ixte|[Ii]ntercommunal)"
                        r"|Association|Syndicat|Agence|Centre|Caisse|Chambre|Office|Union|Comit[ée]|F[ée]d[ée]ration"
                        r"|Conseil|Institut|Banque|Fondation|Mutuelle|Soci[ée]t[ée]|Entreprise|Club|Amicale|Ligue|Cercle|Cabinet|Foyers?(?:\s+ruraux|\s+rural)?)", re.I)
ACRONYM_STOP = frozenset(
    "CAO CDSP CCID CLECT CCAS CCSPL CAP CCP CHSCT CT DSIL DETR DSID FEADER LEADER FEDER FPIC FCTVA PLU PLUI SCOT PADD "
    "OAP ZAC ZA ZI HT TTC TVA AP CP DM PV RD RN VRD MAPA CGCT CGPPP EPCI SIREN SIRET INSEE RGPD AESH ATSEM ETP "
    "TEPOS NB NBI IFSE CIA RIFSEEP RSA CAF ACTES ERP PMR MDMPH DGS DGA DST MM MME EUR OUI NON ART TOTAL "
    "DELIBERATION LE LA LES DE DU DES ET ADOPTE ADOPTEE UNANIMITE APPROUVE DECIDE AUTORISE DIT PREND ACTE CHARGE "
    "SOLLICITE ACCEPTE DESIGNE FIXE RAPPELLE PRECISE INDIQUE VALIDE ATTRIBUE CREE MODIFIE VU CONSIDERANT "
    "LED GPS WIFI TNT PAV "
    "VEFA COVID SPL SEM SEML SCIC SARL SAS SASU EURL SCOP SCI SNC OPH ESH HLM SISA SELARL SELAS SCM "
    "CE1 CE2 CM1 CM2 "
    "AMO MOE DCE APS APD PRO DCE ACT DET AOR BP CA CM CR COPIL COTECH".split())


def clean_name(raw: str) -> str:
    """A body's name without article, legal form, address or surrounding markup."""
    s = re.sub(r"\*\*|__|[«»\"“”]", " ", raw)
    s = re.sub(r"\s+", " ", s).strip(" \t-–—:;,*|")
    expanded = EXPANDED_RE.match(s)
    if expanded and expanded["acr"] in initials(expanded["rest"]):
        s = s[:expanded.start("rest")] + PERSON_TAIL.sub("", ADDRESS_TAIL.sub("", expanded["rest"]))
    else:
        s = PERSON_TAIL.sub("", ADDRESS_TAIL.sub("", s))
    prev = None
    while prev != s:
        prev = s
        s = LEGAL_TAIL.sub("", LEGAL_FORM.sub("", ARTICLE.sub("", s))).strip()
    s = FUNDER_FUND.sub(r"\g<body>", TRAIL.sub("", s).strip(" \t-–—:;,*|"))
    tail = ACRONYM_TAIL.search(s)
    if tail and stands_for(tail["acr"], s[:tail.start()]):
        s = s[:tail.start()]
    return s if re.search(r"\b[A-Z]\.$", s) else s.rstrip(".")


def initials(name: str) -> set[str]:
    """Acronyms a name may go by: initials with and without the small words."""
    words = re.findall(r"[\w]+", fold(name).replace("'", " "))
    small = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "pour", "sur", "a", "au", "aux"}
    return {"".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w not in small).upper()}


def stands_for(acr: str, name: str) -> bool:
    """The acronym is the name's initials, or (3+ letters) picks some of its main words' initials in
    order: "Agence d'aménagement, d'urbanisme et d'énergie de la Corse (AUE)"."""
    found = initials(name)
    if acr in found or len(acr) < 3:
        return acr in found
    letters = iter(min(found, key=len))
    return all(c in letters for c in acr)


# Labels of minutes and decision columns, never a body: "Rapporteur : M.", "Adoptée", "ONT VOTÉ CONTRE : 2".
LABEL_RE = re.compile(
    r"^(?:rapporteure?s?|secr[ée]taire|pr[ée]sidente?|pr[ée]sents?|absents?|excus[ée]s?|pouvoirs?|procurations?"
    r"|votes?|votants?|exprim[ée]s|pour|contre|abstentions?|ont\s+vot[ée]|a\s+vot[ée]|adopt[ée]e?s?|rejet[ée]e?s?"
    r"|ajourn[ée]e?s?|retir[ée]e?s?|objet|d[ée]cisions?|d[ée]lib[ée]rations?|nomenclature|affaire|question|interventions?)\b"
    r"(?:[\s:;,.\-–0-9]|M\.|Mme|\(.*|(?:pour|contre|abstentions?)\b)*$", re.I)


def acceptable(name: str, authority: str | None = None) -> bool:
    """False for empty names, labels, the authority itself, internal organs, funds and generic words."""
    if len(name) < 2 or "+" in name or not re.search(r"[A-Za-zÀ-ÿ]", name) or LABEL_RE.match(name):
        return False
    if NOT_A_NAME.match(name) or GENERIC_RE.fullmatch(name):
        return False
    if any(EXCLUDE_RE.match(part) for part in re.split(r"\s+[–—-]\s+", name)):
        return False
    if name.upper() in ACRONYM_STOP or PERSON_NAME.match(name) or len(name) > 90:
        return False
    if authority and fold(authority) in fold(name) and len(fold(name)) <= len(fold(authority)) + 12:
        return False
    if authority and " " in name and fold(authority).startswith(fold(name)):
        return False  # "Centre Communal d'Action Sociale" when the authority is the CCAS of X
    return True
