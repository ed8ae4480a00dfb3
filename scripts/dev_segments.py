"""Dev tool: segment deliberations from gold titles and score amounts/organisations.

    python scripts/dev_segments.py [--only lens,lannion] [--show] [--field amounts_eur]

Each gold deliberation's title is located in the document text (folded, letters
and digits only; the last occurrence before the next item, so agenda entries are
skipped) and its span runs to the next title. Then ``amounts.run`` and
``organisations.run`` fill the lists and both fields are scored with
``delibgraph.evaluate``. Development only: not part of the package.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

from delibgraph.evaluate import Counts, _amount_eq, _org_eq, score_list
from delibgraph.extract import amounts, organisations
from delibgraph.model import Deliberation, Extraction, Session, Spanned
from delibgraph.sources import read_document

LATEX_RE = re.compile(r"\\[a-zA-Z]+|[$^{}]")
SHARED = Path(__file__).resolve().parents[2] / "shared"


def folded_index(text: str) -> tuple[str, list[int]]:
    """Text folded to lower-case letters/digits, with each char's offset in text."""
    text = LATEX_RE.sub(lambda m: " " * len(m.group(0)), text)
    chars, where = [], []
    for i, c in enumerate(text):
        for d in unicodedata.normalize("NFKD", c).lower():
            if d.isalnum() and not unicodedata.combining(d):
                chars.append(d)
                where.append(i)
    return "".join(chars), where


def locate(text: str, titles: list[str]) -> list[int]:
    """Start offset of each title (or -1), searching backwards from the end."""
    ft, where = folded_index(text)
    starts, limit = [-1] * len(titles), len(ft)
    for i in range(len(titles) - 1, -1, -1):
        key, _ = folded_index(titles[i])
        pos = _find(text, ft, where, key, limit) if key else -1
        if pos >= 0:
            starts[i], limit = where[pos], pos
    return starts


def _line_start(text: str, i: int) -> bool:
    head = text[text.rfind("\n", 0, i) + 1:i]
    return not re.search(r"[^\W\d_]{3}", head)


def _find(text: str, ft: str, where: list[int], key: str, limit: int) -> int:
    """Last occurrence of key (or of a prefix whose window holds key's tail) before limit,
    preferring one that starts a line."""
    for n in (len(key), 60, 35, 20):
        found, hi = [], limit
        while (pos := ft.rfind(key[:n], 0, hi)) >= 0:
            if n == len(key) or key[-12:] in ft[pos:pos + len(key) + 40]:
                found.append(pos)
            hi = pos
        if found:
            return next((p for p in found if _line_start(text, where[p])), found[0])
    return -1


def segment(doc, gold: dict) -> Extraction:
    ext = Extraction(document=doc.name)
    name = (gold.get("authority") or {}).get("name")
    ext.authority.name = Spanned(name) if name else None
    for gs in gold["sessions"]:
        titles = [d.get("title") or "" for d in gs["deliberations"]]
        starts = locate(doc.text, titles)
        known = sorted(s for s in starts if s >= 0)
        sess = Session(start=0, end=len(doc.text))
        for t, s in zip(titles, starts):
            end = next((k for k in known if k > s), len(doc.text))
            sess.deliberations.append(Deliberation(title=Spanned(t), start=s, end=end if s >= 0 else -1))
        ext.sessions.append(sess)
    return ext


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--show", action="store_true", help="print per-item differences")
    ap.add_argument("--field", default="", help="show only this field")
    args = ap.parse_args()
    prefixes = [p for p in args.only.split(",") if p]
    totals = {"amounts_eur": Counts(), "organisations": Counts()}
    for gold_path in sorted((SHARED / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text())
        name = gold["document"]
        if (prefixes and not any(name.startswith(p) for p in prefixes)) or name.endswith(".xml"):
            continue
        doc = read_document(SHARED / "corpus" / name)
        ext = segment(doc, gold)
        amounts.run(doc, ext)
        organisations.run(doc, ext)
        for gs, ps in zip(gold["sessions"], ext.sessions):
            for gd, pd in zip(gs["deliberations"], ps.deliberations):
                compare(name, gd, pd, totals, args)
    for f, c in totals.items():
        print(f"{f:15} tp={c.tp:4} fp={c.fp:4} fn={c.fn:4} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f}")


def compare(name: str, gd: dict, pd: Deliberation, totals: dict, args) -> None:
    pred = {"amounts_eur": [a.value for a in pd.amounts], "organisations": [o.value for o in pd.organisations]}
    eqs = {"amounts_eur": _amount_eq, "organisations": _org_eq}
    for f, c in totals.items():
        scores: dict = {}
        g, p = list(dict.fromkeys(gd.get(f, []))), list(dict.fromkeys(pred[f]))
        score_list(scores, f, g, p, eqs[f])
        c.add(scores[f])
        if args.show and (not args.field or args.field == f) and (scores[f].fp or scores[f].fn):
            fn = [x for x in g if not any(eqs[f](x, y) for y in p)]
            fp = [y for y in p if not any(eqs[f](x, y) for x in g)]
            print(f"{name} [{(gd.get('number') or '')}] {gd['title'][:50]!r} start={pd.start}\n"
                  f"   {f} FN={fn}\n   {f} FP={fp}")


if __name__ == "__main__":
    main()
