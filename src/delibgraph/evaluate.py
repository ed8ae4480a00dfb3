"""Score extraction records against gold files (rules of ../shared/gold/SCHEMA.md).

Per field: true positives, false positives, false negatives, precision, recall,
F1; and a micro-averaged F1 over all fields. Scalars count one TP when equal
after normalisation; a wrong value is one FP and one FN. Lists are compared as
sets. Deliberations are paired by act id, then number, then best title match.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable

CIVILITY = re.compile(
    r"^(?:m\.|mr\.?|mme\.?|mmes\.?|mm\.?|mlle\.?|monsieur|madame|mademoiselle|messieurs|mesdames|"
    r"ma[iî]tre|me|docteur|dr\.?)\s+",
    re.I,
)
DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-") | dict.fromkeys(map(ord, "’‘`´ʼ"), "'")
SESSION_SCALARS = ("date", "start_time", "place", "convocation_date", "president", "secretary",
                   "members_in_office")
PERSON_FIELDS = {"president", "secretary", "rapporteur"}
DELIB_SCALARS = ("number", "act_id", "matter_code", "title", "rapporteur", "outcome", "unanimous",
                 "prefecture_received", "posted")
VOTE_KEYS = ("for", "against", "abstain", "not_voting")


COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _strip_accents(s: str) -> str:
    return COMBINING.sub("", unicodedata.normalize("NFKD", s))


# Latin letters with accents -> without, in one str.translate (fast path of fold).
_ACCENTS = {i: _strip_accents(chr(i)) for i in range(0xC0, 0x250) if _strip_accents(chr(i)) != chr(i)}
FOLD_TABLE = str.maketrans({**DASHES, **_ACCENTS})
SPACES = re.compile(r"\s+")


def fold(s: str) -> str:
    """Case, accents, dash kinds and spaces folded."""
    s = str(s).translate(FOLD_TABLE)
    if not s.isascii():  # rarer letters and combining marks
        s = _strip_accents(s)
    return SPACES.sub(" ", s.lower()).strip()


def strip_civility(name: str) -> str:
    prev = None
    while prev != name:
        prev, name = name, CIVILITY.sub("", name.strip())
    return name


def _family_only(name: str) -> bool:
    words = [w for w in re.split(r"[\s]+", name) if w]
    return len(words) == 1 or all(w.upper() == w for w in words)


def names_match(a: str, b: str) -> bool:
    a, b = strip_civility(a), strip_civility(b)
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    short, long_, short_raw = (fa, fb, a) if len(fa) < len(fb) else (fb, fa, b)
    if not _family_only(short_raw):
        return False
    st, lt = short.replace("-", " ").split(), long_.replace("-", " ").split()
    return any(lt[i:i + len(st)] == st for i in range(len(lt) - len(st) + 1))


def titles_match(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    return fa == fb or (len(fa) > 20 and len(fb) > 20 and (fa in fb or fb in fa))


def scalar_equal(field: str, g: Any, p: Any) -> bool:
    if isinstance(g, bool) or isinstance(p, bool):
        return g is p
    if field in PERSON_FIELDS:
        return names_match(str(g), str(p))
    if field == "title":
        return titles_match(str(g), str(p))
    if isinstance(g, (int, float)) and isinstance(p, (int, float)):
        return abs(g - p) < 0.005
    return fold(str(g)) == fold(str(p))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


Scores = dict[str, Counts]


def score_scalar(scores: Scores, field: str, g: Any, p: Any) -> None:
    c = scores.setdefault(field, Counts())
    if g is None and p is None:
        return
    if g is not None and p is not None and scalar_equal(field, g, p):
        c.tp += 1
        return
    c.fp += p is not None
    c.fn += g is not None


def score_list(scores: Scores, field: str, gold: list, pred: list,
               eq: Callable[[Any, Any], bool]) -> None:
    c = scores.setdefault(field, Counts())
    unused = list(pred)
    for g in gold:
        hit = next((p for p in unused if eq(g, p)), None)
        if hit is None:
            c.fn += 1
        else:
            unused.remove(hit)
            c.tp += 1
    c.fp += len(unused)


def _org_eq(a: str, b: str) -> bool:
    return fold(a) == fold(b)


def _amount_eq(a: float, b: float) -> bool:
    return abs(float(a) - float(b)) < 0.005


def _proxy_eq(a: dict, b: dict) -> bool:
    return names_match(a["from"], b["from"]) and names_match(a["to"], b["to"])


def _pair(gold: list[dict], pred: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Pair deliberations by act id, then number, then best title match."""
    pairs, gl, pl = [], list(gold), list(pred)
    keys: list[Callable[[dict, dict], bool]] = [
        lambda g, p: bool(g.get("act_id")) and g.get("act_id") == p.get("act_id"),
        lambda g, p: bool(g.get("number")) and fold(str(g.get("number"))) == fold(str(p.get("number") or "")),
        lambda g, p: bool(g.get("title") and p.get("title")) and titles_match(g["title"], p["title"]),
    ]
    for key in keys:
        for g in list(gl):
            p = next((p for p in pl if key(g, p)), None)
            if p is not None:
                pairs.append((g, p))
                gl.remove(g)
                pl.remove(p)
    return pairs, gl, pl


