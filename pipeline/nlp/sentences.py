"""The ``newsfacts_sentences`` component: line breaks that end a sentence.

News text puts headlines, bylines and paragraphs on lines of their own, often
without final punctuation, and the parser then runs a headline into the first
sentence. Wire copy, on the other hand, is hard-wrapped mid-sentence. This
component (placed before the parser, which respects preset boundaries) marks
a sentence start after a blank line, before an indented line (wire copy
indents paragraphs and earnings-table rows), and after a single line break when the
previous line is finished: it ends with closing punctuation, or it is a
title-case line (a headline) and the next line starts with a capital. A wrapped line
that goes on with a lower-case word or a legal suffix ("Machines\nCorp said"), with a
currency word after a country's initials ("75 mln U.S.\nDlrs"), or with
the rest of a name closed by one ("<Lloyds\nBank International PLC>, said"), is marked as
no sentence start.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.companies.suffixes import LEGAL_SUFFIXES
from pipeline.money.lexicon import load_lexicon
from pipeline.nlp.layout import dateline_end, is_title_case, line_bounds

CLOSERS = frozenset(".!?:;\"'”’)]|")



# Placed before the parser, which keeps the sentence starts it finds preset.
@Language.component("newsfacts_sentences", assigns=["token.is_sent_start"])
def mark_line_sentences(doc: Doc) -> Doc:
    text = doc.text
    for token in doc[:-1]:
        if "\n" not in token.text and "\n" not in token.whitespace_:
            continue
        nxt = doc[token.i + 1]
        if nxt.is_space:
            continue
        if line_continues(text, token, nxt):
            nxt.is_sent_start = False
        elif _line_ends_sentence(text, token, nxt):
            nxt.is_sent_start = True
            for k in name_goes_on(nxt) if text[token.idx : nxt.idx].count("\n") > 1 else ():
                doc[k].is_sent_start = False
    return doc


def name_goes_on(first: Token) -> list[int]:
    """Token indices after a line's first word that start no sentence: the rest of a name
    of capitalized words, and a parenthesis right after it ("KUALA LUMPUR (Aug 29):",
    "Sunway Bhd (KL:SUNWAY) posted ..."). The parser tends to end a sentence after the
    first word of a paragraph that opens on such a name. Read after a blank line only:
    a wire line after a dateline may be read as a headline's end."""
    doc, out = first.doc, list[int]()
    if not _capital_word(first):
        return out
    for k in range(first.i + 1, min(first.i + 6, len(doc))):
        tok, prev = doc[k], doc[k - 1]
        if "\n" in prev.whitespace_ or not _capital_word(prev):
            break
        if not (_capital_word(tok) or tok.text == "("):
            break
        out.append(k)
    return out


def _capital_word(tok: Token) -> bool:
    """A capitalized word, dotted ones too ("E.On Next", "BE.EV")."""
    return tok.text[:1].isupper() and tok.text.replace(".", "").isalpha()


def line_continues(text: str, token, nxt) -> bool:
    """A wrapped line that goes on with what no sentence starts with, a lower-case word
    or a legal suffix ("... International Business Machines\nCorp said"): the parser
    would start a sentence there and cut the company's name from its verb."""
    brk = text[token.idx : nxt.idx]
    if brk.count("\n") != 1 or brk.rpartition("\n")[2].startswith("  "):
        return False  # a blank line or an indented one starts a paragraph
    if token.is_space and token.i:
        token = token.doc[token.i - 1]
    if _country_dollar(token, nxt):
        return True
    if token.text[-1:] in CLOSERS:
        return False
    if nxt.text[:1].islower() or nxt.text.rstrip(".").lower() in LEGAL_SUFFIXES:
        return True
    # "... a unit of <Lloyds\nBank International PLC>, said": a name wrapped before its
    # last words
    return token.text[:1].isupper() and any(
        t.text.rstrip(".").lower() in LEGAL_SUFFIXES for t in _name_run(nxt)
    )


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _country_dollar(token: Token, nxt: Token) -> bool:
    """ "to 75 mln U.S.\nDlrs from 60 mln": a country's initials wrapped before the
    currency word they name; the full stop ends no sentence."""
    return bool(_INITIALS.fullmatch(token.text)) and nxt.lower_ in load_lexicon().bare_words


def _name_run(first: Token) -> list[Token]:
    """``first`` and the capitalized words after it on its line (at most four)."""
    doc, run = first.doc, [first]
    while len(run) < 4 and run[-1].i + 1 < len(doc) and "\n" not in run[-1].whitespace_:
        tok = doc[run[-1].i + 1]
        if not tok.text[:1].isupper():
            break
        run.append(tok)
    return run if first.text[:1].isupper() else []


# wire copy wraps at 60-80 characters; a longer line is a paragraph of its own
LONG_LINE = 120


def _line_ends_sentence(text: str, token, nxt) -> bool:
    brk = text[token.idx : nxt.idx]
    if brk.count("\n") >= 2:
        return True  # a blank line ends a paragraph
    if brk.rpartition("\n")[2].startswith("  "):
        return True  # an indented line starts a paragraph (wire copy, earnings tables)
    if token.is_space:  # "\n" tokens: look at the last word before them
        if token.i == 0:
            return True
        token = token.doc[token.i - 1]
    last = token.text[-1:]
    if last in CLOSERS:
        return True
    if not nxt.text[:1].isupper():
        return False
    line_start, _ = line_bounds(text, token.idx)
    line = text[line_start : token.idx + len(token.text)]
    if len(line) > LONG_LINE:
        return True  # a paragraph of web copy, no wire wrapped at a fixed width
    # a headline: title case, the dateline's capitals aside (a line of no words is finished)
    return is_title_case(line[dateline_end(line) :].split(), empty=True)
