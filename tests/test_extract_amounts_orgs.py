"""Amounts in euros and organisations per deliberation (extract.amounts, extract.organisations)."""

from __future__ import annotations

import json

import pytest

from delibgraph.evaluate import _amount_eq, _org_eq, merge, score_list
from delibgraph.extract import amounts, organisations
from delibgraph.extract.amounts import amounts_in
from delibgraph.extract.frenchtext import fold
from delibgraph.extract.money import parse_number, unlatex
from delibgraph.extract.organisations import organisations_in
from delibgraph.model import Deliberation, Extraction, Session, Spanned

from conftest import shared_file


def values(text: str) -> list[float]:
    return [a.value for a in amounts_in(text)]


def names(text: str, authority: str | None = None, title: str = "") -> list[str]:
    return [o.value for o in organisations_in(text, 0, authority, title)]


@pytest.mark.parametrize("text, expected", [
    ("une subvention de 259 100 € (deux cent cinquante-neuf mille et cent euros)", [259100]),
    ("le montant de 1.030.867,79 € TTC", [1030867.79]),
    ("soit 2 033 729.68 euros HT", [2033729.68]),
    ("pour 480 813,60€ et 4.100.000 €", [480813.60, 4100000]),
    ("un emprunt de 1,2 M€ puis 2,5K€", [1200000, 2500]),
    ("au prix de 69 €uros", [69]),
    ("cédé moyennant l'euro symbolique", [1]),
    ("pour un montant de $552000,00 €$ HT", [552000]),
    ("pour un montant de 90 $000,00 €$ HT", [90000]),
    ("| MUSIQUE | $\\mathbf{9 2 0 0 €}$ |", [9200]),
    ("soit $-535,49 €$ au compte 022", [535.49]),
    ("cent euros", [100]),
])
def test_amount_forms(text, expected):
    assert values(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", [
    "une hausse de 12,5 % soit 250 m² pour 3 ETP",
    "vu l'article L.2122-22 du 12 mars 2020, 33 votants",
    "le lot 3 compte 1 200 mètres linéaires",
])
def test_not_amounts(text):
    assert values(text) == []


def test_each_value_once_in_order():
    assert values("30 000 € puis 1 000 € puis 30 000,00 €") == [30000, 1000]


def test_parse_number():
    assert parse_number("1.030.867,79") == pytest.approx(1030867.79)
    assert parse_number("150.000") == 150000
    assert parse_number("51.94") == pytest.approx(51.94)


def test_unlatex_keeps_length():
    s = "de $\\mathbf{5 4 3} \\mathbf{0 7 6} €$ HT"
    assert len(unlatex(s)) == len(s)
    assert values(s) == [543076]


def test_table_column_labelled_euro():
    text = ("| N° | Stade | Montant à verser (€ HT) | Date |\n| --- | --- | --- | --- |\n"
            "| 1 | Terrassement | 110 400,00 | Juillet 2025 |\n"
            "| 2 | Fondations | 82 800,00 | Septembre 2025 |\n\n---\n\n"
            "| 3 | Livraison | $16560,00$ | Janvier 2027 |\n| --- | --- | --- | --- |\n")
    assert values(text) == [110400, 82800, 16560]


def test_table_without_unit_is_left_out():
    text = "| Dépenses | 2021 | 2022 |\n| --- | --- | --- |\n| Personnel | 800 | 2 400 |\n"
    assert values(text) == []


def test_company_association_and_public_body():
    text = ("Le conseil municipal a approuvé l'attribution du lot 3 à l'entreprise MARTIGNAT pour "
            "un montant de 42 000 € HT. Il attribue une subvention à l'association « les amis du "
            "vieux moulin ». Une convention est signée avec la Communauté de communes du Pays "
            "Mornantais (COPAMO). La COPAMO versera un fonds de concours à la COPAMO.")
    assert names(text) == ["MARTIGNAT", "Amis du vieux moulin", "COPAMO"]


def test_legal_form_dropped_and_recitals_ignored():
    text = ("Vu la délibération du Syndicat Départemental d'Energie du 3 mars 2020,\n"
            "La SAS Kerwatt a présenté une manifestation d'intérêt.")
    assert names(text) == ["Kerwatt"]


def test_authority_commissions_and_funds_left_out():
    text = ("La Ville de Lannion sollicite la DSIL. Avis de la Commission Finances. "
            "Le Centre Alimentaire du Trégor recevra 2 000 €.")
    assert names(text, authority="Lannion") == ["Centre Alimentaire du Trégor"]


def test_bare_state_only_as_funder():
    assert names("en partenariat avec l'Etat, la commune agit") == ["Etat"]
    assert names("l'Etat du bâtiment est mauvais") == []
    assert names("| Financeurs | Montant |\nRégion 288 000 € 44%") == ["Région"]


def test_supplier_table_and_discussion():
    text = ("| Date | Objet | Fournisseur/demandeur/intéressé | Montant HT |\n| --- | --- | --- | --- |\n"
            "| 11/07/2024 | Produits d'entretien | ORAPI - 12 avenue de Rome 13127 VITROLLES | 2859,04 € |\n"
            "| 29/04/2024 | Reportage photo | Kylian PAULET - 17 chemin de la Croix | 2400,00 € |\n\n"
            "M. Jean DUPONT. Il faudrait voir avec le SITOM pour les conteneurs.\n")
    assert names(text) == ["ORAPI"]


def test_title_acronym():
    assert names("Le conseil décide de verser 300 €.", title="Vote de subvention au FCSO69") == ["FCSO69"]
    assert names("Texte.", title="SUBVENTION A M. PERNOD") == []


