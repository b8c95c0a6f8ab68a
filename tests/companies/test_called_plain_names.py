"""A plain word the article calls a company is its name ("Engineering company Bridge"),
there and wherever else the article writes it; a possessive does not hide a company's
last name word ("Rug Warehouse’s"). Sentences are invented."""


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
