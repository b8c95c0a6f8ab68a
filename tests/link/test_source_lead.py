"""A company the article names only as the source of its figures is no article focus
(pipeline/link/focus_lead.py ``only_source``). Stories written for the tests."""

from __future__ import annotations

import pytest


def _owners(nlp, text: str) -> list[list[str]]:
    return [[lk.company for lk in s._.links] for s in nlp(text)._.amounts]


def test_a_data_provider_named_as_the_source_owns_no_total(nlp):
    text = (
        "German takeovers abroad hit a record\n\n"
        "German companies spent more abroad this year than in any year before, S&P Global "
        "data released on Monday showed.\n\n"
        "Outbound deals by German firms reached $52.3 billion so far this year, the data "
        "showed."
    )
    assert _owners(nlp, text) == [[]]


def test_a_company_named_as_itself_stays_the_focus(nlp):
    text = (
        "Dealogic expands in Asia\n\n"
        "Dealogic, the data provider, said it would open offices in Tokyo.\n\n"
        "The expansion will cost $12 million over two years."
    )
    assert _owners(nlp, text) == [["Dealogic"]]


def test_the_exchange_a_filing_went_to_is_no_owner(nlp):
    text = (
        "Orbitel profit rises\n\n"
        "Orbitel Networks posted a net profit of Rs 95 crore in the quarter. The company had "
        "reported a net profit of Rs 40 crore a year earlier, a BSE filing showed.\n\n"
        "The company's total income rose to Rs 2,140 crore."
    )
    assert _owners(nlp, text) == [["Orbitel Networks"]] * 3


@pytest.mark.parametrize("agency", ["Alliance News", "Yonhap", "Bernama", "Press Trust of India"])
def test_a_wire_agency_crediting_the_story_is_no_company_of_it(nlp, agency):
    from pipeline.link.context import DocContext

    doc = nlp(f"Tesco will open twenty new stores in London, {agency} reported on Monday.")
    linker = nlp.get_pipe("newsfacts_linker")
    ctx = DocContext(
        doc, linker.companies, sector_hits=[], cue_verbs=frozenset(), cue_nouns=frozenset()
    )
    names = {m.name for m in ctx.mentions}
    assert agency not in names and "Tesco" in names, names


REPORTED = [  # a paper that reports what another did ("Daily Trust reports that ...")
    (  # legit.ng, 2023 (web AM)
        "MTN posts profit\n\nDaily Trust reports that the telecoms giant stated in its report "
        "to the Nigerian Exchange Limited that it recorded a profit after tax of N101.303 "
        "billion for the period.",
        "Daily Trust",
    ),
    (  # web AA's Ghanaian story, its money written for the test
        "Ghana, Egypt trade\n\nThe Graphic reports that the Ghana Shippers' Authority spent "
        "GH¢5 million on a trade mission to Cairo.",
        "The Graphic",
    ),
    (  # the Bangkok Post's wording (web set), a story written for the test
        "Kestrel Motors expands in Thailand\n\nBangkok Post reports that the carmaker will "
        "invest 20 billion baht in a new plant.",
        "Bangkok Post",
    ),
    (  # BBC business 203's wording, its money written for the test
        "Deutsche Boerse bid\n\nThe Sunday Times reported that hedge funds TCI and Atticus "
        "had spent €500m on Deutsche Boerse shares.",
        "The Sunday Times",
    ),
]


@pytest.mark.parametrize(("text", "paper"), REPORTED, ids=["nigeria", "ghana", "thailand", "uk"])
def test_a_paper_reporting_another_s_money_owns_none_of_it(nlp, text, paper):
    owners = {c for links in _owners(nlp, text) for c in links}
    assert paper not in owners and "Sunday Times" not in owners, owners


@pytest.mark.parametrize(
    "text",
    [
        "PHINMA Corporation reported that its consolidated net income rose to P1.2 billion.",
        "Kestrel Bhd reported that pretax profits rose to $7 million.",
    ],
)
def test_a_company_reporting_on_itself_keeps_its_money(nlp, text):
    assert _owners(nlp, text)[0] and _owners(nlp, text)[0][0] in text


def test_a_company_crediting_its_unit_s_figure_stays_a_company(nlp):
    """BBC business 132: "..., Inbev reported" after its Brazilian unit's share is no
    paper's credit; Inbev keeps its profit."""
    text = (
        "Brazil buy boosts Belgium's Inbev\n\nInbev, which makes Stella Artois, said pre-tax "
        "profits for 2004 rose 56% to 1.16bn euros. Ambev boosted its share of Brazil's beer "
        "market to more than 68% by December 2004, Inbev reported."
    )
    assert _owners(nlp, text)[0] == ["Inbev"]
