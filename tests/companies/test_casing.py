"""A name read only in capitals is stored the way the article would write it
(``pipeline/companies/casing.py``): "GLENFED INC" in one wire story and "GlenFed Inc"
in the next are one company to an analyst. Names and texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.companies.casing import english_words, name_case
from pipeline.facts import doc_facts
from pipeline.types import Article


@pytest.fixture(scope="module")
def english(nlp) -> frozenset[str]:
    return english_words(nlp)


@pytest.mark.parametrize(
    ("name", "cased"),
    [
        ("HARBOUR FOODS INC", "Harbour Foods Inc"),
        ("BANK OF NORTHERN ONTARIO", "Bank of Northern Ontario"),  # a joining word
        ("U.S. WEST INC", "U.S. West Inc"),  # dotted: an acronym
        ("GAF CORP", "GAF Corp"),  # three letters, no English word
        ("NEW YORK TIMES CO", "New York Times Co"),  # three letters, an English word
        ("NCNB CORP", "NCNB Corp"),  # no vowel
        ("WEIGH-TRONIX INC", "Weigh-Tronix Inc"),  # each part of a hyphenated word
        ("KESTREL MINING GMBH", "Kestrel Mining GmbH"),  # a legal form's own spelling
        ("GlenFed Inc", "GlenFed Inc"),  # mixed case: as written
        ("AT&T", "AT&T"),
    ],
)
def test_name_case(english, name: str, cased: str) -> None:
    assert name_case(name, "", english) == cased


def test_the_article_spells_a_word() -> None:
    text = "FED DATA CORP <FDC> SETS PAYOUT\nChicago, May 4 - Fed Data said ..."
    assert name_case("FED DATA CORP", text, frozenset({"fed", "data"})) == "Fed Data Corp"


def test_the_article_does_not_turn_a_joining_word() -> None:
    text = "And then came the vote."  # "And" opens a sentence: still "of"/"and" in a name
    assert name_case("BRICK AND TILE CO", text, frozenset()) == "Brick and Tile Co"


WIRE = (
    "HARBOUR FOODS INC <HFI> 1ST QTR NET\n"
    "NEW YORK, April 2 - Shr 12 cts vs 10 cts\n"
    "Net 1,200,000 vs 1,000,000\n"
    "Revs 20.1 mln vs 18.3 mln\n"
)


def test_a_wire_table_owner_is_cased_and_its_mention_kept(nlp) -> None:
    doc = nlp(WIRE)
    owners = {(lk.company, lk.mention) for span in doc._.amounts for lk in span._.links}
    assert owners == {("Harbour Foods Inc", "HARBOUR FOODS INC")}
    article = Article(source="wire.txt", record="", title="", text=WIRE)
    facts = doc_facts(doc, article)
    assert {f.company for f in facts} == {"Harbour Foods Inc"}
    assert {f.company_canonical for f in facts} == {"Harbour Foods"}