def test_run_skips_filled_and_unsegmented():
    doc_text = "Subvention de 500 € à l'association Rive Gauche."
    d1, d2 = Deliberation(start=0, end=len(doc_text)), Deliberation()
    d3 = Deliberation(start=0, end=len(doc_text), organisations=[], amounts=[])
    d3.amounts = [amounts_in("1 €")[0]]
    ext = Extraction(document="x", sessions=[Session(deliberations=[d1, d2, d3])])

    class Doc:
        text = doc_text
    amounts.run(Doc, ext)
    organisations.run(Doc, ext)
    assert [a.value for a in d1.amounts] == [500]
    assert doc_text[d1.amounts[0].start:d1.amounts[0].end].startswith("500")
    assert [o.value for o in d1.organisations] == ["Rive Gauche"]
    assert d2.amounts == [] and d2.organisations == []
    assert [a.value for a in d3.amounts] == [1]


@pytest.mark.parametrize("name", ["lens_2023-12-06.txt", "lannion_2020-06-08.pdf",
                                  "lannion_2021-07-05.pdf", "taluyers_2024-03-25_pv.txt"])
def test_real_documents_against_gold(name, gold):
    from delibgraph.extract import extract
    from delibgraph.records_json import extraction_json
    from delibgraph.sources import read_document

    pred = extraction_json(extract(read_document(shared_file(name))))
    g = json.loads((gold / f"{name}.json").read_text(encoding="utf-8"))
    scores: dict = {}
    gd = [d for s in g["sessions"] for d in s["deliberations"]]
    pd = [d for s in pred["sessions"] for d in s["deliberations"]]
    assert len(pd) == len(gd), "deliberation segmentation changed; check items.py"
    for a, b in zip(gd, pd):
        score_list(scores, "amounts", list(dict.fromkeys(a["amounts_eur"])), b["amounts_eur"], _amount_eq)
        score_list(scores, "orgs", a["organisations"], b["organisations"], _org_eq)
    total = merge([scores])
    assert total["amounts"].f1 >= 0.85  # lannion_2021-07-05 has 6 amounts only in page images
    assert total["orgs"].precision >= 0.5


def test_lens_values(gold):
    from delibgraph.extract import extract
    from delibgraph.sources import read_document

    doc = read_document(shared_file("lens_2023-12-06.txt"))
    d = extract(doc).sessions[0].deliberations[0]
    assert [a.value for a in d.amounts] == [259100, 30000]
    got = {o.value for o in d.organisations}
    assert {"Etat", "Compagnons bâtisseurs", "Communauté d'Agglomération de Lens-Liévin"} <= got
    for a in d.amounts:
        assert doc.text[a.start:a.end].startswith(("259", "30"))


# --- Organisations: role and context rules (brief C2) ---

def test_discussion_turns_are_background():
    text = ("Monsieur Marc DURAND expose :\nUne convention est signée avec la Communauté de communes du Val.\n"
            "Il est proposé au conseil municipal :\nD'AUTORISER le Maire à signer la convention.\n"
            "Monsieur Paul MARTIN demande si le dossier a été vu avec l'ARS et le SDIS.\n"
            "Monsieur le Maire répond que la Fédération Française de Cyclisme sera consultée.\n"
            "ADOPTE A L'UNANIMITE\n")
    assert names(text) == ["Communauté de communes du Val"]


def test_public_funders_named_by_a_speaker():
    text = ("M. le Maire. Nous sommes en attente de deux demandes de subventions, de l'Etat et de la "
            "Région, sachant que l'on a déjà obtenu 40000 € du Département.\n")
    assert names(text) == ["Etat", "Région", "Département"]
    assert names("participation financière des collectivités (État, Région) en cas de besoin") == []


def test_earlier_act_contact_negation_and_aside_are_background():
    text = ("Aussi, par Décision du Maire n°2023/D20 en date du 22 septembre 2023, un marché d'étude a été "
            "attribué à la SARL TECHNOMAN pour 12 195 € HT.\nLe marché est attribué à l'entreprise CITEOS.\n")
    assert names(text) == ["CITEOS"]
    assert names("Un contact a également été pris avec la MNT qui a présenté ses actions.") == []
    assert names("la commune ne versera plus la subvention de 3000 € au FCSO69.") == []
    assert names("| Pompiers | Durée (conditions fixées dans la convention avec le SDIS) |") == []


def test_recipient_of_an_amount_and_parties_of_a_convention():
    assert names("la commune versait une attribution de compensation de 24523 € à la COPAMO.") == ["COPAMO"]
    assert names("DE VERSER :\n- 750€ pour le Centre Culturel Breton\n- 500€ pour DMT\n") == [
        "Centre Culturel Breton", "DMT"]
    assert names("- APPROUVE le projet de convention entre la COPAMO, la commune de Taluyers et "
                 "l'Education Nationale,") == ["COPAMO", "Education Nationale"]
    assert names("Cette convention est tripartite entre la commune, la SPL Enfance en Pays Mornantais "
                 "et la COPAMO.") == ["SPL Enfance en Pays Mornantais", "COPAMO"]
    assert names("sa situation entre la Zone d'activité de la Ronze et l'EPHAD de la Christinière.") == []


def test_financing_plan_names_the_state_service():
    text = ("Financeurs Montant (€ HT)\nTravaux 744 800,00 € État (DSIL) 150 000,00 € 18,30 %\n"
            "Études 77 200,00 € État (DRAC) 205 500,00€ 25,00 %\nRégion 120 000,00 € 14,60 %\n")
    assert names(text) == ["État", "DRAC", "Région"]


