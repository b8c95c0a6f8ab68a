"""Acronyms an article defines as something other than a company.

"the Financial Conduct Authority (FCA)", "headline earnings per share (HEPS)", "the
Georgia Public Service Commission (PSC)": NER tags the short form an organization, and
the gazetteer may even know it as a company (FCA: Fiat Chrysler). Inside that article the
short form means what it spells out, so it is a company only when the spelled-out
phrase is one ("General Motors (GM)").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from pipeline.companies.initials import spelled_out
from pipeline.resources import MODELS_DIR, read_jsonl

if TYPE_CHECKING:
    from pipeline.companies.mentions import CompanyData

# heads of public bodies' names ("... Authority", "... Commission"): the words of
# models/companies/not_companies.jsonl given for governments, public bodies, courts,
# legislatures and the military (not "Institute", "Foundation": the gold keeps those)
_PUBLIC_REASONS = ("government", "public body", "legislature", "judiciary", "military")
_PUBLIC_HEADS = frozenset(
    rec["text"]
    for rec in read_jsonl(MODELS_DIR / "companies/not_companies.jsonl")
    if rec["type"] == "word"
    and any(k in rec["reason"] for k in _PUBLIC_REASONS)
)
# up to eight words, then the acronym in brackets: "... Conduct Authority (FCA)"
_DEFINED = re.compile(r"((?:[A-Za-z][\w&'.-]*[ \t]+){1,8})\(([A-Z][A-Za-z]{1,5})\)")


_KEY = "newsfacts_acronyms"  # Doc.user_data: the doc's acronyms defined otherwise


def acronyms_of(doc: Doc, data: CompanyData) -> dict[str, bool]:
    """:func:`defined_otherwise` of the doc's text, read once per doc."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = defined_otherwise(doc.text, data)
    return found


def defined_otherwise(text: str, data: CompanyData) -> dict[str, bool]:
    """Acronyms ``text`` spells out as a phrase that is no company name -> whether that
    phrase names a public body ("FCA": True; "HEPS", a measure: False)."""
    out: dict[str, bool] = {}
    for m in _DEFINED.finditer(text):
        words, short = m.group(1).split(), m.group(2)
        phrases = [" ".join(words[-n:]) for n in range(2, len(words) + 1)]
        # "the Office of the Deputy Prime Minister (ODPM)": with and without "the" the
        # capitals spell the same; the phrase opens on a capital
        named = [p for p in phrases if p[0].isupper()]
        phrase = spelled_out(short, named) or _lower_spelled(short, phrases)
        public = bool(_PUBLIC_HEADS & set(phrase.lower().split()))
        later = phrase.split()[1:]  # "Headline earnings per share (HEPS)" opens a sentence
        lower = phrase[:1].islower() or bool(later) and all(w[:1].islower() for w in later)
        if phrase and (lower or public):
            out[short] = public  # a phrase in lower case, or a public body's name
    return out


def _lower_spelled(short: str, phrases: list[str]) -> str:
    """ "headline earnings per share (HEPS)": initials of a phrase in lower case, a
    hyphened word's parts each giving one ("non-performing loan (NPL)")."""
    key = short.lower()
    hits = {
        p for p in phrases
        if key in ("".join(w[0] for w in p.split()).lower(),
                   "".join(part[0] for w in p.split() for part in w.split("-") if part).lower())
    }  # fmt: skip
    return hits.pop() if len(hits) == 1 else ""
