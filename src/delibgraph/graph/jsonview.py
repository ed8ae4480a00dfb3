"""The extraction-record JSON (../shared/gold/SCHEMA.md) read back from a document's graph.

Everything here comes from SPARQL over the document's named graph, so the JSON
shows what the graph really holds. List order follows the evidence offsets
(the document's order).
"""

from __future__ import annotations

from typing import Any

import re

from ..store import GraphStore

P = """PREFIX dg: <https://w3id.org/delibgraph/ontology#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""

DOC_Q = P + """SELECT ?name ?kind ?complete WHERE { ?d a dg:SourceDocument ; dg:fileName ?name .
  OPTIONAL { ?d dg:documentKind ?kind } OPTIONAL { ?d dg:complete ?complete } }"""
AUTH_Q = P + """SELECT ?name ?type ?siren ?department WHERE { ?a a dg:Authority .
  OPTIONAL { ?a foaf:name ?name } OPTIONAL { ?a dg:authorityType ?type }
  OPTIONAL { ?a dg:siren ?siren } OPTIONAL { ?a dg:departmentCode ?department } }"""
SESSION_Q = P + """SELECT ?s ?date ?time ?place ?conv ?president ?secretary ?members WHERE {
  ?s a dg:Session . OPTIONAL { ?s dg:date ?date } OPTIONAL { ?s dg:startTime ?time }
  OPTIONAL { ?s dg:place ?place } OPTIONAL { ?s dg:convocationDate ?conv }
  OPTIONAL { ?s dg:president/foaf:name ?president } OPTIONAL { ?s dg:secretary/foaf:name ?secretary }
  OPTIONAL { ?s dg:membersInOffice ?members } } ORDER BY ?date ?s"""
# Objects of ?subject ?pred, with their names, in the order the text gave them.
LINKED_Q = P + """SELECT ?name (MIN(?start) AS ?first) WHERE {
  ?subject ?pred ?o . ?o foaf:name ?name .
  OPTIONAL { ?e rdf:subject ?subject ; rdf:predicate ?pred ; rdf:object ?o ; oa:start ?start } }
  GROUP BY ?o ?name ORDER BY ?first ?name"""
PROXY_Q = P + """SELECT ?from ?to WHERE { ?subject dg:proxy ?p . ?p dg:giver/foaf:name ?from ;
  dg:holder/foaf:name ?to . OPTIONAL { ?e rdf:subject ?p ; rdf:predicate dg:giver ; oa:start ?start } }
  ORDER BY ?start ?from"""
DELIB_Q = P + """SELECT ?d ?number ?act ?matter ?title ?rapporteur ?outcome ?unanimous ?for ?against
  ?abstain ?notvoting ?received ?posted WHERE { ?subject dg:deliberation ?d . ?d dg:position ?pos .
  OPTIONAL { ?d dg:number ?number } OPTIONAL { ?d dg:actId ?act }
  OPTIONAL { ?d dg:matter/skos:notation ?m1 } OPTIONAL { ?d dg:matter ?mIri }
  BIND(COALESCE(?m1, STRAFTER(STR(?mIri), "/matter/")) AS ?matter)
  OPTIONAL { ?d dg:title ?title } OPTIONAL { ?d dg:rapporteur/foaf:name ?rapporteur }
  OPTIONAL { ?d dg:outcome ?o . BIND(STRAFTER(STR(?o), "#") AS ?outcome) }
  OPTIONAL { ?d dg:postingDate ?posted } OPTIONAL { ?d dg:acknowledgement/dg:receptionDate ?received }
  OPTIONAL { ?d dg:vote ?v . OPTIONAL { ?v dg:unanimous ?unanimous } OPTIONAL { ?v dg:votesFor ?for }
    OPTIONAL { ?v dg:votesAgainst ?against } OPTIONAL { ?v dg:abstentions ?abstain }
    OPTIONAL { ?v dg:notVoting ?notvoting } } } ORDER BY ?pos"""
AMOUNT_Q = P + """SELECT ?value WHERE { ?subject dg:amount ?a . ?a schema:value ?value .
  BIND(xsd:integer(STRAFTER(STR(?a), "/amount/")) AS ?i) } ORDER BY ?i"""


def _py(term: Any) -> Any:
    """A pyoxigraph term as a plain Python value."""
    if term is None:
        return None
    dt = getattr(getattr(term, "datatype", None), "value", "")
    v = term.value
    if dt.endswith("#integer") or dt.endswith("#nonNegativeInteger"):
        return int(v)
    if dt.endswith("#decimal") or dt.endswith("#double"):
        f = float(v)
        return int(f) if f.is_integer() else f
    if dt.endswith("#boolean"):
        return v == "true"
    if dt.endswith("#time"):
        return v[:5]
    return v


class JsonView:
    def __init__(self, store: GraphStore, graph_iri: str):
        self.store, self.graph = store, graph_iri

    def rows(self, q: str, **bind: str) -> list[dict[str, Any]]:
        for k, iri in bind.items():  # our own IRIs: no escaping needed
            q = re.sub(rf"\?{k}\b", f"<{iri}>", q)
        res = self.store.query(q, self.graph)
        names = [v.value for v in res.variables]
        return [{n: _py(sol[n]) for n in names} for sol in res]

    def names(self, subject: str, pred: str) -> list[str]:
        return [r["name"] for r in self.rows(LINKED_Q, subject=subject, pred=pred)]

    def document(self) -> dict[str, Any]:
        doc = (self.rows(DOC_Q) or [{}])[0]
        auth = (self.rows(AUTH_Q) or [{}])[0]
        return {
            "document": doc.get("name"), "kind": doc.get("kind"), "complete": doc.get("complete", True),
            "authority": {k: auth.get(k) for k in ("name", "type", "siren", "department")},
            "sessions": [self.session(r) for r in self.rows(SESSION_Q)],
        }

    def session(self, r: dict[str, Any]) -> dict[str, Any]:
        s, dg = r["s"], "https://w3id.org/delibgraph/ontology#"
        return {
            "date": r["date"], "start_time": r["time"], "place": r["place"],
            "convocation_date": r["conv"], "president": r["president"], "secretary": r["secretary"],
            "members_in_office": r["members"],
            "present": self.names(s, dg + "present"), "excused": self.names(s, dg + "excused"),
            "absent": self.names(s, dg + "absent"),
            "proxies": [{"from": p["from"], "to": p["to"]} for p in self.rows(PROXY_Q, subject=s)],
            "deliberations": [self.deliberation(d) for d in self.rows(DELIB_Q, subject=s)],
        }

    def deliberation(self, r: dict[str, Any]) -> dict[str, Any]:
        d, dg = r["d"], "https://w3id.org/delibgraph/ontology#"
        vote = f"{d}/vote"
        return {
            "number": r["number"], "act_id": r["act"], "matter_code": r["matter"], "title": r["title"],
            "rapporteur": r["rapporteur"], "outcome": r["outcome"], "unanimous": r["unanimous"],
            "votes": {"for": r["for"], "against": r["against"], "abstain": r["abstain"],
                      "not_voting": r["notvoting"]},
            "against_names": self.names(vote, dg + "votedAgainst"),
            "abstain_names": self.names(vote, dg + "abstainedBy"),
            "amounts_eur": [a["value"] for a in self.rows(AMOUNT_Q, subject=d)],
            "organisations": self.names(d, dg + "concerns"),
            "prefecture_received": r["received"], "posted": r["posted"],
        }


def document_json(store: GraphStore, graph_iri: str) -> dict[str, Any]:
    return JsonView(store, graph_iri).document()
