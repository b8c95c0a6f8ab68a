"""A wire line wrapped before a legal suffix or a lower-case word goes on (both paths mark
no sentence start there: pipeline/nlp/sentences.py), and a legal name that holds "and"
opening its story is one company (pipeline/companies/and_names.py ``join_and``). Wire-style
sentences written for the tests."""

from __future__ import annotations

import pytest

WRAPPED = """ACME GEARS WINS NAVY ORDER

    DAYTON, Ohio, April 3 - Precision Gear and Tool
Corp said it won contracts worth 7.6 mln dlrs from the Navy.
"""


def _facts(docs) -> list[list[tuple[str, tuple[str, ...]]]]:
    return [[(s.text, tuple(lk.company for lk in s._.links)) for s in d._.amounts] for d in docs]


def test_a_wrapped_legal_suffix_stays_in_its_sentence(nlp):
    from pipeline.nlp.fastpipe import pipe_docs

    full, fast = nlp(WRAPPED), next(pipe_docs(nlp, [WRAPPED]))
    assert _facts([full]) == _facts([fast])
    starts = [t.text for t in full if t.is_sent_start]
    assert "Corp" not in starts
    assert _facts([full]) == [[("7.6 mln dlrs", ("Precision Gear and Tool Corp",))]]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Honda Motor and Subaru Corp will jointly spend 540 billion yen on batteries.",
            ("Honda Motor", "Subaru Corp"),
        ),  # the gazetteer knows the first: two companies
        (
            "IBM and Apple Computer Inc said they would spend 20 mln dlrs.",
            ("Apple Computer Inc",),
        ),  # an acronym is a company of its own
    ],
)
def test_two_companies_joined_by_and_stay_two(nlp, text, owner):
    (span,) = nlp(text)._.amounts
    assert tuple(lk.company for lk in span._.links) == owner


def test_a_verb_before_a_figure_is_no_korean_won(nlp):
    """ "said it won 7.6 mln dlrs": the unit after the figure names the currency."""
    got = [(s.text, s._.money.currency) for s in nlp("Acme said it won 7.6 mln dlrs.")._.amounts]
    assert got == [("7.6 mln dlrs", "USD")]


def test_an_and_name_after_the_is_one_company(nlp):
    """ "from the Hongkong and Shanghai Banking Corp" style: "the" makes it one name."""
    text = (
        "Acme Holdings Ltd obtained a 50 mln dlr loan from the Hanover and Essex Banking "
        "Corp to buy stores."
    )
    names = {lk.company for s in nlp(text)._.amounts for lk in s._.links}
    assert "Hanover and Essex Banking Corp" in names
    assert "Essex Banking Corp" not in names


WRAPPED_NAME = """HARBOUR LEASE SELLS JETS

    DENVER, Colo., May 4 - Harbour Lease
Finance Corp said it sold two aircraft for 31 mln dlrs.
"""


def test_a_name_wrapped_before_its_last_words_is_one_company(nlp):
    """ "Harbour Lease\\nFinance Corp": NER reads each line on its own (wraps.join_wrapped)."""
    from pipeline.nlp.fastpipe import pipe_docs

    full, fast = nlp(WRAPPED_NAME), next(pipe_docs(nlp, [WRAPPED_NAME]))
    assert _facts([full]) == _facts([fast]) == [[("31 mln dlrs", ("Harbour Lease Finance Corp",))]]


PARAGRAPHS = (
    "Business news of the day\n\n"
    "KUALA LUMPUR (Aug 29): Here is a brief recap of the day's corporate news:\n\n"
    "Kestrel Holdings Bhd (KL:KESTREL) posted a net profit of RM210.5 million for the "
    "quarter, up 12% from RM187.9 million a year earlier.\n"
)


