"""Company names: cleaning, normalization, filters, canonical forms."""

from __future__ import annotations

import pytest

from pipeline.companies.canonical import canonical_names
from pipeline.companies.mentions import CompanyData, clean_name, normalize_company
from pipeline.companies.tickers import is_ric
from pipeline.resources import MODELS_DIR


@pytest.fixture(scope="module")
def data():
    return CompanyData.from_dir(MODELS_DIR)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("the Acme Group", "Acme Group"),
        ("Acme’s", "Acme"),
        ("Acme's", "Acme"),
        ("Acme Corp\nNext headline", "Acme Corp"),
        ("ACME STORES <ACM>", "ACME STORES"),
        ("Widget Makers Association (WMA)", "Widget Makers Association"),
        ("Kestrel Group’sKST.NR", "Kestrel Group"),
        ("Standard Bank SBKJ.J", "Standard Bank"),  # Reuters, web set BH
        ("Brookfield Asset Management BAMa.TO", "Brookfield Asset Management"),
        ("Nestle S.A", "Nestle S.A"),  # a legal form, no ticker
        ("Plover Foods 普洛沃食品", "Plover Foods"),
        ("Hanbit Motors 한빛자동차", "Hanbit Motors"),
    ],
    ids=["the", "curly-possessive", "possessive", "line-break", "ticker", "parenthesis",
         "glued-ric", "spaced-ric", "spaced-ric-lower", "legal-form-kept", "chinese-name",
         "korean-name"],
)
def test_companies_clean_name(raw, clean):
    assert clean_name(raw) == clean


@pytest.mark.parametrize(
    ("text", "ric"),
    [("OMMN.AS", True), ("SAAB-B.SK", True), ("BRK-A.N", True), ("7203.T", True),
     ("Nestle S.A", False), ("U.S.", False), ("AB-CD.SK", False)],
    ids=["amsterdam", "share-class", "share-class-ny", "tokyo", "legal-form", "initials",
         "two-letter-class"],
)
def test_instrument_codes(text, ric):
    """Reuters and Dow Jones instrument codes: Amsterdam's ".AS", a share class after a
    hyphen ("SAAB-B.SK")."""
    assert is_ric(text) is ric


@pytest.mark.parametrize(
    ("a", "b"),
    [("Acme Corp.", "acme"), ("Acme Holdings Ltd", "ACME"), ("Foo-Bar Inc", "foo bar")],
    ids=["corp", "two-suffixes", "punctuation"],
)
def test_companies_normalize_matches(a, b):
    assert normalize_company(a) == normalize_company(b)


@pytest.mark.parametrize(
    "name",
    [
        "Japanese government",
        "Ministry of Finance",
        "Federal Reserve",
        "AI",
        "IPO",
        "Japan",
        "European Commission",
        "World Bank",
        "Brent",
        # markets (reut2-013, -015: in no gold set)
        "Comex gold futures",
        "U.S. energy futures",
        "BRUSSELS EXCHANGES",
        "LME COPPER MIDSESSION",
    ],
    ids=lambda n: n,
)
def test_companies_not_a_company(data, name):
    assert not data.is_company_name(name)


@pytest.mark.parametrize(
    "name",
    ["Acme", "Globex Corp", "Initech Holdings", "Refco Futures Inc", "Stock Exchange Holdings Ltd"],
    ids=lambda n: n,
)
def test_companies_is_a_company(data, name):
    assert data.is_company_name(name)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Globex", "Globex Energy"], {"Globex": "Globex Energy"}),
        (["Initech", "Initech Power", "Initech Heavy"], {"Initech": "Initech"}),
        (["Acme Group", "Acme Group Corp."], {"Acme Group": "Acme Group Corp."}),
        (["Kestrel Int'l", "Kestrel International Inc"],
         {"Kestrel Int'l": "Kestrel International Inc"}),
        (["Harbour", "Harbour plc", "Harbour International AG"],
         {"Harbour": "Harbour plc", "Harbour International AG": "Harbour International AG"}),
    ],
    ids=["fullest-form", "ambiguous-stays", "suffix-only-one-name", "headline-abbreviation",
         "own-legal-name-before-a-unit"],
)
def test_companies_canonical_names(names, expected):
    out = canonical_names(names)
    for short, full in expected.items():
        assert out[short] == full


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Shares of General Electric rose after the Japanese government spoke.",
            ["General Electric"],
        ),
        ("The Federal Reserve and Goldman Sachs disagreed.", ["Goldman Sachs"]),
    ],
    ids=["government-filtered", "central-bank-filtered"],
)
def test_companies_find_mentions(nlp, data, sentence, names):
    from pipeline.companies.mentions import find_mentions

    doc = nlp(sentence)
    assert [m.name for m in find_mentions(doc, data)] == names


@pytest.mark.parametrize(
    ("names", "first", "body", "expected"),
    [
        (["Globex", "Globex Nova"], {"Globex": 0, "Globex Nova": 40}, {"Globex": 12}, "Globex"),
        (["Globex", "Globex Energy"], {"Globex": 0, "Globex Energy": 12}, {"Globex": 30},
         "Globex Energy"),
        (["Globex", "Globex Energy"], {"Globex": 0, "Globex Energy": 12}, {}, "Globex Energy"),
    ],
    ids=["later-longer-is-a-product", "full-name-first", "short-only-in-headline"],
)  # fmt: skip
def test_companies_canonical_names_follow_first_use(names, first, body, expected):
    assert canonical_names(names, first=first, body=body)["Globex"] == expected


