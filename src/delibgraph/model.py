"""The record model: the contract between extraction and graph building.

Extractors fill these dataclasses; only :mod:`delibgraph.graph` turns them into
triples. Every extracted value is a :class:`Spanned` value that remembers the
character offsets ``[start, end)`` of the text that stated it in
``Document.text`` (``-1`` when the value was not read from the text, e.g. a
value from XML metadata or one resolved from elsewhere).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

OUTCOMES = ("adopted", "rejected", "withdrawn", "deferred", "noted")
AUTHORITY_TYPES = ("commune", "epci", "ccas", "other")
KINDS = ("extract", "minutes", "summary", "list", "table", "actes-xml")


@dataclass
class Spanned(Generic[T]):
    """A value and the span of text it was read from."""

    value: T
    start: int = -1
    end: int = -1

    @property
    def has_span(self) -> bool:
        return 0 <= self.start <= self.end


def val(x: Spanned[T] | None) -> T | None:
    """The plain value of an optional spanned value."""
    return None if x is None else x.value


@dataclass
class Authority:
    name: Spanned[str] | None = None
    type: Spanned[str] | None = None  # one of AUTHORITY_TYPES
    siren: Spanned[str] | None = None
    department: Spanned[str] | None = None  # 3 characters: 062, 02A, 974


@dataclass
class Proxy:
    giver: Spanned[str]
    holder: Spanned[str]
    items: list[str] = field(default_factory=list)  # deliberation numbers; empty = whole session


@dataclass
class AttendanceChange:
    """An arrival, departure or return during the session."""

    person: Spanned[str]
    event: str  # arrives | leaves | returns
    from_item: str | None = None  # first item concerned (number as printed)
    to_item: str | None = None
    proxy_to: Spanned[str] | None = None
    present: Spanned[int] | None = None
    voters: Spanned[int] | None = None


@dataclass
class Vote:
    unanimous: Spanned[bool] | None = None
    for_: Spanned[int] | None = None
    against: Spanned[int] | None = None
    abstain: Spanned[int] | None = None
    not_voting: Spanned[int] | None = None
    against_names: list[Spanned[str]] = field(default_factory=list)
    abstain_names: list[Spanned[str]] = field(default_factory=list)


@dataclass
class Deliberation:
    number: Spanned[str] | None = None
    act_id: Spanned[str] | None = None
    matter_code: Spanned[str] | None = None  # ACTES code, "8.5"
    nature: Spanned[str] | None = None  # DE, AR, AI, CC, BF, AU
    title: Spanned[str] | None = None
    rapporteur: Spanned[str] | None = None
    outcome: Spanned[str] | None = None  # one of OUTCOMES
    vote: Vote = field(default_factory=Vote)
    amounts: list[Spanned[float]] = field(default_factory=list)
    organisations: list[Spanned[str]] = field(default_factory=list)
    prefecture_received: Spanned[str] | None = None  # ISO date
    posted: Spanned[str] | None = None  # ISO date
    start: int = -1  # span of the whole item in the document text
    end: int = -1


@dataclass
class Session:
    date: Spanned[str] | None = None  # ISO date
    start_time: Spanned[str] | None = None  # HH:MM
    place: Spanned[str] | None = None
    convocation_date: Spanned[str] | None = None
    president: Spanned[str] | None = None
    secretary: Spanned[str] | None = None
    members_in_office: Spanned[int] | None = None
    present_count: Spanned[int] | None = None  # as stated ("Présents : 23")
    voters_count: Spanned[int] | None = None  # as stated ("Votants : 27")
    present: list[Spanned[str]] = field(default_factory=list)
    excused: list[Spanned[str]] = field(default_factory=list)
    absent: list[Spanned[str]] = field(default_factory=list)
    proxies: list[Proxy] = field(default_factory=list)
    attendance_changes: list[AttendanceChange] = field(default_factory=list)
    deliberations: list[Deliberation] = field(default_factory=list)
    start: int = -1
    end: int = -1


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: str  # file name
    kind: str | None = None  # one of KINDS
    complete: bool = True
    authority: Authority = field(default_factory=Authority)
    sessions: list[Session] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
