"""Organisation names: the cues that introduce them, name shapes and clean-up.

Used by :mod:`.organisations` (clean-up and acceptance: :mod:`.orgclean`). Every pattern is a general form of French
administrative writing ("l'entreprise X", "l'association « X »", "Communauté de
communes du X", an acronym after "avec la"), never a list of known names.
"""

from __future__ import annotations

import re

from .fastre import led_by

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
# "SADE\nCompagnie Générale de ...": a name in capitals goes on with a capitalised name on the next line.
_CO_NL = (rf"(?<=[{_UP}]{{2}}){NL}(?!(?:Le|La|Les|Un|Une|Ce|Cette|Il|Elle|Pour|Par|Monsieur|Madame|Rapporteur)\b)"
          rf"(?=[{_UP}][{_LO}]+{SP}[{_UP}])")
_CO_SEP = rf"(?:{SP}(?:ET|DE|DES|DU|&|de|du|des|et|en|la|le){GAP}|{SP}[dl]['’]|{SP}|{_CO_NL})"
# "la société publique locale X", "la société d'économie mixte X": the kind of company, then its name.
_CO_KIND = (rf"(?-i:publique{SP}locale(?:{SP}d['’]am[ée]nagement)?|d['’][ée]conomie{SP}mixte(?:{SP}locale)?|anonyme"
            rf"|coop[ée]rative(?:{SP}d['’]int[ée]r[êe]t{SP}collectif)?)")
# "l'entreprise X", "la société X", "la plateforme X", "le cabinet X", "le bureau d'études X", "SAS X", "SA d'HLM X", "l'office public de l'habitat X", "bailleur social X".
COMPANY_CUE = led_by(
    "lEeSsſBbGgPpAaOoCc",
    rf"(?:\b(?:l['’](?:{SP})?)?(?i:entreprise|soci[ée]t[ée](?:{SP}{_CO_KIND})?|bailleur(?:{SP}social)?|groupement{SP}d['’]entreprises?"
    rf"|cabinet(?:{SP}d['’]architectes?|{SP}de{SP}g[ée]om[èe]tres?)?|bureau{SP}d['’](?:{SP})?[ée]tudes?|bureau{SP}de{SP}contr[ôo]le"
    rf"|(?<!sur la )plate-?forme(?:{SP}(?:de{SP}vente|d['’]ench[èe]res|en{SP}ligne))?"  # not where a notice is posted
    rf"|prestataire|attributaire|office{SP}public{SP}de{SP}l['’]habitat|entreprise{SP}sociale{SP}pour{SP}l['’]habitat)"
    rf"|\b(?:SARL|SAS|SASU|EURL|SA|SCOP|SCI|SNC|OPH|ESH)(?:{SP}(?:d['’]|de{SP})?HLM)?){GAP}"
    rf"(?!(?i:publique|anonyme|coop[ée]rative|territoriale|locale|d['’][ée]conomie)\b)"
    rf"(?:(?:SARL|SAS|SASU|EURL|SA|SCOP){SP})?(?!(?:M|MM|Mmes?|Monsieur|Madame)\b\.?[ \u00a0])"  # "bureau d'études\nM. X"
    rf"(?P<name>{CAP}(?:{_CO_SEP}{CAP})*(?:{SP}[-–—]{SP}{CAP}(?:{_CO_SEP}{CAP})*)?)",
    re.U,
)
# "l'association « X »", "association X Y"; a capitalised "Association X" keeps the word.
# "Val d'Orme Habitat, office public de l'habitat, ...": a name, then its kind of body in apposition.
_KIND = (rf"(?i:office{SP}public{SP}de{SP}l['’]habitat|bailleur{SP}social|soci[ée]t[ée]{SP}(?:anonyme{SP})?d['’]\s?HLM"
         rf"|entreprise{SP}sociale{SP}pour{SP}l['’]habitat|soci[ée]t[ée]{SP}publique{SP}locale"
         rf"|soci[ée]t[ée]{SP}d['’][ée]conomie{SP}mixte)")
