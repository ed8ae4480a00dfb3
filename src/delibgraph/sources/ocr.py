"""Optional OCR of scanned PDF pages (pytesseract + the ``tesseract`` binary, French).

Enable it with ``apt-get install tesseract-ocr tesseract-ocr-fra`` and
``pip install 'delibgraph[ocr]'``. :func:`available` says whether it works here.
"""

from __future__ import annotations

from functools import lru_cache

LANG = "fra"
DPI = 300
HOW_TO_ENABLE = (
    "install OCR with `apt-get install tesseract-ocr tesseract-ocr-fra` "
    "and `pip install 'delibgraph[ocr]'`"
)


@lru_cache(maxsize=1)
def unavailable_reason() -> str | None:
    """Why OCR cannot run here, or None when it can."""
    try:
        import PIL  # noqa: F401
        import pytesseract
    except ImportError:
        return "the Python packages pytesseract and pillow are not installed"
    try:
        langs = pytesseract.get_languages(config="")
    except Exception:  # binary missing or broken: pytesseract raises several kinds
        return "the tesseract program is not installed"
    if LANG not in langs:
        return f"tesseract has no {LANG!r} language data (tesseract-ocr-{LANG})"
    return None


def available() -> bool:
    return unavailable_reason() is None


def ocr_page(page) -> str:
    """The text of one pypdfium2 page, rendered at DPI and read by tesseract."""
    import pytesseract

    image = page.render(scale=DPI / 72, grayscale=True).to_pil()
    return pytesseract.image_to_string(image, lang=LANG)
