"""pipeline.evaluate: gold files, the scoring rules of FACTS.md, predictions from a database."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.errors import GoldError, StoreError
from pipeline.evaluate import (
    PredFact,
    Scores,
    amounts_equal,
    format_scores,
    normalize_company,
    predictions_from_db,
    score,
)
from pipeline.gold import GoldFact, doc_key, load_gold

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SEEDS_GOLD = SHARED / "corpus" / "seeds.gold.jsonl"


def gold(
    doc="a.txt", amount=10e9, currency="USD", company=(), sector=(), equivalents=(), **kw
) -> GoldFact:
    return GoldFact(
        doc=doc,
        amount=Decimal(str(amount)),
        currency=currency,
        qualifier=kw.get("qualifier", "exact"),
        company=tuple(company),
        sector=tuple(sector),
        kind=kw.get("kind", "investment"),
        sentence=kw.get("sentence", "s"),
        equivalents=tuple((Decimal(str(a)), c) for a, c in equivalents),
    )


def pred(
    doc="a.txt", amount=10e9, currency="USD", company="", sector="", equivalents=(), **kw
) -> PredFact:
    return PredFact(
        doc=doc,
        amount=amount,
        currency=currency,
        company=company,
        sector=sector,
        equivalents=tuple(equivalents),
        **kw,
    )


def as_predictions(lines: list[GoldFact]) -> list[PredFact]:
    """Gold lines as an extractor would store them: first name, first sector."""
    return [
        PredFact(
            doc=g.doc,
            amount=g.amount,
            currency=g.currency,
            company=g.company[0] if g.company else "",
            sector=g.sector[0] if g.sector else "",
            kind=g.kind,
            qualifier=g.qualifier,
            amount_max=g.amount_max,
            equivalents=g.equivalents,
            sentence=g.sentence,
        )
        for g in lines
    ]


# --- amounts ---------------------------------------------------------------


@pytest.mark.parametrize(
    "predicted,gold_amount,expected",
    [
        (10e9, 10e9, True),
        (10.04e9, 10e9, True),  # 0.4% over
        (9.96e9, 10e9, True),  # 0.4% under
        (10.05e9, 10e9, True),  # exactly 0.5%
        (10.06e9, 10e9, False),  # 0.6% over
        (9.94e9, 10e9, False),
        (2.44e9, 2.4e9, False),  # a more exact mention is a different figure
        (Decimal("1.25"), 1.25, True),
        (0, 0, True),
        (1, 0, False),
    ],
    ids=[
        "equal",
        "+0.4%",
        "-0.4%",
        "+0.5%",
        "+0.6%",
        "-0.6%",
        "2.44-vs-2.4",
        "decimal-float",
        "zero",
        "zero-vs-one",
    ],
)
def test_evaluate_amount_tolerance(predicted, gold_amount, expected):
    assert amounts_equal(predicted, gold_amount) is expected
    s = score([gold(amount=gold_amount)], [pred(amount=predicted)])
    assert (s.amount_recall, s.amount_precision) == ((1.0, 1.0) if expected else (0.0, 0.0))
    assert (s.fact_recall, s.fact_precision) == ((1.0, 1.0) if expected else (0.0, 0.0))


@pytest.mark.parametrize(
    "g,p",
    [
        # predicted figure = a gold equivalent
        (gold(amount=7e9, equivalents=[(1e12, "JPY")]), pred(amount=1e12, currency="JPY")),
        # predicted equivalent = the gold figure
        (gold(amount=7e9), pred(amount=1e12, currency="JPY", equivalents=[(7e9, "USD")])),
        # predicted equivalent = a gold equivalent, within tolerance
        (
            gold(amount=7e9, equivalents=[(1e12, "JPY")]),
            pred(amount=6.5e9, currency="EUR", equivalents=[(1.003e12, "JPY")]),
        ),
        # both stored the other way round
        (
            gold(amount=1e12, currency="JPY", equivalents=[(7e9, "USD")]),
            pred(amount=7e9, equivalents=[(1e12, "JPY")]),
        ),
    ],
    ids=["pred-is-gold-equivalent", "pred-equivalent-is-gold", "equivalent-equivalent", "swapped"],
)
def test_evaluate_equivalents_match_both_ways(g, p):
    s = score([g], [p])
    assert (s.amount_found, s.amount_correct, s.fact_found, s.fact_correct) == (1, 1, 1, 1)


@pytest.mark.parametrize(
    "g,p",
    [
        (gold(amount=7e9), pred(amount=7e9, currency="EUR")),
        (gold(amount=7e9, equivalents=[(1e12, "JPY")]), pred(amount=1e12, currency="KRW")),
        (gold(doc="a.txt"), pred(doc="b.txt")),
    ],
    ids=["currency", "equivalent-currency", "other-doc"],
)
def test_evaluate_amount_mismatch(g, p):
    s = score([g], [p])
    assert (s.amount_found, s.amount_correct, s.fact_found, s.fact_correct) == (0, 0, 0, 0)
    assert s.missed == [g] and s.wrong == [p]


# --- companies ---------------------------------------------------------------


@pytest.mark.parametrize(
    "predicted,names,expected",
    [
        ("Toyota", ["Toyota"], True),
        ("TOYOTA", ["toyota"], True),
        ("Toyota's", ["Toyota"], True),
        ("Toyota\u2019s", ["Toyota"], True),
        ("Toyota Motor Corp.", ["Toyota Motor"], True),
        ("Toyota Motor Corporation", ["Toyota Motor Corp"], True),
        ("Mitsubishi Electric Co., Ltd.", ["Mitsubishi Electric"], True),
        ("Siemens AG", ["Siemens"], True),
        ("Banco Santander S.A.", ["Banco Santander"], True),
        ("SoftBank Group Holdings", ["SoftBank Group"], True),
        ("Rolls-Royce Holdings plc", ["Rolls Royce"], True),
        ("Foxconn Technology LLC", ["Foxconn Technology"], True),
        ("Philips N.V.", ["Philips"], True),
        ("Nvidia Inc", ["NVIDIA, Inc."], True),
        ("Westinghouse", ["Westinghouse Electric", "Westinghouse"], True),
        ("Westinghouse Electric", ["Westinghouse Electric", "Westinghouse"], True),
        ("GE", ["GE Vernova"], False),
        ("Toyota", ["Nissan"], False),
        ("", [], True),
        ("", ["Toyota"], False),
        ("Toyota", [], False),
    ],
    ids=lambda v: repr(v),
)
def test_evaluate_company_normalization(predicted, names, expected):
    s = score([gold(company=names)], [pred(company=predicted)])
    assert (s.fact_found, s.fact_correct) == ((1, 1) if expected else (0, 0))
    # amounts ignore the company
    assert (s.amount_found, s.amount_correct) == (1, 1)


@pytest.mark.parametrize(
    "name,normal",
    [
        ("Toyota Motor Corp.'s", "toyota motor"),
        ("Co", "co"),
        ("AT&T Inc.", "at t"),
        ("  Tata   Sons  Ltd ", "tata sons"),
    ],
    ids=["possessive-suffix", "suffix-alone-kept", "ampersand", "spaces"],
)
def test_evaluate_normalize_company(name, normal):
    assert normalize_company(name) == normal


@pytest.mark.parametrize(
    "preds,expected",
    [
        ([pred(amount=7e9, company="Toyota")], (1, 2, 1, 1)),
        ([pred(amount=7e9, company="Toyota"), pred(amount=7e9, company="Nissan")], (2, 2, 2, 2)),
        ([pred(amount=7e9, company="")], (0, 2, 0, 1)),
        ([pred(amount=7e9, company="Toyota"), pred(amount=7e9, company="Honda")], (1, 2, 1, 2)),
    ],
    ids=["one-of-two", "both", "no-company", "one-right-one-wrong"],
)
def test_evaluate_multi_company_gold(preds, expected):
    lines = [gold(amount=7e9, company=["Toyota"]), gold(amount=7e9, company=["Nissan"])]
    s = score(lines, preds)
    assert (s.fact_found, s.fact_gold, s.fact_correct, s.fact_pred) == expected
    assert (s.amount_found, s.amount_gold) == (1, 1)  # one figure, two companies


@pytest.mark.parametrize(
    "names",
    [["Westinghouse"], ["Westinghouse", "Westinghouse Electric"]],
    ids=["one-name", "two-names"],
)
def test_evaluate_several_names_one_line(names):
    line = gold(company=["Westinghouse Electric", "Westinghouse"])
    s = score([line], [pred(company=n) for n in names])
    assert (s.fact_gold, s.fact_found) == (1, 1)
    assert (s.fact_pred, s.fact_correct) == (len(names), len(names))


@pytest.mark.parametrize(
    "preds",
    [
        [pred(company="Toyota")] * 3,
        [pred(company="Toyota"), pred(company="TOYOTA Inc."), pred(company="Toyota's")],
        [pred(company="Toyota", amount=10e9), pred(company="Toyota", amount=Decimal("1E+10"))],
    ],
    ids=["identical", "same-after-normalization", "float-and-decimal"],
)
def test_evaluate_duplicate_predictions_count_once(preds):
    s = score([gold(company=["Toyota"])], preds)
    assert (s.fact_pred, s.fact_correct, s.amount_pred, s.amount_correct) == (1, 1, 1, 1)
    assert s.fact_precision == 1.0


@pytest.mark.parametrize(
    "preds",
    [[pred(company="Honda")] * 2, [pred(company="Honda"), pred(company="HONDA Co.")]],
    ids=["identical", "same-after-normalization"],
)
def test_evaluate_duplicate_wrong_predictions_count_once(preds):
    s = score([gold(company=["Toyota"])], preds)
    assert (s.fact_pred, s.fact_correct, len(s.wrong)) == (1, 0, 1)


# --- sectors ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "gold_sectors,pred_sectors,correct",
    [
        (["automotive", "manufacturing"], ["automotive"], True),
        (["automotive", "manufacturing"], ["manufacturing"], True),
        (["automotive"], ["energy"], False),
        (["automotive"], [""], False),
        ([], [""], True),
        ([], ["energy"], False),
        (["automotive"], ["", "automotive"], True),  # headline without, body with
    ],
    ids=["first", "second", "wrong", "missing", "none-none", "none-but-given", "any-mention"],
)
def test_evaluate_sector_accuracy(gold_sectors, pred_sectors, correct):
    s = score([gold(sector=gold_sectors)], [pred(sector=x) for x in pred_sectors])
    assert (s.sector_correct, s.sector_total) == (int(correct), 1)
    assert len(s.wrong_sector) == int(not correct)


@pytest.mark.parametrize("n_matched", [0, 1, 2], ids=["none", "one", "two"])
def test_evaluate_sector_counts_only_matched_facts(n_matched):
    lines = [gold(amount=1e9, sector=["energy"]), gold(amount=2e9, sector=["energy"])]
    preds = [pred(amount=a, sector="energy") for a in (1e9, 2e9)[:n_matched]]
    s = score(lines, preds)
    assert (s.sector_correct, s.sector_total) == (n_matched, n_matched)


@pytest.mark.parametrize(
    ("gold_kind", "pred_kinds", "counted", "correct"),
    [
        ("deal", ["deal"], 1, 1),
        ("deal", ["other", "deal"], 1, 1),  # two mentions of the figure: either may carry it
        ("deal", ["other"], 1, 0),
        ("deal", [], 0, 0),  # the amount was not found: not counted
    ],
    ids=["right", "one-of-two", "wrong", "not-found"],
)
def test_evaluate_kind_accuracy(gold_kind, pred_kinds, counted, correct):
    """FACTS.md: among gold lines whose amount was found, the share with a predicted
    fact of that amount whose kind is the gold kind (the company need not match)."""
    preds = [pred(company="Someone Else", kind=k) for k in pred_kinds]
    s = score([gold(company=["Acme"], kind=gold_kind)], preds)
    assert (s.kind_correct, s.kind_total) == (correct, counted)
    assert len(s.wrong_kind) == counted - correct
    assert s.to_dict()["kind"] == {
        "accuracy": correct / counted if counted else 0.0,
        "correct": correct,
        "total": counted,
    }


def test_evaluate_kind_matches_an_equivalent():
    """A prediction stored in yen with the dollar figure as equivalent is the gold amount."""
    line = gold(amount=7e9, kind="investment")
    yen = pred(amount=1e12, currency="JPY", equivalents=[(7e9, "USD")], kind="investment")
    s = score([line], [yen])
    assert (s.kind_correct, s.kind_total) == (1, 1)
    assert "kind accuracy 1.000 (1/1)" in format_scores(s)


# --- totals, per doc, output -----------------------------------------------------------


@pytest.mark.parametrize("docs", [None, ["a.txt"]], ids=["all-docs", "only-a"])
def test_evaluate_per_doc_and_lists(docs):
    lines = [
        gold("a.txt", 1e9, company=["Toyota"], sector=["automotive"]),
        gold("a.txt", 2e9, company=["Nissan"], sector=["automotive"]),
        gold("b.txt", 3e9),
    ]
    preds = [
        pred("a.txt", 1e9, company="Toyota Corp", sector="automotive"),
        pred("a.txt", 5e9, company="Nissan"),
        pred("c.txt", 4e9),
    ]
    s = score(lines, preds, docs=docs)
    if docs is None:
        assert sorted(s.per_doc) == ["a.txt", "b.txt", "c.txt"]
        assert (s.fact_correct, s.fact_pred, s.fact_found, s.fact_gold) == (1, 3, 1, 3)
        assert [g.doc for g in s.missed] == ["a.txt", "b.txt"]
        assert [p.doc for p in s.wrong] == ["a.txt", "c.txt"]
    else:
        assert sorted(s.per_doc) == ["a.txt"]
        assert (s.fact_correct, s.fact_pred, s.fact_found, s.fact_gold) == (1, 2, 1, 2)
    a = s.per_doc["a.txt"]
    assert (a.fact_correct, a.fact_pred, a.fact_found, a.fact_gold) == (1, 2, 1, 2)
    assert (a.amount_correct, a.amount_pred, a.amount_found, a.amount_gold) == (1, 2, 1, 2)


@pytest.mark.parametrize("verbose", [False, True], ids=["plain", "verbose"])
def test_evaluate_format_scores(verbose):
    lines = [
        gold("a.txt", 1e9, company=["Toyota"], sector=["automotive"], sentence="Toyota $1bn"),
        gold("a.txt", 2e9, company=[], sector=["energy"], sentence="Japan $2bn"),
    ]
    preds = [
        pred("a.txt", 1e9, company="Toyota", sector="energy", sentence="Toyota $1bn"),
        pred("a.txt", 1.5e9, company="Sony", sentence="Sony 1.5bn"),
    ]
    text = format_scores(score(lines, preds), verbose=verbose)
    head = (
        "amount precision 0.500 (1/2)\n"
        "amount recall 0.500 (1/2)\n"
        "fact precision 0.500 (1/2)\n"
        "fact recall 0.500 (1/2)\n"
        "fact F1 0.500\n"
        "sector accuracy 0.000 (0/1)\n"
        "kind accuracy 0.000 (0/1)"
    )
    if not verbose:
        assert text == head
    else:
        assert text == head + (
            "\n\nper document (facts P, R; amounts P, R; sector; kind):\n"
            "  a.txt  facts P 1/2 R 1/2  amounts P 1/2 R 1/2  sector 0/1  kind 0/1\n"
            "\nmissed (1 gold lines no prediction matched):\n"
            '  a.txt  USD 2,000,000,000  company -  "Japan $2bn"\n'
            "\nwrong (1 predictions no gold line matched):\n"
            '  a.txt  USD 1,500,000,000  company Sony  "Sony 1.5bn"\n'
            "\nwrong sector (1 matched lines):\n"
            "  a.txt  USD 1,000,000,000  want automotive  got energy\n"
            "\nwrong kind (1 lines whose amount was found):\n"
            "  a.txt  USD 1,000,000,000  want investment  got other"
        )


@pytest.mark.parametrize(
    "lines,preds",
    [([], []), ([gold()], []), ([], [pred()])],
    ids=["nothing", "no-predictions", "no-gold"],
)
def test_evaluate_empty_sides_score_zero(lines, preds):
    s = score(lines, preds)
    assert (s.fact_precision, s.fact_recall, s.fact_f1, s.sector_accuracy) == (0, 0, 0, 0)
    json.dumps(s.to_dict())


@pytest.mark.parametrize("details", [True, False], ids=["details", "summary"])
def test_evaluate_to_dict(details):
    s = score([gold(company=["Toyota"])], [pred(company="Toyota"), pred(amount=1.0)])
    d = json.loads(json.dumps(s.to_dict(details=details)))
    assert d["fact"] == {
        "precision": 0.5,
        "recall": 1.0,
        "f1": 2 / 3,
        "correct": 1,
        "predicted": 2,
        "found": 1,
        "gold": 1,
    }
    assert d["sector"] == {"accuracy": 1.0, "correct": 1, "total": 1}
    assert ("per_doc" in d) is details
    if details:
        assert d["wrong"][0]["amount"] == 1.0 and d["missed"] == []


# --- doc keys ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source,record,key",
    [
        ("corpus/seeds/000_1d12a001e1c24020.txt", "", "000_1d12a001e1c24020.txt"),
        ("000.txt", "", "000.txt"),
        ("dumps/reut2-001.sgm.gz", "17", "reut2-001.sgm.gz#17"),
        ("news.zip!2025/jan/x.txt", "", "x.txt"),
        ("news.zip!x.txt", "", "x.txt"),
        ("a/news.tar.gz!feeds/feed.xml", "urn:uuid:1", "feed.xml#urn:uuid:1"),
        ("/abs/data.jsonl", "3", "data.jsonl#3"),
    ],
    ids=["path", "bare", "record", "archive-member", "archive-top", "archive-record", "absolute"],
)
def test_evaluate_doc_key(source, record, key):
    assert doc_key(source, record) == key


# --- gold files -------------------------------------------------------------------------

GOOD = {
    "doc": "a.txt",
    "amount": 10000000000,
    "currency": "USD",
    "qualifier": "exact",
    "company": ["Toyota"],
    "sector": ["automotive"],
    "kind": "investment",
    "sentence": "Toyota is set to invest $10 billion",
}


@pytest.mark.parametrize(
    "bad,message",
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        (json.dumps({k: v for k, v in GOOD.items() if k != "currency"}), "missing currency"),
        (json.dumps({**GOOD, "amount": "10 billion"}), "amount must be a number"),
        (json.dumps({**GOOD, "amount": -5}), "amount must be a finite number >= 0"),
        (json.dumps({**GOOD, "amount": True}), "amount must be a number"),
        (json.dumps({**GOOD, "company": "Toyota"}), "company must be a list"),
        (json.dumps({**GOOD, "sector": [1]}), "sector must be a list"),
        (json.dumps({**GOOD, "currency": "usd"}), "currency must be an ISO 4217 code"),
        (json.dumps({**GOOD, "qualifier": "roughly"}), "qualifier 'roughly' is not one of"),
        (json.dumps({**GOOD, "kind": "capex"}), "kind 'capex' is not one of"),
        (json.dumps({**GOOD, "doc": ""}), "doc must be a non-empty string"),
        (json.dumps({**GOOD, "equivalents": [{"amount": 1}]}), "equivalents[0] must be"),
        (
            json.dumps({**GOOD, "equivalents": {"amount": 1, "currency": "JPY"}}),
            "equivalents must be a list",
        ),
        (json.dumps({**GOOD, "amount_max": "x"}), "amount_max must be a number"),
    ],
    ids=[
        "json",
        "not-object",
        "missing",
        "amount-text",
        "negative",
        "bool",
        "company-str",
        "sector-int",
        "currency-case",
        "qualifier",
        "kind",
        "empty-doc",
        "equivalent-keys",
        "equivalents-dict",
        "amount_max",
    ],
)
def test_evaluate_gold_error_names_file_and_line(tmp_path, bad, message):
    path = tmp_path / "set.gold.jsonl"
    path.write_text(json.dumps(GOOD) + "\n\n" + bad + "\n", encoding="utf-8")
    with pytest.raises(GoldError) as exc:
        load_gold([path])
    assert str(exc.value).startswith(f"{path}:3: ")
    assert message in str(exc.value)


@pytest.mark.parametrize("as_list", [True, False], ids=["list", "single"])
def test_evaluate_load_gold_fields(tmp_path, as_list):
    path = tmp_path / "g.jsonl"
    lines = [
        GOOD,
        {
            **GOOD,
            "amount": 1.7e9,
            "amount_max": 2e9,
            "qualifier": "range",
            "company": [],
            "sector": [],
            "equivalents": [{"amount": 2.5e11, "currency": "JPY"}],
        },
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    facts = load_gold([path] if as_list else path)
    assert facts[0] == GoldFact(
        doc="a.txt",
        amount=Decimal(10000000000),
        currency="USD",
        qualifier="exact",
        company=("Toyota",),
        sector=("automotive",),
        kind="investment",
        sentence="Toyota is set to invest $10 billion",
    )
    assert facts[0].source == f"{path}:1"
    assert facts[1].amount == Decimal("1.7E+9") and facts[1].amount_max == Decimal("2E+9")
    assert facts[1].equivalents == ((Decimal("2.5E+11"), "JPY"),)
    assert (facts[1].company, facts[1].sector) == ((), ())


@pytest.mark.parametrize("name", ["absent.gold.jsonl"], ids=["absent"])
def test_evaluate_load_gold_missing_file(tmp_path, name):
    with pytest.raises(GoldError, match="no such gold file"):
        load_gold([tmp_path / name])


@pytest.mark.parametrize("path", [SEEDS_GOLD], ids=["seeds"])
def test_evaluate_seeds_gold_scores_itself_perfectly(path):
    if not path.exists():
        pytest.skip(f"{path} is not here")
    lines = load_gold([path])
    assert len(lines) == 36
    s = score(lines, as_predictions(lines))
    assert s.fact_gold == len(lines)
    for value in (
        s.amount_precision,
        s.amount_recall,
        s.fact_precision,
        s.fact_recall,
        s.fact_f1,
        s.sector_accuracy,
    ):
        assert value == 1.0
    assert s.missed == [] and s.wrong == [] and s.wrong_sector == []


# --- predictions from a database -----------------------------------------------------------

REPORT_COLUMNS = (
    "fact_id, article_id, source, record, title, published, sentence, sentence_start, "
    "sentence_end, amount_text, amount_start, amount_end, amount, amount_max, currency, "
    "alt_amount, alt_currency, qualifier, company, sector, kind"
)


def make_db(path: Path, *, equivalents_table: bool) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"CREATE TABLE facts ({REPORT_COLUMNS})")
    conn.executemany(
        f"INSERT INTO facts VALUES ({', '.join('?' * 21)})",
        [
            (
                "f1",
                "a1",
                "corpus/seeds/003.txt",
                "",
                "t",
                "",
                "Toyota and Nissan will spend $7 billion (1 trillion yen)",
                0,
                50,
                "$7 billion",
                30,
                40,
                7e9,
                None,
                "USD",
                1e12,
                "JPY",
                "exact",
                "Toyota",
                "batteries",
                "investment",
            ),
            (
                "f2",
                "a2",
                "news.zip!d/reut2.sgm",
                "17",
                "t",
                "",
                "up to 5 mln dlrs",
                0,
                16,
                "5 mln dlrs",
                6,
                16,
                5e6,
                6e6,
                "USD",
                None,
                None,
                "up_to",
                "",
                "",
                "deal",
            ),
        ],
    )
    conn.execute("CREATE VIEW fact_report AS SELECT * FROM facts")
    if equivalents_table:
        conn.execute("CREATE TABLE fact_equivalents (fact_id, amount, currency)")
        conn.execute("INSERT INTO fact_equivalents VALUES ('f1', 6.3e9, 'EUR')")
        conn.execute("INSERT INTO fact_equivalents VALUES ('f1', 1e12, 'JPY')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "equivalents_table,as_url",
    [(False, False), (True, False), (False, True)],
    ids=["alt-columns", "equivalents-table", "sqlalchemy-url"],
)
def test_evaluate_predictions_from_db(tmp_path, equivalents_table, as_url):
    path = tmp_path / "facts.db"
    make_db(path, equivalents_table=equivalents_table)
    before = path.read_bytes()
    preds = predictions_from_db(f"sqlite:///{path}" if as_url else path)
    assert path.read_bytes() == before
    assert [p.doc for p in preds] == ["003.txt", "reut2.sgm#17"]
    toyota, deal = preds
    assert (toyota.amount, toyota.currency, toyota.company, toyota.sector) == (
        Decimal("7000000000.0"),
        "USD",
        "Toyota",
        "batteries",
    )
    expected = {(Decimal("1000000000000.0"), "JPY")}
    if equivalents_table:
        expected.add((Decimal("6300000000.0"), "EUR"))
    assert set(toyota.equivalents) == expected
    assert (deal.company, deal.sector, deal.amount_max, deal.qualifier, deal.equivalents) == (
        "",
        "",
        Decimal("6000000.0"),
        "up_to",
        (),
    )
    s = score([gold("003.txt", 1e12, "JPY", company=["Toyota"], sector=["batteries"])], preds)
    assert (s.fact_found, s.fact_correct, s.sector_correct) == (1, 1, 1)


@pytest.mark.parametrize("kind", ["missing", "no-view"], ids=["missing", "no-view"])
def test_evaluate_predictions_from_db_errors(tmp_path, kind):
    path = tmp_path / "facts.db"
    if kind == "no-view":  # an SQLite database, not empty (an empty file is refused first)
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE notes (x)")
        with pytest.raises(StoreError, match="cannot read facts from"):
            predictions_from_db(path)
    else:
        with pytest.raises(StoreError) as exc:
            predictions_from_db(path)
        assert str(exc.value) == (
            f"no database at {path}; run `newsfacts extract ... --db {path}` first"
        )
        assert not path.exists()


@pytest.mark.parametrize(
    "counts", [dict(fact_pred=3, fact_correct=3, fact_gold=4, fact_found=3)], ids=["f1"]
)
def test_evaluate_f1(counts):
    s = Scores(**counts)
    assert s.fact_f1 == pytest.approx(2 * 1.0 * 0.75 / 1.75)


def test_evaluate_predictions_from_db_missing_sqlite_url_is_not_created(tmp_path):
    path = tmp_path / "facts.db"
    with pytest.raises(StoreError, match="no database at"):
        predictions_from_db(f"sqlite:///{path}")
    assert not path.exists()
