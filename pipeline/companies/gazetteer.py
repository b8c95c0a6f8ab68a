"""The ``newsfacts_companies`` component: known companies fix NER's ORG spans.

It runs right after ``ner`` and matches the names and aliases of
``models/companies/gazetteer.jsonl`` (built by ``scripts/build_gazetteer.py``
from pytickersymbols and a hand-kept extra file) with one ``PhraseMatcher``
call per doc. A match is then checked against NER's entities:

- inside an ORG span: the span is the company, nothing changes but the
  attached :class:`CompanyEntry`;
- over an ORG span cut short ("GE" in "GE Vernova") or over a PERSON, GPE,
  NORP, PRODUCT... span it fully covers: the entity becomes ORG over the
  whole name (and over a legal suffix that follows, "Carrier Corp");
- on no entity: it becomes ORG.

An alias that is an English word ("Apple", "Shell", "Target", "Next") does
the last two only when the context says company: an ORG span it touches, a
legal suffix after it, "'s shares", "said", "shares of", "rival", "retailer",
a ticker in parentheses, ", the ... maker". A match inside a longer PERSON
or GPE span ("Harrison Ford") or touching a date or number is left alone.

Case: names match as written ("apple orchards" never matches "Apple"). A
name in capitals ("NVIDIA") matches too; on a line written all in capitals
(a wire headline) a word-like alias still needs the context above.

"AI" tagged ORG/GPE/PERSON is not a name: its entity is removed.

Extensions set:

- ``Span._.company``: :class:`CompanyEntry` | None, on each ORG entity that
  names a known company (and on the matched alias tokens). Span extensions
  are keyed by character offsets, so ``doc.char_span(s, e)._.company`` works.
- ``Doc._.companies``: list of ``(Span, CompanyEntry)``, the ORG entities in
  text order that ARE the entry's company (:mod:`pipeline.companies.claims`):
  "Mazda Motor Corp" is Mazda; "Norfolk Southern" holds the entry "Southern
  Company" (its ``_.company``, for the sector) but is not that company.
- ``Doc._.company_refused``: the ORG entities holding an entry's name that are
  another company ("Mercantile Bancorp", "AEP Industries").
- ``Doc._.company_fixes``: list of ``(Span, str)``: each entity this
  component created or changed, with the fix ("new", "relabel:GPE",
  "extend", "drop:AI") — for audits and the counts in the README.

>>> CompanyEntry("Toyota", ticker="7203.T").name
'Toyota'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from pipeline.companies.claims import ClaimWords, claim_words, claims, name_key
from pipeline.companies.suffixes import COMPANY_SUFFIXES
from pipeline.errors import InputError
from pipeline.nlp.doccache import doc_text
from pipeline.nlp.layout import line_at
from pipeline.nlp.registry import DataFilesComponent, data_dir_of, spacy_signature
from pipeline.resources import MODELS_DIR, read_jsonl, word_sets

_WORDS = word_sets(MODELS_DIR / "companies/words.jsonl")
GLUED_DESCRIPTORS = _WORDS["glued_descriptors"]

__all__ = ["CompanyEntry", "CompanyTagger", "load_gazetteer", "make_companies"]

GAZETTEER = Path("companies") / "gazetteer.jsonl"
# What initialize reads, relative to the data folder; to_disk carries these.
# the word lists and suffixes are read at import from MODELS_DIR; carried so that
# an assembled pipeline folder is complete
PLACES = Path("companies") / "places.jsonl"
DATA_FILES = (
    GAZETTEER.as_posix(),
    PLACES.as_posix(),
    "companies/words.jsonl",
    "companies/legal_suffixes.jsonl",
    "companies/name_abbreviations.jsonl",  # read at import (companies/canonical.py)
)

if not Span.has_extension("company"):
    Span.set_extension("company", default=None)
if not Doc.has_extension("companies"):
    Doc.set_extension("companies", default=[])
if not Doc.has_extension("company_fixes"):
    Doc.set_extension("company_fixes", default=[])
if not Doc.has_extension("company_refused"):
    Doc.set_extension("company_refused", default=[])

# Entities a company name never overlaps: touching one, the match is dropped.
_NUMERIC = frozenset("DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL".split())
# What the model mistakes for a name (the linker's filters catch more).
NOT_NAMES = _WORDS["not_names"]
_NOT_NAME_LABELS = frozenset({"ORG", "GPE", "PERSON", "NORP", "PRODUCT", "LOC"})
# Words after a name that make it a company ("Carrier Corp", "Apple said").
SUFFIXES = COMPANY_SUFFIXES
# Capitalized words that continue a name ("Adobe Systems"), taken in with the suffix.
NAME_TAILS = _WORDS["name_tails"]
AFTER = _WORDS["after"]
# After a possessive: "Target's shares", "Apple's chief executive".
POSSESSED = _WORDS["possessed"]
# Just before a name: "retailer Target", "rival Block".
BEFORE = _WORDS["before"]
# "shares of X", "stake in X", "chief executive of X".
OF_HEADS = _WORDS["of_heads"]
IDENTITY_WORDS = _WORDS["identity_words"]
# An apposition: "Carrier, the air-conditioning maker".
APPOSITION = BEFORE | _WORDS["apposition"]


@dataclass(frozen=True, slots=True)
class CompanyEntry:
    """A known company: display name, ticker, ISIN and taxonomy sector ('' when none)."""

    name: str
    ticker: str = ""
    isin: str = ""
    sector: str = ""


@dataclass(frozen=True, slots=True)
class _Alias:
    entry: CompanyEntry
    text: str
    ambiguous: bool
    initials: bool = False  # a ticker spelling the name's initials ("AEP"): claims only itself
    kin: frozenset[str] = frozenset()  # the words of all the entry's names, lower case


def load_gazetteer(data_dir: Path | str) -> list[dict]:
    """The gazetteer records; an unreadable file raises :class:`InputError` saying how to fix it."""
    path = Path(data_dir) / GAZETTEER
    if not path.exists():
        raise InputError(
            str(path), "", "gazetteer missing; run scripts/build_gazetteer.py", "missing"
        )
    try:
        records = read_jsonl(path)
    except InputError as err:
        raise InputError(
            err.source, err.record, f"{err.message}; rerun scripts/build_gazetteer.py", "json"
        ) from err
    for n, rec in enumerate(records, 1):
        if "name" not in rec:
            raise InputError(
                str(path), str(n), "record has no name; rerun scripts/build_gazetteer.py", "json"
            )
    return records


# token.pos is read too: the attribute_ruler sets it from token.tag but declares no assigns
@Language.factory(
    "newsfacts_companies",
    default_config={},
    requires=[
        "doc.ents",
        "token.ent_type",
        "token.tag",
        "token.dep",
        "token.head",
        "token.is_sent_start",
    ],
    assigns=[
        "doc.ents",
        "token.ent_iob",
        "token.ent_type",
        "span._.company",
        "doc._.companies",
        "doc._.company_fixes",
        "doc._.company_refused",
    ],
)
def make_companies(nlp: Language, name: str) -> CompanyTagger:
    """spaCy factory (``[components.newsfacts_companies]`` in models/pipeline/config.cfg)."""
    return CompanyTagger(nlp, name)


class CompanyTagger(DataFilesComponent):
    """Fixes ORG entities from the gazetteer: built by ``initialize`` from a data folder,
    saved with the pipeline by ``to_disk`` and restored by ``from_disk``."""

    DATA_FILES = DATA_FILES

    def __init__(self, nlp: Language, name: str = "newsfacts_companies") -> None:
        self.nlp = nlp
        self.name = name
        self.data_dir: Path | None = None
        self.matcher: PhraseMatcher | None = None
        # match id (hash of the lower-cased alias) -> {alias as written: _Alias}
        self._forms: dict[int, dict[str, _Alias]] = {}
        self._tickers: frozenset[str] = frozenset()
        self._claim_words = ClaimWords(frozenset(), frozenset())
        self._names: dict[str, frozenset[str]] = {}  # entry -> its names, as name_key gives
        self.n_companies = 0

    @spacy_signature
    def initialize(
        self,
        get_examples: Callable[[], Iterable] | None = None,
        *,
        nlp: Language | None = None,
        data_dir: Path | str | None = None,
    ) -> None:
        """Read ``data_dir/companies/gazetteer.jsonl`` (default: the repo's models/)."""
        nlp = nlp or self.nlp
        self.data_dir = data_dir_of(data_dir)
        records = load_gazetteer(self.data_dir)
        forms: dict[int, dict[str, _Alias]] = {}
        texts: dict[int, str] = {}
        tickers = set()
        for rec in records:
            entry = CompanyEntry(
                rec["name"], rec.get("ticker", ""), rec.get("isin", ""), rec.get("sector", "")
            )
            tickers.add(entry.ticker.split(".")[0])
            ambiguous = set(rec.get("ambiguous_aliases", ()))
            initials = set(rec.get("initials", ()))
            names = [rec["name"], *rec.get("aliases", ())]
            kin = frozenset(w for n in names for w in n.lower().replace("/", " ").split())
            for text in names:
                if text[:4].lower() == "the ":  # "The Coca-Cola Company" -> "Coca-Cola Company"
                    text = text[4:]
                key = nlp.vocab.strings.add(text.lower())
                texts[key] = text
                alias = _Alias(entry, text, text in ambiguous, text in initials, kin)
                forms.setdefault(key, {}).setdefault(text, alias)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        tokenizer = cast(Tokenizer, nlp.tokenizer)
        for key, doc in zip(texts, tokenizer.pipe(texts.values()), strict=True):
            self.matcher.add(nlp.vocab.strings[key], [doc])
        self._forms = forms
        self._tickers = frozenset(t for t in tickers if t)
        places = [r["name"] for r in read_jsonl(self.data_dir / PLACES)]
        self._claim_words = claim_words(
            records, places, IDENTITY_WORDS, GLUED_DESCRIPTORS
        )
        self._names = {
            rec["name"]: frozenset(
                name_key(n, self._claim_words.legal) for n in [rec["name"], *rec.get("aliases", ())]
            )
            for rec in records
        }
        self.n_companies = len(records)

    # ------------------------------------------------------------------ call

    def __call__(self, doc: Doc) -> Doc:
        if self.matcher is None:
            self.initialize(nlp=self.nlp)
        assert self.matcher is not None
        fixes: list[tuple[Span, str]] = []
        ents = [e for e in doc.ents if not _not_a_name(e, fixes)]
        found = self._matches(doc)
        taken: list[tuple[int, int]] = []
        remove: set[tuple[int, int, str]] = set()
        new: list[Span] = []
        attach: dict[tuple[int, int], _Alias] = {}
        claimed: dict[tuple[int, int], _Alias] = {}  # names that ARE the entry's company
        refused: set[tuple[int, int]] = set()  # names holding another company's name
        longer: set[str] = set()  # initials the article writes in a longer name ("AMR Corp")
        for start, end, alias, ambiguous in found:
            if alias.initials and _suffix_end(doc, end) > end:
                longer.add(alias.text)  # "AMR Corp" even where NER glued it to a date
            hit = [e for e in ents if e.start < end and start < e.end]
            glued = _glued_figure(doc, hit, start, end)
            if glued is not None:  # "earned LVMH 5.1 billion euros": NER's MONEY took the name
                if glued.label_ == "ORG":  # the amount finder reads the figure on its own
                    ents.remove(glued)
                else:
                    ents[ents.index(glued)] = Span(doc, end, glued.end, label=glued.label_)
                hit.remove(glued)
            if any(e.label_ in _NUMERIC for e in hit):
                continue
            orgs = [e for e in hit if e.label_ == "ORG"]
            others = [e for e in hit if e.label_ != "ORG"]
            if any((e.start < start or e.end > end) and not _verb_tail(e, start, end)
                   for e in others):  # fmt: skip
                continue  # "Harrison Ford": NER's longer name stands
            if _in_longer_name(doc, start, end):
                continue
            inside = [e for e in orgs if e.start <= start and end <= e.end]
            if inside:
                ent = inside[0]
                refused.add((ent.start, ent.end))
                if alias.initials and (ent.start, ent.end) != (start, end):
                    longer.add(alias.text)  # "AEP Industries": another company's initials
                    continue
                # "Latest News" holds News Corp's ambiguous "News", but is no other name of
                # it ("Royal Dutch/Shell Group" is Shell's)
                rest = {t.lower_ for t in ent if t.is_alpha and not start <= t.i < end}
                foreign = ambiguous and not rest <= alias.kin | COMPANY_SUFFIXES
                if not foreign and not _other_company(doc, ent, start, end):
                    attach.setdefault((ent.start, ent.end), alias)
                    if self._claims(doc, ent.start, ent.end, (start, end, False), alias):
                        claimed.setdefault((ent.start, ent.end), alias)
                attach.setdefault((start, end), alias)
                continue
            if ambiguous and not orgs and not _company_context(doc, start, end, self._tickers):
                continue
            lo = min([start, *(e.start for e in orgs)])
            hi = max([end, *(e.end for e in orgs)])
            hi, absorbed = _take_tail(ents, hit, lo, hi, _suffix_end(doc, hi))
            if any(lo < b and a < hi for a, b in taken):
                continue
            taken.append((lo, hi))
            span = Span(doc, lo, hi, label="ORG")
            for e in hit + absorbed:
                remove.add((e.start, e.end, e.label_))
            new.append(span)
            refused.add((lo, hi))
            if alias.initials and (lo, hi) != (start, end):  # "AMR Corp" is not AMR
                longer.add(alias.text)
            else:
                attach[(lo, hi)] = alias
                attach.setdefault((start, end), alias)
                if self._claims(doc, lo, hi, (start, end, alias.initials), alias):
                    claimed[(lo, hi)] = alias
            if others:
                fixes.append((span, "relabel:" + "+".join(sorted({e.label_ for e in others}))))
            elif orgs:
                fixes.append((span, "extend"))
            else:
                fixes.append((span, "new"))
        if new or len(ents) != len(doc.ents):
            kept = [e for e in ents if (e.start, e.end, e.label_) not in remove]
            doc.ents = sorted(kept + new, key=lambda s: s.start)
        if longer:  # "AMR Corp ... AMR said": the bare initials are that company too
            attach = {k: a for k, a in attach.items() if not (a.initials and a.text in longer)}
            claimed = {k: a for k, a in claimed.items() if not (a.initials and a.text in longer)}
        companies: list[tuple[Span, CompanyEntry]] = []
        for (start, end), alias in attach.items():
            doc[start:end]._.company = alias.entry
        for ent in doc.ents:
            if ent.label_ == "ORG" and (ent.start, ent.end) in claimed:
                companies.append((ent, claimed[(ent.start, ent.end)].entry))
        doc._.companies = companies
        doc._.company_fixes = fixes
        doc._.company_refused = [
            e for e in doc.ents if (e.start, e.end) in refused and (e.start, e.end) not in claimed
        ]
        return doc

    def _claims(
        self, doc: Doc, lo: int, hi: int, span: tuple[int, int, bool], alias: _Alias
    ) -> bool:
        names = self._names.get(alias.entry.name, frozenset())
        return claims(doc, lo, hi, span, self._claim_words, names)

    def _matches(self, doc: Doc) -> list[tuple[int, int, _Alias, bool]]:
        """Case-checked matches, longest first, without overlaps: (start, end, alias, ambiguous)."""
        assert self.matcher is not None
        out = []
        for key, start, end in self.matcher(doc):
            span = doc[start:end]
            forms = self._forms[key]
            text = span.text
            alias = forms.get(text)
            if alias is None and text.isupper():  # "NVIDIA", or a wire headline in capitals
                alias = min(forms.values(), key=lambda a: (a.ambiguous, a.text))
            if alias is None:
                continue
            caps_line = _caps_line(doc, span)
            if alias is forms.get(text) and not text.isupper():
                ambiguous = alias.ambiguous
            elif caps_line:
                ambiguous = alias.ambiguous
            elif alias.ambiguous and not alias.text.isupper():
                continue  # "SHELL" shouted in mixed text: not enough to go on
            else:
                ambiguous = False  # "SAP" in running text
            out.append((start, end, alias, ambiguous))
        out.sort(key=lambda m: (m[0] - m[1], m[0]))
        kept: list[tuple[int, int, _Alias, bool]] = []
        for m in out:
            if all(m[1] <= k[0] or m[0] >= k[1] for k in kept):
                kept.append(m)
        return sorted(kept, key=lambda m: m[0])


def _not_a_name(ent: Span, fixes: list[tuple[Span, str]]) -> bool:
    if ent.text in NOT_NAMES and ent.label_ in _NOT_NAME_LABELS:
        fixes.append((ent, f"drop:{ent.label_}"))
        return True
    return False


def _caps_line(doc: Doc, span: Span) -> bool:
    """True when the span's line has letters and all are capitals (a wire headline)."""
    return line_at(doc_text(doc), span.start_char, span.end_char).isupper()


def _glued_figure(doc: Doc, hit: list[Span], start: int, end: int) -> Span | None:
    """The entity that opens with the name ``start:end`` and goes on with a figure."""
    for e in hit:
        if e.label_ in ("MONEY", "CARDINAL", "ORG") and e.start == start and end < e.end:
            nxt = doc[end]
            if nxt.like_num or nxt.is_currency or nxt.text[:1].isdigit():
                return e
    return None


def _verb_tail(ent: Span, start: int, end: int) -> bool:
    """NER's entity runs from the name into a headline's verb ("Siemens Turns" PERSON in
    "Siemens Turns in Record Profits"): no longer name, the verb's subject."""
    return ent.start == start and all(t.pos_ == "VERB" for t in ent.doc[end : ent.end])


def _in_longer_name(doc: Doc, start: int, end: int) -> bool:
    """A ticker in Reuters brackets ("<GIC>") or the tail of an unknown name ("Lac Minerals");
    a capitalized descriptor before it opens no name ("Carmaker Renault")."""
    if start > 0 and doc[start - 1].text in ("<", "&lt;") and end < len(doc):
        return doc[end].text in (">", "&gt;")
    if start > 0 and not doc[start].is_sent_start:
        prev = doc[start - 1]
        return (
            prev.pos_ == "PROPN"
            and prev.lower_ not in GLUED_DESCRIPTORS
            and prev.is_title
            and prev.dep_ == "compound"
            and start <= prev.head.i < end
            and "\n" not in prev.whitespace_
        )
    return False


def _take_tail(
    ents: list[Span], hit: list[Span], lo: int, hi: int, tail_end: int
) -> tuple[int, list[Span]]:
    """The name's end once suffixes ``hi..tail_end`` are taken in, and the entities absorbed.

    The suffix may run into an entity NER found on its own ("RICOH" + ORG "CO LTD",
    "Thyssen" + ORG "AG"): an ORG inside the longer name is absorbed into it; any other
    entity ends the name before it. Two entities sharing a token are what spaCy refuses
    (E1010, Reuters-21578 NEWID 10342, 11918, 14925, 19515).
    """
    absorbed: list[Span] = []
    for e in sorted(ents, key=lambda e: e.start):
        if e.end <= hi or e.start >= tail_end or e in hit:
            continue
        if e.label_ == "ORG" and lo <= e.start and e.end <= tail_end:
            absorbed.append(e)
        else:
            return max(hi, e.start), absorbed
    return tail_end, absorbed


def _suffix_end(doc: Doc, end: int) -> int:
    """Take in legal suffixes and name tails ("Carrier Corp", "Adobe Systems Inc")."""
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_:
        word = doc[end].lower_.rstrip(".")
        if not (word in SUFFIXES or word in NAME_TAILS) or not (
            doc[end].text[0].isupper() or word == "plc"
        ):
            break
        end += 1
    return end


def _company_context(doc: Doc, start: int, end: int, tickers: frozenset[str]) -> bool:
    """Words around a word-like name that say it is a company, not the word."""
    n = len(doc)
    nxt = doc[end] if end < n else None
    nxt2 = doc[end + 1] if end + 1 < n else None
    if nxt is not None:
        low = nxt.lower_.rstrip(".")
        if low in SUFFIXES and nxt.text[0].isupper() or low in AFTER:
            return True
        if nxt.tag_ == "POS" and nxt2 is not None and nxt2.lower_ in POSSESSED:
            return True
        if (
            nxt.text == "("
            and nxt2 is not None
            and (nxt2.text.split(".")[0] in tickers or nxt2.lower_ in ("nyse", "nasdaq", "lse"))
        ):
            return True
        if nxt.text == "," and not doc[start].is_sent_start:
            for tok in doc[end + 1 : min(n, end + 6)]:
                if tok.lower_ in APPOSITION and tok.i > end + 1:
                    return doc[end + 1].lower_ in ("the", "a", "an")
                if tok.is_punct:
                    break
    if start > 0:
        prev = doc[start - 1]
        if prev.lower_ in BEFORE:
            return True
        if prev.lower_ in ("of", "in", "at") and start > 1 and doc[start - 2].lower_ in OF_HEADS:
            return True
    return False


def _other_company(doc: Doc, ent: Span, start: int, end: int) -> bool:
    """An organization's longer name around an alias that names another company:
    "Continental Bank of Canada" holds "Continental" but is not Continental AG."""
    extra = [*doc[ent.start : start], *doc[end : ent.end]]
    return any(t.lower_ in IDENTITY_WORDS for t in extra)
