"""A bid turned down, taken or recommended in a passive clause on the amount ("offered
£1.3bn, which was rejected by X") is for X: X is the deal's other side, as payee
(pipeline/link/rules/deal_objects.py ``rejected_by``). Sentences are invented."""


def _sides(nlp, text):
    (span,) = nlp(text)._.amounts
    return sorted((lk.company, lk.role) for lk in span._.links)


def test_the_company_that_rejected_the_offer_is_its_target(nlp):
    text = "Vantage Holdings earlier offered £2.2bn, which was rejected by Orbis Telecom."
    assert _sides(nlp, text) == [("Orbis Telecom", "payee"), ("Vantage Holdings", "payer")]


def test_an_offer_with_no_clause_names_no_target(nlp):
    assert _sides(nlp, "Vantage Holdings earlier offered £2.2bn in cash.") == [
        ("Vantage Holdings", "payer")]
