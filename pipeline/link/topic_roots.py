"""Which mentions a sentence is about (its topics) and what stands between a dateline
and the company after it: read on the parse, for :class:`pipeline.link.context.DocContext`."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
FORECASTERS = _WORDS["forecasters"]  # "analyst", "economist": their employer is no topic
RESULTS_NOUNS = _WORDS["results_nouns"]  # "profit grew at X": X is the sentence's topic
SPEAKERS = word_sets(MODELS_DIR / "link/focus_words.jsonl")["speaker_nouns"]
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def spoken_for(root: Token) -> bool:
    """ "A spokeswoman for Acme estimated ...": the speaker's company is the topic."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "for" and (
        prep.head.lemma_.lower() in SPEAKERS and prep.head.dep_ in SUBJECT_DEPS)  # fmt: skip


def is_topic(root: Token) -> bool:
    """A mention that is (or owns, or names) the subject of its clause."""
    tok = root
    for _ in range(3):
        if tok.dep_ in SUBJECT_DEPS:
            return True
        if tok.dep_ in ("poss", "compound", "appos", "conj") and tok.head.i != tok.i:
            if tok.dep_ == "compound" and _forecaster(tok.head):
                return False  # "said HVB analyst Peter Halser": his employer
            tok = tok.head
            continue
        prep = tok.head
        if tok.dep_ == "pobj" and prep.dep_ == "agent":
            # "Consolidation is driven by Acme": the doer of a passive main clause
            # (not "a round led by Acme", a participle's agent)
            return prep.head.dep_ == "ROOT"
        if tok.dep_ == "pobj" and prep.lower_ == "at" and _results_moved(prep.head):
            return True  # "statutory profit grew substantially at Brewin Dolphin"
        if tok.dep_ == "pobj" and prep.lower_ in ("at", "of", "in") and prep.head.i != tok.i:
            if _forecaster(prep.head):
                return False  # "Analyst James Voytko of PaineWebber believes": his employer
            tok = prep.head  # "profits at Acme", "shares in Acme"
            continue
        return False
    return False


def _results_moved(verb: Token) -> bool:
    """ "profit grew", "sales fell": a verb that moves a subject of a company's results."""
    return verb.pos_ == "VERB" and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in RESULTS_NOUNS for c in verb.children
    )


def titles(words: list[Token]) -> bool:
    """Nothing, or a few words that say what the company after them is ("Norwegian
    computer company", "state oil company"): no verb, no clause, no figure."""
    return len(words) <= 5 and all(
        t.pos_ in ("ADJ", "NOUN", "PROPN") and t.ent_type_ not in ("DATE", "CARDINAL", "MONEY")
        or t.is_space or t.text in ("-", "–", "<", '"')
        for t in words
    )


def _forecaster(tok: Token) -> bool:
    """An analyst or economist, by title ("analyst Jane Doe", "Jane Doe, an economist")."""
    near = [tok, *(c for c in tok.children if c.dep_ in ("compound", "appos", "amod"))]
    return any(t.lemma_.lower() in FORECASTERS for t in near)
