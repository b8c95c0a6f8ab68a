"""Money -> text: an amount written back the way news writes it ("up to $400 billion").

``parse_money(format_money(m))`` gives ``m`` back (a tested round trip).
"""

from __future__ import annotations

from decimal import Decimal

from pipeline.types import Money

_QUAL_WORDS = {"up_to": "up to ", "over": "over ", "under": "less than ", "about": "about "}


def _fmt_number(d: Decimal) -> str:
    s = f"{d:,f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
        frac = s.split(".")[1] if "." in s else ""
        if len(frac) == 3:  # "1.234" could be read as grouping in a comma-decimal currency
            s += "0"
    return s


def format_money(m: Money) -> str:
    """A text that :func:`parse_money` reads back to ``m``.

    >>> format_money(Money(Decimal("1500000"), "USD", "up_to"))
    'up to USD 1,500,000'
    """
    amount = f"{m.currency} {_fmt_number(m.amount)}"
    if m.qualifier == "range" and m.amount_max is not None:
        return f"between {amount} and {m.currency} {_fmt_number(m.amount_max)}"
    return _QUAL_WORDS.get(m.qualifier, "") + amount
