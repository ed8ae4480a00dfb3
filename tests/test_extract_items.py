"""Deliberation segmentation, number, title, rapporteur (items), votes and prefecture stamps."""

from __future__ import annotations

from pathlib import Path

import pytest

from delibgraph.extract import items, prefecture, votes
from delibgraph.model import Extraction, Session, Spanned
from delibgraph.sources import read_document
from delibgraph.sources.base import Document

from conftest import shared_file


def run_mine(doc: Document, president: str | None = None) -> list:
    """items + votes + prefecture over one session covering the document."""
    ext = Extraction(document=doc.name)
    pres = Spanned(president) if president else None
    ext.sessions.append(Session(start=0, end=len(doc.text), president=pres))
    for step in (items, votes, prefecture):
        step.run(doc, ext)
    return ext.sessions[0].deliberations


def text_doc(text: str) -> Document:
    return Document(path=Path("example.txt"), text=text, media_type="text/plain")


def one(text: str, president: str | None = None):
    ds = run_mine(text_doc(text), president)
    assert len(ds) == 1, [d.title for d in ds]
    return ds[0]


def vals(d) -> dict:
    v = d.vote
    return {"outcome": d.outcome and d.outcome.value, "unanimous": v.unanimous and v.unanimous.value,
            "for": v.for_ and v.for_.value, "against": v.against and v.against.value,
            "abstain": v.abstain and v.abstain.value, "not_voting": v.not_voting and v.not_voting.value,
            "against_names": [n.value for n in v.against_names],
            "abstain_names": [n.value for n in v.abstain_names]}


# ---- real documents -------------------------------------------------------------------------

def test_lens_extract_one_deliberation_with_stamps():
    doc = read_document(shared_file("lens_2023-12-06.txt"))
    d = one_doc = run_mine(doc, "Sylvain ROBERT")
    assert len(one_doc) == 1
    d = one_doc[0]
    assert d.title.value.startswith("REALISATION D'UN CHANTIER COOPERATIF AVEC LES HABITANTS DE LA CITE 12/14")
    assert d.rapporteur.value == "Fatima AIT CHIKHEBBIH"
    assert (d.act_id.value, d.nature.value, d.number.value) == (
        "062-216204982-20231206-DLB17_06122023-DE", "DE", "DLB17_06122023")
    assert d.matter_code.value == "8.5"
    assert (d.prefecture_received.value, d.posted.value) == ("2023-12-12", "2023-12-07")
    assert vals(d)["outcome"] == "adopted" and vals(d)["unanimous"] is True
    assert doc.text[d.act_id.start:d.act_id.end] == d.act_id.value


def test_lannion_minutes_items_skip_agenda():
    doc = read_document(shared_file("lannion_2020-06-08.pdf"))
    ds = run_mine(doc, "Paul LE BIHAN")
    assert [d.number.value for d in ds] == [str(i) for i in range(1, 26)]
    assert ds[19].title.value == ("Aménagement de l'allée verte - reconquête d'une rue du centre-ville - "
                                  "demande subvention Etat : dotation de soutien à l'investissement public")
    assert ds[5].title.value.endswith("collectivités locales Délégation donnée à l'exécutif de pouvoir "
                                      "recourir à l'emprunt pour l'année 2020")
    assert ds[0].rapporteur.value == "Paul LE BIHAN"  # "Monsieur le Maire expose"
    assert ds[1].rapporteur.value == "Eric ROBERT"
    assert all(d.outcome.value == "adopted" for d in ds)
    assert vals(ds[9])["for"] == 33 and vals(ds[9])["unanimous"] is None  # secret ballot, no blanks
    assert all(ds[i].end == ds[i + 1].start for i in range(24))


def test_lannion_installation_ballots_and_reading():
    ds = run_mine(read_document(shared_file("lannion_2020-05-25.pdf")), "Paul LE BIHAN")
    assert [d.title.value for d in ds][:2] == ["Election du Maire", "Fixation du nombre d'adjoints"]
    assert ds[0].rapporteur.value == "Danielle MAREC"
    assert vals(ds[0])["for"] == 27 and vals(ds[0])["unanimous"] is False  # blank and spoiled ballots
    assert vals(ds[3])["outcome"] == "noted" and ds[3].rapporteur.value == "Paul LE BIHAN"


def test_taluyers_minutes_numbers_names_and_unnumbered_items():
    ds = run_mine(read_document(shared_file("taluyers_2025-07-07_pv.txt")))
    numbers = [d.number and d.number.value for d in ds]
    assert numbers[1:13] == [f"20250707-{i:02d}" for i in range(1, 13)]  # "n²0250707-01" read through
    assert ds[0].title.value.startswith("Approbation du procès-verbal")
    dm = vals(ds[5])
    assert (dm["for"], dm["against"], dm["unanimous"]) == (16, 2, False)
    assert dm["against_names"] == ["Pierre-Luc GUITTET", "Séverine SICHE-CHOL"]
    assert ds[-1].outcome.value == "noted"  # delegated decisions


def test_taluyers_list_rows_share_the_posting_date():
    ds = run_mine(read_document(shared_file("taluyers_2025-05-19_liste.txt")))
    assert len(ds) == 14 and ds[0].number.value == "20250519-01"
    assert vals(ds[0])["outcome"] == "deferred" and vals(ds[0])["unanimous"] is None
    assert all(d.posted.value == "2025-05-26" for d in ds)
    assert vals(ds[1]) | {} == vals(ds[1]) and vals(ds[1])["unanimous"] is True


def test_salazie_flat_extract():
    d = one(read_document(shared_file("salazie_2026-06-16.txt")).text)
    assert (d.number.value, d.title.value) == ("2026-CM/071", "DESIGNATION D'UN CORRESPONDANT DEFENSE")
    assert d.act_id.value == "974-219740214-20260616-2026-CM-071-DE"
    assert (d.prefecture_received.value, d.posted.value) == ("2026-06-25", "2026-06-25")
    assert d.outcome is None


def test_le_trait_count_box_before_the_title():
    d = one(read_document(shared_file("le-trait_2012-03-27.txt")).text)
    assert (d.number.value, d.title.value) == ("CM/12/030", "COMPTE RENDU DE DELEGATIONS")
    v = vals(d)
    assert (v["for"], v["against"], v["abstain"], v["not_voting"]) == (0, 0, 0, 27)
    assert (v["outcome"], v["unanimous"]) == ("noted", None)


# ---- forms the corpus lacks ------------------------------------------------------------------

PV = """PROCES-VERBAL DU CONSEIL MUNICIPAL
Ordre du jour :
DELIBERATION n°2025-07-07-01 - Budget
DELIBERATION n°2025-07-07-02 - Tarifs

DELIBERATION n°2025-07-07-01 : Budget primitif 2025
Rapporteur : Madame Claire DUPONT
Le budget est présenté en équilibre à 1 200 000 €.
Le conseil municipal, après en avoir délibéré, ADOPTE le budget par 25 voix pour, 2 voix contre
et 2 abstentions (Mme Anne MARTIN, M. Paul PETIT).

DELIBERATION n°2025-07-07-02 : Tarifs de la cantine
Monsieur le Maire présente le rapport.
ONT VOTE POUR : 29
ONT VOTE CONTRE : /
ABSTENTIONS : /

DELIBERATION n°2025-07-07-03 : Motion sur la fermeture de la poste
La motion est rejetée par 10 voix pour et 19 voix contre.

DELIBERATION n°2025-07-07-04 : Vente du terrain des Pins
Le point est retiré de l'ordre du jour.

La séance est levée à 21 h 30.
"""


