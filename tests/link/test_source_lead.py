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
