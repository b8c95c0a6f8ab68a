"""The money lexicon: currency names, symbols and codes, scale and number words,
qualifier phrases, read from ``models/money/*.jsonl`` once per data directory.

Currencies come from two files: ``currencies.jsonl``, generated from CLDR by
``scripts/build_currencies.py``, and the hand-kept ``currencies_extra.jsonl``
(wire forms, bare words and their default currency, news abbreviations, minor
units). A record with ``name`` declares a currency, and its code is read in
text unless ``code_in_text`` is false ("ALL", "TOP"); an extra record without
``name`` only adds forms, its minor units valued at the currency's
``minor_factor`` unless it gives its own."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from pipeline.resources import MODELS_DIR, read_jsonl, word_sets


@dataclass(frozen=True)
class Currency:
    code: str
    factor: Decimal  # 1 for units, 0.01 for cents/pence
    scale: Decimal | None = None  # 1e6 for a million-prefixed code ("MSEK", "MUSD")


@dataclass
class Lexicon:
    """Word lists from ``models/money``, lower-cased, ready for lookup."""

    currencies: dict[str, Currency] = field(default_factory=dict)  # phrase -> currency
    symbols: set[str] = field(default_factory=set)  # lower-cased non-alphabetic aliases
    codes: set[str] = field(default_factory=set)  # upper-case ISO codes
    bare_words: set[str] = field(default_factory=set)  # currency words ("dollars", "yen")
    minor_words: set[str] = field(default_factory=set)  # "cents", "p"
    minor_factor: dict[str, Decimal] = field(default_factory=dict)  # code -> its minor unit
    scaled_codes: dict[str, Currency] = field(default_factory=dict)  # "MSEK", case kept
    # a capital letter glued before a figure that another currency's minor unit spells in
    # lower case: "P3.41 billion" (Philippine press) beside "50p" (pence); case kept
    prefix_letters: dict[str, Currency] = field(default_factory=dict)
    code_only: set[str] = field(default_factory=set)  # lower-cased codes read only in capitals
    comma_decimal: set[str] = field(default_factory=set)  # codes written "1.234,5"
    scales: dict[str, Decimal] = field(default_factory=dict)
    numbers: dict[str, tuple[Decimal, bool]] = field(default_factory=dict)  # word -> value, mult
    qualifiers: dict[str, str] = field(default_factory=dict)  # phrase before the amount
    post_qualifiers: dict[str, str] = field(default_factory=dict)  # phrase after it
    scanner: re.Pattern[str] | None = None
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # models/money/words.jsonl

    def phrase_kind(self, phrase: str) -> str | None:
        if phrase in self.currencies:
            return "cur"
        if phrase in self.scales:
            return "scale"
        if phrase in self.numbers:
            return "numword"
        if phrase in self.qualifiers or phrase in self.post_qualifiers:
            return "qual"
        return None


def _forms(rec: dict) -> list[str]:
    keys = ("symbols", "words", "minor_words")
    return [f for k in keys for f in rec.get(k, []) if isinstance(f, str)]


@lru_cache(maxsize=4)
def load_lexicon(data_dir: Path | str | None = None) -> Lexicon:
    """Load (once per directory) the money word lists under ``data_dir/money``."""
    base = Path(data_dir or MODELS_DIR) / "money"
    lex = Lexicon()
    generated = read_jsonl(base / "currencies.jsonl")  # from CLDR, scripts/build_currencies.py
    factors = {rec["code"]: rec.get("minor_factor", "0.01") for rec in generated}
    # the hand-kept forms CLDR lacks come first: a form belongs to one currency
    # (the build checks it), and a hand choice wins over a stale generated file
    for rec in [*read_jsonl(base / "currencies_extra.jsonl"), *generated]:
        code = rec["code"]
        if rec.get("decimal") == ",":
            lex.comma_decimal.add(code)
        unit = Currency(code, Decimal(1))
        minor = Currency(code, Decimal(rec.get("minor_factor", factors.get(code, "0.01"))))
        if rec.get("code_in_text", True) and "name" in rec:
            lex.codes.add(code)
            lex.currencies.setdefault(code.lower(), unit)
        for sym in rec.get("symbols", []):
            lex.currencies.setdefault(sym.lower(), unit)
            if not sym.isalpha():
                lex.symbols.add(sym.lower())
        for letter in rec.get("prefix_letters", []):
            lex.prefix_letters.setdefault(letter, unit)
        for word in rec.get("words", []):
            lex.currencies.setdefault(word.lower(), unit)
            lex.bare_words.add(word.lower())
        for word in rec.get("minor_words", []):
            lex.currencies.setdefault(word.lower(), minor)
            lex.minor_words.add(word.lower())
            if not word.isalpha() and " " not in word:
                lex.symbols.add(word.lower())
    # "42 Saudiriyal", "42 egyptianpound": a two-word name written as one word
    for phrase, cur in list(lex.currencies.items()):
        parts = phrase.split()
        if len(parts) == 2 and parts[0].isalpha() and parts[1].isalpha():
            lex.currencies.setdefault("".join(parts), cur)
    # a code listed after a symbol that claimed it ("NTD" is TWD's symbol) is not its own code
    lex.codes = {c for c in lex.codes if lex.currencies[c.lower()].code == c}
    # codes that are no other form are read only in capitals: "Try 1 month" is no lira
    forms = {f.lower() for r in read_jsonl(base / "currencies_extra.jsonl") for f in _forms(r)}
    forms |= {f.lower() for r in generated for f in _forms(r)}
    lex.code_only = {c.lower() for c in lex.codes} - forms
    lex.minor_factor = {code: Decimal(f) for code, f in factors.items()}
    for rec in read_jsonl(base / "scales.jsonl"):
        lex.scales[rec["word"].lower()] = Decimal(rec["factor"])
    for rec in read_jsonl(base / "numbers.jsonl"):
        lex.numbers[rec["word"].lower()] = (Decimal(rec["value"]), bool(rec.get("multiplies")))
    for rec in read_jsonl(base / "qualifiers.jsonl"):
        target = lex.post_qualifiers if rec.get("position") == "after" else lex.qualifiers
        target[rec["phrase"].lower()] = rec["qualifier"]
    lex.words = word_sets(base / "words.jsonl")
    # "MSEK 45.7", "250 MUSD": M + an ISO code in capitals is millions of that currency,
    # unless the four letters are a word or a name ("MARS", "MYER")
    for code in lex.codes:
        form = f"M{code}"
        if form.lower() not in lex.words["not_million_codes"] | lex.currencies.keys():
            lex.scaled_codes[form] = Currency(code, Decimal(1), Decimal(1000000))
    syms = "|".join(re.escape(s) for s in sorted(lex.symbols, key=len, reverse=True))
    lex.scanner = re.compile(
        rf"(?P<sym>{syms})"
        r"|(?P<num>\d+[-\ ]\d{1,2}/\d{1,3}(?![\d/])|(?<![\d/])\d{1,2}/\d{1,3}(?![\d/])"
        r"|(?<![\d])\d{1,3}(?:\ \d{3}(?![\d]))+(?:[.,]\d+)?|\d+(?:[.,']\d+)*)"
        r"|(?P<word>[^\W\d_]+\.?)"
        r"|(?P<dash>[-‐‑‒–—−~])"
        r"|(?P<other>\S)",
        re.IGNORECASE,
    )
    return lex
