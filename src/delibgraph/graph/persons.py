"""One person, one URI: family-name-only mentions resolved to the full name.

A roll call may write "ROBERT" where the header writes "Sylvain ROBERT". Within
one document, a name made only of a family name is mapped to the single fuller
name that contains it; when two fuller names do (two ROBERTs), it stays as is.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..evaluate import _family_only, fold, names_match
from ..model import Extraction, Spanned


def _mentions(ext: Extraction) -> Iterator[Spanned[str]]:
    for s in ext.sessions:
        yield from (x for x in (s.president, s.secretary) if x is not None)
        yield from s.present + s.excused + s.absent
        for p in s.proxies:
            yield from (p.giver, p.holder)
        for c in s.attendance_changes:
            yield from (x for x in (c.person, c.proxy_to) if x is not None)
        for d in s.deliberations:
            if d.rapporteur is not None:
                yield d.rapporteur
            yield from d.vote.against_names + d.vote.abstain_names


def canonical_names(ext: Extraction) -> dict[str, str]:
    """Map each short (family-name-only) mention to its unique fuller form."""
    names = list(dict.fromkeys(x.value for x in _mentions(ext) if x.value))
    out: dict[str, str] = {}
    for short in names:
        if not _family_only(short):
            continue
        fuller = {n for n in names if len(fold(n)) > len(fold(short)) and not _family_only(n)
                  and names_match(short, n)}
        if len(fuller) == 1:
            out[short] = fuller.pop()
    return out
