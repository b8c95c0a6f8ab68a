"""The story's country decides what a bare "dlrs", "francs", "crowns"... mean (FACTS.md
`currency`), and every fact says where its currency came from (currency_source).

Sentences are written for these tests in the style of wire and business news.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from functools import lru_cache

import pytest

from pipeline.money.local import SOURCES, LocalCurrencies
from pipeline.resources import MODELS_DIR
from pipeline.store import Store
from pipeline.types import Money


@lru_cache(maxsize=1)
def local() -> LocalCurrencies:
    return LocalCurrencies.load(MODELS_DIR / "money")


def amounts(nlp, text: str, day: str = "") -> list[tuple[str, str, str]]:
    """(amount text, currency, currency_source) of each amount, through the full pipeline."""
    from pipeline.nlp.fastpipe import pipe_docs

    doc = next(pipe_docs(nlp, [text], dates=[day]))
    return [(s.text, s._.money.currency, s._.currency_source) for s in doc._.amounts]


def currency_of(nlp, text: str, words: str, day: str = "") -> tuple[str, str]:
    for got, code, source in amounts(nlp, text, day):
        if words in got:
            return code, source
    raise AssertionError(f"no amount {words!r} in {amounts(nlp, text, day)}")


# ---------------------------------------------------------------- full pipeline

DATELINED = [
    (  # "rials" alone are Iran's; an Omani dateline makes them Oman's
        "MUSCAT, May 3 - Dhofar Cement said net profit rose to 6.2 million rials.",
        "6.2 million rials",
        "2011-05-03",
        "OMR",
    ),
    (  # Ghana's old cedi until July 2007, the new one after
        "ACCRA, May 3 - The state bank paid a dividend of 19.1 billion cedis.",
        "19.1 billion cedis",
        "2005-05-03",
        "GHC",
    ),
    (
        "ACCRA, May 3 - The state bank paid a dividend of 19.1 million cedis.",
        "19.1 million cedis",
        "2015-05-03",
        "GHS",
    ),
    (
        "TEHRAN, May 3 - The oil ministry said it would spend 900 billion rials.",
        "900 billion rials",
        "2011-05-03",
        "IRR",
    ),
    (
        "TORONTO, March 6 - Northgate Explorations Ltd said 1986 net profit rose to "
        "3,053,000 dlrs from 1,230,000 dlrs a year earlier.",
        "3,053,000 dlrs",
        "1987-03-06",
        "CAD",
    ),
    (
        "SYDNEY, March 9 - Coles Myer Ltd said it would spend 450 mln dlrs on new "
        "stores over the next three years.",
        "450 mln dlrs",
        "1987-03-09",
        "AUD",
    ),
    (
        "RIYADH, March 1 - The state petrochemical company will invest 2.3 billion "
        "riyals in a new plant at Jubail, officials said.",
        "2.3 billion riyals",
        "1987-03-01",
        "SAR",
    ),
    (
        "PARIS, March 2 - Thomson-CSF said it expected 1987 sales of about 32 billion "
        "francs, against 30.4 billion in 1986.",
        "32 billion francs",
        "1987-03-02",
        "FRF",
    ),
    (
        "ZURICH, March 19 - The bank said it would raise 250 mln francs through a "
        "rights issue to fund its expansion.",
        "250 mln francs",
        "1987-03-19",
        "CHF",
    ),
    (
        "MEXICO CITY, April 2 (Reuters) - Pemex will spend 45 billion pesos on "
        "exploration this year, its director said.",
        "45 billion pesos",
        "2019-04-02",
        "MXN",
    ),
    (
        "NEW DELHI, June 4 - The government approved a 12 billion rupee plan to "
        "expand the capital's power grid.",
        "12 billion rupee",
        "1987-06-04",
        "INR",
    ),
    (
        "MUMBAI, Jan 14 (Reuters) - The lender plans to raise 50 billion rupees through "
        "bonds before March.",
        "50 billion rupees",
        "2019-01-14",
        "INR",
    ),
    (
        "KARACHI, March 23 - The cement maker said it would invest 900 mln rupees in a "
        "second kiln.",
        "900 mln rupees",
        "1987-03-23",
        "PKR",
    ),
    (
        "STOCKHOLM, March 11 - Volvo said it would invest 3.5 billion crowns in its "
        "Gothenburg plant.",
        "3.5 billion crowns",
        "1987-03-11",
        "SEK",
    ),
    (
        "OSLO, March 11 - Norsk Hydro said it would spend 4 billion crowns developing "
        "the Oseberg field.",
        "4 billion crowns",
        "1987-03-11",
        "NOK",
    ),
    (
        "COPENHAGEN, March 11 - Novo Industri said pre-tax profit rose to 800 mln crowns in 1986.",
        "800 mln crowns",
        "1987-03-11",
        "DKK",
    ),
]


@pytest.mark.parametrize(("text", "words", "day", "code"), DATELINED, ids=lambda x: str(x)[:12])
def test_dateline_city_decides_a_bare_word(nlp, text, words, day, code):
    assert currency_of(nlp, text, words, day) == (code, "dateline")


def test_paris_francs_follow_the_date(nlp):
    text = "PARIS, March 2 - The group said it would invest 2 billion francs in the plant."
    assert currency_of(nlp, text, "2 billion francs", "1987-03-02") == ("FRF", "dateline")
    # an undated Paris story: the last franc France had (the euro is no franc)
    assert currency_of(nlp, text, "2 billion francs")[0] == "FRF"
    # a 2010 Paris story's "francs" are not French: the default stays
    assert currency_of(nlp, text, "2 billion francs", "2010-03-02") == ("CHF", "word")


def test_a_1987_mexican_peso_is_the_old_peso(nlp):
    # the peso was redenominated in 1993 (1,000 old pesos, MXP, to one new peso, MXN)
    text = "MEXICO CITY, April 2 - The state oil company will spend 1.5 trillion pesos."
    assert currency_of(nlp, text, "1.5 trillion pesos", "1987-04-02") == ("MXP", "dateline")


def test_a_bare_figure_takes_the_localized_currency(nlp):
    text = (
        "TORONTO, March 6 - Dome Mines Ltd said net profit rose to 20 mln dlrs "
        "from 16 mln a year earlier."
    )
    got = amounts(nlp, text, "1987-03-06")
    assert ("20 mln dlrs", "CAD", "dateline") in got
    assert ("16 mln", "CAD", "table") in got


def test_a_country_in_the_sentence(nlp):
    text = "The Saudi budget of 1.1 trillion riyals was approved by the cabinet on Sunday."
    assert currency_of(nlp, text, "riyals") == ("SAR", "country")
    text = "Oman's finance ministry said spending would rise to 2.9 billion riyals next year."
    assert currency_of(nlp, text, "riyals") == ("OMR", "country")
    text = "Norway's oil fund sold shares worth 12 billion crowns in the quarter."
    assert currency_of(nlp, text, "crowns") == ("NOK", "country")


def test_a_country_in_the_headline(nlp):
    text = (
        "Danish brewer lifts outlook\n\n"
        "Carlsberg said operating profit would reach 9 billion crowns this year."
    )
    assert currency_of(nlp, text, "crowns") == ("DKK", "country")


def test_a_country_the_story_names_anywhere(nlp):
    """ "Rs" in a story that names one rupee country, only outside the amount's sentence
    and headline (texts written for the test)."""
    text = (
        "Cement maker's profit falls\n\n"
        "The cement maker's net profit fell to Rs4.2 billion in the quarter. Its shares "
        "rose 2% on the Pakistan Stock Exchange."
    )
    assert currency_of(nlp, text, "Rs4.2 billion") == ("PKR", "story")
    text = (
        "Trade pact\n\nIndia and Pakistan agreed on Rs 500 crore of new trade. Lahore "
        "and Delhi traders welcomed it."
    )
    assert currency_of(nlp, text, "Rs 500 crore")[0] == "INR"  # two rupee countries


def test_a_local_papers_domain_gives_its_rupee(nlp):
    from pipeline.nlp.fastpipe import pipe_docs

    text = "Profit falls\n\nThe oil firm's net profit fell to Rs43 billion in the quarter."
    for url, code in (("https://example.com.pk/story/1", "PKR"), ("https://example.com/s", "INR")):
        (doc,) = pipe_docs(nlp, [text], dates=[""], urls=[url])
        assert [s._.money.currency for s in doc._.amounts] == [code]


def test_two_countries_of_a_family_decide_nothing(nlp):
    text = "Swedish and Norwegian banks set aside 5 billion crowns for bad loans."
    assert currency_of(nlp, text, "crowns") == ("SEK", "word")


def test_a_country_in_the_sentence_does_not_change_the_dollar(nlp):
    # international news writes "$" for US dollars whatever country it is about
    text = "The group bought Australian winemaker BRL Hardy for just over $1bn in 2003."
    assert currency_of(nlp, text, "$1bn") == ("USD", "symbol")


@pytest.mark.parametrize(
    ("text", "words", "code", "source"),
    [
        ("TORONTO, March 6 - The unit fetched 15 mln U.S. dlrs.", "U.S. dlrs", "USD", "word"),
        ("TORONTO, March 6 - The unit was sold for US$15 mln in cash.", "US$15", "USD", "symbol"),
        ("SYDNEY, March 9 - The mine fetched 40 mln Canadian dollars.", "Canadian", "CAD", "word"),
        ("SYDNEY, March 9 - The mine was sold for C$40 mln.", "C$40", "CAD", "symbol"),
        ("ZURICH, March 19 - The bank raised 200 mln French francs.", "French", "FRF", "word"),
        ("TORONTO, March 6 - The bond pays USD 300 mln at maturity.", "USD 300", "USD", "code"),
    ],
)
def test_explicit_forms_are_never_changed(nlp, text, words, code, source):
    assert currency_of(nlp, text, words, "1987-03-06") == (code, source)


def test_a_figure_the_story_names_in_us_dollars_is_us_dollars_bare_too(nlp):
    """A headline's bare "50 MLN DLRS" over a Hong Kong dateline is the body's "50 mln
    U.S. Dlrs" (wrapped at the initials), and so is the "from 40 mln" after it; the
    story's other bare dollars keep the dateline's (written for this test)."""
    text = (
        "HARBOUR LINES LIFTS NOTE ISSUE TO 50 MLN DLRS\n\n"
        "HONG KONG, April 3 - Harbour Lines Ltd said it lifted its note issue to 50 mln U.S.\n"
        "Dlrs from 40 mln after strong demand.\n"
        "    It earned 12 mln dlrs last year.\n"
    )
    got = {w: c for w, c, _ in amounts(nlp, text, "1987-04-03")}
    assert got == {"50 MLN DLRS": "USD", "50 mln U.S.\nDlrs": "USD", "40 mln": "USD",
                   "12 mln dlrs": "HKD"}  # fmt: skip


def test_a_london_dateline_leaves_the_dollar_alone(nlp):
    text = "LONDON, March 4 - BP said it would spend $5 billion on the North Sea field."
    assert currency_of(nlp, text, "$5 billion", "1987-03-04") == ("USD", "symbol")


def test_currency_source_values_through_analyse(nlp):
    from pipeline.facts import analyse
    from pipeline.types import Article

    text = (
        "OSLO, March 4 - Statoil said it would spend 3 billion crowns on the field "
        "and $200 mln on a pipeline."
    )
    (facts,) = analyse(nlp, [Article("t", "", text, published="1987-03-04")])
    assert isinstance(facts, list)
    got = {(f.amount_text, f.money.currency, f.currency_source) for f in facts}
    assert ("3 billion crowns", "NOK", "dateline") in got
    assert ("$200 mln", "USD", "symbol") in got
    assert all(f.currency_source in SOURCES for f in facts)


# ---------------------------------------------------------------- the resolver


def test_company_named_like_a_town_is_no_dateline():
    # Fresnillo is a Mexican city of 140,000 and a London-listed miner (gazetteer)
    story = local().story("Fresnillo (FRES.L) - Fresnillo said output rose 5 pct.\n")
    assert story.place == "" and story.dateline == ""
    story = local().story("Toyota (7203.T) - Toyota will spend $7 bln in Kentucky.\n")
    assert story.place == ""
    # in dateline position the city is a place
    story = local().story("FRESNILLO, Mexico, March 3 - The mine reopened.")
    assert story.dateline == "MX"


def test_cities_are_never_read_in_a_sentence():
    # only country names and demonyms are read outside the dateline
    assert local().countries("Fresnillo and Orange will pay 2 bln pesos, Toyota said") == set()
    assert local().countries("the Saudi budget, Kuwait's oil ministry") == {"SA", "KW"}


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("TORONTO, March 6 - x", "CA"),
        ("SYDNEY (Reuters) - x", "AU"),
        ("RIYADH, March 1 - x", "SA"),
        ("KUWAIT, March 3 - x", "KW"),  # a country as dateline
        ("BASLE, March 3 - x", "CH"),  # hand list: old spelling
        ("VANCOUVER, March 3 - x", "CA"),  # hand list: GeoNames has two
        ("STAMFORD, Conn., April 8 - x", "US"),
        # the state or province after the city decides (region_abbreviations.jsonl)
        ("MELBOURNE, Fla., March 26 - x", "US"),
        ("PERTH, Ont., March 26 - x", "CA"),
        ("VANCOUVER, Wash., March 3 - x", "US"),
        ("PORTLAND, Maine, March 3 - x", "US"),  # a state by name (places.jsonl, GeoNames)
        # a first-level region of any country (places.jsonl, ISO 3166-2 by pycountry)
        ("PERTH, Scotland, March 3 - x", "GB"),  # not Australia's Perth
        ("HYDERABAD, Sindh, March 3 - x", "PK"),  # not India's Hyderabad
        ("INDORE, Madhya Pradesh, March 3 - x", "IN"),
        ("MELBOURNE, March 26 - x", "AU"),
    ],
)
def test_dateline_places(text, territory):
    assert local().story(text).dateline == territory


@pytest.mark.parametrize(
    ("territory", "family", "when", "code"),
    [
        ("FR", "franc", date(1987, 3, 2), "FRF"),
        ("FR", "franc", date(2010, 1, 1), None),  # the euro is no franc
        ("FR", "franc", None, "FRF"),
        ("CA", "dollar", None, "CAD"),
        ("GB", "dollar", None, None),
        ("NO", "crown", date(1987, 1, 1), "NOK"),
        ("CZ", "crown", None, "CZK"),
        ("OM", "riyal", None, "OMR"),
        ("IE", "pound", date(1987, 1, 1), "IEP"),
        ("IE", "pound", date(2010, 1, 1), None),
        ("PK", "rupee", None, "PKR"),
    ],
)
def test_currency_of_a_territory_in_a_family(territory, family, when, code):
    assert local().currency(territory, family, when) == code


def test_localize_unit():
    lc = local()
    toronto = lc.story("TORONTO, March 6 - x", "1987-03-06")
    usd = Money(amount=5, currency="USD")  # type: ignore[arg-type]
    assert lc.localize("5 mln dlrs", usd, toronto, "")[0].currency == "CAD"
    assert lc.localize("5 mln U.S. dlrs", usd, toronto, "") == (usd, "")
    assert lc.localize("US$5 mln", usd, toronto, "") == (usd, "")
    gbp = Money(amount=5, currency="GBP")  # type: ignore[arg-type]
    assert lc.localize("5 mln British pounds", gbp, toronto, "British") == (gbp, "")
    none = lc.story("Shares rose.\n\nThe company said.")
    sar = Money(amount=5, currency="SAR")  # type: ignore[arg-type]
    assert lc.localize("5 bln riyals", sar, none, "Qatar's budget")[0].currency == "QAR"
    assert lc.localize("5 bln riyals", sar, none, "the budget") == (sar, "")


# ---------------------------------------------------------------- the store


def test_older_database_gets_currency_source(tmp_path):
    db = tmp_path / "old.sqlite"
    Store(db).close()
    con = sqlite3.connect(db)
    con.execute("DROP VIEW fact_report")
    con.execute("ALTER TABLE facts DROP COLUMN currency_source")
    con.execute("CREATE VIEW fact_report AS SELECT f.id AS fact_id FROM facts f")
    con.commit()
    con.close()
    Store(db).close()
    con = sqlite3.connect(db)
    facts_cols = {r[1] for r in con.execute("PRAGMA table_info(facts)")}
    view_cols = {r[1] for r in con.execute("PRAGMA table_info(fact_report)")}
    con.close()
    assert "currency_source" in facts_cols and "currency_source" in view_cols


def test_places_file_is_current():
    import subprocess
    import sys

    script = MODELS_DIR.parent / "scripts" / "build_places.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


NAIRA = [
    ("Nigeria's Senate passes N9.12 trillion budget into law.", "N9.12 trillion", "country"),
    # real news: saharareporters.com 2019-04-30, thenews-chronicle.com 2025-02-13
    (
        "The Nigerian Senate has passed a sum of N8.916 trillion as the budget for the 2019"
        " fiscal year.",
        "N8.916 trillion",
        "country",
    ),
    (
        "The Nigerian Senate, Thursday, passed the N54.9 trillion 2025 budget into law.",
        "N54.9 trillion",
        "country",
    ),
    (
        "ABUJA, March 3 (Reuters) - The Senate passed a N9.12 trillion budget on Tuesday.",
        "N9.12 trillion",
        "dateline",
    ),
    ("The Nigerian government will spend N500bn on roads.", "N500bn", "country"),
]


@pytest.mark.parametrize(("text", "words", "source"), NAIRA, ids=[n[0] for n in NAIRA])
def test_country_naira(nlp, text: str, words: str, source: str) -> None:
    """Nigerian press writes the naira 'N9.12 trillion': NGN in a Nigerian story only."""
    assert currency_of(nlp, text, words) == ("NGN", source)


# a figure written as money ("N1.91", "N200.03") needs no scale; real news:
# hispanicbusiness.com 2014-08-30 ("Nigeria : NIGERIAN equities erode ..."), vanguardngr.com
# 2011-04 ("Companies' financials buoy share value by N97bn", about the Nigerian Stock Exchange)
NAIRA_PRICES = [
    (
        "Nigeria : Forte Oil. Basic earnings per share rose by 48% to N1.91 from N1.29.",
        [("N1.91", "NGN"), ("N1.29", "NGN")],
    ),
    (
        "On the Nigerian Stock Exchange, Guinness Nigeria Plc gained N13.53 or 7.26 per cent"
        " to close at N200.03 per share.",
        [("N13.53", "NGN"), ("N200.03", "NGN")],
    ),
]


@pytest.mark.parametrize(("text", "want"), NAIRA_PRICES, ids=["eps", "share-price"])
def test_country_naira_prices(nlp, text: str, want: list[tuple[str, str]]) -> None:
    assert [(got, code) for got, code, _ in amounts(nlp, text)] == want


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria ordered N95 masks for its hospitals.",  # no scale: a product name
        "Its N2.5 engine is built in Bremen.",  # a figure written so, in no Nigerian story
    ],
)
def test_country_naira_not_money(nlp, text: str) -> None:
    assert amounts(nlp, text) == []


# Dow Jones copy writes the yen "Y6,060" (web BG: a WSJ story of 2023 on Blackstone and
# Infocom): a capital Y glued before a figure written as money is JPY in a Japanese story
YEN_PRICES = [
    (
        "Blackstone to Buy E-Comic Provider in Its Biggest Private-Equity Deal in Japan\n\n"
        "Blackstone entities would spend 141.39 billion yen ($896.4 million), or Y6,060 a "
        "share, to acquire a 42% stake from shareholders, it said.",
        [("141.39 billion yen", "JPY"), ("Y6,060", "JPY")],
    ),
    (
        "Infocom is a unit of Teijin, a chemical company in Japan. Teijin's 31.76 million "
        "shares would be worth Y134.38 billion at the buyback price of Y4,231 apiece.",
        [("Y134.38 billion", "JPY"), ("Y4,231", "JPY")],
    ),
]


@pytest.mark.parametrize(("text", "want"), YEN_PRICES, ids=["per-share", "worth"])
def test_country_yen_letter(nlp, text: str, want: list[tuple[str, str]]) -> None:
    assert [(got, code) for got, code, _ in amounts(nlp, text)] == want


@pytest.mark.parametrize(
    "text",
    [
        "The Y2 model was launched in Tokyo.",  # no money written: a product name
        "LONDON - The group sold Y6,060 units.",  # no Japanese story: the letter says nothing
    ],
)
def test_country_yen_letter_not_money(nlp, text: str) -> None:
    assert amounts(nlp, text) == []


def test_dollars_under_a_us_state_dateline_stay_us_dollars(nlp):
    # reut2-004 (outside the gold sets) writes "BIRMINGHAM, Ala."; Melbourne is Australia's
    doc = nlp("MELBOURNE, Fla., March 12 - Acme Corp said net profit was 622,000 dlrs.")
    assert [a._.money.currency for a in doc._.amounts] == ["USD"]
    doc = nlp("MELBOURNE, March 12 - Acme Ltd said net profit was 622,000 dlrs.")
    assert [a._.money.currency for a in doc._.amounts] == ["AUD"]


# reut2-018 #18093 (in no gold set): the sentence says which dollar before its bare "dlrs"
ALCAN = """ALCAN CUTS COST OF SMELTER

    MONTREAL, June 18 - Alcan Aluminium Ltd said the estimated total cost of the
