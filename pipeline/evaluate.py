"""Scoring extracted facts against gold files, exactly as ``FACTS.md`` says.

Three numbers, each over distinct keys so that a figure stored once per
mention (headline and body) counts once:

- amounts: distinct (doc, amount, currency); a predicted figure or one of its
  equivalents matches the gold figure or one of the gold equivalents;
- facts: distinct (doc, company, amount, currency); a predicted tuple is
  correct when its company is one of a gold line's names after
  :func:`normalize_company` (or both are empty) and its amount matches as above;
- sector accuracy: among gold lines some prediction matched, the share where
  a matching prediction's sector is in the gold list ('' when the list is empty).

>>> normalize_company("Toyota Motor Corp.'s")
'toyota motor'
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.companies.suffixes import LEGAL_SUFFIXES
from pipeline.gold import Equivalent, GoldFact, doc_key, load_gold
from pipeline.predictions import PredFact, as_decimal, predictions_from_db

__all__ = [
    "TOLERANCE",
    "GoldFact",
    "PredFact",
    "Scores",
    "amounts_equal",
    "doc_key",
    "evaluate",
    "format_scores",
    "load_gold",
    "normalize_company",
    "predictions_from_db",
    "score",
]

if TYPE_CHECKING:  # SQLAlchemy itself loads only when a database is read
    pass

# Two amounts are the same figure when they differ by at most 0.5% of the gold
# value. Amounts reach the database as REAL and gold files as JSON floats, and
# annotators write what the article says ("$2.4 billion") while the extractor
# may read a more exact mention of the same figure ("$2.44 billion" is 1.7%
# away and stays a different figure); 0.5% absorbs rounding and float noise
# without merging figures an analyst would call different.
TOLERANCE = Decimal("0.005")


# --- keys and matching ------------------------------------------------------


def normalize_company(name: str) -> str:
    """A company name for matching: no case, punctuation, possessive or legal suffix."""
    text = unicodedata.normalize("NFKC", name).casefold().replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    text = text.replace(".", "")  # "S.A." is "SA", "Corp." is "Corp"
    text = re.sub(r"[^\w\s]|_", " ", text)
    words = text.split()
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def amounts_equal(predicted: Decimal | float, gold: Decimal | float) -> bool:
    """Whether two amounts are one figure: within :data:`TOLERANCE` of the gold value."""
    p, g = as_decimal(predicted), as_decimal(gold)
    return abs(p - g) <= TOLERANCE * abs(g)


def _figures_match(pred: Iterable[Equivalent], gold: Iterable[Equivalent]) -> bool:
    gold = list(gold)
    return any(pc == gc and amounts_equal(pa, ga) for pa, pc in pred for ga, gc in gold)


def _company_matches(predicted: str, names: Sequence[str]) -> bool:
    if not names:
        return not predicted.strip()
    norm = normalize_company(predicted)
    return bool(norm) and any(norm == normalize_company(n) for n in names)


# --- scoring -------------------------------------------------------------------


@dataclass
class Scores:
    """Counts behind every ratio; ratios are 0.0 when their denominator is 0."""

    amount_gold: int = 0  # distinct gold (doc, amount, currency)
    amount_found: int = 0  # ... of which some prediction matched
    amount_pred: int = 0  # distinct predicted (doc, amount, currency)
    amount_correct: int = 0  # ... of which matched some gold figure
    fact_gold: int = 0  # gold lines
    fact_found: int = 0  # ... matched by some predicted tuple
    fact_pred: int = 0  # distinct predicted (doc, company, amount, currency)
    fact_correct: int = 0  # ... matching some gold line
    sector_correct: int = 0  # matched gold lines whose sector a match got right
    kind_total: int = 0  # gold lines whose amount some prediction found
    kind_correct: int = 0  # ... of which a prediction of that amount has the gold kind
    per_doc: dict[str, Scores] = field(default_factory=dict)
    missed: list[GoldFact] = field(default_factory=list)  # gold lines nothing matched
    wrong: list[PredFact] = field(default_factory=list)  # predicted tuples matching no line
    wrong_sector: list[tuple[GoldFact, tuple[str, ...]]] = field(default_factory=list)
    wrong_kind: list[tuple[GoldFact, tuple[str, ...]]] = field(default_factory=list)

    @property
    def amount_precision(self) -> float:
        return _ratio(self.amount_correct, self.amount_pred)

    @property
    def amount_recall(self) -> float:
        return _ratio(self.amount_found, self.amount_gold)

    @property
    def fact_precision(self) -> float:
        return _ratio(self.fact_correct, self.fact_pred)

    @property
    def fact_recall(self) -> float:
        return _ratio(self.fact_found, self.fact_gold)

    @property
    def fact_f1(self) -> float:
        p, r = self.fact_precision, self.fact_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def sector_total(self) -> int:
        return self.fact_found

    @property
    def sector_accuracy(self) -> float:
        return _ratio(self.sector_correct, self.sector_total)

    @property
    def kind_accuracy(self) -> float:
        return _ratio(self.kind_correct, self.kind_total)

    def add(self, other: Scores) -> None:
        for name in _COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.missed += other.missed
        self.wrong += other.wrong
        self.wrong_sector += other.wrong_sector
        self.wrong_kind += other.wrong_kind

    def to_dict(self, *, details: bool = True) -> dict[str, Any]:
        """Plain JSON-ready data: ratios with their counts, per doc and the misses."""
        out: dict[str, Any] = {
            "amount": {
                "precision": self.amount_precision,
                "recall": self.amount_recall,
                "correct": self.amount_correct,
                "predicted": self.amount_pred,
                "found": self.amount_found,
                "gold": self.amount_gold,
            },
            "fact": {
                "precision": self.fact_precision,
                "recall": self.fact_recall,
                "f1": self.fact_f1,
                "correct": self.fact_correct,
                "predicted": self.fact_pred,
                "found": self.fact_found,
                "gold": self.fact_gold,
            },
            "sector": {
                "accuracy": self.sector_accuracy,
                "correct": self.sector_correct,
                "total": self.sector_total,
            },
            "kind": {
                "accuracy": self.kind_accuracy,
                "correct": self.kind_correct,
                "total": self.kind_total,
            },
        }
        if details:
            out["per_doc"] = {d: s.to_dict(details=False) for d, s in self.per_doc.items()}
            out["missed"] = [_gold_dict(g) for g in self.missed]
            out["wrong"] = [_pred_dict(p) for p in self.wrong]
            out["wrong_sector"] = [
                {**_gold_dict(g), "predicted_sector": list(s)} for g, s in self.wrong_sector
            ]
            out["wrong_kind"] = [
                {**_gold_dict(g), "predicted_kind": list(k)} for g, k in self.wrong_kind
            ]
        return out


_COUNTS = (
    "amount_gold",
    "amount_found",
    "amount_pred",
    "amount_correct",
    "fact_gold",
    "fact_found",
    "fact_pred",
    "fact_correct",
    "sector_correct",
    "kind_total",
    "kind_correct",
)


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def score(
    gold: Iterable[GoldFact], predicted: Iterable[PredFact], *, docs: Iterable[str] | None = None
) -> Scores:
    """Score predictions against gold lines (``FACTS.md``, "Gold files").

    ``docs`` limits both sides to those documents, for a database that holds
    more articles than the gold file covers. Without it every prediction
    counts: an article with no gold line is one with no facts.
    """
    keep = set(docs) if docs is not None else None
    by_doc_gold: dict[str, list[GoldFact]] = defaultdict(list)
    by_doc_pred: dict[str, list[PredFact]] = defaultdict(list)
    for g in gold:
        if keep is None or g.doc in keep:
            by_doc_gold[g.doc].append(g)
    for p in predicted:
        if keep is None or p.doc in keep:
            by_doc_pred[p.doc].append(p)
    total = Scores()
    for doc in sorted(set(by_doc_gold) | set(by_doc_pred)):
        one = _score_doc(by_doc_gold.get(doc, []), by_doc_pred.get(doc, []))
        total.add(one)
        total.per_doc[doc] = one
    return total


def _score_doc(gold: list[GoldFact], preds: list[PredFact]) -> Scores:
    """Scores for one document (every match is within a document)."""
    s = Scores()

    # Amounts: distinct (amount, currency), each with the union of its equivalents.
    gold_figs = _distinct_figures((g.amount, g.currency, g.equivalents) for g in gold)
    pred_figs = _distinct_figures((p.amount, p.currency, p.equivalents) for p in preds)
    s.amount_gold, s.amount_pred = len(gold_figs), len(pred_figs)
    s.amount_found = sum(any(_figures_match(p, g) for p in pred_figs) for g in gold_figs)
    s.amount_correct = sum(any(_figures_match(p, g) for g in gold_figs) for p in pred_figs)

    # Facts: gold lines (one per acceptable-name set), predicted tuples deduplicated.
    lines: dict[tuple, GoldFact] = {}
    for g in gold:
        names = frozenset(map(normalize_company, g.company))
        key = (names, as_decimal(g.amount), g.currency.upper())
        lines.setdefault(key, g)
    tuples: dict[tuple, list[PredFact]] = {}
    for p in preds:
        pkey = (normalize_company(p.company), as_decimal(p.amount), p.currency.upper())
        tuples.setdefault(pkey, []).append(p)

    line_figs = {k: _figure_set(g) for k, g in lines.items()}
    matched_by: dict[tuple, list[PredFact]] = defaultdict(list)
    s.fact_pred = len(tuples)
    for group in tuples.values():
        first = group[0]
        figs = _union_figures(group)
        hits = [
            k
            for k, g in lines.items()
            if _company_matches(first.company, g.company) and _figures_match(figs, line_figs[k])
        ]
        for k in hits:
            matched_by[k].extend(group)
        if hits:
            s.fact_correct += 1
        else:
            s.wrong.append(first)

    s.fact_gold = len(lines)
    for k, g in lines.items():
        matches = matched_by.get(k)
        if not matches:
            s.missed.append(g)
            continue
        s.fact_found += 1
        # Mentions of one fact may disagree (a headline often names no sector):
        # the line counts as right when any matched mention got the sector.
        sectors = tuple(dict.fromkeys(p.sector for p in matches))
        if any((sec in g.sector) if g.sector else not sec for sec in sectors):
            s.sector_correct += 1
        else:
            s.wrong_sector.append((g, sectors))
    _score_kinds(s, lines, line_figs, preds)
    return s


def _score_kinds(
    s: Scores, lines: dict[tuple, GoldFact], line_figs: dict[tuple, list[Equivalent]],
    preds: list[PredFact],
) -> None:
    """Kind accuracy (FACTS.md): among gold lines whose amount was found, the share
    with a predicted fact of that amount, whatever its company, of the gold kind."""
    pred_figs = [(p, _figure_set_of(p)) for p in preds]
    for k, g in lines.items():
        kinds = tuple(
            dict.fromkeys(p.kind for p, figs in pred_figs if _figures_match(figs, line_figs[k]))
        )
        if not kinds:
            continue
        s.kind_total += 1
        if g.kind in kinds:
            s.kind_correct += 1
        else:
            s.wrong_kind.append((g, kinds))


def _figure_set_of(p: PredFact) -> list[Equivalent]:
    """A predicted figure and its stored equivalents."""
    figures = [(p.amount, p.currency), *p.equivalents]
    return [(as_decimal(a), c.upper()) for a, c in figures]


def _figure_set(g: GoldFact) -> list[Equivalent]:
    """The gold figure and its equivalents, any of which a prediction may match."""
    figures = [(g.amount, g.currency), *g.equivalents]
    return [(as_decimal(a), c.upper()) for a, c in figures]


def _union_figures(preds: Iterable[PredFact]) -> list[Equivalent]:
    out: dict[Equivalent, None] = {}
    for p in preds:
        out[(as_decimal(p.amount), p.currency.upper())] = None
        for a, c in p.equivalents:
            out[(as_decimal(a), c.upper())] = None
    return list(out)


def _distinct_figures(
    items: Iterable[tuple[Any, str, Iterable[tuple[Any, str]]]],
) -> list[list[Equivalent]]:
    """Distinct (amount, currency) keys, each as [primary, *equivalents seen with it]."""
    figs: dict[Equivalent, dict[Equivalent, None]] = {}
    for amount, currency, equivalents in items:
        key = (as_decimal(amount), currency.upper())
        seen = figs.setdefault(key, {key: None})
        for a, c in equivalents:
            seen[(as_decimal(a), c.upper())] = None
    return [list(v) for v in figs.values()]


# --- output ------------------------------------------------------------------


def format_scores(scores: Scores, verbose: bool = False) -> str:
    """The scores as a reader sees them: one line a number, with its counts.

    >>> print(format_scores(Scores(amount_gold=4, amount_found=3, amount_pred=3,
    ...     amount_correct=3, fact_gold=4, fact_found=2, fact_pred=3, fact_correct=2,
    ...     sector_correct=1)))
    amount precision 1.000 (3/3)
    amount recall 0.750 (3/4)
    fact precision 0.667 (2/3)
    fact recall 0.500 (2/4)
    fact F1 0.571
    sector accuracy 0.500 (1/2)
    kind accuracy 0.000 (0/0)
    """
    s = scores
    lines = [
        f"amount precision {s.amount_precision:.3f} ({s.amount_correct}/{s.amount_pred})",
        f"amount recall {s.amount_recall:.3f} ({s.amount_found}/{s.amount_gold})",
        f"fact precision {s.fact_precision:.3f} ({s.fact_correct}/{s.fact_pred})",
        f"fact recall {s.fact_recall:.3f} ({s.fact_found}/{s.fact_gold})",
        f"fact F1 {s.fact_f1:.3f}",
        f"sector accuracy {s.sector_accuracy:.3f} ({s.sector_correct}/{s.sector_total})",
        f"kind accuracy {s.kind_accuracy:.3f} ({s.kind_correct}/{s.kind_total})",
    ]
    if not verbose:
        return "\n".join(lines)
    if s.per_doc:
        lines += ["", "per document (facts P, R; amounts P, R; sector; kind):"]
        for doc, d in s.per_doc.items():
            lines.append(
                f"  {doc}  facts P {d.fact_correct}/{d.fact_pred} R {d.fact_found}/{d.fact_gold}"
                f"  amounts P {d.amount_correct}/{d.amount_pred}"
                f" R {d.amount_found}/{d.amount_gold}"
                f"  sector {d.sector_correct}/{d.sector_total}"
                f"  kind {d.kind_correct}/{d.kind_total}"
            )
    if s.missed:
        lines += ["", f"missed ({len(s.missed)} gold lines no prediction matched):"]
        for g in s.missed:
            company = " | ".join(g.company) or "-"
            lines.append(
                f"  {g.doc}  {_money(g.amount, g.currency)}  company {company}"
                f'  "{g.sentence}"' + (f"  ({g.source})" if g.source else "")
            )
    if s.wrong:
        lines += ["", f"wrong ({len(s.wrong)} predictions no gold line matched):"]
        for p in s.wrong:
            lines.append(
                f"  {p.doc}  {_money(p.amount, p.currency)}  company {p.company or '-'}"
                f'  "{p.sentence}"' + (f"  [fact {p.fact_id}]" if p.fact_id else "")
            )
    if s.wrong_sector:
        lines += ["", f"wrong sector ({len(s.wrong_sector)} matched lines):"]
        for g, got in s.wrong_sector:
            want = " | ".join(g.sector) or "(none)"
            have = " | ".join(x or "(none)" for x in got)
            lines.append(f"  {g.doc}  {_money(g.amount, g.currency)}  want {want}  got {have}")
    if s.wrong_kind:
        lines += ["", f"wrong kind ({len(s.wrong_kind)} lines whose amount was found):"]
        for g, got in s.wrong_kind:
            have = " | ".join(got)
            lines.append(f"  {g.doc}  {_money(g.amount, g.currency)}  want {g.kind}  got {have}")
    return "\n".join(lines)


def _money(amount: Decimal | float, currency: str) -> str:
    d = as_decimal(amount)
    text = f"{d:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{currency} {text}"


def _gold_dict(g: GoldFact) -> dict[str, Any]:
    out: dict[str, Any] = {
        "doc": g.doc,
        "amount": float(g.amount),
        "currency": g.currency,
        "qualifier": g.qualifier,
        "company": list(g.company),
        "sector": list(g.sector),
        "kind": g.kind,
        "sentence": g.sentence,
    }
    if g.amount_max is not None:
        out["amount_max"] = float(g.amount_max)
    if g.equivalents:
        out["equivalents"] = [{"amount": float(a), "currency": c} for a, c in g.equivalents]
    if g.source:
        out["source"] = g.source
    return out


def _pred_dict(p: PredFact) -> dict[str, Any]:
    return {
        "doc": p.doc,
        "amount": float(p.amount),
        "currency": p.currency,
        "company": p.company,
        "sector": p.sector,
        "kind": p.kind,
        "qualifier": p.qualifier,
        "sentence": p.sentence,
        "fact_id": p.fact_id,
    }


def evaluate(
    paths: Sequence[str],
    gold_paths: Sequence[str | Path],
    *,
    db: str | Path | None = None,
    nlp: Any = None,
    gold_docs_only: bool = False,
) -> Scores:
    """Extract ``paths`` into ``db`` (a temporary file when None) and score against gold.

    ``gold_docs_only`` processes and scores only the articles the gold files
    name: for a development set annotated inside a larger collection.
    """
    import tempfile

    from pipeline.extract import extract

    gold = load_gold(gold_paths)
    docs = {g.doc for g in gold} if gold_docs_only else None
    keep = (lambda a: doc_key(a.source, a.record) in docs) if docs is not None else None
    with tempfile.TemporaryDirectory() as tmp:
        target = db or Path(tmp) / "eval.sqlite"
        extract(list(paths), db=target, nlp=nlp, keep=keep)
        return score(gold, predictions_from_db(target), docs=docs)
