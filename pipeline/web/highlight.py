"""Cutting a text into plain and marked pieces, for pages that highlight spans.

The pieces are plain strings; the templates escape them (Jinja autoescape), so
an article's own markup can never become HTML.
"""

from __future__ import annotations

from collections.abc import Iterable

Piece = tuple[str, str]  # (text, css class; '' for plain text)


def pieces(text: str, spans: Iterable[tuple[int, int, str]]) -> list[Piece]:
    """``text`` cut at ``spans`` (start, end, class); a span overlapping one before is dropped."""
    out: list[Piece] = []
    last = 0
    for start, end, cls in sorted(spans):
        if start < last or end <= start or end > len(text):
            continue
        if start > last:
            out.append((text[last:start], ""))
        out.append((text[start:end], cls))
        last = end
    if last < len(text):
        out.append((text[last:], ""))
    return out


def company_span(sentence: str, company: str, amount: tuple[int, int]) -> tuple[int, int] | None:
    """Where the company is named in the sentence outside the amount, if it is (first mention)."""
    if not company:
        return None
    lowered, name = sentence.lower(), company.lower()
    at = lowered.find(name)
    while at >= 0:
        if at + len(name) <= amount[0] or at >= amount[1]:
            return at, at + len(name)
        at = lowered.find(name, at + 1)
    return None


def sentence_pieces(fact: dict) -> list[Piece]:
    """The fact's sentence with its amount and its company marked."""
    base = fact["sentence_start"]
    amount = (fact["amount_start"] - base, fact["amount_end"] - base)
    spans = [(*amount, "nf-amount")]
    company = company_span(fact["sentence"], fact["company"], amount)
    if company:
        spans.append((*company, "nf-company"))
    return pieces(fact["sentence"], spans)


def article_pieces(text: str, facts: list[dict], current: str) -> list[Piece]:
    """The article with every fact's amount marked, the ``current`` fact's sentence and company."""
    spans = []
    for f in facts:
        is_current = f["fact_id"] == current
        spans.append(
            (f["amount_start"], f["amount_end"], "nf-amount" + (" nf-current" * is_current))
        )
        if is_current:
            span = company_span(
                f["sentence"],
                f["company"],
                (f["amount_start"] - f["sentence_start"], f["amount_end"] - f["sentence_start"]),
            )
            if span:
                base = f["sentence_start"]
                spans.append((base + span[0], base + span[1], "nf-company nf-current"))
    return pieces(text, spans)
