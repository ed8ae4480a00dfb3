"""The Document every reader produces, and the reader registry.

A reader turns one file into a :class:`Document`: its plain text (the string
every span points into), page boundaries, and metadata. Readers register
themselves by name, file suffixes and media types; :func:`reader_for` picks one
for a path, and an unknown format is answered with the list of known ones.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable


class SourceError(Exception):
    """A file that cannot be read. The message names the file and the fix."""


@dataclass
class Document:
    path: Path
    text: str
    media_type: str
    pages: list[tuple[int, int]] = field(default_factory=list)  # [start, end) per page
    metadata: dict[str, Any] = field(default_factory=dict)
    sha256: str = ""
    # Structured inputs (@ctes XML, SCDL CSV) carry their fields here, one dict per act.
    records: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset (for error messages)."""
        return self.text.count("\n", 0, max(offset, 0)) + 1


@dataclass(frozen=True)
class Reader:
    name: str
    suffixes: tuple[str, ...]
    media_types: tuple[str, ...]
    read: Callable[[Path, bytes], Document]
    sniff: Callable[[bytes], bool] | None = None  # content check when the suffix is ambiguous


_READERS: dict[str, Reader] = {}


def register(reader: Reader) -> Reader:
    _READERS[reader.name] = reader
    return reader


def readers() -> list[Reader]:
    return list(_READERS.values())


def known_formats() -> str:
    return ", ".join(f"{r.name} ({' '.join(r.suffixes)})" for r in _READERS.values())


def reader_for(path: Path, media_type: str | None = None) -> Reader:
    """The reader for a path (by suffix) or a media type."""
    for r in _READERS.values():
        if media_type and media_type in r.media_types:
            return r
        if path.suffix.lower() in r.suffixes:
            return r
    raise SourceError(
        f"{path}: unknown format {path.suffix or '(no suffix)'!r}; known formats: {known_formats()}"
    )


def read_document(path: Path) -> Document:
    """Read one file with the reader its suffix names."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise SourceError(f"{path}: the file is empty; nothing to extract")
    try:
        reader = reader_for(path)
    except SourceError:  # unknown suffix: recognise the content (helper D)
        reader = next((r for r in _READERS.values() if r.sniff and r.sniff(data)), None)
        if reader is None:
            raise
    doc = reader.read(path, data)
    doc.sha256 = hashlib.sha256(data).hexdigest()
    return doc