def test_labelled_minutes_votes_and_agenda():
    ds = run_mine(text_doc(PV), "Jean MARTIN")
    assert [d.number.value for d in ds] == [f"2025-07-07-0{i}" for i in range(1, 5)]
    assert ds[0].title.value == "Budget primitif 2025" and ds[0].rapporteur.value == "Claire DUPONT"
    v = vals(ds[0])
    assert (v["for"], v["against"], v["abstain"], v["unanimous"]) == (25, 2, 2, False)
    assert v["abstain_names"] == ["Anne MARTIN", "Paul PETIT"]
    assert ds[1].rapporteur.value == "Jean MARTIN"
    assert (vals(ds[1])["for"], vals(ds[1])["against"], vals(ds[1])["outcome"]) == (29, 0, "adopted")
    assert vals(ds[2])["outcome"] == "rejected"
    assert vals(ds[3])["outcome"] == "withdrawn"
    assert "séance est levée" not in PV[ds[3].start:ds[3].end]


def test_dash_numbered_minutes_with_unanimity_of_present_members():
    text = ("1 – Election du secrétaire de séance\nM. Luc BON est désigné secrétaire.\n"
            "Adopté à l'unanimité des présents.\n\n"
            "2 – Prise en charge des frais de\nformation des élus\nMadame Eve ROUX expose :\n"
            "Les élus ont droit à une formation adaptée à leurs fonctions.\n"
            "ADOPTE A L'UNANIMITE (2 abstentions : M. Yves GRAS, Mme Lise NOIR)\n\n"
            "3 – Rapport annuel du délégataire de l'eau\nM. Paul VERT présente le rapport annuel 2024.\n"
            "Le conseil municipal prend acte du rapport.\n")
    ds = run_mine(text_doc(text))
    assert [d.title.value for d in ds] == ["Election du secrétaire de séance",
                                           "Prise en charge des frais de formation des élus",
                                           "Rapport annuel du délégataire de l'eau"]
    v = vals(ds[1])
    assert (v["unanimous"], v["abstain"]) == (True, 2)
    assert v["abstain_names"] == ["Yves GRAS", "Lise NOIR"]
    assert ds[1].rapporteur.value == "Eve ROUX"
    assert vals(ds[2])["outcome"] == "noted"


def test_extract_with_stamps_and_majority():
    text = ("REPUBLIQUE FRANCAISE\nEXTRAIT DU REGISTRE DES DELIBERATIONS\nSéance du 3 mars 2024\n"
            "Objet : Acquisition d'une parcelle rue des Lilas\nMatière 3.1\n"
            "Le conseil municipal, après en avoir délibéré, à la majorité (Pour : 20 ; Contre : 3 ; "
            "Abstentions : 1), DECIDE d'acquérir la parcelle.\n"
            "Reçu en préfecture le 8 mars 2024\nAffiché le 9 mars 2024\n"
            "069-216902445-20240303-DEL2024_012-DE\n")
    d = one(text)
    assert d.title.value == "Acquisition d'une parcelle rue des Lilas"
    assert (d.matter_code.value, d.number.value, d.nature.value) == ("3.1", "DEL2024_012", "DE")
    assert (d.prefecture_received.value, d.posted.value) == ("2024-03-08", "2024-03-09")
    v = vals(d)
    assert (v["for"], v["against"], v["abstain"], v["unanimous"], v["outcome"]) == (20, 3, 1, False, "adopted")


def test_spaced_list_of_deliberations():
    text = ("LISTE DES DELIBERATIONS DE LA SEANCE DU 12 FEVRIER 2024\n"
            "N°        Objet                                   Vote\n"
            "2024-01   Approbation du compte de gestion        Adoptée à l'unanimité\n"
            "2024-02   Subvention au club de football          Ajournée\n"
            "2024-03   Tarifs de la salle des fêtes            Adoptée à la majorité\n"
            "Publiée le 15/02/2024\n")
    ds = run_mine(text_doc(text))
    assert [d.number.value for d in ds] == ["2024-01", "2024-02", "2024-03"]
    assert ds[1].title.value == "Subvention au club de football"
    assert [vals(d)["outcome"] for d in ds] == ["adopted", "deferred", "adopted"]
    assert [vals(d)["unanimous"] for d in ds] == [True, None, False]
    assert all(d.posted.value == "2024-02-15" for d in ds)


@pytest.mark.parametrize("line,expected", [
    ("à l'unanimité des votes exprimés", True),
    ("Le conseil municipal, à, l'unanimité, APPROUVE", True),
    ("Majorité (2 contre)", False),
])
def test_unanimity_forms(line, expected):
    d = one(f"Objet : Test\n{line}\n")
    assert vals(d)["unanimous"] is expected and vals(d)["outcome"] == "adopted"


def test_dotted_compte_rendu_with_counts_without_colons():
    text = ("COMPTE RENDU SOMMAIRE DU CONSEIL MUNICIPAL\n"
            "1. Approbation du procès-verbal de la séance du 2 mai 2024\n"
            "Le procès-verbal est adopté à l'unanimité des membres présents.\n"
            "2. Vote du budget supplémentaire 2024\n"
            "Résultat du vote : Pour 20, Contre 2, Abstention 1\n"
            "3. Convention avec le syndicat des eaux\n"
            "Le conseil municipal approuve la convention à l'unanimité.\n")
    ds = run_mine(text_doc(text))
    assert [d.number.value for d in ds] == ["1", "2", "3"]
    v = vals(ds[1])
    assert (v["for"], v["against"], v["abstain"], v["unanimous"]) == (20, 2, 1, False)
    assert ds[1].title.value == "Vote du budget supplémentaire 2024"


def test_a_numbered_list_inside_an_extract_is_not_split():
    text = ("Objet : Contrat de ville\nRapporteur : M. Paul DURAND\nLes enjeux sont :\n"
            "1. Améliorer l'inclusion sociale et développer la cohésion sociale\n"
            "au travers des axes stratégiques de travail suivants : insertion, santé.\n"
            "2. Améliorer l'habitat, le cadre de vie et l'environnement des habitants\n"
            "au travers des axes stratégiques de travail suivants : peuplement, énergie.\n"
            "Adoptée à l'unanimité.\n")
    d = one(text)
    assert (d.title.value, d.rapporteur.value, vals(d)["unanimous"]) == ("Contrat de ville", "Paul DURAND", True)


def test_page_running_header_repeats_the_number():
    body = "Le conseil municipal est invité à se prononcer sur le projet présenté ci-dessous.\n"
    text = (f"DELIBERATION N° 2024-011\nOBJET : Travaux de voirie\n{body * 3}"
            f"DELIBERATION N° 2024-011\n{body * 3}Adopté à l'unanimité.\n"
            f"DELIBERATION N° 2024-012\nOBJET : Cantine scolaire\n{body}Adopté à la majorité.\n")
    ds = run_mine(text_doc(text))
    assert [(d.number.value, d.title.value) for d in ds] == [
        ("2024-011", "Travaux de voirie"), ("2024-012", "Cantine scolaire")]
    assert [vals(d)["unanimous"] for d in ds] == [True, False]


