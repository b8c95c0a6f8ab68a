"""The article's company as owner of money its sentence gives no owner (``article-focus``,
``coref-pronoun``): datelines, a person-tagged lead, a story about public money.

Texts are Reuters stories from reut2-011/013 (in no gold set) as the ingester writes
them, and short stories written for these tests.
"""

from __future__ import annotations

import pytest
from owned import links_of

AMES = (  # reut2-011 #11262
    "AMES <ADD> FINDS INVENTORY SHORTAGE\n\nROCKY HILL, Conn., March 31 - Ames Department "
    "Stores Inc\nsaid its year-end audit has revealed an extraordinary inventory\nshortage "
    "at its Secaucus, N.J., distribution center and an\ninvestigation is in progress.\n"
    "    The company said it expects to report earnings for the year\nended January 31 in "
    "about two weeks and estimates that net\nincome will be 27 to 29 mln dlrs, or 72 to 77 "
    "cts per share,\ndown from earnings of 40.4 mln dlrs or 1.19 dlrs per share\nearned the "
    "previous year.\n Reuter"
)
BANK_NOTES = (  # reut2-013 #13071
    "BANK OF NEW ENGLAND <BKNE> SELLS CAPITAL NOTES\n\nNEW YORK, April 3 - Bank of New "
    "England Corp is offering\n200 mln dlrs of subordinated capital notes due 1999 yielding"
    "\n8.86 pct, said lead manager Morgan Stanley and Co Inc.\n Reuter"
)
HOGS = (  # reut2-013 #13716: the place opening the story is no company's
    "PEORIA HOGS OPEN UP 2.00 DLRS - PRIVATE SOURCES\n\nPeoria, April 7 - Hog prices "
    "advanced 2.00 dlrs at the\nopening, private sources said. Top seen at 52.00 dlrs per "
    "cwt.\n Reuter"
)




@pytest.mark.parametrize(
    ("text", "amount", "owner"),
    [
        (AMES, "27 to 29 mln dlrs", "ames"),
        (AMES, "1.19 dlrs", "ames"),
        (BANK_NOTES, "200 mln dlrs", "bank of new england"),
    ],
)
def test_dateline_place_is_no_government(nlp, text, amount, owner):
    """ "ROCKY HILL, Conn., March 31 - Ames Department Stores Inc said": the parser's
    subject is the place; the company after it owns what "it", "the company" tell of."""
    links = links_of(nlp, text, amount)
    assert [company.lower() for company, _ in links] and all(
        company.lower().startswith(owner) for company, _ in links
    ), links


def test_dateline_place_before_market_prices_gives_no_owner(nlp):
    """ "Peoria, April 7 - Hog prices advanced": no company follows the place, so it
    still keeps the headline's words from owning the market's prices."""
    for amount in ("2.00 dlrs", "52.00 dlrs"):
        assert all(rule != "article-focus" for _, rule in links_of(nlp, HOGS, amount))


@pytest.mark.parametrize(
    ("text", "amount", "company"),
    [
        (
            "David Jones Holdings cuts jobs\n\nDavid Jones Holdings said on Monday it would "
            "close four stores.\n\nThe closures are expected to save about A$40 million a year.",
            "A$40 million",
            "David Jones Holdings",
        ),
        (
            "John Laing Group wins contract\n\nJohn Laing Group said it had won a contract to "
            "build a hospital.\n\nThe work is worth about £90 million.",
            "£90 million",
            "John Laing Group",
        ),
    ],
)
def test_person_tagged_lead_with_company_word(nlp, text, amount, company):
    """NER tags "David Jones Holdings" a person; its company word says otherwise."""
    assert links_of(nlp, text, amount) == [(company, "article-focus")]


