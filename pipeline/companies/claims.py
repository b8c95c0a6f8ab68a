"""When a gazetteer entry found inside an organization's name IS that company.

FACTS.md, "One company, one name": GM and General Motors fold to one name, but two
different companies never merge. The tagger finds an entry's name or alias inside a
longer name; the entry claims that name (gives it its canonical name and ticker) only
when the name is the entry's name plus words that say nothing of their own:

- the alias opens the name: "Mercantile Bancorp" and "Norfolk Southern" hold "Bancorp"
  and "Southern" after words of their own, so are other companies;
- what follows is legal form ("Fiat SpA", "Goldman Sachs and Co") or a word the
  gazetteer's own companies drop from their full names ("Mazda Motor Corp", "Morgan
  Stanley Group"); any other word makes another company ("Sumitomo Bank",
  "Mars Stores", "Continental Grain");
- an acronym that is only the entry's ticker spelling its initials ("AEP", "AMR")
  claims nothing but itself: "AEP Industries" and "AMR Corp" are other companies;
- a name that is one of the entry's names once case, punctuation and legal form are
  set aside is the entry's, wherever the alias stands in it ("Royal Dutch/Shell").

>>> generic_words([{"name": "Acme Group", "aliases": ["Acme"]}], min_companies=1)
frozenset({'group'})
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from cleanco.clean import get_unique_terms
from spacy.tokens import Doc, Token

from pipeline.companies.suffixes import COMPANY_SUFFIXES

# A word dropped from the full name by this many companies of the gazetteer is a
# company word, not a name of its own ("Group", "Motor", "International").
MIN_COMPANIES = 3


@dataclass(frozen=True, slots=True)
class ClaimWords:
    """Words that may follow an entry's name in a name it claims."""

    generic: frozenset[str]  # dropped from full names: "group", "motor", "international"
    legal: frozenset[str]  # legal forms: "corp", "spa", "gmbh", "lp"
    lead: frozenset[str] = frozenset({"the"})  # capitalized words before it: "The", "Carmaker"


def claim_words(
    records: Iterable[dict],
    places: Iterable[str],
    identity: Iterable[str],
    lead: Iterable[str] = (),
) -> ClaimWords:
    """The words from the gazetteer ``records``; ``identity`` words ("bank", "of") and
    places ("UK", which cleanco also lists as a legal form) are never among them.
    ``lead``: words glued before a name that say what it is ("Chipmaker Intel")."""
    no = {_key(w) for w in [*places, *identity]}
    legal = {_key(t) for t in get_unique_terms() if " " not in t.strip()}
    legal = {w for w in legal | {_key(w) for w in COMPANY_SUFFIXES} if w.isalpha()} - no
    lead_words = frozenset({"the", *(w.lower() for w in lead)})
    return ClaimWords(generic_words(records) - no - legal, frozenset(legal), lead_words)


def generic_words(records: Iterable[dict], min_companies: int = MIN_COMPANIES) -> frozenset[str]:
    """Words that at least ``min_companies`` records drop from one of their names to a
    shorter one ("Honda Motor" -> "Honda", "Adani Group" -> "Adani")."""
    seen: Counter[str] = Counter()
    for rec in records:
        forms = [_no_article(f).lower() for f in (rec["name"], *rec.get("aliases", ()))]
        words = {
            _key(w)
            for long in forms
            for short in forms
            if long.startswith(short + " ")
            for w in long[len(short) :].split()
        }
        seen.update(w for w in words if w)
    return frozenset(w for w, n in seen.items() if n >= min_companies)


def name_key(text: str, legal: frozenset[str]) -> str:
    """A name compared without case, punctuation, spaces or a legal form at its end
    ("JP Morgan Chase" is "JPMorgan Chase")."""
    words = [_key(w) for w in re.split(r"[\s/-]+", text)]
    words = [w for w in words if w]
    while len(words) > 1 and words[-1] in legal:
        words.pop()
    return "".join(words)


def claims(
    doc: Doc,
    lo: int,
    hi: int,
    span: tuple[int, int, bool],
    words: ClaimWords,
    names: frozenset[str] = frozenset(),
) -> bool:
    """Whether the alias ``span`` (start, end, initials) claims the name at ``lo:hi``;
    ``names``: the entry's own names as :func:`name_key` gives them."""
    start, end, initials = span
    cut = _name_part(doc, lo, hi, words, all_words=True)
    if cut and name_key(doc[lo : cut[-1].i + 1].text, words.legal) in names:
        return True
    before = [t for t in doc[lo:start] if not t.is_punct]
    if any(t.lower_ not in words.lead and t.text[:1].isupper() for t in before):
        return False
    after = [_key(t.text) for t in _name_part(doc, end, hi, words) if not t.is_punct]
    if initials:
        return not before and not after
    return all(w in words.legal or w in words.generic or w == "and" for w in after)


def _name_part(
    doc: Doc, end: int, hi: int, words: ClaimWords, all_words: bool = False
) -> list[Token]:
    """The words of ``end:hi`` that are still the name: NER runs a name on into a
    ticker, a figure or a headline's words ("FORD MOTOR CO <F> SETS", "Prudential
    Corp 1986", "HUMANA INC 2ND QTR"); the name ends at a bracket, a line break, a
    number or the word after its legal form."""
    out: list[Token] = []
    legal = False
    for tok in doc[end:hi]:
        broken = (tok.i > end or not all_words) and "\n" in doc[tok.i - 1].whitespace_
        if tok.text in ("<", "&lt;", "(") or broken:
            break
        if tok.tag_ == "POS" or (tok.is_punct and not all_words):
            continue
        key = _key(tok.text)
        if tok.like_num or tok.text[:1].isdigit() or (legal and key not in words.legal):
            break
        legal = legal or key in words.legal
        out.append(tok)
    return out


def _key(word: str) -> str:
    """A word as the lists hold it: lower case, no dots or brackets ("Plc>", "N.V.")."""
    return "".join(ch for ch in word.lower() if ch.isalnum() or ch == "&")


def _no_article(name: str) -> str:
    return name[4:] if name[:4].lower() == "the " else name