def test_prefecture_forms():
    text = ("Objet : Tarifs 2024\nNOMENCLATURE : 07 - 10\nAdopté à l'unanimité.\n"
            "Acte rendu exécutoire après dépôt en préfecture le 12/01/2024 et publication le 13/01/2024\n")
    d = one(text)
    assert (d.matter_code.value, d.prefecture_received.value, d.posted.value) == (
        "7.10", "2024-01-12", "2024-01-13")


def test_several_extracts_split_on_their_subject_lines():
    text = ("EXTRAIT DU REGISTRE DES DELIBERATIONS\nObjet : Tarifs de la piscine\n"
            "Le conseil municipal, après en avoir délibéré, à l'unanimité, FIXE les tarifs.\n"
            "EXTRAIT DU REGISTRE DES DELIBERATIONS\nObjet : Motion pour le maintien de la gare\n"
            "Le conseil municipal, à la majorité (Pour : 18, Contre : 5), ADOPTE la motion.\n")
    ds = run_mine(text_doc(text))
    assert [d.title.value for d in ds] == ["Tarifs de la piscine", "Motion pour le maintien de la gare"]
    assert [vals(d)["unanimous"] for d in ds] == [True, False]
    assert vals(ds[1])["against"] == 5


def test_items_stay_inside_their_session():
    text = ("SEANCE DU 3 MARS 2024\n1 - Budget primitif\nLe budget est voté en équilibre par chapitre.\n"
            "ADOPTE A L'UNANIMITE\n\nSEANCE DU 7 AVRIL 2024\n1 - Compte administratif\n"
            "Le compte administratif est présenté par l'adjoint aux finances.\nADOPTE A LA MAJORITE\n")
    doc = text_doc(text)
    cut = text.index("SEANCE DU 7")
    ext = Extraction(document=doc.name, sessions=[Session(start=0, end=cut), Session(start=cut, end=len(text))])
    items.run(doc, ext)
    votes.run(doc, ext)
    assert [[d.title.value for d in s.deliberations] for s in ext.sessions] == [
        ["Budget primitif"], ["Compte administratif"]]
    assert ext.sessions[0].deliberations[0].end <= cut
    assert [vals(s.deliberations[0])["unanimous"] for s in ext.sessions] == [True, False]


def test_dash_agenda_before_the_items_is_skipped():
    roll = "Etaient présents : " + ", ".join(f"M. Membre{i} NOM{i}" for i in range(30)) + ".\n"
    text = ("ORDRE DU JOUR\n1 - Budget primitif\n2 - Tarifs communaux\n3 - Subvention au club\n" + roll +
            "".join(f"{i} - {t}\nM. Jean DUPONT expose le dossier devant le conseil municipal.\n"
                    "ADOPTE A L'UNANIMITE\n"
                    for i, t in ((1, "Budget primitif"), (2, "Tarifs communaux"), (3, "Subvention au club"))))
    ds = run_mine(text_doc(text))
    assert [d.number.value for d in ds] == ["1", "2", "3"]
    assert all(text[d.start:].startswith(f"{i} - ") and "expose" in text[d.start:d.end]
               for i, d in enumerate(ds, 1))


# ---- fix round after the blind test ---------------------------------------------------------

LABEL_WITHOUT_NO = """Secrétaire de séance : M. ROBIN.

Délibération 2024/112 – Vente d'un terrain communal, lieu-dit
les Grands Champs
Rapporteur : Mme LEROY
Le Conseil décide de vendre la parcelle AB 45 au prix de 12 000 €.
Vote : 18 pour, 2 contre.

Délibération 2024/113 – Tarifs de la salle des fêtes
Rapporteur : M. PERRIN
Les tarifs sont fixés comme suit : 150 € le week-end.
Vote : unanimité.

Décisions prises par le Maire par délégation
 - DEC 2024-40 : marché de fourniture de repas avec la société RESTAUVAL
   pour 48 000 € HT ;
 - DEC 2024-41 : convention d'occupation du local associatif, 1 200 € par an, avec le club de
   judo de la commune.
Le Conseil municipal prend acte de ces décisions.
"""


def test_label_and_coded_number_without_no_and_delegated_block():
    ds = run_mine(text_doc(LABEL_WITHOUT_NO))
    assert [d.number and d.number.value for d in ds] == ["2024/112", "2024/113", None]
    assert ds[0].title.value == "Vente d'un terrain communal, lieu-dit les Grands Champs"
    assert (ds[0].rapporteur.value, vals(ds[0])["for"], vals(ds[0])["against"]) == ("LEROY", 18, 2)
    assert ds[2].title.value.startswith("Décisions prises par le Maire")
    assert vals(ds[2])["outcome"] == "noted"


CODED_SPACED = """M. DUPONT est désigné secrétaire de séance.

CA-2024-06-01    APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE DU 2 MAI 2024
Rapporteur : M. MARTIN Paul, Président
ADOPTÉ À L'UNANIMITÉ

CA-2024-06-02    VOIRIE – PROGRAMME 2024 DE RÉFECTION DES CHAUSSÉES –
                 ATTRIBUTION DU MARCHÉ
Rapporteur : Mme DURAND Claire, Vice-Présidente
Le marché est attribué à l'entreprise pour 640 000 € HT.
ONT VOTÉ POUR : 20
NE PREND PAS PART AU VOTE : 1 (M. LEROUX Jean)

INFORMATION – DÉCISIONS PRISES PAR LE PRÉSIDENT PAR DÉLÉGATION
- Décision n°2024-12 : contrat de maintenance des ascenseurs, 3 600 € HT par an.
Le Conseil prend acte de ces décisions.
"""


def test_coded_number_set_apart_by_spaces_and_information_block():
    ds = run_mine(text_doc(CODED_SPACED))
    assert [d.number and d.number.value for d in ds] == ["CA-2024-06-01", "CA-2024-06-02", None]
    assert ds[1].title.value == ("VOIRIE – PROGRAMME 2024 DE RÉFECTION DES CHAUSSÉES – ATTRIBUTION DU MARCHÉ")
    assert (vals(ds[1])["for"], vals(ds[1])["not_voting"]) == (20, 1)
    assert "3 600" not in CODED_SPACED[ds[1].start:ds[1].end]
    assert ds[2].title.value.startswith("INFORMATION – DÉCISIONS PRISES") and vals(ds[2])["outcome"] == "noted"


WRAPPED_LIST = """N°        OBJET                                               DÉCISION
--------  --------------------------------------------------  ------------------
2024-10   Budget annexe de l'eau – Tarifs 2025                Adoptée à l'unanimité

2024-11   Vente du chemin rural dit de la Fontaine à M. et    Adoptée (12 pour,
          Mme GARNIER au prix de 2 400 €                      2 contre)

2024-12   Adhésion au groupement de commandes d'énergie       Rejetée (4 pour,
                                                              10 contre)
"""


def test_list_row_with_a_decision_cell_wrapped_over_two_lines():
    ds = run_mine(text_doc(WRAPPED_LIST))
    assert [d.number.value for d in ds] == ["2024-10", "2024-11", "2024-12"]
    assert (vals(ds[1])["for"], vals(ds[1])["against"], vals(ds[1])["outcome"]) == (12, 2, "adopted")
    assert (vals(ds[2])["for"], vals(ds[2])["against"], vals(ds[2])["outcome"]) == (4, 10, "rejected")
    assert "2 400 €" in WRAPPED_LIST[ds[1].start:ds[1].end]


