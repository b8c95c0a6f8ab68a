"""pipeline/link/kind_per_share.py, kind_worth.valued_at and the buying cues of
kind_trade on sentences from articles in no gold set (Reuters-21578 reut2-001, -008, -011,
-012, -013, -015, -018; BBC business 111, 112, 125, 197): a price per share is the deal,
issue or valuation the words over it tell of, a price under a warrant, option or right is
a term of the security (other), an active "value" of shares values them, money spent on
buying a stake is a deal, and "of the order of" or "N stg net" name no order and no result."""

import pytest

CASES = [
    # (source, sentence, amount as written, kind)
    # a per-share bid or purchase (FACTS.md: "an offer of 31 dlrs a share" is a deal)
    ("reut2-011", "WILTON, Conn., March 31 - Emery Air Freight Corp said it plans to begin "
     "tomorrow a 40 dlr a share tender offer for 83 pct of the outstanding common stock of "
     "Purolator Courier Corp.", "40 dlr", "deal"),
    ("reut2-008", "Dixons, which is offering 90.25 dlrs a share for Cyclops, said last week "
     "it had about 54 pct of Cyclops common shares.", "90.25 dlrs", "deal"),
    ("reut2-008", "Chemlawn Corp and Ecolab Inc said they signed a definitive merger agreement "
     "under which Ecolab will buy all outstanding Chemlawn common stock for 36.50 dlrs a share "
     "in cash, for a total of about 370 mln dlrs.", "36.50 dlrs", "deal"),
    ("reut2-008", "Chemlawn Corp and Ecolab Inc said they signed a definitive merger agreement "
     "under which Ecolab will buy all outstanding Chemlawn common stock for 36.50 dlrs a share "
     "in cash, for a total of about 370 mln dlrs.", "about 370 mln dlrs", "deal"),
    ("reut2-012", "Entwistle, a privately held company, said it bought 102,000 Bird common "
     "shares on April 1 at 9.625 dlrs a share.", "9.625 dlrs", "deal"),
    # an issue priced per share (FACTS.md: "shares offered at 410-435 rupees in the IPO")
    ("reut2-015", "Toronto, April 9 - <Derlan Industries Ltd> said it plans to issue 2.1 mln "
     "common shares in a private placement at a price of 14 dlrs per share for gross proceeds "
     "of 29.4 mln dlrs.", "14 dlrs", "funding"),
    ("reut2-018", "Great Western Financial Corp said it is offering 2,513,200 common shares "
     "at a price of 20.625 dlrs per share.", "20.625 dlrs", "funding"),
    ("reut2-011", "Nord said the placement was priced at 17.50 dlrs a share, 90 pct of the "
     "stock's closing price yesterday.", "17.50 dlrs", "funding"),
    ("reut2-015", "AMPLICON INITIAL OFFERING AT 12.25 DLRS A SHARE", "12.25 DLRS", "funding"),
    # the terms of a warrant, option or right: other, as the gold sets call exercise prices
    ("reut2-012", "The options can be exercised at 10 dlrs a share until December 31, 1987, "
     "then at 12.50 dlrs a share until December 31, 1988.", "10 dlrs", "other"),
    ("reut2-008", "American Express will also grant Nippon Life a five-year warrant to "
     "purchase one mln American Express common shares at 100 dlrs per share.", "100 dlrs",
     "other"),
    ("reut2-015", "Each right entitles the holder to buy one share of beneficial interest of "
     "American Realty Trust at a price of 3.75 dlrs per share, Southmark said.", "3.75 dlrs",
     "other"),
    # what these rules leave: a contract's options, a payout, a result per share
    ("reut2-013", "ST Systems Corp said it was awarded a two-year contract with three one-year "
     "options valued at nearly 30 mln dlrs to provide support services.",
     "nearly 30 mln dlrs", "deal"),
    ("reut2-001", "CRI Insured Mortgage said its advisor will recommend a special distribution "
     "of 50 cts per share due to the sale of a federally insured first mortgage.", "50 cts",
     "financials"),
    ("reut2-008", "In the 1986 first quarter, Brunswick reported earnings of 23.8 mln dlrs or "
     "57 cts a share on sales of 396.7 mln dlrs.", "57 cts", "financials"),
    # an active "value" of shares or share capital, however parsed
    ("reut2-012", "It said in a statement the terms of the offer will be 13 new Rank Hovis "
     "shares for every five Avana ordinary shares, valuing each Avana share at 829p.", "829p",
     "valuation"),
    ("reut2-011", "The offer price values the entire Pioneer Sugar share capital at 219.6 mln "
     "dlrs and compares with today's closing market level of 1.85 dlrs a share.",
     "219.6 mln dlrs", "valuation"),
    # a takeover proposal or approach prices its offer per share too (invented)
    ("invented", "The revised proposal was worth 46.50 dlrs per share.", "46.50 dlrs", "deal"),
    ("invented", "Acme made an approach at 410 pence a share last week.", "410 pence", "deal"),
    # "of the order of" sizes a figure; "N stg net" is after costs, no net result
    ("reut2-001", "A rights issue of the order of 400 mln stg is seen, perhaps in June if "
     "there is no U.K. General election, they added.", "400 mln stg", "funding"),
    ("reut2-011", "LONDON, March 31 - DPCE Holdings Plc said it planned to raise 14.6 mln stg "
     "net through an underwritten rights issue of 4.7 mln shares.", "14.6 mln stg", "funding"),
    ("reut2-011", "Capital expenditure, which had been budgeted at over 150 mln stg, was cut to "
     "51 mln stg net of disposals.", "51 mln stg", "investment"),
    # money spent on buying, a bid raised, a named plant sold
    ("bbc-business-112", "France Telecom is to spend 578m euros on buying out minority "
     "shareholders in data services provider Equant.", "578m euros", "deal"),
    ("bbc-business-111", "The company also said it planned to spend 500m euros this year buying "
     "back shares.", "500m euros", "other"),
    ("reut2-013", "American Exploration Co said it raised 63 mln dlrs for its property "
     "acquisition program, and has spent all but 10 mln dlrs of that total on acquiring "
     "property.", "10 mln dlrs", "deal"),
    ("bbc-business-125", "It is currently arguing against an offer from Swiss Xstrata, which "
     "the firm raised to A$8.4bn last week after WMC said it was an undervaluation.",
     "A$8.4bn", "deal"),
    ("bbc-business-197", "The mill, Krivorizhstal, was sold in June 2004 for $800m (£424m) - "
     "well below other offers.", "$800m", "deal"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_per_share_and_bids(nlp, source, sentence, written, kind):
    doc = nlp(sentence)
    spans = [s for s in doc._.amounts if s.text == written]
    assert spans, f"no amount {written!r} in {[s.text for s in doc._.amounts]}"
    assert spans[0]._.kind_rule == kind


@pytest.mark.parametrize(
    ("sentence", "written", "kind"),
    [
        # a total paid with warrants on the side is the deal's price, not a warrant's terms
        ("Harlow Industries Inc said it will sell its lock and door subsidiaries to Brenmoor "
         "PLC for 250 mln dlrs and warrants to purchase two mln Brenmoor shares.",
         "250 mln dlrs", "deal"),
        # a warrant's own price stays a security's terms
        ("Harlow Industries Inc issued warrants to buy 300,000 shares at 12.50 dlrs per share.",
         "12.50 dlrs", "other"),
    ],
)
def test_a_scaled_total_beside_warrants_is_no_warrants_price(nlp, sentence, written, kind):
    kinds = {s.text: s._.kind for s in nlp(sentence)._.amounts}
    assert kinds[written] == kind, kinds
