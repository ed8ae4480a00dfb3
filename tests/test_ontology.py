"""The core ontology, the SKOS schemes and the generated namespace module."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SHARED
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from delibgraph.graph import namespace

DG = "https://w3id.org/delibgraph/ontology#"
ONTOLOGY = URIRef("https://w3id.org/delibgraph/ontology")
MATTER = "https://w3id.org/delibgraph/actes/matter"
NATURE = "https://w3id.org/delibgraph/actes/nature"
REUSED = ("http://data.vlaanderen.be/ns/besluit#", "http://data.vlaanderen.be/ns/mandaat#",
          "http://data.europa.eu/eli/ontology#", "http://www.w3.org/ns/opengov#",
          "http://www.w3.org/ns/org#", "http://www.w3.org/ns/person#", "http://schema.org/",
          "http://xmlns.com/foaf/0.1/", "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/oa#",
          "http://www.w3.org/2004/02/skos/core#", "http://purl.org/dc/terms/",
          "http://www.w3.org/ns/adms#", str(RDF), DG)


def load(name: str) -> Graph:
    return Graph().parse(ROOT / "ontology" / name, format="turtle")


def script(name: str):
    """Import scripts/<name>.py as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def core() -> Graph:
    return load("delibgraph.ttl")


def dg_terms(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(DG)}


def langs(g: Graph, term: URIRef, *props: URIRef) -> set[str]:
    return {o.language for p in props for o in g.objects(term, p) if isinstance(o, Literal)}


def test_ontology_is_declared(core: Graph):
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in core
    assert langs(core, ONTOLOGY, URIRef("http://purl.org/dc/terms/title")) == {"fr", "en"}
    assert core.value(ONTOLOGY, OWL.versionInfo) is not None


def test_every_term_has_labels_and_definitions_in_french_and_english(core: Graph):
    terms = dg_terms(core)
    assert len(terms) > 70
    for term in terms:
        assert {"fr", "en"} <= langs(core, term, RDFS.label, SKOS.prefLabel), term
        assert {"fr", "en"} <= langs(core, term, SKOS.definition, RDFS.comment), term
        assert core.value(term, RDFS.isDefinedBy) == ONTOLOGY, term


def test_the_terms_the_graph_builder_uses_are_defined(core: Graph):
    names = {str(t)[len(DG):] for t in dg_terms(core)}
    for name in ("Authority", "Council", "Session", "Deliberation", "Vote", "Proxy", "AttendanceChange",
                 "Person", "Organisation", "PrefectureAcknowledgement", "SourceDocument", "Evidence",
                 "OutcomeScheme", "adopted", "rejected", "withdrawn", "deferred", "noted",
                 "notPresent", "excused", "absent", "votersCount", "actId", "receptionDate", "sha256"):
        assert name in names


def test_alignments_point_to_reused_vocabularies_only(core: Graph):
    targets = set(core.objects(None, RDFS.subClassOf)) | set(core.objects(None, RDFS.subPropertyOf))
    assert len(targets) > 25
    assert all(str(t).startswith(REUSED) for t in targets), sorted(targets)
    assert (URIRef(DG + "Session"), RDFS.subClassOf, URIRef("http://data.vlaanderen.be/ns/besluit#Zitting")) in core
    assert (URIRef(DG + "excused"), RDFS.subPropertyOf, URIRef(DG + "notPresent")) in core
    # reused terms are only referred to, never redefined
    assert not [s for s in core.subjects() if isinstance(s, URIRef) and not str(s).startswith((DG, str(ONTOLOGY)))]


def test_shared_properties_have_no_single_domain(core: Graph):
    for name in ("presentCount", "votersCount", "actId"):
        term = URIRef(DG + name)
        assert core.value(term, RDFS.domain) is None
        assert len(set(core.objects(term, URIRef("http://schema.org/domainIncludes")))) == 2


def test_outcomes_form_a_scheme(core: Graph):
    scheme = URIRef(DG + "OutcomeScheme")
    concepts = set(core.subjects(SKOS.inScheme, scheme))
    assert {str(c)[len(DG):] for c in concepts} == {
        "adopted", "rejected", "withdrawn", "deferred", "noted"}
    assert {str(core.value(c, SKOS.notation)) for c in concepts} == {
        "adopted", "rejected", "withdrawn", "deferred", "noted"}


def test_matter_scheme_has_the_actes_codes():
    g = load("actes-matters.ttl")
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    top = set(g.subjects(SKOS.topConceptOf, URIRef(MATTER)))
    assert len(top) == 9 and len(concepts - top) == 57
    c = URIRef(MATTER + "/8.5")
    assert str(g.value(c, SKOS.notation)) == "8.5"
    assert g.value(c, SKOS.broader) == URIRef(MATTER + "/8")
    assert all(g.value(x, SKOS.inScheme) == URIRef(MATTER) for x in concepts)
    assert all("fr" in langs(g, x, SKOS.prefLabel) for x in concepts)


def test_nature_scheme_has_six_eli_resource_types():
    g = load("actes-natures.ttl")
    eli_type = URIRef("http://data.europa.eu/eli/ontology#ResourceType")
    natures = set(g.subjects(RDF.type, eli_type))
    assert {str(n).rsplit("/", 1)[1] for n in natures} == {"DE", "AR", "AI", "CC", "BF", "AU"}
    de = URIRef(NATURE + "/DE")
    notations = {(str(n), n.datatype) for n in g.objects(de, SKOS.notation)}
    assert notations == {("DE", None), ("1", URIRef(NATURE + "/NumericCode"))}
    assert langs(g, de, SKOS.prefLabel) == {"fr", "en"}


def test_skos_files_regenerate_identically():
    reference = SHARED / "reference"
    if not (reference / "actes-nomenclature.csv").exists():
        pytest.skip(f"{reference} not found: the reference CSVs live in ../shared beside the project")
    for rel, text in script("gen_skos").generate(reference).items():
        assert (ROOT / rel).read_text(encoding="utf-8") == text, f"{rel} is stale: run python scripts/gen_skos.py"


def test_namespace_module_is_up_to_date():
    text = script("gen_namespace").generate()
    assert Path(namespace.__file__).read_text(encoding="utf-8") == text, "run python scripts/gen_namespace.py"


def test_namespace_rejects_unknown_terms():
    assert namespace.DG.Deliberation == URIRef(DG + "Deliberation")
    assert namespace.DG["adopted"] == URIRef(DG + "adopted")
    with pytest.raises(AttributeError):
        namespace.DG.Deliberations  # noqa: B018
    assert namespace.MATTER["8.5"] == URIRef(MATTER + "/8.5")
    assert namespace.BESLUIT.Zitting == URIRef("http://data.vlaanderen.be/ns/besluit#Zitting")


def test_generated_files_say_how_to_regenerate_them():
    for rel in ("ontology/actes-matters.ttl", "ontology/actes-natures.ttl",
                "shapes/generated-matters.ttl", "src/delibgraph/graph/namespace.py"):
        first = (ROOT / rel).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# GENERATED FILE") and "python scripts/gen_" in first, rel
