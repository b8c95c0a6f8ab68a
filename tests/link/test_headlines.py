"""Lines and headlines: wire wraps, earnings-table rows, a headline's figure in the body.

Sentences written for these tests; none comes from a gold file or a seed article.
"""

from __future__ import annotations

import pytest
from owned import links_of

from pipeline.companies.mentions import normalize_company


@pytest.mark.parametrize(
    "text",
    ["Lender sold in $500m deal\n\nGlobex Financial agreed to pay $500m for the lender."],
    ids=["headline-twin"],
)
def test_link_figure_repeated_in_body(nlp, text):
    doc = nlp(text)
    assert [[lk.company for lk in a._.links] for a in doc._.amounts] == [["Globex Financial"]] * 2


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        (
            "ACME CORP 1ST QTR NET\n\nAcme Corp said net profit rose to 3,100,000\ndlrs "
            "in the first quarter from 2,900,000 dlrs a\nyear earlier.\n",
            ["3,100,000", "2,900,000"],
        ),
    ],
    ids=["wire-wrapped-paragraph"],
)
def test_link_wire_wrapped_lines_are_one_line(nlp, text, amounts):
    for amount in amounts:
        assert [c for c, _ in links_of(nlp, text, amount)] == ["Acme Corp"]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("ACME INDUSTRIES INC 4TH QTR LOSS\n\nDALLAS, March 3 - Shr loss five cts vs loss "
         "40 cts\n    Net loss 2,100,000 vs loss 9,800,000\n", "five cts"),
        ("ACME INDUSTRIES INC 4TH QTR LOSS\n\nDALLAS, March 3 - Shr loss five cts vs loss "
         "40 cts\n    Net loss 2,100,000 vs loss 9,800,000\n", "2,100,000"),
        ("ACME INDUSTRIES PLC YEAR PROFIT\n\n    Shr 21.4p vs 18.2p\n    Div 6.5p making "
         "9.75p\n", "6.5p"),
    ],
    ids=["dateline-spelt-figure", "net-row", "div-making"],
)  # fmt: skip
def test_link_table_row_variants(nlp, text, amount):
    got = [(normalize_company(c), rule) for c, rule in links_of(nlp, text, amount)]
    assert got == [("acme industries", "table-row")]


@pytest.mark.parametrize(
    ("text", "word", "line"),
    [
        ("HEAD LINE\n\nAcme said net rose to 3,100,000\ndlrs from 2,900,000 dlrs.\n",
         "2,900,000", "Acme said net rose to 3,100,000\ndlrs from 2,900,000 dlrs."),
        ("HEAD LINE\n\n    Net 12.5 mln vs 11.4 mln\n    Revs 310.6 mln vs 287.9 mln\n",
         "12.5", "    Net 12.5 mln vs 11.4 mln"),
        ("Acme Raises $5 Million In Seed Round For Widgets\nglobex files complaint\n",
         "$5", "Acme Raises $5 Million In Seed Round For Widgets"),
    ],
    ids=["wire-wrap-joined", "table-rows-apart", "headline-list-apart"],
)  # fmt: skip
def test_link_logical_line(text, word, line):
    from pipeline.nlp.layout import logical_line

    start = text.index(word)
    lo, hi = logical_line(text, start, start + len(word))
    assert text[lo:hi] == line


def test_a_person_heading_the_headline_is_no_company(nlp):
    text = (
        "Richard Branson plans $300m resort for rural Scotland\n\n"
        "The tycoon said the resort would open in 2012."
    )
    (span,) = nlp(text)._.amounts
    assert "Richard Branson" not in [lk.company for lk in span._.links]


@pytest.mark.parametrize(
    "text, company",
    [
        ("Hartley-Dawson to cut 900 jobs in $1 billion restructuring plan\n\n"
         "The computer maker said the cuts would save money.", "Hartley-Dawson"),
        ("Rolls-Royce to spend £1bn on new engine plant\n\nThe engine maker said on Monday "
         "that the plant would open in 2027.", "Rolls-Royce"),
    ],
    ids=["unknown hyphenated name", "known hyphenated name"],
)
def test_a_hyphen_inside_a_name_is_no_headline_break(nlp, text, company):
    (span,) = nlp(text)._.amounts[:1]
    assert [lk.company for lk in span._.links] == [company]


@pytest.mark.parametrize(
    "text, not_company",
    [  # bbc/business 108 (outside the gold sets), and a title-and-name headline
        ("Slowdown hits US factory growth\n\nUS industrial production increased for the 21st "
         "month in a row, and orders worth $5bn were placed.", "Slowdown"),
        ("Former head of Royal Bank of Scotland Fred Goodwin to cut pension\n\nSir Fred "
         "Goodwin has agreed to reduce his pension by up to £200,000 a year.", "Goodwin"),
    ],
    ids=["a headline word the story never names", "a person after a company"],
)
def test_a_headline_subject_must_be_a_name_of_the_story(nlp, text, not_company):
    from pipeline.link.context import DocContext

    doc = nlp(text)
    lk = nlp.get_pipe("newsfacts_linker")
    ctx = DocContext(doc, lk.companies, sector_hits=[], cue_verbs=lk._cue_verbs,
                     cue_nouns=lk._cue_nouns,
                     headline_names=lambda d, t: lk.headlines.subject_names(d, lk.companies, t))
    assert not [m.name for m in ctx.mentions if not_company in m.name]


@pytest.mark.parametrize(
    "headline",
    [
        "KTX 1H earnings fall; special dividend declared",
        "KTX quarterly profit jumps as trading picks up",
        "KTX's full-year revenue slips",
    ],
)
def test_results_headline_names_the_company_before_its_results_words(nlp, headline):
    # a name NER does not tag, heading a results headline, is the story's company
    text = (
        f"{headline}\n\nAug. 15 - KTX first-half earnings fell as it lifted spending. "
        "Operating earnings fell 5 percent to $13.9 million in the six months, "
        "the company said in a statement."
    )
    assert links_of(nlp, text, "$13.9 million")[0][0] == "KTX"


@pytest.mark.parametrize("verb", ["Scores", "Snags", "Nabs", "Grabs", "Notches"])
def test_a_headline_s_slang_verb_for_winning_ends_the_name(nlp, verb):
    # "X Scores Up to $N Worth of Deals": the verb is no word of the winner's name
    text = f"Subsea7 {verb} Up to $187 Million Worth of Deals in Norway"
    assert [c for c, _ in links_of(nlp, text, "$187 Million")] == ["Subsea7"]