def test_epci_with_head_word_last():
    text = "D'AUTORISER le Maire à signer la convention avec Lannion-Trégor Communauté pour l'année 2021."
    assert names(text, title="Convention d'assistance Ville / LTC - Année 2021") == ["Lannion-Trégor Communauté"]
    assert names("représentée par M. X, Président de Brest Métropole, dûment habilité") == []


def test_body_named_after_within_or_called():
    text = ("Un groupe d'habitants s'est regroupé au sein d'une société coopérative locale appelée "
            "«Centrale Villageoise en Pays Mornantais».\n- DESIGNE M. Pascal DURAND comme délégué au sein "
            "de la Centrale Villageoise en Pays Mornantais.")
    assert names(text) == ["Centrale Villageoise en Pays Mornantais"]
    assert names("un programme immobilier porté par un promoteur et dénommé «Les Framboisiers».") == []


def test_one_body_one_entry():
    text = ("- l'Agence France Locale, société anonyme à directoire ;\n"
            "- l'Agence France Locale – Société Territoriale (la Société Territoriale), société anonyme.\n")
    assert names(text) == ["Agence France Locale", "Agence France Locale – Société Territoriale"]
    text = ("Le Conseil d'Administration du Centre Communal d'Action Sociale est constitué de membres élus.\n"
            "DE FIXER la composition du Conseil d'Administration du Centre Communal\nd’Action Sociale de LANNION.")
    assert names(text) == ["Centre Communal d’Action Sociale de LANNION"]
    text = ("convention avec l'association « Projet Colibri de reboisement du Pays Mornantais ». "
            "L'association Colibri s'engage à fournir les plants.")
    assert names(text) == ["Projet Colibri de reboisement du Pays Mornantais"]
    assert names("une subvention à l'association « Triangle des sapeurs-pompiers Taluyers/Montagny/Chassagny »",
                 title="Subvention à l'association Triangle TMC") == [
        "Triangle des sapeurs-pompiers Taluyers/Montagny/Chassagny"]
    text = ("la convention unique du Centre de Gestion du Rhône. Avenant avec le Centre de Gestion de la "
            "Fonction Publique Territoriale du Rhône.")
    assert names(text) == ["Centre de Gestion de la Fonction Publique Territoriale du Rhône"]


def test_generic_heads_and_parts_of_a_body():
    assert names("le groupement est ouvert aux communes et Etablissement Public du périmètre, "
                 "avec la Communauté de Communes.") == []
    assert names("le temps que les services de l'Education Nationale du Rhône mettent un agent à disposition.") == []
    assert names("selon les modalités du Groupe Agence France Locale.") == []


def test_coordinated_bodies_are_two():
    text = "Le Centre Hospitalier de Lens et l'Agence Régionale de Santé sont partenaires du contrat."
    assert names(text) == ["Centre Hospitalier de Lens", "Agence Régionale de Santé"]
    assert names("Le Service Départemental d'Incendie et de Secours déménage.") == [
        "Service Départemental d'Incendie et de Secours"]


def test_supplier_forms():
    assert names("- Remplacement de 3 PC par FLEXINFO - rue de Belissen 69340 FRANCHEVILLE pour un montant "
                 "de 2483,00 € HT.") == ["FLEXINFO"]
    assert names("prestations photographiques pour les cérémonies et attribué à STUDIO PAT Marché conclu") == [
        "STUDIO PAT"]
    text = ("|  Date | Objet | demandeur/intéressé |   |\n| --- | --- | --- | --- |\n"
            "|  19/06/2025 | Décision d'ester en justice | Cabinet d'avocats Philippe PETIT et Associés - "
            "31 rue Royale 69001 LYON |   |\n")
    assert names(text) == ["Cabinet d'avocats Philippe PETIT et Associés"]


def test_representatives_rows():
    text = ("Désignation des représentants du conseil municipal dans les organismes extérieurs\n"
            "VIGIPOL (syndicat mixte de protection du\nlittoral breton)\nMarc NEDELEC Jean-Yves CALLAC\n"
            "INFRA POLMAR (Vigipol) Marc NEDELEC\n"
            "SAGE Baie de Lannion – commission\nlocale de l'eau\nMichel DIVERCHY\n"
            "OGEC – AEP Eric ROBERT\n"
            "Les groupes de minorité proposent Gaël CORNEC.\n")
    assert names(text) == ["VIGIPOL", "OGEC – AEP"]


