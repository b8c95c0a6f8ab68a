"""One company, one name: each name of a doc mapped to its fullest form ("GM" and
"General Motors", "Westinghouse" and "Westinghouse Electric"), for
:class:`pipeline.link.context.DocContext` (issue 10: one company, one name)."""

from __future__ import annotations

import re

from pipeline.companies.initials import spelled_out
from pipeline.companies.mentions import normalize_company
from pipeline.resources import MODELS_DIR, read_jsonl

# "Int'l", "Natl", "Mfg": words a wire headline abbreviates in a name (name_abbreviations.jsonl)
_ABBREVIATIONS = {r["short"].lower(): r["full"] for r in read_jsonl(
    MODELS_DIR / "companies/name_abbreviations.jsonl")}  # fmt: skip
# a name's word: capitalized, no lower-case word glued by a hyphen ("DHL-owner Deutsche Post")
_NAME_WORD = re.compile(r"[A-Z][\w&'.]*(?:-[A-Z0-9][\w&'.]*)*$")
_LEAD_WORDS = 2  # words a full name may hold before the short one ("Deutsche", "Royal Dutch")
_ABBREVIATED = re.compile(
    r"(?<![\w'])(" + "|".join(re.escape(a) for a in sorted(_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w'])", re.I)  # fmt: skip


def canonical_names(
    names: list[str], *, first: dict[str, int] | None = None, body: dict[str, int] | None = None,
    places: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """Map each name to its fullest form in the doc ("Westinghouse" -> "Westinghouse Electric").

    A short name takes a longer one only when the longer starts with it word
    for word and all such longer names agree (one is a prefix of the next);
    "Mitsubishi" beside "Mitsubishi Electric" and "Mitsubishi Heavy" stays.
    News gives the full name first: given first uses (``first``: anywhere, ``body``: past
    the headline), a longer form met later is a unit or product ("Ford Freestyle").
    """
    keyed = {n: normalize_company(_expanded(n)).split() for n in names}
    # A name in capitals (a wire headline: "ACME BREAKS OFF TALKS") neither
    # lends its form to a name written in mixed case nor keeps its own when
    # the text also writes it in mixed case.
    mixed = {n for n in keyed if not n.isupper()}
    out: dict[str, str] = {}
    for name, words in keyed.items():
        # the same name written otherwise ("Weatherford Int'l", "Weatherford International
        # Inc"): the fullest form, one answer run after run; a capitals form never its own
        same = [m for m in mixed if keyed[m] == words and m != name]
        if same:
            out[name] = max(same if name.isupper() else [name, *same], key=_fullest)
            continue
        spelled = spelled_out(name, sorted(m for m in mixed if m != name))
        if spelled:  # "GM" beside "General Motors", "BoA" beside "Bank of America"
            out[name] = spelled
            continue
        longer = [
            (len(w), other)
            for other, w in keyed.items()
            if len(w) > len(words)
            and w[: len(words)] == words
            and (other in mixed or not mixed)
            and (first or {}).get(other, -1) <= (body or {}).get(name, 1 << 30)
        ]
        if not longer:
            out[name] = _tail_of(name, words, keyed, mixed, (first, body), places)
            continue
        longer.sort()
        chain_ok = all(
            keyed[longer[i + 1][1]][: len(keyed[longer[i][1]])] == keyed[longer[i][1]]
            for i in range(len(longer) - 1)
        )
        out[name] = longer[-1][1] if chain_ok else name
    return out


def _tail_of(name: str, words: list[str], keyed: dict[str, list[str]], mixed: set[str],
             uses: tuple[dict[str, int] | None, dict[str, int] | None],
             places: frozenset[str]) -> str:
    """ "Babcock" after "Deutsche Babcock AG", "Douglas" after "McDonnell Douglas": the
    last words of the one longer name the story's body gave first, a capitalized word or
    two before them ("Deutsche", "McDonnell"), no place or nationality ("US Carnival
    Corporation", "drugmaker Takeda" and "DHL-owner Deutsche Post" are NER's glue).
    Two such names ("Sumitomo Mitsui", "Tokai Mitsui") or none given first: the name
    stays."""
    first, body = uses
    if first is None or body is None or name not in body:
        return name
    tails = [
        other
        for other, w in keyed.items()
        if len(words) < len(w) <= len(words) + _LEAD_WORDS
        and w[-len(words):] == words
        and (other in mixed or not mixed)
        and body.get(other, 1 << 30) < body[name]  # a headline's "Ailing Kestrel Air" no
    ]
    if len(tails) != 1 or f" {name}" not in tails[0]:  # "IMM.Yello Mobile": glued, no name
        return name
    lead = tails[0][: tails[0].index(f" {name}")].split()
    named = all(_NAME_WORD.match(w) and w.lower().strip(".") not in places for w in lead)
    return tails[0] if named and len(lead) <= _LEAD_WORDS else name


def _fullest(name: str) -> tuple[int, int, str]:
    """Longest, then most capitals ("Bass Group" over "Bass group"), then by spelling."""
    return len(name), sum(ch.isupper() for ch in name), name


def _expanded(name: str) -> str:
    """ "Weatherford Int'l" -> "Weatherford International": the words a headline shortens."""
    return _ABBREVIATED.sub(lambda m: _ABBREVIATIONS[m.group(1).lower()], name)
