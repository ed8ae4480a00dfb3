"""Repair UTF-8 text that was decoded once too often as Windows-1252 ("prÃ©sents" -> "présents").

Only a text with several such sequences is repaired, so a real "Ã" in a name stays.
"""

from __future__ import annotations

import re

# "Ã©", "Ã‰", "â€™", "Â°": a UTF-8 lead byte read as cp1252, then continuation bytes read the same way.
_CONT = "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
SEQUENCE = re.compile(rf"[ÂÃÅ][{_CONT}]|â[{_CONT}][{_CONT}]")
A_GRAVE = re.compile(r"Ã(?:\xa0| (?= ))")  # "à": its 0xA0 byte shown as a no-break or plain space
MIN_SEQUENCES = 3


def _fix(m: re.Match[str]) -> str:
    try:
        return m.group().encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return m.group()


def repair(text: str) -> str:
    """The text with double-encoded UTF-8 sequences decoded, when it has enough of them."""
    if len(SEQUENCE.findall(text)) < MIN_SEQUENCES:
        return text
    return SEQUENCE.sub(_fix, A_GRAVE.sub("à", text))