@pytest.mark.parametrize("body, expected", [
    ("Résultats du scrutin :\n  Bulletins blancs ou nuls : 1\n  Suffrages exprimés : 14\n"
     "  A obtenu : M. Paul ROCHE, quatorze (14) voix.\nM. ROCHE est proclamé adjoint.",
     {"for": 14, "unanimous": False}),
    ("Le Conseil municipal, à l'unanirnité, approuve le projet.", {"unanimous": True, "outcome": "adopted"}),
    ("Le Conseil, faute d'éléments suffisants, décide d'ajourner la question.", {"outcome": "deferred"}),
    ("Pour : 15 – Ne prend pas part au vote : 1 (M. X, président de l'association)",
     {"for": 15, "not_voting": 1}),
    ("ONT VOTÉ POUR : 18   ONT VOTÉ CONTRE : 3   SE SONT ABSTENUS : /", {"for": 18, "against": 3, "abstain": 0}),
    ("Pour : 16 / Contre : 2 / Abstentions : 1\n(votants : 19, M. BRUN et son mandant ne prenant pas part au vote)",
     {"abstain": 1, "abstain_names": []}),
    ("M. le Maire informe l'assemblée du calendrier des travaux. Pas de vote.", {"outcome": "noted"}),
])
def test_vote_forms_after_blind(body, expected):
    d = one("1 – Objet de la séance\n\n" + body)
    got = vals(d)
    assert {k: got[k] for k in expected} == expected


def test_rapporteur_presented_by_and_recall_then_propose():
    d = one("3. TARIFS DE LA CANTINE\n\nPrésenté par Hélène MOREAU, adjointe aux affaires scolaires. "
            "Le prix du repas passe à 3,80 €.\nApprouvé à l'unanimité.")
    assert d.rapporteur.value == "Hélène MOREAU"
    text = ("Délibération n° 2024-031\n\nObjet : Demande de subvention DETR\n\n"
            "Monsieur le Maire rappelle que la salle polyvalente doit être rénovée.\n"
            "Le coût est estimé à 120 000 € HT.\n\nIl propose de solliciter l'aide de l'Etat.\n"
            "Le Conseil municipal, après en avoir délibéré, à l'unanimité, approuve.")
    assert one(text, president="Jean FAURE").rapporteur.value == "Jean FAURE"
    recall_only = text.replace("Il propose de solliciter", "Il est proposé de solliciter")
    assert one(recall_only, president="Jean FAURE").rapporteur is None


def test_printed_number_wins_over_the_act_id_part():
    text = ("Séance du 5 mars 2024                      Délibération n° CA-2024-07\n\n"
            "OBJET : AIDES FACULTATIVES 2024\n\nLe Conseil d'administration, à l'unanimité, approuve.\n"
            "Acte : 042-264200318-20240305-CA2024_07-DE\n")
    d = one(text)
    assert d.number.value == "CA-2024-07" and d.act_id.value.endswith("CA2024_07-DE")


# ---- fix round 2: lists as pipe rows, list-wide posting, category headings, votes ---------------

HTML_LIKE_LIST = """Séance du 14 mars 2024

N° | Objet | Rapporteur | Vote | Date d'affichage
2024-011 | Budget primitif 2024 | M. Paul LEROUX | Adoptée – Pour : 18 / Contre : 3 | 20/03/2024
2024-012 | Tarifs du camping municipal | Mme Anne MARCHAND | Unanimité | 20/03/2024
"""


def test_rows_read_as_cell_pipes_give_numbers_rapporteurs_and_posting():
    ds = run_mine(text_doc(HTML_LIKE_LIST))
    assert [d.number.value for d in ds] == ["2024-011", "2024-012"]
    assert [d.title.value for d in ds] == ["Budget primitif 2024", "Tarifs du camping municipal"]
    assert [d.rapporteur.value for d in ds] == ["Paul LEROUX", "Anne MARCHAND"]
    assert [d.posted.value for d in ds] == ["2024-03-20", "2024-03-20"]
    assert vals(ds[0])["for"] == 18 and vals(ds[0])["against"] == 3 and vals(ds[1])["unanimous"] is True


PIPE_HEADINGS = """Relevé des décisions du bureau

DB2024-07 | Voirie | Réfection de la route des Crêtes – tranche 2
Rapporteur : M. Luc PERRIN
DÉCISION : ADOPTÉE À L'UNANIMITÉ

DB2024-08 | Petite enfance | Convention avec la crèche « Les Lutins »
DÉCISION : ADOPTÉE – 12 pour, 2 contre

Relevé affiché au siège le 3 mai 2024.
"""


def test_coded_number_pipe_category_title_and_a_closing_posting_for_every_item():
    ds = run_mine(text_doc(PIPE_HEADINGS))
    assert [d.number.value for d in ds] == ["DB2024-07", "DB2024-08"]
    assert ds[0].title.value == "Réfection de la route des Crêtes – tranche 2"
    assert ds[1].title.value == "Convention avec la crèche « Les Lutins »"
    assert [d.posted.value for d in ds] == ["2024-05-03", "2024-05-03"]


def test_own_posting_of_an_item_is_not_spread_to_the_others():
    text = ("1 – Tarifs de la salle des fêtes\nAdopté à l'unanimité.\nAffiché le 2 avril 2024\n\n"
            "2 – Vente d'un terrain communal\nAdopté à l'unanimité.\nAffiché le 5 avril 2024\n")
    ds = run_mine(text_doc(text))
    assert [d.posted.value for d in ds] == ["2024-04-02", "2024-04-05"]


CATEGORY_HEADINGS = """RAPPORT N° 23-041 – ADMINISTRATION GÉNÉRALE
Approbation du procès-verbal de la séance du 12 juin 2023

Le procès-verbal est adopté à l'unanimité.

RAPPORT N° 23-042 – FINANCES
Budget supplémentaire 2023
Rapporteur : M. Alain ROCHE

Adopté à l'unanimité.

7. Questions diverses
- Fête du village le 14 juillet.
"""


def test_category_after_the_number_and_the_title_on_the_next_line():
    ds = run_mine(text_doc(CATEGORY_HEADINGS))
    assert [d.number.value for d in ds] == ["23-041", "23-042"]
    assert [d.title.value for d in ds] == ["Approbation du procès-verbal de la séance du 12 juin 2023",
                                           "Budget supplémentaire 2023"]


def test_questions_diverses_with_a_number_is_not_an_item():
    text = ("1. Vote des subventions aux associations\nAdopté à l'unanimité.\n\n"
            "2. Location de la salle polyvalente\nLe tarif est fixé à 150 €.\nAdopté à l'unanimité.\n\n"
            "3. Questions diverses\n- Le repas des aînés aura lieu le 5 décembre.\n")
    ds = run_mine(text_doc(text))
    assert [d.number.value for d in ds] == ["1", "2"]
    assert ds[1].title.value == "Location de la salle polyvalente"


def test_title_stops_at_an_indented_detail_an_outcome_arrow_and_a_sentence():
    text = ("n° 07/2024 - Achat d'un tracteur tondeuse\n   Société MOTOCULTURE DU LAC retenue pour 8 400 € TTC\n"
            "   -> approuvé à l'unanimité\n\n"
            "n° 08/2024 - Adhésion au syndicat d'électrification\n   -> refusé (3 pour, 6 contre)\n\n"
            "n° 09/2024 - Bail du local commercial\nLe loyer est fixé à 300 € par mois.\nAdopté à l'unanimité.\n")
    ds = run_mine(text_doc(text))
    assert [d.title.value for d in ds] == ["Achat d'un tracteur tondeuse", "Adhésion au syndicat d'électrification",
                                           "Bail du local commercial"]


