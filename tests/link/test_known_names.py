"""A company's industry as it is known (FACTS.md Sector, step 2), wave 9: a gazetteer
entry found after another name's own words is another company ("McDonnell Douglas" is
not the perfume retailer "Douglas"), and names that say a trade the earlier word lists
lacked (freight, trucking, transport, railroads; biologicals; hospitality). Articles
are Reuters-21578 records outside every gold set and the cold files."""

from __future__ import annotations

import pytest

from pipeline.link.known_names import other_company


def _known(nlp):
    return nlp.get_pipe("newsfacts_linker").industries.gazetteer


def _is_place(nlp):
    places = nlp.get_pipe("newsfacts_linker").company_words.places
    return places.__contains__


@pytest.mark.parametrize(
    ("company", "entry", "other"),
    [
        ("McDonnell Douglas Corp", "Douglas", True),  # reut2-012 #12295, a planemaker
        ("Santa Fe Southern Pacific Corp", "Southern Company", True),  # reut2-012 #12827
        ("Norfolk Southern Corp", "Southern Company", True),  # reut2-001 #1562, a railroad
        ("American Barrick Resources Corp", "Barrick Gold", False),  # a nationality first
        ("Shell Canada Ltd", "Shell plc", False),  # the family's name first
        ("Douglas", "Douglas", False),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_an_entry_after_another_name_is_another_company(nlp, company, entry, other):
    assert other_company(company, entry, _known(nlp), _is_place(nlp)) is other


def _article(shared_dir, path, record):
    from pipeline.ingest.files import read_path

    # reut2-012 holds an empty record (12793) the reader reports and skips
    articles = read_path(str(shared_dir / path), fields={}, report=lambda err: None)
    return next(a.text for a in articles if a.record == record)


@pytest.mark.parametrize(
    ("path", "record", "amount", "sector"),
    [
        # "McDonnell Douglas Corp has received a 60.0 mln dlr contract for long lead
        # advance work on F-15E aircraft": no perfume retailer's consumer
        ("corpus/reuters21578/reut2-012.sgm.gz", "12295", "60.0 mln", "aerospace_defense"),
        # results tables whose story names no trade but the company's name does
        ("corpus/reuters21578/reut2-012.sgm.gz", "12187", "210,000", "infrastructure"),
        ("corpus/reuters21578/reut2-012.sgm.gz", "12296", "305.7 mln", "infrastructure"),
        ("corpus/reuters21578/reut2-018.sgm.gz", "18166", "4,849,000", "healthcare"),
        ("corpus/reuters21578/reut2-001.sgm.gz", "1314", "214.9 mln", "consumer"),
        # "Emery Air Freight Corp topped a leveraged buyout offer ... by about 40 mln dlrs"
        ("corpus/reuters21578/reut2-012.sgm.gz", "12195", "887.5 mln", "infrastructure"),
    ],
    ids=[
        "mcdonnell-douglas-contract",
        "railroad-table",
        "transportation-table",
        "biologicals-table",
        "hospitality-table",
        "air-freight-revenue",
    ],
)
def test_company_industry_as_known_in_articles(nlp, shared_dir, path, record, amount, sector):
    doc = nlp(_article(shared_dir, path, record))
    span = next(s for s in doc._.amounts if amount in s.text)
    assert span._.sector == sector


@pytest.mark.parametrize(
    ("text", "amount", "sector"),
    [
        # written for this test: the work a contract pays for beats the contractor's trade
        (
            "Honeywell Inc said it received a 20 mln dlr contract to supply navigation "
            "systems for Air Force fighter jets.",
            "20 mln dlr",
            "aerospace_defense",
        ),
        # a contract that names no work keeps its contractor's industry
        (
            "Honeywell Inc said it received a 20 mln dlr contract from the Air Force.",
            "20 mln dlr",
            "manufacturing",
        ),
    ],
    ids=["contract-work", "contract-no-work"],
)
def test_a_contract_takes_the_sector_of_the_work_it_pays_for(nlp, text, amount, sector):
    doc = nlp(text)
    span = next(s for s in doc._.amounts if s.text == amount)
    assert span._.sector == sector


def test_a_contract_in_an_article(nlp, shared_dir):
    """reut2-012 #12832: "received an additional 3.2 mln dlr contract from General Dynamics
    Corp to supply electronic components contained in the guidance control": the
    components, not the defense words of the buyer's name."""
    doc = nlp(_article(shared_dir, "corpus/reuters21578/reut2-012.sgm.gz", "12832"))
    span = next(s for s in doc._.amounts if "3.2 mln" in s.text)
    assert span._.sector == "electronics"
