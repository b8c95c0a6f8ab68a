"""Who owns a fine (``link/rules/parse.py`` and ``objects.py``): the company fined pays it,
the body that fines owns none of it. Sentences from web news (a French competition
story) or written for these tests, none from a gold article."""

from __future__ import annotations

import pytest
from owned import links_of


@pytest.mark.parametrize(
    ("text", "amount", "payer"),
    [
        (
            "In 2019, the agency had fined Google 150 million euros ($166 million) saying "
            "the methods used by Google Ads are opaque.",
            "150 million euros",
            "Google",
        ),
        (
            "The European Commission fined Microsoft 497 million euros on Wednesday.",
            "497 million euros",
            "Microsoft",
        ),
    ],
    ids=["agency-fined", "commission-fined"],
)
def test_the_company_fined_before_the_amount_pays(nlp, text, amount, payer):
    """The parser hangs the company on the amount ("Google" a modifier of "euros")."""
    assert [c for c, _ in links_of(nlp, text, amount)] == [payer]


def test_the_body_that_fines_owns_none_of_it(nlp):
    text = (
        "Italian antitrust regulator AGCM yesterday fined two airlines EUR3 million each for "
        "misleading fares."
    )
    assert links_of(nlp, text, "EUR3 million") == []


@pytest.mark.parametrize(
    ("text", "amount", "payer"),
    [
        ("In May, Harbour Life was fined £12.5 million for failings.", "£12.5 million",
         "Harbour Life"),
        ("Mis-selling was the big trend, with Harbour Life fined £12.5 million for it.",
         "£12.5 million", "Harbour Life"),
    ],
    ids=["passive", "reduced-passive"],
)
def test_the_subject_of_a_passive_fine_pays(nlp, text, amount, payer):
    assert [c for c, _ in links_of(nlp, text, amount)] == [payer]