KIND_AFTER = led_by(rf"{_UP}0-9", rf"(?<![\w'’])(?P<name>{CAP}(?:{_CO_SEP}{CAP}){{0,5}}),{SP}{_KIND}\b")
# "l'association de chasse « X »": a kind in small words may come before the quoted name, which may wrap once.
ASSOC_QUOTED = led_by("a", r"\bassociations?(?:\s+(?:de|d['’]|du|des|pour)\s*(?-i:[a-zàâçéèêîôû]+)(?:\s+(?-i:[a-zàâçéèêîôû]+)){0,2})?"
                           r"\s*(?:[:,]\s*)?[«\"“]\s*(?P<name>[^»\"”\n]{2,80}?(?:\n[^»\"”\n]{1,60}?)?)\s*[»\"”]", re.I)
# Public bodies and other named bodies by their head word.
HEAD = (
    r"(?:[ÉE]tat\b|R[ée]gion\b|D[ée]partement\b|Communaut[ée]\s+d['’]\s*[Aa]gglom[ée]ration|Communaut[ée]\s+de\s+[Cc]ommunes"
    r"|Communaut[ée]\s+[Uu]rbaine|M[ée]tropole|Syndicat|Agence|Centre|Caisse|Chambre"
    r"|Direction\s+(?:R[ée]gionale|D[ée]partementale)|Service\s+D[ée]partemental|[ÉE]tablissement\s+[Pp]ublic"
    r"|F[ée]d[ée]ration|Office|Union|Comit[ée]|Conseil\s+(?:[Dd][ée]partemental|[Rr][ée]gional|G[ée]n[ée]ral)"
    r"|[ÉE]ducation\s+[Nn]ationale|La\s+Poste|Institut|Universit[ée]|Lyc[ée]e|Coll[èe]ge|R[ée]gie|R[ée]seau"
    r"|Harmonie|Mutuelle|Banque|Cr[ée]dit(?:[ \u00a0]*\n[ \u00a0]*|[ \u00a0]+)[A-Z][a-zé]+|Fondation|Association|Soci[ée]t[ée]\s+Publique|SPLA?|SEML?|SCIC"
    r"|Club|Amicale|Ligue|Cercle|Comice|Foyer(?=\s+rural\b)"  # "Foyer rural de X", not a "foyer de jeunes travailleurs"
    r"|Collectivit[ée](?:\s+(?:europ[ée]enne|territoriale))?(?=\s+(?:de\s+|du\s+|d['’]\s*)[A-ZÉ]))"  # "Collectivité de Corse"
)
# A separator with a connector, ending right before the next word: " de la ", " d'", " et ".
# After "et", a new head word starts another body ("le Centre Hospitalier X et l'Agence Y").
_CONNW_GAP = _CONNW.replace(SP, GAP)
LINK = (rf"(?:(?:{SP}|{NL})(?:(?!et\b){_CONNW_GAP}{GAP}(?:[dl]['’](?:{SP})?)?|(?:de{SP})?[dl]['’](?:{SP})?)(?!{HEAD_BARE})"
        rf"|(?:{SP}|{NL})et(?:{SP}|{NL}(?!(?:Le|La|Les|Un|Une|Il|Elle|Ils|Elles|Ce|Cette)\b))"
        rf"(?:(?:de{SP}la|de|du|des){GAP})?(?:[dl]['’](?:{SP})?)?(?!{HEAD_BARE}|{HEAD}\b))")
# Bridging a lower-case word ("Syndicat des marchés de France") only through de/du/des/d'.
BLINK = rf"(?:(?:{SP}|{NL})(?:de{SP}la|de|du|des){GAP}|(?:{SP}|{NL})(?:de{SP})?[dl]['’](?:{SP})?)"
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
INST_ADJ = rf"(?:publi|fran[çc]ais|national|r[ée]gional|d[ée]partemental|europ[ée]en|social|solidaire|populaire)[{_LO}]*"
# "Les Restaurants du Cœur – Relais de Villebois": a local branch of a body is part of its name.
BRANCH = r"(?:Relais|Antenne|Comit[ée]|Section|D[ée]l[ée]gation|Unit[ée]{SP}locale|Maison)\b".replace("{SP}", SP)
ASSOC_PLAIN = led_by(
    "Lla", rf"\b(?P<low>[Ll]['’](?:{SP})?a|a)ssociation(?:{_NEXT_CELL}|{SP})(?!{_CONNW}{SP})"
    rf"(?P<name>{CAP}{NAME_TAIL}(?:{SP}{INST_ADJ}\b)?(?:{SP}[–—-]{SP}{BRANCH}{NAME_TAIL})?)")