def test_hyphen_at_a_line_break_dropped_only_for_a_word_of_the_document():
    from delibgraph.extract.titles import join_breaks
    text = "Choix de l'entre-\nprise pour le centre-\nville. L'entreprise retenue est la SARL DUVAL."
    assert join_breaks(text, "Choix de l'entre-\nprise pour le centre-\nville") == \
        "Choix de l'entreprise pour le centre-\nville"


def test_not_voting_forms():
    d = one("1 – Compte administratif 2023\nLe conseil, à l'unanimité (1 ne prenant pas part au vote), approuve.\n")
    assert vals(d)["not_voting"] == 1 and vals(d)["unanimous"] is True
    d = one("2 – Subventions 2024\nM. X, président d'une association, se retire.\n"
            "Vote : 14 pour – 1 ne prend pas part au vote.\n")
    assert vals(d)["for"] == 14 and vals(d)["not_voting"] == 1 and vals(d)["outcome"] == "adopted"
    d = one("3 – Motion\nLe groupe d'opposition ne prend pas part au vote (5 conseillers).\n"
            "Adopté à l'unanimité des votants.\n")
    assert vals(d)["not_voting"] == 5


def test_election_in_words_ocr_unanimity_and_names_in_columns():
    d = one("1 – Élection du maire\nM. Pierre GAUTIER a obtenu quinze voix (15) et a été proclamé maire.\n")
    assert vals(d)["for"] == 15
    d = one("2 – Approbation du compte rendu\nLe compte rendu est approuvé à l'unanimitè.\n")
    assert vals(d)["unanimous"] is True
    d = one("3 – Vente de parcelles\nVote\tPour : 11\tContre : 2\tAbstention : 1\n"
            "Contre : MARTIN Louis, BERNARD Sophie\nAbstentions : PETIT Jean\n")
    assert vals(d)["against_names"] == ["MARTIN Louis", "BERNARD Sophie"] and vals(d)["abstain_names"] == ["PETIT Jean"]
    d = one("4 – Tarifs\nVotes : Pour : 9 Contre : 2 Abstention : 1\n"
            "Contre : MM. DUBOIS, LAMBERT     Abstention : M. FAURE\n")
    assert vals(d)["against_names"] == ["DUBOIS", "LAMBERT"] and vals(d)["abstain_names"] == ["FAURE"]


def test_rapporteur_who_submits_or_presents_the_accounts():
    d = one("1 – Approbation du procès-verbal\nMme la Maire soumet le procès-verbal à l'approbation du conseil.\n"
            "Adopté à l'unanimité.\n", president="Claire VIDAL")
    assert d.rapporteur.value == "Claire VIDAL"
    d = one("2 – Compte administratif 2023\nM. Henri BLANC présente les résultats de l'exercice 2023.\n"
            "Adopté à l'unanimité.\n")
    assert d.rapporteur.value == "Henri BLANC"


def test_upper_case_object_over_two_lines_and_a_running_footer_number():
    text = ("Objet : VOIRIE – ACQUISITION D'UNE BANDE DE TERRAIN POUR L'ÉLARGISSEMENT DU CHEMIN DES\n"
            "PRÉS\nNomenclature : 3.1\n\nLe conseil, vu la délibération n° 2019-14 du 3 mai 2019, décide d'acquérir.\n"
            "Séance du 4 mars 2024 – Délibération n° 2024-009            Page 1/2\n"
            "Adopté à l'unanimité.\n")
    d = one(text)
    assert d.title.value == "VOIRIE – ACQUISITION D'UNE BANDE DE TERRAIN POUR L'ÉLARGISSEMENT DU CHEMIN DES PRÉS"
    assert d.number.value == "2024-009"


def test_three_cell_rows_under_a_header_keep_the_object_as_title():
    text = "Liste des délibérations\n\nN° | Objet | Décision\n2024-05 | Tarifs de la cantine | Adoptée\n" \
           "2024-06 | Vente de bois | Rejetée\n"
    ds = run_mine(text_doc(text))
    assert [(d.number.value, d.title.value, vals(d)["outcome"]) for d in ds] == [
        ("2024-05", "Tarifs de la cantine", "adopted"), ("2024-06", "Vente de bois", "rejected")]


def test_a_closing_posting_under_long_minutes_stays_with_the_last_item():
    debate = "M. le Maire expose le projet et répond aux questions des conseillers. " * 20
    text = (f"1 – Budget primitif 2024\n{debate}\nAdopté à l'unanimité.\n\n"
            f"2 – Tarifs communaux\n{debate}\nAdopté à l'unanimité.\n\nAffiché le 9 avril 2024\n")
    ds = run_mine(text_doc(text))
    assert [d.posted and d.posted.value for d in ds] == [None, "2024-04-09"]


# ---- fix round 3: general forms ------------------------------------------------------------

@pytest.mark.parametrize("stamp, date", [
    ("Acte exécutoire compte tenu de la réception en sous-préfecture le 14/03/2024 et de l'affichage.", "2024-03-14"),
    ("Le Président certifie le caractère exécutoire après transmission en Préfecture le 02/05/2024", "2024-05-02"),
    ("Transmise au contrôle de légalité le 7 mars 2024", "2024-03-07"),
])
def test_prefecture_reception_and_transmission_forms(stamp, date):
    d = one(f"Objet : Tarifs de la cantine\nLe conseil, à l'unanimité, fixe les tarifs.\n{stamp}\n")
    assert d.prefecture_received.value == date
    d = one(f"Objet : Tarifs de la cantine\nLe conseil, à l'unanimité, fixe les tarifs.\n{stamp}\n"
            "Reçu en préfecture le 20/06/2024\n")
    assert d.prefecture_received.value == (date if "réception" in stamp else "2024-06-20")  # reception wins over sending


def test_ocr_letter_o_for_zero_and_zero_for_o():
    from delibgraph.extract.frenchtext import ocr_digits
    assert ocr_digits("le 1O.O6.2O15 à 2O h 3O, 12 450,OO €") == "le 10.06.2015 à 20 h 30, 12 450,00 €"
    assert ocr_digits("CO2, O2, DEL2O15, OBJET") == "CO2, O2, DEL2O15, OBJET"  # words stay words
    text = ("Reçu en préfecture le 04/O5/2016\nAffiché le O5/O5/2016\n\n"
            "0bjet : Achat d'un tracteur pour les services\n        techniques de la commune.\n\nN° 2016-O8\n\n"
            "Le conseil municipal, à l'unanimité, décide l'achat.\n")
    d = one(text)
    assert (d.title.value, d.number.value) == ("Achat d'un tracteur pour les services techniques de la commune.", "2016-08")
    assert (d.prefecture_received.value, d.posted.value) == ("2016-05-04", "2016-05-05")


def test_ocr_number_in_a_list_row():
    text = "N° | Objet | Décision\n2024-1O | Tarifs de la cantine | Adoptée\n2024-11 | Vente de bois | Adoptée\n"
    assert [d.number.value for d in run_mine(text_doc(text))] == ["2024-10", "2024-11"]


