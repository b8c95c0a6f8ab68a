"""Where a company's name ends (``pipeline/companies/bounds.py``): at a dash with a space on
each side (news briefs write "Acme Holdings PLC - Leeds-based lender - Records ...";
"Hewlett-Packard" keeps its unspaced hyphen), and before an officer's title NER ran into it
("Acme CEO Jane Roe"). Sentences written for the test."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.companies.bounds import cut_verb
from pipeline.companies.mentions import CompanyData, find_mentions
from pipeline.companies.titled_people import cut_titled_person
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



@pytest.mark.parametrize(
    ("words", "end"),  # end: where NER's name ended
    [
        (["Kestrel", "CEO", "Jane", "Roe", "said"], 2),
        (["Orbitel", "Chairman", "John", "Doe", "said"], 2),
        (["Kestrel", "Chief", "Executive", "said"], 3),
    ],
)
def test_an_officer_s_title_ends_the_name(data, words, end):
    # as NER sometimes tags it: the company and the title as one name ("Apple CEO")
    doc = Doc(spacy.blank("en").vocab, words=words)
    assert cut_verb(doc, 0, end, data) == 1  # the name is the company's word alone


@pytest.mark.parametrize(
    "words", [["New", "Home", "Secretary"], ["Finance", "Minister"], ["Defence", "Secretary"]]
)
def test_a_name_ending_in_a_public_office_is_no_name(data, words):
    doc = Doc(spacy.blank("en").vocab, words=[*words, "said"])
    assert cut_verb(doc, 0, len(words), data) == 0


def test_a_lower_case_title_keeps_the_name(data):
    words = ["Harbor", "Finance", "director", "Jane", "Roe"]
    assert cut_verb(Doc(spacy.blank("en").vocab, words=words), 0, 3, data) == 3


def test_a_possessive_ends_a_name_ner_ran_into_its_amount(nlp):
    # the curly apostrophe of web copy: NER takes "Embraer’s R$12.5 billion" for one name
    doc = nlp("Embraer’s R$12.5 billion bid for Kestrel, the biggest deal this year, failed.")
    assert [[lk.company for lk in a._.links] for a in doc._.amounts][0][0] == "Embraer"


@pytest.mark.parametrize(
    "text",
    [
        "Banks drove the rise, adding 31 percent or N2.45 trillion to the N7.2 trillion total.",
        "The lender's revenue grew to N503.6billion in the half.",
    ],
)
def test_an_amount_ner_took_for_a_name_is_no_name(nlp, data, text):
    found = {m.name for m in find_mentions(nlp(text), data)}
    assert not any(any(ch.isdigit() for ch in n) for n in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harbour Bank Q3 profit up 9% on fee income\n\nThe lender's net profit rose to "
         "SAR1.2 billion.", "Harbour Bank"),
        ("Kestrel Systems FY23 revenue beats forecasts\n\nThe company said revenue rose to "
         "$2 billion.", "Kestrel Systems"),
    ],
    ids=["quarter", "fiscal-year"],
)
def test_a_results_period_after_the_name_is_not_in_it(nlp, data, text, name):
    """ "Harbour Bank Q1 profit up 6%": a headline's results period ends the name."""
    found = {m.name for m in find_mentions(nlp(text), data)}
    assert name in found and not any(n.startswith(name + " ") for n in found), found


def test_a_results_period_leaves_the_owner_s_name_in_every_path(nlp):
    """A headline's subject read by the headline rules keeps no period tag either."""
    text = (
        "Kestrel Systems Q3 net profit up 7%; declares Rs 6 interim dividend\n\n"
        "Kestrel Systems on Friday posted a 6.8 per cent rise in net profit to Rs 1,120 "
        "crore in the third quarter.\n"
    )
    owners = {lk.company for s in nlp(text)._.amounts for lk in s._.links}
    assert owners == {"Kestrel Systems"}, owners


