"""Generate the SKOS schemes of the ACTES matters and act natures.

Reads ``actes-nomenclature.csv`` and ``actes-natures.csv`` (default: ../shared/reference)
and writes ``ontology/actes-matters.ttl``, ``ontology/actes-natures.ttl`` and
``shapes/generated-matters.ttl`` (the ``sh:in`` list of allowed matters).

Natures carry two notations: the abbreviation (``"DE"``, plain literal) and the
numeric @ctes code (``"1"^^nature:NumericCode``, a datatype declared in the file).

Usage: python scripts/gen_skos.py [--reference DIR]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from rdflib import Literal

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference"
MATTER = "https://w3id.org/delibgraph/actes/matter"
NATURE = "https://w3id.org/delibgraph/actes/nature"
COMMAND = "python scripts/gen_skos.py"

PREFIXES = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix matter: <https://w3id.org/delibgraph/actes/matter/> .
@prefix nature: <https://w3id.org/delibgraph/actes/nature/> .
"""

# Level-1 matters and natures in English (the CSV labels are French only).
MATTER_EN = {
    "1": "Public procurement", "2": "Town planning", "3": "Public and private property",
    "4": "Civil service", "5": "Institutions and political life",
    "6": "Public liberties and police powers", "7": "Local finance",
    "8": "Areas of competence by theme", "9": "Other areas of competence",
}
NATURE_EN = {
    "DE": "Deliberations", "AR": "Regulatory acts", "AI": "Individual acts",
    "CC": "Contracts, agreements and amendments", "BF": "Budget and financial documents",
    "AU": "Other acts",
}


def lit(text: str, lang: str | None = None) -> str:
    return Literal(text, lang=lang).n3()


def header(source: str) -> str:
    return (f"# GENERATED FILE, do not edit. Regenerate with: {COMMAND}\n"
            f"# Source: {source} (reference data of the ACTES / @ctes platform).\n")


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def matter_concept(row: dict[str, str]) -> str:
    code, top = row["code"], row["level"] == "1"
    lines = [f"matter:{code} a skos:Concept ;", f"    skos:inScheme <{MATTER}> ;",
             f"    skos:notation {lit(code)} ;"]
    labels = [lit(row["label"], "fr")] + ([lit(MATTER_EN[code], "en")] if code in MATTER_EN else [])
    lines.append(f"    skos:prefLabel {', '.join(labels)} ;")
    lines.append(f"    skos:topConceptOf <{MATTER}> ." if top else f"    skos:broader matter:{row['parent_code']} .")
    return "\n".join(lines)


def matters_ttl(rows: list[dict[str, str]]) -> str:
    tops = [r["code"] for r in rows if r["level"] == "1"]
    scheme = (f"<{MATTER}> a skos:ConceptScheme ;\n"
              f"    skos:prefLabel {lit('Nomenclature des actes (ACTES)', 'fr')}, "
              f"{lit('ACTES classification of matters', 'en')} ;\n"
              f"    skos:hasTopConcept {', '.join('matter:' + c for c in tops)} .")
    body = "\n\n".join(matter_concept(r) for r in rows)
    return f"{header('actes-nomenclature.csv')}{PREFIXES}\n{scheme}\n\n{body}\n"


def nature_concept(row: dict[str, str]) -> str:
    code = row["type_abrege"]
    return "\n".join([
        f"nature:{code} a skos:Concept, eli:ResourceType ;",
        f"    skos:inScheme <{NATURE}> ; skos:topConceptOf <{NATURE}> ;",
        f"    skos:notation {lit(code)}, \"{row['code_nature_acte']}\"^^nature:NumericCode ;",
        f"    skos:prefLabel {lit(row['label_common'], 'fr')}, {lit(NATURE_EN[code], 'en')} ;",
        f"    skos:altLabel {lit(row['label_classification_xml'], 'fr')} ."])


def natures_ttl(rows: list[dict[str, str]]) -> str:
    codes = ", ".join("nature:" + r["type_abrege"] for r in rows)
    scheme = (f"<{NATURE}> a skos:ConceptScheme ;\n"
              f"    skos:prefLabel {lit('Natures des actes (@ctes)', 'fr')}, {lit('@ctes act natures', 'en')} ;\n"
              f"    skos:hasTopConcept {codes} .\n\n"
              "nature:NumericCode a rdfs:Datatype ;\n"
              f"    rdfs:label {lit('code numérique de nature @ctes', 'fr')}, {lit('@ctes numeric nature code', 'en')} .")
    body = "\n\n".join(nature_concept(r) for r in rows)
    note = ('# Each nature has two skos:notation: the abbreviation ("DE", plain literal) and the\n'
            '# numeric @ctes code ("1"^^nature:NumericCode); skos:altLabel is the XML classification label.\n')
    return f"{header('actes-natures.csv')}{note}{PREFIXES}\n{scheme}\n\n{body}\n"


def matter_shape_ttl(rows: list[dict[str, str]]) -> str:
    items = "\n".join(f"        matter:{r['code']}" for r in rows)
    return (f"{header('actes-nomenclature.csv')}"
            "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
            "@prefix dg: <https://w3id.org/delibgraph/ontology#> .\n"
            "@prefix dgsh: <https://w3id.org/delibgraph/shapes#> .\n"
            "@prefix matter: <https://w3id.org/delibgraph/actes/matter/> .\n\n"
            "dgsh:DeliberationShape sh:property dgsh:DeliberationMatterShape .\n\n"
            "dgsh:DeliberationMatterShape a sh:PropertyShape ;\n"
            "    sh:path dg:matter ;\n"
            "    sh:message \"La matière doit être un code ACTES de niveau 1 ou 2 (par ex. matter/8.5).\"@fr,\n"
            "        \"The matter must be a level-1 or level-2 ACTES code (e.g. matter/8.5).\"@en ;\n"
            f"    sh:in (\n{items}\n    ) .\n")


def generate(reference: Path = REFERENCE) -> dict[str, str]:
    """File path (relative to the project) -> generated text."""
    matters = read_csv(reference / "actes-nomenclature.csv")
    natures = read_csv(reference / "actes-natures.csv")
    return {"ontology/actes-matters.ttl": matters_ttl(matters),
            "ontology/actes-natures.ttl": natures_ttl(natures),
            "shapes/generated-matters.ttl": matter_shape_ttl(matters)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=REFERENCE)
    args = parser.parse_args()
    for rel, text in generate(args.reference).items():
        (ROOT / rel).write_text(text, encoding="utf-8")
        print(f"wrote {rel}")


if __name__ == "__main__":
    main()
