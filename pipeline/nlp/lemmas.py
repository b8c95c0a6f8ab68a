"""The attribute ruler and the lemmatizer, worked out once per distinct token.

In ``en_core_web_sm`` both run after the tagger and parser and cost more than
the tagger: the attribute ruler's ``Matcher`` tries its ~180 patterns at every
token, the lemmatizer walks the doc in Python. Yet almost every pattern looks
at one token only (its tag, its lower-case form, its dependency), and a rule
lemma depends only on the token's form, POS and morphology. So for a token
seen before, the answer is already known.

:class:`CachedAttributeRuler` and :class:`CachedLemmatizer` wrap the loaded
components and give the same annotations (``tests/test_lemmas.py`` compares
them token by token with the originals):

- the ruler's single-token patterns are matched once per distinct key (the
  token's form plus every token attribute the patterns read) and remembered;
  the few multi-token patterns ("gon na", "there is") run in a small
  ``Matcher`` of their own; the matches are sorted and applied by the ruler
  itself, exactly as it would;
- the lemmatizer's answer is remembered per (form, POS, morphology), the same
  key spaCy's own cache uses, and written back as one array.

A pipeline whose ruler reads something else (an extension, an operator) or
whose lemmatizer has a mode other than "rule" or "lookup" is run as is.
"""

from __future__ import annotations

import copy
from typing import cast

import numpy as np
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.lookups import Lookups
from spacy.matcher import Matcher
from spacy.tokens import Doc
from thinc.types import Ints2d

# Pattern keys that a token's form decides (lexeme attributes) ...
_LEXICAL = frozenset(
    "ORTH TEXT LOWER LENGTH SHAPE PREFIX SUFFIX IS_ALPHA IS_ASCII IS_DIGIT IS_LOWER "
    "IS_UPPER IS_TITLE IS_PUNCT IS_SPACE IS_STOP LIKE_NUM LIKE_URL LIKE_EMAIL".split()
)
# ... and those read off the token: they join the form in the cache key
_TOKEN = ("TAG", "POS", "MORPH", "DEP", "LEMMA", "NORM")
# A cache never grows past this many keys (a long run meets new words forever;
# 50,000 hold the words of a few thousand articles, about 20 MB)
MAX_KEYS = 50_000


class CachedAttributeRuler:
    """``ruler(doc)`` with the single-token matches remembered per distinct token."""

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        vocab = ruler.vocab
        self.single = Matcher(vocab)
        self.multi = Matcher(vocab)
        read: set[str] = set()
        self.exact = True  # False: some pattern reads what the key cannot hold
        for attr_id, spec in enumerate(ruler.patterns):
            key = str(attr_id)
            patterns = spec["patterns"]
            target = self.multi if any(len(p) != 1 for p in patterns) else self.single
            target.add(key, patterns)
            for pattern in patterns:
                for tok in pattern:
                    for name in tok:
                        name = name.upper()
                        if name in _TOKEN:
                            read.add(name)
                        elif name not in _LEXICAL:
                            self.exact = False
        self.columns = [IDS["ORTH"], *(IDS[name] for name in _TOKEN if name in read)]
        self.has_multi = len(self.multi) > 0
        self.strings = vocab.strings
        self.cache: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self.exact or not len(doc):
            return self.ruler(doc)
        self.ruler.set_annotations(doc, self.match(doc))
        return doc

    def pipe(self, docs, batch_size: int = 64):
        for doc in docs:
            yield self(doc)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (attr id, match id, start, end), sorted."""
        cache = self.cache
        if len(cache) > MAX_KEYS:
            cache.clear()
        matches: list[tuple[int, int, int, int]] = []
        for i, key in enumerate(map(tuple, doc.to_array(self.columns).tolist())):
            found = cache.get(key)
            if found is None:
                found = cache[key] = tuple(
                    (int(self.strings[m]), m)
                    for m, _s, _e in self.single(doc[i : i + 1], allow_missing=True)
                )
            for attr_id, m in found:
                matches.append((attr_id, m, i, i + 1))
        if self.has_multi:
            for m, s, e in self.multi(doc, allow_missing=True):
                matches.append((int(self.strings[m]), m, s, e))
        matches.sort()
        return matches


class CachedLemmatizer:
    """``lemmatizer(doc)`` with each lemma remembered per (form, POS, morphology)."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.exact = lemmatizer.mode in ("rule", "lookup")
        self.overwrite = bool(lemmatizer.overwrite)
        self.strings = lemmatizer.vocab.strings
        self.miss = _set_indexed(lemmatizer)
        # lemma strings, not hashes: a string added inside ``nlp.memory_zone()`` is
        # gone after it, so each use adds it again (a no-op when it is there)
        self.cache: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self.exact or not len(doc):
            return self.lemmatizer(doc)
        if not self.lemmatizer._validated:
            self.lemmatizer(doc[:0].as_doc())  # validates its tables once, as on its first call
        cols = doc.to_array([ORTH, POS, MORPH, LEMMA])
        cache = self.cache
        if len(cache) > MAX_KEYS:
            cache.clear()
            self.miss.cache.clear()  # spaCy's own, filled by our misses, never pruned
        lemmas = cols[:, 3].astype("uint64")  # a copy, as the hash column's own type
        todo = np.arange(len(doc)) if self.overwrite else np.flatnonzero(lemmas == 0)
        rows = cols[todo, :3].tolist()
        add = self.strings.add
        for i, key in zip(todo.tolist(), map(tuple, rows), strict=True):
            lemma = cache.get(key)
            if lemma is None:
                lemma = cache[key] = self.miss.lemmatize(doc[i])[0]
            lemmas[i] = add(lemma)
        doc.from_array([LEMMA], cast(Ints2d, lemmas.reshape(-1, 1)))
        return doc

    def pipe(self, docs, batch_size: int = 64):
        for doc in docs:
            yield self(doc)


def _set_indexed(lemmatizer):
    """The lemmatizer, for cache misses, with its word index in sets.

    spaCy's rule lemmatizer asks ``form in index`` for every suffix rule, and
    the English index holds lists (57,528 nouns): a linear scan per rule, most
    of a lemma's cost. A shallow copy reads the same tables with each list as a
    frozenset (the same answers); the loaded component, which is saved and
    compared, keeps its own.
    """
    if lemmatizer.mode != "rule" or not lemmatizer.lookups.has_table("lemma_index"):
        return lemmatizer
    fast = copy.copy(lemmatizer)
    fast.cache = {}  # its own: the original's answers are not taken for its own
    fast.lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            table = {pos: frozenset(words) for pos, words in table.items()}
        fast.lookups.add_table(name, dict(table))
    fast.lemmatize = fast.rule_lemmatize  # the original's is bound to the original
    return fast
