"""Small frozen value types that flow between the stages.

article (ingest) -> Doc (nlp) -> Fact (extract) -> rows (store)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal

QUALIFIERS = ("exact", "up_to", "over", "under", "about", "range")
KINDS = ("investment", "funding", "deal", "valuation", "financials", "other")
SECTOR_MODEL_WORDS = "sector-model"  # Fact.sector_words of a sector the learned model chose


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a dump.

    ``text`` is everything the NLP stage reads and every offset points into:
    readers put a separate title first (``title + "\\n\\n" + body``) so that a
    figure in a headline is a fact like any other.
    """

    source: str  # path as given; inside an archive "archive.zip!inner/path"
    record: str  # id within a multi-article file; "" for a one-article file
    text: str
    title: str = ""
    url: str = ""
    published: str = ""  # ISO date "YYYY-MM-DD" or ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def article_id(self) -> str:
        """Content-derived id: the same text under two sources is one article."""
        return self.sha256[:16]


@dataclass(frozen=True, slots=True)
class Money:
    """A monetary value: amounts in units of ``currency`` (ISO 4217), as Decimal."""

    amount: Decimal
    currency: str
    qualifier: str = "exact"
    amount_max: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """One amount tied to (at most) one company, with provenance offsets."""

    article_id: str
    sentence_start: int
    sentence_end: int
    sentence: str
    amount_start: int
    amount_end: int
    amount_text: str
    money: Money
    company: str = ""  # the company as written in its fullest form in the article; "" when none
    company_canonical: str = ""  # one spelling across articles (gazetteer name, else folded)
    company_ticker: str = ""  # the gazetteer's ticker, "" when unknown
    sector: str = ""
    kind: str = "other"
    kind_rule: str = ""  # the rules' kind before the kind model; "" when not recorded
    equivalents: tuple[Money, ...] = ()
    rule: str = ""  # which linking rule tied the company ("" when none)
    role: str = ""  # the company's part (FACTS.md): payer, payee, partner, self; "" when none
    sector_words: str = ""  # "word@start-end;..." that decided it, or "sector-model"
    target_year: int | None = None
    amount_usd: Decimal | None = None  # None when no rate covers the currency and date
    usd_rate: Decimal | None = None  # USD per unit of the currency
    usd_rate_date: str = ""  # ISO date of the rate used
    # where the currency came from: symbol, code, word, dateline, country or table
    currency_source: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def fact_id(self) -> str:
        """Content-derived id: article, amount offsets and company."""
        key = f"{self.article_id}|{self.amount_start}|{self.amount_end}|{self.company}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class ErrorRow:
    """A record that gave no facts, and why: one row of the ``errors`` table."""

    source: str
    record: str
    reason: str
    message: str
