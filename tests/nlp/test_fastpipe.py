"""The fast path (pipeline/nlp/fastpipe.py FastPipe): NER and the parse only where money can be."""

from __future__ import annotations

import pytest

from pipeline.nlp.fastpipe import fast_pipe

NO_MONEY = (
    "Arsenal beat Chelsea 2-1 at the Emirates on Saturday.\n\n"
    "Thierry Henry scored twice in 10 minutes and the crowd of 38,000 sang."
)
FUSED = "Acme Corp said it would invest $20bn in new plants, its chief executive said."
WORDS = "Acme Corp said on Monday it had raised 12 mln dlrs from the sale of a unit."


@pytest.fixture(scope="module")
def fast(nlp):
    return fast_pipe(nlp)


def test_article_without_a_currency_cue_gets_no_ner_and_no_parse(fast):
    (doc,) = fast.pipe([NO_MONEY])
    assert doc._.amounts == []
    assert not doc.ents  # NER did not run: "Arsenal", "Thierry Henry" are not tagged
    assert not any(t.dep_ for t in doc)


@pytest.mark.parametrize("text", [FUSED, WORDS], ids=["symbol fused to a figure", "words"])
def test_article_with_a_cue_near_a_figure_gets_ner_and_its_amount(fast, text):
    (doc,) = fast.pipe([text])
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["Acme Corp"]
    assert len(doc._.amounts) == 1
    assert [link.company for link in doc._.amounts[0]._.links] == ["Acme Corp"]


def test_a_batch_mixing_both_keeps_each_article_in_place(fast):
    docs = list(fast.pipe([NO_MONEY, FUSED, NO_MONEY, WORDS], batch_size=3))
    assert [d.text for d in docs] == [NO_MONEY, FUSED, NO_MONEY, WORDS]
    assert [len(d._.amounts) for d in docs] == [0, 1, 0, 1]


# a headline ending in a name, the body opening with one: NER must see the break
HEADLINE_THEN_NAME = [
    "Bank of Ruritania completes purchase of Widgetco\n\n"
    "Bank of Ruritania Corp. has completed its purchase of Widgetco Inc. for $3.1 billion.",
    "Orbis Airlines agrees takeover by Skyline\n\n"
    "Skyline Holdings Ltd said it would pay 450 million euros for Orbis Airlines.",
    "Shareholders back merger of Norvell and Castor\n\n"
    "Castor Group plc will pay £2bn in shares for Norvell Mining.",
]


@pytest.mark.parametrize("text", HEADLINE_THEN_NAME, ids=lambda t: t.split("\n")[0])
def test_no_entity_runs_across_the_headline_break(fast, nlp, text):
    (doc,) = fast.pipe([text])
    assert not [e.text for e in doc.ents if "\n" in e.text.strip()]
    # the same names as the full pipeline, whose NER sees the parser's sentences
    full = nlp(text)
    assert [(e.text.strip(), e.label_) for e in doc.ents] == [
        (e.text.strip(), e.label_) for e in full.ents
    ]
