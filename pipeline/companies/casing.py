"""Company names read only in capitals, written the way the article would write them.

A wire story often names its company only in its headline, in capitals ("GLENFED INC
<GLN> 1ST QTR NET"), above a results table. Stored as read, the fact's owner would be
"GLENFED INC" in that story and "GlenFed Inc" in the next, and a summary would count
two companies. Where the article writes the same name in mixed case the linker already
takes that form (:func:`pipeline.companies.canonical.canonical_names`); this module
cases what is left, word by word:

- a legal form as the ISO 20275 list abbreviates it ("Inc", "GmbH", "LLC";
  ``display`` in ``models/companies/legal_suffixes.jsonl``);
- a joining word in lower case, never first ("Bank of British Columbia");
- the word as the article writes it elsewhere with a capital ("Fed Data Corp said");
- capitals kept for a word the article writes in capitals on a line mostly in lower
  case ("Nigerian conglomerate UACN reported"), and for an acronym: dotted ("U.S."),
  with "&" or digits ("AT&T", "3M"), without a vowel ("NCNB"), or of three letters or
  fewer that is no English word ("GAF", "CSR"; the lemmatizer's word index decides);
- any other word capitalized, each part of a hyphenated one ("Weigh-Tronix").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Set
from dataclasses import replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.companies.suffixes import SUFFIX_DISPLAY
from pipeline.nlp.doccache import doc_text
from pipeline.resources import MODELS_DIR, word_sets

_CONNECTORS = word_sets(MODELS_DIR / "companies/words.jsonl")["name_connectors"]
_VOWELS = frozenset("aeiouy")
SHORT = 3  # letters: an acronym at most this long unless it is an English word


def case_owners(spans: Iterable[Span], nlp: Language) -> None:
    """Write each owner of the amounts ``spans`` (``Span._.links``) the way the article
    would when it is in capitals; the mention, which points at the text, stays as read."""
    english, cased = english_words(nlp), dict[str, str]()  # a table's owner: cased once

    def case(name: str, doc: Doc) -> str:
        if name not in cased:
            cased[name] = name_case(name, doc_text(doc), english)
        return cased[name]

    for span in spans:
        links = span._.links or []
        if any(in_capitals(lk.company) for lk in links):
            span._.links = [replace(lk, company=case(lk.company, span.doc)) for lk in links]


@cache
def english_words(nlp: Language) -> frozenset[str]:
    """Lower-case English words: the word index of the pipeline's rule lemmatizer (read
    once a pipeline), empty without one."""
    pipe = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    # the fast lemmatizer (pipeline/nlp/lemmas.py) keeps spaCy's as ``miss``
    lookups = getattr(pipe, "lookups", None) or getattr(
        getattr(pipe, "miss", None), "lookups", None
    )
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for words in index.values() for w in words if w.isalpha())


def in_capitals(name: str) -> bool:
    """``name`` is written in capitals: at least two letters, none lower case."""
    return name.isupper() and sum(ch.isalpha() for ch in name) >= 2


def name_case(name: str, text: str, english: Set[str]) -> str:
    """``name`` as the article would write it when it is in capitals (see the module
    docstring), else ``name`` unchanged; ``text`` is the article's, ``english`` its
    lower-case English words."""
    if not in_capitals(name):
        return name
    words = name.split(" ")
    return " ".join(_word_case(w, k == 0, text, english) for k, w in enumerate(words))


def _word_case(word: str, first: bool, text: str, english: Set[str]) -> str:
    low = word.lower()
    if not any(ch.isalpha() for ch in word):
        return word
    if low in SUFFIX_DISPLAY:
        return SUFFIX_DISPLAY[low]
    if low in _CONNECTORS and not first:
        return low
    written = _as_written(word, text)
    if written is not None:
        return written
    if _acronym(word, english) or _capitals_in_prose(word, text):
        return word
    return "-".join(_capitalized(part) for part in word.split("-"))


def _as_written(word: str, text: str) -> str | None:
    """The article's most used spelling of ``word`` with a capital, not in capitals."""
    if not word.isalpha():
        return None
    forms = Counter(
        m.group(0)
        for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
        if m.group(0)[0].isupper() and not m.group(0).isupper()
    )
    return forms.most_common(1)[0][0] if forms else None


def _capitals_in_prose(word: str, text: str) -> bool:
    """``word`` in capitals on a line mostly in lower case: the article's own spelling
    ("Nigerian conglomerate UACN reported"), not a wire headline's."""
    for m in re.finditer(rf"\b{re.escape(word)}\b", text):
        lo, hi = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line = text[lo : hi if hi >= 0 else len(text)]
        letters = [ch for ch in line if ch.isalpha()]
        if sum(ch.islower() for ch in letters) > len(letters) / 2:
            return True
    return False


def _acronym(word: str, english: Set[str]) -> bool:
    letters = [ch for ch in word.lower() if ch.isalpha()]
    if any(ch in ".&" or ch.isdigit() for ch in word) or not _VOWELS & set(letters):
        return True
    return len(letters) <= SHORT and "".join(letters) not in english


def _capitalized(part: str) -> str:
    """ "GLENFED" -> "Glenfed"; "MCDONALD'S" -> "Mcdonald's"."""
    return part[:1].upper() + part[1:].lower()
