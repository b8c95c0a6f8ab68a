"""Initials that spell out a name the article gives in full ("GM": "General Motors",
"BoA": "Bank of America"): one company, one name (issue 10)."""

from __future__ import annotations

import re

from pipeline.companies.suffixes import LEGAL_SUFFIXES


def spelled_out(short: str, names: list[str]) -> str:
    """The one name of ``names`` whose initials ``short`` is ("GM": "General Motors";
    "BoA": "Bank of America", with or without "of"), else ''."""
    if not (2 <= len(short) <= 5 and short.isalpha() and short[0].isupper()):
        return ""
    if sum(ch.isupper() for ch in short) < 2:
        return ""
    key = short.lower()
    found: dict[str, tuple[str, ...]] = {}
    for name in names:
        words = [w for w in re.findall(r"[A-Za-z][\w&'-]*", name)
                 if w.lower().rstrip(".") not in LEGAL_SUFFIXES]  # fmt: skip
        if len(words) < 2:
            continue
        every = "".join(w[0] for w in words).lower()
        capital = "".join(w[0] for w in words if w[0].isupper()).lower()
        if key in (every, capital):
            found[name] = tuple(w.lower() for w in words)
    # one company, however many legal forms: "Ghana Commercial Bank (Limited)"
    return max(found, key=len) if len(set(found.values())) == 1 else ""
