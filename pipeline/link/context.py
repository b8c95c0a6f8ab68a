"""Which companies a doc names, and which one is "in focus" at a given token.

:class:`DocContext` is built once per doc by the linker. It collects the
company mentions (:mod:`pipeline.companies.mentions`: NER's ORG spans, names the
gazetteer knows, names closed by a legal suffix, proper-noun subjects of
reporting and money verbs, and every shortened re-use of a name found so
far), maps each to its fullest form, and tracks the *company in focus*:

- the **topics** of a sentence are the company mentions that are its subjects
  (or own its subject: "Acme's profit rose"), in order; a headline's first
  name is its topic;
- the **lead** of the article is the first topic of its first lines (the
  headline, the dateline sentence), else the first name it gives;
- :meth:`DocContext.focus` resolves a referring word ("it", "the company",
  "the Austin-based carrier") to the latest topic before it: earlier in the
  sentence, then in the sentences before, then the lead.

Wire conventions (:mod:`pipeline.companies.names`): a dateline's place ("ZURICH,
March 19 - ") is never a mention, and the parser's mistake of making it the
subject is undone (:meth:`DocContext.dateline_subject`); a one-word "name"
the article also writes as a lower-case noun ("Tsunami" beside "the
tsunami") is a plain word; a name opening a sentence the fast path left
unparsed counts as its topic.

A government or country as the nearest subject stops a pronoun ("The government said it").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token

from pipeline.companies.aliases import alias_mentions
from pipeline.companies.canonical import canonical_names
from pipeline.companies.clubs import club_mentions
from pipeline.companies.full_name import article_canonical
from pipeline.companies.mentions import CompanyData, Mention, find_mentions, loose_mention
from pipeline.companies.names import (
    described_mentions,
    subject_mentions,
    suffix_mentions,
    ticker_mentions,
)
from pipeline.companies.not_here import not_companies_here, officials
from pipeline.companies.products import find_products, maker_parts, product_mentions
from pipeline.companies.suffixes import LEGAL_SUFFIXES
from pipeline.companies.venues import not_venues
from pipeline.companies.wraps import complete_names, join_wrapped
from pipeline.link.advisers import advises
from pipeline.link.kind_people import company_income
from pipeline.link.labels import label_mentions, line_label
from pipeline.link.sources import without_sources
from pipeline.link.topic_roots import SPEAKERS, SUBJECT_DEPS, is_topic, spoken_for, titles
from pipeline.nlp.doccache import doc_text, sent_of, tokens_where
from pipeline.nlp.layout import dateline_spans
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
COMPANY_ORGANS = _WORDS["company_organs"]  # "the Board of Directors": the company's

# Legal forms only a private company takes ("Corp" names public bodies too: the
# Federal Deposit Insurance Corp).
PRIVATE_FORMS = LEGAL_SUFFIXES - {"corp", "corporation"}

if TYPE_CHECKING:
    from pipeline.link.sectors import SectorHit


# How many sentences back a referring word may look for its company.
FOCUS_WINDOW = 6
# The lead comes from the article's first lines (headline, dateline sentence).
LEAD_SENTENCES = 3


class DocContext:
    """What the rules need about one doc, computed once."""

    def __init__(
        self,
        doc: Doc,
        data: CompanyData,
        *,
        sector_hits: list[SectorHit],
        cue_verbs: frozenset[str],
        cue_nouns: frozenset[str],
        headline_names: Callable[[Doc, set[int]], list[Mention]] | None = None,
    ) -> None:
        self.doc = doc
        self.data = data
        mentions = _wire_bounds(find_mentions(doc, data), ticker_mentions(doc, data, set()))
        taken = {i for m in mentions for i in range(m.start, m.end)}
        mentions += suffix_mentions(doc, data, taken)
        mentions += described_mentions(doc, data, taken)
        mentions += club_mentions(doc, data, taken)  # "Blackburn want £6m" in a sports story
        mentions += subject_mentions(doc, data, taken, verbs=cue_verbs, nouns=cue_nouns)
        if headline_names is not None:  # "Sunbelt Renewables breaks ground on ..."
            mentions += headline_names(doc, taken)
        mentions += label_mentions(doc, data, taken)  # "Seatrium: The group ..." (labels.py)
        mentions = complete_names(doc, join_wrapped(doc, mentions, data.is_company_name))
        taken = {i for m in mentions for i in range(m.start, m.end)}
        mentions += alias_mentions(doc, mentions, data, taken)
        # news agencies, and what the article quotes "according to", are sources: companies
        mentions = without_sources(doc, mentions, data.sources, data.ref_nouns)
        mentions = not_companies_here(doc, mentions, data, set(_gazetteer_entries(doc, mentions)))
        mentions = not_venues(doc, mentions)  # "up 8% on BSE": where shares trade (venues.py)
        self._nouns: set[str] | None = None
        mentions = [
            m
            for m in mentions
            if m.end - m.start > 1
            or m.label in ("TICKER", "SUFFIX", "SHORT", "CLUB")  # SHORT: capitalized mid-sentence
            or not self.plain_word(doc[m.start].text)
        ]
        mentions = [
            m for m in mentions if m.label in ("TICKER", "SUFFIX") or not _row_label(doc, m)
        ]
        self.datelines = datelines = dateline_spans(doc_text(doc))
        if datelines:  # "STAMFORD, Conn., April 8 - ": where the story was filed
            mentions = [
                m for m in mentions if not any(lo <= doc[m.start].idx < hi for lo, hi in datelines)
            ]
        mentions = sorted(mentions, key=lambda m: m.start)
        self.products = find_products(doc, mentions, data)  # "Sony's PSP": P is no company
        self.mentions = product_mentions(doc, mentions, self.products)
        self.by_token: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m
        named = maker_parts(doc, self.mentions, self.products)
        self.canon = article_canonical(doc, named, data.places)
        for p in self.products.values():  # a product's canonical name is its maker's
            self.canon[p.name] = self.canon.get(p.maker, p.maker)
        self.entries = _gazetteer_entries(doc, self.mentions)
        self.sector_hits = sector_hits
        self._topics: dict[int, list[Mention]] | None = None
        self._lead: Mention | None | bool = False
        self._people: set[str] | None = None

    # -- names -----------------------------------------------------------
    def canonical(self, name: str) -> str:
        if name in self.canon:
            return self.canon[name]
        return canonical_names([*self.canon, name]).get(name, name)

    def mention_at(self, tok: Token, *, loose: bool = False) -> Mention | None:
        m = self.by_token.get(tok.i)
        if m is None and tok.pos_ == "NOUN":  # "media giant TimeWarner": the name in apposition
            for c in tok.children:
                if c.dep_ == "appos" and c.i == tok.i + 1 and c.i in self.by_token:
                    return self.by_token[c.i]
        if m is None and loose:
            m = loose_mention(tok, self.data)
            if m is not None and self.official(m.name):
                return None  # "Prime Minister Naoto Kan" ... "Kan plans another budget"
        return m

    def official(self, name: str) -> bool:
        """``name`` is an official the article names in full, or his last name."""
        if self._people is None:
            self._people = officials(self.doc)
        return " ".join(name.lower().split()) in self._people and self.entry_for(name) is None

    def plain_word(self, word: str) -> bool:
        """The article writes ``word`` as a lower-case common noun ("the tsunami")."""
        if self._nouns is None:
            doc = self.doc
            self._nouns = {
                doc[i].text for i in tokens_where(doc, POS, "NOUN".__eq__) if doc[i].text.islower()
            }
        return word.lower() in self._nouns

    def dateline_subject(self, tok: Token) -> Mention | None:
        """The parser often makes a dateline's place ("ZURICH, March 19 - Acme
        reported") the subject: the story's subject is the name right after it, or
        after what it is ("OSLO, Oct 19 - Norwegian computer company Norsk Data said")."""
        for lo, hi in self.datelines:
            if lo <= tok.idx < hi:
                after = [m for m in self.mentions if hi <= self.doc[m.start].idx]
                if after and after[0].start < tok.head.i and titles(
                    [t for t in self.doc[tok.i : after[0].start] if t.idx >= hi]
                ):
                    return after[0]
        return None

    def target_before(self, tok: Token) -> Mention | None:
        """The first company the sentence before ``tok``'s names other than as its
        subject: what "the company" means after "X bought a stake in Y"."""
        sent = sent_of(self.doc, tok.i)
        if sent.start == 0:
            return None
        prev = sent_of(self.doc, sent.start - 1)
        topics = {m.name for m in self.topics(prev)}
        for m in self.mentions:
            if prev.start <= m.start < prev.end and m.name not in topics:
                return m
        return None

    def entry_for(self, name: str):
        """The gazetteer's CompanyEntry for a canonical name, if it knows the company."""
        return self.entries.get(name)

    def in_dateline(self, tok: Token) -> bool:
        """Whether ``tok`` is a word of a dateline ("LONDON, Oct 19 -")."""
        return any(lo <= tok.idx < hi for lo, hi in self.datelines)

    def filed_from(self, tok: Token) -> bool:
        """ "LONDON, March 17 - Bank of Ireland said it launched ...": a dateline's place
        the parser made a subject while a company, right after it, is the real one; the
        place is no government then (but "Sioux City, April 7 - Hog prices" stays one).
        The company is a name found or one its legal form closes ("C. Itoh Finance
        (Europe) Ltd is issuing")."""
        for lo, hi in self.datelines:
            if lo <= tok.idx < hi:
                if self.dateline_subject(tok) is not None:
                    return True
                return _legal_name([t for t in self.doc[tok.i : tok.head.i] if t.idx >= hi])
        return False

    def is_government(self, tok: Token) -> bool:
        """A subject that is a country, a government or a public body (never the company)."""
        if tok.i in self.by_token or self.filed_from(tok):
            return False
        if tok.lower_.rstrip(".") in PRIVATE_FORMS or company_income(tok):
            return False  # "Federated Department Stores Inc", "net commission income"
        if tok.ent_type_ in ("GPE", "NORP") or tok.lower_ in self.data.places:
            return True
        words = {t.lower_ for t in tok.subtree if t.i <= tok.i} | {tok.lemma_.lower()}
        organ = " ".join(t.lower_ for t in tok.subtree if t.is_alpha and t.lower_ != "the")
        return bool(words & self.data.stop_words) and not (
            organ in COMPANY_ORGANS  # "the Board of Directors (of the Bank)": a company's
            or any(organ.startswith(o + " of ") for o in COMPANY_ORGANS)
        )

    def refers(self, tok: Token) -> bool:
        """ "it", "its", "the company", "the Austin-based carrier", "this group"."""
        if tok.lower_ in self.data.ref_pronouns:
            return True
        if tok.lemma_.lower() not in self.data.ref_nouns or tok.text[:1].isupper():
            return False
        kids = list(tok.children)
        if any(
            c.dep_ in ("amod", "compound", "nmod")
            and (c.lower_ in ("central", "state", "national", "public") or c.ent_type_ == "GPE")
            for c in kids
        ):
            return False  # "the central bank", "the state utility": public bodies
        return any(c.lower_ in ("the", "this", "that", "its") for c in kids)

    # -- focus -----------------------------------------------------------
    def topics(self, sent: Span) -> list[Mention]:
        """The company mentions a sentence is about: its subjects, in order."""
        if self._topics is None:
            self._topics = {}
            for m in self.mentions:
                root = self.doc[m.start : m.end].root
                if advises(root):
                    continue  # "RBC advised Shoppers on the deal": the client's figures follow
                if is_topic(root) or _opens_unparsed(self.doc, m) or spoken_for(root):
                    self._topics.setdefault(sent_of(self.doc, root.i).start, []).append(m)
            first = sent_of(self.doc, 0) if len(self.doc) else None
            if first is not None and first.start not in self._topics:
                names = [m for m in self.mentions if m.start < first.end]
                if names and "\n" in first.text.strip():  # a headline glued to its body
                    self._topics[first.start] = names[:1]
        return self._topics.get(sent.start, [])

    def lead(self) -> Mention | None:
        """The article's company in focus: first topic of its opening lines, else first name."""
        if self._lead is False:
            self._lead = None
            sents: list[Span] = []
            while len(sents) < LEAD_SENTENCES and (not sents or sents[-1].end < len(self.doc)):
                sents.append(sent_of(self.doc, sents[-1].end if sents else 0))
            for sent in sents:
                found = self.topics(sent)
                if found:
                    self._lead = found[0]
                    break
            if self._lead is None and sents:
                first = [m for m in self.mentions if m.start < sents[-1].end]
                self._lead = first[0] if first else None
        return self._lead  # type: ignore[return-value]

    def focus(self, tok: Token, *, pronoun: bool) -> tuple[str, Mention | None, str]:
        """("company"|"government"|"none", mention, how) for a referring word at ``tok``."""
        label = line_label(self, tok)  # "Seatrium: The group reported ..." (labels.py)
        sent = sent_of(self.doc, tok.i)
        if label is not None and label.start >= sent.start:
            return "company", label, "label"  # "Great Eastern: The arm of OCBC reported"
        own = self._spoken_by(tok)
        if own is not None:  # "the board for the Kenya Commercial Bank has approved ..."
            return "company", own, "same-sentence"
        singular = tok.lower_ not in ("they", "their", "them") and tok.tag_ != "NNS"
        before = [  # a speaker's company is what the next sentences mean, not the quote
            m for m in self.topics(sent) if m.end <= tok.i and not spoken_for(self._root(m))
        ]
        if before:
            return "company", before[-1], "same-sentence"
        if label is not None:
            return "company", label, "label"
        if pronoun:
            subs = [t for t in sent if t.i < tok.i and t.dep_ in SUBJECT_DEPS and t.pos_ != "PRON"]
            if subs and (self.is_government(subs[-1]) or subs[-1].lemma_ in ("government",)):
                return "government", None, "same-sentence"
            main = self._main_clause(tok)
            if main is not None:
                return "company", main, "main-clause"
        prev = sent.start - 1
        for back in range(FOCUS_WINDOW):
            if prev < 0:
                break
            psent = sent_of(self.doc, prev)
            found = self.topics(psent)
            if singular and found:  # "it", "the company" never stand for "X and Y" ...
                single = [m for m in found if not self._grouped(m)]
                if not single:  # ... but for the one they dealt with ("partnered with Z")
                    single = [
                        m
                        for m in self.mentions
                        if psent.start <= m.start < psent.end
                        and m not in found
                        and not self._grouped(m)
                    ]
                found = single
            if found:
                return "company", found[0], f"prev-{back + 1}"
            if pronoun and back == 0:
                subs = [c for c in psent.root.children if c.dep_ in SUBJECT_DEPS]
                if subs and self.is_government(subs[0]):
                    return "government", None, "prev-1"
            prev = psent.start - 1
        lead = self.lead()
        if lead is not None:
            return "company", lead, "lead"
        return "none", None, ""

    def _spoken_by(self, tok: Token) -> Mention | None:
        """The company a referring word says it speaks or acts for ("the board for X")."""
        if tok.lemma_.lower() not in SPEAKERS:
            return None
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if self.mention_at(obj) is not None:
                    return self.mention_at(obj)
        return None

    def _root(self, m: Mention) -> Token:
        return self.doc[m.start : m.end].root

    def _main_clause(self, tok: Token) -> Mention | None:
        """ "X became part of Acme when it bought Y": a subject pronoun of a clause
        hanging off the main one stands for the company the main clause names."""
        verb = tok.head
        if tok.dep_ not in SUBJECT_DEPS or verb.dep_ != "advcl" or verb.head.i > tok.i:
            return None
        own = {t.i for t in verb.subtree}
        main = {t.i for t in verb.head.subtree} - own
        names = [
            m for m in self.mentions if m.start in main and m.end <= tok.i and not self._grouped(m)
        ]
        return names[-1] if names else None

    def _grouped(self, m: Mention) -> bool:
        root = self.doc[m.start : m.end].root
        return root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)


