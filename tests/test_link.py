"""The newsfacts_linker component on sentences written for these tests (none from the seeds)."""

from __future__ import annotations

import pytest

from pipeline.link import Link


def _amount(doc, text):
    for span in doc._.amounts:
        if text in span.text:
            return span
    raise AssertionError(f"no amount {text!r} in {[s.text for s in doc._.amounts]}")


def _companies(nlp, sentence, amount):
    return [link.company for link in _amount(nlp(sentence), amount)._.links]


LINK_CASES = [
    # (sentence, amount words, expected companies, rule of the first link)
    (
        "Honda will invest $5 billion in a new assembly plant in Ohio.",
        "$5 billion",
        ["Honda"],
        "subject-of-verb",
    ),
    (
        "Ford plans to spend $2 billion on a battery factory in Kentucky.",
        "$2 billion",
        ["Ford"],
        "subject-of-verb",
    ),
    (
        "Sony and Nikon will spend $2 billion to build a chip factory.",
        "$2 billion",
        ["Sony", "Nikon"],
        "subject-of-verb",
    ),
    (
        "Siemens's $3 billion commitment underscores its confidence in rail.",
        "$3 billion",
        ["Siemens"],
        "possessive",
    ),
    (
        "The state of Texas will spend $4 billion on highways in partnership with Fluor.",
        "$4 billion",
        ["Fluor"],
        "partner",
    ),
    (
        "Pfizer agreed to buy Seagen for $43 billion in cash.",
        "$43 billion",
        ["Pfizer"],
        "subject-of-verb",
    ),
    (
        "Nokia posted a net loss of $200 million in the third quarter.",
        "$200 million",
        ["Nokia"],
        "subject-of-verb",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "amount", "companies", "rule"), LINK_CASES, ids=[c[0][:40] for c in LINK_CASES]
)
def test_link_subject_possessive_partner(nlp, sentence, amount, companies, rule):
    links = _amount(nlp(sentence), amount)._.links
    assert [link.company for link in links] == companies
    assert links[0].rule == rule
    assert all(isinstance(link, Link) and link.path for link in links)


@pytest.mark.parametrize(
    "sentence",
    ["Sequoia Capital led a $120 million funding round in Canva."],
    ids=["round-in"],
)
def test_link_deal_lead_and_target(nlp, sentence):
    links = _amount(nlp(sentence), "$120 million")._.links
    assert [link.company for link in links][:1] == ["Sequoia Capital"]
    assert "Canva" in [link.company for link in links]
    assert any(link.rule == "deal-target" for link in links)


@pytest.mark.parametrize(
    ("text", "amount", "companies"),
    [
        (
            "Hitachi Announces Plans to Invest $2 Billion in Power Grid Business\n\nBody text.",
            "$2 Billion",
            ["Hitachi"],
        ),
        (
            "Canon, Ricoh to Spend $3 Billion on Printer Plants\n\nBody text.",
            "$3 Billion",
            ["Canon", "Ricoh"],
        ),
    ],
    ids=["one-subject", "two-subjects"],
)
def test_link_headline(nlp, text, amount, companies):
    links = _amount(nlp(text), amount)._.links
    assert [link.company for link in links] == companies
    assert {link.rule for link in links} == {"headline"}


@pytest.mark.parametrize(
    ("text", "amount", "company"),
    [
        (
            "Hitachi reported a record year. It will spend $800 million on transformer plants.",
            "$800 million",
            "Hitachi",
        ),
        (
            "Unilever opened a new office. The company will invest $300 million in Vietnam.",
            "$300 million",
            "Unilever",
        ),
    ],
    ids=["it", "the-company"],
)
def test_link_coref_pronoun(nlp, text, amount, company):
    links = _amount(nlp(text), amount)._.links
    assert [link.company for link in links] == [company]
    assert links[0].rule == "coref-pronoun"


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        (
            "The German government will provide $9 billion in subsidies for chip plants.",
            "$9 billion",
        ),
        ("Canada will invest $6 billion in new ports.", "$6 billion"),
        ("France's $2 billion fund will back start-ups.", "$2 billion"),
        ("The government said it would spend $1 billion on schools.", "$1 billion"),
    ],
    ids=["government", "country", "country-possessive", "pronoun-for-government"],
)
def test_link_government_is_not_company(nlp, sentence, amount):
    assert _amount(nlp(sentence), amount)._.links == []


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        (
            "The global market for industrial robots is expected to reach $75 billion.",
            "$75 billion",
        ),
        ("Analysts at Barclays said the market for drones could reach $40 billion.", "$40 billion"),
    ],
    ids=["market-size", "market-size-with-org-nearby"],
)
def test_link_market_size_has_no_company(nlp, sentence, amount):
    assert _amount(nlp(sentence), amount)._.links == []


@pytest.mark.parametrize(
    ("sentence", "amount", "kind"),
    [
        ("Honda will invest $5 billion in a new plant.", "$5 billion", "investment"),
        ("Canva raised $200 million from investors.", "$200 million", "funding"),
        ("Pfizer agreed to buy Seagen for $43 billion.", "$43 billion", "deal"),
        ("Acme Robotics Inc was valued at $65 billion.", "$65 billion", "valuation"),
        ("Nokia posted a net loss of $200 million.", "$200 million", "financials"),
        ("Nokia earned 1.25 dlrs a share in the quarter.", "1.25 dlrs", "financials"),
        ("The painting is expected to fetch $5 million.", "$5 million", "other"),
    ],
    ids=["investment", "funding", "deal", "valuation", "financials", "per-share", "other"],
)
def test_link_kind_triggers(nlp, sentence, amount, kind):
    assert _amount(nlp(sentence), amount)._.kind == kind


@pytest.mark.parametrize(
    ("sentence", "amount", "year"),
    [
        ("Ford plans to invest $1 billion in battery production by 2027.", "$1 billion", 2027),
        ("Honda will spend $2 billion on the plant, which opens in 2028.", "$2 billion", 2028),
        ("Honda will spend $2 billion on the plant.", "$2 billion", None),
    ],
    ids=["by", "in", "none"],
)
def test_link_target_year(nlp, sentence, amount, year):
    assert _amount(nlp(sentence), amount)._.target_year == year


@pytest.mark.parametrize(
    "sentence",
    ["Honda will invest $5 billion in a new plant, while Ford will spend $1 billion on software."],
    ids=["two-amounts"],
)
def test_link_each_amount_its_own_subject(nlp, sentence):
    doc = nlp(sentence)
    assert [link.company for link in _amount(doc, "$5 billion")._.links] == ["Honda"]
    assert [link.company for link in _amount(doc, "$1 billion")._.links] == ["Ford"]
