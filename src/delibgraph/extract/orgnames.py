"""Organisation names: the cues that introduce them, name shapes and clean-up.

Used by :mod:`.organisations`. Every pattern is a general form of French
administrative writing ("l'entreprise X", "l'association « X »", "Communauté de
communes du X", an acronym after "avec la"), never a list of known names.
"""

from __future__ import annotations

import re

from .fastre import led_by
from .frenchtext import fold

_UP = r"A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒ"
_LO = r"a-zàâäçéèêëîïôöùûüœ"
# A capitalised or all-caps word (hyphens, apostrophes, digits, dots and slashes inside).
CAP = rf"(?:[{_UP}0-9][{_UP}{_LO}0-9]*(?:[\-'’./&][{_UP}{_LO}0-9]+)*(?:(?<=\b[{_UP}])\.)?)"
UPW = rf"(?:[{_UP}0-9][{_UP}0-9]*(?:[\-'’./&][{_UP}0-9]+)*(?:(?<=\b[{_UP}])\.)?)"  # all-caps word
ADJ = rf"(?:mixtes?|(?!repr[ée]sent|d[ée]sign|d[ée]nomm|situ|domicili|sise?s?\b|autoris|habilit|charg|sollicit)[{_LO}]+(?:al|ale|aux|ales|ien|ienne|ais|aise|ique|iques|el|elle|if|ive|aire|aires|é|ée|ain|aine|eur|rice|ial|iale|ier|ière|iers|ières))"
SP = r"[ \u00a0]+"  # no tab: tabs separate table cells
_CONNW = rf"(?:et{SP}(?:de{SP}la|de|du|des)|de{SP}la|de|du|des|et|en|sur|pour|la|le|les|à|aux|au)"
HEAD_BARE = r"(?:[ÉE]tat|R[ée]gion|D[ée]partement)\b"
NL = r"(?:[ \u00a0]*\n[ \u00a0]*)"  # a line break inside a name, before a small word only
GAP = rf"(?:{SP}|{NL})"  # after a connector the name may go on on the next line

# Inside a company name: "HABITAT ET\nPATRIMOINE DES VIGNES", "Fromagerie du Val d'Argent".
_CO_SEP = rf"(?:{SP}(?:ET|DE|DES|DU|&|de|du|des|et|en|la|le){GAP}|{SP}[dl]['’]|{SP})"
# "la société publique locale X", "la société d'économie mixte X": the kind of company, then its name.
_CO_KIND = (rf"(?-i:publique{SP}locale(?:{SP}d['’]am[ée]nagement)?|d['’][ée]conomie{SP}mixte(?:{SP}locale)?|anonyme"
            rf"|coop[ée]rative(?:{SP}d['’]int[ée]r[êe]t{SP}collectif)?)")
