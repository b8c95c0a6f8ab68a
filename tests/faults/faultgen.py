"""Deterministic good and bad inputs for the fault suite.

Good articles each hold one amount for one company, so the facts a run must
keep are known: ``Birch Works 7 paid $17 million`` is company "Birch Works 7",
17,000,000 USD. Bad inputs are the failure kinds of issue 13, one file each.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import os
import random
import re
import tarfile
import zipfile
import zlib
from pathlib import Path

NAMES = ["Alder", "Birch", "Cedar", "Damson", "Elm", "Fir", "Gum", "Hazel"]


def good_text(i: int) -> str:
    name = f"{NAMES[i % len(NAMES)]} Works {i}"
    return f"{name} said on Tuesday it will invest ${i + 10} million in a new plant in Ohio."


def good_record(i: int) -> dict[str, str]:
    return {"id": f"g{i}", "title": f"Plant {i}", "text": good_text(i)}


def jsonl(records: list[dict]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


def _tar(members: list[tuple[str, bytes]], extra: list[tarfile.TarInfo] = ()) -> bytes:  # type: ignore[assignment]
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for info in extra:
            tar.addfile(info)
    return buf.getvalue()


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buf.getvalue()


def _links() -> list[tarfile.TarInfo]:
    sym = tarfile.TarInfo("link.txt")
    sym.type, sym.linkname = tarfile.SYMTYPE, "a.txt"
    fifo = tarfile.TarInfo("fifo")
    fifo.type = tarfile.FIFOTYPE
    return [sym, fifo]


def bad_inputs(first: int) -> dict[str, tuple[bytes, list[int], int]]:
    """File name -> (content, good article numbers in it, records it must reject at least).

    Good numbers start at ``first``; each file also holds good articles, whose
    facts must all come through.
    """
    n = iter(range(first, first + 1000))

    def g(k: int = 1) -> list[int]:
        return [next(n) for _ in range(k)]

    out: dict[str, tuple[bytes, list[int], int]] = {}

    def add(name: str, good: list[int], build, rejected: int = 1) -> None:
        out[name] = (build(good), good, rejected)

    recs = lambda good: [good_record(i) for i in good]  # noqa: E731
    add(
        "surrogate-text.jsonl",
        g(2),
        lambda k: jsonl(recs(k)[:1]) + b'{"id":"s","text":"bad \\ud800"}\n' + jsonl(recs(k)[1:]),
    )
    add(
        "surrogate-id.jsonl",
        g(2),
        lambda k: (
            jsonl(recs(k)[:1])
            + b'{"id":"\\udc00","text":"Oak paid $3 million."}\n'
            + jsonl(recs(k)[1:])
        ),
    )
    add(
        "surrogate-title.jsonl",
        g(2),
        lambda k: jsonl(recs(k)) + b'{"title":"\\ud834","text":"Oak paid $3 million."}\n',
    )
    add(
        "deep.jsonl",
        g(2),
        lambda k: jsonl(recs(k)[:1]) + b"[" * 100_000 + b"\n" + jsonl(recs(k)[1:]),
    )
    add(
        "deep-array.json",
        g(1),
        lambda k: json.dumps(recs(k)).encode()[:-1] + b"," + b"[" * 50_000 + b"]",
    )
    add("inf.jsonl", g(2), lambda k: jsonl(recs(k)) + b'{"id":"i","text":1e400}\n')
    add("nan.jsonl", g(1), lambda k: jsonl(recs(k)) + b'{"id":"n","text":NaN}\n')
    add("malformed.jsonl", g(2), lambda k: jsonl(recs(k)) + b'{"id": "m", "text": "unclosed\n')
    add("not-object.jsonl", g(1), lambda k: jsonl(recs(k)) + b"[1, 2, 3]\n")
    add("no-text.jsonl", g(1), lambda k: jsonl(recs(k)) + b'{"id":"e","title":""}\n')
    add(
        "control-chars.jsonl",
        g(2),
        lambda k: (
            jsonl(recs(k)) + b'{"id":"x","text":"\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c"}\n'
        ),
    )
    add("unclosed.sgm", g(2), lambda k: _sgml(k, unclosed=True))
    add(
        "cut.sgm",
        g(1),
        lambda k: _sgml(k) + b'<REUTERS NEWID="999"><TITLE>CUT</TITLE><BODY>Oak paid',
    )
    add("unclosed-quote.csv", g(2), lambda k: _csv(k))
    add(
        "short-row.csv",
        g(1),
        lambda k: (
            b"id,title,text\n"
            + b"".join(f'{i},T,"{good_text(i)}"\n'.encode() for i in k)
            + b"9,only\n"
        ),
    )
    add(
        "dotdot.zip", g(2), lambda k: _zip([(f"../up{i}.txt", good_text(i).encode()) for i in k]), 0
    )
    add(
        "links.tar",
        g(1),
        lambda k: _tar([(f"a{i}.txt", good_text(i).encode()) for i in k], _links()),
        2,
    )
    add("cut-header.tar", g(3), lambda k: _tar_cut(k))
    add(
        "truncated.jsonl.gz",
        g(2),
        lambda k: gzip.compress(jsonl(recs(k)) + jsonl([good_record(999)] * 50))[:-40],
    )
    add("corrupt.jsonl.bz2", g(0), lambda k: bz2.compress(b"x" * 1000)[:30] + b"\x00" * 30)
    add("binary.jsonl", g(0), lambda k: bytes(range(256)) * 4)
    add("empty.jsonl", g(0), lambda k: b"")
    add("pdf.txt", g(0), lambda k: b"%PDF-1.4\n" + b"\x00\x01" * 100)
    add("other-xml.xml", g(0), lambda k: b"<?xml version='1.0'?><catalog><book/></catalog>")
    add("empty-feed.rss", g(0), lambda k: b"<rss><channel></channel></rss>")
    add(
        "truncated.zip",
        g(1),
        lambda k: _zip(
            [(f"z{i}.txt", good_text(i).encode()) for i in k] + [("big.txt", os.urandom(4000))]
        )[:-60],
    )
    add(
        "punct-run.txt",
        g(1),
        lambda k: (good_text(k[0]) + "\n\n" + "a:" * 50_000 + "\n\n" + "(" * 40_000).encode(),
        0,
    )
    _library_drops(add, g, recs)
    return out


def _library_drops(add, g, recs) -> None:  # type: ignore[no-untyped-def]
    """Records that feedparser, warcio or the SGML scan used to drop without a word."""
    lost = {"id": "lost", "title": "Lost", "text": "Lost Corp paid $1 million."}

    def rss(k: list[int], damage, at: int) -> bytes:  # type: ignore[no-untyped-def]
        items = [_rss_item(r) for r in recs(k)]
        items.insert(at, damage(_rss_item(lost)))
        return f"<rss><channel>{''.join(items)}</channel></rss>".encode()

    add("lost-item.rss", g(2), lambda k: rss(k, lambda i: i.replace("<item>", "<itm>"), 1))
    # (the lenient parser loses what follows a damaged text, reported too: so it is last)
    add("lost-text.rss", g(2), lambda k: rss(k, lambda i: i.replace("</desc", "</dsc"), 2))
    merged = (
        '<REUTERS NEWID="{}"><TITLE>PLANT</TITLE><BODY>{}</BODY>'
        "<TITLE>LOST</TITLE><BODY>Lost Corp paid $1 million.</BODY></REUTERS>\n"
    )
    add("merged.sgm", g(2), lambda k: _sgml(k[:1]) + merged.format(k[1], good_text(k[1])).encode())

    def warc_damaged(k: list[int], damage) -> bytes:  # type: ignore[no-untyped-def]
        head = len(warc([]))  # the warcinfo record, once
        bad = damage(warc([lost])[head:])
        return warc(recs(k[:1])) + bad + warc(recs(k[1:]))[head:]

    def shorter(data: bytes) -> bytes:  # the response's Content-Length 20 bytes short
        before, _, after = data.rpartition(b"Content-Length: ")
        length, _, rest = after.partition(b"\r\n")
        return before + b"Content-Length: %d\r\n" % (int(length) - 20) + rest

    add("garbled-type.warc", g(2), lambda k: warc_damaged(k, lambda d: d.replace(b"nse\r", b"\r")))
    add("short-length.warc", g(2), lambda k: warc_damaged(k, shorter))


def _rss_item(r: dict[str, str]) -> str:
    return (
        f"<item><guid>{r['id']}</guid><title>{r['title']}</title>"
        f"<description>{r['text']}</description></item>"
    )


def _tar_cut(good: list[int]) -> bytes:
    """Three members; the second one's header damaged: the first and third come through."""
    members = [(f"c{i}.txt", good_text(i).encode()) for i in good]
    members.insert(1, ("lost.txt", b"Lost Corp paid $1 million."))
    data = bytearray(_tar(members))
    data[512 + 512 : 512 + 512 + 100] = b"\xff" * 100  # member 2's header: name field garbled
    return bytes(data)