# An acronym (3+ capitals, digits allowed after the first letters) standing alone.
ACRONYM_RE = re.compile(rf"(?<![\w\-(])(?P<name>[{_UP}][{_UP}0-9]{{2,9}})(?![\w\-])(?!{SP}[{_UP}]{{2}})")
_ART = r"(?:la|le|l['’]|les)\s*"
# A pact between parties: "convention (tripartite) entre", "l'acte signé le ... entre".
_PACT = (r"\b(?:conventions?|contrats?|accords?|partenariats?|tripartite|bipartite|actes?|avenants?|protocoles?)"
         r"\b[^.;:\n]{0,50}?\bentre")
ACRONYM_CUE = led_by(
    r"apscdrvtb\d",
    rf"(?:\bavec|\baupr[èe]s\s+(?:de|du|des)|\bau\s+profit\s+(?:de|du|des)|\bpartenariat\s+avec)\s*(?:{_ART})?$"
    rf"|\b(?:subventions?|participation|adh[ée]sion|adh[èe]r(?:e|ent|er)|cotisation|d[ée]l[ée]gu[ée]s?|repr[ée]sentants?|vers[ée]e?s?)"
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
# "Veolia Eau –\nCompagnie Générale des Eaux": the company's full name after an en dash, even on the next line.
CO_DASH = rf"(?:{GAP}[–—]{SP}(?:Compagnie|Soci[ée]t[ée])(?:{SP}{ADJ}\b)?{NAME_TAIL})?"
PNAME = rf"(?!{_CIV}|(?:Le|La|Les|Un|Une|Ce|Cette|Il|Elle|Ils|Elles|Ces|Son|Sa|Ses)\b|[0-9]){CAP}(?:{SP}{ADJ}\b)?{NAME_TAIL}(?:{GAP}{INST_ADJ}\b)?{CO_DASH}"
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
# A body of the EPCI named after it: "Habitat X Métropole OPH", "X Métropole Habitat", "X Agglomération SPL".
_EPCI_BODY = r"(?:OPH|ESH|SPL|SPLA|SEM|SEML|SAEM|Habitat|Am[ée]nagement)"
# EPCIs named with the head word last: "Lannion-Trégor Communauté", "Brest Métropole", "Pays d'Iroise Communauté".
EPCI_TAIL_RE = led_by(
    rf"{_UP}0-9",
    rf"(?<![\w\-'’])(?!(?:La|Le|Les|Cette|Une|Notre|Votre|Toute|Chaque|Ladite)\b)(?P<name>(?:{CAP}(?:[ \u00a0\-]|[ \u00a0]d['’](?=[{_UP}]))){{1,3}}(?:Communaut[ée]|Agglom[ée]ration|M[ée]tropole|Agglo)(?:{SP}{_EPCI_BODY})*)\b(?!{SP}(?:de|d['’]|du)\b)")
# "les services (départementaux) de l'Education Nationale X": a part of a body, not the body.
SUBPART_BEFORE = re.compile(r"\bservices?(?:\s+[\wéè]+)?\s+(?:de\s+l['’]|de\s+la|du|des)\s*$", re.I)
# A capitalised word right before the head word: the head is inside a longer name ("Léo Lagrange Centre Est").
WORD_BEFORE = re.compile(
    rf"(?<![.:;!?])[ \u00a0](?!(?:Le|La|Les|Un|Une|Du|Des|Au|Aux|Vu|Et|En|Par|Pour|Avec|Entre|Dans|Sur|Selon|Depuis|Cette|Ce|Son|Sa|Ses|Leur)[ \u00a0])"
    rf"[{_UP}][{_LO}]{{2,}}[ \u00a0]$")
# A social landlord named after its département: "Manche Habitat sera chargé de ...", one place word, no name
# word before it (checked by the caller) ("Tarn & Garonne Habitat", "Côtes d' Armor Habitat" are read whole by other rules or not at all).
HABITAT_RE = led_by(_UP, rf"(?<![\w\-'’&])(?<!['’&][ \u00a0])(?!(?:Le|La|Les|Service|P[ôo]le|Direction|Plan|Programme)\b)"
                         rf"(?P<name>[{_UP}][{_LO}{_UP}\-]+{SP}Habitat)\b(?!{SP}(?:de|d['’]|du|des|[{_UP}])\b)")
