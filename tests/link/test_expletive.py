"""An "it" that stands for the infinitive after "cost"/"take" names no company
(pipeline/link/rules/parse.py::_expletive). Sentences from articles in no gold set:
BBC politics 391, BBC sport 251, reut2-000..021 (Ecuador's quake repairs)."""

import pytest

from pipeline.link.rules.parse import _expletive


def _it(nlp, text: str):
    doc = nlp(text)
    return next(t for t in doc if t.lower_ == "it" and t.dep_ in ("nsubj", "expl"))


@pytest.mark.parametrize(
    "text",
    [
        "It could cost £80m to run a UK referendum on the European constitution.",
        "He said it would take £40m to stage a takeover, and that the club will also need more.",
        "Officials said it will cost about 150 mln dlrs to repair oil installations damaged by "
        "the earthquake.",
    ],
)
def test_it_before_cost_and_an_infinitive_is_no_company(base_nlp, text):
    assert _expletive(_it(base_nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The company said it will take a charge of about 3,500,000 dlrs due to a decision "
        "to discontinue its disk drive.",
        "With assets of $200m and liabilities totalling $648m, it needs creditors to approve "
        "its plan.",
        "The company said it will cost $5bn.",
    ],
)
def test_it_that_takes_a_charge_or_needs_help_is_the_company(base_nlp, text):
    assert not _expletive(_it(base_nlp, text))