def _sgml(good: list[int], *, unclosed: bool = False) -> bytes:
    out = [b'<!DOCTYPE lewis SYSTEM "lewis.dtd">\n']
    if unclosed:
        out.append(b'<REUTERS NEWID="500"><TITLE>OPEN</TITLE><BODY>Oak paid $3 mln.</BODY>\n')
    for i in good:
        out.append(
            f'<REUTERS NEWID="{i}"><TITLE>PLANT {i}</TITLE>'
            f"<BODY>{good_text(i)}</BODY></REUTERS>\n".encode()
        )
    return b"".join(out)


def _csv(good: list[int]) -> bytes:
    rows = [b"id,title,text\n", f'{good[0]},T,"{good_text(good[0])}"\n'.encode()]
    rows.append(b'77,T,"Unclosed Corp paid $1 million.\n78,T,Swallowed Corp paid $2 million.\n')
    rows.append(f'79,T,"Quoted Corp paid $3 million."\n{good[1]},T,{good_text(good[1])}\n'.encode())
    return b"".join(rows)


def _warc_record(kind: str, number: int, headers: str, payload: bytes) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
        f"WARC-Date: 2024-03-0{number % 9 + 1}T00:00:00Z\r\n{headers}"
        f"Content-Length: {len(payload)}\r\n\r\n"
    )
    return head.encode() + payload + b"\r\n\r\n"