def test_organisations_over_all_gold_files(gold, corpus):
    from delibgraph.evaluate import score_document
    from delibgraph.extract import extract
    from delibgraph.records_json import extraction_json
    from delibgraph.sources import read_document

    scores = []
    for path in sorted(gold.glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        pred = extraction_json(extract(read_document(corpus / g["document"])))
        scores.append(score_document(g, pred))
    orgs = merge(scores)["organisations"]
    assert orgs.f1 >= 0.88 and orgs.precision >= 0.88  # issue #3 asks >= 0.85 per field


def test_guards_of_the_new_cues():
    assert names("Financeurs\nSubvention Région 20 000 €\nSubvention Département 10 000 €") == [
        "Région", "Département"]
    assert names("La Communauté a décidé de verser 20 € pour les CM2.") == []
    assert names("un agent désigné au sein de la Médiathèque pour représenter la commune") == []
    assert names("sur notification de la Maison Départementale des Personnes Handicapées") == []
    assert names("Rennes Métropole versera une participation de 5 000 €.") == ["Rennes Métropole"]


# --- Fix round after the blind test: general forms of administrative writing (strings written here) ---

@pytest.mark.parametrize("text, expected", [
    ("vend le terrain au prix d'un million deux cent mille euros (1.200.000 €).", [1200000]),
    ("un programme de deux millions d'euros", [2000000]),
])
def test_amounts_in_words_with_millions(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Company names: "d'", all-caps names broken after a connector, HLM companies, OPH.
    ("La SARL Boulangerie du Pont d'Arc agrandit son fournil.", ["Boulangerie du Pont d'Arc"]),
    ("céder le bâtiment à la SAS FONCIÈRE ET\nCOMMERCES DU LITTORAL au prix de 10 000 €", ["FONCIÈRE ET COMMERCES DU LITTORAL"]),
    ("La SA d'HLM Habitat des Collines sollicite la garantie de la commune.", ["Habitat des Collines"]),
    ("L'office public de l'habitat Vallée Logis réhabilite 20 logements.", ["Vallée Logis"]),
    # Bodies: lower-case words after de/d', "-ier" adjectives, a name going on after a line break.
    ("La compétence est transférée au Syndicat mixte d'eau\npotable de la Vallée Verte.",
     ["Syndicat mixte d'eau potable de la Vallée Verte"]),
    ("avec l'aide de l'Agence de l'eau Loire-Bretagne.", ["Agence de l'eau Loire-Bretagne"]),
    ("Le Centre hospitalier de Saint-Pol-sur-Ter acquiert un scanner.", ["Centre hospitalier de Saint-Pol-sur-Ter"]),
    ("Le Conseil cède au Département de\nla Haute-Saône une emprise de 200 m².", ["Département de la Haute-Saône"]),
    ("un prêt souscrit auprès de la Caisse des\nDépôts et Consignations.", ["Caisse des Dépôts et Consignations"]),
])
def test_organisation_name_shapes(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Convention de partenariat avec Pays Vert Énergies pour l'éclairage", ["Pays Vert Énergies"]),
    ("APPROUVE les conventions avec la Banque Alimentaire du Gard et la\n   Croix-Rouge française ;",
     ["Banque Alimentaire du Gard", "Croix-Rouge française"]),
    ("avenant au bail avec la Direction générale des Finances\n   publiques (loyer annuel)",
     ["Direction générale des Finances publiques"]),
    ("marché de maîtrise d'œuvre passé avec\n  BUREAU BOIS ET PIERRE, pour 4 000 € HT", ["BUREAU BOIS ET PIERRE"]),
    ("(conditions fixées dans la convention avec le SDIS)", []),
    ("Modification des statuts du SIVU Val-Fleuri", ["SIVU Val-Fleuri"]),
])
def test_partners_after_avec_and_acronym_places(text, expected):
    assert names(text, title=text if "statuts" in text else "") == expected


def test_list_rows_and_lots():
    text = ("Il est proposé d'attribuer les subventions suivantes :\n"
            "   Les Joyeux Randonneurs (sortie annuelle) ......... 600 €\n"
            "   Football Club Riverain (tournoi de jeunes) .... 1 200 €\n"
            "soit un total de 1 800 €.\n"
            "   - Lot 1 Gros œuvre : SARL MACONNERIE DU PLATEAU, pour 100 000,00 € HT ;\n"
            "   - Lot 2 Électricité : Elec Services, pour 35 000 € HT.\n"
            "Plan de financement :\n- Agence de l'eau Rhin-Meuse : 120 000 €\n"
            "- Autofinancement de la commune : 80 000 €\n- Frais de dossier : 450 €\n- Montant : 200 000 €\n")
    assert names(text) == ["Les Joyeux Randonneurs", "Football Club Riverain", "MACONNERIE DU PLATEAU",
                           "Elec Services", "Agence de l'eau Rhin-Meuse"]


@pytest.mark.parametrize("text, authority", [
    ("Rapporteur : M. Jean DUPONT, délégué aux finances", None),
    ("ONT VOTÉ CONTRE : 2", None),
    ("2025-03   Subvention à l'association            Adoptée (2 abstentions)", None),
    ("le Conseil d'administration du Centre Communal d'Action Sociale s'est réuni", "Centre Communal d'Action Sociale"),
])
def test_labels_and_the_authority_are_not_bodies(text, authority):
    assert names(text, authority) == []


def test_banks_consulted_are_not_parties():
    text = ("Trois établissements bancaires ont été consultés : le Crédit Mutuel du Centre, La Banque Postale\n"
            "et la Caisse d'Epargne Loire-Centre. L'offre retenue est celle du Crédit Mutuel du Centre.")
    assert names(text) == ["Crédit Mutuel du Centre"]


@pytest.mark.parametrize("text, expected", [
    ("financés avec l'aide du Département du Gers (40 000 €) et de Gers Énergies pour les réseaux",
     ["Département du Gers", "Gers Énergies"]),
    ("réalisé avec le concours financier du Syndicat départemental d'énergie du Cantal à hauteur de 30 %",
     ["Syndicat départemental d'énergie du Cantal"]),
    ("travaux financés par l'Emprunt et une subvention de 5 000 Euros", []),
    ("la concession confiée à la société publique locale\nVallée Aménagement fait apparaître un déficit",
     ["Vallée Aménagement"]),
])
def test_funders_by_role_and_company_kinds(text, expected):
    assert names(text) == expected


def test_parties_of_an_all_caps_title():
    title = "CONVENTION AVEC LE SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DE\nLA CREUSE POUR LES HYDRANTS"
    text = title + "\n\nM. le Maire expose que le SDIS propose le contrôle des hydrants pour 40 € HT l'unité."
    assert [fold(n) for n in names(text, title=title.split("\n")[0])] == [
        fold("Service Départemental d'Incendie et de Secours de la Creuse")]


