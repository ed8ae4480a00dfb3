"""Export to the SCDL "Délibérations" CSV (schema.data.gouv.fr, scdl/deliberations 2.1.5).

One row per deliberation. Every column comes from a SPARQL query over the
store; a column the documents do not state stays empty (COLL_SIRET needs a
SIRET, which deliberations rarely print: it is left empty rather than invented).
"""

from __future__ import annotations

import csv
import io
from typing import IO

COLUMNS = ("COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
           "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID",
           "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE",
           "VOTE_ABSTENTION", "DELIB_URL")

QUERY = """
SELECT ?COLL_NOM ?DELIB_ID ?DELIB_DATE ?DELIB_MATIERE_CODE ?DELIB_MATIERE_NOM
       ?DELIB_OBJET ?PREF_DATE ?VOTE_EFFECTIF ?VOTE_REEL ?VOTE_POUR ?VOTE_CONTRE ?VOTE_ABSTENTION
WHERE {
  ?d a dg:Deliberation ; dg:session ?s .
  ?s dg:heldBy/dg:councilOf ?a .
  OPTIONAL { ?a foaf:name ?COLL_NOM }
  OPTIONAL { ?d dg:number ?number }
  OPTIONAL { ?d dg:actId ?act }
  BIND(COALESCE(?number, ?act) AS ?DELIB_ID)
  OPTIONAL { ?s dg:date ?DELIB_DATE }
  OPTIONAL { ?d dg:matter ?m . BIND(STRAFTER(STR(?m), "/matter/") AS ?DELIB_MATIERE_CODE)
    OPTIONAL { ?m skos:prefLabel ?l2 ; skos:broader/skos:prefLabel ?l1 .
      FILTER(LANG(?l1) = "fr" && LANG(?l2) = "fr")
      BIND(LCASE(CONCAT(STR(?l1), "/", STR(?l2))) AS ?DELIB_MATIERE_NOM) } }
  OPTIONAL { ?d dg:title ?DELIB_OBJET }
  OPTIONAL { ?d dg:acknowledgement/dg:receptionDate ?PREF_DATE }
  OPTIONAL { ?s dg:membersInOffice ?VOTE_EFFECTIF }
  OPTIONAL { ?d dg:vote ?v .
    OPTIONAL { ?v dg:votesFor ?VOTE_POUR } OPTIONAL { ?v dg:votesAgainst ?VOTE_CONTRE }
    OPTIONAL { ?v dg:abstentions ?VOTE_ABSTENTION } }
  BIND(IF(BOUND(?VOTE_POUR) && BOUND(?VOTE_CONTRE) && BOUND(?VOTE_ABSTENTION),
          ?VOTE_POUR + ?VOTE_CONTRE + ?VOTE_ABSTENTION, ?unbound) AS ?VOTE_REEL)
}
ORDER BY ?COLL_NOM ?DELIB_DATE ?DELIB_ID
"""


PROJECTED = ("COLL_NOM", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
             "DELIB_OBJET", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE",
             "VOTE_ABSTENTION")


def write_scdl(store, out: IO[bytes]) -> int:
    """Write the CSV (UTF-8, comma-separated, as the schema's examples); return the row count."""
    text = io.StringIO()
    w = csv.DictWriter(text, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    seen, n = set(), 0
    for sol in store.query(QUERY):
        row = {c: "" for c in COLUMNS}
        for c in PROJECTED:
            term = sol[c]
            row[c] = "" if term is None else term.value
        key = tuple(row.values())
        if key not in seen:  # one deliberation described by two documents
            seen.add(key)
            w.writerow(row)
            n += 1
    out.write(text.getvalue().encode("utf-8"))
    return n
