"""PDF read with pypdfium2: text per page, running headers/footers removed, OCR of scans.

Pages without a text layer are OCR'd when :mod:`.ocr` is available; otherwise
the document carries a warning naming them (or, with no text at all, the
reader raises :class:`SourceError` saying how to enable OCR).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from . import layout, ocr
from .base import Document, Reader, SourceError, register
from .text import looks_like_html

MIN_TEXT_CHARS = 40  # less text than this besides running lines: the page may be a scan
MIN_IMAGE_SHARE = 0.3  # ... if images cover this share of it
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


def _image_share(page) -> float:
    """The share of the page covered by images (a scan: close to 1)."""
    import pypdfium2.raw as raw

    width, height = page.get_size()
    area = 0.0
    for obj in page.get_objects(max_depth=2):
        if obj.type == raw.FPDF_PAGEOBJ_IMAGE:
            left, bottom, right, top = obj.get_bounds()
            area += max(0.0, right - left) * max(0.0, top - bottom)
    return min(1.0, area / max(1.0, width * height))


def _ocr_scans(path: Path, data: bytes, pdf, scans: list[int], texts: list[str],
               warnings: list[str]) -> None:
    """Replace the text of the scanned pages by their OCR text."""
    results = ocr.ocr_pages(pdf, scans, hashlib.sha256(data).hexdigest())
    for i, result in results.items():
        if isinstance(result, Exception):
            warnings.append(f"{path.name}: OCR of page {i + 1} failed ({result})")
        else:
            texts[i] = layout.clean_glyphs(result).replace("\f", "")
    pages = ", ".join(str(i + 1) for i in scans)
    warnings.append(f"{path.name}: page(s) {pages} have no text layer and were read by OCR")


def _no_ocr(path: Path, scans: list[int], pages: list[str], warnings: list[str]) -> None:
    reason = ocr.unavailable_reason()
    if not any(len(t.strip()) >= MIN_TEXT_CHARS for t in pages):
        raise SourceError(f"{path}: the PDF is a scan with no text layer and OCR is not available "
                          f"({reason}); {ocr.HOW_TO_ENABLE}")
    numbers = ", ".join(str(i + 1) for i in scans)
    warnings.append(f"{path.name}: page(s) {numbers} have no text layer and were skipped "
                    f"because OCR is not available ({reason}); to read them, {ocr.HOW_TO_ENABLE}")


def _clean_pages(texts: list[str]) -> list[str]:
    return layout.strip_running_lines([layout.separate_stamps(t) for t in texts])


def _scans(pdf, pages: list[str]) -> list[int]:
    """Pages with (almost) no text besides running lines, mostly covered by images."""
    return [i for i, t in enumerate(pages)
            if len(t.strip()) < MIN_TEXT_CHARS and _image_share(pdf[i]) >= MIN_IMAGE_SHARE]


def read_pdf(path: Path, data: bytes) -> Document:
    pdf = _open(path, data)
    warnings: list[str] = []
    try:
        texts = [layout.clean_glyphs(_page_text(page)) for page in pdf]
        pages = _clean_pages(texts)
        scans = _scans(pdf, pages)
        if scans and ocr.available():
            _ocr_scans(path, data, pdf, scans, texts, warnings)
            pages = _clean_pages(texts)
        elif scans:
            _no_ocr(path, scans, pages, warnings)
    finally:
        pdf.close()
    if not any(t.strip() for t in pages):
        raise SourceError(f"{path}: the PDF has no text at all (blank pages)")
    text, bounds = layout.join_pages(pages)
    meta = {"page_count": len(bounds), "scanned_pages": [i + 1 for i in scans]}
    return Document(path=path, text=text, media_type="application/pdf", pages=bounds,
                    metadata=meta, warnings=warnings)


PDF = register(Reader("pdf", (".pdf",), ("application/pdf",), read_pdf,
                      sniff=lambda data: PDF_MAGIC in data[:1024]))
