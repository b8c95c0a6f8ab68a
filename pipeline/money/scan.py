"""Scanning money text: normalising spacing and split forms, then typed tokens.

``prepare`` rewrites what news splits or joins oddly ("$ 12 . 30", "U.S. $",
"HK $ 10", "one-and-a-half"); ``scan`` cuts the text into typed tokens
(currency, scale, number word, qualifier, figure, dash, word), matching
multi-word phrases of the lexicon longest first. Read by ``parse.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.money.lexicon import Lexicon

__all__ = ["Tok", "prepare", "scan"]

_MAX_TEXT = 400  # parse_money reads short expressions; longer input is cut, never an error
_MAX_PHRASE_WORDS = 4


# --------------------------------------------------------------------------- scanning


@dataclass
class Tok:
    kind: str  # cur, scale, numword, qual, num, dash, word, other
    text: str
    start: int
    end: int
    value: Any = None  # by kind: a Currency, a Decimal, a (value, multiplies) pair, a phrase


_NORMALIZE = [
    (re.compile(r"\bU\.\s?S\.(?=\s*\$|\s+(?:dollars?|dlrs?|cents?|cts?)\b)", re.I), "US"),
    (re.compile(r"\bH\.\s?K\.(?=\s*\$|\s+dollars?\b|\s+dlrs?\b|\s+cents?\b)", re.I), "HK"),
    (re.compile(r"\s+"), " "),
    # wire copy's lower-case "c $ 9.8 million" is the Canadian dollar
    (re.compile(r"(?<![\w$.])c \$(?= ?[\d.])"), "C$"),
    # "one-and-a-half billion": hyphens inside a number phrase are no minus sign
    (re.compile(r"(?<=[A-Za-z])-(and)-(an?)-(?=[A-Za-z])", re.I), r" \1 \2 "),
    # split figures: "$ 12 . 30", "€ .75", "$.25", "Rs . 500"
    (re.compile(r"(?<=\d) \. (?=\d)"), "."),
    (re.compile(r"(?<=\d-\d/) (?=\d)"), ""),  # wire fractions split by a line: "19-1/ 2 cts"
    (re.compile(r"(?<![\w.,])\.(?=\d)"), "0."),
    (re.compile(r"(?<=[A-Za-z]) \.(?= ?\d)"), "."),
    # a wire table's "mln" split by a stray space: "Revs 194.3 m ln vs 171.7 mln"
    (re.compile(r"(?<=\d) m ln\b"), " mln"),
    # broadcast transcripts spell the decimal point: "10-point-4 trillion won", "8-hundred
    # million dollars" (a hyphen there is no minus sign)
    (re.compile(r"(?<=\d)-point-(?=\d)", re.I), "."),
    (re.compile(r"(?<=\d)-(?=(?:hundred|thousand)\b)", re.I), " "),
    # "two-to-three billion dollars", "5-to-10 mln dlrs": a range, not a minus sign
    (re.compile(r"(?<=[A-Za-z0-9])-to-(?=[A-Za-z0-9$€£¥])", re.I), " to "),
]
# "two or three billion dollars", "2 or 3 bln": two figures joined by "or" are a range
_OR = re.compile(r"(\S+) or (?=(\S+))")


def scan(text: str, lex: Lexicon) -> list[Tok]:
    """Split text into typed tokens; multi-word phrases are matched longest first."""
    assert lex.scanner is not None
    raw: list[Tok] = []
    for m in lex.scanner.finditer(text):
        kind = m.lastgroup or "other"
        raw.append(Tok(kind, m.group(), m.start(), m.end()))
    out: list[Tok] = []
    i = 0
    n = len(raw)
    while i < n:
        tok = raw[i]
        if tok.kind == "sym":
            cur = lex.currencies.get(tok.text.lower())
            out.append(Tok("cur", tok.text, tok.start, tok.end, cur))
            i += 1
            continue
        if tok.text in lex.qualifiers and tok.kind == "dash" and (not out or out[-1].kind != "num"):
            out.append(Tok("qual", tok.text, tok.start, tok.end, tok.text))  # "~€71.6M"
            i += 1
            continue
        if tok.kind != "word":
            out.append(tok)
            i += 1
            continue
        scaled = lex.scaled_codes.get(tok.text)  # "MSEK", "MUSD": case kept
        if scaled is not None:
            out.append(Tok("cur", tok.text, tok.start, tok.end, scaled))
            i += 1
            continue
        # longest phrase of consecutive words (joined by single spaces or hyphens)
        best = None
        j = i
        words: list[str] = []
        while j < n and j - i < _MAX_PHRASE_WORDS:
            w = raw[j]
            if w.kind != "word":
                break
            if j > i and text[raw[j - 1].end : w.start] not in (" ", ""):
                break
            words.append(w.text.lower())
            phrase = " ".join(words)
            for cand in (phrase, phrase.rstrip(".")):
                found = lex.phrase_kind(cand)
                if found:
                    best = (j, found, cand)
                    break
            j += 1
        if best is None:
            out.append(Tok("word", tok.text, tok.start, tok.end, tok.text.lower()))
            i += 1
            continue
        j, kind, phrase = best
        start, end = tok.start, raw[j].end
        if kind == "cur" and phrase in lex.code_only and not tok.text.isupper():
            out.append(Tok("word", tok.text, tok.start, tok.end, tok.text.lower()))
            i += 1
            continue  # "Try", "Top", "Cup": a code only in capitals
        if kind == "cur":
            value: object = lex.currencies[phrase]
        elif kind == "scale":
            value = lex.scales[phrase]
        elif kind == "numword":
            value = lex.numbers[phrase]
        else:
            value = phrase
        out.append(Tok(kind, text[start:end], start, end, value))
        i = j + 1
    return out


# a country prefix of two or three letters split from its "$": "HK $ 10", "NZ $ 40m", "hk $ 10.05
# billion" in lower-cased copy ("A $5 million grant" is the article: one letter is never a prefix)
_SPLIT_PREFIX = re.compile(r"\b([A-Za-z]{2,3}) (?=\$)")


def prepare(text: str, lex: Lexicon) -> str:
    text = text[:_MAX_TEXT] if isinstance(text, str) else ""
    for pat, rep in _NORMALIZE:
        text = pat.sub(rep, text)
    if " or " in text:
        text = _OR.sub(lambda m: f"{m.group(1)} to " if _figures(m, lex) else m.group(0), text)
    if " $" in text:
        text = _SPLIT_PREFIX.sub(
            lambda m: m.group(1) if f"{m.group(1)}$".lower() in lex.symbols else m.group(0), text
        )
    return text


def _figures(m: re.Match[str], lex: Lexicon) -> bool:
    """Both words around an "or" are figures or number words ("two or three", "2 or $3")."""
    return all(
        w.lstrip("$€£¥").replace(",", "").replace(".", "").isdigit() or w.lower() in lex.numbers
        for w in (m.group(1), m.group(2))
    )
