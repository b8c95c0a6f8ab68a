"""The story's own currency: what a bare "dlrs", "francs" or "$" means where it was filed.

A story datelined "TORONTO, March 6 -" that says "3,053,000 dlrs" means
Canadian dollars; "U.S. dlrs", "US$" and "Canadian dlrs" always say which they
are and are never changed. The places and the word families are data
(models/money/datelines.jsonl, models/money/currency_families.jsonl; their
README says where they come from).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.nlp.layout import DATELINE
from pipeline.resources import read_jsonl
from pipeline.types import Money

# A dateline opens the story: only its first characters are searched.
DATELINE_CHARS = 600


@dataclass(frozen=True, slots=True)
class LocalCurrencies:
    """Bare currency words whose meaning a dateline decides, and the datelines."""

    places: dict[str, dict[str, str]]  # dateline place -> family -> currency code
    words: dict[str, tuple[str, re.Pattern[str]]]  # family -> (default code, bare words)
    explicit: re.Pattern[str]  # "U.S. dlrs", "US$", "Canadian dollars" say which they are

    @classmethod
    def load(cls, folder: Path) -> LocalCurrencies:
        """From ``folder/datelines.jsonl`` and ``folder/currency_families.jsonl``."""
        places = {
            rec["place"]: {k: v for k, v in rec.items() if k != "place"}
            for rec in read_jsonl(folder / "datelines.jsonl")
        }
        words: dict[str, tuple[str, re.Pattern[str]]] = {}
        explicit: list[str] = []
        for rec in read_jsonl(folder / "currency_families.jsonl"):
            if "explicit" in rec:
                explicit += rec["explicit"]
                continue
            alt = "|".join(re.escape(w) for w in rec["words"])
            syms = "".join(f"|{re.escape(x)}" for x in rec["symbols"])
            words[rec["family"]] = (rec["default"], re.compile(rf"\b(?:{alt})\b{syms}", re.I))
        names = "|".join(re.escape(w) for w in explicit)
        pattern = re.compile(rf"U\.\s?S\.|[A-Z]{{1,3}}\$|\b(?:{names})\b", re.I)
        return cls(places, words, pattern)

    def of_story(self, text: str) -> dict[str, str]:
        """The currencies a story's dateline city means by "dlrs", "francs"... ({} if none)."""
        for m in DATELINE.finditer(text[:DATELINE_CHARS]):
            place = " ".join(m.group("place").split()).rstrip(",")
            if place in self.places:
                return self.places[place]
        return {}

    def localize(self, text: str, money: Money, local: dict[str, str]) -> Money:
        """A bare "dlrs"/"francs"/... in a story datelined where they mean another currency."""
        if self.explicit.search(text):
            return money
        for family, (default, words) in self.words.items():
            if family in local and money.currency == default and words.search(text):
                return replace(money, currency=local[family])
        return money
