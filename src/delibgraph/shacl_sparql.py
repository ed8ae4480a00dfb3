"""The SHACL-SPARQL constraints of shapes/, run by pyoxigraph instead of rdflib.

pySHACL evaluates ``sh:sparql`` constraints with rdflib's SPARQL engine, once per
focus node: on a document graph that is two thirds of the validation time.
Here the same queries run on an in-memory pyoxigraph store, with ``$this``
pre-bound to each focus node exactly as SHACL-SPARQL prescribes; pySHACL runs
the SHACL-core constraints. The shapes file stays plain SHACL, so any SHACL
engine gives the same results (tests check both paths agree).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH


@dataclass(frozen=True)
class SparqlCheck:
    shape: str
    targets: tuple[str, ...]
    severity: str
    query: str
    messages: tuple[tuple[str | None, str], ...]  # (language, template)


def _prefixes(shapes: Graph, constraint) -> str:
    decls = []
    for owner in shapes.objects(constraint, SH.prefixes):
        for d in shapes.objects(owner, SH.declare):
            decls.append(f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>")
    return "\n".join(decls)


def compile_checks(shapes: Graph) -> list[SparqlCheck]:
    """Every node shape's sh:sparql constraint, ready to run."""
    checks = []
    for shape, c in shapes.subject_objects(SH.sparql):
        severity = str(shapes.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
        targets = tuple(str(t) for t in shapes.objects(shape, SH.targetClass))
        query = f"{_prefixes(shapes, c)}\n{shapes.value(c, SH.select)}"
        messages = tuple((m.language, str(m)) for m in shapes.objects(c, SH.message) if isinstance(m, Literal))
        checks.append(SparqlCheck(str(shape), targets, severity, query, messages))
    return checks


def without_sparql(shapes: Graph) -> Graph:
    """A copy of the shapes graph without its sh:sparql constraints."""
    g = Graph()
    for t in shapes:
        g.add(t)
    for s, o in list(g.subject_objects(SH.sparql)):
        g.remove((s, SH.sparql, o))
    return g


def _fill(template: str, row: dict[str, str]) -> str:
    return re.sub(r"\{[?$](\w+)\}", lambda m: row.get(m.group(1), m.group(0)), template)


def _message(check: SparqlCheck, row: dict[str, str], lang: str) -> str:
    for wanted in (lang, None):
        for language, template in check.messages:
            if language == wanted:
                return _fill(template, row)
    return _fill(check.messages[0][1], row) if check.messages else "(no message)"


def run_checks(data: Graph, checks: list[SparqlCheck], lang: str = "en") -> list[tuple]:
    """(severity, focus, value, message, shape) of every result row."""
    if not checks:
        return []
    store = ox.Store()
    store.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    results = []
    for check in checks:
        for target in check.targets:
            for focus in data.subjects(RDF.type, URIRef(target)):
                subs = {ox.Variable("this"): ox.NamedNode(str(focus))}
                solutions = store.query(check.query, substitutions=subs)
                names = [v.value for v in solutions.variables]
                for sol in solutions:
                    row = {n: sol[n].value for n in names if sol[n] is not None}
                    results.append((check.severity, str(focus), row.get("value"),
                                    _message(check, row, lang), check.shape))
    return results
