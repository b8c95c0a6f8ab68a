"""The table rows of the records (pipeline/types.py -> pipeline/schema.py), as the store
writes them: exact amounts as positional decimal text, '' for no company."""

from __future__ import annotations

from decimal import Decimal

from pipeline.types import Article, ErrorRow, Fact


def decimal_text(d: Decimal) -> str:
    """Plain positional notation: Decimal("1E+9") -> "1000000000"."""
    return format(d.normalize(), "f")


def error_row(e: ErrorRow) -> dict[str, str]:
    from pipeline.error_keys import error_key

    row = {"source": e.source, "record": e.record, "reason": e.reason, "message": e.message}
    return {**row, "key": error_key(row)}


def article_row(a: Article, run_id: int) -> dict:
    return {
        "id": a.article_id,
        "source": a.source,
        "record": a.record,
        "title": a.title,
        "url": a.url,
        "published": a.published,
        "text": a.text,
        "sha256": a.sha256,
        "run_id": run_id,
    }


def fact_row(f: Fact, run_id: int) -> dict:
    m = f.money
    return {
        "id": f.fact_id,
        "article_id": f.article_id,
        "sentence_start": f.sentence_start,
        "sentence_end": f.sentence_end,
        "sentence": f.sentence,
        "amount_text": f.amount_text,
        "amount_start": f.amount_start,
        "amount_end": f.amount_end,
        "amount": float(m.amount),
        "amount_exact": decimal_text(m.amount),
        "amount_max": float(m.amount_max) if m.amount_max is not None else None,
        "currency": m.currency,
        "currency_source": f.currency_source,
        "amount_usd": float(f.amount_usd) if f.amount_usd is not None else None,
        "usd_rate": decimal_text(f.usd_rate) if f.usd_rate is not None else None,
        "usd_rate_date": f.usd_rate_date,
        "qualifier": m.qualifier,
        "company": f.company,
        "company_canonical": f.company_canonical,
        "company_ticker": f.company_ticker,
        "sector": f.sector,
        "kind": f.kind,
        "kind_rule": f.kind_rule,
        "role": f.role,
        "rule": f.rule,
        "sector_words": f.sector_words,
        "target_year": f.target_year,
        "run_id": run_id,
    }
