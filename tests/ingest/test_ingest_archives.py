"""Compressed files, archives and WARC, generated in tmp_path from the fixtures."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.errors import InputError
from pipeline.ingest import iter_articles
from pipeline.types import Article

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
COMPRESS = {
    "gz": gzip.compress,
    "bz2": bz2.compress,
    "xz": lzma.compress,
    "zst": lambda data: zstandard.ZstdCompressor().compress(data),
}


def read(*paths: Path | str) -> tuple[list[Article], list[InputError]]:
    errors: list[InputError] = []
    return list(iter_articles([str(p) for p in paths], on_error=errors.append)), errors


def plain(name: str) -> list[tuple[str, str]]:
    """(record, text) of a fixture read directly, to compare with its packed copies."""
    articles, _ = read(HERE / name)
    return [(a.record, a.text) for a in articles]


def jsonl_dump(n: int) -> bytes:
    lines = (
        f'{{"id": "r{i}", "text": "Firm {i} raised {i} million dollars in a funding round."}}\n'
        for i in range(1, n + 1)
    )
    return "".join(lines).encode("utf-8")


@pytest.mark.parametrize("ext", sorted(COMPRESS))
@pytest.mark.parametrize("name", ["articles.jsonl", "reuters.sgm", "story.txt", "feed.rss"])
def test_ingest_compressed_inner_extension_decides(tmp_path: Path, name: str, ext: str) -> None:
    path = tmp_path / f"{name}.{ext}"
    path.write_bytes(COMPRESS[ext]((HERE / name).read_bytes()))
    articles, errors = read(path)
    assert [e.reason for e in errors] == (["no-text"] if name == "reuters.sgm" else [])
    assert [(a.record, a.text) for a in articles] == plain(name)
    assert {a.source for a in articles} == {str(path)}


@pytest.mark.parametrize("name", ["dump.gz"])
def test_ingest_compressed_without_inner_extension_is_sniffed(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress((HERE / "reuters.sgm").read_bytes()))
    articles, _ = read(path)
    assert [a.record for a in articles] == ["501", "502", "503"]


MEMBERS = {
    "b/articles.jsonl": "articles.jsonl",
    "a/story.txt": "story.txt",
    "a/deep/feed.atom": "feed.atom",
    ".DS_Store": None,
    "__MACOSX/a/._story.txt": None,
}


def member_bytes(inner: str, fixture: str | None) -> bytes:
    return (HERE / fixture).read_bytes() if fixture else b"\x00\x05junk"


def expected_members(archive: Path) -> list[tuple[str, str, str]]:
    out = []
    for inner, fixture in MEMBERS.items():
        if fixture:
            out += [(f"{archive}!{inner}", r, t) for r, t in plain(fixture)]
    return out


def make_zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for inner, fixture in MEMBERS.items():
            archive.writestr(inner, member_bytes(inner, fixture))
        archive.writestr("c/inner.jsonl.gz", gzip.compress(jsonl_dump(2)))


def make_tar(path: Path, mode: str) -> None:
    with tarfile.open(path, mode) as archive:
        for inner, fixture in MEMBERS.items():
            data = member_bytes(inner, fixture)
            info = tarfile.TarInfo(inner)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))


@pytest.mark.parametrize("name", ["dump.zip"])
def test_ingest_zip_members_are_files(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    make_zip(path)
    articles, errors = read(path)
    assert errors == []
    inner = [(f"{path}!c/inner.jsonl.gz", "r1"), (f"{path}!c/inner.jsonl.gz", "r2")]
    assert [(a.source, a.record, a.text) for a in articles[:-2]] == expected_members(path)
    assert [(a.source, a.record) for a in articles[-2:]] == inner


@pytest.mark.parametrize(
    ("name", "mode"),
    [
        ("dump.tar", "w"),
        ("dump.tar.gz", "w:gz"),
        ("dump.tgz", "w:gz"),
        ("dump.tar.bz2", "w:bz2"),
        ("dump.tar.xz", "w:xz"),
    ],
)
def test_ingest_tar_members_are_files(tmp_path: Path, name: str, mode: str) -> None:
    path = tmp_path / name
    make_tar(path, mode)
    articles, errors = read(path)
    assert errors == []
    assert [(a.source, a.record, a.text) for a in articles] == expected_members(path)


@pytest.mark.parametrize("name", ["dump.zip"])
def test_ingest_zip_from_stdin(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    make_zip(path)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(path.read_bytes())))
    articles, errors = read("-")
    assert errors == []
    assert articles[0].source == "-!b/articles.jsonl"
    assert len(articles) == 7


# --- truncated and damaged ---------------------------------------------------


@pytest.mark.parametrize("ext", sorted(COMPRESS))
def test_ingest_truncated_compressed_keeps_records_before_the_cut(tmp_path: Path, ext: str) -> None:
    packed = COMPRESS[ext](jsonl_dump(30_000))  # several bz2 and zstd blocks
    path = tmp_path / f"dump.jsonl.{ext}"
    path.write_bytes(packed[: len(packed) // 2])
    articles, errors = read(path)
    assert 100 < len(articles) < 30_000
    assert [a.record for a in articles] == [f"r{i}" for i in range(1, len(articles) + 1)]
    assert [(e.source, e.reason) for e in errors] == [(str(path), "archive")]
    assert "truncated or corrupt" in errors[0].message
    assert f"the {len(articles)} records before the damage were read" in errors[0].message


@pytest.mark.parametrize("mode", ["w:gz", "w"])
def test_ingest_truncated_tar_reports_once(tmp_path: Path, mode: str) -> None:
    path = tmp_path / ("dump.tar.gz" if mode == "w:gz" else "dump.tar")
    with tarfile.open(path, mode) as archive:
        for i in range(1, 7):
            data = jsonl_dump(300) if i == 6 else (HERE / "story.txt").read_bytes()
            info = tarfile.TarInfo(f"part{i}.jsonl" if i == 6 else f"story{i}.txt")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    whole = path.read_bytes()
    path.write_bytes(whole[: int(len(whole) * 0.7)])
    articles, errors = read(path)
    assert [a.source for a in articles[:5]] == [f"{path}!story{i}.txt" for i in range(1, 6)]
    assert len(errors) == 1
    assert (errors[0].source, errors[0].reason) == (str(path), "archive")


class _Unseekable(io.RawIOBase):
    """A write-only stream without seek, so zipfile writes data descriptors."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:  # type: ignore[override]
        self.data += b
        return len(b)


