"""Sector taxonomy and the sector choice for a money span.

``models/sectors.jsonl`` holds one record a taxonomy id:
``{"sector": "energy", "terms": ["nuclear", "power grid", ...]}``. Terms are
written as lemmas; :class:`SectorMatcher` adds the plural of each term's last
word and matches on LOWER with one PhraseMatcher call per doc. Where terms
overlap the longest wins ("energy storage" over "energy"); a term used as a
verb ("will fund", "plans") does not count, nor one inside a ``not_terms`` phrase
("balance of payments", "a payments surplus": a nation's accounts, no payments trade).

The sector of an amount is the matched term closest to it in the dependency
tree, ties broken by character distance (:func:`closest_sector`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from pipeline.resources import MODELS_DIR, word_sets

SECTORS = (
    "energy", "batteries", "ai_datacenters", "semiconductors", "electronics", "telecom",
    "automotive", "mining_metals", "chemicals", "infrastructure", "manufacturing",
    "shipbuilding", "aerospace_defense", "software", "financials", "healthcare", "consumer",
    "real_estate", "agriculture",
)  # fmt: skip


def plural(word: str) -> str:
    """English plural of a noun, good enough for term lists.

    >>> [plural(w) for w in ("battery", "bus", "chip", "mineral", "fiber")]
    ['batteries', 'buses', 'chips', 'minerals', 'fibers']
    """
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


_NO_SECTOR = "no_sector"  # the label of ``not_terms``: "balance of payments" is no payments


@dataclass(frozen=True, slots=True)
class SectorHit:
    sector: str
    start: int  # token offsets
    end: int
    text: str
    start_char: int
    end_char: int

    @property
    def words(self) -> str:
        return f"{self.text}@{self.start_char}-{self.end_char}"


class SectorMatcher:
    """Finds sector terms in a doc (one PhraseMatcher call)."""

    def __init__(self, nlp: Language, records: list[dict]) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.terms: dict[str, list[str]] = {}
        self.generic: frozenset[str] = frozenset()
        self.honorifics: frozenset[str] = frozenset()
        self._form_sector: dict[str, str] | None = None
        for rec in records:
            if "honorifics" in rec:
                self.honorifics |= frozenset(t.lower() for t in rec["honorifics"])
                continue
            if "not_terms" in rec:  # phrases around a term that name no sector
                self.matcher.add(_NO_SECTOR, [nlp.make_doc(t.lower()) for t in rec["not_terms"]])
                continue
            if "generic" in rec:
                self.generic |= frozenset(t.lower() for t in rec["generic"])
                self.generic |= frozenset(
                    f"{t.rpartition(' ')[0]} {plural(t.rpartition(' ')[2])}".strip()
                    for t in rec["generic"]
                )
                continue
            sector = rec["sector"]
            if sector not in SECTORS:
                raise ValueError(
                    f"sectors.jsonl: unknown sector id {sector!r}; known: {', '.join(SECTORS)}"
                )
            forms: set[str] = set()
            for term in rec["terms"]:
                term = term.lower().strip()
                forms.add(term)
                head, _, last = term.rpartition(" ")
                forms.add(f"{head} {plural(last)}".strip())
            self.terms[sector] = sorted(forms)
            self.matcher.add(sector, [nlp.make_doc(t) for t in sorted(forms)])

    @classmethod
    def from_dir(cls, nlp: Language, data_dir: Path) -> SectorMatcher:
        path = Path(data_dir) / "sectors.jsonl"
        with path.open(encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh if line.strip()]
        return cls(nlp, records)

    def of_words(self, words: list[str]) -> str:
        """The sector a company's own words name, the last term winning as English
        heads come last ("Japan Airlines", "Bank of America" -> the first noun phrase's
        head is "bank"); generic terms ("fund", "platform", "network") name none."""
        forms = self._forms()
        low = [w.lower() for w in words]
        found = ""
        for i in range(len(low)):
            for j in (2, 1):
                phrase = " ".join(low[i : i + j])
                if len(low[i : i + j]) == j and phrase in forms:
                    found = forms[phrase]
                    break
            if found and low[i] == "of":  # "Bank of America": the head is before "of"
                break
        return found

    def forms(self) -> dict[str, str]:
        """Each term's forms -> its sector, generic terms left out."""
        return dict(self._forms())

    def _forms(self) -> dict[str, str]:
        if self._form_sector is None:
            self._form_sector = {
                form: sector
                for sector, forms in self.terms.items()
                for form in forms
                if form not in self.generic
            }
        return self._form_sector

    @property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(w for forms in self.terms.values() for t in forms for w in t.split())

    def __call__(self, doc: Doc) -> list[SectorHit]:
        spans = [
            Span(doc, start, end, label=match_id) for match_id, start, end in self.matcher(doc)
        ]
        # "will fund", "plans to": verbs are not sectors, but a gerund naming an activity
        # is ("the cost of rebuilding"); "EV-DO": an acronym glued to another is a
        # different one (a mobile data standard, no electric vehicle)
        kept = [
            s for s in _longest(spans)
            if s.label_ != _NO_SECTOR
            and (s.root.pos_ not in ("VERB", "AUX") or _gerund_noun(s.root))
            and not _glued_acronym(s)
            and not self._surname(s)
        ]  # fmt: skip
        modifiers = {s.root.head.i for s in kept if s.root.dep_ in ("compound", "amod", "nmod")}
        hits = []
        for span in kept:
            if span.text.lower() in self.generic and span.root.i in modifiers:
                continue  # "energy infrastructure": the modifier names the sector
            hits.append(
                SectorHit(
                    span.label_, span.start, span.end, span.text, span.start_char, span.end_char
                )
            )
        return hits


    def _surname(self, span: Span) -> bool:
        """ "Mr Cable", "Dr. Steel": a capitalised term after a person's title is a name."""
        doc, i = span.doc, span.start - 1
        if i >= 0 and doc[i].text == ".":
            i -= 1
        title = doc[i].lower_.rstrip(".") if i >= 0 else ""
        return span.text[:1].isupper() and title in self.honorifics


