"""The project's own vocabularies (ontology/*.ttl) as a named graph of the store,
so queries can read labels of ACTES matters, natures and outcomes."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox

ONTOLOGY_DIR = Path(os.environ.get("DELIBGRAPH_ONTOLOGY", Path(__file__).resolve().parents[2] / "ontology"))
VOCAB_GRAPH = "https://w3id.org/delibgraph/ontology"


def load_vocabularies(store) -> None:
    """(Re)load ontology/*.ttl into the store's vocabulary graph."""
    files = sorted(ONTOLOGY_DIR.glob("*.ttl"))
    if not files:
        raise FileNotFoundError(f"{ONTOLOGY_DIR}: no ontology files; install delibgraph with "
                                f"'pip install -e .' from its source folder")
    g = ox.NamedNode(VOCAB_GRAPH)
    store.store.remove_graph(g)
    for f in files:
        store.store.load(path=str(f), format=ox.RdfFormat.TURTLE, to_graph=g)
