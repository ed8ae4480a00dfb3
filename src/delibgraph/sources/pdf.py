"""PDF with a text layer, read with pypdfium2."""

from __future__ import annotations

from pathlib import Path

from .base import Document, Reader, SourceError, register


def read_pdf(path: Path, data: bytes) -> Document:
    import pypdfium2 as pdfium

    if not data.startswith(b"%PDF"):
        raise SourceError(f"{path}: not a PDF (the file does not start with %PDF); check its real format")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise SourceError(f"{path}: the PDF cannot be opened ({exc})") from exc
    parts, pages, pos = [], [], 0
    for page in pdf:
        text = page.get_textpage().get_text_range().replace("\r\n", "\n").replace("\r", "\n")
        pages.append((pos, pos + len(text)))
        parts.append(text)
        pos += len(text) + 1
    text = "\n".join(parts)
    return Document(path=path, text=text, media_type="application/pdf", pages=pages,
                    metadata={"page_count": len(pages)})


PDF = register(Reader("pdf", (".pdf",), ("application/pdf",), read_pdf))
