"""CSV and TSV with a header row; the same field names as JSON dumps.

Rows stream through ``csv.reader``; lines are decoded one at a time (UTF-8,
cp1252 fallback) so a stray byte costs nothing but itself.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from typing import BinaryIO

from pipeline.errors import InputError
from pipeline.ingest.jsonl import to_article
from pipeline.ingest.records import MAX_RECORD_BYTES, Report, bounded_lines, decode_text
from pipeline.types import Article

_DELIMITERS = ",\t;|"
# News bodies run to tens of kilobytes, past csv's 128 KB default field limit.
csv.field_size_limit(min(sys.maxsize, MAX_RECORD_BYTES))


def _lines(stream: BinaryIO, source: str, report: Report, seen: list[int]) -> Iterator[str]:
    """Decoded lines; an undecodable line is reported (by line number) and left out.
    ``seen[0]`` is the number of the last line read (so errors can give line ranges)."""
    for lineno, raw in bounded_lines(stream, source, report):
        seen[0] = lineno
        if raw is None:  # over the cap: reported
            continue
        try:
            line = decode_text(raw, source, f"line {lineno}")
        except InputError as err:
            report(err)
            continue
        yield line.lstrip("\ufeff") if lineno == 1 else line


def pick_delimiter(header: str, source: str) -> str:
    """The delimiter used most in the header line.

    csv.Sniffer guesses from quoting patterns in the data and misreads prose
    full of commas; a header row of plain names is a more reliable witness.
    """
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    if not counts[best]:
        return "\t" if source.lower().endswith(".tsv") else ","
    return best


def read_csv(
    stream: BinaryIO, source: str, *, fields: dict[str, str], report: Report
) -> Iterator[Article]:
    """One article per data row; record = id column, else the 1-based data row number."""
    seen = [0]
    lines = _lines(stream, source, report, seen)
    header_line = next((line for line in lines if line.strip()), None)
    if header_line is None:
        raise InputError(source, "", "empty file (no header row)", "empty")
    delimiter = pick_delimiter(header_line, source)
    try:
        header = next(csv.reader([header_line], delimiter=delimiter))
    except csv.Error as err:
        raise InputError(source, "", f"malformed CSV header row ({err})", "csv") from err
    header = [name.strip() for name in header]
    # strict: a quote closed by text ('"Fourth ...') is where an unclosed quote swallowed
    # the rows between; without it csv folds them silently into one cell
    rows = csv.reader(lines, delimiter=delimiter, strict=True)
    row_number = 0
    while True:
        row_number += 1
        first = seen[0] + 1
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as err:
            report(_quote_error(source, row_number, first, seen[0], err))
            continue
        if not any(cell.strip() for cell in row):
            row_number -= 1  # blank lines are not rows
            continue
        if len(row) > len(header) and not any(cell.strip() for cell in row[len(header) :]):
            row = row[: len(header)]  # trailing empty cells, as spreadsheets export them
        if len(row) != len(header):
            report(
                InputError(
                    source,
                    str(row_number),
                    f"row has {len(row)} fields but the header has {len(header)}; "
                    f"check the delimiter ({delimiter!r}) and quoting",
                    "csv",
                )
            )
            continue
        try:
            yield to_article(dict(zip(header, row, strict=True)), source, str(row_number), fields)
        except InputError as err:
            report(err)
    if row_number == 1:
        raise InputError(source, "", "CSV has a header but no rows", "empty")


def _quote_error(source: str, row: int, first: int, last: int, err: csv.Error) -> InputError:
    """A row csv cannot delimit, reported with the lines it took (rows may be lost there)."""
    where = f"line {first}" if first >= last else f"lines {first}-{last}"
    return InputError(
        source,
        str(row),
        f"malformed CSV ({err}) in {where}; the rows there were not read: "
        "check for a quote that is opened and never closed",
        "csv",
    )
