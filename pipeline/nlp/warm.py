"""What a worker keeps warm across tasks: the tokenizer's cache, the lazily loaded tables.

Every task runs in ``nlp.memory_zone()`` (pipeline/facts.py), so the words it
meets do not pile up. But spaCy's tokenizer saves nothing to its cache inside
a zone: every task split every word's prefixes, suffixes and infixes again
and made its lexemes anew, a tenth of the time of an extraction. So before
each task, outside the zone, :func:`learn_chunks` tokenizes the whitespace
chunks the task holds more than once, which the tokenizer then caches (with
permanent lexemes) for this task and the next ones, up to the tokenizer's own
cache size: memory stays bounded. Tokenization gives the same tokens with or
without its cache.

:func:`warm_up` loads at start-up the tables the first article would load
(the language identifier, the exchange rates), so a worker's first task
costs what the others do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from weakref import WeakKeyDictionary

from spacy.language import Language

# A chunk met this often in one task is worth a place in the tokenizer's cache.
MIN_COUNT = 2
# Per pipeline: the chunks already taught, never more than its tokenizer's cache holds.
_LEARNED: WeakKeyDictionary[Language, set[str]] = WeakKeyDictionary()


def learn_chunks(nlp: Language, texts: Iterable[str]) -> int:
    """Tokenize, outside any memory zone, the frequent chunks of ``texts`` not yet
    cached, so that later tasks find them in the tokenizer's cache; how many."""
    tokenizer = nlp.tokenizer
    if getattr(nlp.vocab, "in_memory_zone", True) or not hasattr(tokenizer, "max_cache_size"):
        return 0  # inside a zone the tokenizer caches nothing
    learned = _LEARNED.setdefault(nlp, set())
    room = tokenizer.max_cache_size - len(learned)
    if room <= 0:
        return 0
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(text.split())
    new = [c for c, n in counts.most_common() if n >= MIN_COUNT and c not in learned][:room]
    for chunk in new:
        tokenizer(chunk)
    learned.update(new)
    return len(new)


def warm_up() -> None:
    """Load the tables the first article would otherwise load mid-task."""
    from pipeline.money.fx import usd_rate
    from pipeline.nlp.language import other_language

    other_language("warm up")
    usd_rate("EUR")