# "l'entreprise X", "la société X", "SAS X", "SA d'HLM X", "l'office public de l'habitat X", "bailleur social X".
COMPANY_CUE = led_by(
    "lEeSsſBbGgPpAaOo",
    rf"(?:\b(?:l['’](?:{SP})?)?(?i:entreprise|soci[ée]t[ée](?:{SP}{_CO_KIND})?|bailleur(?:{SP}social)?|groupement{SP}d['’]entreprises?"
    rf"|prestataire|attributaire|office{SP}public{SP}de{SP}l['’]habitat|entreprise{SP}sociale{SP}pour{SP}l['’]habitat)"
    rf"|\b(?:SARL|SAS|SASU|EURL|SA|SCOP|SCI|SNC|OPH|ESH)(?:{SP}(?:d['’]|de{SP})?HLM)?){GAP}"
    rf"(?!(?i:publique|anonyme|coop[ée]rative|territoriale|locale|d['’][ée]conomie)\b)"
    rf"(?:(?:SARL|SAS|SASU|EURL|SA|SCOP){SP})?"
    rf"(?P<name>{CAP}(?:{_CO_SEP}{CAP})*)",
    re.U,
)
# "l'association « X »", "association X Y"; a capitalised "Association X" keeps the word.
ASSOC_QUOTED = led_by("a", r"\bassociations?\s*(?:[:,]\s*)?[«\"“]\s*(?P<name>[^»\"”\n]{2,80}?)\s*[»\"”]", re.I)
# Public bodies and other named bodies by their head word.
HEAD = (
    r"(?:[ÉE]tat\b|R[ée]gion\b|D[ée]partement\b|Communaut[ée]\s+d['’]\s*[Aa]gglom[ée]ration|Communaut[ée]\s+de\s+[Cc]ommunes"
    r"|Communaut[ée]\s+[Uu]rbaine|M[ée]tropole|Syndicat|Agence|Centre|Caisse|Chambre"
    r"|Direction\s+(?:R[ée]gionale|D[ée]partementale)|Service\s+D[ée]partemental|[ÉE]tablissement\s+[Pp]ublic"
    r"|F[ée]d[ée]ration|Office|Union|Comit[ée]|Conseil\s+[Dd][ée]partemental|Conseil\s+[Rr][ée]gional"
    r"|[ÉE]ducation\s+[Nn]ationale|La\s+Poste|Institut|Universit[ée]|Lyc[ée]e|Coll[èe]ge|R[ée]gie|R[ée]seau"
    r"|Harmonie|Mutuelle|Banque|Cr[ée]dit(?=\s+[A-Z])|Fondation|Association|Soci[ée]t[ée]\s+Publique|SPLA?|SEML?|SCIC)"
)
# A separator with a connector, ending right before the next word: " de la ", " d'", " et ".
# After "et", a new head word starts another body ("le Centre Hospitalier X et l'Agence Y").
_CONNW_GAP = _CONNW.replace(SP, GAP)
LINK = (rf"(?:(?:{SP}|{NL})(?:(?!et\b){_CONNW_GAP}{GAP}(?:[dl]['’](?:{SP})?)?|(?:de{SP})?[dl]['’](?:{SP})?)(?!{HEAD_BARE})"
        rf"|(?:{SP}|{NL})et{SP}(?:(?:de{SP}la|de|du|des){GAP})?(?:[dl]['’](?:{SP})?)?(?!{HEAD_BARE}|{HEAD}\b))")
# Bridging a lower-case word ("Syndicat des marchés de France") only through de/du/des/d'.
BLINK = rf"(?:(?:{SP}|{NL})(?:de{SP}la|de|du|des){SP}|(?:{SP}|{NL})(?:de{SP})?[dl]['’](?:{SP})?)"
_LOWORD = rf"(?!{_CONNW}\b)[{_LO}]+(?:-[{_LO}]+)*"
# "Syndicat mixte d'eau potable du Haut-Bocage", "Agence de l'eau Adour-Garonne": one or two
# lower-case words after de/d', then a capitalised name.
NAME_TAIL = (rf"(?:{SP}{CAP}|{LINK}{CAP}|{BLINK}{_LOWORD}(?:{GAP}{_LOWORD})?(?:{BLINK}|{SP}(?=[{_UP}][{_LO}])){CAP})*")
# "Agence X – Société Territoriale": a second company of the same name after an en dash.
DASH_TAIL = rf"(?:{SP}[–—]{SP}Soci[ée]t[ée]{SP}{CAP}(?![ \u00a0]*[{_UP}{_LO}]))?"
BODY_RE = led_by("ÉERDCMSAFOULIHB",  # HEAD's capitals
                 rf"(?<![{_UP}{_LO}])(?P<name>{HEAD}(?:{SP}{ADJ}\b){{0,2}}{NAME_TAIL}{DASH_TAIL})", re.U)
# A cell of a text-column table ending the line: the name goes on in the same column of the next line
# ("à l'association            Adoptée (2 abstentions)\n          Ploumerel Patrimoine pour ...").
_NEXT_CELL = r"[ \t]{3,}[^\n]*\n[ \t]{3,}"
ASSOC_PLAIN = led_by(
    "Lla", rf"\b(?P<low>[Ll]['’](?:{SP})?a|a)ssociation(?:{_NEXT_CELL}|{SP})(?!{_CONNW}{SP})(?P<name>{CAP}{NAME_TAIL})")
# An acronym (3+ capitals, digits allowed after the first letters) standing alone.
ACRONYM_RE = re.compile(rf"(?<![\w\-(])(?P<name>[{_UP}][{_UP}0-9]{{2,9}})(?![\w\-])(?!{SP}[{_UP}]{{2}})")
_ART = r"(?:la|le|l['’]|les)\s*"
# A pact between parties: "convention (tripartite) entre", "l'acte signé le ... entre".
_PACT = (r"\b(?:conventions?|contrats?|accords?|partenariats?|tripartite|bipartite|actes?|avenants?|protocoles?)"
         r"\b[^.;:\n]{0,50}?\bentre")