def test_guards_on_rows_and_lots():
    assert names("Tarifs de location :\n- Salle des Fêtes : 200 €\n- Grande Salle Polyvalente : 300 €\n") == []
    text = ("- Lot 3 : Plomberie, pour 3 000 €\n- Lot 4 : ENTREPRISE MARTIN, pour 5 000 €\n"
            "- Lot n°5 – Peinture : Déco Plus, pour 2 000 €")
    assert names(text) == ["MARTIN", "Déco Plus"]


def test_a_ccas_does_not_list_itself():
    text = ("CENTRE COMMUNAL D'ACTION SOCIALE DE VILLEBOIS\n\nLe Conseil d'administration du Centre Communal "
            "d'Action Sociale s'est réuni. Il approuve la convention avec la Banque Alimentaire du Rhône.")
    d = Deliberation(start=0, end=len(text))
    ext = Extraction(document="x", sessions=[Session(deliberations=[d])])
    ext.authority.type = Spanned("ccas", 0, 4)

    class Doc:
        pass
    Doc.text = text
    organisations.run(Doc, ext)
    assert [o.value for o in d.organisations] == ["Banque Alimentaire du Rhône"]


def test_association_name_in_the_next_line_of_a_text_column():
    text = ("2025-03   Subvention exceptionnelle de 800 € à l'association            Adoptée (2 abstentions)\n"
            "          Amis de Kerlann pour la restauration de la chapelle\n")
    assert names(text) == ["Amis de Kerlann"]


# --- fix round 2: general forms seen in held-out documents (strings written for the tests) ---

@pytest.mark.parametrize("text, expected", [
    ("pour un montant de 96 512,40 E H.T. soit 115 814,88 € T.T.C.", [96512.40, 115814.88]),
    ("soit 12 000 E TTC", [12000]),
    ("la note E et 5 E, sans taxe", []),
    ("la somme de 12 500 (douze mille cinq cents) euros", [12500]),
    ("un loyer de 80 (quatre-vingts) € ; en 2024 (voir annexe) euros", [80]),
])
def test_ocr_e_for_euro_before_a_tax_mark(text, expected):
    assert values(text) == pytest.approx(expected)


def test_space_aligned_table_with_a_euro_header():
    text = ("Trois banques ont été consultées :\n\n"
            "  Banque                      Taux      Durée     Coût du crédit (€)\n"
            "  Banque du Littoral          3,10 %    20 ans    98 410,00\n"
            "  Crédit Mutuel Océan         2,95 %    20 ans    93 602,50\n"
            "\nLe conseil retient l'offre la moins chère.\n"
            "  Désignation     Quantité     Surface\n  Lot A     12     350\n")
    assert values(text) == pytest.approx([98410.0, 93602.5])


@pytest.mark.parametrize("text, title, expected", [
    # labels of recorded minutes and a councillor's function are not bodies
    ("Rapporteur : M. Paul MARTIN, Adjoint délégué aux Sports\nInterventions : M. Luc ROUX pour le groupe.\n"
     "Contre : 3\nAdopté à la majorité.", "", []),
    # the syndicat's own deliberative organ
    ("Après en avoir délibéré, le Comité syndical, par 12 voix pour, adopte le budget.", "", []),
    # a category heading glued to the title is not an acronym; a real one stays
    ("Le conseil approuve.", "FINANCES Décision modificative n° 1", []),
    ("Le conseil approuve.", "URBANISME – Cession d'un délaissé", []),
    ("Le conseil approuve la convention.", "SDIS Convention de mise à disposition", ["SDIS"]),
])
def test_labels_organs_and_categories_are_not_organisations(text, title, expected):
    assert names(text, "Villeneuve", title) == expected


@pytest.mark.parametrize("text, expected", [
    ("Garantie accordée à Habitat Rivebelle Métropole OPH pour 30 logements.", ["Habitat Rivebelle Métropole OPH"]),
    ("Le conseil demande à l'État et à SNCF Réseau le maintien de la desserte.", ["État", "SNCF Réseau"]),
    ("Il est proposé de retenir l'entreprise MBTP - Maçonnerie Bâtiment Travaux Publics pour ce lot. "
     "Le marché est signé avec MBTP.", ["MBTP - Maçonnerie Bâtiment Travaux Publics"]),
    ("Il est proposé de retenir l'entreprise BRUNEL - 12 rue des Forges à Tulle.", ["BRUNEL"]),
    ("il est proposé d'attribuer le marché à l'entreprise SOGEA\nSud Ouest Hydraulique (agence de Pau) "
     "pour 120 000 €.", ["SOGEA Sud Ouest Hydraulique"]),
    ("La convention fixe la participation de la CAF de la Sarthe à 40 % du coût.", ["CAF de la Sarthe"]),
    ("Le conseil sollicite l'aide de l'Agence de l'Eau et du Conseil Général du Cher.",
     ["Agence de l'Eau", "Conseil Général du Cher"]),
])
def test_names_kept_whole(text, expected):
    assert names(text, "Villeneuve") == expected


def test_acronym_with_the_tail_of_a_full_name_is_one_body():
    text = ("Convention avec le SIAEP de la Vallée Noire. Le Syndicat Intercommunal d'Alimentation en Eau Potable "
            "de la Vallée Noire fournira l'eau.")
    assert names(text, "Villeneuve") == ["Syndicat Intercommunal d'Alimentation en Eau Potable de la Vallée Noire"]


def test_beneficiary_rows_with_a_branch_or_a_local_part():
    text = ("SUBVENTIONS AUX ASSOCIATIONS\nIl est proposé d'attribuer :\n"
            "- à l'association La Croix-Rouge française – Délégation de Montbard : 2 000 €\n"
            "- au Secours catholique, équipe locale : 900 €\n")
    assert names(text, "Villeneuve") == ["La Croix-Rouge française – Délégation de Montbard", "Secours catholique"]


