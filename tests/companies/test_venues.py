"""Where shares trade is no company of the story, and a ticker's codes are no names
(``pipeline/companies/venues.py``); a name that "surges 8%" is a listed company
(``pipeline/companies/names.py``). Texts written for the tests."""

from __future__ import annotations

from pipeline.companies.mentions import Mention
from pipeline.companies.venues import in_ticker, is_venue


def test_an_exchange_after_on_or_at_is_a_venue(nlp):
    doc = nlp("Its shares closed at 4.10 on the Accra Stock Exchange, up 8% on BSE.")
    spans = {"Accra Stock Exchange": None, "BSE": None}
    for name in spans:
        start = next(t.i for t in doc if doc[t.i : t.i + len(name.split())].text == name)
        spans[name] = Mention(start, start + len(name.split()), name, "ORG")
    assert all(is_venue(doc, m) for m in spans.values())
    acting = nlp("The London Stock Exchange rejected the bid.")
    assert not is_venue(acting, Mention(1, 4, "London Stock Exchange", "ORG"))


def test_the_codes_inside_a_ticker_are_no_names(nlp):
    doc = nlp("Kestrel Bhd (KL:KESTREL) posted a profit.")
    code = next(t.i for t in doc if t.text == "KESTREL")
    assert in_ticker(doc, Mention(code, code + 1, "KESTREL", "ORG"))
    assert not in_ticker(doc, Mention(0, 2, "Kestrel Bhd", "ORG"))


def test_the_story_is_about_the_company_not_the_exchange(nlp):
    text = (
        "Orbis Pumps surges 8% on strong Q3 results\n\n"
        "The stock hit a new high of Rs 576, up 8% on BSE, after the company reported a "
        "net profit of Rs 167 million for the quarter.\n"
    )
    doc = nlp(text)
    owners = {s.text: [lk.company for lk in s._.links] for s in doc._.amounts}
    assert owners["Rs 167 million"] == ["Orbis Pumps"]


def test_an_exchange_tag_in_square_brackets_is_no_name(nlp):
    doc = nlp("KESTREL CO.,LTD. <6999> [TSE Std] announced its results after the close.")
    tag = next(t.i for t in doc if t.text == "TSE")
    assert in_ticker(doc, Mention(tag, tag + 2, "TSE Std", "ORG"))
    assert not in_ticker(doc, Mention(0, 1, "KESTREL", "ORG"))
