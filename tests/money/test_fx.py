"""USD equivalents: the rate of the article's date, never a guess."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from pipeline.money.fx import usd_rate, usd_value
from pipeline.types import Money


@pytest.mark.parametrize(
    ("currency", "published", "rate_date"),
    [
        ("JPY", "2024-07-05", "2024-07-05"),  # a Friday: its own rate
        ("JPY", "2024-07-07", "2024-07-05"),  # a Sunday: the Friday before
        ("EUR", "2025-01-01", "2024-12-31"),  # New Year's Day: no ECB fixing
        ("GBP", "2004-11-15", "2004-11-15"),
        ("INR", "2030-01-01", None),  # after the data: the latest day (checked below)
    ],
    ids=["friday", "sunday", "new-year", "gbp-2004", "future"],
)
def test_fx_rate_from_nearest_earlier_day(currency, published, rate_date):
    rate, day = usd_rate(currency, published)
    assert rate > 0
    if rate_date:
        assert day == rate_date
    else:
        assert day == usd_rate(currency, "")[1] <= published


@pytest.mark.parametrize(
    ("currency", "published"),
    [("JPY", "1987-03-02"), ("AED", "2024-07-05"), ("DEM", "1987-03-02"), ("XYZ", "")],
    ids=["before-1999", "no-ecb-rate", "legacy-1987", "unknown-code"],
)
def test_fx_no_rate_gives_no_value(currency, published):
    assert usd_value(Money(Decimal(100), currency), published) is None


def test_fx_usd_is_itself():
    v = usd_value(Money(Decimal("12.5"), "USD"), "1987-03-02")
    assert (v.amount_usd, v.rate, v.rate_date) == (Decimal("12.5"), Decimal(1), "")


def test_fx_amount_is_amount_times_rate():
    v = usd_value(Money(Decimal("1000000000000"), "JPY"), "2024-07-05")
    assert v.amount_usd == Decimal("1000000000000") * v.rate
    assert Decimal("0.005") < v.rate < Decimal("0.008")  # yen in mid-2024


def test_fx_extract_stores_usd_with_rate(nlp, tmp_path):
    import sqlite3

    from pipeline.extract import extract

    dump = tmp_path / "d.jsonl"
    text = "Acme KK will invest 150 billion yen in a plant."
    dump.write_text(json.dumps({"id": "1", "date": "2024-07-07", "text": text}) + "\n")
    db = tmp_path / "x.sqlite"
    extract([str(dump)], db=db, nlp=nlp)
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT r.amount, r.amount_usd, f.usd_rate, f.usd_rate_date "
            "FROM fact_report r JOIN facts f ON f.id = r.fact_id"
        ).fetchone()
    assert row[0] == 150e9 and row[3] == "2024-07-05"
    assert row[1] == pytest.approx(150e9 * float(row[2]))
