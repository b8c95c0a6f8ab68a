"""The tokenizer's cache kept across memory zones: same tokens, bounded, permanent words."""

from __future__ import annotations

from pathlib import Path

import spacy

from pipeline.nlp import warm
from pipeline.nlp.warm import learn_chunks

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "Acme Corp. said it would invest $5 billion; Acme's rivals (Initech, Hooli) did not.",
    "Acme Corp. said profits rose 12% to 1.2 mln dlrs vs 980,000 dlrs a year ago.\n\nNet 7,168,000",
    "U.S.-based Acme's chief said: \"We'll spend $5 billion.\" Acme Corp. shares fell.",
]


def _tokens(nlp, texts):
    return [[(t.text, t.whitespace_, t.idx) for t in nlp.make_doc(x)] for x in texts]


def _corpus() -> list[str]:
    paths = sorted((ROOT / "corpus" / "news").rglob("*.txt"))
    assert paths, "corpus/news has no .txt articles"
    return [*TEXTS, *(p.read_text(encoding="utf-8") for p in paths)]


def test_learned_chunks_tokenize_as_before(nlp):
    texts = _corpus()
    with nlp.memory_zone():
        before = _tokens(nlp, texts)
    learn_chunks(nlp, texts)
    with nlp.memory_zone():  # now from the cache
        assert _tokens(nlp, texts) == before


def test_chunks_met_twice_are_learned_once_and_outlive_a_zone():
    nlp = spacy.blank("en")
    with nlp.memory_zone():
        assert learn_chunks(nlp, TEXTS) == 0  # inside a zone the tokenizer caches nothing
    with nlp.memory_zone():
        nlp.make_doc("Hooli")
    assert "Hooli" not in nlp.vocab.strings  # a word met in a zone is gone after it
    assert "Acme" not in nlp.vocab.strings
    learned = learn_chunks(nlp, TEXTS)
    counts = {c: sum(t.split().count(c) for t in TEXTS) for c in " ".join(TEXTS).split()}
    assert learned == sum(1 for n in counts.values() if n >= warm.MIN_COUNT)
    assert "Acme" in nlp.vocab.strings  # the chunk "Acme" is met three times
    assert "Hooli" not in nlp.vocab.strings  # met once
    with nlp.memory_zone():
        nlp.make_doc(TEXTS[0])
    assert "Acme" in nlp.vocab.strings  # permanent: taught outside any zone
    assert learn_chunks(nlp, TEXTS) == 0  # nothing new


def test_learning_stops_at_the_cache_size():
    nlp = spacy.blank("en")
    nlp.tokenizer.max_cache_size = 3
    texts = [" ".join(f"w{i} w{i}" for i in range(10))]
    assert learn_chunks(nlp, texts) == 3
    assert learn_chunks(nlp, [" ".join(f"x{i} x{i}" for i in range(10))]) == 0
    assert sum(f"w{i}" in nlp.vocab.strings for i in range(10)) == 3
