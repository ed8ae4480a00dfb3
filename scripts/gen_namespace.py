"""Generate src/delibgraph/graph/namespace.py from ontology/delibgraph.ttl.

The ``DG`` class lists every term of the core ontology (``_fail = True``: a
misspelt term raises at once); the other vocabularies are plain Namespaces.

Usage: python scripts/gen_namespace.py
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "delibgraph.ttl"
TARGET = ROOT / "src" / "delibgraph" / "graph" / "namespace.py"
DG_NS = "https://w3id.org/delibgraph/ontology#"

NAMESPACES = {
    "BESLUIT": "http://data.vlaanderen.be/ns/besluit#",
    "MANDAAT": "http://data.vlaanderen.be/ns/mandaat#",
    "ELI": "http://data.europa.eu/eli/ontology#",
    "OPENGOV": "http://www.w3.org/ns/opengov#",
    "ORG": "http://www.w3.org/ns/org#",
    "PERSON": "http://www.w3.org/ns/person#",
    "SCHEMA": "http://schema.org/",
    "FOAF": "http://xmlns.com/foaf/0.1/",
    "PROV": "http://www.w3.org/ns/prov#",
    "OA": "http://www.w3.org/ns/oa#",
    "SKOS": "http://www.w3.org/2004/02/skos/core#",
    "DCT": "http://purl.org/dc/terms/",
    "ADMS": "http://www.w3.org/ns/adms#",
    "MATTER": "https://w3id.org/delibgraph/actes/matter/",
    "NATURE": "https://w3id.org/delibgraph/actes/nature/",
    "DATA": "https://w3id.org/delibgraph/id/",
    "DGSH": "https://w3id.org/delibgraph/shapes#",
}
CONSTANTS = {
    "ONTOLOGY": "https://w3id.org/delibgraph/ontology",
    "MATTER_SCHEME": "https://w3id.org/delibgraph/actes/matter",
    "NATURE_SCHEME": "https://w3id.org/delibgraph/actes/nature",
}

HEADER = '''# GENERATED FILE, do not edit. Regenerate with: python scripts/gen_namespace.py
"""Namespaces of delibgraph: ``DG`` (every term of ontology/delibgraph.ttl) and the reused vocabularies."""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace
'''


def _english_label(g: Graph, term: URIRef) -> str:
    for p in (RDFS.label, SKOS.prefLabel):
        for label in g.objects(term, p):
            if getattr(label, "language", None) == "en":
                return " ".join(str(label).split())
    return ""


def _kind(g: Graph, term: URIRef) -> str:
    types = {str(t).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for t in g.objects(term, RDF.type)}
    return "/".join(sorted(types))


def dg_terms(g: Graph) -> list[URIRef]:
    """Every IRI of the dg namespace defined (used as a subject) in the ontology."""
    return sorted({s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(DG_NS)})


def generate(ontology: Path = ONTOLOGY) -> str:
    """The text of namespace.py."""
    g = Graph().parse(ontology)
    lines = [HEADER, "", "class DG(DefinedNamespace):",
             '    """delibgraph ontology terms (https://w3id.org/delibgraph/ontology#)."""', "",
             "    _fail = True", f'    _NS = Namespace("{DG_NS}")', ""]
    for term in dg_terms(g):
        name = str(term)[len(DG_NS):]
        lines.append(f"    {name}: URIRef  # {_kind(g, term)}: {_english_label(g, term)}")
    lines.append("\n")
    lines += [f'{k} = Namespace("{v}")' for k, v in NAMESPACES.items()]
    lines += [f'{k} = URIRef("{v}")' for k, v in CONSTANTS.items()]
    return "\n".join(lines) + "\n"


def main() -> None:
    TARGET.write_text(generate(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
