"""The cached attribute ruler and lemmatizer give the originals' annotations, token by token."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.attrs import LEMMA, MORPH, POS, TAG

from pipeline.nlp.lemmas import CachedAttributeRuler, CachedLemmatizer, _set_indexed

# Multi-token ruler patterns ("gon na", "there is", "let 's", "y' all"), tokens the
# lemmatizer has exceptions for, and news text.
TEXTS = [
    "I'm gonna buy it, ain't I? Let's go, y'all. C'mon, we gotta sell.",
    "There is a $5 billion deal and there were two bids; there's more.",
    "Toyota is set to invest $10 billion in its U.S. manufacturing operations.",
    "The banks' shares fell 12-7/8 dlrs to 140.5 mln dlrs vs 98.2 mln a year ago.",
    "  Shr 18 cts vs 1.10 dlrs\n  Net 7,168,000 vs 11.3 mln\n",
    "She was running; they ran. Better, best, worse: geese, mice and oxen were seen.",
    "",
]


def _parsed(base_nlp, texts):
    docs = [base_nlp.make_doc(t) for t in texts]
    for name in ("tok2vec", "tagger", "parser"):
        docs = list(base_nlp.get_pipe(name).pipe(docs))
    return docs


def _texts() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    paths = sorted((root / "corpus" / "news").rglob("*.txt"))
    assert paths, "corpus/news has no .txt articles"
    return [*TEXTS, *(p.read_text(encoding="utf-8") for p in paths)]


@pytest.fixture(scope="module")
def pair(base_nlp):
    texts = _texts()
    return _parsed(base_nlp, texts), _parsed(base_nlp, texts)


def test_cached_ruler_and_lemmatizer_match_the_originals(base_nlp, pair):
    real_docs, cached_docs = pair
    ruler, lemmatizer = base_nlp.get_pipe("attribute_ruler"), base_nlp.get_pipe("lemmatizer")
    cached_ruler, cached_lemmatizer = CachedAttributeRuler(ruler), CachedLemmatizer(lemmatizer)
    assert cached_ruler.exact and cached_lemmatizer.exact
    assert len(cached_ruler.multi) > 0  # the multi-token patterns take the other road
    for _ in range(2):  # cold, then every answer from the cache
        for real, cached in zip(real_docs, cached_docs, strict=True):
            real, cached = real.copy(), cached.copy()
            lemmatizer(ruler(real))
            cached_lemmatizer(cached_ruler(cached))
            cols = [TAG, POS, MORPH, LEMMA]
            assert np.array_equal(real.to_array(cols), cached.to_array(cols)), real.text[:60]
    assert cached_ruler.cache and cached_lemmatizer.cache


def test_multi_token_patterns_apply(base_nlp):
    (doc,) = _parsed(base_nlp, ["We are gonna win."])
    CachedLemmatizer(base_nlp.get_pipe("lemmatizer"))(
        CachedAttributeRuler(base_nlp.get_pipe("attribute_ruler"))(doc)
    )
    assert [t.lemma_ for t in doc[2:4]] == ["go", "to"]


def test_lemmas_already_set_are_kept(base_nlp):
    (doc,) = _parsed(base_nlp, ["Profits rose."])
    CachedAttributeRuler(base_nlp.get_pipe("attribute_ruler"))(doc)
    doc[0].lemma_ = "kept"
    CachedLemmatizer(base_nlp.get_pipe("lemmatizer"))(doc)
    assert [t.lemma_ for t in doc] == ["kept", "rise", "."]


def test_set_indexed_lemmatizer_gives_the_lists_answers(base_nlp, pair):
    """The misses' lemmatizer (word index in sets) answers as spaCy's (index in lists)."""
    docs, _ = pair
    lemmatizer = base_nlp.get_pipe("lemmatizer")
    fast = _set_indexed(lemmatizer)
    assert fast is not lemmatizer and fast.cache is not lemmatizer.cache
    index = fast.lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())
    assert all(isinstance(w, list) for w in lemmatizer.lookups.get_table("lemma_index").values())
    tagged = [base_nlp.get_pipe("attribute_ruler")(doc.copy()) for doc in docs]
    tokens = [t for doc in tagged for t in doc if t.pos_ not in ("", "SPACE")]
    assert len({t.pos_ for t in tokens} & {"NOUN", "VERB", "ADJ"}) == 3
    saved = dict(lemmatizer.cache)
    try:
        lemmatizer.cache.clear()  # spaCy's answer worked out, not remembered
        for token in tokens:
            assert fast.lemmatize(token) == lemmatizer.rule_lemmatize(token), token.text
    finally:
        lemmatizer.cache.clear()
        lemmatizer.cache.update(saved)
