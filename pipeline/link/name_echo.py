"""A company's name written again in capitals is still its name, no sector word.

A wire headline writes the names of its story in capitals: "CONSUMERS POWER <CMS>
TO REDEEM BONDS" over "Consumers Power Co said it has 56 mln dlrs available".
The company tagger finds the name in the body; in the headline its words
("CONSUMERS") would be read as sector words of the sentence and outvote the
company's own industry (FACTS.md Sector: a company's name says what it is, a word
of its name names no sector of an amount). :func:`echoed_names` gives the tokens
where a tagged name of two words or more, less its legal suffix ("Co", "Inc"), is
written again, in any case, as long as
every word there is capitalized (so "general motors" in lower case, were it ever
written so, is left alone).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.companies.mentions import normalize_company
from pipeline.companies.venues import VENUES
from pipeline.link.context import DocContext

_MIN_WORDS = 2  # one word ("Oil", "Power") is too often a common word


def echoed_names(ctx: DocContext) -> set[int]:
    """Token indices of the doc where a tagged company name is written again, and of the
    exchanges named as where shares trade (``pipeline/companies/venues.py``)."""
    doc = ctx.doc
    names = {tuple(normalize_company(m.name).split()) for m in ctx.mentions}
    out: set[int] = set(doc.user_data.get(VENUES, ()))
    for name in names:
        if len(name) < _MIN_WORDS:
            continue
        for i in range(len(doc) - len(name) + 1):
            if doc[i].lower_ == name[0] and _capitalized_match(doc, i, name):
                out.update(range(i, i + len(name)))
    return out


def _capitalized_match(doc: Doc, i: int, name: tuple[str, ...]) -> bool:
    tokens = doc[i : i + len(name)]
    return [t.lower_ for t in tokens] == list(name) and all(
        t.is_upper or t.is_title for t in tokens
    )
