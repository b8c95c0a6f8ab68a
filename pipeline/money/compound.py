"""A unit and its minor amount read as one amount: "7 dollars 25 cents", "£2 and
10p", "$14 and 5c", "8 euros 20", "twenty ringgit and 43 sen", "thirteen dollars
forty five", "one dollar and one" (1.01), "c $ 100 and fifty" (100.50).

A minor figure with no minor-unit word is read only where nothing else can
claim it: a whole number below 100 right after the unit (or its "and") that
ends the phrase (punctuation, the end of the text or a word of
``words.jsonl`` ``minor_end_words``), so "one dollar and two others", "5
dollars and 40 people", "$5 and 40%", "1 dollar 20 years ago" stay one amount.
After a sign or a symbol ("$20 and 30", "6ft 4in") bare digits may be a list, a
range or inches; there only a number word counts ("c $ 100 and fifty"), or the
minor unit's own digits with no "and" ("$20 43", "35€ 99"). Read by ``parse.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from pipeline.money.lexicon import Lexicon
from pipeline.money.numbers import read_words
from pipeline.money.scan import Tok

if TYPE_CHECKING:
    from pipeline.money.parse import _Atom

__all__ = ["compound_end"]

_SMALL_INT = re.compile(r"\d{1,3}")
_MINOR_END = {",", ";", ".", ")", ":", "!", "?"}  # what may follow a bare minor figure


def small_int(num: Decimal | str, limit: int) -> Decimal | None:
    """A whole number under ``limit`` written with no separators ("7", "twelve")."""
    if isinstance(num, str):
        value = Decimal(num) if _SMALL_INT.fullmatch(num) else None
    else:
        value = num if num == num.to_integral_value() else None
    return value if value is not None and 0 <= value < limit else None


def compound_end(
    toks: list[Tok],
    atom: _Atom,
    lex: Lexicon,
    read_atom: Callable[[list[Tok], int, Lexicon], _Atom | None],
    *,
    ranged: bool = False,
) -> tuple[int, Decimal] | None:
    """(end token, value) of ``atom`` and the minor amount after it, or None.

    The unit figure is a small whole number with no scale ("$5 billion and 20
    cents", "918,000 dlrs 38 cts" stay apart); the minor figure is under one
    unit; a shared name ("cents", "sen") takes the unit's currency. ``ranged``:
    a "between" before the atom makes "and" a range's ("between $20 and 30")."""
    cur = atom.cur
    if cur is None or cur.factor != 1 or atom.scale is not None or atom.negative:
        return None
    major = small_int(atom.num, 1000)
    factor = lex.minor_factor.get(cur.code, Decimal("0.01"))
    if major is None or factor >= 1:
        return None
    j = atom.end
    joined = j < len(toks) and toks[j].kind == "word" and toks[j].value == "and"
    j += joined
    nxt = read_atom(toks, j, lex) if j < len(toks) else None
    if nxt is not None and nxt.cur is not None and nxt.cur.factor < 1:
        if nxt.scale is not None or nxt.negative or nxt.start != j:
            return None
        name = toks[nxt.end - 1].text.lower()
        if nxt.cur.code != cur.code and name not in lex.words["shared_minor_words"]:
            return None  # "9 dollars and 60 pence"
        if nxt.cur.code == cur.code:
            factor = nxt.cur.factor
        count = small_int(nxt.num, 1000)
        if count is None or count * factor >= 1:
            return None
        return nxt.end, major + count * factor
    if (
        j + 1 < len(toks)
        and toks[j].kind == "num"
        and toks[j + 1].kind == "word"
        and toks[j + 1].value in lex.words["shared_minor_words"]
        and toks[j + 1].start == toks[j].end
    ):  # "$14 and 5c": a glued letter no currency word reads alone
        count = small_int(toks[j].text, 100)
        if count is None or count * factor >= 1:
            return None
        return j + 2, major + count * factor
    if ranged and joined:
        return None
    # any digits below 100 after a currency word ("8 euros 5"); after a sign or symbol
    # ("$20 and 30", "6ft 4in", whose "in" the finder's span may cut off) number words,
    # or with no "and" the minor unit's own digits ("$20 43", "35€ 99")
    unit = toks[atom.end - 1]
    named = unit.kind == "cur" and unit.text.lower().rstrip(".") in lex.bare_words
    digits = None if named else len(str(factor.normalize()).partition(".")[2])  # 0.01 -> 2
    got = _bare_minor(toks, j, lex, words_only=joined and not named, digits=digits)
    if got is None or got[1] * factor >= 1:
        return None
    return got[0], major + got[1] * factor


def _bare_minor(
    toks: list[Tok], j: int, lex: Lexicon, *, words_only: bool, digits: int | None
) -> tuple[int, Decimal] | None:
    """(end, count) of a bare minor figure at ``j`` that ends the phrase:
    "8 euros 20.", "twenty dollar and 43", "thirteen dollars forty five"."""
    if j >= len(toks):
        return None
    if toks[j].kind == "num":
        text = toks[j].text
        if words_only or not text.isdigit() or (digits is not None and len(text) != digits):
            return None
        count, end = small_int(toks[j].text, 100), j + 1
    else:
        got = read_words(toks, j)
        if got is None or got[1] is not None or got[3]:
            return None  # "and a half", "and 40 million"
        count, end = small_int(got[0], 100), got[2]
    if count is None or not _ends_phrase(toks, end, lex):
        return None
    return end, count


def _ends_phrase(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Nothing after a bare minor figure that it could count: the text ends, a
    punctuation mark, or a word that is no noun ("a litre", "was", "to")."""
    if k >= len(toks):
        return True
    tok = toks[k]
    if tok.kind == "other":
        return tok.text in _MINOR_END
    if tok.kind in ("word", "numword"):
        word = tok.text.lower()
        return word in lex.words["minor_end_words"] or (
            word.endswith(".") and word[:-1] in lex.words["minor_end_words"]
        )
    return False
