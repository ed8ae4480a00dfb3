"""The extraction-record JSON shape (../shared/gold/SCHEMA.md) from in-memory records.

The CLI's ``extract`` writes this shape from the *graph* (see ``graph.jsonview``);
this direct view is for development and for the test that both views agree.
"""

from __future__ import annotations

from typing import Any

from .model import Deliberation, Extraction, Session, Spanned, val


def _names(xs: list[Spanned[str]]) -> list[str]:
    return [x.value for x in xs]


def deliberation_json(d: Deliberation) -> dict[str, Any]:
    v = d.vote
    return {
        "number": val(d.number), "act_id": val(d.act_id), "matter_code": val(d.matter_code),
        "title": val(d.title), "rapporteur": val(d.rapporteur), "outcome": val(d.outcome),
        "unanimous": val(v.unanimous),
        "votes": {"for": val(v.for_), "against": val(v.against),
                  "abstain": val(v.abstain), "not_voting": val(v.not_voting)},
        "against_names": _names(v.against_names), "abstain_names": _names(v.abstain_names),
        "amounts_eur": [a.value for a in d.amounts],
        "organisations": _names(d.organisations),
        "prefecture_received": val(d.prefecture_received), "posted": val(d.posted),
    }


def session_json(s: Session) -> dict[str, Any]:
    return {
        "date": val(s.date), "start_time": val(s.start_time), "place": val(s.place),
        "convocation_date": val(s.convocation_date), "president": val(s.president),
        "secretary": val(s.secretary), "members_in_office": val(s.members_in_office),
        "present": _names(s.present), "excused": _names(s.excused), "absent": _names(s.absent),
        "proxies": [{"from": p.giver.value, "to": p.holder.value} for p in s.proxies],
        "deliberations": [deliberation_json(d) for d in s.deliberations],
    }


def extraction_json(e: Extraction) -> dict[str, Any]:
    a = e.authority
    return {
        "document": e.document, "kind": e.kind, "complete": e.complete,
        "authority": {"name": val(a.name), "type": val(a.type),
                      "siren": val(a.siren), "department": val(a.department)},
        "sessions": [session_json(s) for s in e.sessions],
    }