def _legal_name(words: list[Token]) -> bool:
    """Whether ``words`` open with a proper name closed by a legal form ("The May
    Department Stores Co", "C. Itoh Finance (Europe) Ltd")."""
    for k, t in enumerate(words):
        if t.lower_.rstrip(".") in LEGAL_SUFFIXES:
            return k > 0
        if t.is_space or t.is_punct or t.lower_ in ("of", "and", "&") or t.text[:1].isupper():
            continue
        return False
    return False


def _opens_unparsed(doc: Doc, m: Mention) -> bool:
    """A name opening a sentence the fast path left unparsed ("Acme is a maker of
    ..."), or that the parser made the root of its apposition ("Geregu Power, a power firm,
    after-tax profit rose to ..."): news puts the subject first, so it stands for the subject."""
    root = doc[m.start : m.end].root
    rooted = root.dep_ == "ROOT" and doc[m.end : m.end + 1].text == "," and any(
        c.dep_ == "appos" for c in root.children)  # fmt: skip
    if doc[m.start].dep_ and not rooted:
        return False
    start = sent_of(doc, m.start).start
    return all(t.is_space or t.lower_ in ("the", "but", "and") for t in doc[start : m.start])


# "Administrative expenses 65.1 mln vs 58.9 mln", "Exceptional items 4.9 mln debit vs":
# a label of a few words, one figure, "vs" ("Nixdorf world group 1986 net profit ..."
# is a sentence)
_TABLE_ROW = re.compile(
    r"\s*[A-Za-z][A-Za-z &,./'()-]{0,40}?\s+\(?\d[\d.,]*\)?\s*(?:[a-z]{1,7}\s+){0,2}vs\b"
)


