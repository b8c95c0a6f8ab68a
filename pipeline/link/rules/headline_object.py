"""The other side of a deal a headline states: "HEARST BUYS HOUSTON CHRONICLE FOR 400 MLN
DLRS", "DOWTY TO BUY BOEING UNIT FOR 42.5 MLN DLRS", "X SELLS STAR OIL UNIT TO UNITED COAL
FOR 57 MLN DLRS".

The parser reads a capitals headline badly, so its object is read off the words: those
between a buying verb and "FOR" name what is bought (its seller where they end in a
unit's word: "BOEING UNIT"); those between a selling verb's "TO" and "FOR" name the
buyer. They count only where the story's body names the same company ("Hearst Corp said
it agreed to buy the Houston Chronicle"), so a plain noun ("TO BUY THRIFT") names no one.
Words: ``deal_buy_words``, ``deal_sell_words`` and ``unit_words`` of
``models/link/words.jsonl``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from pipeline.companies.mentions import Mention, normalize_company
from pipeline.link.context import DocContext
from pipeline.link.rules.parse import Link
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
_BUY, _SELL = _WORDS["deal_buy_words"], _WORDS["deal_sell_words"]
_UNIT_WORDS = _WORDS["unit_words"]  # "BOEING UNIT": the seller's unit


def headline_sides(ctx: DocContext, span: Span, verb_i: int, owners: set[str],
                   lemma: Callable[[str, frozenset[str]], str | None]) -> list[Link]:  # fmt: skip
    """The company a headline's deal names after its verb (``lemma`` reads a headline's
    verb form: "BUYS" -> "buy"), found again in the body."""
    doc = ctx.doc
    # the first buying or selling verb from the headline's verb on ("AGREES TO BUY")
    at = next((t.i for t in doc[verb_i : span.start] if lemma(t.text, _BUY | _SELL)), None)
    if at is None:
        return []
    verb = lemma(doc[at].text, _BUY | _SELL) or ""
    words = [t for t in doc[at + 1 : span.start] if not t.is_space]
    cut = next((k for k, t in enumerate(words) if t.lower_ in ("for", ",", "at")), None)
    if cut is None:
        return []
    words = words[:cut]
    role = "payee"
    if verb in _SELL:  # "SELLS STAR OIL UNIT TO UNITED COAL FOR": the buyer pays
        to = next((k for k, t in enumerate(words) if t.lower_ == "to"), None)
        if to is None:
            return []
        words, role = words[to + 1 :], "payer"
    while words and words[-1].lower_ in _UNIT_WORDS:  # "BOEING UNIT": Boeing sells
        words = words[:-1]
    if not words:
        return []
    found = _in_body(ctx, " ".join(t.text for t in words), span)
    if found is None or ctx.canonical(found.name) in owners:
        return []
    mention = doc[found.start : found.end].text
    return [Link(ctx.canonical(found.name), mention, "headline", "headline:object", role)]


def _in_body(ctx: DocContext, text: str, span: Span) -> Mention | None:
    """A mention after the headline's line whose name is ``text`` ("Houston Chronicle"),
    or begins with it ("Electrospace Systems Inc")."""
    key = normalize_company(text)
    if not key or len(key) < 3:
        return None
    line_end = next((t.i for t in span.doc[span.end :] if "\n" in t.text), len(span.doc))
    for m in ctx.mentions:
        if m.start <= line_end:
            continue
        name = normalize_company(m.name)
        if name == key or name.startswith(key + " "):
            return m
    return None
