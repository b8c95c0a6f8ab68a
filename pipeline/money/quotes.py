"""Stock quotes in wire copy: "Inco closed 1-3/8 lower at 19-3/8", "Phillips stocks rose
1/4 to 14 dlrs a share". A US or Canadian share price of the 1980s-90s is written in
eighths with no currency; FACTS.md makes share prices facts, in the story's currency.

A bare fraction is a quote when its sentence has a quote verb ("closed", "rose") whose
subject is a company's name or shares, and names no bond, index or futures contract
(quoted in points, not money). It takes the currency of an amount in its sentence
("rose 1/4 to 14 dlrs"), else the story's dollar (a TORONTO dateline's is Canadian).
A whole figure right after "at" or "to" in a quote that has a fraction ("closed 1/2
lower at 19") is read with it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from pipeline.money.lexicon import Lexicon
from pipeline.money.local import STORY_DATE, LocalCurrencies
from pipeline.money.parse import parse_money
from pipeline.money.ticker_quotes import ticker_figures
from pipeline.nlp.doccache import doc_text, sent_of
from pipeline.types import Money

# a quote's eighths, sixteenths ...: "3/8", "1/4" (not a date's "3/12")
FRACTION = re.compile(r"\d{1,2}/(?:2|4|8|16|32|64)")
_WHOLE = re.compile(r"\d{1,4}(?:\.\d{1,3})?")


def share_quotes(
    doc: Doc,
    found: list[tuple[Span, Money]],
    lex: Lexicon,
    data_dir: Path | None,
    local: LocalCurrencies,
) -> list[tuple[Span, Money]]:
    """``found`` with the bare quotes of the doc's stock-quote sentences and quote lists
    ("Exxon <XON> one to 83-1/8", money/ticker_quotes.py) added."""
    listed = ticker_figures(doc, lex)
    if not listed and (not found or not any(FRACTION.fullmatch(t.text) for t in doc)):
        return found
    taken = {i for span, _ in found for i in range(span.start, span.end)}
    out = list(found)
    story = local.story(doc_text(doc), doc.user_data.get(STORY_DATE, ""))
    verbed = _quote_figures(doc, lex, taken) if found else []
    for start, end in sorted(set(verbed) | set(listed)):
        if any(i in taken for i in range(start, end)):
            continue
        text = doc[start:end].text.replace(" ", "")
        money = parse_money(text + " dlrs", data_dir=data_dir)
        if money is None:
            continue
        sent = sent_of(doc, start)
        same = [m for s, m in found if sent.start <= s.start < sent.end]
        if same:  # "rose 1/4 to 14 dlrs": the quote's own currency
            money = replace(money, currency=same[0].currency)
        else:  # the story's dollar: "TORONTO - Inco closed 1-3/8 lower" is Canadian
            money, _ = local.localize(text + " dlrs", money, story, sent.text)
        span = doc[start:end]
        span._.currency_source = "quote"
        out.append((span, money))
        taken.update(range(start, end))
    out.sort(key=lambda x: x[0].start)
    return out


def _quote_figures(doc: Doc, lex: Lexicon, taken: set[int]) -> list[tuple[int, int]]:
    """Spans of the bare fractions (and the whole figures they lead to) in quotes."""
    words = lex.words
    spans: list[tuple[int, int]] = []
    for tok in doc:
        if not FRACTION.fullmatch(tok.text) or tok.i in taken:
            continue
        start = _mixed_start(doc, tok.i)
        if any(i in taken for i in range(start, tok.i + 1)) or not _in_quote(doc[start], words):
            continue
        spans.append((start, tok.i + 1))
        level = _level_after(doc, tok.i + 1)
        if level is not None and level not in taken:
            spans.append((level, level + 1))
    return sorted(set(spans))


def _mixed_start(doc: Doc, i: int) -> int:
    """ "19-3/8": the whole part glued by a hyphen before the fraction."""
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_ and doc[i - 2].text.isdigit():  # fmt: skip
        return i - 2
    return i


def _level_after(doc: Doc, i: int) -> int | None:
    """ "1/2 lower at 19": a whole figure after "at"/"to" within three words."""
    for j in range(i, min(i + 3, len(doc) - 1)):
        if doc[j].lower_ in ("at", "to") and _WHOLE.fullmatch(doc[j + 1].text):
            nxt = doc[j + 2] if j + 2 < len(doc) else None
            if nxt is None or not (nxt.text == "-" or FRACTION.fullmatch(nxt.text)):
                return j + 1
    return None


def _in_quote(figure: Token, words: dict[str, frozenset[str]]) -> bool:
    """The figure's sentence quotes a company's shares."""
    sent = sent_of(figure.doc, figure.i)
    if any(t.lower_ in words["not_quote_words"] for t in sent):
        return False
    for verb in sent:
        if verb.lower_ not in words["quote_verbs"] or verb.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        for subj in verb.children:
            if subj.dep_ in ("nsubj", "nsubjpass") and (
                subj.lower_ in words["quote_nouns"] or subj.ent_type_ == "ORG"
            ):
                return True
    return False


def moved_by(doc: Doc, low: int, lex: Lexicon | None) -> bool:
    """ "The shares climbed 3-3/8 dlrs to 31-3/8 dlrs": a past move, then the level it
    reached, not a range."""
    prev = doc[low - 1] if low > 0 else None
    verbs = lex.words["quote_verbs"] if lex is not None else frozenset()
    return prev is not None and prev.tag_ == "VBD" and prev.lower_ in verbs
