"""Plain text and Markdown: decode whatever encoding French files come in."""

from __future__ import annotations

from pathlib import Path

from .base import Document, Reader, SourceError, register


def decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252; never silently garbled."""
    if b"\x00" in data[:4096]:
        raise SourceError(f"{path}: binary content, not text; give a .pdf, .html, .xml or .csv reader")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_text(path: Path, data: bytes) -> Document:
    text = decode(path, data).replace("\r\n", "\n").replace("\r", "\n")
    return Document(path=path, text=text, media_type="text/plain", pages=[(0, len(text))])


TEXT = register(Reader("text", (".txt", ".md", ".text"), ("text/plain", "text/markdown"), read_text))
