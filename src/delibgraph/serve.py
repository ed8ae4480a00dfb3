"""Linked data over HTTP: one URL per resource, a SPARQL endpoint (a WSGI app).

    /                      what the store holds, with links
    /id/<path>[.ext]       the resource https://w3id.org/delibgraph/id/<path>: its triples,
                           as HTML, Turtle (.ttl), N-Triples (.nt) or JSON-LD (.jsonld),
                           by extension or Accept header
    /sparql?query=...      SPARQL 1.1 protocol (GET or POST): JSON, CSV, TSV or XML results

Run with ``delibgraph serve``; any WSGI server can host ``make_app(store)``.
"""

from __future__ import annotations

import html
from typing import Callable, Iterable
from urllib.parse import parse_qs, quote

import pyoxigraph as ox

from .graph.uris import BASE
from .store import PREFIXES, GraphStore

RDF_TYPES = {  # extension -> (media type, pyoxigraph format)
    "ttl": ("text/turtle", ox.RdfFormat.TURTLE),
    "nt": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD),
}
RESULT_TYPES = {
    "json": ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    "csv": ("text/csv", ox.QueryResultsFormat.CSV),
    "tsv": ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
    "xml": ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
}
DESCRIBE = "CONSTRUCT { ?r ?p ?o } WHERE { ?r ?p ?o }"
INBOUND = "SELECT DISTINCT ?s ?p WHERE {{ VALUES ?r {{ {iri} }} ?s ?p ?r }} ORDER BY ?p ?s LIMIT 500"
Start = Callable[[str, list[tuple[str, str]]], object]


def _pick(ext: str, accept: str, table: dict, default: str) -> str | None:
    """The format asked for by extension, else by Accept header, else the default."""
    if ext:
        return ext if ext in table else None
    for key, (media, _) in table.items():
        if media in accept:
            return key
    return default


