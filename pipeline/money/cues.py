"""Money cues the fast path (pipeline/nlp/fastpipe.py) reads off the tokens alone,
before any model runs: a currency prefix glued to digits ("Rs500", "N9.12") and
one unit with no figure after a word of paying ("costs a pound",
pipeline/money/lone.py). An article holds money only where a cue has a figure
near it; these make such amounts count as figures too."""

from __future__ import annotations

import re

import numpy as np
from spacy.strings import StringStore

from pipeline.money.lexicon import Lexicon


def glued_prefix(lex: Lexicon) -> str:
    """A regex alternative: a currency prefix glued to a digit, also past its period
    ("Rs500", "Rs.1542 billion"; words.jsonl fused_prefixes)."""
    words = "|".join(sorted(re.escape(w) for w in lex.words["fused_prefixes"]))
    return r"\b(?:" + words + r")\.?\d"


class LoneCues:
    """Marks the "a" of "costs a pound", "less than a dollar" as a figure."""

    def __init__(self, lex: Lexicon, strings: StringStore) -> None:
        def ids(words: set[str] | frozenset[str]) -> np.ndarray:
            return np.array(sorted({strings.add(w) for w in words}), dtype="uint64")

        words = lex.words
        self.articles = ids({"a", "an"})
        self.before = ids(words["unit_price_cues"] | words["unit_pay_verbs"])
        self.units = ids(words["lone_unit_words"])

    def figures(self, lower: np.ndarray) -> np.ndarray:
        """Per token of a doc's LOWER column: is it the "a" of a unit with no figure."""
        out = np.zeros(len(lower), dtype=bool)
        if len(lower) < 3:
            return out
        mid = lower[1:-1]
        hit = np.isin(mid, self.articles)
        hit &= np.isin(lower[:-2], self.before) & np.isin(lower[2:], self.units)
        out[1:-1] = hit
        return out
