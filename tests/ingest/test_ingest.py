"""Readers, one format at a time, on small fixtures in tests/fixtures/ingest/."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest import iter_articles
from pipeline.ingest.dates import date_from_text, iso_date
from pipeline.ingest.txt import guess_title
from pipeline.types import Article

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def read(*names: str, **kwargs) -> tuple[list[Article], list[InputError]]:
    """Articles and reported errors of fixture files (or absolute paths)."""
    errors: list[InputError] = []
    paths = [n if Path(n).is_absolute() or n == "-" else str(HERE / n) for n in names]
    articles = list(iter_articles(paths, on_error=errors.append, **kwargs))
    return articles, errors


RSS = [
    (
        "ebw-2025-0101",
        "Ridgeway Foods buys juice maker",
        "https://news.example.org/ridgeway-juice",
        "2025-01-06",
    ),
    (  # no guid: the link is the record
        "https://news.example.org/calder-steel",
        "Calder Steel to cut output",
        "https://news.example.org/calder-steel",
        "",
    ),
]


def summary(articles: list[Article]) -> list[tuple[str, str, str, str]]:
    return [(a.record, a.title, a.url, a.published) for a in articles]


FORMATS = [
    (
        "story.txt",
        [("", "Harbor Robotics raises $12 million", "", "2025-03-04")],
    ),
    ("notitle.txt", [("", "", "", "")]),
    ("crlf.txt", [("", "Farrow Retail results", "", "")]),
    (
        "articles.jsonl",
        [
            (
                "gl-001",
                "Veltro Motors to invest $2.5 billion in Ohio battery plant",
                "https://news.example.org/veltro-ohio",
                "2025-06-11",
            ),
            (
                "2",
                "Pinecrest Bank profit rises",
                "https://news.example.org/pinecrest",
                "2025-06-12",
            ),
            ("77", "", "", "2025-07-02"),
        ],
    ),
    (
        "array.json",
        [
            ("a1", "Nordvik Shipping orders four vessels", "", ""),
            ("2", "Bluefield raises seed money", "", ""),
        ],
    ),
    (
        "single.json",
        [("", "Corvane Air cuts costs", "https://news.example.org/corvane", "2024-11-05")],
    ),
    (
        "wrapped.json",
        [
            ("1", "Lumos Energy wins contract", "https://news.example.org/lumos", "2025-01-09"),
            ("2", "Tessel Labs buys rival", "https://news.example.org/tessel", ""),
        ],
    ),
    ("dump_noext", [("1", "", "", ""), ("2", "", "", "")]),
    (
        "articles.csv",
        [
            (
                "c-1",
                "Marlow Foods sells dairy arm",
                "https://news.example.org/marlow",
                "2025-03-14",
            ),
            ("2", "Kestrel Mining raises funds", "", ""),
        ],
    ),
    ("articles.tsv", [("1", "Orchid Telecom bid", "", "2025-04-01")]),
    (
        "page.html",
        [
            (
                "",
                "Quillon Pharma raises $40 million",
                "https://news.example.org/quillon-pharma",
                "2025-05-20",
            )
        ],
    ),
    ("feed.rss", RSS),
    (
        "feed.atom",
        [
            (
                "urn:example:markets:brightwater-bond",
                "Brightwater Utilities plans bond",
                "https://news.example.org/brightwater-bond",
                "2025-02-03",
            )
        ],
    ),
    ("feed_as.xml", RSS),  # .xml: a feed by its content
    (
        "reuters.sgm",
        [
            ("501", "ALDEN <ALDN> TO BUY MERCER TOOLS FOR 45 MLN DLRS", "", "1987-03-02"),
            ("502", "KORVA BANK RAISES PRIME RATE TO 7.75 PCT", "", "1987-03-02"),
            ("503", "MÜLLER AG SEES 1987 SALES UP", "", "1987-03-02"),
        ],
    ),
]


TEXT_STARTS = [
    (
        "story.txt",
        0,
        "Harbor Robotics raises $12 million\n\nOSLO, March 4, 2025 - Harbor Robotics, a maker",
    ),
    (
        "articles.jsonl",
        0,
        "Veltro Motors to invest $2.5 billion in Ohio battery plant\n\nVeltro Motors said",
    ),
    (
        "array.json",
        1,
        "Bluefield raises seed money\n\nBluefield, a farm software start-up, "
        "raised $3 million in seed funding.\n\nInvestors include Meadow Partners.",
    ),
    (
        "articles.csv",
        1,
        "Kestrel Mining raises funds\n\nKestrel Mining raised A$55 million in "
        "a placement.\nThe money will fund drilling in Western Australia.",
    ),
    (
        "feed.rss",
        0,
        "Ridgeway Foods buys juice maker\n\nRidgeway Foods agreed to buy the "
        "juice maker Sunpress for $210 million in cash.",
    ),
    (
        "feed.atom",
        0,
        "Brightwater Utilities plans bond\n\nBrightwater Utilities plans to sell "
        "500 million dollars of green bonds.\n\nProceeds will pay for new pipes.",
    ),
    (
        "reuters.sgm",
        0,
        "ALDEN <ALDN> TO BUY MERCER TOOLS FOR 45 MLN DLRS\n\nCHICAGO, March 2 - Alden Corp "
        "<ALDN> said it agreed\nto buy Mercer Tools Inc for 45 mln dlrs in cash & stock.",
    ),
    ("reuters.sgm", 2, "MÜLLER AG SEES 1987 SALES UP\n\nBONN, March 2 - Müller AG expects 1987"),
    ("crlf.txt", 0, "Farrow Retail results\n\nFarrow Retail posted sales of $1.2 billion.\n"),
    (
        "cp1252.txt",
        0,
        "Harlow Estates\n\nHarlow Estates sold the Kingsway tower for "
        "£75 million – the largest deal this year.\n",
    ),
]


BAD_INPUTS = [
    ("no_such_file.jsonl", "missing", "", "no such file or directory"),
    ("empty.txt", "empty", "", "empty file"),
    ("blank.jsonl", "empty", "", "empty file"),
    ("binary.dat", "binary", "", "binary file, not a news dump"),
    ("report.pdf", "binary", "", "binary file (a PDF), not a news dump"),
    ("not_a_feed.xml", "format", "", "not an RSS/Atom feed"),
    ("custom_fields.jsonl", "no-text", "1", "use --field text=KEY"),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    FORMATS,
    ids=[case[0] for case in FORMATS],
)
def test_ingest_reads_each_format(name: str, expected: list[tuple[str, str, str, str]]) -> None:
    articles, errors = read(name)
    if name == "reuters.sgm":  # NEWID 504 is an empty record on purpose
        assert [e.record for e in errors] == ["504"]
    else:
        assert errors == []
    assert summary(articles) == expected
    for article in articles:
        assert article.source == str(HERE / name)
        assert article.text.strip()
        assert "\r" not in article.text
        if article.title:
            assert article.text.startswith(article.title)


@pytest.mark.parametrize(
    ("name", "index", "text"),
    TEXT_STARTS,
    ids=[f"{name}-{index}" for name, index, _ in TEXT_STARTS],
)
def test_ingest_text_starts_with_title_then_body(name: str, index: int, text: str) -> None:
    articles, _ = read(name)
    assert articles[index].text.startswith(text)


@pytest.mark.parametrize("name", ["reuters.sgm"])
def test_ingest_sgml_drops_wire_codes_and_brief_filler(name: str) -> None:
    articles, _ = read(name)
    assert all("\x03" not in a.text and "\x02" not in a.text for a in articles)
    assert articles[0].text.endswith(" Reuter")
    assert articles[1].text == "KORVA BANK RAISES PRIME RATE TO 7.75 PCT"  # no "Blah blah blah."


@pytest.mark.parametrize("name", ["page.html"])
def test_ingest_html_drops_boilerplate_and_scripts(name: str) -> None:
    (article,), _ = read(name)
    assert "$40 million in a Series B round" in article.text
    assert "valued at about $180 million" in article.text
    for junk in ("window.analytics", "font-family", "Subscribe", "All rights reserved"):
        assert junk not in article.text


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"text": "story", "title": "hed", "date": "when", "id": "ref"},
            [("ag-9", "Astra Grain gets credit line", "", "2025-02-20")],
        ),
        ({"text": "story"}, [("1", "", "", "")]),
    ],
    ids=["all-fields", "text-only"],
)
def test_ingest_field_overrides(fields: dict[str, str], expected: list) -> None:
    articles, errors = read("custom_fields.jsonl", fields=fields)
    assert errors == []
    assert summary(articles) == expected
    assert articles[0].text.endswith(
        "Astra Grain secured a 150 million pound credit line from three banks."
    )


@pytest.mark.parametrize("fields", [{"headline": "hed"}, {"body_text": "x"}])
def test_ingest_unknown_field_name_is_refused(fields: dict[str, str]) -> None:
    if "headline" in fields:  # an alias of title is fine
        read("custom_fields.jsonl", fields=fields)
        return
    with pytest.raises(ValueError, match="use one of text, title, url, date, id"):
        list(iter_articles([str(HERE / "articles.jsonl")], fields=fields))


@pytest.mark.parametrize(
    ("name", "reason", "record", "words"),
    BAD_INPUTS,
    ids=[case[0] for case in BAD_INPUTS],
)
def test_ingest_bad_input_gives_one_clear_error(
    name: str, reason: str, record: str, words: str
) -> None:
    articles, errors = read(name)
    assert articles == []
    assert len(errors) == 1
    (error,) = errors
    assert (error.source, error.record, error.reason) == (str(HERE / name), record, reason)
    assert words in str(error)
    assert str(error).startswith(str(HERE / name))


@pytest.mark.parametrize("name", ["bad_lines.jsonl"])
def test_ingest_bad_json_lines_are_skipped_alone(name: str) -> None:
    articles, errors = read(name)
    assert [a.record for a in articles] == ["ok-1", "3"]
    assert [(e.record, e.reason) for e in errors] == [
        ("2", "json"),
        ("4", "no-text"),
        ("5", "format"),
    ]
    assert "malformed JSON" in errors[0].message
    assert "keys here: title, summary_only" in errors[1].message


@pytest.mark.parametrize("name", ["bad_lines.jsonl", "no_such_file.txt"])
def test_ingest_without_on_error_raises(name: str) -> None:
    with pytest.raises(InputError):
        list(iter_articles([str(HERE / name)]))


@pytest.mark.parametrize(
    ("content", "records", "reasons"),
    [
        (b'[{"text": "Acme paid $5 million."}, {"text": "Beta paid $6."}]', ["1", "2"], []),
        (b'[{"text": "Acme paid $5 million."}, {"text": "cut', ["1"], ["json"]),
        (b'[{"text": "Acme paid $5."}, {"text": "Beta"} {"text": "x"}]', ["1", "2"], ["json"]),
        (b"[]", [], []),
        (b'[12, {"text": "Acme paid 5 dollars."}]', ["2"], ["format"]),
    ],
    ids=["two", "cut-off", "missing-comma", "empty-array", "not-an-object"],
)
def test_ingest_json_array_bad_elements(
    tmp_path: Path, content: bytes, records: list[str], reasons: list[str]
) -> None:
    path = tmp_path / "dump.json"
    path.write_bytes(content)
    articles, errors = read(str(path))
    assert [a.record for a in articles] == records
    assert [e.reason for e in errors] == reasons


@pytest.mark.parametrize("size", [10, 200_000])
def test_ingest_json_array_record_larger_than_a_chunk(tmp_path: Path, size: int) -> None:
    body = "Zeta Corp paid $1 million. " * size
    path = tmp_path / "big.json"
    path.write_text(f'[{{"text": "{body}"}}, {{"text": "tail 7"}}, 42.5]', encoding="utf-8")
    articles, errors = read(str(path))
    assert [len(a.text) for a in articles[:2]] == [len(body), 6]
    assert [e.reason for e in errors] == ["format"]


@pytest.mark.parametrize("names", [["articles.jsonl", "story.txt"]])
def test_ingest_directory_is_sorted_recursive_and_skips_hidden_and_readme(
    tmp_path: Path, names: list[str]
) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / names[0]).write_bytes((HERE / names[0]).read_bytes())
    (tmp_path / "a" / names[1]).write_bytes((HERE / names[1]).read_bytes())
    (tmp_path / "0.txt").write_text("Zero Co paid $1.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Cee Co paid $1.", encoding="utf-8")
    (tmp_path / "README.md").write_text("# About this dump", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden Co paid $1.", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("Git Co paid $1.", encoding="utf-8")
    articles, errors = read(str(tmp_path))
    assert errors == []
    assert [Path(a.source).relative_to(tmp_path).as_posix() for a in articles] == [
        "0.txt",
        "a/story.txt",
        "b/articles.jsonl",
        "b/articles.jsonl",
        "b/articles.jsonl",
        "c.txt",
    ]


@pytest.mark.parametrize("name", ["articles.jsonl", "reuters.sgm", "feed.rss", "story.txt"])
def test_ingest_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    data = (HERE / name).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    from_stdin, _ = read("-")
    from_file, _ = read(name)
    assert [(a.source, a.record, a.text) for a in from_stdin] == [
        ("-", a.record, a.text) for a in from_file
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Acme buys Beta\n\nAcme bought Beta for $5 million.", "Acme buys Beta"),
        ("Acme bought Beta for $5 million.\n\nThe deal closes in May.", ""),
        ("Acme buys Beta\nAcme bought Beta for $5 million.", ""),
        ("x" * 151 + "\n\nbody", ""),
        ("\nAcme buys Beta\n\nbody", "Acme buys Beta"),
    ],
    ids=["title", "sentence", "no-blank-line", "too-long", "leading-newline"],
)
def test_ingest_txt_title_rule(text: str, title: str) -> None:
    assert guess_title(text) == title


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("LONDON, March 3, 1987 (Reuters) - Acme said", "1987-03-03"),
        ("March 3, 1987\nAcme said", "1987-03-03"),
        ("Acme buys Beta\n\nTuesday 12 May 2025\nAcme said", "2025-05-12"),
        ("Tokyo, Jan. 15, 2025 \u2014 Toyota said", "2025-01-15"),
        ("By Jane Doe | 12 May 2025", "2025-05-12"),
        ("Published: 2025-05-12T10:00", "2025-05-12"),
        ("LONDON, March 3 (Reuters) - no year, no guess", ""),
        ("Born in Luton on 5 April 1920, he wrote novels.", ""),
        ("Results for the three months to 31 December 2004 were flat.", ""),
        ("3 days ago Acme said", ""),
        ("Sat, 31 Feb 2024 is no date", ""),
    ],
    ids=lambda v: v[:30],
)
def test_ingest_dateline(text: str, iso: str) -> None:
    assert date_from_text(text) == iso


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("26-FEB-1987 15:01:01.79", "1987-02-26"),
        (" 3-MAR-1987 09:18:21.26", "1987-03-03"),
        ("Tue, 12 May 2025 10:00:00 GMT", "2025-05-12"),
        ("2025-05-12T10:00:00Z", "2025-05-12"),
        (1715500000, "2024-05-12"),
        (1715500000000, "2024-05-12"),
        ("May 12, 2025", "2025-05-12"),
        ("yesterday", ""),
        ("2024", ""),
        (None, ""),
    ],
    ids=str,
)
def test_ingest_metadata_dates(value: object, iso: str) -> None:
    assert iso_date(value) == iso


@pytest.mark.parametrize("name", ["bad.jsonl"])
def test_ingest_undecodable_line_falls_back_to_cp1252(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes('{"text": "Caf\u00e9 Nord paid \u00a34 million."}\n'.encode("cp1252"))
    articles, errors = read(str(path))
    assert errors == []
    assert articles[0].text == "Caf\u00e9 Nord paid \u00a34 million."


@pytest.mark.parametrize("name", ["junk.txt"])
def test_ingest_control_junk_is_a_decode_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(bytes([0x81, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x0E, 0x0F] * 20))
    articles, errors = read(str(path))
    assert articles == []
    assert [(e.reason, e.record) for e in errors] == [("decode", "")]
    assert "convert it to UTF-8" in errors[0].message


@pytest.mark.parametrize("first", [True])
def test_ingest_real_reuters_file(shared_dir: Path, first: bool) -> None:
    """The first Reuters-21578 file present (reut2-000 may be held out for evaluation)."""
    found = sorted((shared_dir / "corpus" / "reuters21578").glob("reut2-0*.sgm.gz"))
    if not found:
        pytest.skip("no Reuters-21578 file in ../shared/corpus/reuters21578")
    articles, errors = read(str(found[0]))
    assert len(articles) > 900
    assert all(a.record.isdigit() for a in articles)
    assert len({a.record for a in articles}) == len(articles)
    assert all(a.published.startswith("1987-") for a in articles)
    assert not any("\x03" in a.text or "&lt;" in a.text for a in articles)
    assert len(errors) < 10


@pytest.mark.parametrize(
    ("content", "records", "errors"),
    [
        (
            "id;title;text\n1;A;Acme paid 5 million euros.\n2;B\n3;C;Cee paid $4 million.\n",
            ["1", "3"],
            [("2", "csv")],
        ),
        ("title,text\nA,\nB,Bee paid $2 million.\n", ["2"], [("1", "no-text")]),
        ("title,text\n", [], [("", "empty")]),
        ('\ufefftitle,text\nA,"Acme paid\n$5 million."\n', ["1"], []),
    ],
    ids=["wrong-field-count", "empty-text", "header-only", "bom-multiline"],
)
def test_ingest_csv_bad_rows(
    tmp_path: Path, content: str, records: list[str], errors: list[tuple[str, str]]
) -> None:
    path = tmp_path / "dump.csv"
    path.write_text(content, encoding="utf-8")
    articles, reported = read(str(path))
    assert [a.record for a in articles] == records
    assert [(e.record, e.reason) for e in reported] == errors


@pytest.mark.parametrize("fields", [{"text": "story_text"}])
def test_ingest_text_override_missing_says_which_field(fields: dict[str, str]) -> None:
    _, errors = read("custom_fields.jsonl", fields=fields)
    assert [e.reason for e in errors] == ["no-text"]
    assert "'story_text' (from --field text=...) is missing or empty" in errors[0].message
    assert "keys here: story, hed, when, ref" in errors[0].message
