"""The other party of money that changes hands gets its fact too (FACTS.md "One fact":
a deal belongs to both sides; `role` payer lends, invests, buys; payee sells, borrows).
pipeline/link/rules/deals.py. Sentences are Reuters and BBC news from files outside the
gold sets (Reuters dev: reut2-002, -007, -014; cold set: reut2-010), as written."""

import pytest

CASES = [
    # (source, sentence, amount, [(company, role), ...] that must be among the links)
    ("reuters/reut2-008 Amer", "Finland's business group Amer-Yhtyma Oy said it has signed a 50 "
     "mln dlr, six-year syndicated multicurrency loan with a group of 15 international and four "
     "Finnish banks led by Citicorp Investment Bank Ltd.", "50 mln dlr",
     [("Citicorp Investment Bank Ltd.", "payer")]),
    ("reuters/reut2-016 GPA", "GPA Airbus 320 Ltd, an affiliate of Irish aircraft leasing company "
     "GPA Group Ltd, said it had placed a 320 mln dlr order with Franco-U.S. Group <CFM "
     "International> to supply the engines.", "320 mln dlr",
     [("CFM International", "partner")]),
    ("reuters/reut2-009 Krupp", "Fried. Krupp GmbH said its Krupp Industrietechnik GmbH subsidiary "
     "has won a 130 mln marks joint order with Samsung Shipbuilding and Heavy Industries Co.",
     "130 mln marks", [("Samsung Shipbuilding and Heavy Industries Co.", "partner")]),
    ("reuters/reut2-004 Harcourt", "Harcourt Brace has offered 220 mln dlrs for Harper and Row "
     "Publishers, Moody's noted.", "220 mln dlrs", [("Harper and Row Publishers", "payee")]),
    ("invented", "Acme Corp snapped up rival lender Beta Bank in a $4bn merger last March.", "$4bn",
     [("Beta Bank", "payee")]),
    ("bbc/business/040", "The firm, which is to receive a payment from Chelsea of £24.5m, said "
     "it is appraising a number of additional investment opportunities.", "£24.5m",
     [("Chelsea", "payer")]),
    ("bbc/business/077", "The deal sees Rosneft receive $6bn in credits from China's CNPC.",
     "$6bn", [("Rosneft", "payee"), ("CNPC", "payer")]),
    ("bbc/business/047 headline", "Ryanair in $4bn Boeing plane deal\n\nRyanair has agreed "
     "to buy up to 70 Boeing planes.", "$4bn", [("Boeing", "payee")]),
    ("invented", "Acme Airlines is said to owe almost $9 million to its partner Beta Tours Inc.",
     "$9 million", [("Acme Airlines", ""), ("Beta Tours Inc.", "payee")]),
    ("invented", "Acme Telecom will spend around $1bn on network equipment from Beta Networks "
     "and Gamma Systems.", "$1bn", [("Beta Networks", "payee"), ("Gamma Systems", "payee")]),
    ("invented", "Acme Bank's £45m system from software maker Beta Systems was late.",
     "£45m", [("Beta Systems", "payee")]),
    ("invented", "Skyline Air signed a contract to purchase a fleet of Boeing 737 jets for "
     "$4bn.", "$4bn",
     [("Skyline Air", "payer"), ("Boeing", "payee")]),
    ("invented", "The regulator has cleared the £15bn merger of Acme Telecom and Beta Mobile.",
     "£15bn", [("Acme Telecom", "payee"), ("Beta Mobile", "payee")]),
    ("invented", "Acme agreed to sell its Texas oil refinery to Beta Oil Co for 310 mln dlrs.",
     "310 mln dlrs", [("Acme", "payee"), ("Beta Oil Co", "payer")]),
    ("invented", "Acme raised $40 million in a Series B round led by Beta Ventures.",
     "$40 million", [("Acme", "payee"), ("Beta Ventures", "payer")]),
    ("invented", "Acme raised $60 million from Orbis Ventures and Kestrel Capital.",
     "$60 million", [("Acme", "payee"), ("Orbis Ventures", "payer"), ("Kestrel Capital", "payer")]),
    ("invented", "Acme raised $40 million in debt financing from Harbour Credit Partners.",
     "$40 million", [("Acme", "payee"), ("Harbour Credit Partners", "payer")]),
]


