"""From paths to byte streams to readers: walking directories, standard input,
decompression, archives, and choosing a reader by extension or by content.

Every stream is read forward once, so a dump of any size (or a pipe) streams
with constant memory. Only zip needs seeking; a zip from a pipe is spooled to a
temporary file first.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import sys
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, cast

import zstandard

from pipeline.errors import InputError
from pipeline.ingest import csv_reader, feeds, html, jsonl, sgml, txt, warc, zipscan
from pipeline.ingest.capped import capped, member_cap
from pipeline.ingest.records import Report, looks_binary, printable
from pipeline.types import Article

Reader = Callable[..., Iterator[Article]]

READERS: dict[str, Reader] = {
    ".txt": txt.read_txt,
    ".text": txt.read_txt,
    ".jsonl": jsonl.read_jsonl,
    ".ndjson": jsonl.read_jsonl,
    ".json": jsonl.read_json,
    ".csv": csv_reader.read_csv,
    ".tsv": csv_reader.read_csv,
    ".html": html.read_html,
    ".htm": html.read_html,
    ".xhtml": html.read_html,
    ".rss": feeds.read_feed,
    ".atom": feeds.read_feed,
    ".sgm": sgml.read_sgml,
    ".sgml": sgml.read_sgml,
    ".warc": warc.read_warc,
}
COMPRESSED = {".gz": "gzip", ".bz2": "bz2", ".xz": "xz", ".zst": "zstd", ".tgz": "gzip"}
_MAGIC = (
    (b"\x1f\x8b\x08", "gzip"),
    (b"BZh", "bz2"),  # checked further in _codec: text may start with "BZh"
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)
# A broken compressed stream or archive surfaces as one of these mid-read.
CORRUPT: tuple[type[BaseException], ...] = (
    EOFError,
    zlib.error,
    lzma.LZMAError,
    zstandard.ZstdError,
    tarfile.TarError,
    zipfile.BadZipFile,
    OSError,
)
# Binary formats that may show no NUL byte in their first bytes.
_BINARY_MAGIC = (
    (b"%PDF-", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an Office document"),
    (b"Rar!", "a RAR archive (unpack it first)"),
    (b"7z\xbc\xaf", "a 7-Zip archive (unpack it first)"),
)
SNIFF_BYTES = 512  # enough for the tar magic at 257; small so a pipe never waits long
_CHUNK = 1 << 16
_ZSTD_INPUT = 1 << 13


class _Replay(io.RawIOBase):
    """A raw stream that gives back already-read ``head`` bytes, then the rest."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        read1 = getattr(self._rest, "read1", self._rest.read)
        data = read1(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def peek(stream: BinaryIO, size: int = SNIFF_BYTES) -> tuple[bytes, BinaryIO]:
    """Read up to ``size`` first bytes without losing them: (head, stream to read from)."""
    if isinstance(stream, io.BufferedReader) and isinstance(stream.raw, io.FileIO):
        if stream.seekable():  # a file on disk: read the head and rewind
            head = stream.read(size)
            stream.seek(0)
            return head, stream
    read1 = getattr(stream, "read1", stream.read)
    head = b""
    while len(head) < size:
        # read1 returns what is there, so a slow pipe is not waited on for a full buffer
        data = read1(size - len(head))
        if not data:
            break
        head += data
    return head, io.BufferedReader(_Replay(head, stream), buffer_size=_CHUNK)  # type: ignore[return-value]


def split_ext(name: str) -> tuple[str, str]:
    """``("x.jsonl", ".gz")`` for ``x.jsonl.gz``; the last extension, lower-cased."""
    base = os.path.basename(name)
    stem, ext = os.path.splitext(base)
    return stem, ext.lower()


# A corpus folder's own documentation is not news (bbc/README.TXT); named
# explicitly, such a file is still read.
_DOC_NAMES = ("readme", "license", "licence", "copying")


def _skipped(name: str) -> bool:
    return name.startswith(".") or name.lower().split(".")[0] in _DOC_NAMES


def _walk(directory: str) -> Iterator[str]:
    """Files under ``directory`` in sorted path order; hidden files and READMEs skipped."""
    with os.scandir(directory) as scan:
        entries = sorted((e for e in scan if not _skipped(e.name)), key=lambda e: e.name)
    for entry in entries:
        # symlinked folders are not followed: a link back up would loop forever
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.is_file():
            yield entry.path


def iter_paths(paths: Iterable[str], report: Report) -> Iterator[str]:
    """Files named by ``paths``: directories walked recursively in sorted order."""
    for path in paths:
        if os.path.isdir(path):
            yield from _walk(path)
        elif path == "-" or os.path.exists(path):  # files, and pipes such as <(zcat x.gz)
            yield path
        else:
            where = printable(path)
            report(InputError(where, "", "no such file or directory; check the path", "missing"))


def read_path(path: str, *, fields: dict[str, str], report: Report) -> Iterator[Article]:
    """Articles of one file (or of standard input for "-")."""
    if path == "-":
        yield from guarded("-", read_stream("-", "", sys.stdin.buffer, fields, report), report)
        return
    source = printable(path)  # a file name that is not UTF-8 is stored with escapes
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed in finally, after the generator ends
    except OSError as err:
        reason = "missing" if isinstance(err, FileNotFoundError) else "format"
        report(InputError(source, "", f"cannot open: {err.strerror}; check the path", reason))
        return
    try:
        yield from guarded(source, read_stream(source, path, handle, fields, report), report)
    finally:
        handle.close()


def guarded(
    source: str, articles: Iterator[Article], report: Report, *, corrupt: bool = True
) -> Iterator[Article]:
    """Pass articles on; turn a broken stream into one report after the records read so far.

    ``corrupt=False`` leaves damage of an enclosing stream to the level that
    opened it, so a cut ``.tar.gz`` is reported once, not once per member.
    """
    count = 0
    try:
        for article in articles:
            count += 1
            yield article
    except InputError as err:
        report(err)
    except CORRUPT as err:
        if not corrupt:
            raise
        report(
            InputError(
                source,
                "",
                f"truncated or corrupt compressed data or archive ({err}); "
                f"the {count} records before the damage were read; re-download or repair the file",
                "archive",
            )
        )
    except Exception as err:  # noqa: BLE001 - a reader's bug costs its file, never the run
        report(
            InputError(
                source,
                "",
                f"the reader failed ({type(err).__name__}: {err}) after {count} records; the rest "
                "of this file was skipped; please report this file to the newsfacts developers",
                "reader",
            )
        )


def read_stream(
    source: str, name: str, stream: BinaryIO, fields: dict[str, str], report: Report
) -> Iterator[Article]:
    """Articles of one byte stream; ``name`` (may be "") gives the extension hint."""
    head, stream = peek(stream)
    stem, ext = split_ext(name)
    if not head:
        raise InputError(source, "", "empty file", "empty")
    codec = _codec(head)
    if codec == "gzip" and _gzipped_warc(head):
        yield from warc.read_warc(stream, source, fields=fields, report=report)
        return
    if codec:
        inner = stem + ".tar" if ext == ".tgz" else (stem if ext in COMPRESSED else stem + ext)
        data = decompress(stream, codec)
        if not inner.lower().endswith(".tar"):  # a tar's members are capped one by one
            size = os.path.getsize(source) if os.path.isfile(source) else 0
            data = capped(data, source, f"{codec} data", member_cap(size))
        yield from guarded(source, read_stream(source, inner, data, fields, report), report)
        return
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        yield from read_zip(source, stream, fields, report)
        return
    if head[257:262] == b"ustar" or (ext == ".tar" and not looks_text(head)):
        yield from read_tar(source, stream, fields, report)
        return
    if head.startswith(b"WARC/"):
        yield from warc.read_warc(stream, source, fields=fields, report=report)
        return
    kind = next((k for magic, k in _BINARY_MAGIC if head.startswith(magic)), None)
    if kind or looks_binary(head):
        what = f" ({kind})" if kind else ""
        raise InputError(source, "", f"binary file{what}, not a news dump", "binary")
    reader = READERS.get(ext) or sniff(head, source, ext)
    yield from reader(stream, source, fields=fields, report=report)


def _codec(head: bytes) -> str | None:
    """The compression of a stream from its magic bytes, or None."""
    codec = next((c for magic, c in _MAGIC if head.startswith(magic)), None)
    if codec == "bz2" and not (head[3:4].isdigit() and head[4:10] in (b"1AY&SY", b"\x17rE8P\x90")):
        return None
    return codec


def _gzipped_warc(head: bytes) -> bool:
    """Whether gzip data starts with a WARC record (warcio reads those best itself)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head).startswith(b"WARC/")
    except zlib.error:
        return False


def looks_text(head: bytes) -> bool:
    return not looks_binary(head)


def sniff(head: bytes, source: str, ext: str) -> Reader:
    """Pick a reader from the first bytes, for unknown extensions, ``.xml`` and stdin."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = text[:SNIFF_BYTES].lower()
    if text.startswith((b"{", b"[")):
        return jsonl.read_json
    if b"<reuters" in lower or b"<!doctype lewis" in lower:
        return sgml.read_sgml
    if b"<rss" in lower or b"<feed" in lower or b"<rdf:rdf" in lower:
        return feeds.read_feed
    if b"<html" in lower or b"<!doctype html" in lower or b"<body" in lower:
        return html.read_html
    if ext == ".xml" or text.startswith(b"<?xml"):
        # an XML file that is neither a feed nor Reuters SGML: say so rather than guess
        raise InputError(
            source,
            "",
            "XML that is not an RSS/Atom feed or Reuters SGML; newsfacts cannot read it",
            "format",
        )
    return txt.read_txt


def decompress(stream: BinaryIO, codec: str) -> BinaryIO:
    """A streaming decompressor over ``stream`` (multi-member gzip included)."""
    if codec == "gzip":
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    if codec == "bz2":
        return bz2.BZ2File(stream, mode="rb")  # type: ignore[return-value]
    if codec == "xz":
        return lzma.LZMAFile(stream, mode="rb")  # type: ignore[return-value]
    return io.BufferedReader(_Zstd(stream), buffer_size=_CHUNK)  # type: ignore[return-value]


class _Zstd(io.RawIOBase):
    """zstd frames decompressed one after another; EOFError when the last one is cut.

    zstandard's stream_reader ends quietly at a cut, which would pass a
    truncated file off as complete; gzip, bz2 and xz raise EOFError there.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._frame = zstandard.ZstdDecompressor().decompressobj()
        self._pending = memoryview(b"")
        self._started = False  # bytes of the current frame seen

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self._pending:
            # small input chunks bound the output of one call (text packs about 5:1)
            data = self._stream.read(_ZSTD_INPUT)
            if not data:
                if self._started:
                    raise EOFError("zstd data ended before the end of its frame")
                return 0
            out = b""
            while data:
                self._started = True
                out += self._frame.decompress(data)
                data = b""
                if self._frame.eof:  # next frame, if any, starts in the unused bytes
                    data = self._frame.unused_data
                    self._frame = zstandard.ZstdDecompressor().decompressobj()
                    self._started = False
            self._pending = memoryview(out)
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def _hidden(member: str) -> bool:
    # "../x.jsonl" is read like any member (nothing is extracted to disk), not skipped
    parts = member.replace("\\", "/").split("/")
    hidden = (p.startswith(".") and p not in (".", "..") for p in parts if p)
    return any(hidden) or parts[0] == "__MACOSX"


def read_zip(
    source: str, stream: BinaryIO, fields: dict[str, str], report: Report
) -> Iterator[Article]:
    """Each zip member read as a file in its own right, source ``archive.zip!member``."""
    if stream.seekable():
        yield from _read_zip_file(source, stream, fields, report)
        return
    # zipfile needs to seek (the directory is at the end); a pipe cannot
    with tempfile.SpooledTemporaryFile(max_size=32 << 20) as spool:
        while chunk := stream.read(_CHUNK):
            spool.write(chunk)
        spool.seek(0)
        yield from _read_zip_file(source, spool, fields, report)  # type: ignore[arg-type]


def _read_zip_file(
    source: str, stream: BinaryIO, fields: dict[str, str], report: Report
) -> Iterator[Article]:
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError):  # damaged: as cut
        # no central directory: the zip was cut; read the members before the cut
        yield from zipscan.read_truncated_zip(
            source,
            stream,
            lambda s, n, f: _member(s, n, capped(f, s, "zip member"), fields, report),
            report,
        )
        return
    with archive:
        for info in archive.infolist():
            if info.is_dir() or _hidden(info.filename):
                continue
            inner = f"{source}!{info.filename}"
            try:
                member = archive.open(info)
            except (
                zipfile.BadZipFile,
                NotImplementedError,
                RuntimeError,
                ValueError,
                OSError,
            ) as err:
                report(InputError(inner, "", f"cannot open zip member: {err}", "archive"))
                continue
            with member:
                data = capped(cast(BinaryIO, member), inner, "zip member")
                yield from _member(inner, info.filename, data, fields, report)


def _member(
    source: str, name: str, stream: BinaryIO, fields: dict[str, str], report: Report
) -> Iterator[Article]:
    return guarded(source, read_stream(source, name, stream, fields, report), report)


def read_tar(
    source: str, stream: BinaryIO, fields: dict[str, str], report: Report
) -> Iterator[Article]:
    """Each tar member read as a file in its own right, streaming (``r|``: no seeking).

    A damaged header does not end the archive quietly (tarfile's default): the
    reader skips to the next good header and reports the bytes it passed over.
    Links, FIFOs and devices are reported, not skipped silently.
    """
    with _ResyncTar.open(fileobj=stream, mode="r|", ignore_zeros=True) as archive:
        assert isinstance(archive, _ResyncTar)
        for info in archive:
            yield from _report_damage(source, archive, report)
            inner = f"{source}!{printable(info.name)}"
            if not info.isfile() or _hidden(info.name):
                if not (info.isdir() or _hidden(info.name)):
                    report(
                        InputError(inner, "", f"{_tar_kind(info)}, not a file; skipped", "archive")
                    )
                continue
            member = archive.extractfile(info)
            if member is None:
                continue
            # damage shows in the tar stream itself: let it end the tar, reported once
            # by the level that opened the stream (see guarded)
            data = capped(cast(BinaryIO, member), inner, "tar member")
            yield from guarded(
                inner,
                read_stream(inner, info.name, data, fields, report),
                report,
                corrupt=False,
            )
        yield from _report_damage(source, archive, report)  # damage after the last member


class _ResyncTar(tarfile.TarFile):
    """tarfile with ``ignore_zeros``, noting where it skipped blocks that are no header."""

    damaged: list[tuple[int, int]]  # (first, end) byte offsets of skipped non-zero blocks

    def _dbg(self, level: int, msg: str) -> None:
        # tarfile's only trace of a skipped block is this debug message ("0x600: bad checksum")
        if level == 2 and msg.startswith("0x") and "end of file header" not in msg:
            at = int(msg.split(":", 1)[0], 16)
            ranges = self.__dict__.setdefault("damaged", [])
            if ranges and ranges[-1][1] == at:
                ranges[-1] = (ranges[-1][0], at + tarfile.BLOCKSIZE)
            else:
                ranges.append((at, at + tarfile.BLOCKSIZE))
        super()._dbg(level, msg)  # type: ignore[misc]


def _report_damage(source: str, archive: _ResyncTar, report: Report) -> Iterator[Article]:
    """One report per run of damaged blocks passed over since the last member."""
    for first, end in archive.__dict__.pop("damaged", []):
        report(
            InputError(
                source,
                f"bytes {first}-{end}",
                f"damaged tar header: bytes {first}-{end} were skipped to the next good member; "
                "the member(s) there are lost; re-download or repair the archive",
                "archive",
            )
        )
    yield from ()


def _tar_kind(info: tarfile.TarInfo) -> str:
    if info.issym():
        return f"a symbolic link to {printable(info.linkname)!r}"
    if info.islnk():
        return f"a hard link to {printable(info.linkname)!r}"
    if info.isfifo():
        return "a FIFO"
    if info.isdev():
        return "a device"
    return f"a member of tar type {info.type!r}"
