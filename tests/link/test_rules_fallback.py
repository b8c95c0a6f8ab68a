"""The fallback rules of pipeline/link/rules/fallback.py on hand-parsed Docs.

gapping, table-row, beneficiary, partner, deal-target (funding_target),
focus, compared and same-figure (share_owners): each is called by itself where it can be, and the
whole component is run to show the rule's place in the order.
"""

from __future__ import annotations

from pipeline.link.rules.fallback import Plan, share_owners
from pipeline.link.rules.parse import Link

# Rows: (word, head, dep, pos, tag, lemma, entity IOB); heads are absolute indices.

# The gapped clause "and Beta [will contribute] the remaining $3 million": as in
# UD's orphan relation, the remnant object hangs from the remnant subject, and the
# remnant subject is a conjunct of the verb it shares.
GAPPING = (
    "Acme will contribute $5 million and Beta the remaining $3 million.",
    [
        ("Acme", 2, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("will", 2, "aux", "AUX", "MD", "will", "O"),
        ("contribute", 2, "ROOT", "VERB", "VB", "contribute", "O"),
        ("$", 5, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("5", 5, "compound", "NUM", "CD", "5", "I-MONEY"),
        ("million", 2, "dobj", "NUM", "CD", "million", "I-MONEY"),
        ("and", 2, "cc", "CCONJ", "CC", "and", "O"),
        ("Beta", 2, "conj", "PROPN", "NNP", "Beta", "B-ORG"),
        ("the", 12, "det", "DET", "DT", "the", "O"),
        ("remaining", 12, "amod", "VERB", "VBG", "remain", "O"),
        ("$", 12, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("3", 12, "compound", "NUM", "CD", "3", "I-MONEY"),
        ("million", 7, "dobj", "NUM", "CD", "million", "I-MONEY"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ],
)

# Three shares, the last two gapped; conjuncts chain as spaCy's scheme has them.
GAPPING_LIST = (
    "Acme will pay $5 million, Beta $3 million and Gamma $2 million.",
    [
        ("Acme", 2, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("will", 2, "aux", "AUX", "MD", "will", "O"),
        ("pay", 2, "ROOT", "VERB", "VB", "pay", "O"),
        ("$", 5, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("5", 5, "compound", "NUM", "CD", "5", "I-MONEY"),
        ("million", 2, "dobj", "NUM", "CD", "million", "I-MONEY"),
        (",", 2, "punct", "PUNCT", ",", ",", "O"),
        ("Beta", 2, "conj", "PROPN", "NNP", "Beta", "B-ORG"),
        ("$", 10, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("3", 10, "compound", "NUM", "CD", "3", "I-MONEY"),
        ("million", 7, "dobj", "NUM", "CD", "million", "I-MONEY"),
        ("and", 7, "cc", "CCONJ", "CC", "and", "O"),
        ("Gamma", 7, "conj", "PROPN", "NNP", "Gamma", "B-ORG"),
        ("$", 15, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("2", 15, "compound", "NUM", "CD", "2", "I-MONEY"),
        ("million", 12, "dobj", "NUM", "CD", "million", "I-MONEY"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ],
)

# A name right before the amount that is the verb's indirect object, not a gap.
DATIVE = (
    "Acme paid Beta $3 million for the patents.",
    [
        ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("paid", 1, "ROOT", "VERB", "VBD", "pay", "O"),
        ("Beta", 1, "dative", "PROPN", "NNP", "Beta", "B-ORG"),
        ("$", 5, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("3", 5, "compound", "NUM", "CD", "3", "I-MONEY"),
        ("million", 1, "dobj", "NUM", "CD", "million", "I-MONEY"),
        ("for", 1, "prep", "ADP", "IN", "for", "O"),
        ("the", 8, "det", "DET", "DT", "the", "O"),
        ("patents", 6, "pobj", "NOUN", "NNS", "patent", "O"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ],
)

# A wire earnings table: a headline in capitals, then "label value vs value" lines.
# Each line is a verbless phrase: the label heads it, the first value is its
# apposition and "vs" brings in the year-earlier value.
TABLE = (
    "ACME CORP 1ST QTR NET\n    Shr 85 cts vs 71 cts\n    Net 4.2 mln vs 3.5 mln\n",
    [
        ("ACME", 1, "compound", "PROPN", "NNP", "ACME", "B-ORG"),
        ("CORP", 4, "compound", "PROPN", "NNP", "CORP", "I-ORG"),
        ("1ST", 3, "amod", "ADJ", "JJ", "1st", "O"),
        ("QTR", 4, "compound", "NOUN", "NN", "qtr", "O"),
        ("NET", 4, "ROOT", "NOUN", "NN", "net", "O"),
        ("\n    ", 4, "dep", "SPACE", "_SP", "\n    ", "O"),
        ("Shr", 6, "ROOT", "NOUN", "NN", "shr", "O"),
        ("85", 8, "nummod", "NUM", "CD", "85", "B-MONEY"),
        ("cts", 6, "appos", "NOUN", "NNS", "ct", "I-MONEY"),
        ("vs", 8, "prep", "ADP", "IN", "vs", "O"),
        ("71", 11, "nummod", "NUM", "CD", "71", "B-MONEY"),
        ("cts", 9, "pobj", "NOUN", "NNS", "ct", "I-MONEY"),
        ("\n    ", 11, "dep", "SPACE", "_SP", "\n    ", "O"),
        ("Net", 13, "ROOT", "NOUN", "NN", "net", "O"),
        ("4.2", 15, "compound", "NUM", "CD", "4.2", "B-MONEY"),
        ("mln", 13, "appos", "NUM", "CD", "mln", "I-MONEY"),
        ("vs", 15, "prep", "ADP", "IN", "vs", "O"),
        ("3.5", 18, "compound", "NUM", "CD", "3.5", "B-MONEY"),
        ("mln", 16, "pobj", "NUM", "CD", "mln", "I-MONEY"),
        ("\n", 18, "dep", "SPACE", "_SP", "\n", "O"),
    ],
)

PARTNER = (
    "Ohio will spend $300 million on new bridges in partnership with Acme Builders.",
    [
        ("Ohio", 2, "nsubj", "PROPN", "NNP", "Ohio", "B-GPE"),
        ("will", 2, "aux", "AUX", "MD", "will", "O"),
        ("spend", 2, "ROOT", "VERB", "VB", "spend", "O"),
        ("$", 5, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("300", 5, "compound", "NUM", "CD", "300", "I-MONEY"),
        ("million", 2, "dobj", "NUM", "CD", "million", "I-MONEY"),
        ("on", 2, "prep", "ADP", "IN", "on", "O"),
        ("new", 8, "amod", "ADJ", "JJ", "new", "O"),
        ("bridges", 6, "pobj", "NOUN", "NNS", "bridge", "O"),
        ("in", 2, "prep", "ADP", "IN", "in", "O"),
        ("partnership", 9, "pobj", "NOUN", "NN", "partnership", "O"),
        ("with", 10, "prep", "ADP", "IN", "with", "O"),
        ("Acme", 13, "compound", "PROPN", "NNP", "Acme", "B-ORG"),
        ("Builders", 11, "pobj", "PROPN", "NNPS", "Builders", "I-ORG"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ],
)

ROUND_IN = (
    "Northgate Ventures led a $75 million funding round in Brightline Robotics.",
    [
        ("Northgate", 1, "compound", "PROPN", "NNP", "Northgate", "B-ORG"),
        ("Ventures", 2, "nsubj", "PROPN", "NNPS", "Ventures", "I-ORG"),
        ("led", 2, "ROOT", "VERB", "VBD", "lead", "O"),
        ("a", 8, "det", "DET", "DT", "a", "O"),
        ("$", 6, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("75", 6, "compound", "NUM", "CD", "75", "I-MONEY"),
        ("million", 8, "nummod", "NUM", "CD", "million", "I-MONEY"),
        ("funding", 8, "compound", "NOUN", "NN", "funding", "O"),
        ("round", 2, "dobj", "NOUN", "NN", "round", "O"),
        ("in", 8, "prep", "ADP", "IN", "in", "O"),
        ("Brightline", 11, "compound", "PROPN", "NNP", "Brightline", "B-ORG"),
        ("Robotics", 9, "pobj", "PROPN", "NNPS", "Robotics", "I-ORG"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ],
)

# A public body pays; the companies building what the money is for own it.
BENEFICIARY = (
    "Regulators approved $800 million in grants for a factory that Acme is building with Beta.",
    [
        ("Regulators", 1, "nsubj", "NOUN", "NNS", "regulator", "O"),
        ("approved", 1, "ROOT", "VERB", "VBD", "approve", "O"),
        ("$", 4, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("800", 4, "compound", "NUM", "CD", "800", "I-MONEY"),
        ("million", 1, "dobj", "NUM", "CD", "million", "I-MONEY"),
        ("in", 4, "prep", "ADP", "IN", "in", "O"),
        ("grants", 5, "pobj", "NOUN", "NNS", "grant", "O"),
        ("for", 6, "prep", "ADP", "IN", "for", "O"),
        ("a", 9, "det", "DET", "DT", "a", "O"),
        ("factory", 7, "pobj", "NOUN", "NN", "factory", "O"),
        ("that", 13, "dobj", "PRON", "WDT", "that", "O"),
        ("Acme", 13, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("is", 13, "aux", "AUX", "VBZ", "be", "O"),
        ("building", 9, "relcl", "VERB", "VBG", "build", "O"),
        ("with", 13, "prep", "ADP", "IN", "with", "O"),
        ("Beta", 14, "pobj", "PROPN", "NNP", "Beta", "B-ORG"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ],
)

SALES_ROSE = (
    "Acme posted a record year. Sales rose 8% to $2 billion.",
    [
        ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
        ("posted", 1, "ROOT", "VERB", "VBD", "post", "O"),
        ("a", 4, "det", "DET", "DT", "a", "O"),
        ("record", 4, "compound", "NOUN", "NN", "record", "O"),
        ("year", 1, "dobj", "NOUN", "NN", "year", "O"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
        ("Sales", 7, "nsubj", "NOUN", "NNS", "sale", "O"),
        ("rose", 7, "ROOT", "VERB", "VBD", "rise", "O"),
        ("8", 9, "nummod", "NUM", "CD", "8", "B-PERCENT"),
        ("%", 7, "npadvmod", "NOUN", "NN", "%", "I-PERCENT"),
        ("to", 7, "prep", "ADP", "IN", "to", "O"),
        ("$", 13, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("2", 13, "compound", "NUM", "CD", "2", "I-MONEY"),
        ("billion", 10, "pobj", "NUM", "CD", "billion", "I-MONEY"),
        (".", 7, "punct", "PUNCT", ".", ".", "O"),
    ],
)


# "Acme earned $3.1 billion in the quarter," opens both comparisons.
EARNED = [
    ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", "B-ORG"),
    ("earned", 1, "ROOT", "VERB", "VBD", "earn", "O"),
    ("$", 4, "quantmod", "SYM", "$", "$", "B-MONEY"),
    ("3.1", 4, "compound", "NUM", "CD", "3.1", "I-MONEY"),
    ("billion", 1, "dobj", "NUM", "CD", "billion", "I-MONEY"),
    ("in", 1, "prep", "ADP", "IN", "in", "O"),
    ("the", 7, "det", "DET", "DT", "the", "B-DATE"),
    ("quarter", 5, "pobj", "NOUN", "NN", "quarter", "I-DATE"),
    (",", 1, "punct", "PUNCT", ",", ",", "O"),
]

# "analysts" only forecast Acme's figure: the expected figure is Acme's too
EXPECTED = (
    "Acme earned $3.1 billion in the quarter, while analysts had expected $2.9 billion.",
    EARNED
    + [
        ("while", 12, "mark", "SCONJ", "IN", "while", "O"),
        ("analysts", 12, "nsubj", "NOUN", "NNS", "analyst", "O"),
        ("had", 12, "aux", "AUX", "VBD", "have", "O"),
        ("expected", 1, "advcl", "VERB", "VBN", "expect", "O"),
        ("$", 15, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("2.9", 15, "compound", "NUM", "CD", "2.9", "I-MONEY"),
        ("billion", 12, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ],
)

# "the industry" is a new subject: its figure is not Acme's
INDUSTRY = (
    "Acme earned $3.1 billion in the quarter, while the industry earned $9 billion.",
    EARNED
    + [
        ("while", 12, "mark", "SCONJ", "IN", "while", "O"),
        ("the", 11, "det", "DET", "DT", "the", "O"),
        ("industry", 12, "nsubj", "NOUN", "NN", "industry", "O"),
        ("earned", 1, "advcl", "VERB", "VBD", "earn", "O"),
        ("$", 15, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("9", 15, "compound", "NUM", "CD", "9", "I-MONEY"),
        ("billion", 12, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ],
)


# -- gapping ---------------------------------------------------------------------------


def test_gapping_remnant_subject_owns_the_second_amount(hand):
    doc = hand.doc(*GAPPING)
    first, second = hand.amounts(doc, ("$5 million", "5e6"), ("$3 million", "3e6"))
    ctx = hand.context(doc)
    rules = hand.linker.rules
    assert rules.gapping(ctx, first, hand.clause(doc, first)) == []
    gapped = rules.gapping(ctx, second, hand.clause(doc, second))
    assert gapped == [Link("Beta", "Beta", "gapping", "contribute>gap>Beta")]
    hand.link(doc)
    assert hand.links(first) == [("Acme", "subject-of-verb")]
    assert hand.links(second) == [("Beta", "gapping")]
    assert first._.kind == second._.kind == "investment"  # "contribute"


def test_gapping_leaves_an_indirect_object_alone(hand):
    doc = hand.doc(*DATIVE)
    (span,) = hand.amounts(doc, ("$3 million", "3e6"))
    assert hand.linker.rules.gapping(hand.context(doc), span, hand.clause(doc, span)) == []
    hand.link(doc)
    # no gap: the one paid is the deal's other side, the seller of the patents
    assert hand.links(span) == [("Acme", "subject-of-verb"), ("Beta", "deal-side")]
    assert span._.kind == "deal"  # "pay"


# -- earnings tables -------------------------------------------------------------------


def test_table_rows_belong_to_the_headline_company(hand):
    doc = hand.doc(*TABLE)
    spans = hand.amounts(
        doc,
        ("85 cts", "0.85"),
        ("71 cts", "0.71"),
        ("4.2 mln", "4200000"),
        ("3.5 mln", "3500000"),
    )
    ctx = hand.context(doc)
    assert [lk.path for lk in hand.linker.rules.table_row(ctx, spans[0])] == ["row:Shr~lead"]
    hand.link(doc)
    for span in spans:
        assert hand.links(span) == [("Acme Corp", "table-row")], span.text  # cased
        assert span._.kind == "financials", span.text  # "Shr", "Net"
    assert spans[2]._.links[0].path == "row:Net~lead"


def test_table_row_needs_a_table_line(hand):
    """A sentence with a figure is no table row: the rule leaves it to the parse."""
    doc = hand.doc(*SALES_ROSE)
    (span,) = hand.amounts(doc, ("$2 billion", "2e9"))
    assert hand.linker.rules.table_row(hand.context(doc), span) == []


def test_gapping_after_a_comma_and_after_and(hand):
    doc = hand.doc(*GAPPING_LIST)
    spans = hand.amounts(doc, ("$5 million", "5e6"), ("$3 million", "3e6"), ("$2 million", "2e6"))
    hand.link(doc)
    assert [hand.links(s) for s in spans] == [
        [("Acme", "subject-of-verb")],
        [("Beta", "gapping")],
        [("Gamma", "gapping")],
    ]
    # "pay" alone says not what for (FACTS.md Kind): every other figure is ``other``
    assert [s._.kind for s in spans] == ["other"] * 3


# -- partner, deal target, focus -------------------------------------------------------


def test_partner_of_a_government_owns_what_it_pays_for(hand):
    doc = hand.doc(*PARTNER)
    (span,) = hand.amounts(doc, ("$300 million", "3e8"))
    ctx = hand.context(doc)
    clause = hand.clause(doc, span)
    rules = hand.linker.rules
    assert rules.owner(ctx, span, clause) == ("government", [])  # "Ohio will spend"
    found = rules.partner(ctx, span, clause, clause)
    assert [(lk.company, lk.rule, lk.path) for lk in found] == [
        ("Acme Builders", "partner", "partnership>with>pobj")
    ]
    hand.link(doc)
    assert hand.links(span) == [("Acme Builders", "partner")]
    assert span._.sector == "infrastructure"  # "bridges"


def test_beneficiary_builds_what_a_public_body_pays_for(hand):
    doc = hand.doc(*BENEFICIARY)
    (span,) = hand.amounts(doc, ("$800 million", "8e8"))
    ctx = hand.context(doc)
    clause = hand.clause(doc, span)
    rules = hand.linker.rules
    assert rules.owner(ctx, span, clause) == ("government", [])  # "Regulators approved"
    assert [(lk.company, lk.path) for lk in rules.beneficiary(ctx, span, clause)] == [
        ("Acme", "factory>relcl>build<nsubj"),
        ("Beta", "factory>relcl>build<nsubj>with"),
    ]
    hand.link(doc)
    assert hand.links(span) == [("Acme", "beneficiary"), ("Beta", "beneficiary")]
    assert span._.kind == "funding"  # "grants" received (FACTS.md Kind funding)


def test_funding_round_in_a_company_adds_its_target(hand):
    doc = hand.doc(*ROUND_IN)
    (span,) = hand.amounts(doc, ("$75 million", "7.5e7"))
    ctx = hand.context(doc)
    alone = hand.linker.rules.funding_target(ctx, span, hand.clause(doc, span), "funding", [])
    assert [(lk.company, lk.rule, lk.path) for lk in alone] == [
        ("Brightline Robotics", "deal-target", "round>in>pobj")
    ]
    hand.link(doc)
    assert hand.links(span) == [
        ("Northgate Ventures", "subject-of-verb"),
        ("Brightline Robotics", "deal-target"),
    ]
    assert span._.kind == "funding"


def test_company_internal_noun_belongs_to_the_company_in_focus(hand):
    doc = hand.doc(*SALES_ROSE)
    (span,) = hand.amounts(doc, ("$2 billion", "2e9"))
    ctx = hand.context(doc)
    clause = hand.clause(doc, span)
    assert hand.linker.rules.owner(ctx, span, clause) == ("none", [])  # "Sales" names no owner
    hand.link(doc)
    assert hand.links(span) == [("Acme", "focus")]
    assert span._.links[0].path == "sale~prev-1"  # the lemma of the owned noun
    assert span._.kind == "financials"


# -- compared figures ------------------------------------------------------------------


def test_expected_figure_is_compared_with_the_reported_one(hand):
    doc = hand.doc(*EXPECTED)
    reported, expected = hand.amounts(doc, ("$3.1 billion", "3.1e9"), ("$2.9 billion", "2.9e9"))
    hand.link(doc)
    assert hand.links(reported) == [("Acme", "subject-of-verb")]
    assert hand.links(expected) == [("Acme", "compared")]
    assert expected._.links[0].path == "subject-of-verb<$3.1 billion"


def test_a_new_subject_stops_the_comparison(hand):
    doc = hand.doc(*INDUSTRY)
    acme, industry = hand.amounts(doc, ("$3.1 billion", "3.1e9"), ("$9 billion", "9e9"))
    hand.link(doc)
    assert hand.links(acme) == [("Acme", "subject-of-verb")]
    assert industry._.links == []


def test_share_owners_by_itself(hand):
    """share_owners on Plans: only a plan with no owner and verdict "none" takes its twin's."""
    doc = hand.doc(*EXPECTED)
    reported, expected = hand.amounts(doc, ("$3.1 billion", "3.1e9"), ("$2.9 billion", "2.9e9"))
    clause = hand.clause(doc, reported)
    owner = [Link("Acme", "Acme", "subject-of-verb", "dobj>earn<nsubj")]

    def plans(verdict):
        return [
            Plan(reported, clause, (clause[0], expected.start), list(owner), "company", False),
            Plan(expected, clause, (reported.end, clause[1]), [], verdict, False),
        ]

    ctx = hand.context(doc)
    open_plans = plans("none")
    share_owners(ctx, open_plans)
    assert open_plans[1].links == [Link("Acme", "Acme", "compared", "subject-of-verb<$3.1 billion")]
    public = plans("government")  # a public body owns it: no company may
    share_owners(ctx, public)
    assert public[1].links == []


# A headline's figure no rule owns ("Airline" is a common noun, "Sold" no headline
# verb form), repeated in the body where its owner is the subject.
SAME_FIGURE = (
    "Regional Airline Sold for $1.2 Billion\n\n"
    "Northwind Holdings will pay $1.2 billion for the carrier.",
    [
        ("Regional", 1, "amod", "ADJ", "JJ", "regional", "O"),
        ("Airline", 2, "nsubjpass", "NOUN", "NN", "airline", "O"),
        ("Sold", 2, "ROOT", "VERB", "VBN", "sell", "O"),
        ("for", 2, "prep", "ADP", "IN", "for", "O"),
        ("$", 6, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("1.2", 6, "compound", "NUM", "CD", "1.2", "I-MONEY"),
        ("Billion", 3, "pobj", "NUM", "CD", "billion", "I-MONEY"),
        ("\n\n", 6, "dep", "SPACE", "_SP", "\n\n", "O"),
        ("Northwind", 9, "compound", "PROPN", "NNP", "Northwind", "B-ORG"),
        ("Holdings", 11, "nsubj", "PROPN", "NNPS", "Holdings", "I-ORG"),
        ("will", 11, "aux", "AUX", "MD", "will", "O"),
        ("pay", 11, "ROOT", "VERB", "VB", "pay", "O"),
        ("$", 14, "quantmod", "SYM", "$", "$", "B-MONEY"),
        ("1.2", 14, "compound", "NUM", "CD", "1.2", "I-MONEY"),
        ("billion", 11, "dobj", "NUM", "CD", "billion", "I-MONEY"),
        ("for", 11, "prep", "ADP", "IN", "for", "O"),
        ("the", 17, "det", "DET", "DT", "the", "O"),
        ("carrier", 15, "pobj", "NOUN", "NN", "carrier", "O"),
        (".", 11, "punct", "PUNCT", ".", ".", "O"),
    ],
)


def test_headline_figure_repeated_in_the_body_shares_its_owner(hand):
    doc = hand.doc(*SAME_FIGURE)
    head, body = hand.amounts(doc, ("$1.2 Billion", "1.2e9"), ("$1.2 billion", "1.2e9"))
    ctx = hand.context(doc)
    assert hand.linker.headlines(ctx, head, hand.clause(doc, head)) == []
    assert hand.linker.rules.owner(ctx, head, hand.clause(doc, head)) == ("none", [])
    hand.link(doc)
    assert hand.links(body) == [("Northwind Holdings", "subject-of-verb")]
    assert hand.links(head) == [("Northwind Holdings", "same-figure")]
    assert head._.links[0].path == "subject-of-verb<$1.2 billion"
    assert head._.kind == body._.kind == "deal"  # "Sold", "pay"
