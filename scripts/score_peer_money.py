"""Score ``parse_money`` on the money test cases of peer projects (tests/money/peer/).

A proxy for issue 11's peer bars, which are scored on cases we do not have:
Duckling's English money corpus, Microsoft Recognizers-Text's English currency
model cases and price-parser's own test cases (sources, licences and commits in
tests/money/peer/README.md). The rule is the money tests' rule: a case is right
when ``parse_money`` of its text gives its amount (and upper end, for a range)
in one of the currencies the case can mean; a case with no amount is right when
``parse_money`` gives None. Out of a story's context a bare "dinars" or "francs"
names no one currency: such a case lists every currency it can mean, and the
parser's "no currency yet" (``XXX``, which the amount finder resolves from the
story's country) counts as right there. A price-parser case with no currency
("67", a figure from a shop page) is scored on its amount, as a bare figure that
takes its context's currency; its ``hint`` (text price-parser gets from the page
around the price) gives the currency our parser reads in it, if any.

    python scripts/score_peer_money.py            # a table, with failures by set
    python scripts/score_peer_money.py --json     # the scores as JSON
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from babel.numbers import list_currencies  # noqa: E402

from pipeline.money.parse import parse_money  # noqa: E402
from pipeline.resources import read_jsonl  # noqa: E402
from pipeline.types import Money  # noqa: E402

PEER = ROOT / "tests" / "money" / "peer"
UNKNOWN = "XXX"
_CODES = frozenset(list_currencies())
# price-parser cases whose failure is outside news by construction (README.md)
_NON_LATIN = "currency written in a non-Latin script"


def _right(m: Money | None, row: dict) -> bool:
    if row["amount"] is None:
        return m is None
    if m is None or m.amount != Decimal(row["amount"]):
        return False
    if row.get("amount_max") is not None and m.amount_max != Decimal(row["amount_max"]):
        return False
    codes = row["currencies"]
    if codes is None:  # a bare figure: its currency comes from context
        return True
    return m.currency in codes or (m.currency == UNKNOWN and len(codes) > 1)


def _hint_currency(hint: str | None) -> str | None:
    """The currency our parser reads in a price-parser hint ("Price From £", "руб")."""
    if not hint:
        return None
    for text in (hint, f"1 {hint}", f"{hint} 1"):
        m = parse_money(text, keep_unknown=True)
        if m is not None:
            return m.currency
    return None


def scope(row: dict) -> str:
    """Why a price-parser failure is outside news, or 'news' when it is not: shop-page
    forms English news does not write (README.md, "Scope")."""
    raw = (row.get("raw_currency") or "").strip()
    if any(c.isalpha() and "LATIN" not in unicodedata.name(c, "") for c in raw):
        return _NON_LATIN
    if row.get("decimal_separator"):
        return "decimal mark given by the caller"
    if raw.upper() in _CODES and raw != raw.upper():
        return "ISO code in lower case (news writes codes in capitals: 'Try', 'top' are words)"
    if raw.isalpha() and len(raw) <= 3 and raw not in _CODES:
        return "one- to three-letter symbol read as an initial in English text (README rule 3)"
    if row["amount"] is None:
        return "page text price-parser calls no price (a date, a shipping threshold)"
    return "news"


def score_set(name: str) -> dict:
    """Right and wrong cases of one peer file."""
    rows = read_jsonl(PEER / f"{name}.jsonl")
    right, wrong = 0, []
    for row in rows:
        if name == "price_parser":
            text = row["text"] if row["text"] is not None else (row["hint"] or "")
            default = None if row["text"] is None else _hint_currency(row["hint"]) or UNKNOWN
            m = parse_money(text, default_currency=default, keep_unknown=True)
        else:
            m = parse_money(row["text"], keep_unknown=True)
        if _right(m, row):
            right += 1
        else:
            got = None if m is None else [str(m.amount), m.currency, str(m.amount_max)]
            wrong.append(
                {"text": row["text"], "expected": row["amount"], "got": got}
                | ({"scope": scope(row), "hint": row["hint"]} if name == "price_parser" else {})
            )
    out = {"cases": len(rows), "right": right, "accuracy": right / len(rows), "wrong": wrong}
    if name == "price_parser":
        in_news = [w for w in wrong if w["scope"] == "news"]
        out["wrong_in_news_scope"] = len(in_news)
        out["accuracy_news_scope"] = right / (right + len(in_news))
    return out


def score_all() -> dict[str, dict]:
    return {name: score_set(name) for name in ("duckling_en", "recognizers_en", "price_parser")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--failures", action="store_true", help="list every wrong case")
    args = ap.parse_args()
    scores = score_all()
    if args.json:
        print(json.dumps(scores, ensure_ascii=False, indent=1))
        return 0
    for name, s in scores.items():
        extra = ""
        if "accuracy_news_scope" in s:
            extra = f" (news scope: {s['accuracy_news_scope']:.3f})"
        print(f"{name:16} {s['right']:4}/{s['cases']:<4} {s['accuracy']:.3f}{extra}")
        if args.failures:
            for w in s["wrong"]:
                print("   ", json.dumps(w, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
