"""Amounts by the hour, day, week or month, or per person (FACTS.md "Kind" other: pay,
benefits, fees and prices of services, sums per head), read by
:func:`pipeline.link.kinds.read_kind` after the walk up the parse.

"the minimum wage to £5.60 an hour", "giving families an extra £5 a week", "the service
costs $15 per month", "spend $17 per child per year on textbooks": a rate is no money
spent building something, raised or taken in a deal, whatever verb governs it; a rate
of a company's results stays ``financials`` ("The company is earning about $1.8m an
hour"). The units and the subjects that keep results are ``models/link/kind_cues.jsonl``
``rate_units`` and ``results_earners``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from pipeline.nlp.doccache import doc_text
from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_RATE_UNITS = _CUES["rate_units"]
_RESULTS_EARNERS = _CUES["results_earners"]
# "£5 a week", "$15 per month", "$1 for an hour", "£4.99 each month"; a bracketed
# equivalent may stand between ("$75,000 (£39,000) a year" is skipped by "a year" anyway)
_RATE = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:for\s+)?(?:a|an|per|each|every)\s+"
    r"(?:\w+-)?([a-z]+)\b"  # "for each 20-minute shooting session": minute
    r"(?!\s+(?:after|before|earlier|later|ago|familiar|close)\b)",  # "$2bn a day after ..."
    re.IGNORECASE,
)
_SUBJECT = ("nsubj", "nsubjpass")


def rate_unit(span: Span) -> str | None:
    """The unit of a rate written right after the amount ("week" in "£5 a week"), or None."""
    text = doc_text(span.doc)[span.end_char : span.end_char + 60].replace("\n", " ")
    m = _RATE.match(text)
    if m is None:
        return None
    unit = m.group(1).lower()
    one = unit[:-1] if unit.endswith("s") else unit
    return unit if unit in _RATE_UNITS else (one if one in _RATE_UNITS else None)


def rate_kind(span: Span, found: str | None, is_company: Callable[[Token], bool]) -> str | None:
    """``other`` for a rate (see the module), unless it is a company's results rate; None
    when the amount is no rate or the kind read so far stands."""
    if found in (None, "other", "valuation") or rate_unit(span) is None:
        return None
    if found == "financials" and _company_results(span, is_company):
        return None
    return "other"


def _company_results(span: Span, is_company: Callable[[Token], bool]) -> bool:
    """Whether the verb over the amount has a company for its subject ("The company is
    earning", "Ms Villalba's division had been losing", "BP earned")."""
    verb = span.root
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    doers = [c for c in verb.children if c.dep_ in _SUBJECT]
    if not doers and verb.dep_ in ("acl", "relcl"):
        doers = [verb.head]  # "a unit earning $2m a day"
    return any(
        is_company(t) or t.lemma_.lower() in _RESULTS_EARNERS or t.lower_ in _RESULTS_EARNERS
        for t in doers
    )
