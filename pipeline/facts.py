"""Doc -> Facts: one fact per (amount, company), with provenance offsets.

A pure function over a processed Doc; only the components write to the Doc.
"""

from __future__ import annotations

from cleanco import basename
from spacy.tokens import Doc, Span

from pipeline.companies import normalize_company
from pipeline.fx import usd_value
from pipeline.sentences import doc_text, sent_of
from pipeline.types import Article, Fact


def doc_facts(doc: Doc, article: Article) -> list[Fact]:
    """Every amount in ``doc`` as facts: one per linked company, or one with company ''."""
    article_id = article.article_id
    known = _known_companies(doc)
    text = article.text
    if not len(doc) or len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
        text = doc_text(doc)  # not the article's own doc: read it off the doc
    out: list[Fact] = []
    for span in doc._.amounts:
        money = span._.money
        if money is None:
            continue
        s_start, s_end = sentence_bounds(span, text)
        usd = usd_value(money, article.published)
        links = list(span._.links) or [None]
        for link in links:
            canonical, ticker = company_identity(link, known) if link else ("", "")
            out.append(
                Fact(
                    article_id=article_id,
                    sentence_start=s_start,
                    sentence_end=s_end,
                    sentence=text[s_start:s_end],
                    amount_start=span.start_char,
                    amount_end=span.end_char,
                    amount_text=span.text,
                    money=money,
                    company=link.company if link else "",
                    company_canonical=canonical,
                    company_ticker=ticker,
                    sector=span._.sector or "",
                    kind=span._.kind or "other",
                    equivalents=tuple(span._.equivalents or ()),
                    rule=_rule_text(link),
                    sector_words=span._.sector_words or "",
                    target_year=span._.target_year,
                    amount_usd=usd.amount_usd if usd else None,
                    usd_rate=usd.rate if usd else None,
                    usd_rate_date=usd.rate_date if usd else "",
                )
            )
    return out


def _known_companies(doc: Doc) -> dict[str, object]:
    """Gazetteer entries of the doc's company mentions, by normalized name."""
    known: dict[str, object] = {}
    if Doc.has_extension("companies"):
        for span, entry in doc._.companies:
            known.setdefault(normalize_company(span.text), entry)
            known.setdefault(normalize_company(entry.name), entry)
    return known


def company_identity(link, known: dict[str, object]) -> tuple[str, str]:
    """(canonical name, ticker): the gazetteer's entry, else the name with suffixes folded."""
    for name in (link.company, getattr(link, "mention", "")):
        entry = known.get(normalize_company(name)) if name else None
        if entry is not None:
            return entry.name, entry.ticker or ""
    return canonical_name(link.company), ""


def canonical_name(name: str) -> str:
    """A company's name with its legal suffix folded: "Kaveri Power Ltd" -> "Kaveri Power"."""
    return basename(name).strip() or name


def sentence_bounds(span: Span, text: str | None = None) -> tuple[int, int]:
    """Character offsets of the span's sentence, without surrounding whitespace."""
    sent = sent_of(span.doc, span.start)
    text = doc_text(span.doc) if text is None else text
    start, end = sent.start_char, sent.end_char
    while start < span.start_char and text[start].isspace():
        start += 1
    while end > span.end_char and text[end - 1].isspace():
        end -= 1
    return start, end


def _rule_text(link) -> str:
    if link is None:
        return ""
    path = getattr(link, "path", "")
    return f"{link.rule}: {path}" if path else link.rule