class App:
    def __init__(self, store: GraphStore):
        self.store = store

    def __call__(self, environ: dict, start: Start) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "/")
        try:
            if path == "/":
                return self.home(start)
            if path == "/sparql":
                return self.sparql(environ, start)
            if path.startswith("/id/"):
                return self.resource(path[4:], environ.get("HTTP_ACCEPT", ""), start)
        except SyntaxError as exc:
            return self.reply(start, "400 Bad Request", "text/plain", f"SPARQL syntax error: {exc}")
        return self.reply(start, "404 Not Found", "text/plain", f"nothing at {path}; try / or /sparql")

    def reply(self, start: Start, status: str, media: str, body: str | bytes) -> list[bytes]:
        data = body.encode("utf-8") if isinstance(body, str) else body
        start(status, [("Content-Type", f"{media}; charset=utf-8"), ("Content-Length", str(len(data))),
                       ("Access-Control-Allow-Origin", "*")])
        return [data]

    def resource(self, rest: str, accept: str, start: Start) -> list[bytes]:
        stem, ext = _split_ext(rest)
        try:
            iri = ox.NamedNode(BASE + stem)
        except ValueError:
            return self.reply(start, "404 Not Found", "text/plain", f"not a resource IRI: {BASE + stem}")
        triples = list(self.store.store.query(DESCRIBE, use_default_graph_as_union=True,
                                              substitutions={ox.Variable("r"): iri}))
        if not triples:
            return self.reply(start, "404 Not Found", "text/plain", f"no resource {iri.value}")
        fmt = "html" if ext == "html" or (not ext and "text/html" in accept) else \
            _pick(ext, accept, RDF_TYPES, "ttl")
        if fmt is None:
            return self.reply(start, "406 Not Acceptable", "text/plain",
                              f"unknown extension .{ext}; known: .html .{' .'.join(RDF_TYPES)}")
        if fmt == "html":
            return self.reply(start, "200 OK", "text/html", self.page(iri, triples))
        media, rdf_format = RDF_TYPES[fmt]
        prefixes = PREFIXES if fmt == "ttl" else None
        return self.reply(start, "200 OK", media, ox.serialize(triples, format=rdf_format, prefixes=prefixes))

    def page(self, iri: ox.NamedNode, triples: list) -> str:
        rows = "".join(f"<tr><td>{_link(t.predicate)}</td><td>{_link(t.object)}</td></tr>" for t in triples)
        inbound = self.store.store.query(INBOUND.format(iri=iri), use_default_graph_as_union=True)
        back = "".join(f"<tr><td>{_link(s['s'])}</td><td>{_link(s['p'])}</td></tr>" for s in inbound)
        alt = " ".join(f'<a href="{_local(iri.value)}.{e}">{e}</a>' for e in RDF_TYPES)
        return _html(iri.value, f"<p>{alt}</p><table>{rows}</table><h2>Referred to by</h2><table>{back}</table>")

    def home(self, start: Start) -> list[bytes]:
        q = ("SELECT ?s ?date ?name WHERE { ?s a dg:Session . OPTIONAL { ?s dg:date ?date } "
             "OPTIONAL { ?s dg:heldBy/dg:councilOf/foaf:name ?name } } ORDER BY ?name ?date")
        items = "".join(f"<li>{_link(r['s'], _v(r['name']) + ' ' + _v(r['date']))}</li>"
                        for r in self.store.query(q))
        body = (f"<p>{len(self.store):,} quads in {len(self.store.graphs())} graphs. "
                f'SPARQL endpoint: <a href="/sparql">/sparql</a>.</p><h2>Sessions</h2><ul>{items}</ul>')
        return self.reply(start, "200 OK", "text/html", _html("delibgraph", body))

    def sparql(self, environ: dict, start: Start) -> list[bytes]:
        params = parse_qs(environ.get("QUERY_STRING", ""))
        if environ.get("REQUEST_METHOD") == "POST":
            length = int(environ.get("CONTENT_LENGTH") or 0)
            raw = environ["wsgi.input"].read(length).decode("utf-8")
            form = "application/x-www-form-urlencoded" in environ.get("CONTENT_TYPE", "")
            params |= parse_qs(raw) if form else {"query": [raw]}
        if "query" not in params:
            return self.reply(start, "400 Bad Request", "text/plain", "give a SPARQL query: /sparql?query=...")
        results = self.store.query(params["query"][0])
        if isinstance(results, ox.QueryTriples):
            return self.reply(start, "200 OK", "text/turtle", ox.serialize(results, format=ox.RdfFormat.TURTLE))
        fmt = _pick(params.get("format", [""])[0], environ.get("HTTP_ACCEPT", ""), RESULT_TYPES, "json")
        if fmt is None:
            return self.reply(start, "406 Not Acceptable", "text/plain", f"known formats: {', '.join(RESULT_TYPES)}")
        media, rformat = RESULT_TYPES[fmt]
        return self.reply(start, "200 OK", media, results.serialize(format=rformat))


def _split_ext(rest: str) -> tuple[str, str]:
    """"person/x.ttl" -> ("person/x", "ttl"); a path without a known extension is kept whole."""
    stem, dot, ext = rest.rpartition(".")
    return (stem, ext) if dot and ext in (*RDF_TYPES, "html") else (rest, "")


def _v(term) -> str:
    return "" if term is None else html.escape(term.value)


def _local(iri: str) -> str:
    return "/id/" + quote(iri[len(BASE):]) if iri.startswith(BASE) else iri


def _link(term, text: str | None = None) -> str:
    if isinstance(term, ox.NamedNode):
        return f'<a href="{html.escape(_local(term.value))}">{text or html.escape(term.value)}</a>'
    return text or _v(term)


def _html(title: str, body: str) -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            "<style>body{font-family:sans-serif;margin:2em}td{padding:2px 8px;vertical-align:top}</style>"
            f"</head><body><h1>{html.escape(title)}</h1>{body}</body></html>")


def make_app(store: GraphStore) -> App:
    return App(store)