def _links(nlp, sentence: str, written: str) -> list[tuple[str, str]]:
    doc = nlp(sentence)
    (span,) = [s for s in doc._.amounts if written in s.text]
    return [(lk.company, lk.role) for lk in span._.links]


@pytest.mark.parametrize(("source", "sentence", "written", "sides"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])  # fmt: skip
def test_the_other_side_gets_a_fact(nlp, source, sentence, written, sides):
    links = _links(nlp, sentence, written)
    assert [s for s in sides if s not in links] == [], links


def test_who_is_sued_would_pay(nlp):
    links = _links(nlp, "Acme Corp sued Beta Bank, its former banker, to return 136m euros.",
                   "136m euros")  # fmt: skip
    assert ("Beta Bank", "payer") in links
    # bbc/business (outside the gold sets): a country sued is no company
    links = _links(nlp, "Yukos' parent company, the Gibraltar-based Menatep Group, is suing "
                   "Russia in Europe for $28.3bn.", "$28.3bn")  # fmt: skip
    assert "Russia" not in [c for c, _ in links]


def test_the_amount_s_own_letters_are_no_side(nlp):
    # bbc/business/096: "£13.8m deal" is no deal with a company called "m"
    links = _links(nlp, "The £13.8m deal gives Burren Energy access to the Indian oil and gas "
                   "industry.", "£13.8m")  # fmt: skip
    assert "m" not in [c for c, _ in links]


def test_a_person_s_debt_to_a_tax_office_is_no_company_s(nlp):
    links = _links(nlp, "He owed over $850,000 to the Internal Revenue Service.", "$850,000")
    assert links == []


def test_underwriters_provide_nothing(nlp):
    # reut2-011: the underwriters sell the issue; the bank raises the money
    links = _links(nlp, "Bank of New England - Offering of 200 mln dlrs of subordinated capital "
                   "notes due 1999 through an underwriting group led by Morgan Stanley and Co "
                   "Inc.", "200 mln dlrs")  # fmt: skip
    assert [c for c, _ in links] == ["Bank of New England"]


def test_a_valuation_in_the_round_is_the_raisers_alone(nlp):
    links = _links(nlp, "Acme raised $40 million in a Series B round led by Beta Ventures, "
                   "valuing it at $300 million.", "$300 million")  # fmt: skip
    assert "Beta Ventures" not in [c for c, _ in links]


def test_a_longer_name_around_an_alias_is_another_company(nlp):
    # Continental AG is in the gazetteer; Continental Bank of Canada is a bank
    doc = nlp("Lloyds Bank Canada completed its 200 mln Canadian dlr acquisition of "
              "Continental Bank of Canada.")  # fmt: skip
    (span,) = [s for s in doc._.amounts]
    ents = {e.text: e._.company for e in doc.ents if e.label_ == "ORG"}
    assert ents["Continental Bank of Canada"] is None
    assert "Continental Bank of Canada" in [lk.company for lk in span._.links]


def test_the_combined_company_is_both_sides_of_the_story_s_merger(nlp):
    doc = nlp("Acme Corp agreed to merge with Beta Inc in a $3bn deal. The combined company "
              "would have $35 billion in annual revenue.")  # fmt: skip
    (span,) = [s for s in doc._.amounts if s.text.startswith("$35")]
    assert {lk.company for lk in span._.links} >= {"Acme Corp", "Beta Inc"}


def test_an_offering_raised_from_is_no_side(nlp):
    """ "raised Rmb5bn from its Shenzhen IPO": the listing names no investor."""
    links = _links(nlp, "Kestrel Power raised Rmb5bn (US$700m) from its Shenzhen IPO on "
                   "Friday.", "Rmb5bn")
    assert [c for c, _ in links] == ["Kestrel Power"], links