@pytest.mark.parametrize("streamed", [False, True], ids=["sizes-in-headers", "data-descriptors"])
def test_ingest_truncated_zip_keeps_members_before_the_cut(tmp_path: Path, streamed: bool) -> None:
    sink: io.BytesIO | _Unseekable = _Unseekable() if streamed else io.BytesIO()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as archive:  # type: ignore[arg-type]
        for i in range(1, 4):
            archive.writestr(f"s{i}.txt", f"Firm {i} buys\n\nFirm {i} paid ${i} million.\n")
        archive.writestr("big.jsonl", jsonl_dump(3000))
    whole = bytes(sink.data) if isinstance(sink, _Unseekable) else sink.getvalue()
    path = tmp_path / "dump.zip"
    path.write_bytes(whole[: len(whole) // 2])  # inside big.jsonl, directory lost
    articles, errors = read(path)
    whole_members = [(f"{path}!s{i}.txt", "") for i in (1, 2, 3)]
    assert [(a.source, a.record) for a in articles[:3]] == whole_members
    # the cut member is read up to the cut (it streams, never held whole), and reported
    big = [(a.source, a.record) for a in articles[3:]]
    assert big and big == [(f"{path}!big.jsonl", f"r{i}") for i in range(1, len(big) + 1)]
    assert len(big) < 3000
    assert [(e.source, e.reason) for e in errors] == [
        (f"{path}!big.jsonl", "archive"),
        (str(path), "archive"),
    ]
    assert f"the {len(big)} records before the damage were read" in errors[0].message
    assert "read the 3 members before the damage" in errors[1].message


@pytest.mark.parametrize("name", ["dump.zip"])
def test_ingest_corrupt_zip_member_is_skipped_alone(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("one.txt", "One Co paid $1 million.")
        archive.writestr("two.txt", "Two Co paid $2 million.")
    data = path.read_bytes().replace(b"One Co", b"0ne Co")  # CRC no longer matches
    path.write_bytes(data)
    articles, errors = read(path)
    assert [a.source for a in articles] == [f"{path}!two.txt"]
    assert [(e.source, e.reason) for e in errors] == [(f"{path}!one.txt", "archive")]


# --- WARC ----------------------------------------------------------------------


def write_warc(path: Path, *, gzipped: bool) -> list[str]:
    """A small crawl: two HTML pages, one empty page, an image, a request. Returns record ids."""
    page = (HERE / "page.html").read_bytes()
    undated = re.sub(rb'<meta property="article:published_time"[^>]*>', b"", page)
    ids = []
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        for uri, body, kind in [
            ("https://news.example.org/quillon-pharma", page, "text/html; charset=utf-8"),
            ("https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
            ("https://news.example.org/undated", undated, "text/html"),
            ("https://news.example.org/blank", b"<html><body></body></html>", "text/html"),
        ]:
            http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2025-05-21T08:00:00Z"},
            )
            ids.append(record.rec_headers.get_header("WARC-Record-ID").strip("<>"))
            writer.write_record(record)
        request = writer.create_warc_record(
            "https://news.example.org/quillon-pharma", "request", payload=io.BytesIO(b"GET /")
        )
        writer.write_record(request)
    return ids


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_ingest_warc_html_responses(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    ids = write_warc(path, gzipped=name.endswith(".gz"))
    articles, errors = read(path)
    assert [(a.record, a.url, a.published) for a in articles] == [
        (ids[0], "https://news.example.org/quillon-pharma", "2025-05-20"),  # page metadata
        (ids[2], "https://news.example.org/undated", "2025-05-21"),  # WARC-Date
    ]
    assert articles[0].title == "Quillon Pharma raises $40 million"
    assert "$40 million in a Series B round" in articles[0].text
    assert [(e.record, e.reason) for e in errors] == [(ids[3], "no-text")]
    assert "no article text found" in errors[0].message


@pytest.mark.parametrize("name", ["crawl.warc.gz"])
def test_ingest_truncated_warc_keeps_records_before_the_cut(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    ids = write_warc(path, gzipped=True)
    whole = path.read_bytes()
    path.write_bytes(whole[: int(len(whole) * 0.6)])
    articles, errors = read(path)
    assert [a.record for a in articles] == ids[:1]
    assert [(e.source, e.reason) for e in errors] == [(str(path), "archive")]


def test_a_compressed_dump_may_inflate_to_a_hundred_times_its_size(monkeypatch):
    """A big .jsonl.gz is a dump, not a bomb: its cap grows with its size (capped.py)."""
    from pipeline.ingest.capped import BOMB_RATIO, MAX_MEMBER_BYTES, MEMBER_ENV, member_cap

    monkeypatch.delenv(MEMBER_ENV, raising=False)
    assert member_cap() == MAX_MEMBER_BYTES
    assert member_cap(4096) == MAX_MEMBER_BYTES  # a small bomb stops at the default
    ten_gb = 10 << 30
    assert member_cap(ten_gb) == BOMB_RATIO * ten_gb
    monkeypatch.setenv(MEMBER_ENV, "1")
    assert member_cap(ten_gb) == 1 << 20  # the variable sets one cap for all