planned smelter will be held to 450 mln U.S. dlrs, while the cost of the first
phase was cut to 150 mln dlrs from the projected 175 mln dlrs.
    It said a second plant will cost 300 mln dlrs.
 Reuter
"""


def test_a_sentence_that_names_its_dollar_beats_the_dateline(nlp):
    got = {s.text.replace("\n", " "): s._.money.currency for s in nlp(ALCAN)._.amounts}
    assert got["450 mln U.S. dlrs"] == "USD"
    assert got["150 mln dlrs"] == "USD" and got["175 mln dlrs"] == "USD"
    # another sentence: the story opened on a named dollar and keeps writing it bare
    assert got["300 mln dlrs"] == "USD"


def test_a_story_opening_on_a_bare_dollar_keeps_the_dateline_s(nlp):
    text = ALCAN.replace("450 mln U.S. dlrs", "450 mln dlrs")
    text = text.replace("300 mln dlrs", "300 mln U.S. dlrs")
    text = text.replace(" Reuter", "    The plant's 1986 profit was 20 mln dlrs.\n Reuter")
    got = {s.text.replace("\n", " "): s._.money.currency for s in nlp(text)._.amounts}
    assert got["450 mln dlrs"] == "CAD" and got["300 mln U.S. dlrs"] == "USD"
    assert got["20 mln dlrs"] == "CAD"


# reut2-005 #5092 (in no gold set): a Canadian company that reports in U.S. dollars says so
# once, on its first amount; the story's later bare "dlrs" are the same dollar
VARITY = """VARITY <VAT> EXPECTS 4TH QTR, FULL-YEAR LOSS

