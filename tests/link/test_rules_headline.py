"""HeadlineReader (pipeline/link/rules/headline.py) on hand-parsed headlines.

The reader takes a headline's owner from its surface (the words before "to"
or the first verb, split on commas and "and"); the parse given here is the
correct one, so these tests also show the headline rule fires before the
parse rules would.
"""

from __future__ import annotations

import pytest

from pipeline.link.rules.headline import is_headline

TWO_SUBJECTS = (
    "Acme, Beta to Invest $7 Billion in Chip Plants\n\nThe plants will open in 2027.",
    [
        ("Acme", 4, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        (",", 0, "punct", "PUNCT", ",", ",", "O"),
        ("Beta", 0, "conj", "PROPN", "NNP", "Beta", "B-ORG"),
        ("to", 4, "aux", "PART", "TO", "to", "O"),
        ("Invest", 4, "ROOT", "VERB", "VB", "invest", "O"),
        ("$", 7, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("7", 7, "compound", "NUM", "CD", "7", "I-MONEY"),
        ("Billion", 4, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        ("in", 4, "prep", "ADP", "IN", "in", "O"),
        ("Chip", 10, "compound", "NOUN", "NN", "chip", "O"),
        ("Plants", 8, "pobj", "NOUN", "NNS", "plant", "O"),
        ("\n\n", 10, "dep", "SPACE", "_SP", "\n\n", "O"),
        ("The", 13, "det", "DET", "DT", "the", "O"),
        ("plants", 15, "nsubj", "NOUN", "NNS", "plant", "O"),
        ("will", 15, "aux", "AUX", "MD", "will", "O"),
        ("open", 15, "ROOT", "VERB", "VB", "open", "O"),
        ("in", 15, "prep", "ADP", "IN", "in", "O"),
        ("2027", 16, "pobj", "NUM", "CD", "2027", "B-DATE"),
        (".", 15, "punct", "PUNCT", ".", ".", "O"),
    ],
)

# The statistical NER often misses an unknown name in a headline (no entity
# here) or takes a one-word name for a person's.
NAME_NER_MISSED = (
    "Korvana Wins $300 Million Order for Patrol Boats",
    [
        ("Korvana", 1, "nsubj", "PROPN", "NNP", "Korvana", "O"),
        ("Wins", 1, "ROOT", "VERB", "VBZ", "win", "O"),
        ("$", 4, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("300", 4, "compound", "NUM", "CD", "300", "I-MONEY"),
        ("Million", 5, "nummod", "NUM", "CD", "million", "I-MONEY"),
        ("Order", 1, "dobj", "NOUN", "NN", "order", "O"),
        ("for", 5, "prep", "ADP", "IN", "for", "O"),
        ("Patrol", 8, "compound", "NOUN", "NN", "patrol", "O"),
        ("Boats", 6, "pobj", "NOUN", "NNS", "boat", "O"),
    ],
)

COUNTRY = (
    "Japan to Invest $5 Billion in Chip Plants",
    [
        ("Japan", 2, "nsubj", "PROPN", "NNP", "Japan", "B-GPE"),
        ("to", 2, "aux", "PART", "TO", "to", "O"),
        ("Invest", 2, "ROOT", "VERB", "VB", "invest", "O"),
        ("$", 5, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("5", 5, "compound", "NUM", "CD", "5", "I-MONEY"),
        ("Billion", 2, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        ("in", 2, "prep", "ADP", "IN", "in", "O"),
        ("Chip", 8, "compound", "NOUN", "NN", "chip", "O"),
        ("Plants", 6, "pobj", "NOUN", "NNS", "plant", "O"),
    ],
)

# Two clauses: "Acme Buys Beta" and, after the semicolon, "Carmaker to Pay $2 Billion".
REFERRING_SUBJECT = (
    "Acme Buys Beta; Carmaker to Pay $2 Billion",
    [
        ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("Buys", 1, "ROOT", "VERB", "VBZ", "buy", "O"),
        ("Beta", 1, "dobj", "PROPN", "NNP", "Beta", "B-ORG"),
        (";", 1, "punct", "PUNCT", ":", ";", "O"),
        ("Carmaker", 6, "nsubj", "NOUN", "NN", "carmaker", "O"),
        ("to", 6, "aux", "PART", "TO", "to", "O"),
        ("Pay", 1, "parataxis", "VERB", "VB", "pay", "O"),
        ("$", 9, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("2", 9, "compound", "NUM", "CD", "2", "I-MONEY"),
        ("Billion", 6, "dobj", "NUM", "CD", "billion", "I-MONEY"),
    ],
)


def _headline(hand, case, amount, value):
    """(span, what HeadlineReader alone returns, clause) after the component ran."""
    doc = hand.doc(*case)
    (span,) = hand.amounts(doc, (amount, value))
    clause = hand.clause(doc, span)
    alone = hand.linker.headlines(hand.context(doc), span, clause)
    hand.link(doc)
    return span, alone, clause


def test_headline_subjects_split_on_the_comma(hand):
    span, alone, clause = _headline(hand, TWO_SUBJECTS, "$7 Billion", "7e9")
    assert clause == (0, 11)  # the headline's line, not the body after it
    assert is_headline(span.doc, *clause)
    assert [(lk.company, lk.rule, lk.path) for lk in alone] == [
        ("Acme", "headline", "headline:subject"),
        ("Beta", "headline", "headline:subject"),
    ]
    assert hand.links(span) == [("Acme", "headline"), ("Beta", "headline")]
    assert span._.kind == "investment"
    assert span._.sector == "semiconductors"  # "Chip Plants"


def test_body_sentence_is_no_headline(hand):
    doc = hand.doc(*TWO_SUBJECTS)
    assert not is_headline(doc, 12, len(doc))  # "The plants will open in 2027."


@pytest.mark.parametrize("ent", ["O", "B-PERSON"], ids=["no-entity", "person"])
def test_headline_name_the_ner_missed(hand, ent):
    text, rows = NAME_NER_MISSED
    rows = [rows[0][:6] + (ent,), *rows[1:]]
    span, alone, _ = _headline(hand, (text, rows), "$300 Million", "3e8")
    assert [(lk.company, lk.rule) for lk in alone] == [("Korvana", "headline")]
    assert hand.links(span) == [("Korvana", "headline")]
    assert span._.kind == "deal"  # "Order"


def test_headline_country_is_no_company(hand):
    span, alone, clause = _headline(hand, COUNTRY, "$5 Billion", "5e9")
    assert alone == []
    assert hand.linker.rules.owner(hand.context(span.doc), span, clause) == ("government", [])
    assert span._.links == []


def test_headline_referring_noun_takes_the_name_before_it(hand):
    span, alone, _ = _headline(hand, REFERRING_SUBJECT, "$2 Billion", "2e9")
    assert [(lk.company, lk.rule, lk.path) for lk in alone] == [
        ("Acme", "headline", "headline~ref")
    ]
    # the deal's other side: what Acme buys (FACTS.md: a deal belongs to both sides)
    assert hand.links(span) == [("Acme", "headline"), ("Beta", "deal-side")]
    assert span._.kind == "deal"  # "Buys"


BREAK_AS = (
    "Acme Cuts Jobs as Beta Invests $2 Billion in Ohio",
    [
        ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("Cuts", 1, "ROOT", "VERB", "VBZ", "cut", "O"),
        ("Jobs", 1, "dobj", "NOUN", "NNS", "job", "O"),
        ("as", 5, "mark", "SCONJ", "IN", "as", "O"),
        ("Beta", 5, "nsubj", "PROPN", "NNP", "Beta", "B-ORG"),
        ("Invests", 1, "advcl", "VERB", "VBZ", "invest", "O"),
        ("$", 8, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("2", 8, "compound", "NUM", "CD", "2", "I-MONEY"),
        ("Billion", 5, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        ("in", 5, "prep", "ADP", "IN", "in", "O"),
        ("Ohio", 9, "pobj", "PROPN", "NNP", "Ohio", "B-GPE"),
    ],
)

# A first line in sentence case, then the body: the descriptor before the name is
# dropped. "eye" is a headline verb but no cue verb, so with no entity only the
# headline's own reading makes "Voltaris" a name.
SENTENCE_CASE = (
    "Battery maker Voltaris eyes $2 billion plant in Texas\n\nThe plant would employ 900 people.",
    [
        ("Battery", 1, "compound", "NOUN", "NN", "battery", "O"),
        ("maker", 2, "compound", "NOUN", "NN", "maker", "O"),
        ("Voltaris", 3, "nsubj", "PROPN", "NNP", "Voltaris", "B-ORG"),
        ("eyes", 3, "ROOT", "VERB", "VBZ", "eye", "O"),
        ("$", 6, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("2", 6, "compound", "NUM", "CD", "2", "I-MONEY"),
        ("billion", 7, "nummod", "NUM", "CD", "billion", "I-MONEY"),
        ("plant", 3, "dobj", "NOUN", "NN", "plant", "O"),
        ("in", 7, "prep", "ADP", "IN", "in", "O"),
        ("Texas", 8, "pobj", "PROPN", "NNP", "Texas", "B-GPE"),
        ("\n\n", 9, "dep", "SPACE", "_SP", "\n\n", "O"),
        ("The", 12, "det", "DET", "DT", "the", "O"),
        ("plant", 14, "nsubj", "NOUN", "NN", "plant", "O"),
        ("would", 14, "aux", "AUX", "MD", "would", "O"),
        ("employ", 14, "ROOT", "VERB", "VB", "employ", "O"),
        ("900", 16, "nummod", "NUM", "CD", "900", "B-CARDINAL"),
        ("people", 14, "dobj", "NOUN", "NNS", "person", "O"),
        (".", 14, "punct", "PUNCT", ".", ".", "O"),
    ],
)


def test_headline_clause_after_as_has_its_own_subject(hand):
    span, alone, _ = _headline(hand, BREAK_AS, "$2 Billion", "2e9")
    assert [(lk.company, lk.rule) for lk in alone] == [("Beta", "headline")]
    assert hand.links(span) == [("Beta", "headline")]


@pytest.mark.parametrize("ent", ["B-ORG", "O"], ids=["org", "no-entity"])
def test_sentence_case_headline_drops_the_descriptor(hand, ent):
    text, rows = SENTENCE_CASE
    rows = [*rows[:2], rows[2][:6] + (ent,), *rows[3:]]
    span, alone, clause = _headline(hand, (text, rows), "$2 billion", "2e9")
    assert clause == (0, 10)
    assert [(lk.company, lk.rule) for lk in alone] == [("Voltaris", "headline")]
    assert hand.links(span) == [("Voltaris", "headline")]
    assert span._.kind == "investment"  # "plant"


def test_a_headline_word_the_body_writes_as_a_place_is_the_place(nlp):
    """ANBA, 2011 (web AM): "Rio" heading a story of Rio de Janeiro state is the place,
    not Rio Tinto's short name; a story of Rio Tinto keeps it."""
    text = (
        "Rio to have US$ 102 bn in projects until 2013\n\nRio de Janeiro – Public and private "
        "investment in the state of Rio de Janeiro should reach 181.4 billion reals."
    )
    assert not [lk for s in nlp(text)._.amounts for lk in s._.links]
    miner = (
        "Rio Tinto profit jumps\n\nRio Tinto said profit rose to $5 billion. Rio also said it "
        "would spend $2 billion in Rio de Janeiro."
    )
    owners = {lk.company for s in nlp(miner)._.amounts for lk in s._.links}
    assert owners == {"Rio Tinto"}, owners


@pytest.mark.parametrize(
    "text",
    [
        # web news AQ's South African budget story (citizen.co.za), shortened
        "Mboweni allocates R30 billion for new schools\n\nFinance Minister Tito Mboweni on "
        "Wednesday delivered his budget speech in Parliament.",
        # web news AQ's Hyderabad flood story (deccanchronicle.com), shortened
        "Hyderabad rains: K Chandrasekhar Rao announces Rs 550 crore flood relief\n\nChief "
        "Minister K Chandrasekhar Rao on Monday visited the flooded areas.",
        # written for this test: the body's last name alone
        "Japan plans extra budget\n\nPrime Minister Naoto Kan said on Friday the cabinet "
        "approved it. Kan, under pressure, plans another extra budget, raising total costs "
        "to 10 trillion yen.",
    ],
)
def test_an_official_named_in_full_owns_no_money_as_a_company(nlp, text):
    assert not [lk for s in nlp(text)._.amounts for lk in s._.links]


def test_a_founder_s_name_stays_his_company_s(nlp):
    """A chairman holds no office: "Adani" over "Chairman Gautam Adani" is the group."""
    text = ("Adani to invest $5bn in ports\n\nChairman Gautam Adani said the group would "
            "spend the money over five years.")
    owners = {lk.company for s in nlp(text)._.amounts for lk in s._.links}
    assert owners == {"Adani"}
