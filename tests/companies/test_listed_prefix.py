"""A market written in capitals before a name ("CATALIST-LISTED Harbourfront Holdings") is
where the company trades, not part of its name (models/companies/words.jsonl
headline_states); "YoY" and "QoQ" compare results and are no companies. Invented."""


def test_the_market_before_a_name_is_dropped(nlp):
    doc = nlp("CATALIST-LISTED Harbourfront Holdings' subsidiary has won a contract worth "
              "about S$45 million, the builder said on Monday.")
    (span,) = doc._.amounts
    assert [lk.company for lk in span._.links] == ["Harbourfront Holdings"]


def test_year_on_year_is_no_company(nlp):
    doc = nlp("In the quarter, the company's revenue rose 12% YoY to ₹103.86 crore.")
    (span,) = doc._.amounts
    assert "YoY" not in [lk.company for lk in span._.links]
