"""delibgraph: French council deliberations as a validated knowledge graph."""

__version__ = "0.1.0"
