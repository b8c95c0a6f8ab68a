"""Amounts of one unit with no figure: "costs a pound", "less than a dollar",
"invested billion dollars".

``parse_money`` reads "a pound" as one pound and "billion dollars" as one
billion; in running text they are money only where the words before them
say so: "a dollar" is as often the currency itself ("a stronger dollar"),
"a pound" a weight, and "million dollar" an adjective ("a million dollar
question" is read with its "a"). The cue words live in
``models/money/words.jsonl`` (``unit_price_cues``, ``unit_weight_words``,
``unit_pay_verbs``, ``lone_scale_cues``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.money.lexicon import Lexicon

_ARTICLES = ("a", "an")
# "a pound of coffee", "a dollar-denominated bond", "a penny off the basic rate" (of a tax)
_NOT_AFTER = ("of", "off", "-", "‐", "‑")
_NOUNISH = ("NOUN", "PROPN")


def _prev_word(doc: Doc, i: int) -> int:
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def lone_unit_atom(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The atom of a UNIT match doc[start:end] ("a dollar", "billion dollars") when its
    context makes it money, else None."""
    words = lex.words
    before = _prev_word(doc, start)
    if before < 0:
        return None
    cue = doc[before].lower_
    if end < len(doc) and (doc[end].lower_ in _NOT_AFTER or doc[end].pos_ in _NOUNISH):
        return None  # "a dollar bill", "a pound coin", "billion dollar deal"
    if doc[start].lower_ in _ARTICLES:
        unit = doc[end - 1].lower_
        if unit in words["unit_weight_words"]:
            return (start, end) if cue in words["unit_pay_verbs"] else None
        return (start, end) if cue in words["unit_price_cues"] else None
    if cue not in words["lone_scale_cues"] or doc[before].like_num:
        return None
    return start, end
