"""Audit one fact: where it came from, why it was linked, and whether its offsets hold."""

from __future__ import annotations

from pipeline.errors import StoreError
from pipeline.money.fx import SOURCE
from pipeline.readonly import shown
from pipeline.store import Store


def audit_fact(db: str, fact_id: str) -> tuple[str, bool]:
    """A printable audit of ``fact_id`` and whether its offsets match the stored text."""
    store = Store(db, create=False)
    try:
        fact = store.fact(fact_id)
    finally:
        store.close()
    if fact is None:
        db = shown(db)
        raise StoreError(
            f"no fact {fact_id!r} in {db}; list ids with "
            f'`newsfacts query --db {db} "SELECT fact_id, company, amount_text FROM fact_report"`'
        )
    text = fact["article_text"]
    checks = {
        "sentence": text[fact["sentence_start"] : fact["sentence_end"]] == fact["sentence"],
        "amount": text[fact["amount_start"] : fact["amount_end"]] == fact["amount_text"],
    }
    ok = all(checks.values())
    amount = fact["amount_exact"] + (
        f" to {fact['amount_max']:,.0f}" if fact["amount_max"] is not None else ""
    )
    lines = [
        f"fact      {fact['fact_id']}",
        f"amount    {fact['amount_text']!r} = {amount} {fact['currency']} ({fact['qualifier']})",
    ]
    for value, currency in fact["equivalents"]:
        lines.append(f"          equivalent {value} {currency}")
    lines.append(f"usd       {_usd_line(fact)}")
    lines += [
        f"company   {fact['company'] or '(none)'}"
        + _identity(fact)
        + (f"  role {fact['role']}" if fact.get("role") else ""),
        f"linked by {fact['rule'] or '(no company tied to this amount)'}",
        f"sector    {fact['sector'] or '(none)'}"
        + (f"  [words: {fact['sector_words']}]" if fact["sector_words"] else ""),
        f"kind      {fact['kind']}"
        + (f"  target year {fact['target_year']}" if fact["target_year"] else ""),
        f"article   {fact['article_id']}  {fact['source']}"
        + (f" [record {fact['record']}]" if fact["record"] else ""),
        f"title     {fact['title'] or '(none)'}",
        f"published {fact['published'] or '(unknown)'}",
        f"url       {fact['url'] or '(none)'}",
        f"sentence  [{fact['sentence_start']}:{fact['sentence_end']}]",
        "  " + mark_sentence(fact),
        "offsets   "
        + ", ".join(f"{name} {'ok' if good else 'MISMATCH'}" for name, good in checks.items()),
    ]
    if not ok:
        lines.append("the stored text no longer matches this fact's offsets: re-run extract")
    return "\n".join(lines), ok


def _identity(fact: dict) -> str:
    if not fact["company"]:
        return ""
    ticker = f", ticker {fact['company_ticker']}" if fact["company_ticker"] else ""
    return f"  (canonical: {fact['company_canonical']}{ticker})"


def _usd_line(fact: dict) -> str:
    if fact["amount_usd"] is None:
        return f"(no rate for {fact['currency']} on {fact['published'] or 'an undated article'})"
    if fact["currency"] == "USD":
        return f"{fact['amount_usd']:,.2f}"
    when = fact["usd_rate_date"] + ("" if fact["published"] else ", latest rate: undated article")
    return (
        f"{fact['amount_usd']:,.2f} at {fact['usd_rate']} USD per {fact['currency']} "
        f"on {when} ({SOURCE})"
    )


def mark_sentence(fact: dict) -> str:
    """The sentence with the amount in [[...]] and the company's mention in <<...>>."""
    sentence, base = fact["sentence"], fact["sentence_start"]
    a0, a1 = fact["amount_start"] - base, fact["amount_end"] - base
    marks = [(a0, "[["), (a1, "]]")]
    company = fact["company"]
    if company:
        at = sentence.lower().find(company.lower())
        if at >= 0 and not (a0 <= at < a1):
            marks += [(at, "<<"), (at + len(company), ">>")]
    out, last = [], 0
    for pos, mark in sorted(marks):
        out.append(sentence[last:pos])
        out.append(mark)
        last = pos
    out.append(sentence[last:])
    return "".join(out).replace("\n", " ")
