"""Extraction: Document -> Extraction records, each value with its text span.

Like a spaCy pipeline, extractors run in order over one Document and one
Extraction; each module's docstring says what it adds. None creates triples.
"""

from .pipeline import PIPELINE, extract

__all__ = ["PIPELINE", "extract"]