@pytest.mark.parametrize("text, expected", [
    ("Adhésion au contrat groupe (assureur : Groupama Centre, courtier : Gras Savoye).", ["Groupama Centre", "Gras Savoye"]),
    ("Maître d'œuvre : Atelier Lumen, pour un forfait de 8 %. Titulaire : M. Jean PETIT.", ["Atelier Lumen"]),
    ("Fonds de concours à la commune de Saint-Aubin pour la voirie.", ["commune de Saint-Aubin"]),
    ("Convention avec la commune de Villeneuve pour la cantine.", []),
    ("Vente de la parcelle ZB 14 à Domaine Habitat Coopératif pour 35 000 €.", ["Domaine Habitat Coopératif"]),
    ("Cession de la parcelle AB 12 à M. et Mme DURAND pour 12 000 €.", []),
    ("Vente de la parcelle située à Montbard pour 12 000 €. Vente du pré à Semur pour 800 €.", []),
    ("Cession du lot 2 à la SCI LES TILLEULS pour 40 000 €.", ["LES TILLEULS"]),
])
def test_bodies_named_by_their_role(text, expected):
    assert names(text, "Villeneuve") == expected


@pytest.mark.parametrize("text, expected", [
    ("La mission de maîtrise d'œuvre est confiée au cabinet ARCHIPOLE pour 25 000 € HT.", ["ARCHIPOLE"]),
    ("Le bureau d'études SOLEO Ingénierie est retenu ; le bureau de contrôle QUALICONSULT aussi.",
     ["SOLEO Ingénierie", "QUALICONSULT"]),
    ("Le cabinet d'avocats Martin et Associés défendra la commune. Le cabinet du Maire suit le dossier.", []),
    ("Une subvention de 600 € est versée au Club Athlétique de Brion et à l'Amicale Laïque de Brion.",
     ["Club Athlétique de Brion", "Amicale Laïque de Brion"]),
    ("Le conseil adhère au CAUE de la Sarthe et approuve la convention avec le SDIS du Rhône.",
     ["CAUE de la Sarthe", "SDIS du Rhône"]),
    ("Une subvention est versée au CCAS de Brion.", []),
])
def test_more_cues_and_acronyms_with_their_place(text, expected):
    assert names(text, "Brion") == expected


# --- fix round 3: general forms (own strings) ---

def _orgs3(text: str) -> list[str]:
    from delibgraph.extract.organisations import organisations_in
    return [x.value for x in organisations_in(text)]


def test_ocr_letter_o_in_amounts():
    from delibgraph.extract.money import euro_amounts
    assert [x.value for x in euro_amounts("un montant de 287 450,OO € HT.")] == [287450.0]
    assert [x.value for x in euro_amounts("soit 1 5OO euros")] == [1500.0]
    assert [x.value for x in euro_amounts("PRO 45 €")] == [45.0]


def test_vote_table_group_rows_are_not_organisations():
    text = ("Le marché est attribué à la société Alpha Nettoyage pour un montant de 2 000 € HT.\n"
            "Résultat du vote :\n  Groupe Avenir Commun ........ Pour 31 | Contre 0\n"
            "  Union Citoyenne ............ Pour 2\n")
    assert _orgs3(text) == ["Alpha Nettoyage"]
    assert _orgs3("Vote par groupe :\n Union Citoyenne : 12 pour\n Groupe Avenir Commun : 3 contre\n") == []
    assert _orgs3("Subvention au Comité des Fêtes de Valnord : pour 2025, 500 €.") == ["Comité des Fêtes de Valnord"]


def test_bidder_ranked_second_is_background():
    text = ("Le marché est attribué à la société Alpha Nettoyage pour 2 000 € HT. "
            "L'offre de la société Beta Environnement est classée deuxième.")
    assert _orgs3(text) == ["Alpha Nettoyage"]


def test_consortium_members_and_past_award():
    assert _orgs3("Le marché est attribué au groupement DUPONT TP / Martin Réseaux pour 5 000 €.") == [
        "DUPONT TP", "Martin Réseaux"]
    assert _orgs3("Le marché a été attribué au groupement Alpha Conseil et Beta Études pour un montant.") == []


def test_school_named_in_lower_case_and_commune_adhesion():
    assert _orgs3("Convention avec le collège Yves Durand pour le gymnase.") == ["collège Yves Durand"]
    assert _orgs3("CA du collège Paul Éluard Fabien MARTIN Carine HUE") == ["collège Paul Éluard"]
    assert _orgs3("site de l'ancien collège Paul Éluard en logements") == []
    assert _orgs3("Adhésion de la commune de Saint-Paul-le-Vieux au syndicat") == ["commune de Saint-Paul-le-Vieux"]


def test_considerant_recital_is_background():
    text = ("CONSIDÉRANT que le Département du Cher cofinance l'atelier ;\n"
            "Le conseil attribue une subvention de 3 000 € à l'association « Cher Insertion Verte ».")
    assert _orgs3(text) == ["Cher Insertion Verte"]


def test_capital_article_inside_a_sentence_is_part_of_the_name():
    assert _orgs3("Après consultation, l'offre de La Banque Postale est retenue : 12 000 000 €.") == [
        "La Banque Postale"]


def test_public_funder_with_a_funding_verb_and_acronym_funder():
    text = ("La subvention est de 1 000 €, l'État (DRAC Bretagne) et la Région Bretagne apportant "
            "respectivement 600 € et 400 €.")
    assert _orgs3(text) == ["État", "Région Bretagne"]
    text = "La Région Bretagne participe à hauteur de 4 200 000 € et SNCF Gares & Connexions à hauteur de 2 750 000 €."
    assert _orgs3(text) == ["Région Bretagne", "SNCF Gares & Connexions"]
    assert _orgs3("L'État fixe le taux.") == []


