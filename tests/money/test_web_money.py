"""Money as today's web news writes it. Cents glued to a figure with a bare "c"
(pipeline/money/cents.py): money where the words around say price and the article has an
amount in a currency of cents, nothing elsewhere; a retired ISO code in a later story; a
code glued to its figure; a unit with no figure. Sentences written in the style of
Australian, South African and wire copy."""

from __future__ import annotations

from decimal import Decimal

import pytest

MONEY = [
    (
        "Qantas will pay a final dividend of 12.5c a share after profit rose to $1.1 billion.",
        "12.5c",
        "0.125",
        "USD",
    ),
    ("Its shares closed at A$4.12, down 9c.", "9c", "0.09", "AUD"),
    ("Fuel rose 4.5c per litre; diesel now costs NZ$2.10.", "4.5c", "0.045", "NZD"),
    # the cents of the amount before them, not of the one after
    ("Shoprite paid R3.20 a share, up 20c, while the $1 bond fell.", "20c", "0.2", "ZAR"),
]

NOT_MONEY = [
    # no price word around it
    ("The Psion Series 3c sold for $300 in 1993.", "3c"),
    ("Clause 5c of the $2 billion contract was disputed.", "5c"),
    # no amount in a currency of cents in the article
    ("The dividend was raised to 15c a share.", "15c"),
    ("Profit rose 10% to ¥40 billion, or 12c a share.", "12c"),
]


@pytest.mark.parametrize(("text", "span", "amount", "currency"), MONEY, ids=[m[0] for m in MONEY])
def test_glued_cents(both, text: str, span: str, amount: str, currency: str) -> None:
    assert (span, Decimal(amount), currency) in both(text)


@pytest.mark.parametrize(("text", "span"), NOT_MONEY, ids=[m[0] for m in NOT_MONEY])
def test_glued_c_not_money(both, text: str, span: str) -> None:
    assert span not in [a[0] for a in both(text)]


def test_a_retired_code_in_a_later_story_is_its_successor(nlp):
    """ "MXP" ended in 1992: a 2011 story's "MXP2.5bn" is in Mexican pesos of the day; an
    undated story and a code of no family (francs became euros) keep what they wrote."""
    from pipeline.nlp.fastpipe import pipe_docs

    text = "Pemex sold MXP2.5bn of notes; the FRF 10bn loan of 1990 was repaid."
    got = {}
    for day in ("2011-12-22", "", "1991-06-01"):
        (doc,) = pipe_docs(nlp, [text], dates=[day])
        got[day] = [s._.money.currency for s in doc._.amounts]
    assert got == {"2011-12-22": ["MXN", "FRF"], "": ["MXP", "FRF"], "1991-06-01": ["MXP", "FRF"]}


def test_a_code_glued_to_its_figure_is_found_alone(both):
    """The fast path parses an article whose only amount glues its code to the figure."""
    assert both("Acme raised USD5m from angel investors.") == [("USD5m", Decimal(5000000), "USD")]


def test_a_unit_with_no_figure_the_model_calls_money_needs_its_context(both):
    """ "billion dollar investments" is an adjective, whatever the model tags."""
    text = "Ford announced billion dollar investments in its Ohio plants."
    assert both(text) == []


WIRE_DEBT = (
    "Peru will pay 180 mln dlrs in interest this year instead of the 420 mln agreed. "
    "Payments in 1989 were cut to 300 mln from 900 mln, the ministry said.\n"
    "Copper output rose to 400 mln tonnes from 350 mln."
)


def test_a_money_sentence_leaves_its_currency_off_the_next_figures(both):
    """Wire copy names the currency once (pipeline/money/elliptic.py); a figure that
    counts something, or one in a sentence that names no money, stays no amount."""
    got = both(WIRE_DEBT)
    assert [(t, c) for t, _, c in got] == [
        ("180 mln dlrs", "USD"),
        ("420 mln", "USD"),
        ("300 mln", "USD"),
        ("900 mln", "USD"),
    ]


DOTTED = [  # a currency abbreviation written with its period, spaced or glued to the figure
    ("Tax revenue for 2016 is put at Rs.1380 billion.", "Rs.1380 billion", "1380000000000"),
    ("Net profit rose to Ksh. 5.3 Billion from KShs. 4 billion.", "Ksh. 5.3 Billion", "5300000000"),
    ("Its loss narrowed to Tk. 5 crore in the quarter.", "Tk. 5 crore", "50000000"),
]


@pytest.mark.parametrize(("text", "span", "amount"), DOTTED, ids=[d[1] for d in DOTTED])
def test_a_currency_abbreviation_with_its_period(both, text: str, span: str, amount: str):
    """ "Rs.1542 billion" (Sri Lankan press), "Ksh. 7.6 Billion" (Kenyan): the period of
    the abbreviation cuts neither the fast path's cue nor the amount."""
    assert span in [s for s, a, _ in both(text) if a == Decimal(amount)], both(text)


