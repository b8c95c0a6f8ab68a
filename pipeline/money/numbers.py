"""Numbers inside money expressions: digit groups and runs of number words.

``to_decimal`` reads digits with their separators ("1.234,5", "12-7/8");
``read_words`` reads a run of number words with the grammar of written
English and Indian numbering: "four hundred and sixty-one million" (461e6),
"one million two hundred thousand", "fifteen hundred", "two thirds of a
billion", "a quarter of a million", "one and a half", "two lakh crore".
Scale words that end the run are returned apart, as the amount's scale.

Scales stack only from small to large ("hundred thousand", "lakh crore",
"thousand million"): "$4.5bn trillion" has no sane reading and is refused
(:func:`scales_stack`).

A run of plain English number words (units, tens, "hundred", "thousand",
"million", "billion", "and") is read by text2num (pinned in requirements.lock),
which knows the grammar of written English numbers better than a hand-written
reader; what it does not read stays here: "a", fractions ("two thirds of a",
"half"), "point", "dozen", abbreviations ("mln", "bn"), "trillion" and the
Indian lakh and crore.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from price_parser.parser import parse_number
from text_to_num import text2num

# fraction words: "two thirds of a billion", "a fifth of", "three quarters"
FRACTIONS = {
    "half": Decimal(1) / 2,
    "halves": Decimal(1) / 2,
    "third": Decimal(1) / 3,
    "thirds": Decimal(1) / 3,
    "quarter": Decimal(1) / 4,
    "quarters": Decimal(1) / 4,
    "fifth": Decimal(1) / 5,
    "fifths": Decimal(1) / 5,
    "tenth": Decimal(1) / 10,
    "tenths": Decimal(1) / 10,
}
_MAX_STACK_LOW = Decimal(100000)  # a scale under another: hundred, thousand, lakh
# the scale words text2num reads in English; a run with any other goes to _evaluate
_T2N_SCALES = frozenset({"hundred", "thousand", "million", "billion"})


class _Token(Protocol):
    kind: str
    text: str
    start: int
    end: int
    value: Any


def scales_stack(low: Decimal, high: Decimal) -> bool:
    """ "hundred thousand", "lakh crore", "thousand million" stack; "bn trillion" does not."""
    return low < high and low <= _MAX_STACK_LOW


def _fraction_word(t: _Token) -> Decimal | None:
    if t.kind == "word":
        return FRACTIONS.get(str(t.value))
    if t.kind == "numword" and t.text.lower() in FRACTIONS:
        return FRACTIONS[t.text.lower()]
    return None


def _is_and(t: _Token) -> bool:
    return t.kind == "word" and t.value == "and"


def read_words(toks: Sequence[_Token], i: int) -> tuple[Decimal, Decimal | None, int, bool] | None:
    """A run of number words at ``toks[i]``: (value, scale, next index, lone).

    ``scale`` is the product of the scale words that end a run with no other
    scale word ("three billion" is 3 and 1e9; "one million two hundred
    thousand" is 1200000 and no scale). ``lone`` is true for a run of only
    "a", "half", "quarter" ...: no number by itself ("a pound" is one, "a" is
    not). ``None`` when no run starts here or the run has no sane reading.
    """
    n = len(toks)
    # (kind, value, word): n(umber), m(ultiplier), f(raction), s(cale), a(dded), &(and)
    items: list[tuple[str, Decimal, str]] = []
    j = i
    tail = False  # after "and": tens and units only ("hundred and sixty-one")
    cut: tuple[int, int] | None = None  # items and index at that "and": "four mln and seven mln"
    while j < n:
        t = toks[j]
        frac = _fraction_word(t)
        if frac is not None and t.text.lower() not in ("a", "an"):
            items.append(("f", frac, t.text.lower()))
            j += 1
        elif t.kind == "numword":
            val, multiplies = t.value
            if not multiplies and tail and val >= 100:
                break
            items.append(("m" if multiplies else "n", val, t.text.lower().rstrip(".")))
            j += 1
            if t.text.endswith("."):
                break  # "one dollar and twelve." ends a sentence
        elif t.kind == "scale" and items:
            if tail and t.value < 1000:
                break
            items.append(("s", t.value, t.text.lower().rstrip(".")))
            tail = tail and t.value < 1000  # "... and twenty three million four hundred"
            j += 1
        elif t.kind == "word" and t.value == "point" and items and items[-1][0] == "n":
            digits, k = _point_digits(toks, j + 1)
            if not digits:
                break
            items.append(("a", Decimal(f"0.{digits}"), "point"))  # "three point five billion"
            j = k
        elif t.kind == "dash" and items and j + 1 < n and t.start == toks[j - 1].end:
            nxt = toks[j + 1]
            if nxt.start != t.end or not (
                nxt.kind in ("numword", "scale") or _is_and(nxt) or _fraction_word(nxt) is not None
            ):
                break
            j += 1  # "sixty-one", "half-billion", "one-and-a-half"
        elif _is_and(t) and items:
            if _and_a_fraction(toks, j):
                items.append(("a", FRACTIONS[toks[j + 2].text.lower()], "and a"))
                j += 3
            elif (
                items[-1][0] == "s"
                and j + 1 < n
                and toks[j + 1].kind == "numword"
                and not toks[j + 1].value[1]
            ):
                tail = True
                cut = cut or (len(items), j)
                items.append(("&", Decimal(0), "and"))
                j += 1
            else:
                break
        elif (
            t.kind == "word"
            and t.value == "of"
            and items
            and items[-1][0] in ("f", "m")
            and j + 1 < n
            and toks[j + 1].kind == "numword"
        ):
            j += 1  # "a quarter of a billion", "two thirds of a million"
        else:
            break
    if not items:
        return None
    if cut is not None and _value(items) is None:
        items, j = items[: cut[0]], cut[1]  # "between four mln and seven mln dlrs": two figures
    lone = all(k in ("m", "f") for k, _, _ in items)
    # the scale words that end the run, when the run has no other
    k = len(items)
    while k and items[k - 1][0] == "s":
        k -= 1
    if k < len(items) and all(kind != "s" for kind, _, _ in items[:k]):
        scales = [v for _, v, _ in items[k:]]
        if not all(scales_stack(a, b) for a, b in zip(scales, scales[1:], strict=False)):
            return None
        scale = Decimal(1)
        for v in scales:
            scale *= v
        value = _value(items[:k])
        return (value, scale, j, False) if value is not None else None
    value = _value(items)
    return (value, None, j, lone) if value is not None else None


def _value(items: list[tuple[str, Decimal, str]]) -> Decimal | None:
    """A run's value: text2num for plain English number words, else :func:`_evaluate`."""
    if items and all(
        kind == "n" or kind == "&" or (kind == "s" and word in _T2N_SCALES)
        for kind, _, word in items
    ):
        try:
            return Decimal(text2num(" ".join(word for _, _, word in items), "en"))
        except ValueError:
            return None  # "two million three million", "nineteen ninety": no one number
    return _evaluate([(kind, v) for kind, v, _ in items if kind != "&"])


def _evaluate(items: list[tuple[str, Decimal]]) -> Decimal | None:
    """Runs text2num does not read: "a", fractions, "point", abbreviations, lakh, crore."""
    total = Decimal(0)
    cur: Decimal | None = None
    big: Decimal | None = None  # the last scale of a thousand or more
    for kind, v in items:
        if kind == "m" and v == 1:
            continue  # "a", "an": one, unless a number follows ("a two mln dlr")
        if kind == "n":
            cur = (cur or Decimal(0)) + v
        elif kind in ("m", "f"):
            cur = (cur if cur is not None else Decimal(1)) * v
        elif kind == "a":  # "and a half"
            if cur is None:
                return None
            cur += v
        elif v < 1000:  # "hundred"
            cur = (cur if cur is not None else Decimal(1)) * v
        elif cur is None and total:
            if big is None or not scales_stack(big, v):
                return None
            total, big = total * v, v  # "two lakh crore"
        else:
            if big is not None and v >= big:
                return None  # "two million three million"
            total, cur, big = total + (cur if cur is not None else Decimal(1)) * v, None, v
    if cur is None and not total:
        return Decimal(1)  # "a", "a billion"
    return total + (cur or Decimal(0))


def _point_digits(toks: Sequence[_Token], j: int) -> tuple[str, int]:
    """The digit words after "point" ("five", "two five"): their digits and the next index."""
    digits = ""
    while j < len(toks) and toks[j].kind == "numword":
        val, multiplies = toks[j].value
        if multiplies or not (0 <= val < 10) or val != int(val):
            break
        digits += str(int(val))
        j += 1
    return digits, j


def _and_a_fraction(toks: Sequence[_Token], j: int) -> bool:
    """ "and a half" / "and a quarter" after a whole number."""
    if j + 2 >= len(toks) or not _is_and(toks[j]):
        return False
    article, fraction = toks[j + 1], toks[j + 2]
    return (
        article.kind == "numword"
        and article.text.lower() in ("a", "an")
        and fraction.text.lower() in ("half", "quarter")
    )


def to_decimal(raw: str, comma_decimal: bool, has_scale: bool) -> Decimal | None:
    """Digits with separators -> Decimal, deciding which separator is the decimal one.

    ``comma_decimal``: the currency usually writes "1.234,5" (the euro).
    """
    if "/" in raw:
        return fraction(raw)
    s = raw.replace(" ", "").replace("'", "")
    grouped = s != raw
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
    elif commas:
        tail = len(s) - s.rfind(",") - 1
        # digits grouped by spaces ("2 285,81") leave the comma as the decimal mark
        dec = "." if commas > 1 or (tail == 3 and not grouped) else ","
    elif dots:
        tail = len(s) - s.rfind(".") - 1
        euro_style = comma_decimal and not has_scale and tail == 3
        dec = "," if dots > 1 or euro_style else "."
    else:
        dec = "."
    try:
        value = parse_number(s, decimal_separator=dec)
    except (InvalidOperation, ValueError):  # pragma: no cover - price-parser guards most
        return None
    return value if isinstance(value, Decimal) else None


def fraction(raw: str) -> Decimal | None:
    """Wire-style share prices: "12-7/8" is 12.875, "3/4" is 0.75."""
    whole, _, frac = raw.replace(" ", "-").rpartition("-")
    num, _, den = frac.partition("/")
    if not den or int(den) == 0 or int(num) >= int(den):
        return None
    return Decimal(int(whole or 0)) + Decimal(int(num)) / Decimal(int(den))


def clean(d: Decimal) -> Decimal:
    """Drop trailing zeros without exponent notation: 1500000000.0 -> 1500000000.

    A third of a figure ("two thirds of a billion") is rounded to cents.
    """
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    exp = d.normalize().as_tuple().exponent
    if isinstance(exp, int) and exp < -8:
        d = d.quantize(Decimal("0.01"))
    return d.normalize() if d != d.to_integral_value() else d.quantize(Decimal(1))
