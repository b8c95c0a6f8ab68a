"""A figure of a market, not of a company: "Market capitalisation on the Tokyo Stock
Exchange fell to", "Discount window borrowings ... were 935 mln dlrs", "industry
sales". FACTS.md: markets are not owners, so neither the ``focus`` rule (a
company-internal noun with no owner named) nor ``article-focus`` gives such a figure
to the company in focus. The words are data (``market_modifiers`` in
``models/link/owner_words.jsonl``). Nor are "12 companies" or "a total of 150
startups" one company: what they made together is theirs, no owner of the story's.
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Token

from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/owner_words.jsonl")
MARKET_MODIFIERS = _WORDS["market_modifiers"]
_MANY = _WORDS["many_quantifiers"]  # "many lenders", "Tadawul-listed companies"
_DEALS = _WORDS["counted_deals"]  # what many companies do together: "317 deals raised"
_LISTED_THINGS = word_sets(MODELS_DIR / "companies/words.jsonl")["listed_things"]


def listed_total(verb: Token) -> bool:
    """ "The LSE, Europe's biggest stock market, is a key prize, listing stocks with a total
    capitalisation of £1.4 trillion": an amount the listing of stocks or companies governs
    is the market's, not the exchange's (no company owns it)."""
    return verb.lemma_.lower() == "list" and any(
        c.dep_ == "dobj" and c.lower_ in _LISTED_THINGS for c in verb.children
    )


def market_total(noun: Token) -> bool:
    """A noun a market word qualifies, or one of a country's industry ("investment in
    British fintech"), with no possessive naming its owner ("whose market capitalisation",
    "its market value" are a company's)."""
    kids = list(noun.children)
    return not any(c.dep_ == "poss" for c in kids) and (
        any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in MARKET_MODIFIERS
            for c in kids
        )
        or _in_national_industry(kids)
    )


def _in_national_industry(kids: list[Token]) -> bool:
    """ "in British fintech", "into Indian retail": an industry a nationality or a
    country qualifies, with no determiner (a common noun: "in British Airways" names a
    company, "in the biggest US carrier" refers to one)."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "into") and p.pos_ == "NOUN"
        and any(m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE")
                for m in p.children)
        and not any(m.dep_ in ("det", "poss") for m in p.children)
        for c in kids for p in c.children
    )  # fmt: skip


def many_companies(tok: Token, company_nouns: Set[str]) -> bool:
    """ "12 companies", "150 African fintech startups", "many lenders", "Tadawul-listed
    companies": a counted or quantified plural of a company noun, or a counted plural of
    deals ("317 deals raised", "17 new listings"); "a total of 150 startups": the total
    of one."""
    if tok.lemma_.lower() in ("total", "group", "number"):  # "A total of 150 startups"
        return any(
            many_companies(p, company_nouns)
            for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"
        )  # fmt: skip
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NNS" or lemma not in company_nouns and lemma not in _DEALS:
        return False
    kids = [c for c in tok.children if c.dep_ in ("nummod", "amod", "det", "quantmod")]
    return any(c.like_num for c in kids) or lemma in company_nouns and any(
        c.lower_ in _MANY for c in kids
    )



def the_peers(tok: Token, company_nouns: Set[str]) -> bool:
    """ "the banks", "the big lenders", "other retailers": a plural of a company noun with
    an article or a modifier, firms of a kind; not "the two companies" (a deal's sides)."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in company_nouns:
        return False
    kids = [c for c in tok.children if c.dep_ in ("det", "amod", "nummod", "compound")]
    return bool(kids) and not any(c.like_num or c.lower_ in ("both", "two") for c in kids)