def test_swiss_francs_glued_to_their_figure(both):
    """ "Sfr629m" (Swiss and British pages): the franc's abbreviation glued to the figure
    is a cue for the fast path and the amount's currency."""
    got = both("Operating income fell 3.1% to Sfr629m; in 2009 it was SFr1.2bn.")
    assert [(t, c) for t, _, c in got] == [("Sfr629m", "CHF"), ("SFr1.2bn", "CHF")]


OMANI = [  # the Omani press's "RO" for the rial, glued to the figure or spaced
    ("Two new schools are to be built at a cost of RO18 million.", "RO18 million", "18000000"),
    ("The port expansion is valued at RO 46.5 million.", "RO 46.5 million", "46500000"),
]


@pytest.mark.parametrize(("text", "span", "amount"), OMANI, ids=["glued", "spaced"])
def test_the_omani_rial_written_ro(both, text: str, span: str, amount: str):
    got = both(text)
    assert (span, Decimal(amount), "OMR") in got, got


MINOR = [  # a currency's minor unit by its own name: 1/1000 rial, 1/100 cedi
    ("The board recommended a cash dividend of 250 baisa per share.", "250 baisa", "0.25", "OMR"),
    ("It will pay 120 baizas for each share.", "120 baizas", "0.12", "OMR"),
    ("Earnings per share rose to 21 pesewas.", "21 pesewas", "0.21", "GHS"),
]


@pytest.mark.parametrize(("text", "span", "amount", "code"), MINOR, ids=["baisa", "baizas",
                                                                        "pesewas"])
def test_a_minor_unit_by_its_own_name(both, text: str, span: str, amount: str, code: str):
    got = both(text)
    assert (span, Decimal(amount), code) in got, got


EAST = [  # the taka and the shilling as Bangladeshi and East African papers write them
    (  # tbsnews.net, "Quiet grows the Tk500cr profit makers' club"
        "Grameenphone was the first listed company to book over Tk500 crore annual profit.",
        "over Tk500 crore",
        "5000000000",
        "BDT",
    ),
    (  # nilepost.co.ug, 2020-10-21
        "Of the Uganda budget, Shs 1.2trillion has been allocated to the Ministry of Defence.",
        "Shs 1.2trillion",
        "1200000000000",
        "UGX",
    ),
    (  # kfm.co.ug, 2020-04-24
        "Uganda's Ministry of Works and Transport will take a lion's share of the budget, "
        "with at least Shs5.8 trillion.",
        "at least Shs5.8 trillion",
        "5800000000000",
        "UGX",
    ),
    ("Kenya Power will spend Shs.2 billion on new lines.", "Shs.2 billion", "2000000000", "KES"),
]


@pytest.mark.parametrize(("text", "span", "amount", "code"), EAST, ids=[e[1] for e in EAST])
def test_taka_and_shillings_glued_to_their_figure(both, text, span, amount, code):
    """ "Tk500 crore", "Shs5.8 trillion": glued prefixes; a bare shilling sign is the
    story's country's shilling (Uganda), else Kenya's."""
    got = both(text)
    assert (span, Decimal(amount), code) in got, got


ALLOTTED = (  # nilepost.co.ug, 2020-06-27, as written ("got 50 billion": no currency)
    "Parliament yesterday passed a Shs 1.087 trillion supplementary budget. The Office of "
    "the Prime Minister received Shs 45 billion, Ministry of Trade was given Shs 100 billion, "
    "Microfinance Support Centre got 50 billion and the Uganda Revenue Authority was "
    "allocated Shs 45.67 billion."
)


def test_a_figure_a_money_verb_allots_takes_the_storys_one_currency(both):
    """In a story whose amounts are all in one currency, a scaled figure that a money verb
    gives or receives is in that currency (pipeline/money/elliptic.py ``_allotted``)."""
    assert ("50 billion", Decimal("50000000000"), "UGX") in both(ALLOTTED)


@pytest.mark.parametrize(
    "text",
    [
        # no currency before it in the story
        "The ministry will get 50 billion under the plan, the minister said.",
        # two currencies before it: which one is anyone's guess
        "Acme earned $5 million and 3 million euros. Its rival received 4 billion in 2020.",
        # it counts something
        "Acme earned $5 million. Its app will get 2 billion downloads this year.",
    ],
)
def test_an_allotted_figure_stays_bare_without_one_currency(both, text):
    assert not [s for s, _, _ in both(text) if s.split()[0] in ("50", "4", "2")], both(text)