ACRONYM_CUE = led_by(
    r"apscdrvtb\d",
    rf"(?:\bavec|\baupr[èe]s\s+(?:de|du|des)|\bau\s+profit\s+(?:de|du|des)|\bpartenariat\s+avec)\s*(?:{_ART})?$"
    rf"|\b(?:subventions?|participation|adh[ée]sion|cotisation|d[ée]l[ée]gu[ée]s?|repr[ée]sentants?|vers[ée]e?s?)"
    rf"\s+(?:au|aux|à\s+(?:{_ART}))\s*$"
    rf"|\d\s*(?:€|euros?)(?:\s*(?:HT|TTC))?\s+(?:à|au|aux|pour)\s*(?:{_ART})?$"  # "24 523 € à la COPAMO"
    rf"|{_PACT}\s+(?:{_ART})$", re.I)
# The later parties of "convention entre la commune de X, la SPL Y et la COPAMO".
PARTY_LIST = led_by("captb", rf"{_PACT}\s+(?:{_ART})[^.;:\n]{{3,150}}?(?:,|\bet)\s+(?:{_ART})$", re.I)
# "désigné au sein de la Centrale Villageoise X", "une société appelée « X »".
NAMED_AFTER = led_by(
    "aAsSſcCoO", rf"(?:\bau\s+sein\s+(?:de\s+la|du|de\s+l['’]|des)"
    rf"|\b(?i:soci[ée]t[ée]|association|coop[ée]rative|structure|organisme)\b[^.\n«]{{0,40}}?\b(?i:appel[ée]e?|d[ée]nomm[ée]e?))"
    rf"\s*[«\"“]?\s*"
    rf"(?P<name>(?!Conseil|Commission|Comit[ée]|Bureau|Assembl[ée]e)[{_UP}][{_LO}]+{NAME_TAIL})")
# "convention de partenariat avec Bocage Logis", "marché passé avec\nATELIER X", "contrat avec la Croix-Rouge française".
_CIV = r"(?:M|MM|Mme|Mmes|Monsieur|Madame|Ma[iî]tre)\b"
INST_ADJ = rf"(?:publi|fran[çc]ais|national|r[ée]gional|d[ée]partemental|europ[ée]en|social|solidaire|populaire)[{_LO}]*"
PNAME = rf"(?!{_CIV}|(?:Le|La|Les|Un|Une|Ce|Cette|Il|Elle|Ils|Elles|Ces|Son|Sa|Ses)\b|[0-9]){CAP}(?:{SP}{ADJ}\b)?{NAME_TAIL}(?:{GAP}{INST_ADJ}\b)?"
PARTNER_CUE = led_by(
    "cCpPmMaAbB",
    rf"\b(?i:conventions?|partenariats?|contrats?|march[ée]s?|avenants?|baux|bail|accords?|protocoles?)\b"
    rf"[^.;\n]{{0,60}}?\bavec{GAP}(?:(?:la|le|les){GAP}|l['’](?:{SP})?)?(?P<name>{PNAME})")
# Funders named by their role: "avec l'aide du Département de X", "le concours financier du Syndicat Y".
FUNDER_CUE = led_by(
    "lLuUcCfF",
    rf"\b(?i:l['’]aide|le{SP}concours|le{SP}soutien|la{SP}participation|une{SP}subvention|un{SP}financement)"
    rf"(?:{SP}financi[eè]re?)?{SP}(?:de{SP}la|du|de{SP}l['’]|des|de)(?:{SP})?(?P<name>{PNAME})"
    rf"|\b(?i:(?:co)?financ[ée]e?s?{SP}par){GAP}(?:(?:la|le|les){GAP}|l['’](?:{SP})?)?(?P<name2>{PNAME})")
# The next parties of the list: "avec la X et la Y", "avec X, Y et Z", "du Département de X (56 000 €) et de Y".
PARTY_NEXT = re.compile(rf"(?:[ \t]*\([^()\n]{{0,40}}\))?(?:,|{SP}et){GAP}(?:(?:de|du|des){SP})?"
                        rf"(?:(?:la|le|les){GAP}|l['’](?:{SP})?)?(?P<name>{PNAME})")
