"""Amounts paired with companies by "respectively": "fined Goldman Sachs and UBS £34.4m and
£27.6m, respectively", "Acme and Bolt reported profits of $3bn and $2bn respectively".

The parse rules give each amount every company of the coordination (``conj``), or one
each in the wrong order; the word says the first amount is the first company's, the
second the second's, in the order the clause names them. Only when the clause's owned
amounts carry, between them, as many companies as there are amounts. Rule name
``respectively``.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.link.context import DocContext
from pipeline.link.rules.fallback import Plan


def pair_respectively(ctx: DocContext, plans: list[Plan]) -> None:
    """Give each amount of a "respectively" clause its one company (in place)."""
    clauses: dict[tuple[int, int], list[Plan]] = {}
    for plan in plans:
        clauses.setdefault(plan.clause, []).append(plan)
    for (lo, hi), group in clauses.items():
        text = ctx.doc[lo:hi].text
        if "respectively" not in text.lower():
            continue
        owned = [p for p in group if p.links]
        links = {lk.company: lk for p in owned for lk in p.links}
        if len(owned) < 2 or len(links) != len(owned):
            continue
        where = {name: text.find(lk.mention) for name, lk in links.items()}
        if any(at < 0 for at in where.values()) or len(set(where.values())) != len(where):
            continue
        ordered = sorted(links, key=lambda name: where[name])
        for plan, name in zip(owned, ordered, strict=True):
            mine = next((lk for lk in plan.links if lk.company == name), links[name])
            plan.links = [replace(mine, rule="respectively", path=f"{mine.rule}: {mine.path}")]
