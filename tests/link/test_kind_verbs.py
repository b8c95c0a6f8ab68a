"""pipeline/link/kind_verbs.py on real sentences from articles outside the gold sets
(BBC 2004-05, Reuters-21578 1987): what people earn is pay (other), what a thing cost to
make is investment."""

import pytest
from amount_at import kind_at as _kind
from spacy.tokens import Span

from pipeline.link.kind_verbs import industry_pay, people_earn

CASES = [
    # (source, sentence, amount as written, kind)
    ("bbc/entertainment/162", "He kept Madonna in second place, as she earned $54.9m (£29.5m) "
     "while embarking on her global Re-Invention Tour.", "$54.9m", "other"),
    ("bbc/entertainment/351", "Only 16% of women earn more than £50,000, compared with 30% of "
     "men.", "£50,000", "other"),
    ("bbc/politics/223", "Mr Kennedy also used his TV appearance to defend his party's plans to "
     "increase income tax to 50% for those earning more than £100,000.", "£100,000", "other"),
    ("bbc/tech/132", "A \"Fed-Ex refund processor\" was supposed to allow people to earn $75 an "
     "hour working from home.", "$75", "other"),
    # a company's or a film's earnings stay results and takings
    ("bbc/entertainment/298", "Spider-Man and its sequel made $1.6bn (£857m) at box offices "
     "worldwide.", "$1.6bn", "financials"),
    ("reut2-005", "Ina earned more than 154 mln dlrs from exports of goods and services to 39 "
     "countries last year and ranks among Yugoslavia's leading export enterprises.",
     "154 mln dlrs", "financials"),
    ("reut2-019", "Quantum earned 22.2 mln dlrs on revenues of 121.2 mln dlrs in last year's "
     "first quarter.", "22.2 mln dlrs", "financials"),
    # what a thing cost to make, build or develop
    ("bbc/entertainment/083", "Critics have savaged the three-hour epic, which reportedly cost "
     "$150m (£77m) to make.", "$150m", "investment"),
    ("reut2-009", "According to Gould officials, the NP1 cost 50 mln dlrs to develop.",
     "50 mln dlrs", "investment"),
    ("bbc/tech/013", "It can cost up to £1,500 to make a copy of a print for specialist films.",
     "£1,500", "other"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_kind_of_what_people_earn_and_things_cost_to_make(nlp, source, sentence, written, kind):
    assert _kind(nlp, sentence, written) == kind


PAY_CASES = [
    # (source, sentence, amount as written, money of the article's industry)
    ("bbc/entertainment/162", "He kept Madonna in second place, as she earned $54.9m (£29.5m) "
     "while embarking on her global Re-Invention Tour.", "$54.9m", True),
    ("bbc/entertainment/083", "Critics have savaged the three-hour epic, which reportedly cost "
     "$150m (£77m) to make.", "$150m", True),
    ("reut2-009", "According to Gould officials, the NP1 cost 50 mln dlrs to develop.",
     "50 mln dlrs", True),
    # an income band is pay of no industry; a copy's price is no production cost
    ("bbc/politics/223", "Mr Kennedy also used his TV appearance to defend his party's plans to "
     "increase income tax to 50% for those earning more than £100,000.", "£100,000", False),
    ("bbc/entertainment/351", "Only 16% of women earn more than £50,000, compared with 30% of "
     "men.", "£50,000", False),
    ("bbc/tech/013", "It can cost up to £1,500 to make a copy of a print for specialist films.",
     "£1,500", False),
]


@pytest.mark.parametrize(("source", "sentence", "written", "industry"), PAY_CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in PAY_CASES])  # fmt: skip
def test_a_persons_pay_and_a_production_cost_are_industry_money(
    nlp, source, sentence, written, industry
):
    doc = nlp(sentence)
    span = next(s for s in doc._.amounts if written in s.text)
    assert industry_pay(span, lambda t: False) is industry


@pytest.mark.parametrize(("sentence", "person", "pay"), [
    # reut2-005: in its article the tagger calls the oil company "Ina" a person
    ("Ina earned more than 154 mln dlrs from exports of goods and services last year.",
     (0, 1), False),
    ("Jean Reno was France's second best-paid actor in 2004, earning 3.55m Euros.",
     (0, 2), True),
])  # fmt: skip
def test_a_lone_word_called_a_person_earns_no_pay(nlp, sentence, person, pay):
    doc = nlp(sentence)
    doc.ents = [Span(doc, *person, label="PERSON")]
    amount = doc._.amounts[0].root
    verb = next(t for t in doc if t.lemma_ == "earn")
    assert (people_earn(verb, amount, lambda t: False) == "other") is pay
