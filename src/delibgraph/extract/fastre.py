"""Speed helpers for regexes that scan whole documents or deliberations.

Python's ``re`` skips ahead quickly only when a pattern starts with a plain
literal or character set; a pattern that opens with ``\\b``, a look-behind or a
case-insensitive alternation is tried at every position. :func:`led_by` puts a
look-ahead on the characters every match starts with in front of the pattern:
the matches, groups and spans stay exactly the same, but most positions are
rejected by one character test instead of by every branch.
"""

from __future__ import annotations

import re


def led_by(first: str, pattern: str, flags: int = 0) -> re.Pattern:
    """``pattern`` compiled behind ``(?=[first])``.

    ``first`` is the body of a character class read with the same flags, and it
    must contain every character a match can start with (under ``re.I`` a
    letter class covers the same case variants as the letter in the pattern;
    in a case-sensitive class list "ſ" with "s", "ı" and "İ" with "i", the
    Kelvin sign with "k", when the pattern reaches them through ``(?i:...)``).
    """
    return re.compile(rf"(?=[{first}])(?:{pattern})", flags)
