"""PDF read with pypdfium2: text per page, running headers/footers removed, OCR of scans.

Pages without a text layer are OCR'd when :mod:`.ocr` is available; otherwise
the document carries a warning naming them (or, with no text at all, the
reader raises :class:`SourceError` saying how to enable OCR).
"""

from __future__ import annotations

from pathlib import Path

from . import layout, ocr
from .base import Document, Reader, SourceError, register
from .text import looks_like_html

MIN_PAGE_CHARS = 3  # fewer non-blank characters: the page has no text layer
PDF_MAGIC = b"%PDF-"


def _open(path: Path, data: bytes):
    import pypdfium2 as pdfium

    if PDF_MAGIC not in data[:1024]:
        what = "an HTML page (an error page saved as .pdf?)" if looks_like_html(data) else \
            "no %PDF- header"
        raise SourceError(f"{path}: not a PDF ({what}); check the file's real format")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = str(exc)
        if "password" in reason.lower():
            raise SourceError(f"{path}: the PDF is encrypted (password-protected); "
                              "give an unprotected copy") from exc
        raise SourceError(f"{path}: the PDF is broken and cannot be opened ({reason})") from exc


def _page_text(page) -> str:
    textpage = page.get_textpage()
    try:
        return textpage.get_text_range()
    finally:
        textpage.close()


def _has_image(page) -> bool:
    import pypdfium2.raw as raw

    return any(obj.type == raw.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=2))


def _fill_scans(path: Path, pdf, texts: list[str], warnings: list[str]) -> None:
    """OCR the pages with no text layer, or warn about them."""
    empty = [i for i, t in enumerate(texts) if len(t.strip()) < MIN_PAGE_CHARS and _has_image(pdf[i])]
    if not empty:
        return
    numbers = ", ".join(str(i + 1) for i in empty)
    reason = ocr.unavailable_reason()
    if reason is None:
        for i in empty:
            texts[i] = ocr.ocr_page(pdf[i])
        warnings.append(f"{path.name}: page(s) {numbers} have no text layer and were read by OCR")
        return
    if all(len(t.strip()) < MIN_PAGE_CHARS for t in texts):
        raise SourceError(f"{path}: the PDF is a scan with no text layer and OCR is not available "
                          f"({reason}); {ocr.HOW_TO_ENABLE}")
    warnings.append(f"{path.name}: page(s) {numbers} have no text layer and were skipped "
                    f"because OCR is not available ({reason}); to read them, {ocr.HOW_TO_ENABLE}")


def read_pdf(path: Path, data: bytes) -> Document:
    pdf = _open(path, data)
    try:
        texts = [layout.clean_glyphs(_page_text(page)) for page in pdf]
        warnings: list[str] = []
        _fill_scans(path, pdf, texts, warnings)
    finally:
        pdf.close()
    if not any(t.strip() for t in texts):
        raise SourceError(f"{path}: the PDF has no text at all (blank pages)")
    text, pages = layout.join_pages(layout.strip_running_lines(texts))
    return Document(path=path, text=text, media_type="application/pdf", pages=pages,
                    metadata={"page_count": len(pages)}, warnings=warnings)


PDF = register(Reader("pdf", (".pdf",), ("application/pdf",), read_pdf,
                      sniff=lambda data: PDF_MAGIC in data[:1024]))
