"""A plain word the article calls a company is its name ("Engineering company Bridge"),
there and wherever else the article writes it; a possessive does not hide a company's
last name word ("Rug Warehouse’s"); a market written in capitals before a name
("CATALIST-LISTED Harbourfront Holdings") is where the company trades, not part of its
name (models/companies/words.jsonl headline_states); "SG&A", "R&D", "YoY" and "QoQ" are
no companies. Sentences are invented."""


def test_a_plain_word_after_a_company_noun_is_the_company(nlp):
    doc = nlp("Engineering company Bridge said its net profit rose to $12 million.")
    (span,) = doc._.amounts
    assert [lk.company for lk in span._.links] == ["Bridge"]


def test_the_called_name_counts_elsewhere_in_the_article(nlp):
    doc = nlp("Bridge lifts dividend\n\nEngineering company Bridge reported a record year. "
              "Bridge's revenue rose to $80 million.")
    (span,) = doc._.amounts
    assert [lk.company for lk in span._.links] == ["Bridge"]


def test_a_plain_word_with_no_company_noun_stays_no_name(nlp):
    doc = nlp("Bridge prices rose to $12 million last year.")
    (span,) = doc._.amounts
    assert span._.links == []


def test_a_possessive_leaves_the_name_head_in_place(nlp):
    doc = nlp("Prices at Rug Warehouse’s stores fell and it lost £3m last year.")
    (span,) = doc._.amounts
    assert [lk.company for lk in span._.links] == ["Rug Warehouse"]


def test_abbreviations_of_results_lines_are_no_companies(nlp):
    doc = nlp("SG&A rose 12% to $45m, while R&D spending reached $12m.")
    assert all(span._.links == [] for span in doc._.amounts)


def test_the_market_before_a_name_is_dropped(nlp):
    doc = nlp("CATALIST-LISTED Harbourfront Holdings' subsidiary has won a contract worth "
              "about S$45 million, the builder said on Monday.")
    (span,) = doc._.amounts
    assert [lk.company for lk in span._.links] == ["Harbourfront Holdings"]


def test_year_on_year_is_no_company(nlp):
    doc = nlp("In the quarter, the company's revenue rose 12% YoY to ₹103.86 crore.")
    (span,) = doc._.amounts
    assert "YoY" not in [lk.company for lk in span._.links]