def test_caps_title_party_under_a_rapporteur_line_and_title_acronym_word():
    text = ("CULTURE – CONVENTION D'OBJECTIFS AVEC L'ASSOCIATION THÉÂTRE DU PAYS VERT\n"
            "Rapporteure : Mme Anne MOREL\n\nLa subvention annuelle est reconduite.")
    title = "CULTURE – CONVENTION D'OBJECTIFS AVEC L'ASSOCIATION THÉÂTRE DU PAYS VERT"
    assert [fold(x) for x in _orgs_titled(text, title)] == ["theatre du pays vert"]
    title = "Adhésion au groupement de commandes d'énergie du SYDEL Énergies"
    assert _orgs_titled(title + "\n\nLe conseil adhère.", title) == ["SYDEL Énergies"]


def _orgs_titled(text: str, title: str) -> list[str]:
    from delibgraph.extract.organisations import organisations_in
    return [x.value for x in organisations_in(text, title=title)]


@pytest.mark.parametrize("text, expected", [
    # a date or a period after the name is not part of it; nor a legal form after it
    ("le transfert à la Communauté de communes Haut-Pays-Vert au 1er janvier 2026. Le procès-verbal",
     ["Communauté de communes Haut-Pays-Vert"]),
    ("l'adhésion auprès du Centre de Gestion de la Fonction Publique Territoriale de l'Allier pour 2026-2028, au tarif",
     ["Centre de Gestion de la Fonction Publique Territoriale de l'Allier"]),
    ("le lot 2 est attribué à la société VÉLOMAX SERVICES SARL, mieux-disante.", ["VÉLOMAX SERVICES"]),
    # "et" then the rest of the name on the next line
    ("Mise à disposition auprès de la Communauté de communes Lande et\nMarais, à raison de 10 %.",
     ["Communauté de communes Lande et Marais"]),
    # an association's kind before the quoted name; a quoted name wrapping once
    ("le lot est loué à l'association de pêche « La Truite du Vallon » pour 900 €.", ["La Truite du Vallon"]),
    ("Convention avec l'association « Vallée Verte\nAnimation » pour l'accueil de loisirs", ["Vallée Verte Animation"]),
    # a name, then its kind in apposition
    ("Le conseil accorde à Logis du Bocage, office public de l'habitat, une garantie d'emprunt.",
     ["Logis du Bocage"]),
    # a bank's two-word head split by a line break; a bank whose offer is not retained
    ("il est proposé de retenir l'offre du Crédit\nMutuel de Normandie : prêt de 90 000 €. L'offre de la Caisse "
     "d'Épargne de Normandie (taux de 3,9 %)\nn'est pas retenue.", ["Crédit Mutuel de Normandie"]),
    # "Société" + an adjective is part of the name, in capitals too
    ("GARANTIE ACCORDÉE À LA SOCIÉTÉ GUYANAISE DES EAUX\n\nLa Société Guyanaise des Eaux a contracté un prêt.",
     ["Société Guyanaise des Eaux"]),
    # a one-word head spelt out in small words up to its acronym, then the place it serves
    ("Convention avec le Conseil d'architecture, d'urbanisme et de l'environnement (CAUE)\ndu Jura\n\nAdopté.",
     ["Conseil d'architecture, d'urbanisme et de l'environnement (CAUE) du Jura"]),
    # a letterhead's generic head is no name
    ("Établissement public communal – Hôtel de Ville\n", []),
])
def test_blind4_org_forms(text, expected):
    assert [fold(n) for n in names(text)] == [fold(e) for e in expected]  # compared as the scorer does


def test_theme_word_in_title_is_not_an_acronym():
    title = "MOBILITÉS – Achat de vélos"  # the title as read, after its number
    assert names(title + "\nLe marché est attribué.", title=title) == []


def test_table_whose_first_header_cell_gives_the_unit():
    text = ("| Section (en €) | Dépenses | Recettes |\n|---|---|---|\n| Fonctionnement | 912 300,00 | 912 300,00 |\n"
            "| Investissement | 401 250,50 | 401 250,50 |\n")
    assert sorted(set(values(text))) == [401250.5, 912300]


@pytest.mark.parametrize("text, expected", [
    # a public funder and the fund it pays from, in a financing table
    ("Plan de financement :\n| Financeur | Montant |\n| Région – FRAT | 20 000 € |\n", ["Région"]),
    # a one-word head spelt out in small words up to its acronym in brackets
    ("La convention est signée avec la Région et l'Agence de services et de paiement (ASP), et le Maire la signe.",
     ["Région", "Agence de services et de paiement"]),
    # an EPCI named head word last, with an elided "d'" inside
    ("Le transfert de la compétence assainissement à Pays d'Auge Communauté est approuvé.", ["Pays d'Auge Communauté"]),
    # a public body written in capitals ends where no DE/DU/DES links the next word
    ("MONSIEUR LE MAIRE EXPOSE QUE LA COMMUNAUTE DE COMMUNES DU VAL DE SAONE PROPOSE UN SERVICE COMMUN.",
     ["COMMUNAUTE DE COMMUNES DU VAL DE SAONE"]),
    ("LE CONSEIL DECIDE D'ADHERER AU SYNDICAT MIXTE DES EAUX DE LA HAUTE-LOIRE A COMPTER DU 1ER JANVIER.",
     ["SYNDICAT MIXTE DES EAUX DE LA HAUTE-LOIRE"]),
    # a legal form of health professionals' companies is dropped like SARL
    ("Une convention est conclue avec la SISA Maison de santé du Lac, qui regroupe les praticiens.", ["Maison de santé du Lac"]),
    # a person named after "bureau d'études" on the next line is no company
    ("Choix du bureau d'études\nM. Paul MARTIN présente le rapport d'analyse des offres. Le marché est attribué.", []),
])
def test_blind5_org_forms(text, expected):
    assert [fold(n) for n in names(text)] == [fold(e) for e in expected]


