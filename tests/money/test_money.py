"""parse_money: a table of examples, dev apart from evaluation, plus properties.

Each row is (text, amount, currency, qualifier, amount_max). DEV rows were
written while building the parser and tuned on; EVAL rows were written
after, held aside and never tuned on (their failures stay as strict xfails
so a fix shows up as XPASS). Known failures are ``xfail(strict=True)``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.money.format import format_money
from pipeline.money.lexicon import load_lexicon
from pipeline.money.parse import parse_money, parse_money_with_equivalents
from pipeline.types import Money

DEV = [
    ("$10 billion", "10000000000", "USD", "exact", None),
    ("$550 billion", "550000000000", "USD", "exact", None),
    ("up to $400 billion", "400000000000", "USD", "up_to", None),
    ("Up to $100 billion", "100000000000", "USD", "up_to", None),
    ("Over $300 billion", "300000000000", "USD", "over", None),
    ("more than $5 million", "5000000", "USD", "over", None),
    ("at least $2bn", "2000000000", "USD", "over", None),
    ("less than $1m", "1000000", "USD", "under", None),
    ("nearly $3 billion", "3000000000", "USD", "under", None),
    ("almost €4bn", "4000000000", "EUR", "under", None),
    ("about $1.7 billion", "1700000000", "USD", "about", None),
    ("around $3.8 billion", "3800000000", "USD", "about", None),
    ("approximately $1 billion", "1000000000", "USD", "about", None),
    ("roughly £250m", "250000000", "GBP", "about", None),
    ("some 545 mln stg", "545000000", "GBP", "about", None),
    ("an estimated $12bn", "12000000000", "USD", "about", None),
    ("as much as ¥1 trillion", "1000000000000", "JPY", "up_to", None),
    ("$3.5m", "3500000", "USD", "exact", None),
    ("£1.2bn", "1200000000", "GBP", "exact", None),
    ("€500m", "500000000", "EUR", "exact", None),
    ("Rs 500 crore", "5000000000", "INR", "exact", None),
    ("Rs 70 crs", "700000000", "INR", "exact", None),  # crore's plural abbreviation
    ("~€71.6M", "71600000", "EUR", "about", None),  # a glued tilde: about
    ("~$5M", "5000000", "USD", "about", None),
    ("5~6 dollars", "5", "USD", "range", "6"),  # between figures the tilde is a range
    ("Rs. 500 crore", "5000000000", "INR", "exact", None),
    ("Rs.500 crore", "5000000000", "INR", "exact", None),
    ("₹2.5 lakh crore", "2500000000000", "INR", "exact", None),
    ("₹10 lakh", "1000000", "INR", "exact", None),
    ("Rs 3 lakh", "300000", "INR", "exact", None),
    ("INR 1,200 crore", "12000000000", "INR", "exact", None),
    ("1,200 crore rupees", "12000000000", "INR", "exact", None),
    ("US$5 billion", "5000000000", "USD", "exact", None),
    ("US$ 5 billion", "5000000000", "USD", "exact", None),
    ("USD 5 billion", "5000000000", "USD", "exact", None),
    ("USD5bn", "5000000000", "USD", "exact", None),
    ("5 billion USD", "5000000000", "USD", "exact", None),
    ("5bn USD", "5000000000", "USD", "exact", None),
    ("EUR 3.2 million", "3200000", "EUR", "exact", None),
    ("EUR3.2m", "3200000", "EUR", "exact", None),
    ("3.2 million EUR", "3200000", "EUR", "exact", None),
    ("GBP 45m", "45000000", "GBP", "exact", None),
    ("GBP45 million", "45000000", "GBP", "exact", None),
    ("¥500 billion", "500000000000", "JPY", "exact", None),
    ("JPY 500bn", "500000000000", "JPY", "exact", None),
    ("500 billion yen", "500000000000", "JPY", "exact", None),
    ("₩3 trillion", "3000000000000", "KRW", "exact", None),
    ("KRW 3tn", "3000000000000", "KRW", "exact", None),
    ("3 trillion won", "3000000000000", "KRW", "exact", None),
    ("4.7 quadrillion won", "4700000000000000", "KRW", "exact", None),
    ("CHF 200 million", "200000000", "CHF", "exact", None),
    ("CHF200m", "200000000", "CHF", "exact", None),
    ("200 million Swiss francs", "200000000", "CHF", "exact", None),
    ("SEK 1.5 billion", "1500000000", "SEK", "exact", None),
    ("1.5 billion kronor", "1500000000", "SEK", "exact", None),
    ("1.5 billion Swedish kronor", "1500000000", "SEK", "exact", None),
    ("A$3.2bn", "3200000000", "AUD", "exact", None),
    ("A$ 3.2 billion", "3200000000", "AUD", "exact", None),
    ("3.2 billion Australian dollars", "3200000000", "AUD", "exact", None),
    ("C$750 million", "750000000", "CAD", "exact", None),
    ("750 million Canadian dollars", "750000000", "CAD", "exact", None),
    ("HK$10", "10", "HKD", "exact", None),
    ("HK$1.5bn", "1500000000", "HKD", "exact", None),
    ("1.5 billion Hong Kong dollars", "1500000000", "HKD", "exact", None),
    ("S$2 billion", "2000000000", "SGD", "exact", None),
    ("2 billion Singapore dollars", "2000000000", "SGD", "exact", None),
    ("NT$5bn", "5000000000", "TWD", "exact", None),
    ("NT$ 30 billion", "30000000000", "TWD", "exact", None),
    ("R$4 billion", "4000000000", "BRL", "exact", None),
    ("4 billion reais", "4000000000", "BRL", "exact", None),
    ("MX$3 million", "3000000", "MXN", "exact", None),
    ("3 million pesos", "3000000", "MXN", "exact", None),
    ("CN¥7 billion", "7000000000", "CNY", "exact", None),
    ("RMB5bn", "5000000000", "CNY", "exact", None),
    ("RMB 5 billion", "5000000000", "CNY", "exact", None),
    ("5 billion yuan", "5000000000", "CNY", "exact", None),
    ("5 billion renminbi", "5000000000", "CNY", "exact", None),
    ("2 trillion roubles", "2000000000000", "RUB", "exact", None),
    ("2 trillion rubles", "2000000000000", "RUB", "exact", None),
    ("10 billion ringgit", "10000000000", "MYR", "exact", None),
    ("10 billion baht", "10000000000", "THB", "exact", None),
    ("5 billion dirhams", "5000000000", "AED", "exact", None),
    ("5 billion riyals", "5000000000", "SAR", "exact", None),
    ("5 billion Saudi riyals", "5000000000", "SAR", "exact", None),
    ("10 billion rand", "10000000000", "ZAR", "exact", None),
    ("10 million rupees", "10000000", "INR", "exact", None),
    ("5 million US dollars", "5000000", "USD", "exact", None),
    ("5 million U.S. dollars", "5000000", "USD", "exact", None),
    ("U.S. $5 million", "5000000", "USD", "exact", None),
    ("5 million dollars", "5000000", "USD", "exact", None),
    ("a billion dollars", "1000000000", "USD", "exact", None),
    ("a billion euros", "1000000000", "EUR", "exact", None),
    ("half a billion dollars", "500000000", "USD", "exact", None),
    ("one trillion yen", "1000000000000", "JPY", "exact", None),
    ("ten billion dollars", "10000000000", "USD", "exact", None),
    ("two million pounds", "2000000", "GBP", "exact", None),
    ("five million pounds sterling", "5000000", "GBP", "exact", None),
    ("twenty-five million dollars", "25000000", "USD", "exact", None),
    ("1.5 trillion yen", "1500000000000", "JPY", "exact", None),
    ("$3.2tn", "3200000000000", "USD", "exact", None),
    ("$3.2 trillion", "3200000000000", "USD", "exact", None),
    ("$3.2 tn", "3200000000000", "USD", "exact", None),
    ("$1.1tr", "1100000000000", "USD", "exact", None),
    ("$5k", "5000", "USD", "exact", None),
    ("$50,000", "50000", "USD", "exact", None),
    ("$5 thousand", "5000", "USD", "exact", None),
    ("£5mn", "5000000", "GBP", "exact", None),
    ("$5 mln", "5000000", "USD", "exact", None),
    ("$2b", "2000000000", "USD", "exact", None),
    ("$2 bln", "2000000000", "USD", "exact", None),
    ("25 cents", "0.25", "USD", "exact", None),
    ("15 cts", "0.15", "USD", "exact", None),
    ("50p", "0.50", "GBP", "exact", None),
    ("50 pence", "0.50", "GBP", "exact", None),
    # web news AP's fines table ("£3,520,395.90p"): the pound sign says pounds
    ("£3,520,395.90p", "3520395.90", "GBP", "exact", None),
    ("£1.50p", "1.50", "GBP", "exact", None),
    ("99 cents", "0.99", "USD", "exact", None),
    ("12.5 mln dlrs", "12500000", "USD", "exact", None),
    ("1.2 billion dlrs", "1200000000", "USD", "exact", None),
    ("4.5 mln stg", "4500000", "GBP", "exact", None),
    ("250 mln yen", "250000000", "JPY", "exact", None),
    ("1.20 dlrs", "1.20", "USD", "exact", None),
    ("62.5 mln dlr", "62500000", "USD", "exact", None),
    ("3.82 billion dlrs", "3820000000", "USD", "exact", None),
    ("20 mln Canadian dlrs", "20000000", "CAD", "exact", None),
    ("164 mln H.K. Dlr", "164000000", "HKD", "exact", None),
    ("400 mln riyals", "400000000", "SAR", "exact", None),
    ("12 mln Swiss francs", "12000000", "CHF", "exact", None),
    ("$1-2 billion", "1000000000", "USD", "range", "2000000000"),
    ("$1bn-$3bn", "1000000000", "USD", "range", "3000000000"),
    ("between $1bn and $3bn", "1000000000", "USD", "range", "3000000000"),
    ("1,050-1,125 rupees", "1050", "INR", "range", "1125"),
    ("$24-$26", "24", "USD", "range", "26"),
    ("$1 billion to $1.5 billion", "1000000000", "USD", "range", "1500000000"),
    ("$1 to $1.5 billion", "1000000000", "USD", "range", "1500000000"),
    ("15 to 20 mln dlrs", "15000000", "USD", "range", "20000000"),
    ("between two and three billion dlrs", "2000000000", "USD", "range", "3000000000"),
    ("€2-3bn", "2000000000", "EUR", "range", "3000000000"),
    ("£10m-£15m", "10000000", "GBP", "range", "15000000"),
    ("$500,000 to $1 million", "500000", "USD", "range", "1000000"),
    ("$5bn–$7bn", "5000000000", "USD", "range", "7000000000"),
    ("Rs 400-500 crore", "4000000000", "INR", "range", "5000000000"),
    ("1,234.5 dollars", "1234.5", "USD", "exact", None),
    ("$1,234,567", "1234567", "USD", "exact", None),
    ("$1,234,567.89", "1234567.89", "USD", "exact", None),
    ("EUR 1.234,5", "1234.5", "EUR", "exact", None),
    ("€1.234.567,89", "1234567.89", "EUR", "exact", None),
    ("€1.500", "1500", "EUR", "exact", None),
    ("SEK 1 234 million", "1234000000", "SEK", "exact", None),
    ("$1 234 567", "1234567", "USD", "exact", None),
    ("($5.2 million)", "-5200000", "USD", "exact", None),
    ("-$3 million", "-3000000", "USD", "exact", None),
    ("$-3 million", "-3000000", "USD", "exact", None),
    ("$0.5 billion", "500000000", "USD", "exact", None),
    ("$7", "7", "USD", "exact", None),
    ("$ 7", "7", "USD", "exact", None),
    ("7 dollars", "7", "USD", "exact", None),
    ("one dollar", "1", "USD", "exact", None),
    ("$10 Billion", "10000000000", "USD", "exact", None),
    ("$10 BILLION", "10000000000", "USD", "exact", None),
    ("$400 Million", "400000000", "USD", "exact", None),
    ("$1 Trillion", "1000000000000", "USD", "exact", None),
    ("$5bn-plus", "5000000000", "USD", "over", None),
    ("$5 billion or more", "5000000000", "USD", "over", None),
    ("$200 million or so", "200000000", "USD", "about", None),
    ("in excess of $1bn", "1000000000", "USD", "over", None),
    ("upwards of $500m", "500000000", "USD", "over", None),
    ("no more than $2 million", "2000000", "USD", "up_to", None),
    ("close to $1 billion", "1000000000", "USD", "under", None),
    ("just under $10bn", "10000000000", "USD", "under", None),
    ("a little over $3m", "3000000", "USD", "over", None),
    ("well over $100 million", "100000000", "USD", "over", None),
    ("circa £20m", "20000000", "GBP", "about", None),
    ("$7", "7", "USD", "exact", None),
    ("US$7.5 billion", "7500000000", "USD", "exact", None),
    ("$7.50", "7.50", "USD", "exact", None),
    ("$0.99", "0.99", "USD", "exact", None),
    ("£1", "1", "GBP", "exact", None),
    ("£1.50", "1.50", "GBP", "exact", None),
    ("£3.2 billion", "3200000000", "GBP", "exact", None),
    ("£999m", "999000000", "GBP", "exact", None),
    ("€1", "1", "EUR", "exact", None),
    ("€100,000", "100000", "EUR", "exact", None),
    ("€2.7bn", "2700000000", "EUR", "exact", None),
    ("€ 2.7 billion", "2700000000", "EUR", "exact", None),
    ("2.7 billion euros", "2700000000", "EUR", "exact", None),
    ("2.7bn euros", "2700000000", "EUR", "exact", None),
    ("¥1,000", "1000", "JPY", "exact", None),
    ("¥2.4tn", "2400000000000", "JPY", "exact", None),
    ("2.4 trillion yen", "2400000000000", "JPY", "exact", None),
    ("350 billion yen", "350000000000", "JPY", "exact", None),
    ("150 billion yen", "150000000000", "JPY", "exact", None),
    ("₹500", "500", "INR", "exact", None),
    ("₹5,000 crore", "50000000000", "INR", "exact", None),
    ("₹1 lakh crore", "1000000000000", "INR", "exact", None),
    ("Rs 50,000 crore", "500000000000", "INR", "exact", None),
    ("Rs 2 crore", "20000000", "INR", "exact", None),
    ("Rs 15 lakh", "1500000", "INR", "exact", None),
    ("Rs 1.5 crore", "15000000", "INR", "exact", None),
    ("50 lakh rupees", "5000000", "INR", "exact", None),
    ("₩500 billion", "500000000000", "KRW", "exact", None),
    ("500 billion won", "500000000000", "KRW", "exact", None),
    ("KRW 500bn", "500000000000", "KRW", "exact", None),
    ("$25 billion", "25000000000", "USD", "exact", None),
    ("$20 billion", "20000000000", "USD", "exact", None),
    ("$30 billion", "30000000000", "USD", "exact", None),
    ("$15 billion", "15000000000", "USD", "exact", None),
    ("$3 billion", "3000000000", "USD", "exact", None),
    ("$2 billion", "2000000000", "USD", "exact", None),
    ("$600 million", "600000000", "USD", "exact", None),
    ("$500 million", "500000000", "USD", "exact", None),
    ("$350 million", "350000000", "USD", "exact", None),
    ("$467 billion", "467000000000", "USD", "exact", None),
    ("$332 billion", "332000000000", "USD", "exact", None),
    ("$2.44 billion", "2440000000", "USD", "exact", None),
    ("$9 Billion", "9000000000", "USD", "exact", None),
    ("$750 Billion", "750000000000", "USD", "exact", None),
    ("$300 Million", "300000000", "USD", "exact", None),
    ("$1.25 a share", "1.25", "USD", "exact", None),
    ("1.25 dlrs a share", "1.25", "USD", "exact", None),
    ("31 dollars a share", "31", "USD", "exact", None),
    ("69 dlrs per share", "69", "USD", "exact", None),
    ("16.50 dlrs a barrel", "16.50", "USD", "exact", None),
    ("$80 a barrel", "80", "USD", "exact", None),
    ("$2,000 an ounce", "2000", "USD", "exact", None),
    ("1,995 dlrs", "1995", "USD", "exact", None),
    ("7,500,000 dlrs", "7500000", "USD", "exact", None),
    ("2,600,000 dlrs", "2600000", "USD", "exact", None),
    ("650,000 dlrs", "650000", "USD", "exact", None),
    ("28 dlrs", "28", "USD", "exact", None),
    ("140 mln stg", "140000000", "GBP", "exact", None),
    ("2.66 billion stg", "2660000000", "GBP", "exact", None),
    ("24.07 billion stg", "24070000000", "GBP", "exact", None),
    ("5p", "0.05", "GBP", "exact", None),
    ("235p", "2.35", "GBP", "exact", None),
    ("4 cts", "0.04", "USD", "exact", None),
    ("10 cts a share", "0.10", "USD", "exact", None),
    ("1.5 billion Swiss francs", "1500000000", "CHF", "exact", None),
    ("3 billion Danish crowns", "3000000000", "DKK", "exact", None),
    ("3 billion Norwegian crowns", "3000000000", "NOK", "exact", None),
    ("4 billion Norwegian kroner", "4000000000", "NOK", "exact", None),
    ("200 million Danish kroner", "200000000", "DKK", "exact", None),
    ("5 billion kroner", "5000000000", "NOK", "exact", None),
    ("2 billion Swedish crowns", "2000000000", "SEK", "exact", None),
    ("700 million krona", "700000000", "SEK", "exact", None),
    ("1 billion New Zealand dollars", "1000000000", "NZD", "exact", None),
    ("NZ$1 billion", "1000000000", "NZD", "exact", None),
    ("NZD 1bn", "1000000000", "NZD", "exact", None),
    ("AUD 2.5bn", "2500000000", "AUD", "exact", None),
    ("CAD 2.5bn", "2500000000", "CAD", "exact", None),
    ("HKD 2.5bn", "2500000000", "HKD", "exact", None),
    ("SGD 2.5bn", "2500000000", "SGD", "exact", None),
    ("TWD 2.5bn", "2500000000", "TWD", "exact", None),
    ("CNY 2.5bn", "2500000000", "CNY", "exact", None),
    ("BRL 2.5bn", "2500000000", "BRL", "exact", None),
    ("MXN 2.5bn", "2500000000", "MXN", "exact", None),
    ("ZAR 2.5bn", "2500000000", "ZAR", "exact", None),
    ("RUB 2.5bn", "2500000000", "RUB", "exact", None),
    ("TRY 2.5bn", "2500000000", "TRY", "exact", None),
    ("PLN 2.5bn", "2500000000", "PLN", "exact", None),
    ("INR 2.5bn", "2500000000", "INR", "exact", None),
    ("IDR 2.5tn", "2500000000000", "IDR", "exact", None),
    ("2.5 trillion rupiah", "2500000000000", "IDR", "exact", None),
    ("10 billion pesos", "10000000000", "MXN", "exact", None),
    ("10 billion Philippine pesos", "10000000000", "PHP", "exact", None),
    ("₱10 billion", "10000000000", "PHP", "exact", None),
    ("1 billion Turkish lira", "1000000000", "TRY", "exact", None),
    ("500 million shekels", "500000000", "ILS", "exact", None),
    ("NIS 500 million", "500000000", "ILS", "exact", None),
    ("2 billion zlotys", "2000000000", "PLN", "exact", None),
    ("4 billion naira", "4000000000", "NGN", "exact", None),
    ("₦4 billion", "4000000000", "NGN", "exact", None),
    ("5 billion Egyptian pounds", "5000000000", "EGP", "exact", None),
    ("KSh 5 billion", "5000000000", "KES", "exact", None),
    ("5 billion Kenyan shillings", "5000000000", "KES", "exact", None),
    ("€3bn-€4bn", "3000000000", "EUR", "range", "4000000000"),
    ("£1m to £2m", "1000000", "GBP", "range", "2000000"),
    ("$30-40 million", "30000000", "USD", "range", "40000000"),
    ("$30 million-$40 million", "30000000", "USD", "range", "40000000"),
    ("between £5m and £10m", "5000000", "GBP", "range", "10000000"),
    ("between 5 and 10 billion yen", "5000000000", "JPY", "range", "10000000000"),
    ("between $700 million and $1 billion", "700000000", "USD", "range", "1000000000"),
    ("2-3 trillion won", "2000000000000", "KRW", "range", "3000000000000"),
    ("$18.50-$19.50", "18.50", "USD", "range", "19.50"),
    ("Rs 1,050-1,125", "1050", "INR", "range", "1125"),
    ("up to £3bn", "3000000000", "GBP", "up_to", None),
    ("up to 350 billion yen", "350000000000", "JPY", "up_to", None),
    ("more than 1 trillion yen", "1000000000000", "JPY", "over", None),
    ("over £1m", "1000000", "GBP", "over", None),
    ("under $5", "5", "USD", "under", None),
    ("below $50m", "50000000", "USD", "under", None),
    ("about 15 mln stg", "15000000", "GBP", "about", None),
    ("about 400 mln dlrs", "400000000", "USD", "about", None),
    ("around 250 mln stg", "250000000", "GBP", "about", None),
    ("around 1.02 billion stg", "1020000000", "GBP", "about", None),
    ("some 13 billion dlrs", "13000000000", "USD", "about", None),
    ("less than 6,000 dlrs", "6000", "USD", "under", None),
    ("roughly ₹800 crore", "8000000000", "INR", "about", None),
    ("approximately €2.3bn", "2300000000", "EUR", "about", None),
    ("nearly $1 trillion", "1000000000000", "USD", "under", None),
    ("almost Rs 100 crore", "1000000000", "INR", "under", None),
    ("at least 3 billion yuan", "3000000000", "CNY", "over", None),
    ("as much as $10bn", "10000000000", "USD", "up_to", None),
    ("more than $50", "50", "USD", "over", None),
    ("an estimated £400m", "400000000", "GBP", "about", None),
    ("C$3.7-billion", "3700000000", "CAD", "exact", None),
    ("a $250-million loan", "250000000", "USD", "exact", None),
    ("two and a quarter million pounds", "2250000", "GBP", "exact", None),
    ("three and a half billion yen", "3500000000", "JPY", "exact", None),
    ("2 285,81 грн.", "2285.81", "UAH", "exact", None),
    ("17 940,00 руб", "17940", "RUB", "exact", None),
    ("1 234,5 euros", "1234.5", "EUR", "exact", None),
    # pre-euro currencies of wire copy (Reuters 1987)
    ("300 mln marks", "300000000", "DEM", "exact", None),
    ("DM 1.5 billion", "1500000000", "DEM", "exact", None),
    ("6.68 billion guilders", "6680000000", "NLG", "exact", None),
    ("500 billion lire", "500000000000", "ITL", "exact", None),
    ("12.5 mln Belgian francs", "12500000", "BEF", "exact", None),
    ("754.45 mln French francs", "754450000", "FRF", "exact", None),
    ("1,500 pesetas", "1500", "ESP", "exact", None),
    # fractional share prices of wire copy
    ("12-7/8 dlrs", "12.875", "USD", "exact", None),
    ("18 1/2 dlrs a share", "18.5", "USD", "exact", None),
    ("3/4 dlr", "0.75", "USD", "exact", None),
    # was "not money": FACTS.md makes every amount with a definite value a fact
    ("$.5 billion", "500000000", "USD", "exact", None),
    # "a" before a number word is the article, not one more ("a two mln dlr" is 2 mln)
    ("a two mln dlr", "2000000", "USD", "exact", None),
    ("A four billion dollar", "4000000000", "USD", "exact", None),
]

DEV_NOT_MONEY = [
    pytest.param(
        "R$ 4 bilhões",
        marks=pytest.mark.xfail(
            strict=True,
            reason="Portuguese scale words are not in scales.jsonl; read without its scale",
        ),
    ),
    "billions of dollars",
    "millions of dollars",
    "hundreds of millions of dollars",
    "2019",
    "in 2019",
    "5%",
    "5 percent",
    "12 million people",
    "3.5 million barrels",
    "GBP/USD",
    "EUR/USD rose",
    "$1 = 0.9061 euros",
    "1 dollar equals 140 yen",
    "call +1 555 123 4567",
    "the dollar",
    "dollars",
    "yen",
    "a billion",
    "half",
    "the 1990s",
    "Q3 2024",
    "Article 5",
    "7-3/4 pct",
    "100 crores",
    "Million Dollar Baby",
    "had not received a penny of",
]

EVAL = [
    ("The deal is valued at $4.6 billion", "4600000000", "USD", "exact", None),
    ("worth £850m", "850000000", "GBP", "exact", None),
    ("a €1.1bn order", "1100000000", "EUR", "exact", None),
    ("costing 2.3 billion dlrs", "2300000000", "USD", "exact", None),
    ("Sales 45.6 mln dlrs", "45600000", "USD", "exact", None),
    ("funding of Rs 1,000 crore", "10000000000", "INR", "exact", None),
    ("raised ₹300 crore", "3000000000", "INR", "exact", None),
    ("an investment of 80 billion yen", "80000000000", "JPY", "exact", None),
    ("a 3 trillion won plant", "3000000000000", "KRW", "exact", None),
    ("up to US$2 billion", "2000000000", "USD", "up_to", None),
    ("more than 500 million euros", "500000000", "EUR", "over", None),
    ("nearly £2bn", "2000000000", "GBP", "under", None),
    ("about HK$3.4 billion", "3400000000", "HKD", "about", None),
    ("approximately A$900m", "900000000", "AUD", "about", None),
    ("between $2bn and $2.5bn", "2000000000", "USD", "range", "2500000000"),
    ("$40-50 million", "40000000", "USD", "range", "50000000"),
    ("Rs 200-250 crore", "2000000000", "INR", "range", "2500000000"),
    ("$3.5bn-$4bn", "3500000000", "USD", "range", "4000000000"),
    ("1.8 billion Swiss francs", "1800000000", "CHF", "exact", None),
    ("12 billion Swedish crowns", "12000000000", "SEK", "exact", None),
    ("S$1.2 billion", "1200000000", "SGD", "exact", None),
    ("C$ 400 million", "400000000", "CAD", "exact", None),
    ("45 cents a share", "0.45", "USD", "exact", None),
    ("8p a share", "0.08", "GBP", "exact", None),
    ("dividend of 12 cts", "0.12", "USD", "exact", None),
    ("a quarter of a billion dollars", "250000000", "USD", "exact", None),
    # These two were strict xfails here until the parser learnt them: evaluation
    # rows no longer, kept so they stay fixed.
    ("one and a half billion dollars", "1500000000", "USD", "exact", None),
    ("$1.5-billion", "1500000000", "USD", "exact", None),
    ("US$ 12.3 mln", "12300000", "USD", "exact", None),
    ("at least €10 million", "10000000", "EUR", "over", None),
    ("RMB 80 billion", "80000000000", "CNY", "exact", None),
    ("8 billion yuan ($1.1 billion)", "8000000000", "CNY", "exact", None),
    ("$2.5 trillion", "2500000000000", "USD", "exact", None),
    ("£30,000", "30000", "GBP", "exact", None),
    ("$300k", "300000", "USD", "exact", None),
    ("1.75 mln stg", "1750000", "GBP", "exact", None),
    ("Net profit 120.5 mln yen", "120500000", "JPY", "exact", None),
    ("five billion dollars", "5000000000", "USD", "exact", None),
    ("50 billion rupees", "50000000000", "INR", "exact", None),
    ("15bn dirhams", "15000000000", "AED", "exact", None),
]

EVAL_NOT_MONEY = [
    "3.4%",
    "50,000 jobs",
    "the year 2030",
    "thousands of dollars",
    "USD/JPY",
]


def _ids(rows):
    return [
        r.values[0] if hasattr(r, "values") else (r[0] if isinstance(r, tuple) else r) for r in rows
    ]


def _check(text, amount, currency, qualifier, amount_max):
    m = parse_money(text)
    assert m is not None, text
    assert m.amount == Decimal(amount)
    assert m.currency == currency
    assert m.qualifier == qualifier
    assert m.amount_max == (Decimal(amount_max) if amount_max is not None else None)
    assert isinstance(m.amount, Decimal)


@pytest.mark.parametrize(
    ("text", "amount", "currency", "qualifier", "amount_max"), DEV, ids=_ids(DEV)
)
def test_money_parse_dev(text, amount, currency, qualifier, amount_max):
    _check(text, amount, currency, qualifier, amount_max)


@pytest.mark.parametrize(
    ("text", "amount", "currency", "qualifier", "amount_max"), EVAL, ids=_ids(EVAL)
)
def test_money_parse_eval(text, amount, currency, qualifier, amount_max):
    _check(text, amount, currency, qualifier, amount_max)


@pytest.mark.parametrize(
    "text", DEV_NOT_MONEY + EVAL_NOT_MONEY, ids=_ids(DEV_NOT_MONEY + EVAL_NOT_MONEY)
)
def test_money_parse_not_money(text):
    assert parse_money(text) is None


@pytest.mark.parametrize(
    ("text", "first", "equivalents"),
    [
        ("$7 billion (1 trillion yen)", ("7000000000", "USD"), [("1000000000000", "JPY")]),
        ("$1.7 billion, or 250 billion yen", ("1700000000", "USD"), [("250000000000", "JPY")]),
        (
            "540bn yen ($5.2bn; £2.77bn)",
            ("540000000000", "JPY"),
            [("5200000000", "USD"), ("2770000000", "GBP")],
        ),
        (
            "up to $2.44 billion, or 350 billion yen",
            ("2440000000", "USD"),
            [("350000000000", "JPY")],
        ),
        ("€3bn ($3.3bn)", ("3000000000", "EUR"), [("3300000000", "USD")]),
        ("$5 billion and $6 billion", ("5000000000", "USD"), []),
        # a bare comma lists amounts ("$5 billion, €4 billion and ¥3 billion"): the
        # amount finder and this function read the gap with the same rules
        ("$5 billion, €4 billion", ("5000000000", "USD"), []),
        ("$5 billion, or €4 billion", ("5000000000", "USD"), [("4000000000", "EUR")]),
        ("£2 million, i.e. $2.5 million", ("2000000", "GBP"), [("2500000", "USD")]),
        ("¥90bn / $600m", ("90000000000", "JPY"), [("600000000", "USD")]),
    ],
    ids=lambda x: x if isinstance(x, str) else "",
)
def test_money_equivalents(text, first, equivalents):
    got = parse_money_with_equivalents(text)
    assert got is not None
    m, eq = got
    assert (m.amount, m.currency) == (Decimal(first[0]), first[1])
    assert [(e.amount, e.currency) for e in eq] == [(Decimal(a), c) for a, c in equivalents]


@pytest.mark.parametrize(
    "text",
    ["", "   ", "$", "billion", "Rs.", "up to", "-", "(", "$-", "1e9999"],
    ids=lambda x: repr(x),
)
def test_money_parse_edge_inputs(text):
    assert parse_money(text) is None


@pytest.mark.parametrize("text", [None, 12, b"$5"], ids=repr)
def test_money_parse_non_string_returns_none(text):
    assert parse_money(text) is None


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_money_parse_never_raises(text):
    result = parse_money(text)
    assert result is None or isinstance(result, Money)
    parse_money_with_equivalents(text)


@given(st.text(alphabet="$€£¥₹ 0123456789.,-()bnmktrillionBMKcrorelakhup toaboutover", max_size=60))
@settings(max_examples=300, deadline=None)
def test_money_parse_never_raises_on_money_like_text(text):
    parse_money(text)


_CODES = sorted(load_lexicon().codes)
_AMOUNTS = st.decimals(
    min_value=Decimal("0.01"),
    max_value=Decimal("1e15"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


@st.composite
def _monies(draw):
    amount = draw(_AMOUNTS)
    currency = draw(st.sampled_from(_CODES))
    qualifier = draw(st.sampled_from(["exact", "up_to", "over", "under", "about", "range"]))
    if qualifier == "range":
        high = draw(_AMOUNTS.filter(lambda d: d > amount))
        return Money(amount, currency, "range", high)
    return Money(amount, currency, qualifier)


@given(_monies())
@settings(max_examples=400, deadline=None)
def test_money_format_roundtrip(m):
    text = format_money(m)
    back = parse_money(text)
    assert back == m, text


@pytest.mark.parametrize(
    ("money", "text"),
    [
        (Money(Decimal("1500000"), "USD", "up_to"), "up to USD 1,500,000"),
        (Money(Decimal("1.234"), "EUR"), "EUR 1.2340"),
        (Money(Decimal("1"), "GBP", "range", Decimal("2")), "between GBP 1 and GBP 2"),
    ],
    ids=["up_to", "three-decimals", "range"],
)
def test_money_format_text(money, text):
    assert format_money(money) == text


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("$50-100,000", "50000", "100000"),  # the low end leaves the thousands out
        ("50-100,000 euros", "50000", "100000"),
        ("between AED 5 and AED 5,000", "5", "5000"),  # each end written whole
        ("between AED 125 and AED 244,140,625,000", "125", "244140625000"),
    ],
)
def test_thousands_left_out_only_when_one_end_is_short(text, low, high):
    """Found by the round trip above: a range whose ends both carry their currency
    writes each end in full."""
    m = parse_money(text)
    assert m is not None and (m.amount, m.amount_max) == (Decimal(low), Decimal(high))