@pytest.mark.parametrize(
    ("text", "amount", "companies"),
    [
        # the company's name with and without its legal form
        (
            "Government backs Holden plant\n\nThe federal government will provide Holden Ltd "
            "with A$30 million in assistance, the industry minister said on Monday.\n\n"
            "From the package, A$20 million will be spent on the design of a new engine.",
            "A$20 million",
            ["Holden Ltd"],  # one company, one name: the fullest form
        ),
        # the company first, then the story tells of public money: no owner
        (
            "Kestrel Motors to build plant\n\nKestrel Motors said it would invest $2 billion "
            "in a plant in Ohio.\n\nThe Ohio government will spend $300 million on roads to "
            "the site. Another $150 million will go to training schools.",
            "$150 million",
            [],
        ),
        # public money, then the company's own: the story has turned back to it
        (
            "Kestrel Motors to build Ohio plant\n\nThe Ohio government will spend $50 million "
            "on roads in the region. Kestrel Motors said it would invest $2 billion in a plant "
            "there.\n\nAbout $150 million of that will go to the paint shop.",
            "$150 million",
            ["Kestrel Motors"],
        ),
        # the company's own amount opens the story: ownerless money before the public
        # money is still the company's
        (
            "Kestrel Motors lifts payout\n\nKestrel Motors said its net profit rose to "
            "$420 million in the year. Investors will receive $1.10 a share, up from 90 cents."
            "\n\nThe Treasury, with a 20 per cent stake, will earn about $60 million.",
            "$1.10",
            ["Kestrel Motors"],
        ),
    ],
    ids=[
        "company-named-with-legal-form", "public-after-company", "company-after-public",
        "company-before-public",
    ],
)
def test_public_money_story_turns(nlp, text, amount, companies):
    links = links_of(nlp, text, amount)
    assert [company for company, _ in links] == companies
    assert all(rule == "article-focus" for _, rule in links)


def test_producer_is_no_company(nlp):
    """ "producer Jon Thoday": NER's person with a title is no company in focus."""
    text = (  # BBC entertainment 003 (in no gold set), shortened
        "Wonderful Life musical planned\n\nFrank Capra's 1946 movie It's a Wonderful Life "
        "is being turned into a £7m musical by producer Jon Thoday.\n\nThe show is expected "
        "to cost £2m a year to run."
    )
    assert links_of(nlp, text, "£2m") == []


@pytest.mark.parametrize("holders", ["Minority shareholders of the firm", "The investors"])
def test_shareholders_taking_a_payout_leave_it_the_company_s(nlp, holders):
    text = (
        "Kestrel Motors lifts payout\n\nKestrel Motors said its net profit rose to "
        f"$420 million in the year.\n\n{holders} will share $35 million."
    )
    assert [company for company, _ in links_of(nlp, text, "$35 million")] == ["Kestrel Motors"]


def test_shareholders_paid_a_dividend_leave_it_the_company_s(nlp):
    """Web news AN's airline results ("Investors will be paid a final dividend of 5.5
    cents a share"): the passive of "pay" is its owners receiving the payout."""
    text = (
        "Kestrel Air profit soars\n\nKestrel Air has reported a big lift in profit.\n\n"
        "Shareholders will be paid a final dividend of 7 cents a share."
    )
    assert [company for company, _ in links_of(nlp, text, "7 cents")] == ["Kestrel Air"]


def test_a_title_case_headline_s_move_verb_is_no_part_of_the_name(nlp):
    # the headline names the company without its legal form, the body with it; the
    # Board of Directors acts for the company, no public body
    text = (
        "Kestrel Biotech Surges but Orbitel Plummets After-Hours\n\n"
        "The Federal Reserve began a two-day meeting on interest rates.\n\n"
        "Shares of Kestrel Biotech Inc. rose 3% to $96.10 after the company reported net "
        "income of $1.2 billion. Excluding items, net income climbed to $2.15 per diluted share "
        "from $1.80.\n\nMoreover, the Board of Directors has declared a cash dividend of $0.41 "
        "per share."
    )
    for amount in ("$2.15", "$0.41"):
        companies = [company for company, _ in links_of(nlp, text, amount)]
        assert len(companies) == 1 and companies[0].startswith("Kestrel Biotech"), amount