# EPCIs named with the head word last: "Lannion-Trégor Communauté", "Brest Métropole", "Dinan Agglomération".
EPCI_TAIL_RE = led_by(
    rf"{_UP}0-9",
    rf"(?<![\w\-'’])(?!(?:La|Le|Les|Cette|Une|Notre|Votre|Toute|Chaque|Ladite)\b)(?P<name>(?:{CAP}[ \u00a0\-]){{1,3}}(?:Communaut[ée]|Agglom[ée]ration|M[ée]tropole|Agglo))\b(?!{SP}(?:de|d['’]|du)\b)")
# "les services (départementaux) de l'Education Nationale X": a part of a body, not the body.
SUBPART_BEFORE = re.compile(r"\bservices?(?:\s+[\wéè]+)?\s+(?:de\s+l['’]|de\s+la|du|des)\s*$", re.I)
# A capitalised word right before the head word: the head is inside a longer name ("Léo Lagrange Centre Est").
WORD_BEFORE = re.compile(
    rf"(?<![.:;!?])[ \u00a0](?!(?:Le|La|Les|Un|Une|Du|Des|Au|Aux|Vu|Et|En|Par|Pour|Avec|Entre|Dans|Sur|Selon|Depuis|Cette|Ce|Son|Sa|Ses|Leur)[ \u00a0])"
    rf"[{_UP}][{_LO}]{{2,}}[ \u00a0]$")

LEGAL_FORM = re.compile(r"^(?:(?:SARL|SAS|SASU|EURL|SA|SCOP|SNC|[Ss]oci[ée]t[ée]|SOCI[EÉ]T[EÉ]|[Ee]ntreprise|ENTREPRISE)\s+"
                        r"(?!Publique|Anonyme|Coop[ée]rative|Territoriale|d['’]))+")
ACRONYM_TAIL = re.compile(r"\s*\((?P<acr>[A-Z]{2,10})\)$")
PERSON_TAIL = re.compile(rf"\s+[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?\s+[{_UP}]{{2,}}\b(?!.*\b[Aa]ssoci[ée]s\b).*$")
PERSON_NAME = re.compile(rf"^[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?\s+[{_UP}][{_UP}'’\- ]+$")
ARTICLE = re.compile(r"^(?:(?:les|le|la|au|aux|du|des|une?)\s+|l['’]\s*)")
NOT_A_NAME = re.compile(
    r"^\d+\s*(?:bis|ter)?,?\s+(?:rue|route|chemin|avenue|av|bd|boulevard|place|impasse|all[ée]e|quai|cours|za|zi|zac|lieu)\b"
    r"|^\d+\s*(?:ans?|mois|jours?)\b|^(?-i:[a-zà-ÿ])", re.I)
ADDRESS_TAIL = re.compile(
    r"\s+[-–]\s+(?!(?:Soci[ée]t[ée]\s+[A-ZÉ]\w+|[A-Z]{3,5})$).*$|\s*,.*$|\s*\((?![A-Z]{2,}\)).*$|\s+\d{5}\b.*$|\s+le\s+\d.*$"
    r"|\s+\d{1,3}(?:[ \u00a0.]\d{3})+.*$|\s+\d+(?:[.,]\d+)?\s*(?:€|%|euros?\b).*$"
    r"|\s+\d+\s*(?:bis|ter)?,?\s+(?:rue|route|chemin|avenue|av|bd|boulevard|place|impasse|all[ée]e|quai|za|zi|zac)\b.*$",
    re.I)
TRAIL = re.compile(rf"(?:{SP}(?:{_CONNW}|[dl]['’]))+$", re.I)

# Bodies never listed: the authority's own organs, funds and programmes, generic services.
EXCLUDE_RE = re.compile(
    r"^(?:commission|conseils?\s+(?:municipal|communautaire|d['’]administration|d['’]exploitation|d['’][ée]cole|de\s+quartiers?|portuaire)"
    r"|comit[ée]\s+(?:social|technique|d['’]hygi[èe]ne|des\s+financeurs|de\s+pilotage|consultatif|strat[ée]gique|de\s+gestion)"
    r"|par\s+d[ée]lib|fonds|programme|emprunts?\b|autofinancement|groupement\s+de\s+commandes?|correspondants?\b|dotation|plan\b|sch[ée]ma|dispositif|contrat|budget|services?\b(?!\s+(?:d[ée]partemental|r[ée]gional|national))|direction\s+g[ée]n[ée]rale(?:\s+(?:des|de\s+la)\s+services?\b|\s+adjointe|\s*$)"
    r"|ville\b|commune\b|mairie|centre[\s\-]ville|centre[\s\-]bourg|centre\s+technique|centre\s+de\s+loisirs|centre\s+socio"
    r"|pr[ée]fecture|tr[ée]sor|services?\s+fiscaux|r[ée]gie\s+(?:d['’]avances|de\s+recettes)|r[ée]seau\s+(?:d['’]|de\s+)"
    r"|union\s+europ|lyc[ée]e$|coll[èe]ge$|[ée]tat\s+(?:futur|civil|g[ée]n[ée]ral|des\s+lieux|de\s+)|office$|agence\s+postale)", re.I)