def test_bare_number_line_in_an_extract_header():
    text = ("DÉLIBÉRATION DU CONSEIL MUNICIPAL\nN° 2024/DCM/031\n\nSÉANCE DU 4 MARS 2024\n\n"
            "OBJET : CESSION D'UN TERRAIN COMMUNAL\n\nLe conseil municipal, à l'unanimité, approuve la cession.\n")
    assert one(text).number.value == "2024/DCM/031"


def test_rapporteur_vice_president_chairing_and_presenter_inside_a_paragraph():
    text = ("sous la présidence de Mme Anne ROLLAND, Vice-présidente, par délégation du Maire.\n"
            "Objet : Aide de fin d'année\n\nMadame la Vice-présidente expose que le CCAS souhaite aider les familles.\n"
            "Adopté à l'unanimité.\n")
    doc = text_doc(text)
    ext = Extraction(document=doc.name)
    ext.sessions.append(Session(start=0, end=len(text), president=Spanned("Anne ROLLAND", 26, 38)))
    for step in (items, votes, prefecture):
        step.run(doc, ext)
    assert ext.sessions[0].deliberations[0].rapporteur.value == "Anne ROLLAND"
    d = one("Objet : Aide de fin d'année\n\nMonsieur le Vice-président expose le projet.\nAdopté à l'unanimité.\n",
            president="Paul MARTIN")
    assert d.rapporteur is None  # a vice-president who does not chair is not the president
    d = one("2) Travaux de voirie\nDeux devis ont été reçus. M. FAURE présente l'analyse des offres.\n"
            "Vote : 9 pour, 1 contre.\n")
    assert d.rapporteur.value == "FAURE"


def test_rapporteur_not_for_a_reminder_after_recitals_nor_a_motion_to_defer():
    d = one("Objet : Taux d'imposition 2024\n\nVu le code général des impôts,\n\nMonsieur le Maire rappelle "
            "que les taux de 2023 étaient de 20 %.\nLe conseil, à l'unanimité, vote les taux.\n", president="Luc BARON")
    assert d.rapporteur is None
    d = one("3 – Adhésion d'une commune\nLe Président propose d'ajourner ce point.\nPoint ajourné.\n",
            president="Luc BARON")
    assert d.rapporteur is None and vals(d)["outcome"] == "deferred"


def test_not_voting_in_a_result_line_and_the_count_of_a_unanimity():
    d = one("1 – Subventions\nRésultat du vote : Pour 40 – Contre 0 – Abstention 0 – Ne prend pas part au vote 1\n"
            "ADOPTÉE À L'UNANIMITÉ\n")
    assert (vals(d)["for"], vals(d)["not_voting"]) == (40, 1)
    d = one("2 – Capital de la SPL\nRésultat du vote : Pour 30 – Contre 5 – Abstention 2 – NPPV 3\n"
            "ADOPTÉE À LA MAJORITÉ\n")
    assert (vals(d)["for"], vals(d)["against"], vals(d)["not_voting"]) == (30, 5, 3)
    d = one("3 – Approbation du procès-verbal\nAdopté à l'unanimité (23 voix).\n")
    assert (vals(d)["for"], vals(d)["unanimous"]) == (23, True)
    d = one("4 – Tarifs\nAdopté à l'unanimité des membres présents (18 voix).\n")
    assert vals(d)["for"] == 18
    d = one("5 – Tarifs\nAdopté à l'unanimité (1 abstention : M. X).\n")
    assert vals(d)["for"] is None


# ---- fix round 4: general forms ------------------------------------------------------------

def test_quoted_csv_rows_under_a_header_are_items_with_their_cells():
    text = ('Liste des délibérations du conseil municipal du 4 mars 2025\n\n'
            '"N°";"Objet";"Rapporteur";"Vote";"Décision"\n'
            '"D2025-10";"Tarifs de la cantine scolaire 2025";"Mme Anne MARTY";"Unanimité";"Adoptée"\n'
            '"D2025-11";"Vente d\'un terrain communal";"Le Maire";"Pour : 11 - Contre : 2";"Adoptée"\n'
            '"D2025-12";"Adhésion au groupement de commandes";"M. Paul ROCHE";"";"Ajournée"\n\n'
            'Le Maire,\nBernard FAURE\n')
    ds = run_mine(text_doc(text))
    assert [d.number.value for d in ds] == ["D2025-10", "D2025-11", "D2025-12"]
    assert ds[0].title.value == "Tarifs de la cantine scolaire 2025"
    assert [d.rapporteur and d.rapporteur.value for d in ds] == ["Anne MARTY", "Bernard FAURE", "Paul ROCHE"]
    assert [vals(d)["outcome"] for d in ds] == ["adopted", "adopted", "deferred"]
    assert (vals(ds[1])["for"], vals(ds[1])["against"]) == (11, 2)


def test_dotted_items_whose_only_decision_is_a_count_line():
    text = ("Secrétaire de séance : Mme Lise ROY\n\n"
            "1. Décision modificative n°1 du budget principal\nRapporteur : M. Yves PIC\n"
            "Ouverture de crédits de 5 000 € au compte 2135.\nVotants : 15 – Pour : 15 – Contre : 0 – Abstention : 0\n\n"
            "2. Tarifs de la salle des fêtes\nRapporteur : Mme Lise ROY\nLocation : 200 € le week-end.\n"
            "Votants : 15 – Pour : 12 – Contre : 2 – Abstention : 1\n"
            "Contre : Jean BRUN, Marc VIDAL ; abstention : Rose CAMBON.\n\n"
            "3. Motion pour le maintien de la trésorerie\nPoint reporté à une séance ultérieure.\n")
    ds = run_mine(text_doc(text))
    assert [d.number.value for d in ds] == ["1", "2", "3"]
    assert vals(ds[1])["against_names"] == ["Jean BRUN", "Marc VIDAL"]
    assert vals(ds[1])["abstain_names"] == ["Rose CAMBON"]
    assert vals(ds[2])["outcome"] == "deferred"


def test_theme_numbering_in_roman_figures_and_a_code_then_one_space():
    text = ("I – FINANCES\n\nI.1 – Budget primitif 2025\n\nLe budget est adopté à l'unanimité.\n\n"
            "I.2 – Subvention au comité des fêtes\n\nAdoptée à l'unanimité.\n\n"
            "II – URBANISME\n\nII.1 – Cession de la parcelle AB 12\n\nAdoptée à la majorité.\n")
    assert [d.number.value for d in run_mine(text_doc(text))] == ["I.1", "I.2", "II.1"]
    text = ("SY-2025-07 Approbation du compte financier 2024\n\nLe Comité approuve le compte à l'unanimité.\n\n"
            "SY-2025-08 Tarifs des repas\n\nRapporteur : M. Guy LAFON\nAdopté à l'unanimité.\n")
    ds = run_mine(text_doc(text))
    assert [(d.number.value, d.title.value) for d in ds] == [
        ("SY-2025-07", "Approbation du compte financier 2024"), ("SY-2025-08", "Tarifs des repas")]


