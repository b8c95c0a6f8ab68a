"""A trade glued to a generic word in one name word (FACTS.md Sector, step 2).

Company names often fuse what the company does with a word any company may use:
"Musicland", "Computerland", "Farmland Industries", "Goldfields", "Oilfield",
"Biosystems", "Cablesystems", "HealthCorp". The name's head word then says the
industry as plainly as "General Motors" does, although no token of it is a sector
word. :func:`compound_sector` splits such a word into a known trade stem (a sector
term or a name word of ``models/link/industry_words.jsonl``, at least four letters,
or one of a few short stems such as "bio") and a generic ending
(``models/link/name_compounds.jsonl``). Endings that also make brands of other
trades ("Goldstar" electronics, "Spacenet" satellites) are left out, and a word that
is a place ("Portland") is no trade. A few trade endings say the trade whatever
stands before them ("Servotronics", "Audio-Tronix": electronics). :func:`tail_sector`
reads a name's last word ("Canada Post"), which says a trade only when nothing else does.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from pipeline.resources import MODELS_DIR, read_jsonl

_MIN_STEM = 4  # "Carland", "Oreland": shorter sector terms glue to anything


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], dict[str, str], dict[str, str], frozenset[str]]:
    """(generic endings, short stems -> sector, last name words -> sector, legal
    forms) from the data files."""
    endings: set[str] = set()
    stems: dict[str, str] = {}
    tails: dict[str, str] = {}
    for rec in read_jsonl(MODELS_DIR / "link/name_compounds.jsonl"):
        endings.update(w.lower() for w in rec.get("endings", ()))
        stems.update((w.lower(), rec["sector"]) for w in rec.get("stems", ()))
        tails.update((w.lower(), rec["sector"]) for w in rec.get("tail", ()))
    forms = frozenset(
        r["text"].lower() for r in read_jsonl(MODELS_DIR / "companies/legal_suffixes.jsonl")
    )
    # the longest ending first: "systems" before "system"
    return tuple(sorted(endings, key=len, reverse=True)), stems, tails, forms


@lru_cache(maxsize=1)
def _trade_endings() -> tuple[tuple[str, str], ...]:
    """(ending, sector) pairs, longest first: endings that are a trade themselves."""
    pairs = {
        (w.lower(), rec["sector"])
        for rec in read_jsonl(MODELS_DIR / "link/name_compounds.jsonl")
        for w in rec.get("trade_endings", ())
    }
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def trade_ending(word: str) -> str:
    """The sector of a name word that ends in a trade ending ("Audio-Tronix").

    >>> trade_ending("audio-tronix"), trade_ending("medtronic")
    ('electronics', '')
    """
    return next((sector for end, sector in _trade_endings() if word.endswith(end)), "")


def tail_sector(name: str) -> str:
    """The sector of a name's last word, its legal form aside ("Canada Post",
    "Washington Post Co"); "AHMANSON TO POST 2ND" ends in no such word.

    >>> tail_sector("Washington Post Co"), tail_sector("AHMANSON TO POST 2ND")
    ('consumer', '')
    """
    _, _, tails, forms = _data()
    words = [w.strip(".,") for w in name.lower().split()]
    while len(words) > 1 and words[-1] in forms:
        words.pop()
    return tails.get(words[-1], "") if words else ""


def compound_sector(name: str, table: dict[str, str], is_place: Callable[[str], bool]) -> str:
    """The sector of the last name word that is a trade stem plus a generic ending.

    >>> compound_sector("Musicland Group Inc", {"music": "consumer"}, lambda w: False)
    'consumer'
    >>> compound_sector("Portland General", {"port": "infrastructure"}, lambda w: w == "portland")
    ''
    >>> compound_sector("Goldman Sachs", {"gold": "mining_metals"}, lambda w: False)
    ''
    """
    endings, short, _, _ = _data()
    found = ""
    for word in name.lower().split():
        if word == "of" and found:
            break  # the head is before "of", as in _last_phrase
        sector = _split(word, table, endings, short) or trade_ending(word)
        if sector and not is_place(word):
            found = sector
    return found


def _split(word: str, table: dict[str, str], endings: tuple[str, ...],
           short: dict[str, str]) -> str:  # fmt: skip
    for ending in endings:
        stem = word[: -len(ending)]
        if word.endswith(ending) and stem:
            if stem in short:
                return short[stem]
            if len(stem) >= _MIN_STEM and " " not in stem and stem in table:
                return table[stem]
    return ""
