"""Kinds as FACTS.md's table defines them, read by pipeline/link/kinds.py from the
words governing the amount. Every sentence is real news from articles outside the gold
sets (BBC business 2004-05, Reuters-21578 1987), one row per rule the module names."""

import pytest

from pipeline.link.kinds import KindWords
from pipeline.resources import MODELS_DIR

_TABLE = (
    "NATIONAL FSI INC <NFSI> 4TH QTR LOSS\n\nDALLAS, March 3 - Shr loss six cts vs profit 19 "
    "cts\n    Net loss 166,000 vs profit 580,000\n    Revs 3,772,000 vs 5,545,000\n    Year\n"
    "    Shr loss 13 cts vs profit 52 cts\n    Net loss 391,000 vs profit 1,425,000\n"
    "    Revs 15.4 mln vs 16.6 mln\n"
)

CASES = [
    # (source, sentence, amount as written, kind)
    ("bbc/entertainment/053", "Boogeyman, which focuses on a man who returns to his childhood "
     "home to confront his traumatic past, took $19.5m (£14.9m) in three days.", "$19.5m",
     "financials"),  # what a film took: its sales
    ("bbc/entertainment/076", "Comedy Fat Albert - co-written by Bill Cosby - entered the chart "
     "in second place after opening on Christmas Day, taking $12.7m (£6.6m).", "$12.7m",
     "financials"),
    ("bbc/entertainment/037", "The first Pirates of the Caribbean film took $305m (£162m) at the "
     "box office in the US alone.", "$305m", "financials"),
    ("invented", "The new games console will go on sale for $199 in April.", "$199",
     "other"),  # a product's price, no sale of a business
    ("bbc/business/060", "Last month Marsh agreed to pay $850m (£415m) to settle a lawsuit filed "
     "by Mr Spitzer.", "$850m", "other"),  # what the payment is for decides
    ("bbc/business/188", "Qwest, meanwhile, had to pay the Securities and Exchange Commission "
     "$250m in October to settle charges that it massaged earnings.", "$250m", "other"),
    ("invented", "The long-haul fuel surcharge was raised from £6 to £10 a flight.", "£10",
     "other"),  # what a verb of change changes decides
    ("invented", "Northern Bank said it would spend $2.1bn to buy a regional lender in Poland.",
     "$2.1bn", "deal"),
    ("after bbc/business/411", "The country doubled the likely cost of rebuilding from the Asian "
     "tsunami to $4.5bn.", "$4.5bn", "investment"),
    ("bbc/business/042", "In early trade on Thursday, its shares were down 10% at 119 pence.",
     "119 pence", "other"),  # a share price: the subject of the verb says so
    ("bbc/business/198", "Cairn's shares closed up 64 pence, or 6%, at 1130p on Thursday.",
     "1130p", "other"),
    ("bbc/business/048", "The firm gained protection from creditors in 2003 after revealing "
     "debts of 14bn euros.", "14bn euros", "other"),  # debt outside results
    ("bbc/business/400", "Monsanto fined $1.5m for bribery", "$1.5m", "other"),
    ("bbc/business/103", "The latest layoffs will take the total number of jobs to go at the "
     "firm to 5,500 and are expected to lead to annual savings of more than $375m.",
     "$375m", "other"),
    ("bbc/business/278", "SBC and AT&T said estimated cost savings of at least $2bn from 2008 "
     "were a main driver for the merger.", "$2bn", "other"),
    ("reut2-001", "Colombia, the only major latin american country not to have rescheduled its "
     "external public debt, has a total foreign debt of 13.6 billion dlrs.",
     "13.6 billion dlrs", "other"),
    ("reut2-001", _TABLE, "15.4 mln", "financials"),  # the lines of a results table
    ("reut2-001", _TABLE, "16.6 mln", "financials"),
    ("reut2-001", _TABLE, "52 cts", "financials"),
    ("reut2-001", "A 350 mln dlr commercial loan signed in Tokyo in December was followed in "
     "the first week of February with a 300 mln dlr loan from the World Bank.",
     "350 mln dlr", "funding"),  # a loan taken
]


def _kind(nlp, sentence: str, written: str) -> str:
    doc = nlp(sentence)
    spans = [s for s in doc._.amounts if written in s.text]
    assert spans, f"no amount {written!r} in {[s.text for s in doc._.amounts]}"
    return spans[0]._.kind


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_kind_of_real_sentences(nlp, source, sentence, written, kind):
    assert _kind(nlp, sentence, written) == kind


def test_kind_words_are_facts_kinds_and_unique():
    words = KindWords.from_file(MODELS_DIR / "kinds.jsonl")
    assert set(words.triggers.values()) == {
        "investment", "funding", "deal", "valuation", "financials", "other"
    }
    assert "facility" in words.defer and words.triggers["loan"] == "funding"


def test_deferring_noun_takes_its_modifier_kind(nlp):
    """ "a loan facility" is funding though "facility" alone reads as a plant."""
    assert _kind(nlp, "Acme arranged a 300 mln stg loan facility with banks.",
                 "300 mln stg") == "funding"
    assert _kind(nlp, "Acme will build a $300 million facility in Ohio.",
                 "$300 million") == "investment"


def test_goods_bought_or_sold_are_no_deal(nlp):
    assert _kind(nlp, "The shop is selling the shirts at $20.", "$20") == "other"
    assert _kind(nlp, "Acme agreed to sell its steel unit for $2 billion.",
                 "$2 billion") == "deal"


@pytest.mark.parametrize(
    ("sentence", "written", "kind"),
    [
        # an asset sold to a company is a deal, goods sold to people are not
        ("Acme Properties agreed to sell its office tower to Beta Capital for $680 million.",
         "$680 million", "deal"),
        ("Acme paid $9 billion for Yugansk, the oil unit.", "$9 billion", "deal"),
        ("The steel unit fetched $2 billion at auction.", "$2 billion", "deal"),
        ("The government has set aside $3 billion for new roads.", "$3 billion", "investment"),
        ("Acme said it will record an after-tax gain of about 45 mln dlrs on the sale.",
         "45 mln dlrs", "financials"),
    ],
)
def test_kind_rules_beyond_the_trigger_word(nlp, sentence, written, kind):
    assert _kind(nlp, sentence, written) == kind


def test_offering_shares_is_funding_and_offering_a_price_for_a_company_is_a_deal(nlp):
    assert _kind(nlp, "Acme Corp is offering 2.5 mln shares at 12 dlrs a share.",
                 "12 dlrs") == "funding"
    assert _kind(nlp, "Acme Corp is offering 31 dlrs a share for Beta Inc.",
                 "31 dlrs") == "deal"


def test_a_word_with_a_part_of_speech_counts_only_as_that_part(nlp):
    """kinds.jsonl's "budget/VERB" and "project/NOUN": the tag is kept as written."""
    words = KindWords.from_file(MODELS_DIR / "kinds.jsonl")
    assert words.triggers["budget/VERB"] == "investment"
    assert words.triggers["project/NOUN"] == "investment"
    assert _kind(nlp, "Net profit for the year is projected at $47 million.",
                 "$47 million") == "financials"
