"""Fixtures of the money tests."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest


@pytest.fixture(scope="session")
def both(nlp) -> Callable[[str], list[tuple[str, Decimal, str]]]:
    """The amounts of a text by the full pipeline, checked equal to extraction's fast path
    (which reads only the articles and sentences where a cue has a figure near it)."""
    from pipeline.nlp.fastpipe import pipe_docs

    def amounts(text: str) -> list[tuple[str, Decimal, str]]:
        full, fast = nlp(text), next(pipe_docs(nlp, [text]))
        got = [
            [(s.text, s._.money.amount, s._.money.currency) for s in d._.amounts]
            for d in (full, fast)
        ]
        assert got[0] == got[1], got
        return got[0]

    return amounts