# A head word with no name: "l'établissement public", "la communauté de communes".
GENERIC_RE = re.compile(r"(?:[ÉE]tablissements?\s+[Pp]ublics?|Communaut[ée]\s+(?:de\s+[Cc]ommunes|d['’]\s*[Aa]gglom[ée]ration)"
                        r"|Syndicat\s+(?:[Mm]ixte|[Ii]ntercommunal)"
                        r"|Association|Syndicat|Agence|Centre|Caisse|Chambre|Office|Union|Comit[ée]|F[ée]d[ée]ration"
                        r"|Institut|Banque|Fondation|Mutuelle|Soci[ée]t[ée]|Entreprise)", re.I)
ACRONYM_STOP = frozenset(
    "CAO CDSP CCID CLECT CCAS CCSPL CAP CCP CHSCT CT DSIL DETR DSID FEADER LEADER FEDER FPIC FCTVA PLU PLUI SCOT PADD "
    "OAP ZAC ZA ZI HT TTC TVA AP CP DM PV RD RN VRD MAPA CGCT CGPPP EPCI SIREN SIRET INSEE RGPD AESH ATSEM ETP "
    "TEPOS NB NBI IFSE CIA RIFSEEP RSA CAF ACTES ERP PMR MDMPH DGS DGA DST MM MME EUR OUI NON ART TOTAL "
    "DELIBERATION LE LA LES DE DU DES ET ADOPTE ADOPTEE UNANIMITE APPROUVE DECIDE AUTORISE DIT PREND ACTE CHARGE "
    "SOLLICITE ACCEPTE DESIGNE FIXE RAPPELLE PRECISE INDIQUE VALIDE ATTRIBUE CREE MODIFIE VU CONSIDERANT "
    "VEFA COVID SPL SEM SEML SCIC SARL SAS SASU EURL SCOP SCI SNC OPH ESH HLM "
    "CE1 CE2 CM1 CM2 "
    "AMO MOE DCE APS APD PRO DCE ACT DET AOR BP CA CM CR COPIL COTECH".split())


def clean_name(raw: str) -> str:
    """A body's name without article, legal form, address or surrounding markup."""
    s = re.sub(r"\*\*|__|[«»\"“”]", " ", raw)
    s = re.sub(r"\s+", " ", s).strip(" \t-–—:;,*|")
    s = PERSON_TAIL.sub("", ADDRESS_TAIL.sub("", s))
    prev = None
    while prev != s:
        prev = s
        s = LEGAL_FORM.sub("", ARTICLE.sub("", s)).strip()
    s = TRAIL.sub("", s).strip(" \t-–—:;,*|")
    tail = ACRONYM_TAIL.search(s)
    if tail and tail["acr"] in initials(s[:tail.start()]):
        s = s[:tail.start()]
    return s if re.search(r"\b[A-Z]\.$", s) else s.rstrip(".")


def initials(name: str) -> set[str]:
    """Acronyms a name may go by: initials with and without the small words."""
    words = re.findall(r"[\w]+", fold(name).replace("'", " "))
    small = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "pour", "sur", "a", "au", "aux"}
    return {"".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w not in small).upper()}


# Labels of minutes and decision columns, never a body: "Rapporteur : M.", "Adoptée", "ONT VOTÉ CONTRE : 2".
LABEL_RE = re.compile(
    r"^(?:rapporteure?s?|secr[ée]taire|pr[ée]sidente?|pr[ée]sents?|absents?|excus[ée]s?|pouvoirs?|procurations?"
    r"|votes?|votants?|exprim[ée]s|pour|contre|abstentions?|ont\s+vot[ée]|a\s+vot[ée]|adopt[ée]e?s?|rejet[ée]e?s?"
    r"|ajourn[ée]e?s?|retir[ée]e?s?|objet|d[ée]cisions?|d[ée]lib[ée]rations?|nomenclature|affaire|question)\b"
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
