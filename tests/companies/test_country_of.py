"""NER may run a company's country into its name ("Nigeria’s Dangote Sugar Refinery"
as one ORG span, with the curly apostrophe web news writes): the name starts after the
country's possessive (``_after_country_of`` in ``pipeline/companies/bounds.py``)."""

from __future__ import annotations

from pipeline.companies.bounds import trim


def test_a_country_before_the_name_is_no_part_of_it(nlp) -> None:
    # web BG (a Nigerian business site, 2021)
    doc = nlp(
        "Nigerian conglomerate UACN reported a decline in profit while Nigeria’s Dangote "
        "Sugar Refinery’s first-half pretax profit fell 4.5 percent to ₦9.80 billion."
    )
    start = next(t.i for t in doc if t.text == "Nigeria")
    end = next(t.i for t in doc if t.text == "Refinery") + 1
    lo, hi = trim(doc, start, end)
    assert doc[lo:hi].text == "Dangote Sugar Refinery"


def test_a_name_with_a_possessive_of_its_own_stays(nlp) -> None:
    doc = nlp("McDonald’s Corp said sales rose.")  # no country before the "’s"
    lo, hi = trim(doc, 0, 3)
    assert doc[lo:hi].text == "McDonald’s Corp"


def test_owner_of_the_amount(nlp) -> None:
    doc = nlp(
        "Nigeria’s Dangote Sugar Refinery’s first-half pretax profit fell 4.5 percent to "
        "₦9.80 billion ($49 million) versus a year earlier, the firm said on Friday."
    )
    owners = {lk.company for span in doc._.amounts for lk in span._.links}
    assert owners == {"Dangote Sugar Refinery"}


def test_a_headline_in_capitals_keeps_its_country(nlp) -> None:
    # reut2-001 #1913 (in no gold set): the headline names no company at all
    doc = nlp("PAKISTAN'S FOREIGN EXCHANGE RESERVES FALL\n\nKARACHI, March 5 - Reserves fell.")
    lo, hi = trim(doc, 0, 5)
    assert doc[lo].text == "PAKISTAN"
