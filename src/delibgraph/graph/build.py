"""Records -> one rdflib Graph per document. The only place that creates triples.

Every fact read from the text also gets a ``dg:Evidence`` node (a reified
statement with ``oa:start``/``oa:end``/``oa:exact``) pointing back at the words
that stated it and at the source document.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.plugins.serializers.nt import _nt_row  # N-Triples escaping, as rdflib writes it

from ..model import Deliberation, Extraction, Session, Spanned, val
from ..sources.base import Document
from . import uris
from .namespace import DCT, DG, FOAF, MATTER, NATURE, OA, PROV, SCHEMA
from .persons import canonical_names

XSD_TYPES = {bool: XSD.boolean, int: XSD.integer}


def _literal(value: Any, datatype: URIRef | None = None) -> Literal:
    if datatype is not None:
        return Literal(str(value), datatype=datatype)
    if isinstance(value, float):
        return Literal(Decimal(str(round(value, 2))), datatype=XSD.decimal)
    return Literal(value, datatype=XSD_TYPES.get(type(value)))


class GraphBuilder:
    """Builds the named graph of one document from its Extraction."""

    def __init__(self, doc: Document, ext: Extraction):
        self.doc, self.ext, self.g = doc, ext, Graph()
        self.ev: list[str] = []  # evidence as N-Triples lines: many, uniform, cheap to write directly
        self.doc_uri = URIRef(uris.document_uri(doc.name))
        self.canonical = canonical_names(ext)
        self.n_evidence = 0
        self.authority = ""
        self.named: set[URIRef] = set()  # one foaf:name per node: the first spelling met

    # -- primitives ---------------------------------------------------------
    def add(self, s: URIRef, p: URIRef, o: Any) -> None:
        self.g.add((s, p, o if isinstance(o, (URIRef, Literal)) else _literal(o)))

    def fact(self, s: URIRef, p: URIRef, x: Spanned | None, obj: Any = None,
             datatype: URIRef | None = None) -> None:
        """Add ``s p obj`` (default: the literal value of x) and its evidence."""
        if x is None or x.value is None:
            return
        o = obj if obj is not None else _literal(x.value, datatype)
        self.add(s, p, o)
        if x.has_span:
            self.evidence(s, p, o, x)

    def evidence(self, s: URIRef, p: URIRef, o: Any, x: Spanned) -> None:
        self.n_evidence += 1
        e = URIRef(f"{self.doc_uri}/evidence/{self.n_evidence}")
        for pred, obj in ((RDF.type, DG.Evidence), (RDF.subject, s), (RDF.predicate, p),
                          (RDF.object, o), (OA.start, Literal(x.start, datatype=XSD.integer)),
                          (OA.end, Literal(x.end, datatype=XSD.integer)),
                          (OA.exact, Literal(self.doc.text[x.start:x.end])),
                          (PROV.wasDerivedFrom, self.doc_uri)):
            self.ev.append(_nt_row((e, pred, obj)))

    def entity(self, uri: str, cls: URIRef) -> URIRef:
        node = URIRef(uri)
        self.add(node, RDF.type, cls)
        self.add(node, PROV.wasDerivedFrom, self.doc_uri)
        return node

    def named_entity(self, uri: str, cls: URIRef, name: str) -> URIRef:
        """A person or organisation; spellings that mint the same URI keep the first name."""
        node = self.entity(uri, cls)
        if node not in self.named:
            self.named.add(node)
            self.add(node, FOAF.name, Literal(name))
        return node

    def person(self, name: str) -> URIRef:
        name = self.canonical.get(name, name)
        return self.named_entity(uris.person_uri(self.authority, name), DG.Person, name)

    def person_fact(self, s: URIRef, p: URIRef, x: Spanned[str] | None) -> None:
        if x is not None and x.value:
            self.fact(s, p, x, self.person(x.value))

    # -- document, authority --------------------------------------------------
    def build(self) -> Graph:
        self.source_document()
        council = self.authority_and_council()
        for i, s in enumerate(self.ext.sessions):
            self.session(s, i, council)
        return self.g

    def source_document(self) -> None:
        d = self.entity(str(self.doc_uri), DG.SourceDocument)
        self.g.remove((d, PROV.wasDerivedFrom, self.doc_uri))
        self.add(d, DG.fileName, self.doc.name)
        self.add(d, DCT["format"], self.doc.media_type)
        self.add(d, DG.complete, self.ext.complete)
        self.add(d, DG.textLength, len(self.doc.text))
        if self.doc.sha256:
            self.add(d, DG.sha256, self.doc.sha256)
        if self.ext.kind:
            self.add(d, DG.documentKind, self.ext.kind)

    def authority_and_council(self) -> URIRef:
        a = self.ext.authority
        self.authority = uris.authority_uri(a, self.doc.name)
        node = self.entity(self.authority, DG.Authority)
        self.fact(node, FOAF.name, a.name)
        self.fact(node, DG.authorityType, a.type)
        self.fact(node, DG.siren, a.siren)
        self.fact(node, DG.departmentCode, a.department)
        council = self.entity(uris.council_uri(self.authority), DG.Council)
        self.add(council, DG.councilOf, node)
        return council

    # -- session ----------------------------------------------------------------
    def session(self, s: Session, index: int, council: URIRef) -> None:
        node = self.entity(uris.session_uri(self.authority, s, self.doc.name, index), DG.Session)
        self.add(node, DG.heldBy, council)
        self.fact(node, DG.date, s.date, datatype=XSD.date)
        self.fact(node, DG.startTime, s.start_time and Spanned(
            f"{s.start_time.value}:00", s.start_time.start, s.start_time.end), datatype=XSD.time)
        self.fact(node, DG.place, s.place)
        self.fact(node, DG.convocationDate, s.convocation_date, datatype=XSD.date)
        self.person_fact(node, DG.president, s.president)
        self.person_fact(node, DG.secretary, s.secretary)
        for p, x in ((DG.membersInOffice, s.members_in_office), (DG.presentCount, s.present_count),
                     (DG.votersCount, s.voters_count)):
            self.fact(node, p, x)
        self.attendance(s, node)
        taken: set[str] = set()
        for pos, d in enumerate(s.deliberations, start=1):
            self.deliberation(d, node, pos, taken)

    def attendance(self, s: Session, node: URIRef) -> None:
        for p, people in ((DG.present, s.present), (DG.excused, s.excused), (DG.absent, s.absent)):
            for x in people:
                self.person_fact(node, p, x)
        for proxy in s.proxies:
            pnode = self.entity(f"{node}/proxy/{uris.slug(proxy.giver.value)}", DG.Proxy)
            self.add(node, DG.proxy, pnode)
            self.person_fact(pnode, DG.giver, proxy.giver)
            self.person_fact(pnode, DG.holder, proxy.holder)
        for i, c in enumerate(s.attendance_changes, start=1):
            cnode = self.entity(f"{node}/attendance-change/{i}", DG.AttendanceChange)
            self.add(node, DG.attendanceChange, cnode)
            self.person_fact(cnode, DG.person, c.person)
            self.add(cnode, DG.event, c.event)
            for p, v in ((DG.fromItem, c.from_item), (DG.toItem, c.to_item)):
                if v:
                    self.add(cnode, p, v)
            self.person_fact(cnode, DG.proxyTo, c.proxy_to)
            self.fact(cnode, DG.presentCount, c.present)
            self.fact(cnode, DG.votersCount, c.voters)

    # -- deliberation -------------------------------------------------------------
    def deliberation(self, d: Deliberation, session: URIRef, pos: int, taken: set[str]) -> None:
        node = self.entity(uris.deliberation_uri(str(session), d, pos, taken), DG.Deliberation)
        self.add(session, DG.deliberation, node)
        self.add(node, DG.session, session)
        self.add(node, DG.position, pos)
        for p, x in ((DG.number, d.number), (DG.title, d.title), (DG.actId, d.act_id)):
            self.fact(node, p, x)
        self.fact(node, DG.matter, d.matter_code, URIRef(f"{MATTER}{val(d.matter_code)}"))
        self.fact(node, DG.nature, d.nature, URIRef(f"{NATURE}{val(d.nature)}"))
        self.fact(node, DG.outcome, d.outcome, DG[val(d.outcome) or "adopted"])
        self.person_fact(node, DG.rapporteur, d.rapporteur)
        self.fact(node, DG.postingDate, d.posted, datatype=XSD.date)
        self.acknowledgement(d, node)
        self.vote(d, node)
        for i, a in enumerate(d.amounts, start=1):
            amount = self.entity(f"{node}/amount/{i}", SCHEMA.MonetaryAmount)
            self.add(amount, SCHEMA.currency, Literal("EUR"))
            self.fact(amount, SCHEMA.value, a)
            self.add(node, DG.amount, amount)
        for o in d.organisations:
            org = self.named_entity(uris.organisation_uri(o.value), DG.Organisation, o.value)
            self.fact(node, DG.concerns, o, org)

    def acknowledgement(self, d: Deliberation, node: URIRef) -> None:
        if d.prefecture_received is None:
            return
        ack = self.entity(f"{node}/acknowledgement", DG.PrefectureAcknowledgement)
        self.add(node, DG.acknowledgement, ack)
        self.fact(ack, DG.receptionDate, d.prefecture_received, datatype=XSD.date)
        if d.act_id is not None:
            self.add(ack, DG.actId, Literal(d.act_id.value))

    def vote(self, d: Deliberation, node: URIRef) -> None:
        v = d.vote
        counts = ((DG.unanimous, v.unanimous), (DG.votesFor, v.for_), (DG.votesAgainst, v.against),
                  (DG.abstentions, v.abstain), (DG.notVoting, v.not_voting))
        if all(x is None for _, x in counts) and not (v.against_names or v.abstain_names):
            return
        vnode = self.entity(f"{node}/vote", DG.Vote)
        self.add(node, DG.vote, vnode)
        for p, x in counts:
            self.fact(vnode, p, x)
        for x in v.against_names:
            self.person_fact(vnode, DG.votedAgainst, x)
        for x in v.abstain_names:
            self.person_fact(vnode, DG.abstainedBy, x)


def build_graphs(doc: Document, ext: Extraction) -> tuple[Graph, bytes]:
    """The facts (a graph) and the evidence (N-Triples) of one document: together they
    make its named graph (named ``uris.document_uri(doc.name)``)."""
    b = GraphBuilder(doc, ext)
    return b.build(), "".join(b.ev).encode("utf-8")


def build_graph(doc: Document, ext: Extraction) -> Graph:
    """The whole named graph of one document, facts and evidence, as one rdflib graph."""
    facts, evidence = build_graphs(doc, ext)
    return facts.parse(data=evidence, format="nt") if evidence else facts
