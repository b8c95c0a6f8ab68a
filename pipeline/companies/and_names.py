"""A legal name that holds "and" where the model cut it at the "and" ("American Telephone
and Telegraph Co said", "Vereins- und Westbank AG <VHBG.F> plans"): :func:`join_and`
gives the start of the whole name, for ``mentions.find_mentions`` and
``names.suffix_mentions``."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.companies.suffixes import LEGAL_SUFFIXES

_AND = ("and", "&", "und")  # "Vereins- und Westbank AG": German names keep their "und"
_OPENERS = ("-", "--", "—", "–", "\n")
_MAX_AND_WORDS = 4


def join_and(doc: Doc, start: int, end: int) -> int:
    """A legal name that holds "and", opening its story and cut at the "and" by the model
    ("NEW YORK, March 26 - S.P.I. Suspension and Parts Industries Ltd said", "American
    Telephone and Telegraph Co said"): the start of the whole name. Only a name closed by
    a legal suffix and followed by a lower-case word (its verb) or a comma, whose capitalized words
    before the "and" open the sentence, follow a dateline's dash or follow "the": lists of
    firms ("underwriters include Smith Barney and Salomon Brothers Inc") stand mid-sentence
    with no article."""
    if start < 2 or end >= len(doc) or doc[start - 1].lower_ not in _AND:
        return start
    after = end
    if doc[after].text in ("(", "<"):  # "San Miguel Food and Beverage, Inc. (SMFB) reported"
        shut = ")" if doc[after].text == "(" else ">"  # a wire's ticker: "AG <VHBG.F> plans"
        close = next((i for i in range(after, min(after + 5, len(doc))) if doc[i].text == shut), 0)
        after = close + 1 if close and close + 1 < len(doc) else after
    if doc[end - 1].text.rstrip(".").lower() not in LEGAL_SUFFIXES or not (
            doc[after].is_lower or doc[after].text == ","):  # "McCarthy and Stone Plc, a"
        return start
    if doc[start - 2].text.rstrip(".").lower() in LEGAL_SUFFIXES:
        return start  # "Maxtor Corp and U.S. Design Corp": a legal name ends before "and"
    k = start - 1
    while k > 0 and start - 1 - k < _MAX_AND_WORDS and _name_word(doc[k - 1]):
        k -= 1
    if k == start - 1 or _known_in(doc, k, start - 1):
        return start  # "Honda Motor and Subaru Corp": the gazetteer knows the first
    # "... a loan from the Hongkong and Shanghai Banking Corp": the article makes it one
    opens = k == doc[k].sent.start or doc[k - 1].text.strip(" \t") in (*_OPENERS, "the")
    return k if opens else start


def _known_in(doc: Doc, start: int, end: int) -> bool:
    """A company of the gazetteer (``Doc._.companies``) named in ``doc[start:end]``."""
    known = doc._.companies if Doc.has_extension("companies") else []
    return any(span.start < end and start < span.end for span, _ in known or [])


def _name_word(tok: Token) -> bool:
    """A capitalized word or initials ("S.P.I."); not an acronym, a company of its own
    ("IBM and Apple Computer Inc said")."""
    if tok.is_alpha:
        return tok.text[:1].isupper() and not (len(tok.text) > 1 and tok.text.isupper())
    # initials ("S.P.I."); a German compound's first half, its second after "und"
    # ("Vereins- und Westbank AG", "Berliner Handels- und Frankfurter Bank")
    return bool(re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][^\W\d_]+-", tok.text))
