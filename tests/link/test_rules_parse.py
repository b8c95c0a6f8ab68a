"""The parse rules of pipeline/link/rules/parse.py, each on a hand-parsed Doc.

Every sentence was written for these tests and carries the parse a correct
parser gives it (spaCy English labels), so a rule is tested on its own and a
change of the statistical model cannot break these tests. The ``hand``
fixture (tests/link/conftest.py) builds the Doc and runs the linker built on
a blank English pipeline with the data of models/.
"""

from __future__ import annotations

import pytest

# Rows: (word, head, dep, pos, tag, lemma, entity IOB); heads are absolute indices.

POSSESSIVE = (
    "Acme's $5 million expansion plan won approval from regulators.",
    [
        ("Acme", 6, "poss", "PROPN", "NNP", "Acme", "B-ORG"),
        ("'s", 0, "case", "PART", "POS", "'s", "O"),
        ("$", 4, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("5", 4, "compound", "NUM", "CD", "5", "I-MONEY"),
        ("million", 6, "nummod", "NUM", "CD", "million", "I-MONEY"),
        ("expansion", 6, "compound", "NOUN", "NN", "expansion", "O"),
        ("plan", 7, "nsubj", "NOUN", "NN", "plan", "O"),
        ("won", 7, "ROOT", "VERB", "VBD", "win", "O"),
        ("approval", 7, "dobj", "NOUN", "NN", "approval", "O"),
        ("from", 8, "prep", "ADP", "IN", "from", "O"),
        ("regulators", 9, "pobj", "NOUN", "NNS", "regulator", "O"),
        (".", 7, "punct", "PUNCT", ".", ".", "O"),
    ],
)

COMPOUND = (
    "The $2 billion Acme bid for Beta Corp expired on Friday.",
    [
        ("The", 5, "det", "DET", "DT", "the", "O"),
        ("$", 3, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("2", 3, "compound", "NUM", "CD", "2", "I-MONEY"),
        ("billion", 5, "nummod", "NUM", "CD", "billion", "I-MONEY"),
        ("Acme", 5, "compound", "PROPN", "NNP", "Acme", "B-ORG"),
        ("bid", 9, "nsubj", "NOUN", "NN", "bid", "O"),
        ("for", 5, "prep", "ADP", "IN", "for", "O"),
        ("Beta", 8, "compound", "PROPN", "NNP", "Beta", "B-ORG"),
        ("Corp", 6, "pobj", "PROPN", "NNP", "Corp", "I-ORG"),
        ("expired", 9, "ROOT", "VERB", "VBD", "expire", "O"),
        ("on", 9, "prep", "ADP", "IN", "on", "O"),
        ("Friday", 10, "pobj", "PROPN", "NNP", "Friday", "B-DATE"),
        (".", 9, "punct", "PUNCT", ".", ".", "O"),
    ],
)

APPOSITIVE = (
    "Brightwater, a $60 million regional lender, opened two branches in Texas.",
    [
        ("Brightwater", 9, "nsubj", "PROPN", "NNP", "Brightwater", "B-ORG"),
        (",", 0, "punct", "PUNCT", ",", ",", "O"),
        ("a", 7, "det", "DET", "DT", "a", "O"),
        ("$", 5, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("60", 5, "compound", "NUM", "CD", "60", "I-MONEY"),
        ("million", 7, "nummod", "NUM", "CD", "million", "I-MONEY"),
        ("regional", 7, "amod", "ADJ", "JJ", "regional", "O"),
        ("lender", 0, "appos", "NOUN", "NN", "lender", "O"),
        (",", 0, "punct", "PUNCT", ",", ",", "O"),
        ("opened", 9, "ROOT", "VERB", "VBD", "open", "O"),
        ("two", 11, "nummod", "NUM", "CD", "two", "B-CARDINAL"),
        ("branches", 9, "dobj", "NOUN", "NNS", "branch", "O"),
        ("in", 9, "prep", "ADP", "IN", "in", "O"),
        ("Texas", 12, "pobj", "PROPN", "NNP", "Texas", "B-GPE"),
        (".", 9, "punct", "PUNCT", ".", ".", "O"),
    ],
)

SUBJECT = (
    "Acme will invest $5 billion in a new battery plant in Georgia.",
    [
        ("Acme", 2, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("will", 2, "aux", "AUX", "MD", "will", "O"),
        ("invest", 2, "ROOT", "VERB", "VB", "invest", "O"),
        ("$", 5, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("5", 5, "compound", "NUM", "CD", "5", "I-MONEY"),
        ("billion", 2, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        ("in", 2, "prep", "ADP", "IN", "in", "O"),
        ("a", 10, "det", "DET", "DT", "a", "O"),
        ("new", 10, "amod", "ADJ", "JJ", "new", "O"),
        ("battery", 10, "compound", "NOUN", "NN", "battery", "O"),
        ("plant", 6, "pobj", "NOUN", "NN", "plant", "O"),
        ("in", 10, "prep", "ADP", "IN", "in", "O"),
        ("Georgia", 11, "pobj", "PROPN", "NNP", "Georgia", "B-GPE"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ],
)

XCOMP = (
    "Acme plans to invest $5 billion in new chip factories.",
    [
        ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("plans", 1, "ROOT", "VERB", "VBZ", "plan", "O"),
        ("to", 3, "aux", "PART", "TO", "to", "O"),
        ("invest", 1, "xcomp", "VERB", "VB", "invest", "O"),
        ("$", 6, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("5", 6, "compound", "NUM", "CD", "5", "I-MONEY"),
        ("billion", 3, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        ("in", 3, "prep", "ADP", "IN", "in", "O"),
        ("new", 10, "amod", "ADJ", "JJ", "new", "O"),
        ("chip", 10, "compound", "NOUN", "NN", "chip", "O"),
        ("factories", 7, "pobj", "NOUN", "NNS", "factory", "O"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ],
)

CONJ_SUBJECTS = (
    "Acme and Beta will spend $2 billion on a joint battery plant.",
    [
        ("Acme", 4, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
        ("Beta", 0, "conj", "PROPN", "NNP", "Beta", "B-ORG"),
        ("will", 4, "aux", "AUX", "MD", "will", "O"),
        ("spend", 4, "ROOT", "VERB", "VB", "spend", "O"),
        ("$", 7, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("2", 7, "compound", "NUM", "CD", "2", "I-MONEY"),
        ("billion", 4, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        ("on", 4, "prep", "ADP", "IN", "on", "O"),
        ("a", 12, "det", "DET", "DT", "a", "O"),
        ("joint", 12, "amod", "ADJ", "JJ", "joint", "O"),
        ("battery", 12, "compound", "NOUN", "NN", "battery", "O"),
        ("plant", 8, "pobj", "NOUN", "NN", "plant", "O"),
        (".", 4, "punct", "PUNCT", ".", ".", "O"),
    ],
)

CONJ_VERB = (
    "Acme cut 500 jobs and will invest $1 billion in automation.",
    [
        ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("cut", 1, "ROOT", "VERB", "VBD", "cut", "O"),
        ("500", 3, "nummod", "NUM", "CD", "500", "B-CARDINAL"),
        ("jobs", 1, "dobj", "NOUN", "NNS", "job", "O"),
        ("and", 1, "cc", "CCONJ", "CC", "and", "O"),
        ("will", 6, "aux", "AUX", "MD", "will", "O"),
        ("invest", 1, "conj", "VERB", "VB", "invest", "O"),
        ("$", 9, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("1", 9, "compound", "NUM", "CD", "1", "I-MONEY"),
        ("billion", 6, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        ("in", 6, "prep", "ADP", "IN", "in", "O"),
        ("automation", 10, "pobj", "NOUN", "NN", "automation", "O"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ],
)

PASSIVE_AGENT = (
    "A further $3 billion will be invested by Acme in the Texas refinery next year.",
    [
        ("A", 4, "det", "DET", "DT", "a", "O"),
        ("further", 4, "amod", "ADJ", "JJ", "further", "O"),
        ("$", 4, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("3", 4, "compound", "NUM", "CD", "3", "I-MONEY"),
        ("billion", 7, "nsubjpass", "NUM", "CD", "billion", "I-MONEY"),
        ("will", 7, "aux", "AUX", "MD", "will", "O"),
        ("be", 7, "auxpass", "AUX", "VB", "be", "O"),
        ("invested", 7, "ROOT", "VERB", "VBN", "invest", "O"),
        ("by", 7, "agent", "ADP", "IN", "by", "O"),
        ("Acme", 8, "pobj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("in", 7, "prep", "ADP", "IN", "in", "O"),
        ("the", 13, "det", "DET", "DT", "the", "O"),
        ("Texas", 13, "compound", "PROPN", "NNP", "Texas", "B-GPE"),
        ("refinery", 10, "pobj", "NOUN", "NN", "refinery", "O"),
        ("next", 15, "amod", "ADJ", "JJ", "next", "B-DATE"),
        ("year", 7, "npadvmod", "NOUN", "NN", "year", "I-DATE"),
        (".", 7, "punct", "PUNCT", ".", ".", "O"),
    ],
)

LED_BY = (
    "The $50 million round, led by Northgate Ventures, closed on Monday.",
    [
        ("The", 4, "det", "DET", "DT", "the", "O"),
        ("$", 3, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("50", 3, "compound", "NUM", "CD", "50", "I-MONEY"),
        ("million", 4, "nummod", "NUM", "CD", "million", "I-MONEY"),
        ("round", 11, "nsubj", "NOUN", "NN", "round", "O"),
        (",", 4, "punct", "PUNCT", ",", ",", "O"),
        ("led", 4, "acl", "VERB", "VBN", "lead", "O"),
        ("by", 6, "agent", "ADP", "IN", "by", "O"),
        ("Northgate", 9, "compound", "PROPN", "NNP", "Northgate", "B-ORG"),
        ("Ventures", 7, "pobj", "PROPN", "NNPS", "Ventures", "I-ORG"),
        (",", 4, "punct", "PUNCT", ",", ",", "O"),
        ("closed", 11, "ROOT", "VERB", "VBD", "close", "O"),
        ("on", 11, "prep", "ADP", "IN", "on", "O"),
        ("Monday", 12, "pobj", "PROPN", "NNP", "Monday", "B-DATE"),
        (".", 11, "punct", "PUNCT", ".", ".", "O"),
    ],
)

# "Acme reported record sales on Monday." opens both referring-word texts.
REPORTED = [
    ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
    ("reported", 1, "ROOT", "VERB", "VBD", "report", "O"),
    ("record", 3, "compound", "NOUN", "NN", "record", "O"),
    ("sales", 1, "dobj", "NOUN", "NNS", "sale", "O"),
    ("on", 1, "prep", "ADP", "IN", "on", "O"),
    ("Monday", 4, "pobj", "PROPN", "NNP", "Monday", "B-DATE"),
    (".", 1, "punct", "PUNCT", ".", ".", "O"),
]

COREF_IT = (
    "Acme reported record sales on Monday. It will invest $5 billion in new stores.",
    REPORTED
    + [
        ("It", 9, "nsubj", "PRON", "PRP", "it", "O"),
        ("will", 9, "aux", "AUX", "MD", "will", "O"),
        ("invest", 9, "ROOT", "VERB", "VB", "invest", "O"),
        ("$", 12, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("5", 12, "compound", "NUM", "CD", "5", "I-MONEY"),
        ("billion", 9, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        ("in", 9, "prep", "ADP", "IN", "in", "O"),
        ("new", 15, "amod", "ADJ", "JJ", "new", "O"),
        ("stores", 13, "pobj", "NOUN", "NNS", "store", "O"),
        (".", 9, "punct", "PUNCT", ".", ".", "O"),
    ],
)

COREF_THE_COMPANY = (
    "Acme reported record sales on Monday. The company will spend $2 billion on new stores.",
    REPORTED
    + [
        ("The", 8, "det", "DET", "DT", "the", "O"),
        ("company", 10, "nsubj", "NOUN", "NN", "company", "O"),
        ("will", 10, "aux", "AUX", "MD", "will", "O"),
        ("spend", 10, "ROOT", "VERB", "VB", "spend", "O"),
        ("$", 13, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("2", 13, "compound", "NUM", "CD", "2", "I-MONEY"),
        ("billion", 10, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        ("on", 10, "prep", "ADP", "IN", "on", "O"),
        ("new", 16, "amod", "ADJ", "JJ", "new", "O"),
        ("stores", 14, "pobj", "NOUN", "NNS", "store", "O"),
        (".", 10, "punct", "PUNCT", ".", ".", "O"),
    ],
)


def _link_one(hand, text, rows, amount, value):
    doc = hand.doc(text, rows)
    (span,) = hand.amounts(doc, (amount, value))
    hand.link(doc)
    return span


# -- owner named on the noun the amount modifies -------------------------------------


def test_possessive_owner_of_the_amounts_noun(hand):
    span = _link_one(hand, *POSSESSIVE, "$5 million", "5e6")
    assert hand.links(span) == [("Acme", "possessive")]
    assert span._.links[0].path == "nummod>poss"
    assert span._.kind == "investment"  # "expansion plan"


def test_compound_name_before_the_noun_owns_it(hand):
    # "Beta Corp" is what the bid is for, never the bidder: the deal's other side
    span = _link_one(hand, *COMPOUND, "$2 billion", "2e9")
    assert hand.links(span) == [("Acme", "compound"), ("Beta Corp", "deal-side")]
    assert span._.kind == "deal"


def test_appositive_a_lender_of_n_is_the_name_it_describes(hand):
    span = _link_one(hand, *APPOSITIVE, "$60 million", "6e7")
    assert hand.links(span) == [("Brightwater", "appositive")]
    assert span._.links[0].path == "nummod>appos"
    assert span._.sector == "financials"  # "lender"


# -- the subject of the verb governing the amount ------------------------------------


def test_subject_of_money_verb_with_kind_and_sector(hand):
    span = _link_one(hand, *SUBJECT, "$5 billion", "5e9")
    assert hand.links(span) == [("Acme", "subject-of-verb")]
    assert span._.links[0].path == "dobj>invest<nsubj"
    assert span._.kind == "investment"
    assert span._.sector == "batteries"  # "battery plant", the closest term in the tree
    assert span._.sector_words == "battery plant@37-50"


def test_subject_found_by_climbing_xcomp(hand):
    span = _link_one(hand, *XCOMP, "$5 billion", "5e9")
    assert hand.links(span) == [("Acme", "subject-of-verb")]
    assert span._.links[0].path == "dobj>invest>xcomp>plan<nsubj"
    assert span._.kind == "investment"
    assert span._.sector == "semiconductors"  # "chip" over the generic "factories"


def test_subject_found_by_climbing_a_conjoined_verb(hand):
    span = _link_one(hand, *CONJ_VERB, "$1 billion", "1e9")
    assert hand.links(span) == [("Acme", "subject-of-verb")]
    assert span._.links[0].path == "dobj>invest>conj>cut<nsubj"


def test_conjoined_subjects_both_own_the_amount(hand):
    span = _link_one(hand, *CONJ_SUBJECTS, "$2 billion", "2e9")
    assert hand.links(span) == [("Acme", "subject-of-verb"), ("Beta", "conj")]
    assert span._.links[1].path.endswith(">conj")


def test_passive_agent_owns_the_amount(hand):
    span = _link_one(hand, *PASSIVE_AGENT, "$3 billion", "3e9")
    assert hand.links(span) == [("Acme", "agent")]
    assert span._.links[0].path == "nsubjpass>invest<agent"
    assert span._.kind == "investment"


def test_agent_of_a_participle_leads_the_round(hand):
    span = _link_one(hand, *LED_BY, "$50 million", "5e7")
    assert hand.links(span) == [("Northgate Ventures", "agent")]
    assert span._.links[0].path == "round>acl>lead>agent"
    assert span._.kind == "funding"


# -- referring words -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "amount", "value", "path"),
    [
        (COREF_IT, "$5 billion", "5e9", "dobj>invest<nsubj~prev-1"),
        (COREF_THE_COMPANY, "$2 billion", "2e9", "dobj>spend<nsubj~prev-1"),
    ],
    ids=["it", "the-company"],
)
def test_referring_subject_resolves_to_the_company_in_focus(hand, case, amount, value, path):
    span = _link_one(hand, *case, amount, value)
    assert hand.links(span) == [("Acme", "coref-pronoun")]
    assert span._.links[0].path == path
    assert span._.sector == "consumer"  # "stores"


def test_focus_of_a_pronoun_is_the_previous_sentences_subject(hand):
    """DocContext.focus by itself: "It" -> the topic of the sentence before."""
    doc = hand.doc(*COREF_IT)
    ctx = hand.context(doc)
    verdict, mention, how = ctx.focus(doc[7], pronoun=True)
    assert (verdict, mention.name, how) == ("company", "Acme", "prev-1")
    assert [m.name for m in ctx.topics(doc[0:7])] == ["Acme"]


# -- no company may own the amount ---------------------------------------------------

GOVERNMENT_SAID_IT = (
    "Acme won a contract to build schools. "
    "The government said it would spend $1 billion on new schools.",
    [
        ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("won", 1, "ROOT", "VERB", "VBD", "win", "O"),
        ("a", 3, "det", "DET", "DT", "a", "O"),
        ("contract", 1, "dobj", "NOUN", "NN", "contract", "O"),
        ("to", 5, "aux", "PART", "TO", "to", "O"),
        ("build", 3, "acl", "VERB", "VB", "build", "O"),
        ("schools", 5, "dobj", "NOUN", "NNS", "school", "O"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
        ("The", 9, "det", "DET", "DT", "the", "O"),
        ("government", 10, "nsubj", "NOUN", "NN", "government", "O"),
        ("said", 10, "ROOT", "VERB", "VBD", "say", "O"),
        ("it", 13, "nsubj", "PRON", "PRP", "it", "O"),
        ("would", 13, "aux", "AUX", "MD", "would", "O"),
        ("spend", 10, "ccomp", "VERB", "VB", "spend", "O"),
        ("$", 16, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("1", 16, "compound", "NUM", "CD", "1", "I-MONEY"),
        ("billion", 13, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        ("on", 13, "prep", "ADP", "IN", "on", "O"),
        ("new", 19, "amod", "ADJ", "JJ", "new", "O"),
        ("schools", 17, "pobj", "NOUN", "NNS", "school", "O"),
        (".", 10, "punct", "PUNCT", ".", ".", "O"),
    ],
)

GOVERNMENT_SUBJECT = (
    "The German government will provide $9 billion in subsidies for Acme's new chip plant.",
    [
        ("The", 2, "det", "DET", "DT", "the", "O"),
        ("German", 2, "amod", "ADJ", "JJ", "german", "B-NORP"),
        ("government", 4, "nsubj", "NOUN", "NN", "government", "O"),
        ("will", 4, "aux", "AUX", "MD", "will", "O"),
        ("provide", 4, "ROOT", "VERB", "VB", "provide", "O"),
        ("$", 7, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("9", 7, "compound", "NUM", "CD", "9", "I-MONEY"),
        ("billion", 4, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        ("in", 7, "prep", "ADP", "IN", "in", "O"),
        ("subsidies", 8, "pobj", "NOUN", "NNS", "subsidy", "O"),
        ("for", 9, "prep", "ADP", "IN", "for", "O"),
        ("Acme", 15, "poss", "PROPN", "NNP", "Acme", "B-ORG"),
        ("'s", 11, "case", "PART", "POS", "'s", "O"),
        ("new", 15, "amod", "ADJ", "JJ", "new", "O"),
        ("chip", 15, "compound", "NOUN", "NN", "chip", "O"),
        ("plant", 10, "pobj", "NOUN", "NN", "plant", "O"),
        (".", 4, "punct", "PUNCT", ".", ".", "O"),
    ],
)

MARKET_SIZE = (
    "Acme builds delivery drones. "
    "The global market for such drones could reach $40 billion by 2030.",
    [
        ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("builds", 1, "ROOT", "VERB", "VBZ", "build", "O"),
        ("delivery", 3, "compound", "NOUN", "NN", "delivery", "O"),
        ("drones", 1, "dobj", "NOUN", "NNS", "drone", "O"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
        ("The", 7, "det", "DET", "DT", "the", "O"),
        ("global", 7, "amod", "ADJ", "JJ", "global", "O"),
        ("market", 12, "nsubj", "NOUN", "NN", "market", "O"),
        ("for", 7, "prep", "ADP", "IN", "for", "O"),
        ("such", 10, "amod", "ADJ", "JJ", "such", "O"),
        ("drones", 8, "pobj", "NOUN", "NNS", "drone", "O"),
        ("could", 12, "aux", "AUX", "MD", "could", "O"),
        ("reach", 12, "ROOT", "VERB", "VB", "reach", "O"),
        ("$", 15, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("40", 15, "compound", "NUM", "CD", "40", "I-MONEY"),
        ("billion", 12, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        ("by", 12, "prep", "ADP", "IN", "by", "O"),
        ("2030", 16, "pobj", "NUM", "CD", "2030", "B-DATE"),
        (".", 12, "punct", "PUNCT", ".", ".", "O"),
    ],
)

PRODUCT_PRICE = (
    "The new Acme sedan will retail for $45,000.",
    [
        ("The", 3, "det", "DET", "DT", "the", "O"),
        ("new", 3, "amod", "ADJ", "JJ", "new", "O"),
        ("Acme", 3, "compound", "PROPN", "NNP", "Acme", "B-ORG"),
        ("sedan", 5, "nsubj", "NOUN", "NN", "sedan", "O"),
        ("will", 5, "aux", "AUX", "MD", "will", "O"),
        ("retail", 5, "ROOT", "VERB", "VB", "retail", "O"),
        ("for", 5, "prep", "ADP", "IN", "for", "O"),
        ("$", 8, "nmod", "SYM", "$", "$", "B-MONEY"),
        ("45,000", 6, "pobj", "NUM", "CD", "45,000", "I-MONEY"),
        (".", 5, "punct", "PUNCT", ".", ".", "O"),
    ],
)


@pytest.mark.parametrize(
    ("case", "amount", "value", "verdict"),
    [
        (GOVERNMENT_SAID_IT, "$1 billion", "1e9", "government"),
        (GOVERNMENT_SUBJECT, "$9 billion", "9e9", "government"),
        (MARKET_SIZE, "$40 billion", "4e10", "none"),
        (PRODUCT_PRICE, "$45,000", "45000", "none"),
    ],
    ids=[
        "pronoun-for-government",
        "government-pays-for-acmes-plant",
        "market-size",
        "product-price",
    ],
)
def test_no_company_owns_the_amount(hand, case, amount, value, verdict):
    """Each text names Acme, so a rule that reached too far would link it."""
    doc = hand.doc(*case)
    (span,) = hand.amounts(doc, (amount, value))
    got, links = hand.linker.rules.owner(hand.context(doc), span, hand.clause(doc, span))
    assert (got, links) == (verdict, [])
    hand.link(doc)
    assert span._.links == []


def test_market_size_keeps_its_target_year(hand):
    span = _link_one(hand, *MARKET_SIZE, "$40 billion", "4e10")
    assert span._.target_year == 2030
    assert span._.kind == "other"


# -- kind triggers ---------------------------------------------------------------------

KIND_CASES = [
    (
        "Acme raised $20 million from investors.",
        [
            ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
            ("raised", 1, "ROOT", "VERB", "VBD", "raise", "O"),
            ("$", 4, "quantmod", "SYM", "$", "$", "B-MONEY"),
            ("20", 4, "compound", "NUM", "CD", "20", "I-MONEY"),
            ("million", 1, "dobj", "NUM", "CD", "million", "I-MONEY"),
            ("from", 1, "prep", "ADP", "IN", "from", "O"),
            ("investors", 5, "pobj", "NOUN", "NNS", "investor", "O"),
            (".", 1, "punct", "PUNCT", ".", ".", "O"),
        ],
        ("$20 million", "2e7"),
        "funding",
    ),
    (
        "Acme agreed to buy Beta for $1 billion.",
        [
            ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
            ("agreed", 1, "ROOT", "VERB", "VBD", "agree", "O"),
            ("to", 3, "aux", "PART", "TO", "to", "O"),
            ("buy", 1, "xcomp", "VERB", "VB", "buy", "O"),
            ("Beta", 3, "dobj", "PROPN", "NNP", "Beta", "B-ORG"),
            ("for", 3, "prep", "ADP", "IN", "for", "O"),
            ("$", 8, "quantmod", "SYM", "$", "$", "B-MONEY"),
            ("1", 8, "compound", "NUM", "CD", "1", "I-MONEY"),
            ("billion", 5, "pobj", "NUM", "CD", "billion", "I-MONEY"),
            (".", 1, "punct", "PUNCT", ".", ".", "O"),
        ],
        ("$1 billion", "1e9"),
        "deal",
    ),
    (
        "Acme posted a net loss of $200 million.",
        [
            ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
            ("posted", 1, "ROOT", "VERB", "VBD", "post", "O"),
            ("a", 4, "det", "DET", "DT", "a", "O"),
            ("net", 4, "amod", "ADJ", "JJ", "net", "O"),
            ("loss", 1, "dobj", "NOUN", "NN", "loss", "O"),
            ("of", 4, "prep", "ADP", "IN", "of", "O"),
            ("$", 8, "quantmod", "SYM", "$", "$", "B-MONEY"),
            ("200", 8, "compound", "NUM", "CD", "200", "I-MONEY"),
            ("million", 5, "pobj", "NUM", "CD", "million", "I-MONEY"),
            (".", 1, "punct", "PUNCT", ".", ".", "O"),
        ],
        ("$200 million", "2e8"),
        "financials",
    ),
    (
        "Acme earned 85 cents a share.",
        [
            ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
            ("earned", 1, "ROOT", "VERB", "VBD", "earn", "O"),
            ("85", 3, "nummod", "NUM", "CD", "85", "B-MONEY"),
            ("cents", 1, "dobj", "NOUN", "NNS", "cent", "I-MONEY"),
            ("a", 5, "det", "DET", "DT", "a", "O"),
            ("share", 3, "npadvmod", "NOUN", "NN", "share", "O"),
            (".", 1, "punct", "PUNCT", ".", ".", "O"),
        ],
        ("85 cents", "0.85"),
        "financials",
    ),
    (
        # "raise" alone would make it funding: "a share" makes it a per-share figure
        "Acme raised its dividend to 50 cents a share.",
        [
            ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
            ("raised", 1, "ROOT", "VERB", "VBD", "raise", "O"),
            ("its", 3, "poss", "PRON", "PRP$", "its", "O"),
            ("dividend", 1, "dobj", "NOUN", "NN", "dividend", "O"),
            ("to", 1, "prep", "ADP", "IN", "to", "O"),
            ("50", 6, "nummod", "NUM", "CD", "50", "B-MONEY"),
            ("cents", 4, "pobj", "NOUN", "NNS", "cent", "I-MONEY"),
            ("a", 8, "det", "DET", "DT", "a", "O"),
            ("share", 6, "npadvmod", "NOUN", "NN", "share", "O"),
            (".", 1, "punct", "PUNCT", ".", ".", "O"),
        ],
        ("50 cents", "0.50"),
        "financials",
    ),
    (
        "Acme was valued at $2 billion.",
        [
            ("Acme", 2, "nsubjpass", "PROPN", "NNP", "Acme", "B-ORG"),
            ("was", 2, "auxpass", "AUX", "VBD", "be", "O"),
            ("valued", 2, "ROOT", "VERB", "VBN", "value", "O"),
            ("at", 2, "prep", "ADP", "IN", "at", "O"),
            ("$", 6, "quantmod", "SYM", "$", "$", "B-MONEY"),
            ("2", 6, "compound", "NUM", "CD", "2", "I-MONEY"),
            ("billion", 3, "pobj", "NUM", "CD", "billion", "I-MONEY"),
            (".", 2, "punct", "PUNCT", ".", ".", "O"),
        ],
        ("$2 billion", "2e9"),
        "valuation",
    ),
    (*SUBJECT, ("$5 billion", "5e9"), "investment"),
    (
        # "worth" right after the amount is read past: "$N worth of investment"
        "Acme pledged $2 billion worth of new investment in Ohio.",
        [
            ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
            ("pledged", 1, "ROOT", "VERB", "VBD", "pledge", "O"),
            ("$", 4, "quantmod", "SYM", "$", "$", "B-MONEY"),
            ("2", 4, "compound", "NUM", "CD", "2", "I-MONEY"),
            ("billion", 5, "nummod", "NUM", "CD", "billion", "I-MONEY"),
            ("worth", 1, "dobj", "NOUN", "NN", "worth", "O"),
            ("of", 5, "prep", "ADP", "IN", "of", "O"),
            ("new", 8, "amod", "ADJ", "JJ", "new", "O"),
            ("investment", 6, "pobj", "NOUN", "NN", "investment", "O"),
            ("in", 8, "prep", "ADP", "IN", "in", "O"),
            ("Ohio", 9, "pobj", "PROPN", "NNP", "Ohio", "B-GPE"),
            (".", 1, "punct", "PUNCT", ".", ".", "O"),
        ],
        ("$2 billion", "2e9"),
        "investment",
    ),
]


@pytest.mark.parametrize(
    ("text", "rows", "amount", "kind"),
    KIND_CASES,
    ids=[
        "raise-funding",
        "buy-deal",
        "net-loss-financials",
        "per-share-financials",
        "dividend-per-share-financials",
        "valued-valuation",
        "invest-investment",
        "worth-of-investment",
    ],
)
def test_kind_from_trigger_words(hand, text, rows, amount, kind):
    span = _link_one(hand, text, rows, *amount)
    assert span._.kind == kind
    # every one of these names its owner as the subject; "Beta" is bought, not buying:
    # it joins as the deal's other side (FACTS.md), after the owner
    assert hand.links(span)[0] == ("Acme", "subject-of-verb")
    assert hand.links(span)[1:] == ([("Beta", "deal-side")] if kind == "deal" else [])


# -- more ways the parse names an owner ------------------------------------------------

RELATIVE_CLAUSE = (
    "Acme, which raised $50 million last year, plans to hire 200 engineers.",
    [
        ("Acme", 10, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        (",", 0, "punct", "PUNCT", ",", ",", "O"),
        ("which", 3, "nsubj", "PRON", "WDT", "which", "O"),
        ("raised", 0, "relcl", "VERB", "VBD", "raise", "O"),
        ("$", 6, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("50", 6, "compound", "NUM", "CD", "50", "I-MONEY"),
        ("million", 3, "dobj", "NUM", "CD", "million", "I-MONEY"),
        ("last", 8, "amod", "ADJ", "JJ", "last", "B-DATE"),
        ("year", 3, "npadvmod", "NOUN", "NN", "year", "I-DATE"),
        (",", 0, "punct", "PUNCT", ",", ",", "O"),
        ("plans", 10, "ROOT", "VERB", "VBZ", "plan", "O"),
        ("to", 12, "aux", "PART", "TO", "to", "O"),
        ("hire", 10, "xcomp", "VERB", "VB", "hire", "O"),
        ("200", 14, "nummod", "NUM", "CD", "200", "B-CARDINAL"),
        ("engineers", 12, "dobj", "NOUN", "NNS", "engineer", "O"),
        (".", 10, "punct", "PUNCT", ".", ".", "O"),
    ],
)

INCLUDING = (
    "Japanese firms, including Acme and Beta, will spend $5 billion on new plants.",
    [
        ("Japanese", 1, "amod", "ADJ", "JJ", "japanese", "B-NORP"),
        ("firms", 9, "nsubj", "NOUN", "NNS", "firm", "O"),
        (",", 1, "punct", "PUNCT", ",", ",", "O"),
        ("including", 1, "prep", "VERB", "VBG", "include", "O"),
        ("Acme", 3, "pobj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("and", 4, "cc", "CCONJ", "CC", "and", "O"),
        ("Beta", 4, "conj", "PROPN", "NNP", "Beta", "B-ORG"),
        (",", 1, "punct", "PUNCT", ",", ",", "O"),
        ("will", 9, "aux", "AUX", "MD", "will", "O"),
        ("spend", 9, "ROOT", "VERB", "VB", "spend", "O"),
        ("$", 12, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("5", 12, "compound", "NUM", "CD", "5", "I-MONEY"),
        ("billion", 9, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        ("on", 9, "prep", "ADP", "IN", "on", "O"),
        ("new", 15, "amod", "ADJ", "JJ", "new", "O"),
        ("plants", 13, "pobj", "NOUN", "NNS", "plant", "O"),
        (".", 9, "punct", "PUNCT", ".", ".", "O"),
    ],
)

ITS_BUYBACK = (
    "Acme said its $2 billion buyback would start in March.",
    [
        ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("said", 1, "ROOT", "VERB", "VBD", "say", "O"),
        ("its", 6, "poss", "PRON", "PRP$", "its", "O"),
        ("$", 5, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("2", 5, "compound", "NUM", "CD", "2", "I-MONEY"),
        ("billion", 6, "nummod", "NUM", "CD", "billion", "I-MONEY"),
        ("buyback", 8, "nsubj", "NOUN", "NN", "buyback", "O"),
        ("would", 8, "aux", "AUX", "MD", "would", "O"),
        ("start", 1, "ccomp", "VERB", "VB", "start", "O"),
        ("in", 8, "prep", "ADP", "IN", "in", "O"),
        ("March", 9, "pobj", "PROPN", "NNP", "March", "B-DATE"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ],
)

RUN_BY = (
    "The plant, run by Acme, will cost $2 billion.",
    [
        ("The", 1, "det", "DET", "DT", "the", "O"),
        ("plant", 8, "nsubj", "NOUN", "NN", "plant", "O"),
        (",", 1, "punct", "PUNCT", ",", ",", "O"),
        ("run", 1, "acl", "VERB", "VBN", "run", "O"),
        ("by", 3, "agent", "ADP", "IN", "by", "O"),
        ("Acme", 4, "pobj", "PROPN", "NNP", "Acme", "B-ORG"),
        (",", 1, "punct", "PUNCT", ",", ",", "O"),
        ("will", 8, "aux", "AUX", "MD", "will", "O"),
        ("cost", 8, "ROOT", "VERB", "VB", "cost", "O"),
        ("$", 11, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("2", 11, "compound", "NUM", "CD", "2", "I-MONEY"),
        ("billion", 8, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        (".", 8, "punct", "PUNCT", ".", ".", "O"),
    ],
)


@pytest.mark.parametrize(
    ("case", "amount", "value", "links", "path"),
    [
        (RELATIVE_CLAUSE, "$50 million", "5e7", [("Acme", "subject-of-verb")],
         "dobj>raise<nsubj<relcl"),
        (INCLUDING, "$5 billion", "5e9", [("Acme", "subject-including"), ("Beta", "conj")],
         "dobj>spend<nsubj>including"),
        (ITS_BUYBACK, "$2 billion", "2e9", [("Acme", "coref-pronoun")],
         "nummod>poss~same-sentence"),
        (RUN_BY, "$2 billion", "2e9", [("Acme", "agent")], "dobj>cost<nsubj>acl>run>agent"),
    ],
    ids=["which-raised", "firms-including", "its-possessive", "subject-run-by"],
)  # fmt: skip
def test_owner_through_the_subjects_own_words(hand, case, amount, value, links, path):
    span = _link_one(hand, *case, amount, value)
    assert hand.links(span) == links
    assert span._.links[0].path == path


def _of_debt(noun, lemma, tag):
    return (
        f"Banks hold $2 billion of {noun} of Acme.",
        [
            ("Banks", 1, "nsubj", "NOUN", "NNS", "bank", "O"),
            ("hold", 1, "ROOT", "VERB", "VBP", "hold", "O"),
            ("$", 4, "quantmod", "SYM", "$", "$", "B-MONEY"),
            ("2", 4, "compound", "NUM", "CD", "2", "I-MONEY"),
            ("billion", 1, "dobj", "NUM", "CD", "billion", "I-MONEY"),
            ("of", 4, "prep", "ADP", "IN", "of", "O"),
            (noun, 5, "pobj", "NOUN", tag, lemma, "O"),
            ("of", 6, "prep", "ADP", "IN", "of", "O"),
            ("Acme", 7, "pobj", "PROPN", "NNP", "Acme", "B-ORG"),
            (".", 1, "punct", "PUNCT", ".", ".", "O"),
        ],
    )




@pytest.mark.parametrize(
    ("noun", "lemma", "tag"),
    [
        ("debt", "debt", "NN"),
        ("bonds", "bond", "NNS"),
        ("notes", "note", "NNS"),
    ],
    ids=["debt", "bonds", "notes"],
)  # fmt: skip
def test_amount_of_debt_of_a_company(hand, noun, lemma, tag):
    span = _link_one(hand, *_of_debt(noun, lemma, tag), "$2 billion", "2e9")
    assert hand.links(span) == [("Acme", "possessive")]
    assert span._.links[0].path == "of>pobj"


# -- valuation: counted only when what is valued is a company ------------------------

VALUES_OBJECT = (
    "The offer values Beta at $3 billion.",
    [
        ("The", 1, "det", "DET", "DT", "the", "O"),
        ("offer", 2, "nsubj", "NOUN", "NN", "offer", "O"),
        ("values", 2, "ROOT", "VERB", "VBZ", "value", "O"),
        ("Beta", 2, "dobj", "PROPN", "NNP", "Beta", "B-ORG"),
        ("at", 2, "prep", "ADP", "IN", "at", "O"),
        ("$", 7, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("3", 7, "compound", "NUM", "CD", "3", "I-MONEY"),
        ("billion", 4, "pobj", "NUM", "CD", "billion", "I-MONEY"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ],
)

# spaCy's English scheme hangs "worth" on the copula as acomp; the subject is the copula's.
IS_WORTH = (
    "Acme is now worth $2 billion.",
    [
        ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("is", 1, "ROOT", "AUX", "VBZ", "be", "O"),
        ("now", 1, "advmod", "ADV", "RB", "now", "O"),
        ("worth", 1, "acomp", "ADJ", "JJ", "worth", "O"),
        ("$", 6, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("2", 6, "compound", "NUM", "CD", "2", "I-MONEY"),
        ("billion", 3, "npadvmod", "NUM", "CD", "billion", "I-MONEY"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ],
)

STAKE_WORTH = (
    "Acme bought a stake worth $50 million in Beta.",
    [
        ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("bought", 1, "ROOT", "VERB", "VBD", "buy", "O"),
        ("a", 3, "det", "DET", "DT", "a", "O"),
        ("stake", 1, "dobj", "NOUN", "NN", "stake", "O"),
        ("worth", 3, "amod", "ADJ", "JJ", "worth", "O"),
        ("$", 7, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("50", 7, "compound", "NUM", "CD", "50", "I-MONEY"),
        ("million", 4, "npadvmod", "NUM", "CD", "million", "I-MONEY"),
        ("in", 3, "prep", "ADP", "IN", "in", "O"),
        ("Beta", 8, "pobj", "PROPN", "NNP", "Beta", "B-ORG"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ],
)


@pytest.mark.parametrize(
    ("case", "amount", "value", "links"),
    [
        (VALUES_OBJECT, "$3 billion", "3e9", [("Beta", "subject-of-verb")]),
        (IS_WORTH, "$2 billion", "2e9", [("Acme", "subject-of-verb")]),
        # the stake's worth is Acme's, not Beta's value; Beta, whose stake is bought, is
        # the deal's other side (FACTS.md: a deal belongs to both sides)
        (STAKE_WORTH, "$50 million", "5e7", [("Acme", "subject-of-verb"), ("Beta", "deal-side")]),
    ],
    ids=["offer-values-beta", "acme-is-worth", "stake-worth"],
)
def test_valued_company_owns_its_value(hand, case, amount, value, links):
    """The company valued at $N owns it ("the offer values Beta": Beta, the object)."""
    assert hand.links(_link_one(hand, *case, amount, value)) == links


def test_a_stake_worth_n_is_no_valuation(hand):
    """ "worth" modifying a stake values no company: the kind comes from "stake", a deal."""
    assert _link_one(hand, *STAKE_WORTH, "$50 million", "5e7")._.kind == "deal"


def test_offer_values_a_company_is_a_valuation(hand):
    assert _link_one(hand, *VALUES_OBJECT, "$3 billion", "3e9")._.kind == "valuation"


def test_company_is_worth_n_is_a_valuation(hand):
    assert _link_one(hand, *IS_WORTH, "$2 billion", "2e9")._.kind == "valuation"


def test_a_name_read_as_an_adjective_owns_its_shares(nlp):
    """ "while Spartan shares jumped 10.3% to A$1.768" (Reuters via investing.com, web AL):
    the parser reads "Spartan" as an adjective (amod); the shares are still Spartan's."""
    text = (
        "Ramelius to buy Spartan\n\nRamelius Resources Ltd will acquire Spartan Resources Ltd "
        "for A$2.4 billion.\n\nRamelius shares were down 1% at A$2.18, while Spartan shares "
        "jumped 10.3% to A$1.768."
    )
    span = next(s for s in nlp(text)._.amounts if s.text == "A$1.768")
    assert [lk.company for lk in span._.links] == ["Spartan Resources Ltd"]


# BBC business (2005): the figure a participle on the amount gives to its agent beats
# the sentence's possessive subject ("Its $17m profit ... was dwarfed by").
AMOUNT_AGENT = (
    "Its $17m profit was dwarfed by the $204m announced by rival Google.",
    [
        ("Its", 4, "poss", "PRON", "PRP$", "its", "O"),
        ("$", 3, "nmod", "SYM", "$", "$", "B-MONEY"),
        ("17", 3, "nummod", "NUM", "CD", "17", "I-MONEY"),
        ("m", 4, "compound", "NOUN", "NN", "m", "I-MONEY"),
        ("profit", 6, "nsubjpass", "NOUN", "NN", "profit", "O"),
        ("was", 6, "auxpass", "AUX", "VBD", "be", "O"),
        ("dwarfed", 6, "ROOT", "VERB", "VBN", "dwarf", "O"),
        ("by", 6, "agent", "ADP", "IN", "by", "O"),
        ("the", 11, "det", "DET", "DT", "the", "O"),
        ("$", 11, "nmod", "SYM", "$", "$", "B-MONEY"),
        ("204", 11, "nummod", "NUM", "CD", "204", "I-MONEY"),
        ("m", 7, "pobj", "NOUN", "NN", "m", "I-MONEY"),
        ("announced", 11, "acl", "VERB", "VBN", "announce", "O"),
        ("by", 12, "agent", "ADP", "IN", "by", "O"),
        ("rival", 15, "amod", "ADJ", "JJ", "rival", "O"),
        ("Google", 13, "pobj", "PROPN", "NNP", "Google", "B-ORG"),
        (".", 6, "punct", "PUNCT", ".", ".", "O"),
    ],
)


def test_a_participle_on_the_amount_gives_it_to_its_agent(hand):
    span = _link_one(hand, *AMOUNT_AGENT, "$204m", "2.04e8")
    assert hand.links(span) == [("Google", "agent")]
    assert span._.links[0].path == "acl>announce>agent"
