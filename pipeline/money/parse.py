"""Text -> Money: currencies, scales, qualifiers, ranges and equivalents.

``parse_money`` reads one short money expression ("up to $400 billion",
"12.5 mln dlrs", "Rs 500 crore", "$1-2 billion") and returns a
:class:`~pipeline.types.Money`, or ``None`` when the text holds no amount with a
definite value ("billions of dollars", "2019", "5%", "GBP/USD").

price-parser reads digit groups and decimal marks, text2num runs of number words;
every word (currency names, symbols, codes, scales, qualifiers) is data in
``models/money/*.jsonl``, loaded once per data directory (:func:`load_lexicon`).

>>> parse_money("up to $400 billion")
Money(amount=Decimal('400000000000'), currency='USD', qualifier='up_to', amount_max=None)
>>> parse_money("Rs 500 crore").amount
Decimal('5000000000')
>>> parse_money("billions of dollars") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from pipeline.money.compound import compound_end
from pipeline.money.equivalents import equivalents_after, is_rate_gap, quoted_in
from pipeline.money.lexicon import Currency, Lexicon, load_lexicon
from pipeline.money.names import cents_alone, figure_after_name
from pipeline.money.numbers import clean as _clean
from pipeline.money.numbers import read_words, scales_stack, to_decimal
from pipeline.money.scan import Tok as _Tok
from pipeline.money.scan import prepare as _prepare
from pipeline.money.scan import scan as _scan
from pipeline.types import Money

__all__ = [
    "Lexicon",
    "load_lexicon",
    "parse_money",
    "parse_money_with_equivalents",
]


# --------------------------------------------------------------------------- grammar
# (scanning, the tokens read here, is pipeline/money/scan.py)


@dataclass
class _Atom:
    start: int  # token index
    end: int  # token index (exclusive)
    num: Decimal | str  # raw digits (str) until the currency is known, or a word value
    scale: Decimal | None = None
    cur: Currency | None = None
    negative: bool = False

    def value(self, lex: Lexicon, code: str | None, scale: Decimal | None = None) -> Decimal | None:
        scale = self.scale if self.scale is not None else scale
        if isinstance(self.num, Decimal):
            base: Decimal | None = self.num
        else:
            base = to_decimal(self.num, code in lex.comma_decimal, scale is not None)
        if base is None:
            return None
        v = base * (scale or 1) * (self.cur.factor if self.cur else 1)
        return -v if self.negative else v


def _glued(toks: list[_Tok], i: int, kind: str) -> bool:
    """A hyphen with no spaces before a ``kind`` token: "$1.5-billion", "4bn-euro"."""
    return (
        0 < i
        and i + 1 < len(toks)
        and toks[i].kind == "dash"
        and toks[i + 1].kind == kind
        and toks[i].start == toks[i - 1].end
        and toks[i + 1].start == toks[i].end
    )


def _sign(toks: list[_Tok], i: int) -> bool:
    """A minus sign: a dash glued to what follows ("-$3m", "$-3m"), not a dateline's " - "."""
    return (
        i + 1 < len(toks)
        and toks[i].kind == "dash"
        and toks[i].text in "-−"
        and toks[i + 1].start == toks[i].end
    )


def _unit_scale(toks: list[_Tok], i: int, cur: Currency | None) -> bool:
    """A scale with no figure that reads as one ("billion dollars"): it opens the text
    or follows a qualifier, and a unit currency follows it."""
    if cur is not None or i >= len(toks) or toks[i].kind != "scale":
        return False
    if (i and toks[i - 1].kind != "qual") or not toks[i].text.islower():
        return False  # "Million Dollar Baby" is a title
    j = i
    while j < len(toks) and toks[j].kind == "scale":
        j += 1
    return j < len(toks) and toks[j].kind == "cur" and toks[j].value.factor == 1


