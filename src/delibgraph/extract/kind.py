"""Adds ``ext.kind``: what sort of document this is, from its own title words.

extract (extrait du registre, one deliberation), minutes (procès-verbal),
summary (compte rendu), list (liste des délibérations / délibérations
examinées). Structured inputs set their kind themselves.
"""

from __future__ import annotations

import re

from ..model import Extraction
from ..sources.base import Document
from .fastre import led_by

HEAD = 3000  # titles are near the top
KINDS = (
    ("list", led_by("ldr", r"(?<!\bla\s)(?<!\bune\s)\b(?:liste\s+des\s+d[ée]lib[ée]rations|d[ée]lib[ée]rations\s+examin[ée]es"
                        r"|r[ée]pertoire\s+(?:chronologique\s+)?des\s+d[ée]lib[ée]rations)", re.I)),
    ("minutes", led_by("p", r"\bproc[èe]s[\s-]*verbal\b", re.I)),
    ("summary", led_by("c", r"\bcompte[\s-]*rendu\b", re.I)),
    ("extract", led_by("e", r"\bextrait\s+du\s+(?:registre|proc[èe]s)", re.I)),
)


def run(doc: Document, ext: Extraction) -> None:
    if ext.kind:
        return
    head = doc.text[:HEAD]
    found = [(m.start(), kind) for kind, rx in KINDS if (m := rx.search(head))]
    if found:
        ext.kind = min(found)[1]
    elif sum(len(s.deliberations) for s in ext.sessions) > 1:
        ext.kind = "minutes"
    elif ext.sessions:
        ext.kind = "extract"
