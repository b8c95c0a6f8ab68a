"""Publication dates as ISO ``YYYY-MM-DD``: from metadata values, or from a
dateline at the start of the text.

Only clear dates count: a day, a month and a year. "March 3" or "yesterday"
give "" rather than a guess, because a wrong year silently misplaces a fact.
dateparser is slow, so a regex finds a candidate first and dateparser only
ever sees the matched words.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
# "12 May 2025", "May 12, 2025", "2025-05-12"; optionally after a weekday.
_DATE = (
    rf"(?i:{_WEEKDAY}(?:{_DAY}\s+{_MONTH},?\s+{_YEAR}\b|{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"
    rf"|{_YEAR}-\d\d-\d\d(?!\d)))"
)
_DATE_WORDS = re.compile(rf"\b{_DATE}")
# A dateline opens a line of the first few, alone or after a place ("LONDON, ",
# "Tokyo, ", "NEW YORK (Reuters) - "), a label ("Published: ") or a byline
# ("By Jane Doe | "). A date inside a sentence is usually about another event.
_PREFIX = (
    r"(?:[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}(?: \([^)\n]{1,30}\))?\s*[,:\u2014\u2013-]\s*"
    r"|(?i:published|updated|posted|date)d?:?\s+(?:on\s+)?"
    r"|[^\n|]{1,40}\|\s*)?"
)
_DATELINE = re.compile(rf"^\s*{_PREFIX}({_DATE})", re.MULTILINE)
_HEAD_CHARS = 600
_ISO = re.compile(r"^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)")
# Reuters-21578: " 26-FEB-1987 15:01:01.79"
_REUTERS = re.compile(r"^\s*(\d{1,2})-([A-Za-z]{3})-(\d{4})\b")


def _ok(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


@lru_cache(maxsize=4096)
def _dateparser(words: str) -> str:
    import dateparser  # imported lazily: only needed for free-text dates

    parsed = dateparser.parse(
        words,
        languages=["en"],
        settings={
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    return parsed.date().isoformat() if parsed else ""


def iso_date(value: Any) -> str:
    """A metadata date (ISO string, RFC 822, Reuters style, epoch seconds or ms) as ISO, or ""."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return ""
    text = str(value).strip()
    if not text:
        return ""
    if m := _ISO.match(text):
        return _ok(int(m[1]), int(m[2]), int(m[3]))
    if m := _REUTERS.match(text):
        month = _MONTHS.get(m[2].lower())
        return _ok(int(m[3]), month, int(m[1])) if month else ""
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    if m := _DATE_WORDS.search(text):
        return _dateparser(m[0])
    return ""


def date_from_text(text: str) -> str:
    """The date of a dateline near the start of ``text`` ("LONDON, March 3, 1987 -"), or ""."""
    m = _DATELINE.search(text[:_HEAD_CHARS])
    if not m:
        return ""
    if iso := _ISO.match(m[1]):
        return _ok(int(iso[1]), int(iso[2]), int(iso[3]))
    return _dateparser(m[1])
