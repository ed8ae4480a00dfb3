"""SHACL validation of one document graph against shapes/*.ttl.

``validate(graph)`` returns a :class:`Report` (never raises on invalid data).
The shapes are parsed once per process; no inference is run (the data graph
carries its own ``rdf:type`` triples), so a few thousand triples take well under
a second.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pyshacl import Validator
from pyshacl import validate as pyshacl_validate
from pyshacl.shapes_graph import ShapesGraph
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from .shacl_sparql import SparqlCheck, compile_checks, run_checks, without_sparql
from rdflib.plugins.sparql import prepareQuery

SEVERITIES = ("Violation", "Warning", "Info")
SHAPES_DIR = Path(os.environ.get("DELIBGRAPH_SHAPES", Path(__file__).resolve().parents[2] / "shapes"))
OPTIONS = {"inference": "none", "advanced": False, "abort_on_first": False,
           "allow_warnings": True, "allow_infos": True}


@dataclass
class Issue:
    severity: str  # "Violation" | "Warning" | "Info"
    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str | None  # the named NodeShape (or named property shape) that raised it


@dataclass
class Report:
    conforms: bool  # True when there is no Violation (warnings allowed)
    issues: list[Issue] = field(default_factory=list)

    @property
    def violations(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "Violation"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "Warning"]

    def text(self) -> str:
        """One line per issue, grouped by severity."""
        lines = []
        for sev in SEVERITIES:
            group = [i for i in self.issues if i.severity == sev]
            if group:
                lines.append(f"{sev}s ({len(group)}):")
                lines += [f"  {_line(i)}" for i in group]
        return "\n".join(lines) if lines else "No issues."


def _line(i: Issue) -> str:
    where = f" {_short(i.path)}" if i.path else ""
    value = f" = {_short(i.value)}" if i.value is not None and i.value != i.focus else ""
    shape = f" [{_short(i.shape)}]" if i.shape else ""
    return f"{_short(i.focus)}{where}{value}: {i.message}{shape}"


def _short(iri: str) -> str:
    for ns, prefix in (("https://w3id.org/delibgraph/ontology#", "dg:"),
                       ("https://w3id.org/delibgraph/shapes#", "dgsh:"),
                       ("https://w3id.org/delibgraph/id/", "id:")):
        if iri.startswith(ns):
            return prefix + iri[len(ns):]
    return iri


class _PreparedQueryGraph(Graph):
    """A view of a graph (same store, no copy) whose SPARQL queries are parsed once
    per process: pyshacl sends each SHACL-SPARQL query as text for every focus
    node, and parsing costs far more than running the query."""

    def query(self, query_object, *args, **kwargs):
        if isinstance(query_object, str):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


@lru_cache(maxsize=64)
def _prepared(text: str):
    return prepareQuery(text)


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """All shapes files, parsed once."""
    g = Graph()
    for path in sorted(SHAPES_DIR.glob("*.ttl")):
        g.parse(path, format="turtle")
    return g


@lru_cache(maxsize=1)
def _sparql_checks() -> list[SparqlCheck]:
    return compile_checks(shapes_graph())


@lru_cache(maxsize=1)
def _shapes() -> tuple[ShapesGraph, dict[BNode, URIRef]]:
    """The pyshacl shapes for the SHACL-core constraints (built once; the SPARQL
    constraints run on pyoxigraph, see shacl_sparql) and each anonymous property
    shape's owner."""
    g = without_sparql(shapes_graph())
    sg = ShapesGraph(g)
    sg.shapes  # noqa: B018 - harvest all shapes now, not on each run
    owners = {p: s for s, p in g.subject_objects(SH.property) if isinstance(p, BNode)}
    return sg, owners


@lru_cache(maxsize=1)
def _templates() -> list[tuple[re.Pattern[str], str]]:
    """(regex, language) of each sh:message with {?var} slots: pyshacl drops the
    language tag when it fills the slots, so the filled text is matched back."""
    out = []
    for m in shapes_graph().objects(None, SH.message):
        if m.language and "{" in m:
            parts = re.split(r"\{[?$]\w+\}", str(m))
            out.append((re.compile("(?s)" + ".*".join(map(re.escape, parts))), m.language))
    return out


def _language(message: Literal) -> str | None:
    if message.language:
        return message.language
    return next((lang for rx, lang in _templates() if rx.fullmatch(str(message))), None)


def validate(data: Graph, lang: str = "en") -> Report:
    """Validate one document graph; messages in ``lang`` ("en" or "fr") when the shape has one."""
    try:
        results = _run(data)
    except Exception as exc:  # a failed validation is a result, never an exception
        return Report(False, [Issue("Violation", "", None, None, f"validation could not run: {exc}", None)])
    owners = _shapes()[1]
    issues = [_issue(results, r, owners, lang) for r in results.objects(None, SH.result)]
    issues += [Issue(sev, focus, None, value, message, shape)
               for sev, focus, value, message, shape in run_checks(data, _sparql_checks(), lang)]
    issues.sort(key=lambda i: (SEVERITIES.index(i.severity), i.shape or "", i.focus, i.path or ""))
    return Report(not any(i.severity == "Violation" for i in issues), issues)


def _run(data: Graph) -> Graph:
    """The pyshacl results graph, with shapes and parsed queries reused across calls."""
    if type(data) is Graph:
        data = _PreparedQueryGraph(store=data.store, identifier=data.identifier,
                                   namespace_manager=data.namespace_manager)
    try:
        sg = _shapes()[0]
        from pyshacl.graph_abstraction import DataGraph  # pyshacl >= 0.30

        validator = Validator(DataGraph.from_rdflib(data), shacl_graph=sg.graph, options=dict(OPTIONS))
        validator.shacl_graph = sg  # reuse the shapes harvested once
        return validator.run()[1]
    except (AttributeError, TypeError):  # another pyshacl version: use its public API
        return pyshacl_validate(data, shacl_graph=_shapes()[0].graph, **OPTIONS)[1]


def _issue(results: Graph, r, owners: dict[BNode, URIRef], lang: str) -> Issue:
    def one(p: URIRef):
        return results.value(r, p)

    severity = str(one(SH.resultSeverity) or SH.Violation).rsplit("#", 1)[-1]
    shape = one(SH.sourceShape)
    shape = owners.get(shape, shape) if isinstance(shape, BNode) else shape
    path, value = one(SH.resultPath), one(SH.value)
    return Issue(severity=severity if severity in SEVERITIES else "Violation",
                 focus=str(one(SH.focusNode)), path=None if path is None else _node(path),
                 value=None if value is None else _node(value),
                 message=_message(results.objects(r, SH.resultMessage), lang),
                 shape=None if shape is None or isinstance(shape, BNode) else str(shape))


def _node(node) -> str:
    return str(node) if isinstance(node, (URIRef, Literal)) else "(blank node)"


def _message(messages, lang: str) -> str:
    """The message in ``lang``, else a message without language, else any."""
    tagged = [(m, _language(m)) for m in messages]
    for wanted in (lang, None):
        for m, language in tagged:
            if language == wanted:
                return str(m)
    return str(tagged[0][0]) if tagged else "(no message)"
