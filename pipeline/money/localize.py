"""Every amount of a story in its currency: the sentence's, the dateline's or the story's
word for it (``LocalCurrencies``, ``pipeline/money/local.py``), a figure the story names
elsewhere in one currency, the first dollar the story names."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from pipeline.money.lexicon import Lexicon
from pipeline.money.local import (
    STORY_DATE,
    STORY_URL,
    UNKNOWN,
    LocalCurrencies,
    currency_source,
)
from pipeline.money.story_dollar import converts
from pipeline.nlp.doccache import doc_text, sent_of
from pipeline.types import Money


def localize_amounts(
    local: LocalCurrencies, lex: Lexicon, doc: Doc, found: list[tuple[Span, Money]]
) -> list[tuple[Span, Money]]:
    """Every amount of ``doc`` with its story's currency; sets ``Span._.currency_source``."""
    text = doc_text(doc)
    story = local.story(text, doc.user_data.get(STORY_DATE, ""))
    out: list[tuple[Span, Money]] = []
    said: dict[tuple[int, str], str] = {}  # (sentence, family) -> the currency it named
    first = _first_named(local, found)
    same = _named_figures(local, found)
    named: frozenset[str] | None = None  # countries the whole story names, read when needed
    for span, money in found:
        sent = sent_of(doc, span.start)
        got, source = local.localize(span.text, money, story, text[sent.start_char : sent.end_char])
        if got.currency == UNKNOWN:
            if named is None:
                named = local.countries(text)
            got, source = local.story_country(money, named, story.when)
            if got.currency == UNKNOWN:
                where = local.url_territories(doc.user_data.get(STORY_URL, ""))
                got, source = local.story_country(money, where, story.when)
            if got.currency == UNKNOWN and not story.dateline:  # "LONDON: ... P4.2 billion"
                got, source = local.scaled_sign(money, span.text)
            if got.currency == UNKNOWN:
                continue  # bare "dinars" in a story that names no dinar country
        elif not source and not local.explicit.search(span.text):
            if named is None:
                named = local.countries(text)
            for where in (named, local.url_territories(doc.user_data.get(STORY_URL, ""))):
                got, source = local.story_country(money, where, story.when, span.text)
                if source:
                    break
        renamed = local.successor(got.currency, story.when)
        if renamed:
            got, source = replace(got, currency=renamed), "story"
        family = local.family_of.get(money.currency, "")
        named_before = [w for w in out[-1:] if local.explicit.search(w[0].text)]
        if source == "dateline" and converts(text, span, named_before):
            got, source = money, ""  # "S$950 million ($770.32 million)": another dollar
        elif source == "dateline" and (sent.start, family) in said:
            # "earned 50.2 mln U.S. dlrs, or 1.20 dlrs a share": the sentence said which
            got, source = replace(money, currency=said[(sent.start, family)]), "sentence"
        elif source == "dateline" and first.get(family):
            got, source = replace(money, currency=first[family]), "story"
        elif source == "dateline" and same.get((family, money.amount)):
            # "KEPPEL RAISES BOND ISSUE TO 75 MLN DLRS" over "to 75 mln U.S. Dlrs"
            got, source = replace(money, currency=same[(family, money.amount)]), "story"
        elif not source and family and local.explicit.search(span.text):
            said.setdefault((sent.start, family), money.currency)
        span._.currency_source = source or currency_source(span.text, money, lex)
        out.append((span, got))
    return out


def _named_figures(local: LocalCurrencies, found: list[tuple[Span, Money]]) -> dict:
    """(family, amount) -> the one currency the story names for that figure ("75 mln
    U.S. Dlrs"): the same figure left bare elsewhere (a headline's "75 MLN DLRS") is
    that currency, not the dateline's."""
    named: dict[tuple[str, object], set[str]] = {}
    for span, money in found:
        family = local.family_of.get(money.currency, "")
        if family and local.explicit.search(span.text):
            named.setdefault((family, money.amount), set()).add(money.currency)
    return {key: codes.pop() for key, codes in named.items() if len(codes) == 1}


def _first_named(local: LocalCurrencies, found: list[tuple[Span, Money]]) -> dict[str, str]:
    """Family -> the currency a story names on its first amount of the family and never
    names otherwise: "TORONTO - ... earned 152 mln U.S. dlrs" first, "139.5 mln dlrs"
    later is a story that keeps writing that dollar bare. Not when it names another one
    too ("14 billion U.S. dlrs", then "980.5 billion H.K. dlrs")."""
    first: dict[str, str] = {}
    named: dict[str, set[str]] = {}
    for span, money in found:
        family = local.family_of.get(money.currency, "")
        if not family:
            continue
        explicit = bool(local.explicit.search(span.text))
        first.setdefault(family, money.currency if explicit else "")
        if explicit:
            named.setdefault(family, set()).add(money.currency)
    return {f: c for f, c in first.items() if c and named.get(f) == {c}}