def test_extract_title_from_the_object_line_not_a_remark_nor_a_count_line():
    text = ("Délibération n° 2025-031 (point 2 de l'ordre du jour)\n\n"
            "OBJET : Forêt communale – programme de travaux 2025 et\ndemande de subvention\n\n"
            "Rapporteur : M. Luc KERN, adjoint\nLe conseil municipal, à l'unanimité, approuve le programme.\n")
    assert one(text).title.value == "Forêt communale – programme de travaux 2025 et demande de subvention"
    text = ("Séance du 3 juin 2025\nDélibération n° 2025-DEL-12\n\n"
            "Nombre de conseillers : en exercice : 15 | présents : 12 | votants : 14\n\n"
            "L'an deux mille vingt-cinq, le trois juin, le conseil municipal s'est réuni.\n\n"
            "Objet : Tarifs de la piscine municipale\n\nRapporteur : M. Jean ALBOUY, 1er adjoint\n"
            "Le conseil municipal, à l'unanimité, fixe les tarifs.\n")
    d = one(text)
    assert d.title.value == "Tarifs de la piscine municipale" and d.rapporteur.value == "Jean ALBOUY"


def test_reception_on_the_line_under_the_act_id_and_publication_or_notification():
    text = ("Objet : Tarifs de la cantine\nLe conseil, à l'unanimité, fixe les tarifs.\n"
            "Accusé de réception en préfecture : 971-219710011-20250612-2025_08-DE\nReçu le 16/06/2025\n"
            "Acte rendu exécutoire après dépôt en préfecture le 16/06/2025\n"
            "et publication ou notification le 17/06/2025\n")
    d = one(text)
    assert (d.prefecture_received.value, d.posted.value) == ("2025-06-16", "2025-06-17")


def test_names_broken_over_a_line_and_oral_questions_noted():
    text = ("3 – Acquisition d'un véhicule\nAdoptée à la majorité : 20 voix pour, 2 contre (M. Jean-Marc\n"
            "DE LA TOUR, Mme Rose CAMBON).\n\n4 – QUESTIONS ORALES\n\nQuestion de M. PIC sur l'éclairage public :\n"
            "« Quand sera-t-il rétabli ? »\nRéponse de M. le Maire : au mois de juin, après les travaux prévus.\n")
    ds = run_mine(text_doc(text))
    assert vals(ds[0])["against_names"] == ["Jean-Marc DE LA TOUR", "Rose CAMBON"]
    assert vals(ds[1])["outcome"] == "noted"


def test_semicolons_between_names_and_comma_separated_quoted_rows():
    text = ("2 – Tarifs\nAdoptée à la majorité.\nContre : M. Jean DUPONT ; Mme Anne MARTIN\n\n"
            "3 – Voirie\nAdoptée à l'unanimité des membres présents.\n")
    assert vals(run_mine(text_doc(text))[0])["against_names"] == ["Jean DUPONT", "Anne MARTIN"]
    text = ('"Numéro","Objet","Rapporteur","Décision"\n'
            '"2025-04","Subvention au club de football","M. Noël RIBES","Adoptée"\n'
            '"2025-05","Tarifs du camping municipal","Mme Eva SOL","Retirée"\n')
    ds = run_mine(text_doc(text))
    assert [(d.number.value, d.rapporteur.value, vals(d)["outcome"]) for d in ds] == [
        ("2025-04", "Noël RIBES", "adopted"), ("2025-05", "Eva SOL", "withdrawn")]


# ---- fix round 5: general forms ------------------------------------------------------------

def test_pipe_rows_with_a_lettered_code_are_items():
    text = ("| N° | Objet | Décision |\n|----|-------|----------|\n"
            "| CA-2025-07 | Tarifs des piscines intercommunales | Adoptée à l'unanimité |\n"
            "| CA-2025-08 | Convention avec l'office de tourisme | Ajournée |\n")
    ds = run_mine(text_doc(text))
    assert [(d.number.value, d.title.value) for d in ds] == [
        ("CA-2025-07", "Tarifs des piscines intercommunales"), ("CA-2025-08", "Convention avec l'office de tourisme")]


def test_number_printed_in_the_footer_of_an_extract():
    text = ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nSéance du 3 février 2025\n\n"
            "Objet : Vente d'une parcelle communale au lieu-dit Les Granges\n\n"
            "Le Maire expose le projet.\nLe conseil municipal, après en avoir délibéré, à l'unanimité, approuve la vente.\n\n"
            "Fait à Saint-Aubin, le 4 février 2025.\n\nDélibération n° 2025-012\n"
            "Acte rendu exécutoire après dépôt en Préfecture du Loiret le 06/02/2025\n")
    d = one(text)
    assert (d.number.value, d.title.value) == ("2025-012", "Vente d'une parcelle communale au lieu-dit Les Granges")
    assert d.start < text.index("Le Maire expose") and d.prefecture_received.value == "2025-02-06"


@pytest.mark.parametrize("stamp", ["Transmis au représentant de l'État le 9 juin 2025",
                                   "Acte déposé en sous-préfecture de Lannion le 09/06/2025"])
def test_transmission_to_the_state_representative_and_deposit_in_a_named_prefecture(stamp):
    d = one(f"Objet : Tarifs de la cantine\nLe conseil, à l'unanimité, fixe les tarifs.\n{stamp}\n")
    assert d.prefecture_received.value == "2025-06-09"


def test_rapporteur_in_minutes_typed_in_capitals_and_a_presenter_at_a_line_start():
    text = ("1) TARIFS DU CIMETIERE\nMONSIEUR LE MAIRE PROPOSE DE FIXER LES TARIFS.\nADOPTE A L'UNANIMITE.\n\n"
            "2) ENTRETIEN DES CHEMINS\nM. PAUL BERTHIER, ADJOINT, EXPOSE LE PROGRAMME DE TRAVAUX.\nADOPTE A L'UNANIMITE.\n\n"
            "3) MARCHE DE RESTAURATION SCOLAIRE\nMme Anne VIDAL présente l'analyse des offres.\n"
            "Le conseil municipal, à l'unanimité, attribue le marché.\n")
    ds = run_mine(text_doc(text), president="Marc ROUX")
    assert [d.title.value for d in ds] == ["TARIFS DU CIMETIERE", "ENTRETIEN DES CHEMINS", "MARCHE DE RESTAURATION SCOLAIRE"]
    assert [d.rapporteur.value for d in ds] == ["Marc ROUX", "PAUL BERTHIER", "Anne VIDAL"]


def test_title_stops_before_the_chair_speaking_and_an_object_wraps_onto_its_next_line():
    text = ("Délibération CS-2025-04 : Convention avec la Région pour le programme LEADER\n"
            "La Présidente rappelle que l'enveloppe du territoire a été votée en 2023.\n"
            "Le comité syndical, à l'unanimité, approuve la convention.\n")
    assert one(text).title.value == "Convention avec la Région pour le programme LEADER"
    text = ("OBJET : Construction d'une crèche intercommunale – plan de\nfinancement et demande de subvention\n\n"
            "Rapporteur : M. Luc PERRIN\n\nLe conseil communautaire, à l'unanimité, approuve le plan de financement.\n")
    assert one(text).title.value == ("Construction d'une crèche intercommunale – plan de financement et demande de subvention")


