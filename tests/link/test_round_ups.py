"""Round-ups and syndicated copy: a credit opening the body ("(MENAFN- The Daily Ledger)")
and a paper whose research the story reports ("Daily Ledger findings", "a review by X")
are sources, never owners; an amount in parentheses after a name is that company's
("Moove ($66 million)"); a ticker tag in brackets ("[LON:ABC]") is no name; and what
"ten companies" or "a total of 150 startups" made is none of them alone. Texts written
for the tests."""

from __future__ import annotations

import pytest


def owners(nlp, text: str) -> list[list[str]]:
    return [[lk.company for lk in a._.links] for a in nlp(text)._.amounts]


def test_a_credit_opening_the_body_is_no_owner(nlp):
    text = ("Pulp maker expands\n\n(MENAFN- The Harbour Times) Tessaro Papel has opened a new "
            "mill.\n\nLast year, the company achieved a net profit of $0.5 billion.")
    assert "The Harbour Times" not in str(owners(nlp, text))


def test_a_paper_whose_findings_the_story_reports_is_no_owner(nlp):
    text = ("Banks lift profits\n\nListed lenders raised profits in the half, Daily Ledger "
            "findings have revealed.\n\nReviews by Daily Ledger across the sector showed "
            "higher revenue.\n\nProfit before tax in the region rose 12% to $176 million.")
    assert owners(nlp, text) == [[]]


@pytest.mark.parametrize(("amount", "owner"), [("$66 million", "Moove"), ("$33 million", "Lemfi")])
def test_an_amount_in_parentheses_after_a_name_is_its(nlp, amount, owner):
    text = ("Startups like Moove ($66 million) and Lemfi ($33 million) raised large rounds "
            "despite the funding decline.")
    doc = nlp(text)
    (span,) = [a for a in doc._.amounts if a.text == amount]
    assert [lk.company for lk in span._.links] == [owner]


def test_an_equivalent_in_parentheses_is_the_amount_s_not_a_name_s(nlp):
    found = owners(nlp, "Shell's profit was $7bn (£5bn) last year.")
    assert found and all(o == ["Shell"] for o in found)


def test_a_ticker_tag_in_brackets_names_no_company(nlp):
    text = "At 8:39am: [LON:KRX] Kestrel Robotics PLC share price was at 187p."
    assert owners(nlp, text) == [["Kestrel Robotics PLC"]]


@pytest.mark.parametrize("text", [
    "At least ten companies raked in a combined N2.5 trillion profit in the half, while "
    "Dangote Cement said costs rose.",
    "Orbit Pay said it was hiring. A total of 150 African fintech startups raised $1.55 "
    "billion in risk capital.",
    "Orbit Pay raised funds. Meanwhile, in Europe, 212 deals raised a total of $9.1 billion.",
    "Kestrel Oil profit falls\n\nKestrel Oil said profit fell. Bourse-listed companies "
    "reported an aggregate net profit of SAR 98 billion for the quarter.",
])  # fmt: skip
def test_what_many_companies_made_together_is_none_of_theirs(nlp, text):
    assert owners(nlp, text) == [[]]


@pytest.mark.parametrize("text", [
    "Carmakers land a plant\n\nOrbis Motors has an engine plant in the area.\n\nThe news website "
    "Valley.com reports that 57,000 residents work in the industry.\n\nThe joint venture will "
    "receive roughly $380 million in incentives from the state.",
    "Orbis Motors will buy Kestrel Bio, the Sendai Shimbun newspaper reported. The stock "
    "gained 0.5 percent to 5,700 yen.",
])  # fmt: skip
def test_a_paper_or_website_the_story_calls_one_is_no_owner(nlp, text):
    found = owners(nlp, text)
    assert found and not any(o and ("Valley.com" in o or "Sendai Shimbun" in o) for o in found)


def test_an_outlet_credited_after_its_report_is_no_owner(nlp):
    """ "..., reported Harbour Daily Courier.": the verb before the name credits a paper."""
    text = ("Kuwait awards road contracts\n\nKuwait has awarded tenders worth more than $40 "
            "million, including a bridge at a cost of $9 million, reported Harbour Daily "
            "Courier.\n\nThe board approved further works costing $14 million.")
    found = owners(nlp, text)
    assert len(found) == 3 and not any("Harbour Daily Courier" in o for o in found), found


@pytest.mark.parametrize("by", ["tracked by FactSet", "polled by Refinitiv"])
def test_a_data_house_gathering_forecasts_is_no_owner(nlp, by):
    """ "Analysts tracked by FactSet had expected ...": the forecast is the company's."""
    text = ("Orchard Software posts smaller loss\n\nOrchard Software reported a net loss of "
            f"$42 million in the quarter. Analysts {by} had expected revenue of $139 million.")
    assert owners(nlp, text) == [["Orchard Software"], ["Orchard Software"]]


def test_a_journalist_s_title_makes_a_person(nlp):
    text = ("City editor Roberta Pastor said that if the merger went ahead, it would be huge.\n\n"
            "\"The combination would generate revenues of around £8bn,\" she said.")
    assert owners(nlp, text) == [[]]


def test_a_company_s_board_of_directors_is_no_public_body(nlp):
    text = ("Volta Commercial Bank Limited (VCB) posted a net profit of GH¢37.6 million in 2008."
            "\n\nThe Board of Directors of the Bank has recommended a dividend of GH¢0.06 per "
            "share.\n\nCustomer deposits during the year surged from GH¢839.4 million to "
            "GH¢1,030.1 million.")
    found = owners(nlp, text)
    assert len(found) == 4 and all(o == ["Volta Commercial Bank Limited"] for o in found)


def test_a_company_borrowing_from_several_lenders_owns_the_loan(nlp):
    text = ("KESTREL RESOURCES HAS AGREEMENT ON CREDIT FACILITY\n\nVANCOUVER, British Columbia, "
            "March 4 - Kestrel Resources Corp said it reached agreement with five lenders "
            "providing for a 360 mln dlr credit facility.")
    assert owners(nlp, text) == [["Kestrel Resources Corp"]]
