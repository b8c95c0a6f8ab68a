"""What a project costs: money of the industry the article is about (FACTS.md Sector 3).

An amount no company owns gets the article's industry only where it belongs to that
industry (:func:`pipeline.link.kind_public.industry_money`); a government's budget or
a tax cut gets none (Sector 4). A project is the exception among ownerless amounts
that are no results: "the $110m project", "three projects, valued at $500m", "the
total cost of the 20 projects ... was expected to reach £50bn", "has allocated £7.5bn
for the project" are what something of the article's industry costs, whoever pays.

The project must be the amount's own noun: the noun the amount modifies or is the
value of, a word on its way up the parse, the subject of its verb or what a cost word
there is "of"; a project named in another phrase of the sentence ("investments worth
$467bn in major projects") is not enough. The nouns are ``project_nouns`` in
``models/link/words.jsonl``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
PROJECT_NOUNS = _WORDS["project_nouns"]
COST_NOUNS = _WORDS["cost_nouns"]
_SUBJECTS = ("nsubj", "nsubjpass")
_OTHER_CLAUSE = ("ccomp", "advcl", "relcl", "conj")  # past these the words are another fact's
_STEPS = 4  # "$500m" <- "at" <- "valued" <- "projects"


def project_money(span: Span) -> bool:
    """Whether the amount is what a project costs or is worth (see the module doc)."""
    return any(_is_project(tok) for tok in _own_nouns(span))


def _own_nouns(span: Span) -> Iterator[Token]:
    """The amount's head words up the parse, the subjects of their verbs, what a "for"
    names ("allocated £7.5bn for the project"), and what a cost word is "of"."""
    tok = span.root
    yield from _for_objects(tok)
    for _ in range(_STEPS):
        if tok.head.i == tok.i or tok.dep_ in _OTHER_CLAUSE:
            return
        tok = tok.head
        yield tok
        yield from _for_objects(tok)
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() not in COST_NOUNS:
            return  # the amount's own noun: "projects tied to Tokyo's $550bn commitment"
        if tok.lemma_.lower() in COST_NOUNS:  # "the $2bn cost of the project"
            yield from _objects(tok, "of")
        for subj in (c for c in tok.children if c.dep_ in _SUBJECTS):
            yield subj
            if subj.lemma_.lower() in COST_NOUNS:  # "the total cost of the 20 projects"
                yield from _objects(subj, "of")


def _for_objects(tok: Token) -> Iterator[Token]:
    yield from _objects(tok, "for")


def _objects(tok: Token, prep: str) -> Iterator[Token]:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == prep:
            yield from (c for c in child.children if c.dep_ == "pobj")


def _is_project(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in PROJECT_NOUNS
