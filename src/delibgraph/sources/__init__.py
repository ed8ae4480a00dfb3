"""Sources: file -> Document. Importing this package registers every reader."""

from . import actes_xml, html, pdf, scdl_csv, text  # noqa: F401  (registration)
from .base import Document, Reader, SourceError, known_formats, read_document, reader_for, readers

__all__ = ["Document", "Reader", "SourceError", "known_formats", "read_document", "reader_for", "readers"]
