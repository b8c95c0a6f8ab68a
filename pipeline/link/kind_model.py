"""A learned second opinion on an amount's kind (FACTS.md "Kind"), after the rules of
:func:`pipeline.link.kinds.read_kind`.

The rules read the words that govern an amount; where they are wrong it is mostly because
no cue word governs it and they fall back to ``other`` ("loan loss provisions jumped to
Sh2.1 billion" in a bank's results), or because a cue fits another story ("expanded" a
balance sheet, no investment). A softmax model over sparse features weighs the rules'
kind against the words around the amount and the kinds the rules gave the story's other
amounts, and overrides the rules only when it is surer by ``margin`` (probability of its
kind minus that of the rules' kind).

Features (:func:`features`), all lower-case lemmas:

- ``rule=K``: the rules' kind;
- ``L:w`` / ``R:w``: the five words before / after the amount in its sentence;
- ``H:w``: the words of its first four heads in the parse; ``H0:dep:w``: the first;
- ``S:w``: the sentence's words (0.5 each);
- ``D:K``: the share of the story's other amounts the rules read as kind K;
- ``MAG``: log10 of the amount, scaled to 0..1.

The weights are ``models/link/kind_model.jsonl`` (a header line, then one line a
feature), fit by ``scripts/train_kinds.py`` from ``corpus/training/kinds.jsonl.gz``
(``scripts/kind_table.py``); both scripts and the sets they read are in
``models/README.md``.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Span

WINDOW = 5  # words each side of the amount
HEADS = 4  # heads up the parse


def features(span: Span, rule_kind: str, others: Counter[str]) -> dict[str, float]:
    """The model's features of the amount ``span`` (see the module docstring); ``others``
    counts the rules' kinds of the story's other amounts."""
    doc, sent = span.doc, span.sent
    money = span._.money
    amount = float(money.amount) if money is not None else 0.0
    out: dict[str, float] = {"rule=" + rule_kind: 1.0}
    for t in doc[max(sent.start, span.start - WINDOW) : span.start]:
        out["L:" + t.lemma_.lower()] = 1.0
    for t in doc[span.end : min(sent.end, span.end + WINDOW)]:
        out["R:" + t.lemma_.lower()] = 1.0
    cur = span.root
    for k in range(HEADS):
        head = cur.head
        out["H:" + head.lemma_.lower()] = 1.0
        if k == 0:
            out[f"H0:{cur.dep_}:{head.lemma_.lower()}"] = 1.0
        if head.i == cur.i:
            break
        cur = head
    for t in sent:
        if t.is_alpha:
            out["S:" + t.lemma_.lower()] = 0.5
    total = sum(others.values())
    for kind, n in others.items():
        if n > 0:
            out["D:" + kind] = n / total
    out["MAG"] = min(12.0, max(0.0, math.log10(amount + 1))) / 12 if amount >= 0 else 0.0
    return out


@dataclass
class KindModel:
    """Softmax weights over :func:`features`; empty (no ``classes``), it keeps the rules'."""

    classes: tuple[str, ...] = ()
    bias: tuple[float, ...] = ()
    weights: dict[str, tuple[float, ...]] = field(default_factory=dict)
    margin: float = 1.0

    @classmethod
    def neutral(cls, classes: tuple[str, ...]) -> KindModel:
        """A model that never overrides the rules, but has the linker read the story's
        kinds (``scripts/kind_table.py`` records the features with it)."""
        return cls(classes, (0.0,) * len(classes), {}, 2.0)

    @classmethod
    def from_file(cls, path: Path) -> KindModel:
        """Read the header line, then ``{"f": feature, "w": [weight per class]}`` lines."""
        with path.open(encoding="utf-8") as fh:
            head = json.loads(fh.readline())
            weights = {r["f"]: tuple(r["w"]) for r in map(json.loads, fh) if r}
        return cls(tuple(head["classes"]), tuple(head["bias"]), weights, float(head["margin"]))

    def probs(self, feats: dict[str, float]) -> dict[str, float]:
        """Each class's probability."""
        scores = list(self.bias)
        for name, value in feats.items():
            w = self.weights.get(name)
            if w is not None:
                for k, x in enumerate(w):
                    scores[k] += x * value
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}

    def decide(self, rule_kind: str, feats: dict[str, float]) -> str:
        """The model's kind when it beats the rules' by ``margin``, else the rules'."""
        if not self.classes:
            return rule_kind
        p = self.probs(feats)
        best = max(p, key=lambda c: p[c])
        return best if p[best] - p.get(rule_kind, 0.0) > self.margin else rule_kind


def story_kinds(rule_kinds: list[str]) -> list[Counter[str]]:
    """For each amount, the rules' kinds of the story's other amounts."""
    every = Counter(rule_kinds)
    return [every - Counter([k]) for k in rule_kinds]
