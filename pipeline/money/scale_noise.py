"""A figure written out in full before a scale word that cannot mean it.

Wire copy sometimes writes a figure to the unit and still puts "mln" after it: "Softech
Inc said it was awarded a 1,035,767 mln dlr contract" is a contract of 1,035,767 dollars,
not of a trillion. Nobody writes a trillion dollars as "1,035,767 mln"; a figure in
millions is written "1,035.8 mln", and one that large "1.04 trillion". So where the text
writes the number with two or more thousands separators before "mln", "million",
"billion" and the like, and that reading is worth more than :data:`ABSURD_USD`, the scale
word is noise and the figure is the number as written (issue 10: "a thousands-separated
figure with 'mln' as noise only when the result is absurd"). A yen or won figure in
millions ("1,234,567 million won", a billion dollars) is worth far less and stands.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from pipeline.money.lexicon import load_lexicon
from pipeline.types import Money

# More than any company's contract, deal or year's results has been worth: a trillion
# US dollars (the largest takeovers are near 0.2 trillion)
ABSURD_USD = Decimal("1e12")
# the words of models/money/scales.jsonl for millions and billions ("mln", "bn", "mio")
_SCALES = {w: f for w, f in load_lexicon().scales.items() if f in (10**6, 10**9)}
_WRITTEN_OUT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3}){2,})\s*-?\s*("
    + "|".join(map(re.escape, sorted(_SCALES, key=len, reverse=True)))
    + r")\b",
    re.IGNORECASE,
)


def without_scale(text: str, money: Money, usd: Decimal | None) -> Money | None:
    """``money`` read as the number ``text`` writes out, when its reading with the scale
    word is worth more than :data:`ABSURD_USD` (``usd``); else None."""
    if usd is None or usd <= ABSURD_USD:
        return None
    found = _WRITTEN_OUT.search(text)
    if found is None:
        return None
    written = Decimal(found.group(1).replace(",", ""))
    factor = _SCALES[found.group(2).lower()]
    if written * factor not in (money.amount, money.amount_max):
        return None  # the scale word was not applied to this figure
    top = money.amount_max / factor if money.amount_max is not None else None
    return replace(money, amount=money.amount / factor, amount_max=top)
