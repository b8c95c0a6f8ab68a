"""The currency lexicon generated from CLDR (scripts/build_currencies.py) and the
hand-kept currencies_extra.jsonl: real news phrases through parse_money, the
ambiguity defaults, and the territory -> currency helper."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest

from pipeline.money.lexicon import load_lexicon
from pipeline.money.parse import parse_money
from pipeline.money.territories import currency_of
from pipeline.resources import MODELS_DIR, read_jsonl

MONEY = MODELS_DIR / "money"

# (text, amount, currency): Gulf, African, Latin American, Asian and European business news
PHRASES = [
    ("300 million Kuwaiti dinars", "300000000", "KWD"),
    ("5 billion Iranian rials", "5000000000", "IRR"),
    ("2 billion Moroccan dirhams", "2000000000", "MAD"),
    ("1.2 billion Saudi riyals", "1200000000", "SAR"),
    ("450 million Qatari riyals", "450000000", "QAR"),
    ("12 million Omani rials", "12000000", "OMR"),
    ("80 million Bahraini dinars", "80000000", "BHD"),
    ("25 billion Egyptian pounds", "25000000000", "EGP"),
    ("3.5 billion Nigerian nairas", "3500000000", "NGN"),
    ("40 billion Kenyan shillings", "40000000000", "KES"),
    ("700 million Ghanaian cedis", "700000000", "GHS"),
    ("10 billion CFA francs", None, None),  # "CFA francs" alone names two currencies
    ("15 billion West African CFA francs", "15000000000", "XOF"),
    ("500 million Brazilian reals", "500000000", "BRL"),
    ("2 trillion Colombian pesos", "2000000000000", "COP"),
    ("90 billion Chilean pesos", "90000000000", "CLP"),
    ("1.1 billion Peruvian soles", "1100000000", "PEN"),
    ("6 billion Indian rupees", "6000000000", "INR"),
    ("800 million Pakistani rupees", "800000000", "PKR"),
    ("3 trillion Indonesian rupiahs", "3000000000000", "IDR"),
    ("200 billion Vietnamese dong", "200000000000", "VND"),
    ("4 billion Philippine pesos", "4000000000", "PHP"),
    ("1.5 billion Hong Kong dollars", "1500000000", "HKD"),
    ("250 million Swiss francs", "250000000", "CHF"),
    ("9 billion Norwegian kroner", "9000000000", "NOK"),
    ("600 million Polish zlotys", "600000000", "PLN"),
    ("30 billion Kazakhstani tenges", "30000000000", "KZT"),
    ("5 billion Bangladeshi takas", "5000000000", "BDT"),
    ("2 billion French francs", "2000000000", "FRF"),
    ("750 million German marks", "750000000", "DEM"),
    ("1.3 trillion Italian lire", "1300000000000", "ITL"),
    ("40 billion Spanish pesetas", "40000000000", "ESP"),
    ("KWD 15 million", "15000000", "KWD"),
    # a code glued to the "$" its own country writes (rule 4 of build_currencies.py)
    ("COP$5.9 trillion", "5900000000000", "COP"),
    ("CLP$90 billion", "90000000000", "CLP"),
    ("NZD$12 million", "12000000", "NZD"),
    ("TTD$45 million", "45000000", "TTD"),
    ("₦5 billion", "5000000000", "NGN"),
    ("GH₵120 million", "120000000", "GHS"),
    ("Rp 5 triliun", None, None),  # no Indonesian scale words in scales.jsonl
    ("2.5 million fils", "25000", "AED"),  # minor unit at CLDR's 2 digits
    ("50 sen", "0.50", "JPY"),  # hand factor: CLDR gives the yen 0 digits
]


@pytest.mark.parametrize(("text", "amount", "currency"), PHRASES, ids=[p[0] for p in PHRASES])
def test_news_phrases(text: str, amount: str | None, currency: str | None) -> None:
    money = parse_money(text)
    if amount is None:
        assert money is None or money.currency != "XOF"
        return
    assert money is not None
    assert (money.amount, money.currency) == (Decimal(amount), currency)


# bare words and shared symbols: one default each (README "Ambiguity")
DEFAULTS = [
    ("$5 million", "USD"),
    ("5 million dollars", "USD"),
    ("£5 million", "GBP"),
    ("¥5 billion", "JPY"),
    ("kr 5 million", "SEK"),
    ("5 billion crowns", "SEK"),
    ("5 billion kroner", "NOK"),
    ("5 million francs", "CHF"),
    ("5 million pesos", "MXN"),
    ("5 million rupees", "INR"),
    ("Rs 500 crore", "INR"),
    ("5 million riyals", "SAR"),
    ("5 billion rials", "IRR"),
    ("5 million dirhams", "AED"),
    ("5 million shillings", "KES"),
    ("R20 million", "ZAR"),
    ("C$5 million", "CAD"),
]


@pytest.mark.parametrize(("text", "currency"), DEFAULTS, ids=[d[0] for d in DEFAULTS])
def test_ambiguous_forms_have_one_default(text: str, currency: str) -> None:
    money = parse_money(text)
    assert money is not None and money.currency == currency


@pytest.mark.parametrize(
    "text", ["5 million dinars", "ALL 5 million", "TOP 10 million", "K 5 million"]
)
def test_unclear_or_word_forms_are_not_currencies(text: str) -> None:
    """'dinars' has no clear largest user; ALL/TOP are English words; 'K' is an initial."""
    money = parse_money(text)
    assert money is None or money.currency not in {"ALL", "TOP", "MMK", "PGK", "ZMW"} | {
        "DZD", "IQD", "KWD", "JOD", "BHD", "LYD", "TND", "RSD"}


def test_every_form_belongs_to_one_currency() -> None:
    owner: dict[str, str] = {}
    extra, generated = MONEY / "currencies_extra.jsonl", MONEY / "currencies.jsonl"
    for rec in [*read_jsonl(extra), *read_jsonl(generated)]:
        for key in ("symbols", "words", "minor_words"):
            for form in rec.get(key, []):
                assert owner.setdefault(form.lower(), rec["code"]) == rec["code"], form


def test_extra_records_give_a_reason() -> None:
    for rec in read_jsonl(MONEY / "currencies_extra.jsonl"):
        assert rec.get("reason") and rec.get("code"), rec


def test_minor_factors_come_from_cldr() -> None:
    factors = {r["code"]: r["minor_factor"] for r in read_jsonl(MONEY / "currencies.jsonl")}
    got = (factors["KWD"], factors["BHD"], factors["USD"], factors["JPY"])
    assert got == ("0.001", "0.001", "0.01", "1")


def test_historic_currencies_are_there() -> None:
    codes = set(load_lexicon().codes)
    assert {"FRF", "DEM", "ITL", "NLG", "BEF", "ATS", "IEP", "FIM", "PTE", "GRD"} <= codes
    assert not {"ALL", "TOP", "CUP", "MAD", "PEN"} & codes


def test_generated_files_are_current() -> None:
    """currencies.jsonl and territory_currencies.jsonl are what the script writes."""
    script = MODELS_DIR.parent / "scripts" / "build_currencies.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("territory", "when", "code"),
    [
        ("FR", date(1987, 3, 2), "FRF"),
        ("FR", date(2000, 6, 1), "FRF"),  # euro on account only; francs in hand
        ("FR", date(2010, 1, 1), "EUR"),
        ("DE", date(1990, 1, 1), "DEM"),
        ("IE", date(1995, 1, 1), "IEP"),
        ("KW", date(2020, 1, 1), "KWD"),
        ("HR", date(2020, 1, 1), "HRK"),
        ("HR", date(2024, 1, 1), "EUR"),
        ("US", date(1987, 1, 1), "USD"),
    ],
    ids=lambda v: str(v),
)
def test_currency_of(territory: str, when: date, code: str) -> None:
    assert currency_of(territory, when) == code


def test_currency_of_unknown() -> None:
    assert currency_of("QQ", date(2000, 1, 1)) is None


def test_territory_file_dates() -> None:
    rows = [r for r in read_jsonl(MONEY / "territory_currencies.jsonl") if r["territory"] == "FR"]
    assert {"territory": "FR", "code": "FRF", "from": "1960-01-01", "to": "2002-02-17"} in rows
    assert json.dumps(rows)  # plain JSON values