@pytest.mark.parametrize(
    "headline",
    ["Harrow Power Half Year Earnings Fall To KSh 2.1 Bn",
     "Harrow Power Full-Year Profit Rises To KSh 2.1 Bn",
     "Harrow Power First Quarter Profit Jumps To KSh 2.1 Bn"],
    ids=["half-year", "full-year", "first-quarter"],
)
def test_a_spelled_out_results_period_ends_the_headline_name(nlp, headline):
    """ "X Half Year Earnings": the period's first word is no part of the name."""
    text = f"{headline}\n\nHarrow Power said its profit reached KSh 2.1 billion.\n"
    owners = {lk.company for s in nlp(text)._.amounts for lk in s._.links}
    assert owners == {"Harrow Power"}, owners


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anglo-Australian BHP plans to spend US$2 billion on a new mine in Western Australia.",
         "BHP"),
        ("Anglo-Dutch Unilever said sales rose to 10 billion euros.", "Unilever"),
    ],
    ids=["anglo-australian", "anglo-dutch"],
)
def test_a_hyphenated_nationality_is_no_part_of_the_name(nlp, text, name):
    """ "Anglo-Australian BHP": what the company is, then its name."""
    owners = {lk.company for s in nlp(text)._.amounts for lk in s._.links}
    assert owners == {name}, owners


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kestrel Cement followed closely with revenue of N80.4 billion in the half.",
         "Kestrel Cement"),
        ("Harbour Valley Biopharma priced its shares at HK$12, raising HK$90 million on Monday.",
         "Harbour Valley Biopharma"),
        # plain words closed by a trade word are a name too
        ("Results\n\nCredit Bank’s profits grew by 12 percent to Sh4.4 billion in the half.",
         "Credit Bank"),
        # a legal suffix after the head word closes the name, not the head word
        ("SYRACUSE, N.Y., March 3 - Lakeside Bank System Inc said it agreed to acquire "
         "Nichols Savings Bank for 2,800,000 dlrs in common stock.", "Lakeside Bank System Inc"),
    ],
    ids=["cement", "biopharma", "plain-words", "suffix-after-head"],
)
def test_capitalized_words_closed_by_a_trade_are_a_name(nlp, text, name):
    """ "Dangote Cement followed with revenue of ...": a name NER missed, closed by a word
    company names end with (``name_head``)."""
    owners = {lk.company for s in nlp(text)._.amounts for lk in s._.links}
    assert name in owners, owners


def test_a_currency_code_before_its_figure_is_no_name(nlp, data):
    """ "eyes IDR 382 trillion": the amount's own code is never its owner."""
    doc = nlp("The Mines Ministry eyes IDR 95 trillion of smelter investments in coming years.")
    assert not [m.name for m in find_mentions(doc, data) if m.name.isupper()]
    owners = {lk.company for s in doc._.amounts for lk in s._.links}
    assert "IDR" not in owners, owners


@pytest.mark.parametrize("verb", ["Will Buy", "Buys", "To Buy"])
def test_a_title_case_headline_verb_ends_a_trade_word_name(nlp, verb):
    """ "Harbour Energy Will Buy Delta Oil": the buyer and the target, not one name."""
    text = (f"Harbour Energy {verb} Rival Delta Oil; Deal Worth $410 Million\n\n"
            "Harbour Energy said it would pay $410 million.")
    owners = {lk.company for s in nlp(text)._.amounts for lk in s._.links}
    assert "Harbour Energy" in owners and not any(verb in o for o in owners), owners


@pytest.mark.parametrize("state", ["Soaring", "Ailing", "Beleaguered"])
def test_a_headline_s_word_for_the_company_s_state_is_no_part_of_its_name(nlp, state):
    text = (f"{state} Kestrel Air profit tops $200m\n\n"
            "Kestrel Air said net profit rose to $200 million.")
    owners = {lk.company for s in nlp(text)._.amounts for lk in s._.links}
    assert owners == {"Kestrel Air"}, owners


def test_a_capitals_name_after_what_it_is_is_a_company(nlp, data):
    """ "as paint firm LUXA recorded ...": a name NER missed, said to be a firm, that acts;
    not a company's document or meeting ("the company AGM" is no subject here)."""
    from pipeline.companies.names import described_mentions

    doc = nlp("Other listed firms also published results, as paint firm LUXA recorded a 40% "
              "jump in profit for the year.")
    assert [m.name for m in described_mentions(doc, data, set())] == ["LUXA"]
    doc = nlp("Shareholders approved the plan at the company AGM in May.")
    assert described_mentions(doc, data, set()) == []