def test_a_paragraph_opening_on_a_name_keeps_it_in_its_sentence(nlp):
    """The parser tends to end a sentence after a paragraph's first word in capitals or
    a name ("KUALA" | "LUMPUR", "Sunway" | "Bhd"): both paths mark no start there."""
    from pipeline.nlp.fastpipe import pipe_docs

    for doc in (nlp(PARAGRAPHS), next(pipe_docs(nlp, [PARAGRAPHS]))):
        starts = {t.text for t in doc if t.is_sent_start}
        assert not starts & {"LUMPUR", "Holdings", "Bhd", "("}
        owners = {s.text: [lk.company for lk in s._.links] for s in doc._.amounts}
        assert owners["RM210.5 million"] == ["Kestrel Holdings"]  # not the ticker "KESTREL"


def test_a_paragraph_opening_on_a_dotted_name_keeps_it_in_its_sentence(nlp):
    """Web news AN's list of refunds ("E.On Next, paid a total of £5.5 million"): the
    parser ends a sentence after the dotted word; "BE.EV" and "E.ON" are names too."""
    from pipeline.nlp.fastpipe import pipe_docs

    text = (
        "The amounts the suppliers paid:\n\nE.On Next, paid a total of £5.5 million to "
        "customers;\n\nBE.EV Group paid £750,000 to drivers;"
    )
    for doc in (nlp(text), next(pipe_docs(nlp, [text]))):
        starts = {t.text for t in doc if t.is_sent_start}
        assert not starts & {"Next", "Group"}
        sents = {s.text: s.sent.text for s in doc._.amounts}
        assert sents["£5.5 million"].startswith("E.On Next, paid")


def test_a_name_and_the_suffixed_name_after_it_are_one(nlp):
    """NER finds the first word, the suffix rule the rest ("Mining Co"): one company
    (wraps.py). Wire style written for the test."""
    text = (
        "HOMESTAKE <HM> PLANS MORE EXPLORATION\n\n"
        "SAN FRANCISCO, April 2 - Homestake Mining Co expects its 1988\n"
        "exploration spending at 60 mln dlrs, a company official said.\n"
    )
    assert _facts([nlp(text)]) == [[("60 mln dlrs", ("Homestake Mining Co",))]]


def test_join_suffixed_merges_a_name_and_its_suffixed_tail(nlp):
    """The merge itself, on mentions set by hand (the model may tag the whole name)."""
    from pipeline.companies.mentions import Mention
    from pipeline.companies.wraps import join_wrapped

    doc = nlp.make_doc("NEW YORK - Homestake Mining Co expects spending to rise.")
    head = Mention(3, 4, "Homestake", "ORG")
    tail = Mention(4, 6, "Mining Co", "SUFFIX")
    (joined,) = join_wrapped(doc, [head, tail], lambda name: True)
    assert (joined.start, joined.end, joined.name) == (3, 6, "Homestake Mining Co")


def test_an_and_name_before_its_bracketed_initials_is_one_company(nlp):
    """ "San Miguel Food and Beverage, Inc. (SMFB) reported" style: the initials in
    brackets after the legal suffix do not stop the name from being one."""
    text = (
        "Kestrel Food and Beverage, Inc. (KFB) posted a net income of P3.2 billion in the "
        "quarter."
    )
    names = {lk.company for s in nlp(text)._.amounts for lk in s._.links}
    assert names == {"Kestrel Food and Beverage, Inc."}, names


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Edmonton, Alberta, March 17 - Kestrel Oil and Gas Ltd said it\n"
            "arranged a 40 mln dlr financing with two investment dealers.\n",
            "Kestrel Oil and Gas Ltd",
        ),  # NER sees no name: the legal suffix's words cross the "and"
        (
            "LONDON, March 20 - Harrow and Vale Plc, a builder of retirement homes, has signed\n"
            "a 90 mln stg multi-option facility.\n",
            "Harrow and Vale Plc",
        ),  # a comma after the suffix, the name after the dateline's dash
    ],
    ids=["suffix-name", "comma-after"],
)
def test_an_and_name_opening_a_wire_story_is_one_company(nlp, text, owner):
    names = {lk.company for s in nlp(text)._.amounts for lk in s._.links}
    assert names == {owner}
