"""Readers of text, Markdown, HTML and PDF files (structured inputs: test_structured.py)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from conftest import shared_file
from delibgraph.sources import SourceError, read_document
from delibgraph.sources import layout, ocr

DATA = Path(__file__).parent / "data" / "sources"


def read(name: str):
    return read_document(DATA / name)


# --- text and Markdown -------------------------------------------------------------------------

def test_cp1252_text_with_crlf_is_decoded():
    doc = read("extrait_cp1252.txt")
    assert "L’an deux mille vingt-quatre" in doc.text
    assert "l’œuvre « Cœur de village »" in doc.text and "1 500 €" in doc.text
    assert "\r" not in doc.text and doc.pages == [(0, len(doc.text))]
    assert doc.media_type == "text/plain"


def test_latin1_text_is_decoded():
    doc = read("compte_rendu_latin1.txt")
    assert "Gérard LEFÈVRE, Hélène MÜLLER, François GARÇON" in doc.text


def test_utf8_bom_markdown_is_kept_as_published():
    doc = read("proces_verbal_bom.md")
    assert doc.text.startswith("# Procès-verbal du conseil municipal du 7 juillet 2025")
    assert "| 2025-01 | Budget supplémentaire | Unanimité |" in doc.text
    assert "$552000,00 €$" in doc.text  # no Markdown/LaTeX rewriting
    assert doc.media_type == "text/markdown"


def test_utf8_text_with_stray_cp1252_bytes():
    from delibgraph.sources.text import decode

    data = "Délibération adoptée à l’unanimité".encode() + " ; coût : 12 €".encode("cp1252")
    assert decode(Path("x.txt"), data) == "Délibération adoptée à l’unanimité ; coût : 12 €"


def test_text_file_that_is_html_goes_to_the_html_reader():
    doc = read("page_enregistree.txt")
    assert doc.media_type == "text/html"
    assert doc.text.startswith("Séance du 5 avril 2023")
    assert "Accueil" not in doc.text and "<p>" not in doc.text


def test_empty_file_is_an_error():
    with pytest.raises(SourceError, match="empty"):
        read("empty.txt")


def test_unknown_suffix_is_recognised_by_content(tmp_path):
    page = tmp_path / "deliberation.php"
    page.write_bytes((DATA / "compte_rendu_iso.html").read_bytes())
    assert read_document(page).media_type == "text/html"
    other = tmp_path / "notes.docx"
    other.write_bytes(b"PK\x03\x04 not a known format")
    with pytest.raises(SourceError, match="unknown format"):
        read_document(other)


# --- HTML ----------------------------------------------------------------------------------------

def test_html_page_main_text_without_menus():
    doc = read("compte_rendu_iso.html")
    text = doc.text
    assert text.startswith("Compte rendu du conseil municipal du 14 novembre 2022")
    for noise in ("cookies", "Vie locale", "Accueil", "Agenda", "Mentions légales", "Facebook",
                  "trackPageView", "font-family"):
        assert noise not in text, noise
    assert "Publié le 18/11/2022" in text  # the article's own header is content
    assert "présidence de Mme Claire FONTAINE, Maire." in text  # inline tags, one line
    assert "Présents : Claire FONTAINE, Marc LEROY,\nSophie GIRARD, Yves BRETON" in text  # <br>
    assert "Prestation | Tarif 2023\nLocation salle des fêtes | 250,00 €\n" in text
    assert doc.metadata["title"].startswith("Compte rendu du conseil municipal")


def test_html_declared_utf8_but_written_in_cp1252(tmp_path):
    page = tmp_path / "cr.html"
    page.write_bytes('<html><head><meta charset="utf-8"></head><body><p>Séance levée à 21 h</p>'
                     '</body></html>'.encode("cp1252"))
    assert read_document(page).text == "Séance levée à 21 h\n"


def test_html_without_main_drops_navigation_blocks(tmp_path):
    page = tmp_path / "cr.htm"
    page.write_bytes(
        "<html><body><div class='navbar'><a>Accueil</a><a>Démarches</a></div>"
        "<div class='texte'><p>Séance du 2 mai 2019</p><ul><li>Point 1 : budget</li>"
        "<li>Point 2 : voirie</li></ul></div><div id='footer-bas'>© Mairie</div>"
        "<div class='canvas'>Plan du bourg</div></body></html>".encode("cp1252"))
    text = read_document(page).text
    assert text == "Séance du 2 mai 2019\n\nPoint 1 : budget\nPoint 2 : voirie\n\nPlan du bourg\n"


# --- PDF: layout helpers ---------------------------------------------------------------------------

def test_running_header_footer_and_page_numbers_are_stripped():
    bodies = ["Ouverture de la séance", "Vote du budget 2021", "Questions diverses"]
    pages = [f"Ville de X - Conseil du 3 mai 2021\n{body}\nsuite\nLe Maire,\nVille de X Conseil du 3 mai 2021 {i}"
             f"\nPage {i} sur 3" for i, body in enumerate(bodies, start=1)]
    out = layout.strip_running_lines(pages)
    assert out[1:] == [f"{body}\nsuite\nLe Maire," for body in bodies[1:]]
    assert out[0] == f"Ville de X - Conseil du 3 mai 2021\n{bodies[0]}\nsuite\nLe Maire,"


def test_numbered_titles_at_page_tops_are_not_running_headers():
    objects = ["Budget primitif", "Tarifs de la cantine", "Subvention au club de football"]
    pages = [f"Délibération n° 2024-0{i + 11}\nObjet : {o}\nLe conseil municipal,\nà l'unanimité,\nDÉCIDE"
             f" d'approuver le point {o.lower()}" for i, o in enumerate(objects, start=1)]
    assert layout.strip_running_lines(pages) == pages


def test_repeated_stamp_and_vote_lines_are_kept():
    bodies = ["Budget primitif 2023", "Tarifs 2024", "Subvention"]
    pages = [f"Reçu en préfecture le 05/06/2023\n{b}\nAdopté à l'unanimité\n- {i} -"
             for i, b in enumerate(bodies, start=1)]
    out = layout.strip_running_lines(pages)
    assert out == [f"Reçu en préfecture le 05/06/2023\n{b}\nAdopté à l'unanimité" for b in bodies]


def test_first_page_keeps_its_header():
    pages = [f"Page {i + 1}/3\nCommune de Saint-Exemple\nExtrait n° {i + 40}\nObjet : point {c}\nLe Maire"
             for i, c in enumerate("abc")]
    out = layout.strip_running_lines(pages)
    assert out[0] == pages[0].removeprefix("Page 1/3\n")
    assert out[1] == "Extrait n° 41\nObjet : point b\nLe Maire"


def test_bare_numbers_are_only_page_numbers_when_they_follow_the_pages():
    pages = ["Total des votants\n27", "Pour\n25", "Contre\n2"]
    assert layout.strip_running_lines(pages) == pages
    assert layout.strip_running_lines(["a\n1", "b\n2", "c\n3"]) == ["a", "b", "c"]


def test_join_pages_bounds():
    text, bounds = layout.join_pages(["abc", "", "de"])
    assert [text[a:b] for a, b in bounds] == ["abc", "", "de"]


# --- PDF files -------------------------------------------------------------------------------------

def test_pdf_headers_footers_removed_and_pages_consistent():
    doc = read("proces_verbal_3p.pdf")
    assert len(doc.pages) == 3 and doc.metadata["page_count"] == 3
    assert doc.text.count("Saint-Exemple - Procès-verbal") == 1  # kept on page 1 only
    assert "Page 1 sur 3" not in doc.text and "Conseil municipal du 12 mars 2024" not in doc.text
    first, second, third = (doc.text[a:b] for a, b in doc.pages)
    assert first.startswith("Commune de Saint-Exemple - Procès-verbal du conseil municipal\n"
                            "CONSEIL MUNICIPAL DU 12 MARS 2024")
    assert "DÉCIDE d'attribuer une subvention de 1 500 € à l'association." in first
    assert second.startswith("Délibération n° 2024-016") and second.endswith("2 abstentions.")
    assert third == "Délibération n° 2024-017 : Questions diverses\nLa séance est levée à 21 h 10."


def test_pdf_stamp_beside_the_body_stays_readable():
    text = read("proces_verbal_3p.pdf").text
    assert "Reçu en préfecture le 15/03/2024\nID : 035-213500001-20240312-2024_015-DE" in text
    assert "\nLe conseil municipal, après en avoir délibéré, à l'unanimité,\n" in text


def test_pdf_stamp_sharing_the_body_lines_is_moved_after_them():
    text = read("stamp_beside.pdf").text
    assert text == ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nSéance du 4 avril 2023\n"
                    "Délibération n° 2023-31 : Vente d'un terrain communal\nLe conseil municipal, à l'unanimité,\n"
                    "Envoyé en préfecture le 07/04/2023\nReçu en préfecture le 07/04/2023\nPublié le 07/04/2023\n"
                    "ID : 071-217100001-20230404-2023_31-DE\nDÉCIDE de vendre la parcelle AC 12.")


def test_separate_stamps_leaves_ordinary_lines_alone():
    page = "Le conseil prend acte.\nReçu en préfecture le 05/06/2023\nAffiché en mairie le 6 juin"
    assert layout.separate_stamps(page) == page
    assert layout.separate_stamps("Objet : voirie Accusé de réception en préfecture\nsuite") == (
        "Objet : voirie\nAccusé de réception en préfecture\nsuite")


@pytest.mark.parametrize("name, reason", [
    ("not_a_pdf.pdf", "not a PDF"), ("error_page.pdf", "HTML page"), ("broken.pdf", "broken"),
    ("encrypted.pdf", "encrypted"), ("blank.pdf", "no text"),
])
def test_bad_pdfs_are_source_errors(name, reason):
    with pytest.raises(SourceError, match=reason) as err:
        read(name)
    assert name in str(err.value)


def test_scanned_pdf_without_ocr_says_how_to_enable_it(monkeypatch):
    monkeypatch.setattr(ocr, "unavailable_reason", lambda: "the tesseract program is not installed")
    with pytest.raises(SourceError, match="tesseract-ocr-fra") as err:
        read("scanned.pdf")
    assert "delibgraph[ocr]" in str(err.value)


def test_scan_pages_mixed_with_text_pages_get_a_warning(monkeypatch, tmp_path):
    import pypdfium2 as pdfium

    monkeypatch.setattr(ocr, "unavailable_reason", lambda: "the tesseract program is not installed")
    merged = pdfium.PdfDocument.new()
    merged.import_pages(pdfium.PdfDocument(DATA / "proces_verbal_3p.pdf"))
    merged.import_pages(pdfium.PdfDocument(DATA / "scanned.pdf"))
    merged.save(tmp_path / "mixed.pdf")
    doc = read_document(tmp_path / "mixed.pdf")
    assert len(doc.pages) == 4 and "2024-017" in doc.text
    assert any("page(s) 4" in w and "apt-get install tesseract-ocr" in w for w in doc.warnings)


@pytest.mark.skipif(not ocr.available(), reason="OCR not installed (tesseract-ocr-fra, pytesseract)")
def test_scanned_pdf_is_read_by_ocr():
    doc = read("scanned.pdf")
    assert "Subvention" in doc.text and "préfecture" in doc.text
    assert any("OCR" in w for w in doc.warnings)


# --- the real Lannion PDFs ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, pages", [
    ("lannion_2020-05-25.pdf", 9), ("lannion_2020-06-08.pdf", 46), ("lannion_2021-07-05.pdf", 51),
])
def test_lannion_pdfs_lose_their_running_footer(name, pages):
    start = time.perf_counter()
    doc = read_document(shared_file(name))
    elapsed = time.perf_counter() - start
    assert len(doc.pages) == pages
    assert "Ville de LANNION (Côtes d'Armor)" in doc.text[:200]  # first-page title is kept
    lines = doc.text.split("\n")
    assert not [line for line in lines if line.lower().startswith("ville de lannion conseil municipal")]
    assert all(0 <= a <= b <= len(doc.text) for a, b in doc.pages)
    assert "\ufffe" not in doc.text and "\r" not in doc.text
    print(f"{name}: {pages / elapsed:.0f} pages/s")


def test_lannion_scanned_pages_are_found(monkeypatch):
    monkeypatch.setattr(ocr, "unavailable_reason", lambda: "the tesseract program is not installed")
    doc = read_document(shared_file("lannion_2021-07-05.pdf"))
    assert any("page(s) 4, 5, 6, 7, 8, 17, 23, 30, 31, 32, 33, 35, 50 have no text layer" in w
               for w in doc.warnings)
    a, b = doc.pages[3]
    assert doc.text[a:b] == ""  # only the running footer was there


@pytest.mark.skipif(not ocr.available(), reason="OCR not installed (tesseract-ocr-fra, pytesseract)")
def test_lannion_scanned_pages_are_read_by_ocr():
    doc = read_document(shared_file("lannion_2021-07-05.pdf"))  # slow once, then cached
    a, b = doc.pages[3]
    assert "subvention supérieure à 23 000 euro" in doc.text[a:b]
    assert "Conseil Municipal du 5 juillet 2021 4" not in doc.text[a:b]


def test_lannion_vote_at_a_page_bottom_is_kept():
    doc = read_document(shared_file("lannion_2021-07-05.pdf"))
    a, b = doc.pages[2]
    assert doc.text[a:b].rstrip().endswith("ADOPTÉ À L'UNANIMITÉ")
