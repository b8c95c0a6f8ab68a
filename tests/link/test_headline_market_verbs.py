"""A sentence-case headline crowded with names still has its verb ("Kirti Roshni gains on
Kerala Urban Infra Development Fund order": rules/headline.py), market moves are headline
verbs (models/link/words.jsonl headline_verbs), and a state development fund is a public
body (models/companies/not_companies.jsonl), so the order is the company's. Invented."""

ARTICLE = ("Kirti Roshni gains on Kerala Urban Infra Development Fund order\n\n"
           "Kirti Roshni share price rose 2 percent after the company received an order of "
           "Rs 50 crore from the Kerala Urban Infrastructure Development Fund.")


def test_the_headline_subject_owns_the_order(nlp):
    (span,) = nlp(ARTICLE)._.amounts
    assert [lk.company for lk in span._.links] == ["Kirti Roshni"]


def test_a_development_fund_and_a_tax_are_no_companies(nlp):
    doc = nlp("The contractor received an order of Rs 12 crore (with GST) from the Assam "
              "Infrastructure Development Fund.")
    (span,) = doc._.amounts
    assert span._.links == []