def _read_atom(toks: list[_Tok], i: int, lex: Lexicon | None = None) -> _Atom | None:
    """[currency] [-] number [scale...] [currency] [scale...]"""
    start = i
    cur = None
    negative = False
    if _sign(toks, i):
        negative, i = True, i + 1
    cur_at = i
    if i < len(toks) and toks[i].kind == "cur":
        if _letter_minor(toks[i], lex):
            cur = _prefix_letter(toks, i, lex)
            if cur is None:
                return None  # "p 5", "C 3": a letter, not pence or cents before a figure
            i += 1
        else:
            cur, i = toks[i].value, i + 1
    if _sign(toks, i) and not negative:
        negative, i = True, i + 1
    before = toks[i - 1].text
    prefix_word = (
        cur is not None
        and lex is not None
        and (
            (before.lower() in lex.bare_words and before.upper() not in lex.codes)
            or before.lower() in lex.words["scale_only_prefixes"]  # "N95 masks"
            and not _written_price(toks, i)  # "EPS rose to N2.22": decimals make it money
        )
    )
    num: Decimal | str
    scale = None
    lone = False
    if i < len(toks) and toks[i].kind == "num":
        num, i = toks[i].text, i + 1
    elif _unit_scale(toks, i, cur):
        num = Decimal(1)
    else:
        got = read_words(toks, i)
        if got is None:
            return None
        num, scale, i, lone = got
    if _glued(toks, i, "scale"):
        i += 1
    while i < len(toks) and toks[i].kind == "scale":
        if scale is not None and not scales_stack(_last_scale(toks, i), toks[i].value):
            return None  # "$4.5bn trillion" has no sane reading
        scale = (scale or Decimal(1)) * toks[i].value
        i += 1
    if cur is None and _glued(toks, i, "cur"):
        i += 1  # "a 4bn-euro hole", "a 10-dollar bill"
    if i < len(toks) and toks[i].kind == "cur" and _same_or_named(toks, i, cur, start):
        post = toks[i].value
        # "p", "c" (pence, cents) only when glued to the digits: "50p", not "50 p"
        if not (_letter_minor(toks[i], lex) and toks[i].start != toks[i - 1].end):
            # "£3,520,395.90p": the pound sign says pounds, the "p" repeats the pence
            keep = cur is not None and cur.factor == 1 and post.factor != 1
            cur, i = (cur if keep else post), i + 1
            # "80 GBP million": a scale after the code
            while scale is None and i < len(toks) and toks[i].kind == "scale":
                scale = toks[i].value
                i += 1
    if lone and (
        cur is None
        or cur.factor != 1
        or not toks[i - 1].text.rstrip(".").isalpha()  # "a pound." ends a sentence
        or toks[i - 1].text.isupper()  # "a SGD 5.5 billion": a code is no "one"
        or (i < len(toks) and toks[i].kind == "num")
        or scale is not None
    ):  # "a pound" is one; "a", "half", "not a penny" are not
        return None  # "a", "half" alone are no number; "a pound" is one
    if prefix_word and scale is None and not (lex and figure_after_name(toks, cur_at, i, lex)):
        return None  # a currency name before a bare figure: "won 3-1", "Euro 2004"
    if cur is not None and cur.scale is not None:  # "MSEK 45.7": millions of SEK
        scale = scale if scale is not None else cur.scale
        cur = Currency(cur.code, cur.factor)
    return _Atom(start, i, num, scale, cur, negative)


def _same_or_named(toks: list[_Tok], i: int, cur: Currency | None, start: int) -> bool:
    """The currency after a figure is the amount's: none before, the same one, or a code
    that names which dollar a bare "$" was ("$ 9 million CAD", "$6 billion USD")."""
    if cur is None or toks[i].value.code == cur.code:
        return True
    code = toks[i].text
    before = [t for t in toks[start:i] if t.kind == "cur"]
    return (
        len(before) == 1
        and before[0].text == "$"
        and len(code) == 3
        and code.isupper()
        and code.endswith("D")  # a dollar's ISO code: USD, CAD, AUD, NZD, HKD, SGD...
        and toks[i].value.factor == 1
    )