def test_companies_legal_suffixes_are_facts_md_list(shared_dir):
    """The suffixes matching ignores are exactly FACTS.md's list; the others only mark names."""
    import re

    from pipeline.companies.suffixes import COMPANY_SUFFIXES, LEGAL_SUFFIXES

    facts = (shared_dir / "FACTS.md").read_text()
    listed = re.search(r"legal suffixes \(([^)]*)\)", " ".join(facts.split())).group(1)
    assert LEGAL_SUFFIXES == {w.strip().lower() for w in listed.split(",")}
    assert LEGAL_SUFFIXES < COMPANY_SUFFIXES


@pytest.mark.parametrize(
    ("name", "company"),
    [
        ("Mr Ebbers", False),
        ("House Speaker", False),
        ("President", False),
        ("Prince of Wales", False),
        ("Honourable Jane Doe", False),  # a minister's style in Commonwealth releases
        ("Trade Minister", False),
        ("Sir Speedy Inc", True),  # a legal suffix: a company whatever its first word
        ("Pope and Talbot Inc", True),
        ("Duke Energy", True),
    ],
)
def test_companies_titles_are_people_or_offices(name, company):
    from pipeline.companies.mentions import CompanyData
    from pipeline.resources import MODELS_DIR

    assert CompanyData.from_dir(MODELS_DIR).is_company_name(name) is company


@pytest.mark.parametrize(
    ("name", "company"),
    [
        # a country's first-level region is a place (places.jsonl, ISO 3166-2) ...
        ("Nuevo León", False),
        ("Madhya Pradesh", False),
        ("Saskatchewan", False),
        ("Nuevo León Steel", True),
        # ... unless its name is a company's too: part of a gazetteer name ("Banco
        # Santander"), a saint's ("San Miguel" Corp), a town's (Bethlehem Steel)
        ("Santander", True),
        ("San Miguel", True),
        ("Bethlehem", True),
        # a stock index with its size is an index
        ("S&P500", False),
        ("FTSE 100", False),
        ("Nikkei 225", False),
        ("Nasdaq-100", False),
        ("Channel 4", True),
        ("7-Eleven", True),
        # a plural of what companies are closes a group's name, not a company's
        ("Deposit Money Banks", False),
        ("Indian Startups", False),
        ("Nigerian Fintechs", False),
        ("Florida National Banks Inc", True),  # a legal suffix: one company
        ("Singapore Airlines", True),
        ("Yum Brands", True),
    ],
)
def test_companies_regions_indexes_and_groups_are_no_companies(name, company):
    from pipeline.companies.mentions import CompanyData
    from pipeline.resources import MODELS_DIR

    assert CompanyData.from_dir(MODELS_DIR).is_company_name(name) is company


def test_companies_a_currency_code_the_story_writes_before_figures_names_money():
    from pipeline.companies.not_here import currency_codes_written

    text = "Moratelindo posted revenues of IDR 2.15 trillion, up from IDR2.07 trillion. ABC rose."
    assert currency_codes_written(text) == {"IDR"}
    assert currency_codes_written("BTN lent Rp 5 trillion to home buyers.") == set()


@pytest.mark.parametrize(
    "names",
    [
        ["BASS GROUP", "Bass group", "Bass Group"],
        ["Bass Group", "Bass group", "BASS GROUP"],
    ],
)
def test_companies_a_headline_name_takes_one_form_whatever_the_order(names):
    """reut2-011 #11074 writes "BASS GROUP", "The Bass Group" and "The Bass group": the
    headline's name takes the same body form on every run (a re-run stores the same facts)."""
    assert canonical_names(names)["BASS GROUP"] == "Bass Group"


def test_a_story_without_its_title_opens_on_its_lead_not_a_headline(nlp):
    """A dump record with no title starts on the lead sentence: its names are body names,
    so a brand met later ("its Kestrel Mart stores") is no fuller name of the company."""
    text = (
        "Japanese convenience store operator Kestrel Inc will buy upscale supermarket chain "
        "Seijo Foods Co for about 55 billion yen, including debt, two sources familiar with "
        "the matter said.\n\nKestrel this year opened the first of its Kestrel Mart stores."
    )
    (span,) = nlp(text)._.amounts
    assert [lk.company for lk in span._.links][0] == "Kestrel Inc"


@pytest.mark.parametrize(
    ("name", "company"),
    [  # models/companies/not_companies.jsonl: structures, militaries, UN bodies, seats
        ("Three Gorges Dam", False),
        ("Channel Tunnel", False),
        ("China Three Gorges Corp", True),  # the builder names itself
        ("Eurotunnel", True),
        ("U.S. Air Force", False),
        ("Royal Air Force", False),
        ("World Health Organisation", False),
        ("International Civil Aviation Organization", False),
        ("Kremlin", False),
    ],
)
def test_companies_structures_militaries_and_public_bodies(name, company):
    from pipeline.companies.mentions import CompanyData
    from pipeline.resources import MODELS_DIR

    assert CompanyData.from_dir(MODELS_DIR).is_company_name(name) is company
