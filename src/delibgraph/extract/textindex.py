"""Per-document facts computed once and shared by the extractors.

:func:`lowered` is the text in lower case with the same offsets, so a cheap
``str.find`` can tell that a case-insensitive regex cannot match in a window
(:func:`has_any`) before the regex is run there.
"""

from __future__ import annotations

from functools import lru_cache

# Letters that re.IGNORECASE matches with an ASCII letter but str.lower() keeps apart.
_RE_I_EXTRA = (("ı", "i"), ("ſ", "s"))


@lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """text.lower() with re.I's extra ASCII equivalents, or None when offsets would move."""
    low = text.lower()
    for odd, ascii_letter in _RE_I_EXTRA:
        low = low.replace(odd, ascii_letter) if odd in low else low
    return low if len(low) == len(text) else None


def has_any(text: str, a: int, b: int, words: tuple[str, ...]) -> bool:
    """False only when no lower-case ASCII word of ``words`` occurs case-insensitively in text[a:b].

    A regex compiled with re.I whose every match contains one of ``words`` cannot
    match in text[a:b] (with endpos b) when this is False.
    """
    low = lowered(text)
    a, b = max(a, 0), max(b, 0)  # as re reads a negative pos or endpos
    return low is None or any(low.find(w, a, b) >= 0 for w in words)