def _gerund_noun(tok: Token) -> bool:
    """ "the cost of rebuilding it", "rebuilding Gaza would require": a gerund that names
    an activity (the object of a preposition, a clause as subject), not a verb in use
    ("is rebuilding its plant")."""
    return tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "csubj", "csubjpass")


def _glued_acronym(span: Span) -> bool:
    """An upper-case term hyphenated to an upper-case neighbour: "EV-DO", "AI-X"."""
    if not span.text.isupper():
        return False
    doc, lo, hi = span.doc, span.start, span.end
    if hi + 1 < len(doc) and doc[hi].text == "-" and not doc[hi - 1].whitespace_:
        if not doc[hi].whitespace_ and doc[hi + 1].text.isupper():
            return True
    if lo > 1 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_:
        return doc[lo - 2].text.isupper() and not doc[lo - 2].whitespace_
    return False


def _longest(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans, longest first; on a tie the later one, as English heads come last
    ("offshore wind farms" is "wind farms", not "offshore wind")."""
    taken: set[int] = set()
    out = []
    for span in sorted(spans, key=lambda s: (len(s), s.end), reverse=True):
        if not taken.intersection(range(span.start, span.end)):
            out.append(span)
            taken.update(range(span.start, span.end))
    return sorted(out, key=lambda s: s.start)


def tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence; a large number across sentences
    (tokens of two sentences share no ancestor)."""
    up_a = [a, *a.ancestors]
    depth = {t.i: d for d, t in enumerate(up_a)}
    for d_b, t in enumerate([b, *b.ancestors]):
        if t.i in depth:
            return depth[t.i] + d_b
    return 1000


def closest_sector(
    amount: Span, hits: list[SectorHit], *, exclude: frozenset[int] = frozenset()
) -> SectorHit | None:
    """The sector hit nearest ``amount`` in the parse tree, then in characters.

    ``hits`` are the candidates already scoped to the amount's clause;
    ``exclude`` holds token indices (company names) a hit may not touch.
    """
    best: tuple[int, int] | None = None
    chosen = None
    doc = amount.doc
    for hit in hits:
        if any(i in exclude for i in range(hit.start, hit.end)):
            continue
        root = doc[hit.start : hit.end].root
        tree = tree_distance(amount.root, root)
        chars = (
            hit.start_char - amount.end_char
            if hit.start_char >= amount.end_char
            else (amount.start_char - hit.end_char)
        )
        # A term after the amount ("$N to build a chip plant") reads as where the
        # money goes; one before it more often describes the owner.
        key = (tree + (2 if hit.end_char <= amount.start_char else 0), abs(chars))
        if best is None or key < best:
            best, chosen = key, hit
    return chosen


def dominant_sector(hits: list[SectorHit]) -> str:
    """The sector the article names most often (the first named on a tie), or ''."""
    counts: dict[str, int] = {}
    for hit in hits:
        counts[hit.sector] = counts.get(hit.sector, 0) + 1
    return max(counts, key=lambda s: counts[s]) if counts else ""


def money_source(doc: Doc, hit: SectorHit) -> bool:
    """A lender named as where the money comes from ("a loan from banks", "a facility
    with Barclays"): it says who pays, not where the money goes."""
    if hit.sector != "financials":
        return False
    root = doc[hit.start : hit.end].root
    tok = root
    for _ in range(3):  # "a loan from banks", "a facility with a group of banks"
        if tok.dep_ != "pobj":
            break
        if tok.head.lower_ in ("from", "with", "by"):
            return True
        tok = tok.head.head
    return root.lemma_.lower() in ("loan", "lender", "lending", "bank") and root.dep_ in (
        "compound",
        "nmod",
    )


_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
PEOPLE_NOUNS = _WORDS["people_nouns"]
INPUT_COST_NOUNS = _WORDS["input_cost_nouns"]


def input_cost(doc: Doc, hit: SectorHit) -> bool:
    """ "hit by high fuel costs", "its fuel bill": a sector word that says what an
    input costs, which a company of a known industry pays; the amount stays its own."""
    root = doc[hit.start : hit.end].root
    return root.dep_ in ("compound", "amod", "nmod") and (
        root.head.lemma_.lower() in INPUT_COST_NOUNS
    )
# pronouns for people; "it" stands for a film or a firm ("It took $40.8m at the box office")
_PERSONAL = frozenset({"he", "she", "they", "we", "i", "you", "those", "who"})


def people_money(span: Span) -> bool:
    """ "those earning less than $30,000", "Depardieu made 3.35m euros": the subject of
    the verb over the amount is a person, a pronoun or a word for people."""
    tok = span.root
    for _ in range(6):
        head = tok.head
        if head.i == tok.i:
            return False
        if head.pos_ in ("VERB", "AUX"):
            subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj and head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PRON"):
                subj = [head.head]  # "those earning", "actors paid"
            elif head.dep_ == "relcl" and any(s.lower_ in ("which", "that") for s in subj):
                subj = [head.head]  # "the movie, which took $31m": the movie, no person
            return any(
                s.lower_ in _PERSONAL or s.ent_type_ == "PERSON" or s.lemma_.lower() in PEOPLE_NOUNS
                for s in subj
            )
        tok = head
    return False