EMPTY_DELIB: dict[str, Any] = {"votes": {}, "against_names": [], "abstain_names": [],
                               "amounts_eur": [], "organisations": []}


def score_deliberation(scores: Scores, g: dict, p: dict) -> None:
    for f in DELIB_SCALARS:
        score_scalar(scores, f, g.get(f), p.get(f))
    for k in VOTE_KEYS:
        score_scalar(scores, f"votes.{k}", (g.get("votes") or {}).get(k), (p.get("votes") or {}).get(k))
    score_list(scores, "against_names", g.get("against_names", []), p.get("against_names", []), names_match)
    score_list(scores, "abstain_names", g.get("abstain_names", []), p.get("abstain_names", []), names_match)
    score_list(scores, "amounts_eur", list(dict.fromkeys(g.get("amounts_eur", []))),
               list(dict.fromkeys(p.get("amounts_eur", []))), _amount_eq)
    score_list(scores, "organisations", g.get("organisations", []), p.get("organisations", []), _org_eq)


def score_session(scores: Scores, g: dict, p: dict) -> None:
    for f in SESSION_SCALARS:
        score_scalar(scores, f, g.get(f), p.get(f))
    for f in ("present", "excused", "absent"):
        score_list(scores, f, g.get(f, []), p.get(f, []), names_match)
    score_list(scores, "proxies", g.get("proxies", []), p.get("proxies", []), _proxy_eq)
    pairs, missed, extra = _pair(g.get("deliberations", []), p.get("deliberations", []))
    c = scores.setdefault("deliberation", Counts())
    c.add(Counts(len(pairs), len(extra), len(missed)))
    for gd, pd in pairs:
        score_deliberation(scores, gd, pd)
    for gd in missed:
        score_deliberation(scores, gd, EMPTY_DELIB)
    for pd in extra:
        score_deliberation(scores, EMPTY_DELIB, pd)


EMPTY_SESSION: dict[str, Any] = {"deliberations": []}


def score_document(gold: dict, pred: dict) -> Scores:
    scores: Scores = {}
    ga, pa = gold.get("authority") or {}, pred.get("authority") or {}
    for f in ("name", "type", "siren", "department"):
        score_scalar(scores, f"authority.{f}", ga.get(f), pa.get(f))
    gs, ps = list(gold.get("sessions", [])), list(pred.get("sessions", []))
    for g in gs:
        p = next((p for p in ps if p.get("date") == g.get("date")), ps[0] if ps else None)
        if p is not None:
            ps.remove(p)
        score_session(scores, g, p or EMPTY_SESSION)
    for p in ps:
        score_session(scores, EMPTY_SESSION, p)
    return scores


def merge(all_scores: list[Scores]) -> Scores:
    total: Scores = defaultdict(Counts)
    for s in all_scores:
        for f, c in s.items():
            total[f].add(c)
    return dict(total)


def micro(scores: Scores) -> Counts:
    total = Counts()
    for c in scores.values():
        total.add(c)
    return total


def table(scores: Scores) -> list[tuple[str, int, int, int, float, float, float]]:
    rows = [(f, c.tp, c.fp, c.fn, c.precision, c.recall, c.f1)
            for f, c in sorted(scores.items()) if c.tp + c.fp + c.fn]
    m = micro(scores)
    rows.append(("micro", m.tp, m.fp, m.fn, m.precision, m.recall, m.f1))
    return rows


def format_table(scores: Scores) -> str:
    """The per-field table as plain text (for scripts and logs)."""
    lines = [f"{'field':22} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    lines += [f"{f:22} {tp:5} {fp:5} {fn:5} {p:6.3f} {r:6.3f} {f1:6.3f}"
              for f, tp, fp, fn, p, r, f1 in table(scores)]
    return "\n".join(lines)


def format_micro(name: str, scores: Scores) -> str:
    m = micro(scores)
    return f"{name:40} tp={m.tp:4} fp={m.fp:4} fn={m.fn:4} f1={m.f1:.3f}"


def evaluate_dir(gold_dir, docs_dir, extract_json: Callable[[Any], dict]) -> tuple[Scores, list[str]]:
    """Score every document a gold file names; return the scores and the problems met."""
    import json
    from pathlib import Path

    all_scores, problems = [], []
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "document" not in gold:
            continue
        doc = Path(docs_dir) / gold["document"]
        try:
            pred = extract_json(doc)
        except Exception as exc:  # reported, scored as nothing found
            problems.append(f"{doc}: {exc}")
            pred = {"sessions": []}
        all_scores.append(score_document(gold, pred))
    return merge(all_scores), problems