def _row_label(doc: Doc, m: Mention) -> bool:
    """ "Administrative expenses 65.1 mln vs 58.9 mln": a mention opening a row of a
    results table is the row's label."""
    text = doc_text(doc)
    at = doc[m.start].idx
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    line = text[lo : hi if hi >= 0 else len(text)]
    return not text[lo:at].strip() and _TABLE_ROW.match(line) is not None


def _wire_bounds(found: list[Mention], wire: list[Mention]) -> list[Mention]:
    """The wire's own mark outranks NER's bounds: "MAYNARD OIL CO <MOIL>" is one name where
    NER saw "MAYNARD" and no more. A ticker's name replaces the mentions inside it, and
    stands only where it cuts through none."""
    def inside(m: Mention, w: Mention) -> bool:
        return w.start <= m.start and m.end <= w.end

    def apart(m: Mention, w: Mention) -> bool:
        return m.end <= w.start or w.end <= m.start

    wire = [w for w in wire if all(inside(m, w) or apart(m, w) for m in found)]
    kept = [m for m in found if not any(inside(m, w) for w in wire)]
    return sorted(kept + wire, key=lambda m: m.start)


def _gazetteer_entries(doc: Doc, mentions: list[Mention]) -> dict:
    """name -> CompanyEntry for mentions the ``newsfacts_companies`` gazetteer recognized."""
    if not Span.has_extension("company"):
        return {}
    out = {}
    by_start = {m.start: m for m in mentions}
    for ent in doc.ents:
        entry = getattr(ent._, "company", None)
        if entry is None:
            continue
        for i in range(ent.start, ent.end):
            m = by_start.get(i)
            if m is not None:
                out[m.name] = entry
                break
    return out