@pytest.mark.parametrize("headline", ["Higher Fees Lift KTB Earnings to Sh4.1 bn",
                                      "Stronger Sales Lift Kestrel Trust Bank Profit to Sh4.1 bn"])
def test_a_headline_comparison_is_no_owner(nlp, headline):
    """ "Higher Income Pushes X's Profit": a comparative opens the headline, no name."""
    text = (f"{headline}\n\nKestrel Trust Bank (KTB) posted a net profit of Sh4.1 billion "
            "for the year.")
    owners = {lk.company for s in nlp(text)._.amounts for lk in s._.links}
    assert not owners & {"Higher", "Stronger"}, owners


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # Global Times, 2024 (web AM)
            "The 2023 revenue of Poly Developments and Holdings Group Co stood at 347.15 "
            "billion yuan.",
            "Poly Developments and Holdings Group Co",
        ),
        ("Profit at Gulf Investments rose to AED 120 million.", "Gulf Investments"),
        ("Sales at Kestrel Acquisitions Corp rose to $50 million.", "Kestrel Acquisitions Corp"),
    ],
    ids=["developments", "investments", "acquisitions"],
)
def test_a_kind_noun_s_plural_is_no_headline_verb(nlp, text, name):
    """ "Investments", "Developments": a noun's plural, not a headline verb that ends the
    name (bounds.py cut_verb; kind_verbs.py NOUN_ENDINGS)."""
    owners = {lk.company for s in nlp(text)._.amounts for lk in s._.links}
    assert name in owners, owners


def test_letters_glued_to_a_figure_are_no_name(nlp, data):
    """ "at N15.50 ($0.02) per share" (billionaires.africa, web AL): the naira figure the
    amount finder leaves unread is no company for the dollars in brackets; "A380" stays."""
    assert not data.is_company_name("N15.50") and not data.is_company_name("Tk1,000.50")
    assert data.is_company_name("A380", plain_words=False)
    doc = nlp("The bank will list 8.97 billion shares at N15.50 ($0.02) per share.")
    assert not [lk for s in doc._.amounts for lk in s._.links if lk.company == "N15.50"]


def test_lower_case_words_ner_called_an_organization_are_no_name(nlp, data):
    """ "The Gurugram-based foodtech company had closed $62 million" (web AL): NER's
    organization is a descriptor in lower case; the company is the story's."""
    doc = nlp(
        "Zomato raises money\n\nZomato Ltd has raised $102 million. The Gurugram-based "
        "foodtech company had closed $62 million from Temasek Holdings earlier."
    )
    assert "foodtech" not in {m.name for m in find_mentions(doc, data)}


def test_an_officer_after_title_of_company_is_cut_from_its_name(nlp, data):
    """Wikinews (CC BY 2.5, 2015): NER reads "Volkswagen Martin Winterkorn" as one name
    after "Chief Executive of"; the article writes Volkswagen alone elsewhere, so the
    company ends before the person. A name the article never writes shorter stays whole."""
    text = (
        "Volkswagen engulfed by diesel emissions scandal\n"
        "Chief Executive of Volkswagen Martin Winterkorn issued on Sunday a public apology "
        "and announced an outside inquiry would be carried out."
    )
    doc = nlp(text)
    names = {m.name for m in find_mentions(doc, data)}
    assert "Volkswagen" in names and not any("Winterkorn" in n for n in names), names
    ent = next(e for e in doc.ents if "Winterkorn" in e.text)
    assert cut_titled_person(doc, ent.start, ent.end) == ent.end - 2
    doc = nlp("Chief Executive of Volkswagen Martin Winterkorn issued a public apology.")
    ent = next(e for e in doc.ents if "Winterkorn" in e.text)
    assert cut_titled_person(doc, ent.start, ent.end) == ent.end  # no "Volkswagen" alone
