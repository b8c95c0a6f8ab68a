"""Company mentions: which spans of a Doc name a company, and under what name.

NER's ORG spans are the candidates. They are cleaned (leading "the", trailing
possessive "'s", text past a line break), widened over a proper-noun compound
the model cut short ("GE" + "Vernova"), and filtered with data from
``models/companies/``: governments, ministries, agencies, international
bodies, stock indexes and acronyms the model mistakes for organizations are
never companies, nor are places. Some rules (a partner after "with", the
target of a funding round, a headline subject) may also take a bare proper
noun the model labelled otherwise: :func:`loose_mention` builds those.

>>> normalize_company("SoftBank Group Corp.")
'softbank group'
>>> clean_name("the Toyota's")
'Toyota'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

LEGAL_SUFFIXES = frozenset("inc corp corporation co ltd limited llc plc ag sa nv holdings".split())
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_PUNCT = re.compile(r"[^\w\s&]+")
# Labels whose spans are never a company, even for the loose rules.
_NEVER_LABELS = frozenset(
    "DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL NORP LANGUAGE LAW EVENT".split()
)


def normalize_company(name: str) -> str:
    """The key two company names are compared by: case, punctuation and legal suffixes dropped."""
    words = _PUNCT.sub(" ", name.lower().replace("’", "'").replace("'s ", " ")).split()
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def clean_name(text: str) -> str:
    """A mention's text as a name: first line only, no leading "the", no possessive."""
    text = text.strip().split("\n", 1)[0].strip()
    text = re.split(r"\s*(?:<|&lt;|\()", text, maxsplit=1)[0]  # ticker "<CLE>", "(JAIA)"
    if text.lower().startswith("the "):
        text = text[4:].lstrip()
    text = _POSSESSIVE.sub("", text).strip(" ,;:-–—<>\"'“”()[]")
    return text


@dataclass(frozen=True, slots=True)
class Mention:
    """A company named in the doc: tokens ``start:end``, cleaned ``name``."""

    start: int
    end: int
    name: str
    label: str = "ORG"


@dataclass(frozen=True)
class CompanyData:
    """What is never a company, and which words refer back to one."""

    stop_words: frozenset[str] = frozenset()  # a name holding one of these is not a company
    stop_names: frozenset[str] = frozenset()  # whole names that are not companies
    places: frozenset[str] = frozenset()
    ref_pronouns: frozenset[str] = frozenset()
    ref_nouns: frozenset[str] = frozenset()
    # Words that alone never make a name: filled by the linker from its trigger
    # and sector vocabularies, so that a headline's "Invest" or "EV Batteries"
    # mislabelled ORG is dropped.
    common_words: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_dir(cls, data_dir: Path, *, common_words: frozenset[str] = frozenset()) -> CompanyData:
        folder = Path(data_dir) / "companies"
        stop_words: set[str] = set()
        stop_names: set[str] = set()
        for rec in _read_jsonl(folder / "not_companies.jsonl"):
            (stop_words if rec["type"] == "word" else stop_names).add(rec["text"].lower())
        places = {rec["name"].lower() for rec in _read_jsonl(folder / "places.jsonl")}
        pronouns: set[str] = set()
        nouns: set[str] = set()
        for rec in _read_jsonl(folder / "refer_words.jsonl"):
            (pronouns if rec["type"] == "pronoun" else nouns).add(rec["text"].lower())
        return cls(
            frozenset(stop_words),
            frozenset(stop_names),
            frozenset(places),
            frozenset(pronouns),
            frozenset(nouns),
            frozenset(common_words),
        )

    def is_company_name(self, name: str, *, plain_words: bool = True) -> bool:
        """False for governments, places, indexes, acronyms and plain words.

        ``plain_words=False`` lets a name made of common words pass ("Carrier"
        capitalized inside a sentence is a name; at a line start it may not be).
        """
        low = name.lower().strip()
        if not low or not any(ch.isalpha() for ch in low):
            return False
        if (
            low in self.stop_names
            or low in self.places
            or normalize_company(low) in self.stop_names
        ):
            return False
        words = re.findall(r"[\w&'-]+", low)
        if any(w in self.stop_words for w in words):
            return False
        common = self.common_words if plain_words else frozenset()
        if all(w in STOP_WORDS or w in common or w in self.places for w in words):
            return False
        # "Japan Inc", "Tokyo Electric" pass; a place plus only a legal suffix does not.
        core = [w for w in words if w not in LEGAL_SUFFIXES]
        return bool(core) and " ".join(core) not in self.places


