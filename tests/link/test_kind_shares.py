"""pipeline/link/kind_shares.py on wire sentences outside the gold sets (Reuters-21578
reut2-003, reut2-005, reut2-008, reut2-011, 1987): a price "each" of shares bought, bid
for or sold is a deal, of a company's own shares tendered for a buy-back (other); an
issue keeps funding and a quote stays other."""

import pytest

CASES = [
    # (source, sentence, amount as written, kind)
    ("reut2-003", "Sosnoff said it has started a tender offer for all shares of Caesars "
     "World Inc at 28 dlrs each.", "28 dlrs", "deal"),
    ("reut2-011", "Investor David LaRoche said he has extended his cash offer to buy 170,000 "
     "shares of NECO Enterprises Inc at 26 dlrs each until April 14.", "26 dlrs", "deal"),
    ("reut2-011", "Lilly said it sold 400,000 Liposome common shares on March 17 at eight "
     "dlrs each.", "eight dlrs", "deal"),
    ("reut2-011", "Southmark would not take any other action that would hamper Sosnoff's "
     "current offer to acquire all Caesars shares he does not now own for 28 dlrs each.",
     "28 dlrs", "deal"),
    # an issue of shares keeps its funding; a closing quote stays a share price
    ("reut2-005", "Corken International Corp said it has completed an initial public "
     "offering of 500,000 common shares at five dlrs each through underwriters led by Lowell "
     "H. Pierce.", "five dlrs", "funding"),
    ("reut2-008", "Hong Kong Land shares gained 30 cts to close at eight dlrs each "
     "yesterday.", "eight dlrs", "other"),
    # shares priced at a figure are issued at it (texts written for the test)
    ("constructed", "Orbis Biotech priced its shares at HK$12, raising HK$310 million.",
     "HK$12", "funding"),
    ("constructed", "Kestrel Freight raised HK$95 million as its shares, priced at HK$4.20, "
     "closed at HK$4.05.", "HK$4.20", "funding"),
    ("constructed", "Kestrel Freight raised HK$95 million as its shares, priced at HK$4.20, "
     "closed at HK$4.05.", "HK$4.05", "other"),
    ("constructed", "The combined market cap of the five banks crossed $90 billion.",
     "$90 billion", "valuation"),
]


@pytest.mark.parametrize(("source", "sentence", "written", "kind"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_price_each_of_shares(nlp, source, sentence, written, kind):
    doc = nlp(sentence)
    spans = [s for s in doc._.amounts if s.text == written]
    assert spans, f"no amount {written!r} in {[s.text for s in doc._.amounts]}"
    assert spans[0]._.kind_rule == kind
