"""Range ends the amount finder joins beyond a dash or "to": "two-to-three billion
dollars", "700 or 800 mln dlrs" (read by pipeline/money/amounts.py)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.types import Money


def close_ends(sep: Token, money: Money) -> bool:
    """ "700 or 800 mln dlrs" is a range; "net 4,799,000 or 22 cts a share" is a figure and
    its per-share value: an "or" joins a range's ends only when they are close."""
    top = money.amount_max
    return sep.lower_ != "or" or (top is not None and money.amount < top <= 10 * money.amount)


def hyphenated_to(doc: Doc, sep: int) -> bool:
    """ "two-to-three": the tokens before the high end are "-", "to", "-"."""
    return (
        sep >= 3
        and doc[sep].text in ("-", "‐", "‑")
        and doc[sep - 1].lower_ == "to"
        and doc[sep - 2].text in ("-", "‐", "‑")
    )
