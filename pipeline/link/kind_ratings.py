"""A rating agency's action on a company's debt (FACTS.md Kind ``other``: debt mentioned
outside results), read by :func:`pipeline.link.kinds.read_kind` before the walk up the
parse.

Reuters carries a rating story or two a day: "Moody's upgraded Valero Energy Corp's 120
mln dlrs of debt", "S&P cut to B from B-plus 900 mln dlrs of notes", "downgraded 50
companies, affecting 61 billion dlrs of debt". The amount is the debt the rating covers,
yet the walk would read "upgrade" as investment (an upgraded plant) and "raise" as
funding. An amount of debt ("N dlrs of debt", ``rated_debt_nouns``) is ``other`` when its
clause holds a rating word (``rating_verbs``) or a verb of ``rating_moves`` with a grade
after "to"/"from" ("to Baa-3 from Ba-1"), unless the clause issues the debt
(``rating_issue_words``: "will sell 100 mln dlrs of notes, rated A-2"). Word lists:
``models/link/kind_cues.jsonl``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_DEBT = _CUES["rated_debt_nouns"]
_RATING_WORDS = _CUES["rating_verbs"]
_MOVES = _CUES["rating_moves"]
_ISSUE = _CUES["rating_issue_words"]
# a letter grade of Moody's or S&P: "AAA", "BBB-plus", "Baa-3", "B-1", "CCC", "A-minus"
_GRADE = re.compile(
    r"^(?:A{1,3}|B{1,3}|C{1,3}|Aaa|Aa|Baa|Ba|Caa|Ca|D)(?:-?[123]|-?plus|-?minus|[+-])?$"
)


def rated_debt(span: Span, clause: tuple[int, int]) -> bool:
    """Whether ``span`` is an amount of debt in a clause that rates it (see the module)."""
    if not _of_debt(span.root):
        return False
    lo, hi = clause
    words = span.doc[lo:hi]
    if any(t.lower_ in _ISSUE or t.lemma_.lower() in _ISSUE for t in words):
        return False  # "will sell 100 mln dlrs of notes, rated A-2": money raised
    if any(t.lower_ in _RATING_WORDS or t.lemma_.lower() in _RATING_WORDS for t in words):
        return True
    return any(t.lemma_.lower() in _MOVES and _moves_a_grade(t) for t in words)


def _of_debt(amount: Token) -> bool:
    """ "120 mln dlrs of debt", "of convertible subordinated debentures", "OF DEBT"."""
    for prep in amount.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            if any(o.dep_ == "pobj" and o.lower_ in _DEBT for o in prep.children):
                return True
    return False


def _moves_a_grade(verb: Token) -> bool:
    """ "cut to B from B-plus", "raised to Baa-3 from Ba-1": a grade after "to"/"from"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "from"):
            if any(_GRADE.match(o.text) for o in prep.subtree if o.i > prep.i):
                return True
    return False