# a figure written as money: decimals ("N2.22", "P18.50") or thousands ("N1,500")
_PRICE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")


def _written_price(toks: list[_Tok], i: int) -> bool:
    return i < len(toks) and toks[i].kind == "num" and _PRICE.fullmatch(toks[i].text) is not None


def _prefix_letter(toks: list[_Tok], i: int, lex: Lexicon | None) -> Currency | None:
    """The currency a capital letter glued before a figure spells ("P3.41 billion"), or
    None; models/money/currencies_extra.jsonl ``prefix_letters``."""
    if lex is None or i + 1 >= len(toks) or toks[i + 1].kind != "num":
        return None
    glued = toks[i].end == toks[i + 1].start
    return lex.prefix_letters.get(toks[i].text) if glued else None


def _letter_minor(tok: _Tok, lex: Lexicon | None) -> bool:
    """A one-letter minor unit ("p", "c"): read only glued after a figure."""
    letter = tok.text.rstrip(".")  # "P." of "P.V.P. 4,56 €" too
    known = lex is None or letter.lower() in lex.minor_words
    return len(letter) == 1 and letter.isalpha() and known


def _last_scale(toks: list[_Tok], i: int) -> Decimal:
    return toks[i - 1].value if toks[i - 1].kind == "scale" else Decimal(10) ** 30


def _compound(toks: list[_Tok], atom: _Atom, lex: Lexicon, ranged: bool) -> _Atom | None:
    """A unit and its minor amount as one atom (pipeline/money/compound.py)."""
    got = compound_end(toks, atom, lex, _read_atom, ranged=ranged)
    return None if got is None else _Atom(atom.start, got[0], got[1], None, atom.cur)


@dataclass
class _Expr:
    atom: _Atom
    high: _Atom | None
    qualifier: str
    start: int
    end: int
    to_range: bool = False  # joined by "to" rather than a dash or "and"
    from_to: bool = False  # "from 5 to 8 euros": a range however far apart


def _money(expr: _Expr, lex: Lexicon, default_currency: str | None) -> Money | None:
    low, high = expr.atom, expr.high
    cur = low.cur or (high.cur if high else None)
    code = cur.code if cur else default_currency
    if code is None:
        return None
    if high is None:
        v = low.value(lex, code)
        return None if v is None else Money(_clean(v), code, expr.qualifier)
    # "$50-100,000", "50-100,000 euros": one currency for both ends; "between AED 5 and
    # AED 5,000" writes each end whole
    one_sign = high.cur is None or low.cur is None
    if high.cur is None and low.cur is not None:
        high.cur = low.cur if low.cur.factor == 1 else None
    if low.cur is None and high.cur is not None:
        low.cur = high.cur
    hv = high.value(lex, code)
    lv = low.value(lex, code)
    if hv is None or lv is None:
        return None
    rescaled = False
    if low.scale is None and high.scale is not None:
        scaled = low.value(lex, code, high.scale)
        if scaled is not None and scaled <= hv:
            lv, rescaled = scaled, True
    elif one_sign and _thousands_left_out(low, high, lv, hv, expr.to_range):
        lv, rescaled = lv * 1000, True  # "$50-100,000": 50,000 to 100,000
    # "rose $1.64 to $47.10" is a change and a level, not a range
    far = expr.to_range and not expr.from_to and hv > 10 * lv
    if far and low.cur is high.cur and not rescaled and low.scale is None and high.scale:
        return Money(_clean(hv), code, "exact")  # "in 1986 to 495 billion rupiah": a year
    if lv >= hv or far:
        return Money(_clean(lv), code, expr.qualifier if expr.qualifier != "range" else "exact")
    return Money(_clean(lv), code, "range", _clean(hv))


