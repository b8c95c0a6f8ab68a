"""The cost of a thing built or set up, when its sentence names no project: "at a cost of
£50m", "the estimated cost is 2.5 billion euros", "the cost of rebuilding it is estimated
at 1.8 billion dollars" are money spent on it, FACTS.md Kind investment.

What stays out: a cost *to* someone ("a cost to the global economy of $105bn", "the cost
to SAS") is a loss to them; the cost *of* a good or service ("the £85 cost of the card",
"the cost of running operations") is its price or an expense (FACTS.md Kind other),
unless what it is the cost of is built, made or set up (models/link/kind_cues.jsonl
make_verbs, project_nouns, cost_of_building); a cost that a deal word governs ("placed
an order for an aircraft at a cost of 150 mln dlrs") is that deal's price; and a cost
under a verb that sells or destroys ("available at a cost of", "destroyed at a cost of")
is a price or a loss."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.resources import MODELS_DIR, read_jsonl, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_BUILT = _CUES["make_verbs"] | _CUES["project_nouns"] | _CUES["cost_of_building"]
_NOT_BUILT = _CUES["cost_not_built"]
_ESTIMATE_VERBS = _CUES["estimate_verbs"]
_DEAL_WORDS = frozenset(
    w.split("/")[0].lower()
    for rec in read_jsonl(MODELS_DIR / "kinds.jsonl")
    if rec["kind"] == "deal"
    for w in rec["lemmas"]
)
_SUBJECT = ("nsubj", "nsubjpass")


def _is_amount(tok: Token) -> bool:
    """The head word of an amount ("of £50m": "m", "of 150 mln dlrs": "dlrs")."""
    return tok.like_num or tok.ent_type_ == "MONEY" or any(
        c.dep_ == "nummod" for c in tok.children
    )


def _of_phrases(noun: Token) -> tuple[list[Token], list[Token]]:
    """The amounts and the other words a noun's "of" phrases hold."""
    amounts: list[Token] = []
    others: list[Token] = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ in ("pobj", "pcomp")):
            (amounts if _is_amount(obj) else others).append(obj)
    return amounts, others


def _under_deal(noun: Token) -> bool:
    """A deal word above the noun, or the object or subject of a verb above it: "placed
    an order for an aircraft at a cost of ...", "the purchase, at a cost of ..."."""
    for a in noun.ancestors:
        near = [a] + [c for c in a.children if c.dep_ in ("dobj", *_SUBJECT)]
        if any(t.lemma_.lower() in _DEAL_WORDS for t in near):
            return True
    return False


def _prices_or_loses(noun: Token) -> bool:
    """The first verb or adjective above the noun sells, offers or destroys something:
    "is now available at a cost of 3,595 dlrs", "were destroyed at a cost of 56 mln"."""
    head = next((a for a in noun.ancestors if a.pos_ in ("VERB", "ADJ", "AUX")), None)
    if head is None:
        return False
    said = [head, *(c for c in head.children if c.dep_ == "acomp")]  # "is now available"
    return any(t.lemma_.lower() in _NOT_BUILT for t in said)


def built_cost(noun: Token) -> str | None:
    """``investment`` for a singular "cost" noun that holds the amount ("at a cost of
    £50m"), is a subject ("the estimated cost is ...") or what an estimate puts at the
    amount ("put the cost of that unit at ..."), with no "to"/"for"/"per" phrase,
    no deal above it, and whose other "of" phrase, if any, names something built."""
    if noun.lemma_.lower() != "cost" or noun.tag_ != "NN" or noun.pos_ != "NOUN":
        return None
    amounts, others = _of_phrases(noun)
    estimated = noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ESTIMATE_VERBS
    if not amounts and noun.dep_ not in _SUBJECT and not estimated:
        return None  # "the cost of running operations, for which ... seek $80bn"
    if any(c.dep_ == "prep" and c.lower_ in ("to", "for", "per") for c in noun.children):
        return None  # "a cost to the global economy", "the cost to SAS"
    if any(o.lemma_.lower() not in _BUILT for o in others) or _under_deal(noun):
        return None  # "the cost of the service", "an order ... at a cost of ..."
    if _prices_or_loses(noun):
        return None  # "available at a cost of 3,595 dlrs": a product's price
    return "investment"
