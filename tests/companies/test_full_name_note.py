"""A wire's note of a company's full name ("Company's full name is ...", "NOTE: Full name
is ...") names the company the headline and the table call in short
(``pipeline/companies/full_name.py``). Briefs written for these tests."""

from __future__ import annotations

import pytest

TABLE = (
    "KESTREL GROUP NET UP 12 PCT IN NINE MONTHS\n\n"
    "TOKYO, Oct 19 - Nine months ended August 31\n"
    "    Group shr 48.20 yen vs 41.10 yen\n"
    "    Net 6.40 billion vs 5.70 billion\n"
    "    Company's full name is Kestrel Pharmaceutical Corp <KSTL.T>.\n"
    " REUTER\n"
)
DIVIDEND = (
    "U.S. GRANARIES <USGR> QUARTERLY DIVIDEND\n\n"
    "OMAHA, Neb., March 9 - Qtly dividend 6 cts\n"
    "    Pay May 29\n"
    "    Record April 14\n"
    "NOTE: full name is U.S. Granaries Corp.\n"
    " Reuter\n"
)


def _owners(nlp, text: str) -> dict[str, list[str]]:
    return {s.text: [lk.company for lk in s._.links] for s in nlp(text)._.amounts}


@pytest.mark.parametrize("figure", ["48.20 yen", "41.10 yen", "6.40 billion", "5.70 billion"])
def test_a_table_takes_the_noted_full_name(nlp, figure):
    assert _owners(nlp, TABLE)[figure] == ["Kestrel Pharmaceutical Corp"]


def test_a_note_gives_the_headlines_short_name_its_full_one(nlp):
    assert _owners(nlp, DIVIDEND)["6 cts"] == ["U.S. Granaries Corp."]


def test_the_noted_name_gives_its_sector(nlp):
    doc = nlp(TABLE)
    assert {s._.sector for s in doc._.amounts} == {"healthcare"}


def test_another_company_keeps_its_own_name(nlp):
    text = (
        "FIRST ALDER <FALD> SEES HIGHER NET\n\n"
        "CHICAGO, March 9 - First Alder said First Chicago Corp paid 12 mln dlrs for its "
        "unit.\n"
        "NOTE: Full name is First Alder Bancshares Inc.\n"
    )
    owners = _owners(nlp, text)["12 mln dlrs"]
    assert "First Chicago Corp" in owners and all("Chicago" not in o or o == "First Chicago Corp"
                                                   for o in owners), owners


def test_a_headlines_country_before_the_articles_name_is_no_part_of_it(nlp):
    text = (
        "Malaysia Kerisbank Q1 profit rises to 950 million ringgit\n\n"
        "KUALA LUMPUR, May 2 - Kerisbank Bhd, Malaysia's biggest bank, posted a record "
        "quarterly profit.\n\n"
        "At Kerisbank, net fee income rose 25 per cent to 507 million ringgit.\n"
    )
    owners = {o for s in nlp(text)._.amounts for o in (lk.company for lk in s._.links)}
    assert owners == {"Kerisbank Bhd"}, owners
