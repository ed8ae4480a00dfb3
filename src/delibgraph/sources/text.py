"""Plain text and Markdown: decode whatever encoding French files come in.

The text is kept as published (Markdown is not rewritten); only line ends are
normalised to ``\\n``. A ``.txt`` or ``.md`` that is really an HTML page goes to
the HTML reader.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from .base import Document, Reader, SourceError, register
from .mojibake import repair  # helper G: double-encoded UTF-8 ("prÃ©sents")

BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                        re.I | re.S)
# UTF-8 forms of French letters and punctuation: é à ç..., ’ « » nbsp, – — …
UTF8_FRENCH = re.compile(rb"\xc3[\x80-\xbf]|\xc2[\xa0-\xbf]|\xe2\x80[\x90-\xbf]|\xc5[\x92\x93]")
HIGH_BYTE_RUN = re.compile(rb"[\x80-\xff]+")
CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
# Bytes 0x80-0x9F are printable in cp1252 (’ œ € …) but C1 controls in latin-1.
C1_CONTROLS = re.compile("[\x80-\x9f]")


def looks_like_html(data: bytes) -> bool:
    return bool(HTML_START.match(data[:2048].lstrip(b"\xef\xbb\xbf")))


def _cp1252_bytes(err: UnicodeDecodeError) -> tuple[str, int]:
    return err.object[err.start:err.end].decode("cp1252", errors="replace"), err.end


codecs.register_error("delibgraph-cp1252", _cp1252_bytes)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 text with a few stray Windows-1252 bytes (pasted from another file)."""
    good = len(UTF8_FRENCH.findall(data))
    return good > 0 and 3 * good >= 2 * len(HIGH_BYTE_RUN.findall(data))


def _fallback(data: bytes) -> str:
    """Not UTF-8: Windows-1252 (the common French case), else charset-normalizer's guess."""
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="delibgraph-cp1252")
    undefined = len(CP1252_UNDEFINED.findall(data))  # stray bytes, or another encoding?
    if undefined <= max(2, len(HIGH_BYTE_RUN.findall(data)) // 100):
        return data.decode("cp1252", errors="replace")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return data.decode("latin-1")
    return C1_CONTROLS.sub("", str(best))


def decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 / ISO-8859-1."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data[:4096]:
        raise SourceError(f"{path}: binary content, not text; is it a PDF or an office document?")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _fallback(data)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path, data: bytes) -> Document:
    if looks_like_html(data):
        from .html import read_html

        return read_html(path, data)
    text = normalise_newlines(repair(decode(path, data)))
    media = "text/markdown" if path.suffix.lower() in (".md", ".markdown") else "text/plain"
    return Document(path=path, text=text, media_type=media, pages=[(0, len(text))])


TEXT = register(Reader("text", (".txt", ".md", ".markdown", ".text"), ("text/plain", "text/markdown"),
                       read_text))
