"""Where ``parse_money``'s grammar puts amounts in a text, in the text's own offsets.

The amount finder (:mod:`pipeline.money.amounts`) matches atoms with token
patterns; some forms are one amount only to the parser's grammar: a unit and
its minor unit ("7 dollars 25 cents", "$14 and 5c", "8 euros 20"), a long run
of number words ("four hundred and sixty-one million dollars"), a scale after
a code ("80 GBP million"), split digits ("$ 12 . 30") and a range written out
("from 5 euros to 8 euros"). :func:`amount_extents` gives the character extent
of each such amount so the finder can widen its span to it: one grammar for
both, and the value always comes from ``parse_money`` on the widened span.

``scan.prepare`` rewrites spacing and split forms; here each rewrite also
carries a map from the rewritten text back to the original offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.money.lexicon import Lexicon, load_lexicon
from pipeline.money.parse import _expressions
from pipeline.money.scan import _MAX_TEXT, _NORMALIZE, _SPLIT_PREFIX, scan


@dataclass(frozen=True, slots=True)
class Extent:
    """An amount's characters in the original text: [start, end)."""

    start: int
    end: int
    kind: str  # atom (one figure with its words, or a compound), from_to ("from 5 to 8 euros")


def _sub(pat: re.Pattern[str], rep, text: str, offs: list[int]) -> tuple[str, list[int]]:
    """``pat.sub(rep, text)`` with ``offs`` (rewritten index -> original index) carried along."""
    out: list[str] = []
    new: list[int] = []
    last = 0
    for m in pat.finditer(text):
        out.append(text[last : m.start()])
        new += offs[last : m.start()]
        piece = rep(m) if callable(rep) else m.expand(rep)
        out.append(piece)
        new += [offs[m.start()]] * len(piece)
        last = m.end()
    out.append(text[last:])
    new += offs[last:]  # includes the end entry
    return "".join(out), new


def prepare_mapped(text: str, lex: Lexicon) -> tuple[str, list[int]]:
    """``scan.prepare`` and, for every character of its result (and its end), the
    original offset."""
    text = text[:_MAX_TEXT]
    offs = list(range(len(text) + 1))
    for pat, rep in _NORMALIZE:
        text, offs = _sub(pat, rep, text, offs)
    if " $" in text:

        def keep(m: re.Match[str]) -> str:
            return m.group(1) if f"{m.group(1)}$".lower() in lex.symbols else m.group(0)

        text, offs = _sub(_SPLIT_PREFIX, keep, text, offs)
    return text, offs


def amount_extents(text: str, data_dir: Path | str | None = None) -> list[Extent]:
    """The amounts of ``text`` that the grammar reads as one beyond a single pattern
    atom: compounds, whole number-word runs and scales after codes, "from X to Y"."""
    lex = load_lexicon(data_dir)
    prepared, offs = prepare_mapped(text, lex)
    toks = scan(prepared, lex)
    out: list[Extent] = []
    for e in _expressions(toks, lex):
        first = toks[e.atom.start]
        last = toks[(e.high or e.atom).end - 1]
        if e.high is not None:
            if not e.from_to:
                continue  # "rose $1.64 to $47.10": the finder decides such pairs itself
            first = toks[e.start - 1]  # "from"
            kind = "from_to"
        elif e.atom.end - e.atom.start > 1:
            kind = "atom"  # a compound is one atom too: "7 dollars 25 cents"
        else:
            continue
        end = last.end - (
            last.text.endswith(".") and len(last.text) > 2
        )  # "dollars." ends a sentence
        out.append(Extent(offs[first.start], offs[end], kind))
    return out
