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


@pytest.mark.parametrize(
    "text",
    [  # a four-letter name with vowels, in capitals in prose: the article's spelling
        "Nigerian conglomerate UACN reported a 58 percent decline in its half year pretax "
        "profit to ₦2.14 billion ($11 million).",  # web BG, Reuters via a Nigerian site
        "Austria's OMV said on Tuesday it would invest 1.5 billion euros in the field.",
    ],
)
def test_a_name_in_capitals_in_prose_keeps_them(english, text: str) -> None:
    name = "UACN" if "UACN" in text else "OMV"
    assert name_case(name, text, english) == name


def test_a_headline_name_in_capitals_is_still_cased(english) -> None:
    text = "UACN PROFIT FALLS\nLagos, July 28 - The group said profit fell."
    assert name_case("UACN", text, english) == "Uacn"
