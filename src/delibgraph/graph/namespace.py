# GENERATED FILE, do not edit. Regenerate with: python scripts/gen_namespace.py
"""Namespaces of delibgraph: ``DG`` (every term of ontology/delibgraph.ttl) and the reused vocabularies."""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace


class DG(DefinedNamespace):
    """delibgraph ontology terms (https://w3id.org/delibgraph/ontology#)."""

    _fail = True
    _NS = Namespace("https://w3id.org/delibgraph/ontology#")

    AttendanceChange: URIRef  # Class: attendance change
    Authority: URIRef  # Class: authority
    Council: URIRef  # Class: council
    Deliberation: URIRef  # Class: deliberation
    Evidence: URIRef  # Class: evidence
    Organisation: URIRef  # Class: organisation
    OutcomeScheme: URIRef  # ConceptScheme: deliberation outcomes
    Person: URIRef  # Class: person
    PrefectureAcknowledgement: URIRef  # Class: prefecture acknowledgement
    Proxy: URIRef  # Class: proxy
    Session: URIRef  # Class: session
    SourceDocument: URIRef  # Class: source document
    Vote: URIRef  # Class: vote
    absent: URIRef  # ObjectProperty: absent
    abstainedBy: URIRef  # ObjectProperty: abstained by
    abstentions: URIRef  # DatatypeProperty: abstentions
    acknowledgement: URIRef  # ObjectProperty: acknowledgement
    actId: URIRef  # DatatypeProperty: @ctes act id
    adopted: URIRef  # Concept: adopted
    amount: URIRef  # ObjectProperty: amount
    attendanceChange: URIRef  # ObjectProperty: attendance change
    authorityType: URIRef  # DatatypeProperty: authority type
    complete: URIRef  # DatatypeProperty: complete
    concerns: URIRef  # ObjectProperty: concerns
    convocationDate: URIRef  # DatatypeProperty: convocation date
    councilOf: URIRef  # ObjectProperty: council of
    date: URIRef  # DatatypeProperty: date
    deferred: URIRef  # Concept: deferred
    deliberation: URIRef  # ObjectProperty: deliberation
    departmentCode: URIRef  # DatatypeProperty: department code
    documentKind: URIRef  # DatatypeProperty: document kind
    event: URIRef  # DatatypeProperty: event
    excused: URIRef  # ObjectProperty: excused
    fileName: URIRef  # DatatypeProperty: file name
    forDeliberation: URIRef  # ObjectProperty: for deliberation
    fromItem: URIRef  # DatatypeProperty: from item
    giver: URIRef  # ObjectProperty: giver
    heldBy: URIRef  # ObjectProperty: held by
    holder: URIRef  # ObjectProperty: holder
    matter: URIRef  # ObjectProperty: matter
    membersInOffice: URIRef  # DatatypeProperty: members in office
    nature: URIRef  # ObjectProperty: act nature
    notPresent: URIRef  # ObjectProperty: not present
    notVoting: URIRef  # DatatypeProperty: not voting
    noted: URIRef  # Concept: noted
    number: URIRef  # DatatypeProperty: number
    outcome: URIRef  # ObjectProperty: outcome
    person: URIRef  # ObjectProperty: person
    place: URIRef  # DatatypeProperty: place
    position: URIRef  # DatatypeProperty: position
    postingDate: URIRef  # DatatypeProperty: posting date
    present: URIRef  # ObjectProperty: present
    presentCount: URIRef  # DatatypeProperty: present count
    president: URIRef  # ObjectProperty: president
    proxy: URIRef  # ObjectProperty: proxy
    proxyTo: URIRef  # ObjectProperty: proxy to
    rapporteur: URIRef  # ObjectProperty: rapporteur
    receptionDate: URIRef  # DatatypeProperty: reception date
    rejected: URIRef  # Concept: rejected
    secretary: URIRef  # ObjectProperty: secretary
    session: URIRef  # ObjectProperty: session
    sha256: URIRef  # DatatypeProperty: SHA-256 digest
    siren: URIRef  # DatatypeProperty: SIREN
    startTime: URIRef  # DatatypeProperty: start time
    textLength: URIRef  # DatatypeProperty: text length
    title: URIRef  # DatatypeProperty: title
    toItem: URIRef  # DatatypeProperty: to item
    unanimous: URIRef  # DatatypeProperty: unanimous
    vote: URIRef  # ObjectProperty: vote
    votedAgainst: URIRef  # ObjectProperty: voted against
    votersCount: URIRef  # DatatypeProperty: voters count
    votesAgainst: URIRef  # DatatypeProperty: votes against
    votesFor: URIRef  # DatatypeProperty: votes for
    withdrawn: URIRef  # Concept: withdrawn


BESLUIT = Namespace("http://data.vlaanderen.be/ns/besluit#")
MANDAAT = Namespace("http://data.vlaanderen.be/ns/mandaat#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
OPENGOV = Namespace("http://www.w3.org/ns/opengov#")
ORG = Namespace("http://www.w3.org/ns/org#")
PERSON = Namespace("http://www.w3.org/ns/person#")
SCHEMA = Namespace("http://schema.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCT = Namespace("http://purl.org/dc/terms/")
ADMS = Namespace("http://www.w3.org/ns/adms#")
MATTER = Namespace("https://w3id.org/delibgraph/actes/matter/")
NATURE = Namespace("https://w3id.org/delibgraph/actes/nature/")
DATA = Namespace("https://w3id.org/delibgraph/id/")
DGSH = Namespace("https://w3id.org/delibgraph/shapes#")
ONTOLOGY = URIRef("https://w3id.org/delibgraph/ontology")
MATTER_SCHEME = URIRef("https://w3id.org/delibgraph/actes/matter")
NATURE_SCHEME = URIRef("https://w3id.org/delibgraph/actes/nature")
