"""Write the small PDFs of this folder (run once: python tests/data/sources/make_pdfs.py).

A minimal PDF writer (Helvetica, WinAnsi text placed line by line) so the test
PDFs stay tiny and their content is known exactly. ``proces_verbal_3p.pdf`` has
a running header, a running footer with the page number and "Page N sur 3",
and a prefecture stamp box beside the body on page 1; ``stamp_beside.pdf`` has a
stamp drawn line by line with the body (same baselines). The encrypted copy is
made with qpdf and the scanned one with pypdfium2 (an image-only page).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _escape(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _stream(lines: list[tuple[float, float, str]]) -> bytes:
    ops = [b"BT /F1 10 Tf"]
    for x, y, text in lines:
        ops.append(b"1 0 0 1 %.1f %.1f Tm (" % (x, y) + _escape(text) + b") Tj")
    ops.append(b"ET")
    return b"\n".join(ops)


def write_pdf(path: Path, pages: list[list[tuple[float, float, str]]]) -> None:
    """pages: for each page, (x, y, text) lines on an A4 page (595 x 842 points)."""
    n = len(pages)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(n))
            + b"] /Count %d >>" % n,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for i, lines in enumerate(pages):
        content = _stream(lines)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))


def _body(page: int) -> list[str]:
    texts = {
        1: ["CONSEIL MUNICIPAL DU 12 MARS 2024", "Présents : 19 - Votants : 21",
            "Délibération n° 2024-015 : Subvention à l'association « Les Amis du Patrimoine »",
            "Le conseil municipal, après en avoir délibéré, à l'unanimité,",
            "DÉCIDE d'attribuer une subvention de 1 500 € à l'association."],
        2: ["Délibération n° 2024-016 : Tarifs de la cantine scolaire",
            "Le prix du repas est fixé à 3,20 € à compter du 1er septembre 2024.",
            "Adopté par 17 voix pour, 2 voix contre et 2 abstentions."],
        3: ["Délibération n° 2024-017 : Questions diverses",
            "La séance est levée à 21 h 10."],
    }
    return texts[page]


def proces_verbal() -> list[list[tuple[float, float, str]]]:
    pages = []
    for page in (1, 2, 3):
        lines = [(56, 800, "Commune de Saint-Exemple - Procès-verbal du conseil municipal")]
        lines += [(56, 760 - 16 * i, t) for i, t in enumerate(_body(page))]
        if page == 1:  # a stamp box at the right of the body
            stamp = ["Envoyé en préfecture le 15/03/2024", "Reçu en préfecture le 15/03/2024",
                     "ID : 035-213500001-20240312-2024_015-DE"]
            lines += [(400, 760 - 16 * i, t) for i, t in enumerate(stamp)]
        lines += [(56, 40, f"Conseil municipal du 12 mars 2024 {page}"), (500, 28, f"Page {page} sur 3")]
        pages.append(lines)
    return pages


def stamp_beside() -> list[list[tuple[float, float, str]]]:
    """A stamp whose lines share the baselines of the body lines, in one stream."""
    body = ["EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS", "Séance du 4 avril 2023",
            "Délibération n° 2023-31 : Vente d'un terrain communal", "Le conseil municipal, à l'unanimité,",
            "DÉCIDE de vendre la parcelle AC 12."]
    stamp = ["Envoyé en préfecture le 07/04/2023", "Reçu en préfecture le 07/04/2023",
             "Publié le 07/04/2023", "ID : 071-217100001-20230404-2023_31-DE"]
    lines = []
    for i, text in enumerate(body):
        lines.append((56, 760 - 16 * i, text))
        if i < len(stamp):
            lines.append((390, 760 - 16 * i, stamp[i]))
    return [lines]


def scanned(source: Path, target: Path) -> None:
    """An image-only copy of page 1 of source (as a scanner would make it)."""
    import pypdfium2 as pdfium

    bitmap = pdfium.PdfDocument(source)[0].render(scale=200 / 72, grayscale=True)
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    image = pdfium.PdfImage.new(pdf)
    image.set_bitmap(bitmap)
    image.set_matrix(pdfium.PdfMatrix().scale(595, 842))
    page.insert_obj(image)
    page.gen_content()
    pdf.save(target)


def main() -> None:
    pv = HERE / "proces_verbal_3p.pdf"
    write_pdf(pv, proces_verbal())
    write_pdf(HERE / "blank.pdf", [[]])
    write_pdf(HERE / "stamp_beside.pdf", stamp_beside())
    subprocess.run(["qpdf", "--encrypt", "secret", "owner", "256", "--", str(pv),
                    str(HERE / "encrypted.pdf")], check=True)
    scanned(pv, HERE / "scanned.pdf")


if __name__ == "__main__":
    main()
