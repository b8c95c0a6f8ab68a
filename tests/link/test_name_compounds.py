"""A trade glued to a generic word in a name ("Healthco", "Farmland", "Cablesystems"),
and the other company-industry words of this wave: "X Post", a games-console maker's
index industry. Names and articles are from the Reuters-21578 and BBC collections
outside every gold set (record or file beside each case)."""

from __future__ import annotations

import pytest

from pipeline.link.name_compounds import compound_sector


def _table(nlp) -> dict[str, str]:
    return nlp.get_pipe("newsfacts_linker").industries._names


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("Healthco International Inc", "healthcare"),  # reut2-004 #4788, dental supplies
        ("National HealthCorp LP", "healthcare"),  # reut2-001 #1490, care centers
        ("Computerland Corp", "electronics"),  # reut2-017 #17723, computer retailer
        ("Farmland Industries", "agriculture"),  # the farm co-op: beats generic "Industries"
        ("Renison Goldfields Consolidated Ltd", "mining_metals"),  # reut2-005 #5788
        ("American Cablesystems Corp", "telecom"),  # reut2-007 #7865
        ("Biosystems Research", "healthcare"),  # reut2-015 #15497, AIDS tests
        ("Goldman Sachs", ""),  # "man" is no generic ending
        ("Goldstar Co", ""),  # "star" brands other trades (Goldstar makes electronics)
        ("GTE Spacenet", ""),
        ("Carland Inc", ""),  # a stem under four letters glues to anything
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_name_compounds_trade_and_generic_ending(nlp, name, sector):
    assert compound_sector(name, _table(nlp), lambda w: False) == sector


def test_name_compounds_place_is_no_trade(nlp):
    """ "Portland General Corp": Portland is a city, not a port company."""
    ctx_places = nlp.get_pipe("newsfacts_linker").company_words
    assert "portland" in ctx_places.places | ctx_places.cities
    is_place = lambda w: w in ctx_places.places or w in ctx_places.cities  # noqa: E731
    assert compound_sector("Portland General Corp", _table(nlp), is_place) == ""


def _article(shared_dir, path, record=""):
    from pipeline.ingest import iter_articles

    return next(
        a.text for a in iter_articles([str(shared_dir / path)]) if not record or a.record == record
    )


@pytest.mark.parametrize(
    ("path", "record", "amount", "sector"),
    [
        # a results table whose story names no trade: the name's "Healthco" does
        ("corpus/reuters21578/reut2-004.sgm.gz", "4788", "3,182,000", "healthcare"),
        ("corpus/reuters21578/reut2-004.sgm.gz", "4788", "349.2 mln", "healthcare"),
        # "Canada Post officials said ... its 160 mln dlrs deficit": the mail service
        ("corpus/reuters21578/reut2-019.sgm.gz", "19126", "160 mln", "consumer"),
        # reut2-018 #18266: a capitals headline's verb "POST" in a misread name
        # ("AHMANSON TO POST 2ND") is no newspaper
        ("corpus/reuters21578/reut2-018.sgm.gz", "18266", "24 MLN", ""),
        # BBC tech 185.txt: a handheld's price; the index files its maker under video
        # games and electronics, a console maker (models/companies/industry_sectors.jsonl)
        ("corpus/bbc/tech/185.txt", "", "$150", "electronics"),
    ],
    ids=[
        "healthco-net",
        "healthco-revs",
        "canada-post-deficit",
        "post-headline-verb",
        "console-maker-index",
    ],
)
def test_name_compounds_company_industry_in_articles(nlp, shared_dir, path, record, amount,
                                                     sector):  # fmt: skip
    doc = nlp(_article(shared_dir, path, record))
    span = next(s for s in doc._.amounts if amount in s.text)
    assert span._.sector == sector


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # BBC business 468.txt: what an airline pays for its fuel is its input
        (
            "Alitalia lost 330m euros in 2003 as it struggled to get to grips with high costs, "
            "spiralling oil prices, competition from budget carriers and reduced demand.",
            "oil",
            True,
        ),
        # reut2-007 #7865: the cable system bought is what the money pays for
        (
            "American Cablesystems Corp said it agreed in principal to buy a cable television "
            "system in Los Angeles County for 15.5 mln dlrs.",
            "cable",
            False,
        ),
    ],
    ids=["oil-prices-input", "cable-system-bought"],
)
def test_sectors_input_cost_names_what_a_company_pays_for(nlp, sentence, word, expected):
    from pipeline.link.sectors import input_cost

    doc = nlp(sentence)
    hits = nlp.get_pipe("newsfacts_linker").sectors(doc)
    hit = next(h for h in hits if h.text.lower() == word)
    assert input_cost(doc, hit) is expected
