"""Graph: records -> one RDF named graph per document (deterministic URIs, provenance)."""
