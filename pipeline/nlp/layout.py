"""News layout read off the raw text: lines, headlines, datelines, table rows.

News copy carries structure that no sentence parser sees: a headline on a
line of its own, a wire dateline ("ZURICH, March 19 - "), an earnings table
("Shr 1.20 dlrs vs 1.10 dlrs"). Several stages read these conventions (the
sentence splitter, the fast path's planner, the amount finder, the linker);
this module is their one home, so that each is defined once.

>>> line_bounds("Acme\\nNet 5 mln vs 4 mln\\n", 9)
(5, 24)
>>> is_title_case(["Toyota", "to", "Invest", "$10", "Billion", "in", "Kentucky"])
True
>>> dateline_place("NORTH WILKESBORO, N.C., March 5 - Lowe's said")
'NORTH WILKESBORO'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from pipeline.resources import MODELS_DIR, read_jsonl

# A headline is a line of at most this many characters (longer lines are prose).
HEADLINE_MAX_CHARS = 200
# Title case: at least this share of the words are capitalized, not counting
# the small words headline style leaves in lower case (models/layout/small_words.jsonl).
TITLE_SHARE = 0.7

_MONTHS = "Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec"
# A wire dateline: a place in capitals or title case, optional state or country
# parts, then a date ("ZURICH, March 19 - ", "STAMFORD, Conn., April 8 - ",
# "ANGLETON, Tex. MArch 3 - ": wire typos too) or the agency ("PARIS (Reuters) - ")
# or both ("MUMBAI, Jan 14 (Reuters) - "),
# then a dash; with both, Indian agency copy leaves the dash out ("Patna, Dec 20 (PTI) ").
DATELINE_PATTERN = (
    r"[ \t]*(?P<place>[A-Z][A-Za-z .'&-]{1,40}?)(?:,[ \t]*[A-Z][A-Za-z .'-]{1,30}?)*"
    rf"(?:(?:,[ \t]*|(?<=\.)[ \t]+)(?i:{_MONTHS})[a-zA-Z]*\.?[ \t]+\d{{1,2}}"
    r"(?:[ \t]+\([A-Za-z]{2,12}\)[ \t]+(?=[A-Z\"'‘“])"
    r"|(?:[ \t]+\([^)\n]{2,30}\))?[ \t]*(?:[-–—]+|:)[ \t]*)"  # "DHAKA, Jan 5: "
    r"|[ \t]+\([^)\n]{2,30}\)[ \t]*[-–—]+[ \t]*)"
)
DATELINE = re.compile(rf"^{DATELINE_PATTERN}", re.MULTILINE)
# today's short dateline: a place in capitals and a dash or colon, no date ("OTTAWA — ",
# "SYDNEY: ", "NEW DELHI, India — "); a headline in capitals looks alike, so a reader must
# check the place (pipeline/money/local.py reads only known places)
SHORT_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z\u00c0-\u00de\u0110][A-Z\u00c0-\u00de\u0110\u1ea0-\u1ef9.'&-]*"
    r"(?: [A-Z\u00c0-\u00de\u0110][A-Z\u00c0-\u00de\u0110\u1ea0-\u1ef9.'&-]*){0,3})"  # "HÀ NỘI —"
    r"(?:,[ \t]*[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)?)?"
    r"(?:[ \t]*\([A-Z][a-z]{2,8}\.? \d{1,2}\))?"  # "KUALA LUMPUR (Nov 19): " (The Edge)
    r"[ \t]*(?:[-–—]{1,2}|:)[ \t]+(?=\S)",
    re.MULTILINE,
)


# a US trade paper's dateline: the town in capitals, its state's code glued by a hyphen
# to the story's first word ("GOODLETTSVILLE, TN-Private-equity firm KKR ...", GlobeSt)
GLUED_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z .'&-]{1,40}), [A-Z]{2}-(?=[A-Z][a-z])", re.MULTILINE
)


def _press_dateline() -> re.Pattern[str]:
    wires = read_jsonl(MODELS_DIR / "layout/press_wires.jsonl")[0]["words"]
    wires = sorted(wires, key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in wires)
    return re.compile(
        r"^[ \t]*(?P<place>[A-Z][A-Za-z .'&-]{1,40}?)"
        r"(?P<parts>(?:,[ \t]*[A-Z][A-Za-z .'-]{1,30}?)*)"
        rf"(?:,[ \t]*(?:{_MONTHS})[a-zA-Z]*\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}})?"
        rf"[ \t]*(?:--)?[ \t]*[(/][ \t]*(?i:{alt})\b"
        r"(?:[^)/\n]{0,40}[)/])?[ \t]*(?:--|[-–—])?[ \t]*",  # "...)--", ") -", "/"
        re.MULTILINE,
    )


# a press release's dateline: a place, its state or country, maybe a date, then the wire
# that carried it ("CAMBRIDGE, Mass.--(BUSINESS WIRE)--", "WUHAN, China, August 16, 2021
# /PRNewswire/ -"); the wires are models/layout/press_wires.jsonl
PRESS_DATELINE = _press_dateline()


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Character bounds of the physical line(s) holding ``text[start:end]``."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start if end is None else end)
    return lo, len(text) if hi < 0 else hi


def line_at(text: str, start: int, end: int | None = None) -> str:
    """The physical line(s) holding ``text[start:end]``, without the line breaks."""
    lo, hi = line_bounds(text, start, end)
    return text[lo:hi]


@lru_cache(maxsize=1)
def small_words() -> frozenset[str]:
    """Words title case leaves in lower case ("to", "in", "of")."""
    return frozenset(r["text"] for r in read_jsonl(MODELS_DIR / "layout" / "small_words.jsonl"))


def is_title_case(words: Iterable[str], *, empty: bool = False) -> bool:
    """Headline style: most words but the small ones are capitalized.

    ``empty`` is the answer for a line with no word that counts.
    """
    small = small_words()
    counted = [w for w in words if w[:1].isalpha() and w.lower() not in small]
    if not counted:
        return empty
    return sum(1 for w in counted if w[:1].isupper()) >= TITLE_SHARE * len(counted)


def dateline_end(line: str) -> int:
    """Where the dateline opening ``line`` ends (0 when it opens with none)."""
    m = DATELINE.match(line)
    return m.end() if m else 0


def dateline_place(text: str) -> str:
    """The place of the first dateline in ``text`` ("NORTH WILKESBORO"), or ''."""
    m = DATELINE.search(text)
    return " ".join(m.group("place").split()).rstrip(",") if m else ""


# A credit in parentheses opening a paragraph: "(Reuters) -", "(MENAFN- The Rio Times)
# Eldorado ...", "(CNN) —": who sent the story, as a dateline says where from. Not a
# company's name in a wire's brackets ("(GEOFFRION LECLERC INC) SIX MTHS NET").
CREDIT = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*(\([^()\n]{2,60}\))(?=[ \t]*[-–—]*[ \t]*\S)")
_SUFFIXES = frozenset(
    r["text"].lower().rstrip(".") for r in read_jsonl(MODELS_DIR / "companies/legal_suffixes.jsonl")
)


def _credits(text: str) -> list[tuple[int, int]]:
    found = ((m.start(1), m.end(1)) for m in CREDIT.finditer(text))
    return [(a, b) for a, b in found if text[a + 1 : b - 1].split()[-1].lower().rstrip(".")
            not in _SUFFIXES]  # fmt: skip


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the datelines in ``text`` (a press release's, a credit's too)."""
    spans = [(m.start(), m.end()) for m in DATELINE.finditer(text)] + _credits(text)
    spans += [(m.start(), m.end()) for m in GLUED_DATELINE.finditer(text)]
    press = PRESS_DATELINE.search(text)
    return spans + [(press.start(), press.end())] if press else spans


