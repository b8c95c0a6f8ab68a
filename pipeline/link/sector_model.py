"""A learned second opinion on an amount's sector (FACTS.md "Sector"), after the rules of
the linker (:mod:`pipeline.link.industry`, :mod:`pipeline.link.sectors`).

The rules take the sector word nearest the amount, else the owner's industry, else the
article's. Where they look for an industry and find none (``Span._.sector_open``: no
word near the amount, no known trade of its owner, no single industry the article
names most) the gold files mostly still give one: a savings account's "£250" in a story
about lenders is financials. There a softmax model over sparse features (the same kind
of model as the kinds', :class:`pipeline.link.kind_model.KindModel`) may fill the gap
when it is surer than "none" by ``margin``, and only with a sector the article names:
it never guesses an industry no word of the story supports. A sector the rules chose
stands, and so does none where they found that the money has no industry (a budget, a
person's pay). In cross-validation over the gold sets (each set scored by a model fit
without it) it filled 85 of 896 open amounts: 70 right, 6 where none was right.

Features (:func:`sector_features`), all lower-case:

- ``rule=S``: the rules' sector (``none`` for no sector); ``kind=K``: the amount's kind;
- ``owned`` / ``unowned``: whether a company owns the amount; ``open``: the rules looked
  for the amount's industry and found none (``Span._.sector_open``);
- ``C:w``: the words of the owners' names;
- ``A:S``: the share of the article's sector words that name S; ``A1:S``: the most named;
- ``N:S``: a word of sector S in the amount's sentence;
- ``S:w``: the sentence's lemmas (0.5 each); ``T:w``: the headline's (first sentence's);
- ``worded`` / ``unworded``: whether a sector word of the text decided the rules' sector;
- ``D:S``: the share of the story's other amounts the rules gave sector S.

The weights are ``models/link/sector_model.jsonl``, fit by ``scripts/train_sectors.py``
from ``corpus/training/sectors.jsonl.gz`` (``scripts/sector_table.py``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Span

from pipeline.link.kind_model import KindModel
from pipeline.link.sectors import SectorHit
from pipeline.types import SECTOR_MODEL_WORDS

NONE = "none"  # the class of "no sector"


def sector_features(
    span: Span, rule: str, hits: Sequence[SectorHit], others: Counter[str]
) -> dict[str, float]:
    """The model's features of the amount ``span`` whose rules' sector is ``rule`` ('' for
    none); ``hits`` are the article's sector words, ``others`` counts the rules' sectors
    of the story's other amounts."""
    sent = span.sent
    out: dict[str, float] = {"rule=" + (rule or NONE): 1.0, "kind=" + (span._.kind or "other"): 1.0}
    links = span._.links or []
    out["owned" if links else "unowned"] = 1.0
    if span._.sector_open:  # the rules looked for an industry and found none
        out["open"] = 1.0
    out["worded" if span._.sector_words else "unworded"] = 1.0  # a sector word decided it
    for link in links:
        for word in link.company.lower().split():
            if word.isalpha():
                out["C:" + word] = 1.0
    counts = Counter(h.sector for h in hits)
    total = sum(counts.values())
    for sector, n in counts.items():
        out["A:" + sector] = n / total
    if counts:
        out["A1:" + counts.most_common(1)[0][0]] = 1.0
    for h in hits:
        if sent.start <= h.start and h.end <= sent.end:
            out["N:" + h.sector] = 1.0
    for t in sent:
        if t.is_alpha:
            out["S:" + t.lemma_.lower()] = 0.5
    for t in next(span.doc.sents, sent):  # the headline
        if t.is_alpha and not t.is_stop:
            out["T:" + t.lemma_.lower()] = 0.5
    rest = sum(others.values())
    for sector, n in others.items():
        if n > 0:
            out["D:" + sector] = n / rest
    return out


def decide_sector(model: KindModel, rule: str, feats: dict[str, float]) -> str:
    """The model's sector when it beats the rules' by the margin and the story names it
    (an ``A:`` feature) or it is none; else the rules' (``''`` for none)."""
    if rule or "open" not in feats or not model.classes:  # a sector the rules chose stands,
        return rule  # and so does none where they found the money has no industry
    p = model.probs(feats)
    allowed = [c for c in p if c == NONE or "A:" + c in feats or c == (rule or NONE)]
    best = max(allowed, key=lambda c: p[c])
    if p[best] - p.get(rule or NONE, 0.0) <= model.margin:
        return rule
    return "" if best == NONE else best


def story_sectors(spans: Sequence[Span]) -> list[Counter[str]]:
    """For each amount, the rules' sectors of the story's other amounts (none counted)."""
    every = Counter(s._.sector or NONE for s in spans)
    return [every - Counter([s._.sector or NONE]) for s in spans]


def second_opinion(model: KindModel, spans: Sequence[Span], hits: Sequence[SectorHit]) -> None:
    """Set each amount's ``Span._.sector`` to the model's sector where it overrides the
    rules' (``sector_words`` then says ``SECTOR_MODEL_WORDS``, for audit). A deal's sides
    keep the industries the rules gave each (``Link.sector``)."""
    if not model.classes:
        return
    for span, others in zip(spans, story_sectors(spans), strict=True):
        if any(link.sector for link in span._.links or []):
            continue
        rule = span._.sector or ""
        sector = decide_sector(model, rule, sector_features(span, rule, hits, others))
        if sector != rule:
            span._.sector, span._.sector_words = sector, SECTOR_MODEL_WORDS