def test_roll_call_names_and_the_secretary_item_and_a_ligature_heading():
    text = ("1. Désignation du secrétaire de séance\nM. Hugo PETIT est désigné secrétaire de séance à l'unanimité.\n\n"
            "2. Transfert de la compétence assainissement\nIl est procédé au vote par appel nominal :\n"
            "DURAND Michel .......... POUR\nMARTIN Sophie ........... CONTRE\nLE GOFF Yann (et pour BERNARD Luc) ... POUR / POUR\n"
            "PETIT Hugo .............. ABSTENTION\nROBERT Anne ............. CONTRE\n"
            "Le conseil municipal approuve le transfert.\n\n"
            "3. Vœu pour le maintien de la trésorerie\nCe point est reporté à une prochaine séance.\n")
    ds = run_mine(text_doc(text))
    assert [d.title.value for d in ds][2] == "Vœu pour le maintien de la trésorerie"
    assert (vals(ds[0])["outcome"], vals(ds[0])["unanimous"]) == ("adopted", True)
    v = ds[1].vote
    assert [n.value for n in v.against_names] == ["MARTIN Sophie", "ROBERT Anne"]
    assert [n.value for n in v.abstain_names] == ["PETIT Hugo"]
    assert vals(ds[2])["outcome"] == "deferred"


def test_sub_headings_of_a_bulletin_each_over_a_paragraph_with_its_vote():
    text = ("Lettre d'information – automne 2025\n\nLe conseil municipal du 9 octobre en bref\n\n"
            "Les élus ont examiné plusieurs dossiers.\n\n"
            "🚸 Sécurité routière : un plateau devant l'école\n\nLes travaux coûteront 18 000 €. Vote : unanimité.\n\n"
            "Médiathèque : nouveaux horaires\n\nLes horaires du samedi sont élargis. Vote : 12 pour, 2 contre.\n\n"
            "⚽ Stade : vestiaires rénovés\n\nLe marché est attribué pour 96 000 €. Vote : unanimité.\n\n"
            "Et aussi…\n\nLa prochaine séance aura lieu en décembre.\n")
    ds = run_mine(text_doc(text))
    assert [d.title.value for d in ds] == ["Sécurité routière : un plateau devant l'école",
                                           "Médiathèque : nouveaux horaires", "Stade : vestiaires rénovés"]
    assert [vals(d)["against"] for d in ds] == [None, 2, None]


def test_list_lines_that_end_with_their_outcome():
    text = ("Liste des délibérations du conseil municipal du 3 mars 2026\n\n"
            "2026-010 – Budget primitif 2026 – Adopté à la majorité (4 contre)\n"
            "2026-011 – Tarifs de la cantine scolaire – Adoptée à l'unanimité\n"
            "2026-012 – Rapport sur le prix de l'eau – Le Conseil prend acte\n"
            "2026-013 – Cession d'un délaissé de voirie – Ajournée\n\nAffiché le 6 mars 2026\n")
    ds = run_mine(text_doc(text))
    assert [d.number.value for d in ds] == ["2026-010", "2026-011", "2026-012", "2026-013"]
    assert [d.title.value for d in ds] == ["Budget primitif 2026", "Tarifs de la cantine scolaire",
                                           "Rapport sur le prix de l'eau", "Cession d'un délaissé de voirie"]
    assert [vals(d)["outcome"] for d in ds] == ["adopted", "adopted", "noted", "deferred"]
    assert vals(ds[0])["against"] == 4 and vals(ds[1])["unanimous"] is True


def test_coded_pipe_headings_with_a_vote_table_in_each_item():
    item = ("{n} | {t}\nRapporteur : Jean DUPONT\nIl est proposé au conseil d'approuver le projet présenté.\n\n"
            "   VOTE    | Pour | Contre | Abstention | Ne prend pas part\n"
            "   --------+------+--------+------------+------------------\n"
            "   Résultat |  {f}  |   {c}    |     1      |        0\n   ADOPTÉ\n\n" + "-" * 40 + "\n")
    text = "-" * 40 + "\n" + "".join(item.format(n=f"2026-0{i}", t=t, f=20 + i, c=i)
                                     for i, t in ((1, "TARIFS COMMUNAUX"), (2, "TRAVAUX DE VOIRIE")))
    ds = run_mine(text_doc(text))
    assert [d.number.value for d in ds] == ["2026-01", "2026-02"]
    assert [(vals(d)["for"], vals(d)["against"], vals(d)["abstain"], vals(d)["not_voting"]) for d in ds] == [
        (21, 1, 1, 0), (22, 2, 1, 0)]


def test_a_coded_row_under_a_list_header_stays_a_row():
    text = ("N° | Objet | Vote\n---|---|---\n2026-01 | Tarifs de la cantine | Unanimité\n"
            "2026-02 | Travaux de voirie | Unanimité\n")
    ds = run_mine(text_doc(text))
    assert [d.number.value for d in ds] == ["2026-01", "2026-02"]


def test_object_line_with_a_hyphenated_code_and_a_wrapped_tail():
    text = ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n\n"
            "OBJET : SM-2026-004 – Convention de groupement de commandes pour la fourniture des repas\n"
            "SCOLAIRES\n\nRapporteur : M. Paul DURAND\n\n"
            "Après en avoir délibéré, le Comité syndical, à l'unanimité, APPROUVE la convention.\n")
    d = one(text)
    assert d.number.value == "SM-2026-004"
    assert d.title.value == "Convention de groupement de commandes pour la fourniture des repas SCOLAIRES"


def test_ocr_split_words_in_unanimity_and_prefecture_stamp():
    text = ("Objet : Coupes de bois 2026\nAprès en avoir délibéré, le Conseil Municipal, à l'unani mité,\n"
            "- APPROUVE l'état d'assiette des coupes.\n\nReçu en pré fecture le 14/01/2026\n")
    d = one(text)
    assert (vals(d)["outcome"], vals(d)["unanimous"]) == ("adopted", True)
    assert d.prefecture_received.value == "2026-01-14"


def test_rapporteur_who_presents_the_item_in_its_first_line():
    text = ("1 – Tarifs de la cantine\nMme LEBRUN présente la revalorisation des tarifs de 2 %.\n"
            "Après en avoir délibéré, le conseil municipal approuve à l'unanimité.\n\n"
            "2 – Décisions du Maire\nMonsieur le Maire présente les décisions prises par délégation.\n"
            "Le conseil municipal prend acte des décisions prises depuis la dernière séance.\n")
    ds = run_mine(text_doc(text), president="Paul MARTIN")
    assert [d.rapporteur and d.rapporteur.value for d in ds] == ["LEBRUN", "Paul MARTIN"]


def test_names_in_brackets_under_a_vote_table_result():
    text = ("1 – Tarifs du port\nLes tarifs sont revalorisés de 3 %.\n\n"
            "   Pour | Contre | Abstention\n   -----+--------+-----------\n    20  |   2    |     1\n"
            "   ADOPTÉ À LA MAJORITÉ\n   (contre : Paul DURAND, Anne MARTIN ;\n    abstention : Luc PETIT)\n")
    v = vals(one(text))
    assert (v["for"], v["against"], v["abstain"]) == (20, 2, 1)
    assert v["against_names"] == ["Paul DURAND", "Anne MARTIN"] and v["abstain_names"] == ["Luc PETIT"]


def test_bracket_that_names_the_voters_after_a_remark():
    text = ("1 – Budget annexe\nLe budget annexe est présenté.\n"
            "Adopté à la majorité : 18 voix pour, 2 voix contre (M. DUPONT étant absent, les voix contre\n"
            "sont celles de Mme ROUX et M. BLANC).\n")
    assert vals(one(text))["against_names"] == ["ROUX", "BLANC"]
