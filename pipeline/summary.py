"""What a database holds, as an analyst first reads it: totals, then the top
companies of each kind.

Amounts of different kinds are never added together (a per-share figure is
not a deal's price), and a figure is counted once however often it is
reported: the mentions of one article (headline and body) are one, and so are
articles that give the same company, amount, currency and kind within
:data:`REPEAT_DAYS` days of each other (wire stories, follow-ups). Articles
without a publication date are each counted on their own. A company is one however its
articles capitalize it ("GlenFed" and "Glenfed"), shown in its most used spelling.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from pipeline.readonly import shown
from pipeline.schema import articles, facts
from pipeline.store import Store
from pipeline.types import KINDS

REPEAT_DAYS = 7


@dataclass(frozen=True)
class SummaryFilter:
    """Which facts the summary counts: kinds, publication dates (ISO, inclusive), rows."""

    kinds: tuple[str, ...] = ()
    since: str = ""
    until: str = ""
    limit: int = 10


@dataclass(frozen=True)
class Mention:
    """One stored fact, as far as the summary needs it."""

    company: str
    amount: float
    currency: str
    kind: str
    usd: float
    published: str
    article: str


@dataclass(frozen=True)
class CompanyTotal:
    company: str
    facts: int
    total_usd: float


def summarize(db: str | Path, flt: SummaryFilter = SummaryFilter()) -> dict:
    """Counts, the top companies per kind and the facts without a USD rate."""
    store = Store(db, create=False)
    try:
        counts = store.counts()
        no_rate = store.facts_without_usd()
        mentions = _mentions(store, flt)
    finally:
        store.close()
    figures = distinct_figures(mentions)
    return {
        "counts": counts,
        "no_rate": no_rate,
        "repeats": len(mentions) - len(figures),
        "top": {kind: top_companies(figures, kind, flt.limit) for kind in flt.kinds or KINDS},
    }


def _mentions(store: Store, flt: SummaryFilter) -> list[Mention]:
    query = (
        select(
            facts.c.company_canonical,
            facts.c.amount,
            facts.c.currency,
            facts.c.kind,
            facts.c.amount_usd,
            articles.c.published,
            facts.c.article_id,
        )
        .join(articles, articles.c.id == facts.c.article_id)
        .where(facts.c.company_canonical != "", facts.c.amount_usd.is_not(None))
    )
    if flt.kinds:
        query = query.where(facts.c.kind.in_(flt.kinds))
    if flt.since:
        query = query.where(articles.c.published >= flt.since)
    if flt.until:
        query = query.where(articles.c.published != "", articles.c.published <= flt.until)
    with store.engine.connect() as conn:
        return [Mention(*row) for row in conn.execute(query)]


def distinct_figures(mentions: list[Mention]) -> list[Mention]:
    """Each figure once: one per article, and one per run of articles that report
    it within REPEAT_DAYS days of the last one counted."""
    seen_in_article: set[tuple] = set()
    last_counted: dict[tuple, date] = {}
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.published, m.article)):
        figure = (m.company.casefold(), round(m.amount, 6), m.currency, m.kind)
        if (m.article, *figure) in seen_in_article:
            continue
        seen_in_article.add((m.article, *figure))
        day = _day(m.published)
        if day is not None:
            last = last_counted.get(figure)
            if last is not None and (day - last).days <= REPEAT_DAYS:
                continue
            last_counted[figure] = day
        out.append(m)
    return out


def top_companies(figures: list[Mention], kind: str, limit: int) -> list[CompanyTotal]:
    """Companies by the USD total of their figures of ``kind``, largest first."""
    totals: dict[str, list[float]] = defaultdict(list)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for m in figures:
        if m.kind == kind:
            totals[m.company.casefold()].append(m.usd)
            spellings[m.company.casefold()][m.company] += 1
    ranked = sorted(totals.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    return [CompanyTotal(_spelling(spellings[c]), len(v), sum(v)) for c, v in ranked[:limit]]


def _spelling(names: Counter[str]) -> str:
    """The most used spelling; on a tie, the one in fewest capitals ("GlenFed" over
    "GLENFED"), then by spelling, so that every run shows the same."""
    return min(names, key=lambda n: (-names[n], sum(ch.isupper() for ch in n), n))


def _day(published: str) -> date | None:
    try:
        return date.fromisoformat(published)
    except ValueError:
        return None


def format_summary(db: str | Path, flt: SummaryFilter = SummaryFilter()) -> str:
    """The summary as a reader sees it."""
    s = summarize(db, flt)
    c = s["counts"]
    lines = [
        f"database {shown(db)}: {c['articles']} articles, {c['facts']} facts, "
        f"{c['errors']} errors over {c['runs']} runs"
    ]
    tops = {kind: top for kind, top in s["top"].items() if top}
    if tops:
        lines.append(
            "top companies by kind, in USD at each article's date "
            f"(a figure reported again within {REPEAT_DAYS} days counted once):"
        )
        width = max(len(t.company) for top in tops.values() for t in top)
        for kind, top in tops.items():
            lines.append(f"  {kind}")
            for t in top:
                lines.append(f"    {t.company:<{width}}  ${t.total_usd:>20,.0f}  ({t.facts} facts)")
        if s["repeats"]:
            lines.append(f"  ({s['repeats']} repeated mentions of a figure counted once)")
    elif c["facts"]:
        lines.append("no fact with a company and a USD value matches (--kind, --since, --until)")
    if s["no_rate"]:
        lines.append(f"  ({s['no_rate']} facts have no USD rate for their currency and date)")
    return "\n".join(lines)
