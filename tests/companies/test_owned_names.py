"""A name that owns what only a company has is a company, whatever NER called it
(``pipeline/companies/owned_names.py``). The club's text is BBC business 224.txt, in
no gold set (the "224.txt" of BBC tech part B is the tech folder's); the texts that
must stay out are written for the test."""

from __future__ import annotations

import pytest

from pipeline.companies.mentions import CompanyData, find_mentions
from pipeline.resources import MODELS_DIR


@pytest.fixture(scope="module")
def data():
    return CompanyData.from_dir(MODELS_DIR)


def names(nlp, data, text: str) -> set[str]:
    return {m.name for m in find_mentions(nlp(text), data)}


# BBC business 224.txt: the small model calls the club a person throughout
UNITED = (
    "Man Utd to open books to Glazer\n\n"
    "Manchester United's board has agreed to give US tycoon Malcolm Glazer access to its "
    "books.\n\nManchester United shares closed at 270.25p on Friday, down 3.75p on the day.\n"
)


def test_a_name_with_a_board_and_shares_is_a_company(nlp, data):
    assert "Manchester United" in names(nlp, data, UNITED)


def test_a_person_with_a_bid_and_shares_is_no_company(nlp, data):
    text = (
        "Tycoon sells stake\n\nMalcolm Glazer's bid was rejected. Malcolm Glazer sold "
        "his shares at 270.25p on Friday, his spokesman said.\n"
    )
    assert "Malcolm Glazer" not in names(nlp, data, text)


def test_a_place_s_shares_are_its_market_s(nlp, data):
    text = "Markets rally\n\nHong Kong shares closed at a record on Friday, dealers said.\n"
    assert "Hong Kong" not in names(nlp, data, text)


def test_a_camel_case_name_the_model_tags_a_verb_is_still_a_name(nlp, data):
    # the small model tags some camel-case names of web news a verb ("is buying DirecTV"):
    # the tags are set by hand here, so the test does not hang on the model's mood
    from spacy.tokens import Doc

    from pipeline.companies.mentions import loose_mention

    words = ["Acme", "is", "buying", "ZenPay", "for", "$", "2", "billion", "."]
    pos = ["PROPN", "AUX", "VERB", "VERB", "ADP", "SYM", "NUM", "NUM", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, pos=pos)
    found = loose_mention(doc[3], data)
    assert found is not None and found.name == "ZenPay"
    doc = Doc(nlp.vocab, words=[w if w != "ZenPay" else "zenpay" for w in words], pos=pos)
    assert loose_mention(doc[3], data) is None


def test_a_name_set_beside_a_company_noun_or_whose_shares_are_held_is_a_company(nlp, data):
    """Texts written for the test: the model may call such a name a place or a person."""
    text = (
        "Shares in Orvanne, the Lebanese company founded by a former minister, fell 15% "
        "in Beirut. Orvanne posted profits of $12.5m in the first half."
    )
    assert "Orvanne" in names(nlp, data, text)


def test_people_are_no_companies(nlp):
    doc = nlp("Shareholders lost about $180bn when the company collapsed.")
    (span,) = doc._.amounts
    assert [lk.company for lk in span._.links] != ["Shareholders"]


def test_a_person_described_by_a_trade_stays_a_person(nlp, data):
    text = (
        "Hog farmers pay more\n\nMarvin Tollefson, a pork producer from Iowa and chairman of "
        "the growers' board, said over 2.2 mln dlrs was collected in January."
    )
    assert "Marvin Tollefson" not in names(nlp, data, text)


def test_a_name_set_beside_what_it_is_opens_its_sentence(nlp, data):
    """A name the model misses (its entities cleared here), set beside a company noun,
    opening its sentence (text written for the test)."""
    from pipeline.companies.names import described_mentions

    doc = nlp(
        "Results season\n\nCoralmart, a leading supermarket chain, reported a 12 per cent "
        "fall in net profit to $1.1 billion."
    )
    doc.ents = []
    assert [m.name for m in described_mentions(doc, data, set())] == ["Coralmart"]
