"""Money people pay themselves: "Ten former directors at Acme have agreed to pay $54m,
including $18m from their own pockets".

FACTS.md ``company``: the amount belongs to the one that pays; a person's money has no
company ("a person's wealth"). Directors or executives *at* a company who pay do not make
it the company's money. The verdict ``person`` keeps such an amount from the rules that
fill an owner in (a headline's twin, the article's company). Paying verbs are
``people_pay_verbs`` in ``models/link/owner_words.jsonl``; people are the titles of
``models/companies/words.jsonl`` (``person_titles``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.link.context import SUBJECT_DEPS, DocContext
from pipeline.resources import MODELS_DIR, word_sets

PAY_VERBS = word_sets(MODELS_DIR / "link/owner_words.jsonl")["people_pay_verbs"]
PEOPLE = word_sets(MODELS_DIR / "companies/words.jsonl")["person_titles"]


def paid_by_people(ctx: DocContext, span: Span, clause: tuple[int, int]) -> bool:
    """Whether the verb that pays ``span`` has people as its subject ("directors at Acme
    agreed to pay": the subject of "agree", which "pay" completes)."""
    verb = _paying_verb(span, clause)
    return verb is not None and any(
        c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in PEOPLE and ctx.mention_at(c) is None
        for c in verb.children
    )


def _paying_verb(span: Span, clause: tuple[int, int]) -> Token | None:
    """The paying verb the amount hangs from (through nouns and "including"), or the verb
    it is the complement of ("agreed to pay"), within the clause."""
    lo, hi = clause
    tok = span.root
    for _ in range(5):
        if tok.head.i == tok.i or not lo <= tok.head.i < hi:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "prep":  # "including" is a prep
            break
    if tok.lemma_.lower() not in PAY_VERBS:
        return None
    if not any(c.dep_ in SUBJECT_DEPS for c in tok.children) and tok.dep_ == "xcomp":
        return tok.head  # "have agreed to pay": the subject is the main verb's
    return tok