TORONTO, March 13 - Varity Corp, formerly Massey-Ferguson
Ltd, said it expected to report on March 25 a loss for the
fourth quarter and full-year ended January 31.
    Varity posted a net profit of 3.9 mln U.S. dlrs for the
previous fiscal year ended January 31, 1986 and a 3.3 mln dlr
net profit for the previous fourth quarter. Its net loss for
the nine months ended October 31 totaled 4.7 mln dlrs after a
19.7 mln dlr third quarter loss tied to strikes and plant
shutdowns at its British and French operations.
 Reuter
"""


def test_a_story_opening_on_a_named_dollar_keeps_it(nlp):
    got = {s.text.replace("\n", " "): s._.money.currency for s in nlp(VARITY)._.amounts}
    assert got == {
        "3.9 mln U.S. dlrs": "USD",
        "3.3 mln dlr": "USD",
        "4.7 mln dlrs": "USD",
        "19.7 mln dlr": "USD",
    }


def test_a_per_share_figure_after_a_us_dollar_amount_is_no_equivalent(nlp):
    text = "TORONTO, March 3 - Acme Ltd said it earned 50.2 mln U.S. dlrs, or 1.20 dlrs a share."
    got = [(s.text, s._.money.currency, len(s._.equivalents)) for s in nlp(text)._.amounts]
    assert got == [("50.2 mln U.S. dlrs", "USD", 0), ("1.20 dlrs", "USD", 0)]


def test_a_title_case_dateline_is_read(nlp):
    # reut2-008, -012 and -013 (in no gold set) write "Toronto, March 23 -" besides
    # "TORONTO, March 23 -"
    for place in ("Toronto", "TORONTO"):
        text = f"{place}, March 23 - Acme Ltd said its net profit was 2,422,000 dlrs."
        assert [a._.money.currency for a in nlp(text)._.amounts] == ["CAD"]
    text = "New York, March 23 - Acme Corp said its net profit was 2,422,000 dlrs."
    assert [a._.money.currency for a in nlp(text)._.amounts] == ["USD"]


def test_a_story_naming_two_dollars_leaves_its_bare_ones_to_the_dateline(nlp):
    # reut2-012 #12730 (in no gold set), shortened: a US figure first, then the local one
    text = (
        "HONG KONG, April 3 - Japanese banks must meet a requirement on assets (14 billion"
        " U.S. dlrs). Their assets were 980.5 billion H.K. dlrs at end-1986. Japanese banks"
        " had only 54.4 billion dlrs in deposits at end-1986."
    )
    got = {s.text: s._.money.currency for s in nlp(text)._.amounts}
    assert got["54.4 billion dlrs"] == "HKD"


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        # "Rs" is written for every rupee: the dateline or the named country decides
        ("KARACHI: Indus Motors said its profit rose to Rs12.4 billion in the year.",
         "Rs12.4 billion", "PKR"),
        ("COLOMBO: Hayleys said its sales rose to Rs 85 billion last year.",
         "Rs 85 billion", "LKR"),
        ("Nepal's Himal Cement earned Rs 40 crore in the year, the company said.",
         "Rs 40 crore", "NPR"),
        # with no country, or in India, the rupee of India
        ("MUMBAI: Infosys said its profit rose to Rs 6,000 crore.", "Rs 6,000 crore", "INR"),
        ("The company said its profit rose to Rs 600 crore.", "Rs 600 crore", "INR"),
    ],
)
def test_rs_takes_the_story_rupee(nlp, text, words, code):
    assert currency_of(nlp, text, words)[0] == code


def test_capital_p_before_a_scaled_figure_is_the_philippine_peso(nlp):
    text = (
        "MANILA: Harbor Land Corp said its net income rose to P4.2 billion in the first half "
        "from P3.9 billion a year earlier."
    )
    assert currency_of(nlp, text, "P4.2 billion")[0] == "PHP"
    assert currency_of(nlp, text, "P3.9 billion")[0] == "PHP"


@pytest.mark.parametrize(
    "text",
    [
        # not a Philippine story: a glued capital P is no currency anywhere else
        "LONDON: Harbor Land said the deal was worth P4.2 billion to its partners.",
        # a Philippine story's model name with no scale word is no amount
        "MANILA: Harbor Phones said its P30 handset sold well in the Philippines.",
    ],
)
def test_capital_p_elsewhere_is_no_amount(nlp, text):
    # a LONDON dateline puts the story where no currency is written "P"
    assert [a for a in amounts(nlp, text) if a[0].startswith("P")] == []


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        # no country named, no dateline: only the Philippines writes "P" before a scaled figure
        ("Harbor Land Corp. saw a net income of P812.4 million, up from P700 million.",
         "P812.4 million", "PHP"),  # fmt: skip
        ("The Senate passed a N9.12 trillion budget on Tuesday.", "N9.12 trillion", "NGN"),
        ("Four lenders made N2.7tn in the half", "N2.7tn", "NGN"),
    ],
)
def test_a_sign_only_one_currency_writes_before_a_scaled_figure(nlp, text, words, code):
    assert currency_of(nlp, text, words) == (code, "symbol")


def test_the_sign_before_a_bare_figure_stays_unread(nlp):
    assert amounts(nlp, "Harbor Land Corp. paid P20 a share to its holders.") == []


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Harbor Gold said the offer was worth $A13.85 a share.", "$A13.85", "AUD"),
        ("Harbor Gold is valued at $A41b by the market.", "$A41b", "AUD"),
        ("Harbor Dairy earned $NZ1.2bn last year.", "$NZ1.2bn", "NZD"),
        ("Acme posted a profit of Kes12.3B in the half.", "Kes12.3B", "KES"),
        ("Acme paid a dividend of Kes 2.25 per share.", "Kes 2.25", "KES"),
        ("Its stock closed at Rmb4.62 on Friday after it raised Rmb9.4bn.", "Rmb9.4bn", "CNY"),
    ],
)
def test_press_forms_of_a_currency_glued_to_a_figure(nlp, text, words, code):
    assert currency_of(nlp, text, words)[0] == code


def test_pence_after_a_figure_stay_pence(nlp):
    assert currency_of(nlp, "MANILA: Shares in Harbor Land rose 50p in London.", "50p")[0] == "GBP"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("KUALA LUMPUR (Nov 19): Harbour Bhd declared a dividend of two sen a share.", "MYR"),
        ("KUALA LUMPUR: Harbour Bhd shares rose 5 sen to RM2.10.", "MYR"),
        ("TOKYO - Harbour Corp shares rose 50 sen.", "JPY"),
    ],
)
def test_sen_takes_the_story_currency(nlp, text, code):
    got = [a for a in amounts(nlp, text) if "sen" in a[0]]
    assert got and got[0][1] == code


def test_a_vietnamese_dateline_and_dong(nlp):
    """Viet Nam News writes its capital with diacritics and the dong "VNĐ" (text written
    for the test)."""
    text = (
        "Vinaco aims for higher revenue\n\n"
        "HÀ NỘI — Vietnamese conglomerate Vinaco aims for net revenue of about VNĐ120 "
        "trillion (US$5.2 billion) this year."
    )
    doc = nlp(text)
    (span,) = [s for s in doc._.amounts if "VNĐ" in s.text]
    assert (span._.money.currency, span._.money.amount) == ("VND", 120e12)
    assert [lk.company for lk in span._.links] != ["HÀ NỘI"]


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Calgary, Alberta--(Newsfile Corp. - May 2, 2024) - Harbor Bio Inc. closed a "
            "placement of units at $0.15 per unit.",
            "$0.15",
            "CAD",
        ),
        (
            "TORONTO, March 5, 2025 /CNW/ - Harbor Corp. reported revenue of $55.2 million.",
            "$55.2 million",
            "CAD",
        ),
        (
            "SYDNEY, May 2, 2024 /PRNewswire/ -- Harbor Mining Ltd said its revenue was "
            "$88 million.",
            "$88 million",
            "AUD",
        ),
        (
            "CAMBRIDGE, Mass.--(BUSINESS WIRE)--Harbor Bio agreed to be bought for $5.00 a share.",
            "$5.00",
            "USD",
        ),
    ],
    ids=["newsfile-province", "cnw-city", "prnewswire-city", "business-wire-state"],
)
def test_a_press_release_dateline_gives_the_story_s_dollar(nlp, text, words, code):
    assert currency_of(nlp, text, words) == (code, "dateline")


def test_a_press_release_dateline_place_is_no_company(nlp):
    doc = nlp("CAMBRIDGE, Mass.--(BUSINESS WIRE)--Harbor Bio said its revenue was $12 million.")
    assert [[lk.company for lk in a._.links] for a in doc._.amounts] == [["Harbor Bio"]]


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("https://www.theglobeandmail.com/business/article-x/", {"CA"}),
        ("http://m.scmp.com/business/article/1", {"HK"}),
        ("https://tribune.com.pk/story/1", {"PK"}),
        ("https://www.bbc.co.uk/news/business-1", {"GB"}),
        ("https://www.example.com/news/1", set()),
        ("https://notafr.com/x", set()),  # a domain that only ends like a known one
        ("https://www.wkrn.tv/news/business/1", set()),  # a TV station, not Tuvalu
        ("https://launch.io/blog/funding", set()),
        ("https://www.abc.net.au/news/1", {"AU"}),
        ("https://trademag.com/ca/news/layoffs-1", {"CA"}),  # a national edition's folder
        ("https://trademag.com/news/ca", set()),  # only the first folder names an edition
        # an archive or a mirror: the original address in the path decides
        ("https://web.archive.org/web/20190101000000/https://www.smh.com.au/business/1", {"AU"}),
        ("http://archive.example/web/2019/http:/www.nzherald.co.nz/business/1", {"NZ"}),
        ("https://mirror.example.net/www.theglobeandmail.com/business/1", {"CA"}),
        ("https://www.example.com/news/www-of-money.html", set()),
        ("https://www.example.com/login.php?url=/www.smh.com.au/x", set()),
    ],
)
def test_a_story_s_web_address_names_its_country(url, country):
    assert local().url_territories(url) == frozenset(country)


def test_a_known_publisher_s_bare_dollar_is_its_country_s(nlp):
    from pipeline.nlp.fastpipe import pipe_docs

    text = "Harbor Gold Corp will buy rival Kestrel Mining Corp. for $412.5-million."
    doc = next(pipe_docs(nlp, [text], dates=[""], urls=["https://www.theglobeandmail.com/x"]))
    assert [a._.money.currency for a in doc._.amounts] == ["CAD"]


def test_one_cent_of_a_table_takes_the_datelines_dollar(nlp):
    text = (
        "LAKESHORE GOLD <LKG.TO> 2ND QTR NET\n\n"
        "TORONTO, June 1 - Oper shr loss three cts vs loss one ct\n"
        "    Oper net loss 1,796,000 vs loss 381,000\n"
    )
    got = {(words, code) for words, code, _source in amounts(nlp, text, "1987-06-01")}
    assert got == {("three cts", "CAD"), ("one ct", "CAD"), ("1,796,000", "CAD"),
                   ("381,000", "CAD")}, got
