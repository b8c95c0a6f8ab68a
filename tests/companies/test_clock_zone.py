"""A time zone after an hour is no word of the name after it: "by 1300 GMT Acme's shares"
(``pipeline/companies/bounds.py`` ``_clock_zone``); sentences written for the test."""

from __future__ import annotations

import pytest

from pipeline.companies.mentions import CompanyData, find_mentions
from pipeline.resources import MODELS_DIR


@pytest.fixture(scope="module")
def data():
    return CompanyData.from_dir(MODELS_DIR)


@pytest.mark.parametrize(
    "text",
    [
        "Brewer shares\n\nTraders shrugged, and by 1300 GMT Whitbread's shares in London "
        "were down a penny at 410p.",
        "Grocer slips\n\nBy 1400 GMT Sainsbury's shares were down 2p at 250p.",
    ],
    ids=["gmt-possessive", "gmt-opening"],
)
def test_a_time_zone_is_no_part_of_a_name(nlp, data, text):
    found = {m.name for m in find_mentions(nlp(text), data)}
    assert not any(name.startswith("GMT") for name in found), found
