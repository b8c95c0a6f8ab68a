"""Wire instrument codes written with a company's name ("Standard Bank SBKJ.J said",
"KCB Group’sKCB.NR pretax profit"): a ticker and its exchange's code, never part of the
name. The exchange codes are ``exchange_suffixes`` of ``models/companies/words.jsonl``."""

from __future__ import annotations

import re

from pipeline.resources import MODELS_DIR, word_sets

EXCHANGES = word_sets(MODELS_DIR / "companies/words.jsonl")["exchange_suffixes"]
# "AGT.TO", "GE.N", "7203.T": a ticker and its exchange's code (Reuters instrument codes);
# a share class after a hyphen ("SAAB-B.SK", Dow Jones)
RIC = re.compile(r"[A-Z0-9&]{1,8}(?:-[A-Z])?\.([A-Z]{1,2})")
# glued to the possessive ("KCB Group’sKCB.NR") or after a space ("Standard Bank SBKJ.J");
# a spaced one has two characters before its dot at least ("Nestle S.A" keeps its form)
_TAIL = re.compile(
    r"(?<=\w)['’]s[A-Z0-9]{1,6}\.([A-Z]{1,3})$|\s+[A-Z0-9][A-Za-z0-9&]{1,7}\.([A-Z]{1,2})$"
)


def is_ric(text: str) -> bool:
    """Whether ``text`` is a ticker with its exchange's code ("AGT.TO", "7203.T")."""
    ric = RIC.fullmatch(text.strip())
    return ric is not None and ric.group(1).lower() in EXCHANGES


def strip_ticker(name: str) -> str:
    """``name`` without the instrument code written after it.

    >>> [strip_ticker(n) for n in ("Standard Bank SBKJ.J", "KCB Group’sKCB.NR", "Nestle S.A")]
    ['Standard Bank', 'KCB Group', 'Nestle S.A']
    """
    m = _TAIL.search(name)
    if m is None:
        return name
    glued = m.group(1) is not None  # the possessive's glued code: any exchange's
    return name[: m.start()] if glued or m.group(2).lower() in EXCHANGES else name
