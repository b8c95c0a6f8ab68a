"""Names NER calls a person that the article speaks of as a thing: "Laura Ashley,
which floated on the London Stock Exchange", "Laura Ashley is parting company with its
chief executive". A person is "who" and "his" or "her"; a firm named after its founder
is "which" and "its" (read by :func:`pipeline.companies.mentions.find_mentions`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.resources import MODELS_DIR, word_sets

# "Paul Gallant, president of Acme": a person's title (models/companies/words.jsonl)
PERSON_TITLES = word_sets(MODELS_DIR / "companies/words.jsonl")["person_titles"]
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def called_a_thing(ent: Span) -> bool:
    """``ent`` is a subject that opens a "which" clause, or whose clause says "its"."""
    doc = ent.doc
    root = ent.root
    if any(c.dep_ in ("appos", "compound") and c.lemma_.lower() in PERSON_TITLES
           for c in root.children):  # fmt: skip
        return False  # "Paul Gallant, president of Acme, described its appeal"
    # only as the subject: "a trumpet which belonged to Dizzy Gillespie, which is
    # expected to fetch $500,000" is the trumpet's clause; and "..., based on its
    # success, Chairman John Egan told" says "its" of another
    after = doc[ent.end : ent.end + 2]
    which = len(after) == 2 and after[0].text == "," and after[1].lower_ == "which"
    if not root.dep_:  # a sentence the fast path left unparsed: read its words
        before = doc[ent.start - 1] if ent.start > 0 else None
        return which and (before is None or ent[0].is_sent_start or before.text == ",")
    if root.dep_ not in _SUBJECTS or root.head.i < root.i:
        return False
    if which:
        return True  # "Euronext, which combines the Paris ... exchanges, began talks"
    if len(ent) < 2:
        return False  # "Smith raised its stake": a one-word name may be a boss's surname
    return any(
        t.lower_ == "its" and t.i > root.head.i and _same_clause(t, root)
        for t in root.head.subtree
    )


def _same_clause(its: Token, subject: Token) -> bool:
    """Whether ``its`` hangs on the subject's verb through nouns and prepositions only
    ("X said its profit rose", "revenue earned by Ivory Coast from all its exports": "its"
    belongs to another verb, whose doer may be another)."""
    verb = subject.head
    cur = its.head
    while cur.i != verb.i:
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True
