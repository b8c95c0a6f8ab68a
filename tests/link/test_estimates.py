"""Who forecasts a figure is not who it belongs to (pipeline/link/rules/estimates.py):
a data house's consensus or a broker's estimate of the story's company's results is
that company's figure. Stories written for the test."""

from __future__ import annotations

import pytest
from owned import links_of

RESULTS = (
    "Orbis profit beats forecasts\n\nOrbis Holdings said its third-quarter profit was 52 "
    "cents a share, against the Zacks consensus estimate of 49 cents a share. Kestrel "
    "Securities had estimated a net profit of $410 million. Orbis Holdings forecast "
    "revenue of $5 billion for next year.\n"
)


@pytest.mark.parametrize("amount", ["49 cents", "$410 million", "$5 billion"])
def test_an_estimate_of_the_story_s_company_is_its_figure(nlp, amount):
    companies = [c for c, _ in links_of(nlp, RESULTS, amount)]
    assert len(companies) == 1 and companies[0].startswith("Orbis"), companies


ANALYSTS = (
    "Orbis Holdings revenue rises\n\nOrbis Holdings said revenue rose to $6.1 billion. "
    "Analysts had expected $5.9 billion. Industry analysts project that cloud storage "
    "could become a $30 billion a year business by 2030.\n"
)


def test_analysts_expected_figure_is_the_company_s(nlp):
    """ "Analysts had expected $5.9 billion": the story's company's forecast revenue."""
    companies = [c for c, _ in links_of(nlp, ANALYSTS, "$5.9 billion")]
    assert len(companies) == 1 and companies[0].startswith("Orbis"), companies


def test_analysts_projecting_a_market_leave_it_ownerless(nlp):
    """ "analysts project that ... could become a $30 billion a year business": a market."""
    assert links_of(nlp, ANALYSTS, "$30 billion") == []
