"""Who forecasts a figure is not who it belongs to.

FACTS.md ``financials`` takes a company's forecast results; the dev gold gives
analysts' expectations to the company expected ("eBay's profit was 33 cents a share,
but analysts had expected 34 cents"). A data house or broker named as the source of
the estimate ("the FactSet consensus estimate of 70 cents", "Kotak Securities had
estimated a total profit after tax of Rs 7,670 crore") is the forecaster: the figure
is the article's company's, so the rule that named the forecaster steps aside and the
article-focus rule gives the figure to the story's company.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.companies.mentions import Mention
from pipeline.link.context import DocContext
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/owner_words.jsonl")
ESTIMATE_NOUNS = _WORDS["estimate_nouns"]  # "the FactSet consensus estimate of 70 cents"
ESTIMATE_VERBS = _WORDS["estimate_verbs"]  # "Kotak Securities had estimated a profit of"
_UP = 6  # how far up the parse the estimate word may be


def forecaster(ctx: DocContext, span: Span) -> Mention | None:
    """The company named as the maker of the estimate the amount is, if any, when it is
    not the article's lead (a company's own forecast is its own)."""
    tok, found = span.root, None
    for _ in range(_UP):
        head = tok.head
        if head.i == tok.i:
            break
        lemma = head.lemma_.lower()
        if head.pos_ in ("NOUN", "PROPN") and lemma in ESTIMATE_NOUNS:
            found = _named(ctx, [c for c in head.children if c.dep_ in ("compound", "poss")])
        elif head.pos_ in ("VERB", "AUX"):
            if lemma in ESTIMATE_VERBS:
                found = _named(ctx, [c for c in head.children if c.dep_ == "nsubj"])
            break
        if found is not None:
            break
        tok = head
    lead = ctx.lead()
    if found is None or lead is not None and ctx.canonical(lead.name) == ctx.canonical(found.name):
        return None
    return found


def _named(ctx: DocContext, toks: list) -> Mention | None:
    for tok in toks:
        m = ctx.mention_at(tok)
        if m is not None:
            return m
    return None