def _read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip() and not line.startswith("#")]


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading determiner/possessive/line break and a trailing "'s" or punctuation."""
    while start < end and (
        doc[start].lower_ in ("the", "a", "an") or doc[start].is_space or doc[start].is_punct
    ):
        start += 1
    for i in range(start, end):  # never cross a line break
        if "\n" in doc[i].text or (i > start and "\n" in doc[i - 1].whitespace_):
            end = i if "\n" in doc[i].text else i
            break
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].is_punct
        and doc[end - 1].text != "."
        or doc[end - 1].pos_ in ("ADP", "CCONJ", "DET")  # "Florida National Banks of"
    ):
        end -= 1
    return start, end


def _widen(doc: Doc, start: int, end: int, common: frozenset[str]) -> int:
    """Extend a span cut short over the proper nouns of its own compound ("GE" -> "GE Vernova")."""
    while end < len(doc):
        nxt, last = doc[end], doc[end - 1]
        if "\n" in last.whitespace_ or last.whitespace_ == "" and not nxt.is_alpha:
            break
        if nxt.pos_ != "PROPN" or nxt.ent_type_ in ("GPE", "DATE", "MONEY", "PERSON"):
            break
        if nxt.lower_ in common:  # a headline's verb ("Targets") is not part of the name
            break
        if not (last.head.i == nxt.i and last.dep_ in ("compound", "flat")):
            break
        end += 1
    return end


def find_mentions(doc: Doc, data: CompanyData) -> list[Mention]:
    """Company mentions from NER's ORG spans, cleaned, widened and filtered."""
    mentions: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        start, end = _trim(doc, ent.start, ent.end)
        if start >= end:
            continue
        end = _widen(doc, start, end, data.common_words)
        name = clean_name(doc[start:end].text)
        if data.is_company_name(name):
            mentions.append(Mention(start, end, name, "ORG"))
    return mentions


def loose_mention(token: Token, data: CompanyData) -> Mention | None:
    """A proper-noun name headed by ``token`` whatever NER called it, or None.

    Used only where the grammar already says "a company goes here"; places,
    people with a first and last name, and non-names stay out.
    """
    if token.pos_ != "PROPN" and not (token.is_title or token.is_upper):
        return None
    if token.ent_type_ in _NEVER_LABELS:
        return None
    start = token.i
    for child in sorted(token.children, key=lambda t: t.i):
        if child.i < token.i and child.dep_ in ("compound", "flat") and child.pos_ == "PROPN":
            start = min(start, child.i)
    start = min(start, token.left_edge.i) if token.left_edge.pos_ == "PROPN" else start
    start, end = _trim(token.doc, start, token.i + 1)
    if start >= end:
        return None
    span = token.doc[start:end]
    if token.ent_type_ == "PERSON" and len(span) >= 2:
        return None
    if token.ent_type_ == "GPE" and span.text.lower() in data.places:
        return None
    name = clean_name(span.text)
    if not data.is_company_name(name, plain_words=span[0].is_sent_start or span[0].i == 0):
        return None
    return Mention(start, end, name, token.ent_type_ or "PROPN")


def canonical_names(names: list[str]) -> dict[str, str]:
    """Map each name to its fullest form in the doc ("Westinghouse" -> "Westinghouse Electric").

    A short name takes a longer one only when the longer starts with it word
    for word and all such longer names agree (one is a prefix of the next);
    "Mitsubishi" beside "Mitsubishi Electric" and "Mitsubishi Heavy" stays.
    """
    keyed = {n: normalize_company(n).split() for n in names}
    # A name in capitals (a wire headline: "ACME BREAKS OFF TALKS") neither
    # lends its form to a name written in mixed case nor keeps its own when
    # the text also writes it in mixed case.
    mixed = {n for n in keyed if not n.isupper()}
    out: dict[str, str] = {}
    for name, words in keyed.items():
        if name.isupper():
            same = [m for m in mixed if keyed[m] == words]
            if same:
                out[name] = max(same, key=len)
                continue
        longer = [
            (len(w), other)
            for other, w in keyed.items()
            if len(w) > len(words) and w[: len(words)] == words and (other in mixed or not mixed)
        ]
        if not longer:
            out[name] = name
            continue
        longer.sort()
        chain_ok = all(
            keyed[longer[i + 1][1]][: len(keyed[longer[i][1]])] == keyed[longer[i][1]]
            for i in range(len(longer) - 1)
        )
        out[name] = longer[-1][1] if chain_ok else name
    return out
