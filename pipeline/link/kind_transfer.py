"""A player's transfer fee is a deal (FACTS.md Kind deal: a club buys a contract).

Sports pages write a transfer without the business words the kind rules read: "he
joined Rangers from Red Star Belgrade for £1.2m", "a £15.8m signing from Parma", "his
£27m move", "with the fee rising to £2.2m", "Chelsea's £24m striker". In a sports story
(``pipeline.companies.clubs.sports_story``) an amount a transfer word governs, or that
qualifies one or a player ("striker"), is a deal; the learned second opinion does not
undo it. A fine, a prize, wages, debts, a tournament's fee and a club's valuation keep
their own kind. Words: ``transfer_words``, ``player_nouns``, ``value_verbs`` and
``fee_not_transfer`` of ``models/link/words.jsonl``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.companies.clubs import sports_story
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
TRANSFER = _WORDS["transfer_words"]
NOT_TRANSFER_FEES = _WORDS["fee_not_transfer"]
VALUE_VERBS = _WORDS["value_verbs"]
PLAYERS = _WORDS["player_nouns"]  # only as the amount's own head: "Chelsea's £24m striker"
_UP = 4  # "£2.2m" <- "to" <- "rising" (subject "fee"); "deal rumoured to be about £1.4m"
_ARGS = ("nsubj", "nsubjpass", "dobj")


def transfer_fee(span: Span) -> bool:
    """Whether ``span`` is a transfer fee in a sports story (see the module docstring)."""
    return bool(transfer_path(span))


def transfer_path(span: Span) -> list[Token]:
    """The words over a transfer fee, from the amount's head up to the transfer word
    ("£1.2m" <- "for" <- "joined"); [] when ``span`` is no transfer fee."""
    if not sports_story(span.doc):
        return []
    tok: Token = span.root
    if tok.head.lemma_.lower() in PLAYERS and tok.head.i not in range(span.start, span.end):
        return [tok.head]
    path: list[Token] = []
    for _ in range(_UP):
        if tok.head.i == tok.i or tok.dep_ in ("ccomp", "advcl", "relcl"):
            return []  # another clause tells of other money
        tok = tok.head
        path.append(tok)
        if tok.lemma_.lower() in VALUE_VERBS:
            return []  # "the offer values the club at £800m": a valuation
        near = [tok, *(c for c in tok.children if c.dep_ in _ARGS and c.i not in range(
            span.start, span.end))]
        if any(_transfer_word(t) for t in near):
            return path
        if tok.pos_ == "VERB" and tok.lemma_ != "be":
            return []  # "a bid valuing the club at £800m": its own verb says what it is
    return []


def _transfer_word(tok: Token) -> bool:
    if tok.lemma_.lower() not in TRANSFER and tok.lower_ not in TRANSFER:
        return False
    # "the US$25,000 tournament fee": a fee named for something else
    return not any(c.dep_ in ("compound", "amod") and c.lower_ in NOT_TRANSFER_FEES
                   for c in tok.children)
