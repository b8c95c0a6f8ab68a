"""An amount "each" of a list of companies is every one's (``pipeline/link/rules/each.py``),
and a penalty imposed on a company is its own (``rules/penalties.py``). Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _owners(nlp, text: str) -> dict[str, set[str]]:
    return {s.text.rstrip("."): {lk.company for lk in s._.links} for s in nlp(text)._.amounts}


def test_a_penalty_imposed_on_a_company_is_its_own(nlp):
    text = "A penalty of $2m has been imposed on Harbour Energy by the regulator.\n"
    assert _owners(nlp, text)["$2m"] == {"Harbour Energy"}


@pytest.mark.parametrize(
    "text",
    ["A penalty of Rs 1 crore has been imposed each on Kestrel Bank, Harbour Finance Bank and "
     "Delta Cooperative Bank.\n",
     "Kestrel Bank, Harbour Finance Bank and Delta Cooperative Bank were fined Rs 1 crore "
     "each by the regulator.\n"],
    ids=["imposed-each-on", "fined-each"],
)  # fmt: skip
def test_an_amount_each_belongs_to_every_company_listed(nlp, text):
    owners = _owners(nlp, text)["Rs 1 crore"]
    assert {"Kestrel Bank", "Harbour Finance Bank", "Delta Cooperative Bank"} <= owners, owners


@pytest.mark.parametrize(
    ("text", "spreads"),
    [("It paid $5 for each share.", False), ("They will pay $5 each year.", False),
     ("They were fined $5m each.", True), ("It was imposed each on X and Y.", True)],
)  # fmt: skip
def test_each_before_a_noun_spreads_nothing(nlp, text, spreads):
    from pipeline.link.rules.each import _each

    doc = nlp(text)
    assert _each(doc, 0, len(doc)) is spreads


@pytest.mark.parametrize(
    ("text", "name"),
    [("NEW YORK, April 1 - K.L. Industries Inc said it sold the unit for 9.5 mln dlrs.\n",
      "K.L. Industries Inc"),
     ("It said revenue rose. U.S. Holdings Corp said it sold the unit for 9.5 mln dlrs.\n",
      "U.S. Holdings Corp")],
    ids=["initials", "country-initials"],
)  # fmt: skip
def test_initials_open_a_legal_name(nlp, text, name):
    """A legal name NER missed keeps the initials that open it (``suffix_mentions``)."""
    owners = {lk.company for s in nlp(text)._.amounts for lk in s._.links}
    assert name in owners, owners


def test_a_german_name_keeps_its_suspended_compound(nlp):
    """ "Vereins- und Westbank AG": the first half of a compound whose second half follows
    "und" is part of the name (``join_and``)."""
    text = ("HAMBURG, March 3 - Nordbank- und Weserbank AG said its 1986 net profit rose to 47.7 "
            "mln marks from 42.2 mln.\n")
    owners = {lk.company for s in nlp(text)._.amounts for lk in s._.links}
    assert owners == {"Nordbank- und Weserbank AG"}, owners


def test_two_legal_names_joined_by_and_stay_two(nlp):
    text = ("SAN JOSE, Calif., March 3 - Kestrel Corp and U.K. Design Corp <UKDC> said Kestrel "
            "would issue 12 mln dlrs of its stock for U.K. Design.\n")
    owners = {lk.company for s in nlp(text)._.amounts for lk in s._.links}
    assert not any(" and " in o for o in owners), owners
