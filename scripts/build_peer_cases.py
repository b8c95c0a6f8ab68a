"""Write price-parser's own test cases as data: tests/money/peer/price_parser.jsonl.

Run at development time only, on the test module of price-parser's source
distribution (BSD licence; see tests/money/peer/README.md), never at run time:

    pip download --no-deps --no-binary :all: price-parser==0.5.1 -d /tmp/pp
    tar xzf /tmp/pp/price_parser-0.5.1.tar.gz -C /tmp/pp
    python scripts/build_peer_cases.py /tmp/pp/price_parser-0.5.1/tests/test_price_parsing.py

Each case keeps price-parser's inputs (``text`` = its ``price_raw``, ``hint``
= its ``currency_raw``, ``decimal_separator``), its expected amount and the
currency as price-parser writes it (``raw_currency``: "$", "руб", "Kč"), and
``currencies``: the ISO 4217 codes that raw form can mean. Those come from
price-parser's own currency table (its symbol, national symbols, code and
names) and CLDR through babel, never from newsfacts' lexicon, so the scorer
does not grade newsfacts with its own answers; a form several currencies
claim ("$", "kr") lists them all.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from decimal import Decimal
from pathlib import Path

from babel.numbers import get_currency_name, get_currency_symbol, list_currencies
from price_parser._currencies import CURRENCIES

OUT = Path(__file__).resolve().parent.parent / "tests" / "money" / "peer" / "price_parser.jsonl"
LISTS = (
    "PRICE_PARSING_EXAMPLES_BUGS_CAUGHT",
    "PRICE_PARSING_EXAMPLES_NEW",
    "PRICE_PARSING_EXAMPLES",
    "PRICE_PARSING_EXAMPLES_2",
    "PRICE_PARSING_EXAMPLES_3",
    "PRICE_PARSING_EXAMPLES_NO_PRICE",
    "PRICE_PARSING_EXAMPLES_NO_CURRENCY",
    "PRICE_PARSING_DECIMAL_SEPARATOR_EXAMPLES",
    "PRICE_PARSING_EXAMPLES_XFAIL",
    "PRICE_PARSING_EXAMPLES_XFAIL_CURRENCIES_TO_BE_ADDED",
)
# raw forms neither table names, read by hand from the case's own comment; a form
# that names no ISO currency (bitcoin, the Seborga luigino, the livre tournois)
# is written as it is and can never be matched
_DINARS = ["KWD", "BHD", "IQD", "JOD", "LYD", "TND", "DZD", "RSD", "MKD"]
_FRANCS = ["CHF", "FRF", "BEF", "XOF", "XAF", "GNF", "RWF"]
BY_HAND = {
    # English-language news writes "C$" for the Canadian dollar; CLDR and price-parser
    # give it to the Nicaraguan córdoba only: both count
    "c$": ["CAD"],
    "yen": ["JPY"],
    "元": ["CNY"],
    "円": ["JPY"],
    "원": ["KRW"],
    "franc": _FRANCS,
    "francs": _FRANCS,
    "$b": ["BOB", "BBD"],
    ".د.ب": ["BHD"],
    "au $": ["AUD"],
    "ar": ["MGA"],
    "btc": ["BTC"],
    "ƀ": ["BTC"],
    "₿": ["BTC"],
    "cad$": ["CAD"],
    "can$": ["CAD"],
    "cnd": ["CAD"],
    "dh": ["AED", "MAD"],
    "dhs": ["AED"],
    "dinara": ["RSD"],
    "e": ["SZL", "EGP"],
    "esc": ["PTE", "CVE"],
    "e£": ["EGP"],
    "frw": ["RWF"],
    "g$": ["GYD"],
    "gfr": ["GNF"],
    "gy$": ["GYD"],
    "id": ["IQD"],
    "kshs": ["KES"],
    "ks": ["MMK"],
    "mt": ["MZN"],
    "nt": ["TWD"],
    "rbl": ["RUB"],
    "re": ["INR", "LKR", "NPR", "PKR"],
    "r₣": ["RWF"],
    "s'": ["UZS"],
    "sʻ": ["UZS"],
    "so'm": ["UZS"],
    "som": ["UZS", "KGS"],
    "sfr": ["CHF"],
    "spl": ["SPL"],
    "sl": ["SOS"],
    "us $": ["USD"],
    "us$": ["USD"],
    "vnđ": ["VND"],
    "hrn": ["UAH"],
    "kwz": ["AOA"],
    "lari": ["GEL"],
    "nis": ["ILS"],
    "pound": ["GBP", "EGP", "LBP", "SYP"],
    "stg": ["GBP"],
    "yuan": ["CNY"],
    "zl": ["PLN"],
    "¢": ["GHS", "USD"],
    "ден": ["MKD"],
    "р": ["RUB", "BYN"],
    "грн": ["UAH"],
    "км": ["BAM"],
    "с": ["KGS", "TJS"],
    "тг": ["KZT"],
    "֏": ["AMD"],
    'ש"ח': ["ILS"],
    "ש'ח": ["ILS"],
    "ש״ח": ["ILS"],
    "تومان": ["IRR"],
    "ج.س": ["SDG"],
    "ج.م": ["EGP"],
    "جنيه": ["EGP", "SDG", "SSP", "LBP", "SYP"],
    "د": _DINARS + ["AED", "MAD"],
    "د.أ": ["JOD"],
    "د.إ": ["AED"],
    "د.ا": ["JOD"],
    "د.ت": ["TND"],
    "د.ج": ["DZD"],
    "د.ع": ["IQD"],
    "د.ك": ["KWD"],
    "د.ل": ["LYD"],
    "د.م": ["MAD"],
    "دج": ["DZD"],
    "درهم": ["AED", "MAD"],
    "دينار": _DINARS,
    "دينار أردني": ["JOD"],
    "دينار كويتي": ["KWD"],
    "ر.س": ["SAR"],
    "ر.ع": ["OMR"],
    "ر.ق": ["QAR"],
    "ر.ي": ["YER"],
    "ريال": ["SAR", "QAR", "OMR", "YER", "IRR"],
    "ش.ج": ["ILS"],
    "ش.ص": ["SOS"],
    "ع.د": ["IQD"],
    "ل.د": ["LYD"],
    "ل.س": ["SYP"],
    "ل.ل": ["LBP"],
    "نافكا": ["ERN"],
    "ரூ": ["LKR", "INR"],
    "රු": ["LKR"],
    "บาท": ["THB"],
    "ლ": ["GEL"],
    "ლარი": ["GEL"],
    "ብር": ["ETB"],
    "ናቕፋ": ["ERN"],
    "₵": ["GHS"],
    "₶": ["₶"],
    "₺": ["TRY"],
    "₼": ["AZN"],
    "₽": ["RUB"],
    "人民币": ["CNY"],
    "圆": ["CNY"],
    "圓": ["TWD", "HKD", "CNY"],
    "￡": ["GBP"],
}


def _norm(form: str) -> str:
    return form.strip().rstrip(".").lower()


def currency_forms() -> dict[str, set[str]]:
    """Every written form -> the ISO codes it can mean, from price-parser and CLDR."""
    forms: dict[str, set[str]] = {}

    def add(form: str | None, code: str) -> None:
        if form and form.strip():
            forms.setdefault(_norm(form), set()).add(code)

    for code, info in CURRENCIES.items():
        add(code, code)
        for key in ("s", "sn", "n", "np"):
            add(info.get(key), code)  # type: ignore[arg-type]
        for extra in info.get("sn2", []):  # type: ignore[attr-defined]
            add(extra, code)
    for code in list_currencies():
        add(get_currency_symbol(code, locale="en"), code)
        add(get_currency_name(code, locale="en"), code)
        add(get_currency_name(code, count=2, locale="en"), code)
    for form, codes in BY_HAND.items():
        forms.setdefault(form, set()).update(codes)
    return forms


def load_examples(path: Path) -> list[tuple[str, object]]:
    spec = importlib.util.spec_from_file_location("pp_tests", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [(name, ex) for name in LISTS for ex in getattr(module, name)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tests", type=Path, help="price-parser's tests/test_price_parsing.py")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    forms = currency_forms()
    rows = []
    unknown: set[str] = set()
    for name, ex in load_examples(args.tests):
        raw = ex.currency  # type: ignore[attr-defined]
        codes = sorted(forms.get(_norm(raw), set())) if raw else None
        if raw and not codes:
            unknown.add(raw)
        amount = ex.amount  # type: ignore[attr-defined]
        rows.append(
            {
                "list": name,
                "hint": ex.currency_raw,  # type: ignore[attr-defined]
                "text": ex.price_raw,  # type: ignore[attr-defined]
                "decimal_separator": ex.decimal_separator,  # type: ignore[attr-defined]
                "amount": str(Decimal(amount)) if amount is not None else None,
                "raw_currency": raw,
                "currencies": codes,
            }
        )
    with args.out.open("w", encoding="utf-8") as f:
        f.write(
            "# price-parser 0.5.1 tests/test_price_parsing.py (BSD), written by"
            " scripts/build_peer_cases.py; see README.md\n"
        )
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} cases -> {args.out}; raw currencies with no ISO code: {sorted(unknown)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
