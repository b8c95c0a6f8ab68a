"""What the gazetteer knows of a company's industry (FACTS.md Sector, step 2: "as it
is known"), and when the entry the tagger found in a name is another company's.

The company tagger attaches a gazetteer entry to an organization's name when one of
the entry's names stands inside it, so "McDonnell Douglas Corp" gets the entry
"Douglas" (a German perfume retailer), "Santa Fe Southern Pacific Corp" and "Canada
Southern Petroleum Ltd" the utility "Southern Company". A name that *begins* with
an entry's name is that company or its family ("Shell Canada", "Ford Motor Credit");
one that holds the entry's name only after words of its own is another company, and
the entry says nothing of its industry (:func:`other_company`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.companies.mentions import normalize_company
from pipeline.link.sectors import SECTORS
from pipeline.resources import read_jsonl

_JOINED = re.compile(r"(?<=\w)[-/](?=\w)")


@dataclass(frozen=True)
class Known:
    """The gazetteer as the sector choice reads it."""

    sectors: dict[str, str] = field(default_factory=dict)  # bare name or alias -> sector
    hand_kept: frozenset[str] = frozenset()  # entries whose sector a person set
    names: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)  # entry -> names


def gazetteer_sectors(path: Path) -> Known:
    """From ``gazetteer.jsonl``: its names and unambiguous aliases (:func:`bare`) ->
    sector, the names whose sector a person set (``source`` gazetteer_extra), and every
    entry's names and aliases as words (ambiguous ones too: the tagger matches them)."""
    known: dict[str, str] = {}
    hand: set[str] = set()
    names: dict[str, frozenset[tuple[str, ...]]] = {}
    for rec in read_jsonl(path):
        forms = (rec["name"], *rec.get("aliases", ()))
        names[rec["name"]] = frozenset(tuple(bare(n).split()) for n in forms if bare(n))
        if rec.get("sector") not in SECTORS:
            continue
        if rec.get("source") == "gazetteer_extra":
            hand.add(rec["name"])
        ambiguous = set(rec.get("ambiguous_aliases", ()))
        for name in forms:
            if name not in ambiguous:
                known.setdefault(bare(name), rec["sector"])
    return Known(known, frozenset(hand), names)


def bare(name: str) -> str:
    """A name compared without case, punctuation, legal suffix or a leading article
    ("L'Air Liquide SA" -> "air liquide")."""
    words = normalize_company(name).split()
    if len(words) > 1 and words[0] in ("l", "the", "la", "le"):
        words = words[1:]
    return " ".join(words)


def other_company(
    company: str, entry_name: str, known: Known, is_place: Callable[[str], bool] = lambda w: False
) -> bool:
    """Whether ``company`` holds the entry's name only after words of its own
    ("McDonnell Douglas" and the entry "Douglas"), so is another company; a name that
    starts with one of the entry's names, or holds none of them (a ticker, a former
    name the tagger knows otherwise), is taken as that entry's. A country or a
    nationality before the name is the company's own ("American Barrick Resources" is
    Barrick's former name), as after it ("Shell Canada"); so is a name joined to
    another by a hyphen or a slash ("Hayes-Dana", Dana's Canadian arm).

    >>> k = Known(names={"Douglas": frozenset({("douglas",)}),
    ...                  "Shell plc": frozenset({("shell",), ("shell", "plc")})})
    >>> other_company("McDonnell Douglas Corp", "Douglas", k)
    True
    >>> other_company("Shell Canada Ltd", "Shell plc", k), other_company("Douglas", "Douglas", k)
    (False, False)
    """
    words = bare(_JOINED.sub("", company)).split()  # "Hayes-Dana" is one word here
    while len(words) > 1 and is_place(words[0]):
        words = words[1:]
    starts = {
        i
        for name in known.names.get(entry_name, ())
        for i in range(len(words) - len(name) + 1)
        if tuple(words[i : i + len(name)]) == name
    }
    return bool(starts) and 0 not in starts
