"""The amount a test sentence writes, read by the full pipeline: one helper for the
kind and sector tests (imported as a module: pytest puts this folder on sys.path)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span


def amount_at(nlp: Language, sentence: str, written: str) -> Span:
    """The first amount of ``sentence`` whose text holds ``written``."""
    doc = nlp(sentence)
    spans = [s for s in doc._.amounts if written in s.text]
    assert spans, f"no amount {written!r} in {[s.text for s in doc._.amounts]}"
    return spans[0]


def kind_at(nlp: Language, sentence: str, written: str) -> str:
    """The rules' kind of that amount (``Span._.kind_rule``): the kind tests prove the
    rules of ``pipeline/link/kinds.py``; the learned second opinion that may override them
    (``Span._.kind``) is held to them in test_kind_model.py."""
    return amount_at(nlp, sentence, written)._.kind_rule
