"""Hand-parsed Docs for the linker's rule tests: a fixed parse, no statistical model.

A test writes its sentence and, token by token, the parse a correct parser
would give it (spaCy English labels: nsubj, dobj, prep, pobj, poss, ...)::

    ROWS = [
        # word, head, dep, pos, tag, lemma, ent (IOB)
        ("Acme", 2, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("will", 2, "aux", "AUX", "MD", "will", "O"),
        ("invest", 2, "ROOT", "VERB", "VB", "invest", "O"),
        ...
    ]
    doc = hand.doc("Acme will invest $5 billion.", ROWS)
    (span,) = hand.amounts(doc, ("$5 billion", "5e9"))
    hand.link(doc)
    assert span._.links[0].rule == "subject-of-verb"

Heads are absolute token indices; a ROOT heads itself. The words must be the
blank English tokenizer's words for ``text`` (so spacing and line breaks are
spaCy's own), and each sentence is one tree: :meth:`HandParser.doc` checks
both, so a typo in a parse fails loudly instead of testing something else.

The linker is :class:`pipeline.link.linker.Linker` on ``spacy.blank("en")``,
initialized from the data under ``models/`` once per session.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import pipeline.money.amounts  # noqa: F401  (registers Doc._.amounts, Span._.money)
from pipeline.link.context import DocContext
from pipeline.link.linker import Linker, line_bounds
from pipeline.types import Money

# word, head (absolute index), dep, pos, tag, lemma, entity IOB ("B-ORG", "I-ORG", "O")
Row = tuple[str, int, str, str, str, str, str]


def _tree_roots(rows: list[Row]) -> list[int]:
    """The ROOT each token hangs from; fails on a cycle or a misplaced ROOT."""
    n = len(rows)
    for i, (word, head, dep, *_rest) in enumerate(rows):
        assert 0 <= head < n, f"token {i} {word!r}: head {head} outside the doc"
        assert (dep == "ROOT") == (head == i), f"token {i} {word!r}: only a ROOT heads itself"
    roots = []
    for i in range(n):
        seen, j = set(), i
        while rows[j][1] != j:
            assert j not in seen, f"token {i} {rows[i][0]!r}: cycle through {j}"
            seen.add(j)
            j = rows[j][1]
        roots.append(j)
    return roots


class HandParser:
    """Builds hand-parsed Docs and runs the linker (or one of its rules) on them."""

    def __init__(self, nlp: Language, linker: Linker) -> None:
        self.nlp = nlp
        self.linker = linker

    def doc(self, text: str, rows: list[Row]) -> Doc:
        words = [t.text for t in self.nlp.make_doc(text)]
        assert [r[0] for r in rows] == words, f"rows do not match the tokens {words}"
        spaces = [bool(t.whitespace_) for t in self.nlp.make_doc(text)]
        roots = _tree_roots(rows)
        starts = [i == 0 or roots[i] != roots[i - 1] for i in range(len(rows))]
        # each sentence is one contiguous tree
        assert len(set(roots)) == sum(starts), "a sentence's tokens are not contiguous"
        doc = Doc(
            self.nlp.vocab,
            words=words,
            spaces=spaces,
            heads=[r[1] for r in rows],
            deps=[r[2] for r in rows],
            pos=[r[3] for r in rows],
            tags=[r[4] for r in rows],
            lemmas=[r[5] for r in rows],
            ents=[r[6] for r in rows],
            sent_starts=starts,
        )
        assert doc.text == text
        assert [s.start for s in doc.sents] == [i for i, s in enumerate(starts) if s]
        return doc

    @staticmethod
    def amounts(doc: Doc, *specs: tuple[str, str] | tuple[str, str, str]) -> list[Span]:
        """Set ``Doc._.amounts``: each spec is (text, value[, currency]); first occurrence."""
        spans = []
        for spec in specs:
            words, value = spec[0], spec[1]
            currency = spec[2] if len(spec) > 2 else "USD"
            start = doc.text.find(words)
            span = doc.char_span(start, start + len(words)) if start >= 0 else None
            assert span is not None, f"{words!r} is not a token span of {doc.text!r}"
            span._.money = Money(Decimal(value), currency)
            spans.append(span)
        doc._.amounts = sorted(spans, key=lambda s: s.start)  # a new list: never the default
        return spans

    def link(self, doc: Doc) -> Doc:
        """The ``newsfacts_linker`` component on ``doc`` (every rule, in its order)."""
        return self.linker(doc)

    def context(self, doc: Doc) -> DocContext:
        """The DocContext the component builds, for calling one rule by itself."""
        lk = self.linker
        return DocContext(
            doc,
            lk.companies,
            sector_hits=lk.sectors(doc) if lk.sectors else [],
            cue_verbs=lk._cue_verbs,
            cue_nouns=lk._cue_nouns,
            headline_names=lambda d, taken: lk.headlines.subject_names(d, lk.companies, taken),
        )

    @staticmethod
    def links(span: Span) -> list[tuple[str, str]]:
        """(company, rule) of each link the linker set on an amount."""
        return [(link.company, link.rule) for link in span._.links]

    @staticmethod
    def clause(doc: Doc, span: Span) -> tuple[int, int]:
        """The token range the component gives the amount's rules (its sentence in its line)."""
        return line_bounds(doc, span)


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="session")
def hand(blank_nlp) -> HandParser:
    """A HandParser whose linker is initialized from models/ (no statistical model)."""
    linker = Linker(blank_nlp)
    linker.initialize(nlp=blank_nlp)
    return HandParser(blank_nlp, linker)
