"""A dash with a space on each side ends a company's name (``pipeline/companies/bounds.py``
``_spaced_dash``): news briefs write "Acme Holdings PLC - Leeds-based lender - Records ...";
"Hewlett-Packard" keeps its unspaced hyphen. Sentences written for the test."""

from __future__ import annotations

import pytest

from pipeline.companies.mentions import CompanyData, find_mentions
from pipeline.resources import MODELS_DIR


@pytest.fixture(scope="module")
def data():
    return CompanyData.from_dir(MODELS_DIR)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lender lifts payout\n\nKestrel Finance PLC - Leeds, England-based pawnbroker and "
            "lender - Records revenue of GBP22.1 million for the half.",
            "Kestrel Finance PLC",
        ),
        (
            "Printer results\n\nHewlett-Packard Co said its revenue rose to $12 billion.",
            "Hewlett-Packard Co",
        ),
    ],
    ids=["brief-with-description", "unspaced-hyphen"],
)
def test_a_spaced_dash_ends_the_name(nlp, data, text, name):
    found = {m.name for m in find_mentions(nlp(text), data)}
    assert name in found, found
    assert not any(n.startswith(name + " -") for n in found), found
