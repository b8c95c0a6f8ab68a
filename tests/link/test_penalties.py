"""Who pays a fine, a penalty or a tax bill a public body imposes (FACTS.md ``company``:
the one that pays; ``pipeline/link/rules/penalties.py``). The gold stories that showed
the pattern (EU fines on Microsoft, the Yukos tax bill, Volkswagen's emission fines)
are not used here: the sentences below are written for the test in the same shapes,
with other companies, and the people and governments that must stay ownerless.
"""

from __future__ import annotations

from owned import links_of


def intel(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The links with Intel's name as one ("Intel", "Intel Corp": one company)."""
    return [("Intel" if c.startswith("Intel") else c, rule) for c, rule in links]

INTEL = (
    "EU FINES INTEL OVER CHIP REBATES\n\nIntel Corp, the world's biggest chipmaker, "
    "said on Monday it would appeal against the ruling.\n"
)


def test_the_object_a_bill_is_put_on_pays_it(nlp):
    text = (
        "Oil group Sibneft said on Tuesday it would sell assets. The Russian government "
        "put Sibneft's main refinery up for sale after hitting the company with a $3bn "
        "bill for back taxes and fines.\n"
    )
    assert links_of(nlp, text, "$3bn") == [("Sibneft", "penalty-payer")]


def test_a_penalty_shares_the_payer_of_a_fine_in_its_sentence(nlp):
    text = INTEL + (
        "On Monday the Commission announced a 1.06 billion euro fine against Intel and "
        "threatened new penalties of 2 million euros a day.\n"
    )
    assert intel(links_of(nlp, text, "2 million euros")) == [("Intel", "penalty-payer")]


def test_fines_in_a_story_on_a_company_are_its_own(nlp):
    text = INTEL + (
        "There is also the possibility of paying further fines of up to $2 billion "
        "because the US sets a maximum fine of $5,000 for each chip sold.\n"
    )
    assert intel(links_of(nlp, text, "$2 billion")) == [("Intel", "penalty-payer")]


def test_a_person_s_fine_is_nobody_s(nlp):
    text = INTEL + (
        "The US could also seek fines of up to $250,000 from John Smith, a former "
        "manager.\n"
    )
    assert ("Intel", "penalty-payer") not in intel(links_of(nlp, text, "$250,000"))


def test_a_fine_beside_another_company_stays_unowned(nlp):
    text = INTEL + (
        "Regulators also threatened penalties of up to $50 million on rival Advanced "
        "Micro Devices.\n"
    )
    assert ("Intel", "penalty-payer") not in intel(links_of(nlp, text, "$50 million"))


def test_money_that_is_no_penalty_is_left_alone(nlp):
    text = INTEL + "The government will spend $2 billion on new schools, the minister said.\n"
    assert links_of(nlp, text, "$2 billion") == []
