"""Where shares trade is no company of the story: "up 8% on BSE", "closed at GH¢1.39 on
the Ghana Stock Exchange", "listed on the Pakistan Stock Exchange". An exchange named
after "on" or "at" is the venue of a price or a listing; taken as a mention it would
become the article's lead ("the company reported" then meaning the exchange). An
exchange that acts ("the London Stock Exchange rejected the bid") stays a company. So,
inside a ticker ("Harbour Bank (TSX:HB)"), neither the exchange's code nor the ticker is
a company's name: the name before the parenthesis is.
Words: ``models/companies/words.jsonl`` ``exchange_names``."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.companies.mentions import Mention
from pipeline.nlp.doccache import doc_text
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "companies/words.jsonl")
_EXCHANGES = _WORDS["exchange_names"]
_VENUE_PREPS = frozenset({"on", "at"})
_LISTED = _WORDS["listed_words"]  # "listed on the X", "X-listed", "X listed firms"
_LISTED_THINGS = _WORDS["listed_things"]  # "the listed companies in the X"
_EXCHANGE_TICKER = r"[A-Z]{2,8}\s*:\s*[A-Z0-9.\-]{1,10}"  # "KL:KLCC", "TSX:BBD.B"
# and a Brazilian or Tokyo code on its own: "BBAS3", "7203.T"
_TICKER = re.compile(rf"\s*(?:{_EXCHANGE_TICKER}|[A-Z]{{3,6}}\d{{1,2}}|\d{{4,6}}\.[A-Z]{{1,2}})\s*")
_EXCHANGE_ONLY = re.compile(rf"\s*{_EXCHANGE_TICKER}\s*")
_ACTS = frozenset({"nsubj", "nsubjpass", "poss"})  # "the LSE rejected", "the LSE's profit"
VENUES = "newsfacts_venues"  # Doc.user_data: token indices of the venues' names


def is_venue(doc: Doc, m: Mention) -> bool:
    """Whether mention ``m`` names an exchange in a venue's place: "on the X", "the
    listed companies in the X", "X listed companies", "X-listed"."""
    if not is_exchange(doc, m):
        return False
    after = [t.lower_ for t in doc[m.end : m.end + 2]]
    if after[:1] and (after[0] in _LISTED or after[0] == "-" and after[1:] and after[1] in _LISTED):
        return True  # "Amman Stock Exchange listed companies", "ASX-listed"
    before = m.start - 1
    if before >= 0 and doc[before].lower_ in ("the", "s&p"):
        before -= 1
    if before >= 0 and doc[before].lower_ in ("in", "with"):  # "firms listed with the X"
        return before > 0 and doc[before - 1].lower_ in _LISTED | _LISTED_THINGS
    return before >= 0 and doc[before].lower_ in _VENUE_PREPS


def is_exchange(doc: Doc, m: Mention) -> bool:
    return any(t.lower_ in _EXCHANGES for t in doc[m.start : m.end])


def in_ticker(doc: Doc, m: Mention) -> bool:
    """Whether ``m`` is an exchange code or a ticker inside "(KL:KLCC)", "[LON:HZD]": the
    name before the parenthesis is the company (a ticker NER took for a name on its own)."""
    text = doc_text(doc)
    lo, hi = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
    for left, right in ("()", "[]"):  # "(TSX:TD)", "[LON:HZD]"
        opening, closing = text.rfind(left, max(0, lo - 12), lo), text.find(right, hi, hi + 12)
        if opening >= 0 and closing >= 0 and ticker_code(text[opening + 1 : closing]):
            return True
    return _market_tag(text, lo, hi)


def _market_tag(text: str, lo: int, hi: int) -> bool:
    """ "KYOSHA CO.,LTD. <6837> [TSE Std]": the exchange and its segment in square brackets
    after a listed name."""
    opening, closing = text.rfind("[", max(0, lo - 2), lo + 1), text.find("]", hi, hi + 12)
    inside = text[opening + 1 : closing].split() if opening >= 0 and closing >= 0 else []
    return bool(inside) and inside[0].lower() in _EXCHANGES


def ticker_code(text: str) -> bool:
    """ "KL:KLCC", "BBAS3", "7203.T": a ticker, no name."""
    return bool(_TICKER.fullmatch(text))


def exchange_ticker(text: str) -> bool:
    """ "TSX:TD", "NYSE:GM": an exchange's code and a ticker (a market report's label)."""
    return bool(_EXCHANGE_ONLY.fullmatch(text))


def not_venues(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less exchanges named as venues and the codes of a ticker. The venues'
    tokens are kept in ``doc.user_data[VENUES]``: still a name, no sector word."""
    venues = [m for m in mentions if is_venue(doc, m)]
    # its short name in brackets: "listed on the Mexican Stock Exchange (BMV)"
    venues += [
        m for m in mentions
        for v in list(venues)
        if m.start == v.end + 1 and doc[v.end].text == "(" and m not in venues
    ]
    # an exchange the story names only where companies trade is a venue in its headline
    # too ("Milestone for Colombo Stock Exchange"); one that acts anywhere ("the NSE
    # reported a profit") keeps its other mentions
    acting = {m.name for m in mentions if doc[m.start : m.end].root.dep_ in _ACTS}
    named = {m.name for m in venues} - acting
    venues += [m for m in mentions if m.name in named and m not in venues]
    doc.user_data[VENUES] = {i for m in venues for i in range(m.start, m.end)}
    return [
        m
        for m in mentions
        if m not in venues and (m.label == "TICKER" or not in_ticker(doc, m))
    ]
