"""pipeline/link/kind_rates.py on sentences from BBC articles outside the gold sets
(corpus/gold/dev/*.jsonl "doc" keys checked): an amount by the hour, week or month, or
per person, is a rate of pay, a benefit, a fee or a sum per head (FACTS.md Kind other),
while a company's results rate stays financials."""

import pytest
from amount_at import amount_at as _span

from pipeline.link.kind_rates import rate_unit

CASES = [
    # (source, sentence, amount as written, kind)
    ("bbc/politics/375", "The child tax credit will rise in line with earnings, giving "
     "families an extra £5 a week.", "£5", "other"),
    ("bbc/politics/380", "I came from a very much working class background and started work "
     "20 years ago on a Youth Opportunity Program earning £25 per week.", "£25", "other"),
    ("bbc/politics/380", "To Ashley, of Swindon: when you earned £25 per week, it was worth "
     "something.", "£25", "other"),
    ("bbc/politics/106", "The Tory leader said English local authorities have spent more "
     "than £3bn - or £140 per household - on asylum since Labour won power in 1997.",
     "£140", "other"),
    ("bbc/tech/063", "In China they spend $17 per child per year on textbooks.", "$17",
     "other"),
    ("bbc/business/281", "The cuts on Axa's policies will mean a policyholder who had "
     "invested £50 a month into an endowment policy for the past 25 years would see a "
     "final maturity payout of £46,998.", "£50", "other"),
    # a company's results by the hour or week stay results; a total stays what it is
    ("constructed", "The company is earning about 1.2 mln dlrs an hour.", "1.2 mln", "financials"),
    ("constructed", "Analysts said the unit had been losing about 2 mln dlrs a week.",
     "2 mln", "financials"),
    ("bbc/politics/106", "The Tory leader said English local authorities have spent more "
     "than £3bn - or £140 per household - on asylum since Labour won power in 1997.",
     "£3bn", "investment"),
    ("constructed", "Acme agreed to buy Bolt for $2bn a day after rejecting a rival offer.",
     "$2bn", "deal"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_a_rate_of_pay_a_fee_or_a_sum_per_head_is_other(nlp, source, sentence, written, kind):
    assert _span(nlp, sentence, written)._.kind_rule == kind


@pytest.mark.parametrize(("text", "unit"), [
    ("The minimum wage will rise to £5.35 an hour next year.", "hour"),  # bbc/politics/380
    ("The service will cost an extra £4 a month.", "month"),  # bbc/tech/350
    ("Foreign investment in Ukraine, at about $40 a head in 2004, is low.", "head"),
    ("It paid $2bn a day after the vote.", None),
    ("It also offers a 20-minute test for $2.95 for each 30-minute session.", "minute"),
    ("It will spend $1bn a year on research.", None),  # a yearly total may be investment
    ("Net profit was 15 cts a share.", None),
])  # fmt: skip
def test_rate_unit_reads_the_unit_after_the_amount(nlp, text, unit):
    assert rate_unit(nlp(text)._.amounts[0]) == unit