def _thousands_left_out(low: _Atom, high: _Atom, lv: Decimal, hv: Decimal, to: bool) -> bool:
    """ "$50-100,000", "£20-30,000": a dashed range whose low figure leaves out the
    thousands its high figure writes in full."""
    return (
        not to
        and low.scale is None
        and high.scale is None
        and isinstance(high.num, str)
        and re.fullmatch(r"\d{1,3},000", high.num) is not None  # "100,000", not "244,140,625,000"
        and isinstance(low.num, str)
        and low.num.isdigit()
        and 0 < lv < 1000
        and lv * 1000 <= hv
    )


_RANGE_WORDS = {"to", "and"}
_UNKNOWN = "XXX"  # ISO 4217 "no currency": a bare word with no default ("dinars")


def _expressions(toks: list[_Tok], lex: Lexicon) -> list[_Expr]:
    """Every amount expression in the tokens, in order, with qualifier and range."""
    out: list[_Expr] = []
    i = 0
    n = len(toks)
    while i < n:
        atom = _read_atom(toks, i, lex)
        if atom is None:
            i += 1
            continue
        start = i
        qualifier = "exact"
        between = False
        # qualifier directly before ("up to", "between", "some")
        k = start - 1
        if k >= 0 and toks[k].kind == "qual":
            q = lex.qualifiers.get(toks[k].value)
            if q:
                qualifier = q
                between = q == "range"
                if between:
                    qualifier = "exact"
                start = k
        whole = _compound(toks, atom, lex, between)
        if whole is not None:
            atom = whole
        end = atom.end
        high = None
        to_range = False
        from_to = False
        if end < n and whole is None:
            sep = toks[end]
            is_sep = sep.kind == "dash" or (
                sep.kind == "word" and sep.value in _RANGE_WORDS and (between or sep.value == "to")
            )
            from_to = (
                sep.kind == "word"
                and sep.value == "to"
                and start > 0
                and (toks[start - 1].kind == "word" and toks[start - 1].value == "from")
            )
            if is_sep:
                nxt = _read_atom(toks, end + 1, lex)
                if nxt is not None and not (nxt.cur and atom.cur and nxt.cur.code != atom.cur.code):
                    high, end = nxt, nxt.end
                    qualifier = "range"
                    to_range = sep.kind == "word" and sep.value == "to"
        if end < n and toks[end].kind == "qual" and toks[end].value in lex.post_qualifiers:
            if qualifier == "exact":
                qualifier = lex.post_qualifiers[toks[end].value]
            end += 1
        elif (
            end + 1 < n
            and toks[end].kind == "dash"
            and toks[end + 1].kind == "qual"
            and toks[end + 1].value in lex.post_qualifiers
        ):
            if qualifier == "exact":
                qualifier = lex.post_qualifiers[toks[end + 1].value]
            end += 2
        out.append(_Expr(atom, high, qualifier, start, end, to_range, from_to and high is not None))
        i = end
    return out


def _parse_all(
    text: str, default_currency: str | None, data_dir: Path | str | None
) -> list[tuple[Money, _Expr, list[_Tok]]]:
    lex = load_lexicon(data_dir)
    text = _prepare(text, lex)
    toks = _scan(text, lex)
    exprs = _expressions(toks, lex)
    found: list[tuple[Money, _Expr, list[_Tok]]] = []
    values = [_money(e, lex, default_currency) for e in exprs]
    for idx, e in enumerate(exprs):
        # an exchange rate "$1 = 0.9061 euros" / "1 dollar equals 140 yen" is not money
        nxt = exprs[idx + 1] if idx + 1 < len(exprs) else None
        prev = exprs[idx - 1] if idx else None
        m = values[idx]
        if nxt and _is_rate(text, toks, e.end, nxt.start, m):
            return found
        if prev and _is_rate(text, toks, prev.end, e.start, values[idx - 1]):
            continue
        if m is None or _quoted_rate(text, toks, e, m, lex):
            continue
        # "billions of dollars" has no value: "of" after a scale ends the amount
        if (
            e.end < len(toks)
            and toks[e.end].kind == "word"
            and toks[e.end].value == "of"
            and e.atom.cur is None
        ):
            continue
        # "200 pounds of beef", "a pound of coffee" are weights
        if (
            e.end < len(toks)
            and toks[e.end].kind == "word"
            and toks[e.end].value == "of"
            and toks[e.end - 1].text.lower() in ("pound", "pounds")
        ):
            continue
        # percentages and trailing units are not money ("5 %", "$5 per cent" is odd but rare)
        if e.end < len(toks) and toks[e.end].text in ("%",) and e.atom.cur is None:
            continue
        found.append((m, e, toks))
    return found