def warc(records: list[dict[str, str]]) -> bytes:
    """A WARC file as a crawl writes it: a warcinfo record, then for each article a
    request and an HTML response (byte for byte the same for the same records)."""
    out = [_warc_record("warcinfo", 0, "Content-Type: application/warc-fields\r\n", b"x: y\r\n")]
    for k, r in enumerate(records, 1):
        uri = f"WARC-Target-URI: https://news.example/{r['id']}\r\n"
        http = "Content-Type: application/http; msgtype={}\r\n"
        request = f"GET /{r['id']} HTTP/1.1\r\nHost: news.example\r\n\r\n".encode()
        page = f"<html><head><title>{r['title']}</title></head><body><article><p>{r['text']}</p>"
        page += "</article></body></html>"
        response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page.encode()
        out.append(_warc_record("request", 2 * k, uri + http.format("request"), request))
        out.append(_warc_record("response", 2 * k + 1, uri + http.format("response"), response))
    return b"".join(out)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One seeded mutation: bytes flipped, cut, duplicated or inserted."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not data:
            break
        kind = rng.randrange(5)
        at = rng.randrange(len(data))
        if kind == 0:
            data[at] = rng.randrange(256)
        elif kind == 1:
            del data[at:]
        elif kind == 2:
            data[at:at] = data[at : at + rng.randint(1, 200)]
        elif kind == 3:
            data[at:at] = rng.choice(
                [b"<", b'"', b"\\ud800", b"[", b"</REUTERS>", b"\x00", b"\r\n"]
            )
        else:
            del data[at : at + rng.randint(1, 50)]
    return bytes(data)


GOOD_SENTENCE = re.compile(
    r"[A-Z][a-z]+ Works \d+ said on Tuesday it will invest \$\d+ million in a new plant in Ohio\."
)


def intact_sentences(data: bytes) -> set[str]:
    """The good articles' sentences still whole in a (mutated) file's bytes, gzip undone
    as far as it goes: records that a reader must store or report."""
    if data[:2] == b"\x1f\x8b":
        inflater, out = zlib.decompressobj(31), b""
        try:
            for k in range(0, len(data), 64):
                out += inflater.decompress(data[k : k + 64])
        except zlib.error:
            pass
        data = out
    return set(GOOD_SENTENCE.findall(data.decode("latin-1")))


def write_all(folder: Path, files: dict[str, bytes]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)


def seed_files() -> dict[str, bytes]:
    """One small valid file per format, three good articles each: what the fuzzer mutates."""
    recs = [good_record(i) for i in range(3)]
    items = "".join(
        f"<item><guid>{r['id']}</guid><title>{r['title']}</title>"
        f"<description>{r['text']}</description></item>"
        for r in recs
    )
    entries = "".join(
        f"<entry><id>{r['id']}</id><title>{r['title']}</title><content>{r['text']}</content></entry>"
        for r in recs
    )
    html = f"<html><head><title>Plant</title></head><body><article><p>{recs[0]['text']}</p>"
    html += "<p>" + " ".join(good_text(i) for i in range(5)) + "</p></article></body></html>"
    csv = "id,title,text\n" + "".join(f'{r["id"]},{r["title"]},"{r["text"]}"\n' for r in recs)
    return {
        "seed.jsonl": jsonl(recs),
        "seed.json": json.dumps(recs).encode(),
        "seed.csv": csv.encode(),
        "seed.sgm": _sgml([0, 1, 2]),
        "seed.rss": f"<rss><channel>{items}</channel></rss>".encode(),
        "seed.atom": f'<feed xmlns="http://www.w3.org/2005/Atom">{entries}</feed>'.encode(),
        "seed.html": html.encode(),
        "seed.tar": _tar([(f"t{i}.txt", good_text(i).encode()) for i in range(3)]),
        "seed.zip": _zip([("inner.jsonl", jsonl(recs))]),
        "seed.jsonl.gz": gzip.compress(jsonl(recs), mtime=0),
        "seed.warc": warc(recs),
    }


def mutated_files(count: int, seed: int = 13) -> dict[str, bytes]:
    """``count`` seeded mutations of the seed files, named after their format."""
    rng = random.Random(seed)
    seeds = sorted(seed_files().items())
    out = {}
    for k in range(count):
        name, data = seeds[k % len(seeds)]
        out[f"m{k:03d}-{name}"] = mutate(data, rng)
    return out
