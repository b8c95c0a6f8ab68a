"""An article's names mapped to one fullest form each (:func:`article_canonical`), and
a wire's note of a company's full name: "Company's full name is TDK Corp <TDK.T>",
"NOTE: Full name is U.S. Facilities Corp". A results brief names its company in short
in the headline ("TDK GROUP NET UP", "U.S. FACILITIES <USRE> SEMI-ANNUAL DIVIDEND")
and gives the full name in a note at the end: every short name of it in the article
is that company (issue 10: one company, one name)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.companies.canonical import canonical_names
from pipeline.companies.country_units import countries
from pipeline.companies.mentions import Mention, normalize_company
from pipeline.companies.suffixes import COMPANY_SUFFIXES
from pipeline.nlp.doccache import doc_text

LEAD_WORDS = 20  # a first line this long closed by a full stop is a lead, not a title
# "full name is", "Full company name is", "full name of company is", "Full name" + name
_NOTE = re.compile(
    r"\bfull\s+(?:company\s+)?name\s+(?:of\s+(?:the\s+)?(?:company|trust|bank)\s+)?(?:is\s+)?",
    re.IGNORECASE,
)


def noted_full_names(doc: Doc, mentions: list[Mention], canon: dict[str, str]) -> dict[str, str]:
    """``canon`` with every name whose words all belong to a noted full name (a legal
    form or "Group" aside: "TDK Group" for "TDK Corp") mapped to that full name."""
    text = doc_text(doc)
    for note in _NOTE.finditer(text):
        at = note.end() + (text[note.end() : note.end() + 1] == "<")
        full = next((m for m in mentions if doc[m.start].idx == at), None)
        if full is None:
            continue
        words = set(normalize_company(full.name).split())
        for name in canon:
            own = normalize_company(name).split()
            if own and all(w in words or w in COMPANY_SUFFIXES for w in own):
                canon[name] = full.name
    return canon


def article_canonical(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> dict[str, str]:
    """Fullest forms, given where each name is first used in all and in the body."""
    text = doc_text(doc)
    nl = text.find("\n", 0, len(text.rstrip()))
    # the first line is a headline when a body follows, unless it is a title-less lead
    lead = text[:nl].rstrip().endswith(".") and len(text[:nl].split()) > LEAD_WORDS
    head_end = nl if nl > 0 and not lead else 0
    first: dict[str, int] = {}
    body: dict[str, int] = {}
    for m in mentions:  # in text order
        first.setdefault(m.name, m.start)
        if doc[m.start].idx >= head_end:
            body.setdefault(m.name, m.start)
    canon = canonical_names([m.name for m in mentions], first=first, body=body, places=places)
    canon = _without_country(canon)  # "Singapore DBS" in a headline over "DBS Group Holdings"
    return noted_full_names(doc, mentions, canon)  # "Company's full name is TDK Corp"


def _without_country(canon: dict[str, str]) -> dict[str, str]:
    """ "Singapore DBS Q1 profit up 2%": a headline's country glued before a name the
    article gives otherwise ("DBS", "DBS Group Holdings") is no part of it; the name
    maps to what that name maps to. Not "Air China", "Bank of Japan": the country must
    open the name and leave another of the article's names."""
    lowered = {name.lower(): name for name in canon}
    for name in list(canon):
        first, _, rest = name.partition(" ")
        if rest and first.lower() in countries() and rest.lower() in lowered:
            canon[name] = canon[lowered[rest.lower()]]
    return canon
