"""The company "of" names after an investment noun owns the money ("a $40 million
expansion of X"; pipeline/link/rules/parse.py); a purchase "of X" still does not make X
the payer. Sentences are invented."""


def test_an_expansion_of_a_company_is_its_investment(nlp):
    doc = nlp("The minister opened a $40 million expansion of Halvorsen Paper Mills Ltd on "
              "Friday.")
    (span,) = doc._.amounts
    assert [(lk.company, span._.kind) for lk in span._.links] == [
        ("Halvorsen Paper Mills Ltd", "investment")]


def test_a_purchase_of_a_company_keeps_its_buyer(nlp):
    doc = nlp("Norbeck Holdings completed the $40 million purchase of Halvorsen Paper Mills Ltd "
              "on Friday.")
    (span,) = doc._.amounts
    assert ("Norbeck Holdings", "payer") in [(lk.company, lk.role) for lk in span._.links]
