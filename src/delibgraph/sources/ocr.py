"""Optional OCR of scanned PDF pages (pytesseract + the ``tesseract`` binary, French).

Enable it with ``apt-get install tesseract-ocr tesseract-ocr-fra`` and
``pip install 'delibgraph[ocr]'``. :func:`available` says whether it works here.
OCR is slow (seconds per page): pages are read in parallel and the text is
cached per file content and page under ``$DELIBGRAPH_CACHE`` (default
``~/.cache/delibgraph``) in ``ocr/``.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

LANG = "fra"
DPI = 300
HOW_TO_ENABLE = (
    "install OCR with `apt-get install tesseract-ocr tesseract-ocr-fra` "
    "and `pip install 'delibgraph[ocr]'`"
)


def unavailable_reason() -> str | None:
    """Why OCR cannot run here, or None when it can. ``DELIBGRAPH_OCR=0`` turns it off."""
    if os.environ.get("DELIBGRAPH_OCR", "1").lower() in ("0", "no", "off", "false"):
        return "OCR is turned off (DELIBGRAPH_OCR=0)"
    return _engine_missing()


@lru_cache(maxsize=1)
def _engine_missing() -> str | None:
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


def cache_dir() -> Path:
    root = os.environ.get("DELIBGRAPH_CACHE") or Path.home() / ".cache" / "delibgraph"
    return Path(root) / "ocr"


def _cached(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def _store(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError:
        pass  # a read-only home only costs the cache


def _read_image(image) -> str:
    import pytesseract

    return pytesseract.image_to_string(image, lang=LANG)


def ocr_page(page) -> str:
    """The text of one pypdfium2 page, rendered at DPI and read by tesseract."""
    return _read_image(page.render(scale=DPI / 72, grayscale=True).to_pil())


def ocr_pages(pdf, indexes: list[int], file_sha256: str) -> dict[int, str | Exception]:
    """OCR text (or the error) per page index; cached, tesseract runs in parallel."""
    keys = {i: cache_dir() / f"{file_sha256}-p{i + 1}-{DPI}dpi-{LANG}.txt" for i in indexes}
    result: dict[int, str | Exception] = {}
    todo = []
    for i in indexes:
        text = _cached(keys[i])
        if text is None:  # rendering is not thread-safe: render here, read in threads
            todo.append((i, pdf[i].render(scale=DPI / 72, grayscale=True).to_pil()))
        else:
            result[i] = text
    if len(todo) > 1:
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one thread per tesseract, pages in parallel
    with ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1)) as pool:
        futures = {i: pool.submit(_read_image, image) for i, image in todo}
    for i, future in futures.items():
        try:
            result[i] = future.result()
            _store(keys[i], result[i])
        except Exception as exc:  # tesseract failures come in several kinds
            result[i] = exc
    return result
