"""A sentence about firms of a kind ("these funds", "the banks", "other lenders") is no
sentence about the article's company: its amount is not given to the article's focus
(``the_peers`` in ``pipeline/link/rules/markets.py``, read by ``focus_blocked``)."""

from __future__ import annotations

import pytest

from pipeline.companies.mentions import CompanyData
from pipeline.link.rules.markets import the_peers
from pipeline.resources import MODELS_DIR


@pytest.fixture(scope="module")
def company_nouns() -> frozenset[str]:
    return CompanyData.from_dir(MODELS_DIR).ref_nouns


@pytest.mark.parametrize(
    ("text", "peers"),
    [  # web BG (an Irish business site, 2017); the others written for this test
        ("These funds were raised almost exclusively by Irish venture capital fund "
         "managers.", True),
        ("The banks have $1.5 trillion of total deposits.", True),
        ("Other retailers reported sales of $2bn.", True),
        ("The two companies expect to save $50m a year.", False),  # a deal's sides
        ("The company raised $5m from investors.", False),  # one company: the focus
    ],
)
def test_the_peers(nlp, company_nouns, text: str, peers: bool) -> None:
    subj = next(t for t in nlp(text) if t.dep_ in ("nsubj", "nsubjpass"))
    assert the_peers(subj, company_nouns) is peers