def _quoted_rate(text: str, toks: list[_Tok], e: _Expr, m: Money, lex: Lexicon) -> bool:
    """A currency quoted in another: "1.90 marks to the dollar", "the dollar at 104.53 yen"."""
    if m.amount >= 100000 or e.atom.scale is not None:
        return False
    a, b = toks[e.start].start, toks[e.end - 1].end
    before, after = text[max(0, a - 40) : a], text[b : b + 40]  # a rate's words are near
    named = quoted_in(before, after, frozenset(lex.words["rate_currencies"]))
    if m.amount_max is not None and not named:
        return False  # a range is a rate only after its quoted currency ("dollar to trade")
    return named is not None and (named == "" or lex.currencies.get(named) != e.atom.cur)


def _is_rate(text: str, toks: list[_Tok], a: int, b: int, first: Money | None) -> bool:
    """The tokens ``a:b`` between two amounts make them an exchange rate."""
    unit = first is not None and first.amount == 1 and first.amount_max is None
    return a < b and is_rate_gap(text[toks[a - 1].end : toks[b].start], unit_first=unit)


def _paren_negative(text: str, m: Money) -> Money:
    s = text.strip()
    if s.startswith("(") and s.endswith(")") and "(" not in s[1:] and m.amount > 0:
        return Money(-m.amount, m.currency, m.qualifier, m.amount_max)
    return m


def parse_money(
    text: str,
    *,
    default_currency: str | None = None,
    data_dir: Path | str | None = None,
    keep_unknown: bool = False,
) -> Money | None:
    """The first money expression in ``text``; ``None`` when there is none with a value.

    ``default_currency`` is used when the text names no currency ("16 mln"
    after "20 mln dlrs"). A bare word with no default currency ("5 million
    dinars") is read as ``XXX`` only with ``keep_unknown``, for the amount
    finder to give it the story's country (pipeline/money/local.py). Never raises.
    """
    try:
        found = _parse_all(text, default_currency, data_dir)
    except Exception:  # noqa: BLE001 - a parser on arbitrary text must not stop a run
        return None
    if not keep_unknown:
        found = [f for f in found if f[0].currency != _UNKNOWN]
    if not found:
        return cents_alone(text, load_lexicon(data_dir)) if isinstance(text, str) else None
    return _paren_negative(text, found[0][0])


def parse_money_with_equivalents(
    text: str, *, default_currency: str | None = None, data_dir: Path | str | None = None
) -> tuple[Money, tuple[Money, ...]] | None:
    """The first amount and the same figure stated in other currencies right after it.

    >>> m, eq = parse_money_with_equivalents("$7 billion (1 trillion yen)")
    >>> m.amount, eq[0].currency, eq[0].amount
    (Decimal('7000000000'), 'JPY', Decimal('1000000000000'))
    """
    try:
        found = _parse_all(text, default_currency, data_dir)
    except Exception:  # noqa: BLE001
        return None
    found = [f for f in found if f[0].currency != _UNKNOWN]
    if not found:
        return None
    first, _, toks = found[0]
    prepared = _prepare(text, load_lexicon(data_dir))  # the text the tokens' offsets refer to
    following = [
        (prepared[toks[a.end - 1].end : toks[b.start].start], m.currency)
        for (_, a, _), (m, b, _) in zip(found, found[1:], strict=False)
    ]
    equivalents = [m for m, _, _ in found[1 : 1 + equivalents_after(first.currency, following)]]
    return _paren_negative(text, first) if not equivalents else first, tuple(equivalents)
