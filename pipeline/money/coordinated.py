"""Figures coordinated before an amount share its currency: the bond denominations of
wire copy.

"denominations of 1,000 and 10,000 dlrs", "Denominations are 10,000, 100,000 and one
mln markka", "denominations of 20 and five mln yen": every figure is a denomination
in the currency written once, after the last (FACTS.md: a figure whose currency the
context gives is a fact in that currency). A small plain figure before a scaled
amount shares its scale too ("20 and five mln yen" is 20 mln yen); one written with
thousands ("500,000 and one mln dlrs") does not.

Read only in a sentence with a word of ``denomination_words``
(models/money/words.jsonl): elsewhere "in 1986 and 1,000 dlrs" or "5 and 10 mln dlrs"
may be years or ranges the amount finder has already decided.

The denominations of a eurobond are in the currency of the issue: "a 46 mln
Australian dlr eurobond ... denominations of 1,000 and 10,000 dlrs" are Australian
dollars. Bare "dlrs" there take the one dollar other than the US one the story writes
out, unless the story writes a US dollar out too ("U.S. dlrs").
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc, Span

from pipeline.money.lexicon import Lexicon
from pipeline.money.local import LocalCurrencies
from pipeline.money.parse import parse_money
from pipeline.money.story_dollar import DOLLAR
from pipeline.nlp.doccache import sent_of
from pipeline.types import Money

_JOINS = frozenset({"and", "or", ","})
_SCALE_SHARED_BELOW = 1000  # "20 and five mln yen": 20 is 20 mln


def coordinated_figures(
    doc: Doc,
    found: list[tuple[Span, Money]],
    lex: Lexicon,
    data_dir: Path | None,
    local: LocalCurrencies | None = None,
) -> list[tuple[Span, Money]]:
    """``found`` with the figures coordinated before a denomination amount added, and
    a denomination's bare dollar read as the issue's (see the module docstring)."""
    words = lex.words["denomination_words"]
    taken = {i for span, _ in found for i in range(span.start, span.end)}
    issue = _issue_dollar(found, local) if local is not None else ""
    out = []
    for span, money in found:
        sent = sent_of(doc, span.start)
        if money.amount_max is not None or not any(t.lower_ in words for t in sent):
            out.append((span, money))
            continue
        if issue and money.currency == "USD" and not local_explicit(local, span.text):
            money = replace(money, currency=issue)
            span._.currency_source = "story"
        out.append((span, money))
        scale = next((t.text for t in span if t.lower_ in lex.scales), "")
        for i in _figures_before(doc, span.start, sent.start, taken):
            text = doc[i].text
            if scale and "," not in text and _plain_below(text, _SCALE_SHARED_BELOW):
                text = f"{text} {scale}"
            got = parse_money(text, default_currency=money.currency, data_dir=data_dir)
            if got is None:
                continue
            figure = doc[i : i + 1]
            figure._.currency_source = span._.currency_source or "word"
            out.append((figure, got))
            taken.add(i)
    out.sort(key=lambda x: x[0].start)
    return out


def local_explicit(local: LocalCurrencies | None, text: str) -> bool:
    """ "10,000 U.S. dlrs", "US$ 5,000": the text says which dollar it is."""
    return local is not None and bool(local.explicit.search(text) or local.countries(text))


def _issue_dollar(found: list[tuple[Span, Money]], local: LocalCurrencies) -> str:
    """The one dollar other than the US one the story writes out ("46 mln Australian
    dlr eurobond": AUD), or "" (none, two, or a US dollar written out too)."""
    said = {
        m.currency
        for s, m in found
        if local.family_of.get(m.currency) == DOLLAR and local_explicit(local, s.text)
    }
    others = said - {"USD"}
    return others.pop() if len(others) == 1 and "USD" not in said else ""


def _figures_before(doc: Doc, start: int, lo: int, taken: set[int]) -> list[int]:
    """Token indices of the figures joined to ``start`` by "and", "or" or commas
    ("10,000, 100,000, and one mln": a comma and "and" together), across line breaks."""
    out: list[int] = []
    j = start - 1
    while True:
        k, joins = j, 0
        while k >= lo and (doc[k].is_space or doc[k].lower_ in _JOINS):
            joins += not doc[k].is_space
            k -= 1
        if k < lo or not 0 < joins <= 2 or k in taken:
            return out
        if not (doc[k].like_num and doc[k].text[:1].isdigit()):
            return out
        out.append(k)
        j = k - 1


def _plain_below(text: str, limit: int) -> bool:
    return text.replace(".", "", 1).isdigit() and float(text) < limit
