"""One person, one URI: family-name-only mentions resolved to the full name.

A roll call may write "ROBERT" where the header writes "Sylvain ROBERT". Within
one document, a name made only of a family name is mapped to the single fuller
name that contains it; when two fuller names do (two ROBERTs), it stays as is.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..evaluate import _family_only, fold, strip_civility
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


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(fold(strip_civility(name)).replace("-", " ").split())


def _family_tokens(name: str) -> tuple[str, ...]:
    """The family-name part of a full name: its words in capitals ("Sylvain ROBERT" -> robert),
    else its last word. A short mention must match this, never a given name ("Bernard X")."""
    words = strip_civility(name).replace("-", " ").split()
    caps = [w for w in words if w.upper() == w and any(c.isalpha() for c in w)]
    return tuple(fold(w) for w in (caps or words[-1:]))


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    k = len(shorter)
    return any(longer[i:i + k] == shorter for i in range(len(longer) - k + 1))


def canonical_names(ext: Extraction) -> dict[str, str]:
    """Map each short (family-name-only) mention to its unique fuller form."""
    names = list(dict.fromkeys(x.value for x in _mentions(ext) if x.value))
    fuller = [(n, _family_tokens(n)) for n in names if not _family_only(n)]
    out: dict[str, str] = {}
    for short in names:
        if not _family_only(short):
            continue
        st = _tokens(short)
        hits = {n for n, lt in fuller if len(lt) >= len(st) and _contains(lt, st)}
        if len(hits) == 1:
            out[short] = hits.pop()
    return out
