"""Audit one fact: where it came from, why it was linked, and whether its offsets hold."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import text

from pipeline.errors import StoreError
from pipeline.money.fx import SOURCE
from pipeline.readonly import shown
from pipeline.store import Store
from pipeline.types import SECTOR_MODEL_WORDS

_LIST_IDS = '`newsfacts query --db {db} "SELECT fact_id, company, amount_text FROM fact_report"`'


def resolve_ids(store: Store, db: str, prefixes: Sequence[str]) -> list[str]:
    """The full fact id each of ``prefixes`` starts, in order; unknown or ambiguous ones fail."""
    out = []
    for prefix in prefixes:
        key = prefix.strip().lower()
        with store.engine.connect() as conn:
            found = conn.execute(
                text("SELECT id FROM facts WHERE substr(id, 1, :n) = :p ORDER BY id LIMIT 6"),
                {"n": len(key), "p": key},
            ).scalars().all()
        if not key or not found:
            where = shown(db)  # never a password
            raise StoreError(
                f"no fact {prefix!r} in {where}; list ids with {_LIST_IDS.format(db=where)}"
            )
        if len(found) > 1:
            listed = ", ".join(found[:5]) + (", ..." if len(found) > 5 else "")
            raise StoreError(f"{prefix!r} starts several facts ({listed}): give more characters")
        out.append(str(found[0]))
    return out


def audit_facts(db: str, prefixes: Sequence[str]) -> list[dict]:
    """Each fact a prefix names, with ``checks`` (offset name -> holds) and ``marked`` sentence."""
    store = Store(db, create=False)
    try:
        facts = [store.fact(fact_id) for fact_id in resolve_ids(store, db, prefixes)]
    finally:
        store.close()
    out = []
    for fact in facts:
        assert fact is not None  # resolve_ids found it
        body = fact["article_text"]
        checks = {
            "sentence": body[fact["sentence_start"] : fact["sentence_end"]] == fact["sentence"],
            "amount": body[fact["amount_start"] : fact["amount_end"]] == fact["amount_text"],
        }
        out.append({**fact, "checks": checks, "marked": mark_sentence(fact)})
    return out


def audit_json(fact: dict) -> str:
    """One audited fact as a JSON line (the article text left out; offsets point into it)."""
    from pipeline.export import json_line

    keep = {k: v for k, v in fact.items() if k != "article_text"}
    keep["equivalents"] = [{"amount_exact": a, "currency": c} for a, c in fact["equivalents"]]
    keep["offsets_ok"] = all(fact["checks"].values())
    plain = {k: v for k, v in keep.items() if not isinstance(v, dict | list)}
    nested = {k: json.dumps(v, ensure_ascii=False) for k, v in keep.items() if k not in plain}
    line = json_line(list(plain), list(plain.values()))
    return line[:-1] + "".join(f", {json.dumps(k)}: {v}" for k, v in nested.items()) + "}"


def audit_fact(db: str, fact_id: str) -> tuple[str, bool]:
    """A printable audit of ``fact_id`` (or a prefix of it) and whether its offsets hold."""
    return format_audit(audit_facts(db, [fact_id])[0])


def format_audit(fact: dict) -> tuple[str, bool]:
    """The printable audit of one fact from :func:`audit_facts`, and whether its offsets hold."""
    checks = fact["checks"]
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
        f"sector    {fact['sector'] or '(none)'}{_sector_source(fact['sector_words'])}",
        f"kind      {fact['kind']}{_kind_source(fact)}"
        + (f"  target year {fact['target_year']}" if fact["target_year"] else ""),
        f"article   {fact['article_id']}  {fact['source']}"
        + (f" [record {fact['record']}]" if fact["record"] else ""),
        f"title     {fact['title'] or '(none)'}",
        f"published {fact['published'] or '(unknown)'}",
        f"url       {fact['url'] or '(none)'}",
        f"sentence  [{fact['sentence_start']}:{fact['sentence_end']}]",
        "  " + fact["marked"],
        "offsets   "
        + ", ".join(f"{name} {'ok' if good else 'MISMATCH'}" for name, good in checks.items()),
    ]
    if not ok:
        lines.append("the stored text no longer matches this fact's offsets: re-run extract")
    return "\n".join(lines), ok


def _sector_source(words: str) -> str:
    """What decided the sector: words of the text, or the sector model where the rules
    found none (pipeline/link/sector_model.py)."""
    if words == SECTOR_MODEL_WORDS:
        return "  (sector model; the rules found none)"
    return f"  [words: {words}]" if words else ""


def _kind_source(fact: dict) -> str:
    """Who decided the kind: the rules, or the kind model over the rules' kind."""
    rules = fact.get("kind_rule") or ""
    if not rules:
        return ""  # a database written before the column existed
    return "  (rules)" if rules == fact["kind"] else f"  (kind model; the rules said {rules})"


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
