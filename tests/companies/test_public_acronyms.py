"""A public body's acronym is never a company (FACTS.md: governments, ministries, central
banks and regulators own no fact), whatever NER tags it: ``name`` rows of
``models/companies/not_companies.jsonl``. Sentences from web articles (web AW: an Indian
defence ministry release, 2023; web BA: a UK money site, 2017), and one written here."""

from __future__ import annotations

import pytest

from tests.link.owned import links_of

CASES = [
    (
        "MoD Signs Contracts Worth over 32,000 Cr. with Indian Companies\n\nMinistry of "
        "Defence (MoD) has signed multiple contracts amounting to approximately Rs. 32,100 "
        "crore with Indian companies for procurement of defence equipment.\n\nMoD stated in "
        "a PIB release that it has signed two contracts collectively worth Rs. 19,586 crore "
        "with Indian shipyards.",
        "19,586",
    ),
    (
        "The UK’s largest banks are set to receive a profit boost of at least £500m as the "
        "Bank of England (BoE) prepares to raise interest rates. The BoE said lenders "
        "reported earnings before tax of £17.5bn.",
        "£17.5bn",
    ),
    ("The RBA said it would buy A$5 billion of government bonds.", "A$5 billion"),
    ("DOT spends $2B for high-speed rail tracks, cars and signals", "$2B"),  # web BA, 2010
]


@pytest.mark.parametrize(("text", "amount"), CASES, ids=["mod", "boe", "rba", "dot"])
def test_a_public_body_acronym_owns_nothing(nlp, text: str, amount: str) -> None:
    owners = {c for c, _ in links_of(nlp, text, amount)}
    assert not owners & {"MoD", "BoE", "RBA", "DOT"}