def test_table_under_a_euro_caption():
    text = ("Le plan de financement est approuvé.\n\nPLAN DE FINANCEMENT PRÉVISIONNEL (en € HT)\n"
            "| Financeur | Montant | Taux |\n| État – DETR | 120 000,00 | 40 % |\n| Département | 60 000,00 | 20 % |\n"
            "| TOTAL | 300 000,00 | 100 % |\n")
    assert values(text) == [120000, 60000, 300000]
    # a column in another unit under the caption is left out
    text = "Répartition (en euros) :\n| Commune | Population | Contribution |\n| Alpha | 1 200 | 3 400 |\n"
    assert values(text) == [3400]
    # without a caption, bare figures stay out
    assert values("Répartition :\n| Commune | Population | Contribution |\n| Alpha | 1 200 | 3 400 |\n") == []


def test_sale_platform_is_a_party_but_not_where_a_notice_is_posted():
    assert names("Vente de matériels réformés par l'intermédiaire de la plateforme Webenchères | Approuvée") == ["Webenchères"]
    assert names("Les offres sont déposées sur la plateforme Marchés Publics Info. Le marché est attribué.") == []


def test_acronym_in_brackets_picking_the_main_words():
    text = "- CONFIE l'étude à l'Agence d'urbanisme, d'habitat et d'environnement de la Savoie (AUHE)."
    assert names(text) == ["Agence d'urbanisme, d'habitat et d'environnement de la Savoie"]


def test_collectivite_with_its_territory():
    assert names("La Collectivité européenne d'Alsace participe à hauteur de 20 % du coût.") == [
        "Collectivité européenne d'Alsace"]
    assert names("Les collectivités territoriales et la Collectivité territoriale sont informées.") == []


def test_foyer_rural_with_its_place():
    assert names("Le conseil répartit l'enveloppe : le Foyer rural de Saint-Avit reçoit 1 500 €.") == ["Foyer rural de Saint-Avit"]
    assert names("Subvention au Foyer rural pour 300 €.") == []
    assert names("La résidence du Foyer de Jeunes Travailleurs de Lorient est rénovée.") == []


@pytest.mark.parametrize("text, expected", [
    ("Le loyer est fixé à 500 € par mois. Manche Habitat sera chargé de la gestion locative.", ["Manche Habitat"]),
    ("La gestion est confiée à Vendée Habitat pour trois ans.", ["Vendée Habitat"]),
    ("Le Service Habitat instruit les dossiers.", []),
    ("Les logements sont la propriété de Côtes d’ Armor Habitat et de la ville.", []),
])
def test_social_landlord_named_after_its_place(text, expected):
    assert names(text) == expected


def test_technical_acronym_in_title_is_no_body():
    title = "Éclairage public : passage aux LED"
    assert names(title + "\nLes travaux sont estimés à 78 000 €.", title=title) == []


def test_budget_codes_under_a_euro_caption_are_no_amounts():
    text = ("Décision modificative n° 1 (en €) :\n| Chapitre | Article | Montant |\n|---|---|---|\n"
            "| 011 | 6232 | 4 500,00 |\n| 022 | 022 | -4 500,00 |\n")
    assert values(text) == [4500]


# Fix round 6 (F18): zones are places, a bare "Conseil" is no body, names wrapped over a line.
@pytest.mark.parametrize("text, expected", [
    ("APPROUVE la cession du lot n° 3 de la ZAE des Grands Prés à la SARL Martin Bâtiment.", ["Martin Bâtiment"]),
    ("La cession d'une parcelle en ZAC du Moulin à la société Terres Neuves.", ["Terres Neuves"]),
    ("Le montant est porté à 20 000 €. La Caisse d'allocations familiales du\nPuy-de-Dôme cofinance l'accueil.",
     ["Caisse d'allocations familiales du Puy-de-Dôme"]),
    ("Avenant n° 2 au contrat d'affermage avec Saur Ouest\n     – Compagnie Régionale des Eaux pour la station",
     ["Saur Ouest – Compagnie Régionale des Eaux"]),
    ("Avenant n° 2 au contrat d'affermage avec Saur Ouest – Approbation", ["Saur Ouest"]),
    ("DÉSIGNATION D'UN DÉLÉGUÉ AU CONSEIL D'ADMINISTRATION DU\nSYNDICAT DÉPARTEMENTAL D'ÉNERGIE DE LA SAVOIE (SDES)",
     ["SYNDICAT DÉPARTEMENTAL D'ÉNERGIE DE LA SAVOIE"]),
])
def test_round6_org_forms(text, expected):
    assert names(text) == expected


def test_caps_body_needs_matching_acronym():
    assert names("ADHÉSION AU\nSYNDICAT POUR LA GESTION DES EAUX (ABC)") == []
    assert names("ADHÉSION AU\nSYNDICAT POUR LA GESTION DES EAUX (SGE)") == ["SYNDICAT POUR LA GESTION DES EAUX"]


def test_title_acronym_joined_to_name():
    title = "Adhésion au groupement de commandes du SDEM-Territoire d'énergie Morbihan"
    assert names(title + " – Adoptée", title=title) == ["SDEM-Territoire d'énergie Morbihan"]
    assert names("Avenant", title="Avenant au marché COVID-Protection des agents") == []
