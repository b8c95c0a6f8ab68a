"""Which currency a territory used on a date: ``currency_of("FR", date(1987, 3, 2))``
is "FRF", ``currency_of("FR", date(2010, 1, 1))`` is "EUR".

Read from ``models/money/territory_currencies.jsonl``, generated from CLDR by
``scripts/build_currencies.py`` (one record per territory and legal-tender
currency, with ISO dates ``from`` and ``to``; ``to`` null while in use). For the
"country context" rule of FACTS.md: a 1987 Paris dateline means French francs.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

from pipeline.resources import MODELS_DIR, read_jsonl

__all__ = ["currency_of"]

Span = tuple[str, date | None, date | None]  # code, from, to (inclusive)


@lru_cache(maxsize=4)
def _table(data_dir: str) -> dict[str, list[Span]]:
    out: dict[str, list[Span]] = {}
    for rec in read_jsonl(Path(data_dir) / "money" / "territory_currencies.jsonl"):
        start = date.fromisoformat(rec["from"]) if rec.get("from") else None
        end = date.fromisoformat(rec["to"]) if rec.get("to") else None
        out.setdefault(rec["territory"].upper(), []).append((rec["code"], start, end))
    return out


def currency_of(territory: str, when: date, data_dir: Path | str | None = None) -> str | None:
    """The currency ``territory`` (ISO 3166 alpha-2) used on ``when``, or None if unknown.

    When two were legal tender that day (the euro's first years next to the
    franc), the one introduced last wins only once the old one is gone: cash
    and accounts kept the national currency until its end date, so that is the
    one a story of the time means.
    """
    spans = _table(str(data_dir or MODELS_DIR)).get(territory.upper(), [])
    live = [
        (code, start, end)
        for code, start, end in spans
        if (start is None or start <= when) and (end is None or when <= end)
    ]
    if not live:
        return None
    # the currency that ends first is the one in hand (FRF until 2002-02-17, then EUR)
    live.sort(key=lambda s: (s[2] or date.max, s[1] or date.min))
    return live[0][0]
