"""pipeline/link/kind_spent.py and kind_public.money_market_flow (kinds wave 11) on
invented sentences: money spent on a campaign, an election, advertising or lobbying is
``other``; a facility or programme a borrowing word modifies is ``funding``; a central
bank's money-market report is ``other`` whatever verb governs its figures. The last cases
of each table are near misses that keep the kind they had."""

import pytest
from amount_at import amount_at, kind_at

from pipeline.link.kind_public import industry_money, money_market_flow

SPENT = [
    ("The Green party spent £1.9m on the campaign, its accounts show.", "£1.9m", "other"),
    ("The three parties had spent £12m between them on the last general election.", "£12m",
     "other"),
    ("Only £3.5m was spent on sales and marketing of the new service.", "£3.5m", "other"),
    ("Brewers spent about 30 mln dlrs lobbying against the tax last year.", "30 mln dlrs",
     "other"),
    ("The carmaker will spend $40m on advertising in Europe.", "$40m", "other"),
    ("Brewmore Inc will increase advertising spending by 12 pct to 150 mln dlrs this year.",
     "150 mln dlrs", "other"),
    ("Campaign spending by the four parties rose to £26m.", "£26m", "other"),
    # "put" with an "on" phrase lays a duty or a price; "put ... into" builds
    ("The chancellor put 2p a litre on diesel and 9p on a pack of cigars.", "2p", "other"),
    ("Consumers are expected to put £150bn on credit cards this year.", "£150bn", "other"),
    ("The group put $25 million into its new factory in Ohio.", "$25 million", "investment"),
    # money spent building something stays investment
    ("Research spending at the drugmaker rose to 410m euros.", "410m euros", "investment"),
    ("Norvell Corp will spend 45 mln dlrs on a new plant in Ohio.", "45 mln dlrs", "investment"),
    ("The council spent £8m on the new library.", "£8m", "investment"),
]

BORROWING = [
    ("LONDON, May 4 - Harwick Foods Plc is seeking a 250 mln stg, seven year multiple option "
     "facility, banking sources said.", "250 mln stg", "funding"),
    ("Dovan Ltd seeks a 120 mln U.S. Dlr, ten year underwritten note issuance facility.",
     "120 mln U.S. Dlr", "funding"),
    ("Morland Bank said it set up a commercial paper program for up to 300 mln dlrs.",
     "300 mln dlrs", "funding"),
    ("Kestor Ltd said it completed a refinancing package worth about 600 mln Canadian dlrs.",
     "600 mln Canadian dlrs", "funding"),
    # a facility that is a plant, a programme that spends, a share plan
    ("Norvell Corp will build a 50 mln dlr production facility in Texas.", "50 mln dlr",
     "investment"),
    ("The company said it would spend 20 mln dlrs on a research program.", "20 mln dlrs",
     "investment"),
]

MONEY_MARKET = [
    ("The Bank of England said it forecast a shortage of around 450 mln stg in the money "
     "market today.", "450 mln stg", "other"),
    ("Among the main factors, a rise in note circulation will drain some 110 mln stg while "
     "exchequer transactions will add around 260 mln stg.", "260 mln stg", "other"),
    ("U.K. MONEY MARKET DEFICIT FORECAST AT 600 MLN STG", "600 MLN STG", "other"),
    ("Total borrowings in the week fell 40 mln dlrs to 410 mln dlrs, with extended credits "
     "up five mln dlrs at 215 mln dlrs.", "215 mln dlrs", "other"),
    # a company's results and issues beside a market word are no money-market report
    ("Harwick Bank said 1986 net profit rose to 45 mln stg on higher money market income.",
     "45 mln stg", "financials"),
    ("Harwick Securities raised 50 mln stg in a share placing with money market funds.",
     "50 mln stg", "funding"),
]


@pytest.mark.parametrize(("text", "written", "kind"), SPENT, ids=[c[0] for c in SPENT])
def test_kind_spent_not_built(nlp, text, written, kind):
    assert kind_at(nlp, text, written) == kind


@pytest.mark.parametrize(("text", "written", "kind"), BORROWING, ids=[c[0] for c in BORROWING])
def test_kind_spent_borrowing_facility(nlp, text, written, kind):
    assert kind_at(nlp, text, written) == kind


@pytest.mark.parametrize(("text", "written", "kind"), MONEY_MARKET,
                         ids=[c[0] for c in MONEY_MARKET])  # fmt: skip
def test_kind_spent_money_market_flow(nlp, text, written, kind):
    assert kind_at(nlp, text, written) == kind


@pytest.mark.parametrize(("case", "flow"), [(0, True), (1, True), (4, False)])
def test_kind_spent_money_market_keeps_industry(nlp, case, flow):
    """A money-market report's figures, read as results before, still take the article's
    industry (FACTS.md Sector 3: the banking system's money), as ``other``."""
    text, written, _ = MONEY_MARKET[case]
    span = amount_at(nlp, text, written)
    assert money_market_flow(span) is flow
    assert industry_money(span, span._.kind) is True