# Earnings tables of wire copy ("Shr 1.20 dlrs vs 1.10", "Net 12.5 mln vs 11.4 mln"),
# read three ways: the fast path parses every line that starts with a table label
# and holds a figure (row_starts, a cheap superset); the amount finder gives a bare
# figure the table's currency on a row whose label (row_label) is a money label or
# that compares with "vs"; the linker gives the company in focus a results row
# (is_results_row). A figure may be spelt ("Oper shr loss five cts vs loss 50
# cts"); "Div 6.5p making 9.75p" gives the year's total the way "vs" gives last
# year's figure.
_ROW_START = re.compile(r"\n[ \t]*(\S+)[ \t]+[^\n]*\d")
_RESULTS_ROW = re.compile(
    rf"^\s*(?-i:{DATELINE_PATTERN})?"  # a dateline: "DALLAS, Feb 26 - "
    r"[A-Za-z][A-Za-z .&/'-]{0,60}?\s+(?:[-(]?[$£€]?\d|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)\s)[^\n]*\b(?:vs|making)\b",
    re.I,
)


def row_starts(text: str) -> list[tuple[int, str]]:
    """(offset, word) of the first word of each line that holds a figure after it."""
    return [(m.start(1), m.group(1)) for m in _ROW_START.finditer(text)]


def is_results_row(line: str) -> bool:
    """A line of a results table: a label, a figure, then "vs" or "making"."""
    return bool(_RESULTS_ROW.match(line))


def row_label(line: str) -> list[str]:
    """The words of a table row before its first figure, lowercased: ["net", "loss"]."""
    words = line.split()
    first = next((k for k, w in enumerate(words) if w[:1].isdigit()), len(words))
    return [w.lower().rstrip(".:,") for w in words[:first]]


# A line at least this long, not ending a sentence, that runs on into an
# unindented line was wrapped by the wire's typesetter ("net profit soared to
# 3,053,000\ndlrs for"): one logical line. Wire paragraphs start indented; a
# headline is the first line and is never joined.
WRAP_WIDTH = 30
_ENDS = (".", "!", "?", ":", '"', "”")


def wraps(text: str, nl: int) -> bool:
    """The line break at ``nl`` is a soft wrap."""
    start, _ = line_bounds(text, nl)
    line = text[start:nl].rstrip()
    return (
        start > 0
        and nl + 1 < len(text)
        and bool(text[nl + 1].strip())
        and len(line) >= WRAP_WIDTH
        and not line.endswith(_ENDS)
        and not _titled(line)  # a list of headlines, one a line
    )


def _titled(line: str) -> bool:
    # a line that opens on a dateline, or breaks off after "at" or "the", runs on,
    # however many names it holds ("Revlon closed yesterday on the New York Stock
    # Exchange at")
    if dateline_end(line):
        return False  # a story's first line: "VANCOUVER, March 11 - Bank of British"
    words = line.split()
    if words and words[-1] in small_words():
        return False
    return is_title_case(words)


def logical_line(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the line holding ``text[start:end]``, soft wraps undone."""
    lo = text.rfind("\n", 0, start) + 1
    while lo >= 1 and wraps(text, lo - 1):
        lo = text.rfind("\n", 0, lo - 1) + 1
    hi = text.find("\n", end)
    while hi >= 0 and wraps(text, hi):
        hi = text.find("\n", hi + 1)
    return lo, len(text) if hi < 0 else hi
