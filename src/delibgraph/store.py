"""The embedded SPARQL store (pyoxigraph): one named graph per document.

Queries see the union of all named graphs as their default graph. Loading a
document replaces its named graph, so rebuilding never duplicates.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

import pyoxigraph as ox

DEFAULT_STORE = "delibgraph-store"
EXPORT_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def default_store_path() -> Path:
    return Path(os.environ.get("DELIBGRAPH_STORE", DEFAULT_STORE))


class StoreError(Exception):
    """The store cannot be opened or used; the message says why and what to do."""


class GraphStore:
    def __init__(self, path: Path | None = None, read_only: bool = False):
        """An on-disk store at ``path`` (created if missing), or in memory when None."""
        self.path = path
        try:
            if path is None:
                self.store = ox.Store()
            elif read_only:
                self.store = self._open_existing(Path(path))
            else:
                self.store = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"{path}: the store cannot be opened ({exc})") from exc

    @staticmethod
    def _open_existing(path: Path) -> ox.Store:
        """Open an existing store to read it; read-only when another process holds it."""
        if not (path / "CURRENT").exists():
            raise StoreError(f"{path}: no store here; run 'delibgraph build PATH --store {path}' first")
        try:
            return ox.Store(str(path))
        except OSError:
            return ox.Store.read_only(str(path))

    def replace_graph(self, graph_iri: str, ntriples: bytes | str) -> None:
        """Drop the document's named graph and load its new triples into it."""
        g = ox.NamedNode(graph_iri)
        self.store.remove_graph(g)
        self.store.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=g)

    def query(self, sparql: str, graph_iri: str | None = None, substitutions=None):
        """Run SPARQL over the union of all graphs, or over one named graph.
        Common prefixes (dg:, foaf:, prov:, ...) need no PREFIX declaration."""
        kwargs = {"prefixes": PREFIXES, "substitutions": substitutions}
        if graph_iri is None:
            return self.store.query(sparql, use_default_graph_as_union=True, **kwargs)
        return self.store.query(sparql, default_graph=ox.NamedNode(graph_iri), **kwargs)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs())

    def graph_ntriples(self, graph_iri: str) -> bytes:
        return self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph_iri))

    def __len__(self) -> int:
        return len(self.store)

    def export(self, fmt: str, out: IO[bytes]) -> None:
        """Write the whole store: TriG / N-Quads keep the named graphs; Turtle and
        JSON-LD write the union of all graphs."""
        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format {fmt!r}; known: {', '.join(EXPORT_FORMATS)}")
        rdf_format = EXPORT_FORMATS[fmt]
        if fmt in ("trig", "nquads"):
            self.store.dump(out, format=rdf_format, prefixes=PREFIXES if fmt == "trig" else None)
            return
        triples = self.store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                   use_default_graph_as_union=True)
        ox.serialize(triples, out, format=rdf_format, prefixes=PREFIXES)

    def flush(self) -> None:
        if self.path is not None:
            self.store.flush()


PREFIXES = {
    "dg": "https://w3id.org/delibgraph/ontology#",
    "id": "https://w3id.org/delibgraph/id/",
    "matter": "https://w3id.org/delibgraph/actes/matter/",
    "nature": "https://w3id.org/delibgraph/actes/nature/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "besluit": "http://data.vlaanderen.be/ns/besluit#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "schema": "http://schema.org/",
    "dct": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}
