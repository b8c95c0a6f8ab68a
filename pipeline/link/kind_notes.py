"""Notes under a wire results table (FACTS.md "Kind" financials: the lines of a results
statement), read by :func:`pipeline.link.kinds.read_kind`; the word lists are
``models/link/kind_cues.jsonl``.

"NOTE: 1986 net includes tax credits of 1,646,000 dlrs in quarter", "Year-ago oper
includes charges of 27.8 mln": in an article that carries a results table, a figure in a
sentence headed "Note:", or one that a results line includes or excludes, is a line of
the results statement (``financials``), whatever charge, gain or credit it names.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.nlp.doccache import doc_text
from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_SUBJECTS = _CUES["results_note_subjects"]
_VERBS = _CUES["results_note_verbs"]
_TABLE_KEY = "nf_results_table"
# a results table's line: "Shr 42 cts vs 37 cts", "    Net profit 2,043,000 vs loss 25.7 mln"
_TABLE_LINE = re.compile(
    r"^\s*(?:oper\s+)?(?:shr|net|revs|sales|revenues?)\b[^\n]*\bvs\.?\s",
    re.IGNORECASE | re.MULTILINE,
)
_NOTE = re.compile(r"^\W*note\s*:", re.IGNORECASE)


def results_note(span: Span) -> bool:
    """Whether the amount stands in a note on a results table of its article."""
    if not _has_table(span.doc):
        return False
    sent = span.sent
    if _NOTE.match(sent.text):
        return True
    for verb in span.root.ancestors:
        if verb.pos_ in ("VERB", "AUX"):
            return verb.lemma_.lower() in _VERBS and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _SUBJECTS
                for c in verb.children
            )
    return False


def _has_table(doc: Doc) -> bool:
    """Whether the article carries a wire results table (read once per doc)."""
    cached = doc.user_data.get(_TABLE_KEY)
    if cached is None:
        cached = doc.user_data[_TABLE_KEY] = _TABLE_LINE.search(doc_text(doc)) is not None
    return bool(cached)
