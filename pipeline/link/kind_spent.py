"""Two cues to an amount's kind (FACTS.md "Kind") beside the trigger words, read by
:func:`pipeline.link.kinds.read_kind`; the word lists are ``models/link/kind_cues.jsonl``.

- "spent £2.4m on the campaign", "had spent about 25 mln dlrs lobbying for the bill":
  money spent on a campaign, an election, advertising or lobbying buys no plant, project
  or expansion, so it is ``other``, not ``investment`` (FACTS.md: investment is money
  spent "on building or expanding something"); so is such spending named as a noun
  ("advertising spending rose to 200 mln dlrs", "campaign spending");
- "a 200 mln stg, five year multiple option facility", "a commercial paper program for up to 200
  mln dlrs": a facility or programme a borrowing word modifies is money borrowed
  (``funding``), not a plant or a spending programme (``investment``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.link.kind_people import personal_income
from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_NOT_BUILT = _CUES["spent_not_built"]
_SPEND_VERBS = _CUES["spend_verbs"]
_SPENDING_NOUNS = _CUES["spending_nouns"]
_BORROWING = _CUES["borrowing_modifiers"]
_BORROWING_HOLDERS = _CUES["borrowing_holders"]
_SHARE_PLANS = _CUES["share_plan_words"]
_APPOSED = _BORROWING_HOLDERS | frozenset({"credit", "loan"})


def spent_not_built(verb: Token) -> bool:
    """Whether ``verb`` spends money on something that is not built: its "on" object
    ("spent £2.4m on the campaign", "£4.2m was spent on sales and marketing") or its
    gerund ("spent 25 mln dlrs lobbying") is a campaign, an election, advertising,
    marketing or lobbying; "put" with an "on" phrase and no "into" lays a duty or a price
    on something ("put 1p a pint on beer")."""
    if verb.lemma_.lower() == "put":  # "put 1p a pint on beer": a duty; "put $5m into" builds
        objects = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "1p a pint on beer"
        preps = {c.lower_ for o in objects for c in o.children if c.dep_ == "prep"}
        return "on" in preps and not preps & {"in", "into"}
    if verb.lemma_.lower() not in _SPEND_VERBS:
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "on":
            if any(_not_built(g) for g in c.children if g.dep_ == "pobj"):
                return True
        elif c.dep_ in ("xcomp", "advcl", "dobj") and c.tag_ in ("VBG", "NN") and _not_built(c):
            return True  # "spent 25 mln dlrs lobbying" (the parser may make it the object)
    return False


def noun_kind(noun: Token, kind: str | None) -> str | None:
    """The kind of a noun whose trigger word gave ``kind``: a person's income is no
    company's result ("his declared income"), spending on a campaign, advertising or
    lobbying builds nothing ("advertising spending", "the party's election spending")."""
    if kind == "financials" and personal_income(noun):
        return "other"
    if kind == "investment" and noun.lemma_.lower() in _SPENDING_NOUNS and any(
        c.dep_ in ("compound", "amod", "nmod") and _not_built(c) for c in noun.children
    ):
        return "other"
    return kind


def _not_built(tok: Token) -> bool:
    """ "the campaign", "the last general election", "sales and marketing"."""
    words = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    return any(w.lower_ in _NOT_BUILT or w.lemma_.lower() in _NOT_BUILT for w in words)


def borrowing_word(holder: Token, modifier: Token) -> str | None:
    """``funding`` when ``modifier`` makes the facility or programme ``holder`` a
    borrowing ("multiple option facility", "commercial paper program", "standby
    facility"); not a share plan ("stock option program")."""
    if holder.lemma_.lower() not in _BORROWING_HOLDERS:
        return None
    if modifier.lower_ not in _BORROWING and modifier.lemma_.lower() not in _BORROWING:
        return None
    if any(t.lower_ in _SHARE_PLANS for t in holder.subtree if t.i < holder.i):
        return None
    return "funding"


def appositive(span: Span) -> Token | None:
    """The noun set beside the amount after a comma that says what it is: "seeks a 200
    mln stg, five year multiple option facility", "a 40 mln dlr, seven year revolving
    credit" (the wire's way of writing a borrowing's size, then its terms)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    for c in span.root.children:
        if c.dep_ == "appos" and c.i > span.end and c.lemma_.lower() in _APPOSED:
            return c  # only a borrowing's noun: "N dlrs, some X above book value" is no value
    return None
