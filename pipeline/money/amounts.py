"""The ``newsfacts_amounts`` component: every money span in a Doc, whole.

NER's MONEY spans are a start, not the truth: the small model tags "12.5" in
"12.5 mln dlrs" as CARDINAL, "16 mln" as QUANTITY, splits "$ 1-2 billion" and
runs "$1.7 billion, or 250 billion yen" together. A ``Matcher`` built from the
same word lists as :mod:`pipeline.money.parse` (``models/money/*.jsonl``) finds the
amount atoms; a little look-around per atom (never per token of the doc)
joins ranges, pulls in qualifier words, gives bare figures the currency of the
amount before them in the sentence and folds "same figure in another
currency" into ``Span._.equivalents``. The value of each span comes from
:func:`pipeline.money.parse_money` on its text; spans without a definite value
are dropped.

Extensions set:

- ``Doc._.amounts``: list of Span, sorted, non-overlapping
- ``Span._.money``: Money | None
- ``Span._.equivalents``: tuple[Money, ...]
- ``Span._.currency_source``: where the currency came from (pipeline/money/local.py
  ``SOURCES``: the amount's own symbol, code or word, the story's dateline or a
  country named in its sentence or headline, or a table's amount)

The matcher reads the whole doc, or only the token ranges listed in
``Doc.user_data[SEARCH_REGIONS]`` when a caller has set them (the fast path
in pipeline/nlp/fastpipe.py sets the sentences it parsed: every sentence with a
currency cue near a figure, a bare figure or a table row is among them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from pipeline.money.cents import glued_cents
from pipeline.money.compared import compared_money, compares_count, counted_range
from pipeline.money.coordinated import coordinated_figures
from pipeline.money.elliptic import counted_by_adjective, elliptic_figures
from pipeline.money.equivalents import equivalents_after
from pipeline.money.lexicon import Lexicon, load_lexicon
from pipeline.money.local import LocalCurrencies
from pipeline.money.localize import localize_amounts
from pipeline.money.lone import lone_unit_atom
from pipeline.money.names import model_number, named_figure_ends, stage_name
from pipeline.money.parse import parse_money
from pipeline.money.patterns import money_patterns
from pipeline.money.quotes import moved_by, share_quotes
from pipeline.money.ranges import close_ends, hyphenated_to
from pipeline.money.rates import drop_rates, rate_after
from pipeline.money.story_dollar import story_dollars
from pipeline.money.tables import TableRows, note_figure, note_figures
from pipeline.money.widen import accounting_signs, take_amount, widen_amounts
from pipeline.nlp.doccache import doc_text, sent_of
from pipeline.nlp.registry import DataFilesComponent, data_dir_of, spacy_signature
from pipeline.resources import read_jsonl
from pipeline.types import Money

# Doc.user_data key: token ranges (start, end) the amounts can be in (default: all)
SEARCH_REGIONS = "newsfacts_amount_regions"
# What initialize (and parse_money, through the lexicon) reads, relative to the
# data folder; to_disk carries these.
DATA_FILES = tuple(
    f"money/{name}.jsonl"
    for name in (
        "currencies",
        "currencies_extra",
        "territory_currencies",
        "scales",
        "numbers",
        "qualifiers",
        "datelines",
        "places",
        "region_abbreviations",
        "demonyms",
        "publishers",
        "generic_domains",
        "currency_families",
        "table_labels",
        "words",
    )
)

__all__ = ["AmountFinder", "make_amounts"]

if not Doc.has_extension("amounts"):
    Doc.set_extension("amounts", default=[])
if not Span.has_extension("money"):
    Span.set_extension("money", default=None)
if not Span.has_extension("equivalents"):
    Span.set_extension("equivalents", default=())

_RANGE_SEPS = {"-", "–", "—", "to", "‐", "‑"}
# after a bare figure these mean it counts things, not money
_COUNT_POS = {"NOUN", "PROPN"}
_PART = re.compile(r"\d{1,2}/\d{1,2}$")  # a mixed number's fraction: "33-1/3"
_CONTEXT_WINDOW = 15  # tokens from the amount whose currency a bare figure takes
_LOOKBACK = 4  # longest qualifier phrase, in tokens
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# a dealer's two-way quote, "150.00/05 yen", "1.8215/25 marks": a rate or a price, never
# the 5 yen the model's MONEY entity parses out of it
_TWO_WAY = re.compile(r"\d\.\d+/\d")


# token.pos is read too: the attribute_ruler sets it from token.tag but declares no assigns
@Language.factory(
    "newsfacts_amounts",
    default_config={},
    requires=["doc.ents", "doc.sents", "token.tag"],
    assigns=["doc._.amounts", "span._.money", "span._.equivalents", "span._.currency_source"],
)
def make_amounts(nlp: Language, name: str) -> AmountFinder:
    """spaCy factory (``[components.newsfacts_amounts]`` in models/pipeline/config.cfg)."""
    return AmountFinder(nlp, name)


class AmountFinder(DataFilesComponent):
    """Sets ``Doc._.amounts``: patterns and word lists are built by ``initialize`` from a
    data folder, saved with the pipeline by ``to_disk`` and restored by ``from_disk``."""

    DATA_FILES = DATA_FILES

    def __init__(self, nlp: Language, name: str = "newsfacts_amounts") -> None:
        self.nlp = nlp
        self.name = name
        self.matcher: Matcher | None = None
        self.lex: Lexicon | None = None
        self.data_dir: Path | None = None
        self.qualifier_phrases: set[str] = set()
        self.not_after: dict[str, frozenset[str]] = {}
        self.rows = TableRows(frozenset(), frozenset())
        self.local: LocalCurrencies | None = None
        self._money_id = self._ctx_id = self._unit_id = 0
        self._cues: frozenset[str] = frozenset()

    # ------------------------------------------------------------------ setup

    @spacy_signature
    def initialize(
        self,
        get_examples: Callable[[], Iterable] | None = None,
        *,
        nlp: Language | None = None,
        data_dir: Path | str | None = None,
    ) -> None:
        """Build the Matcher from ``data_dir/money/*.jsonl`` (default: the repo's models/)."""
        self.data_dir = data_dir_of(data_dir)
        lex = load_lexicon(self.data_dir)
        self.lex = lex
        self.qualifier_phrases = set(lex.qualifiers)
        self._rate_after = rate_after(lex.words["rate_currencies"])
        words = lex.words
        self._cues = words["versus_words"] | words["compare_words"] | words["compared_words"]
        # "added up to $5bn" totals $5bn: the verb before a phrase can undo it
        self.not_after = {
            rec["phrase"]: frozenset(rec["not_after"])
            for rec in read_jsonl(self.data_dir / "money" / "qualifiers.jsonl")
            if rec.get("not_after")
        }
        self.local = LocalCurrencies.load(self.data_dir / "money")
        self.rows = TableRows.load(self.data_dir / "money" / "table_labels.jsonl")
        self.matcher = Matcher((nlp or self.nlp).vocab, validate=True)
        for label, patterns in money_patterns(lex).items():
            self.matcher.add(label, patterns, greedy="LONGEST")
        strings = (nlp or self.nlp).vocab.strings
        self._money_id, self._ctx_id = strings.add("MONEY"), strings.add("CTX")
        self._unit_id = strings.add("UNIT")

    @property
    def lexicon(self) -> Lexicon:
        """The money word lists the matcher was built from (currencies, scales...)."""
        self._ensure()
        assert self.lex is not None
        return self.lex

    def _matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The matcher's hits over the doc or its search regions, in doc offsets."""
        assert self.matcher is not None
        regions = doc.user_data.get(SEARCH_REGIONS)
        if regions is None:
            return self.matcher(doc)
        out = []
        for a, b in regions:
            out += [(m, a + s, a + e) for m, s, e in self.matcher(doc[a:b])]
        return out

    def _ensure(self) -> None:
        if self.matcher is None:
            self.initialize(nlp=self.nlp)

    # ------------------------------------------------------------------ call

    def __call__(self, doc: Doc) -> Doc:
        self._ensure()
        assert self.matcher is not None
        money_atoms: list[tuple[int, int]] = []
        bare_atoms: list[tuple[int, int]] = []
        # bare figures of earnings-table rows: start token -> a token on the row's line
        tabular: dict[int, int] = {}
        for match_id, start, end in self._matches(doc):
            while end > start + 1 and doc[end - 1].is_space:
                end -= 1  # optional newline tokens matched at the end ("7.86p\n    ")
            if (
                match_id == self._money_id
                and named_figure_ends(doc, start, end, self.lex)
                and not model_number(doc, start, end)
            ):
                money_atoms.append((start, end))
            elif match_id == self._unit_id:
                assert self.lex is not None
                lone = lone_unit_atom(doc, start, end, self.lex)
                if lone is not None:
                    money_atoms.append(lone)
            elif match_id == self._ctx_id:
                # only the figure, not "vs" or "vs loss": "vs 1.10", "vs four billion"
                first = next((k for k in range(start + 1, end) if doc[k].like_num), end - 1)
                bare_atoms.append((first, end))
                # the cue word ("vs", or "compared" after "dlrs"), which may end the line
                # before the figure
                tabular[first] = next(
                    (k for k in range(start, first) if doc[k].lower_ in self._cues), start
                )
            else:
                bare_atoms.append((start, end))
        assert self.lex is not None
        for atom in self.rows.first_figures(doc, self.lex.scales, self.lex.numbers):
            bare_atoms.append(atom)
            tabular[atom[0]] = atom[0]
        bare_atoms += note_figures(doc, self.lex)  # money only beside a note's money word
        # longest first; an atom that does not parse leaves room for an overlapping one
        money_atoms.sort(key=lambda x: (x[0] - x[1], x[0]))
        bare_atoms = [b for b in _longest(bare_atoms) if not _overlaps_any(b, money_atoms)]

        found: list[tuple[Span, Money]] = []
        taken: list[tuple[int, int]] = []
        for start, end in money_atoms:
            if _overlaps_any((start, end), taken):
                continue
            got = self._resolve(doc, start, end, bare_atoms, money_atoms)
            if got is not None:
                found, taken = take_amount(found, got)
        for ent in doc.ents:
            if ent.label_ != "MONEY" or _overlaps_any((ent.start, ent.end), taken):
                continue
            if _TWO_WAY.search(ent.text):
                continue
            if _overlaps_any((ent.start, ent.end), bare_atoms):
                continue  # a bare figure: decided below, with its context
            if not any(
                _figure(t.text) or t.like_num and t.lower_ not in self.lex.scales for t in ent
            ) and (lone_unit_atom(doc, ent.start, ent.end, self.lex) is None):
                continue  # "billion dollar investments": a unit with no figure, no amount
            ent_money = parse_money(ent.text, data_dir=self.data_dir, keep_unknown=True)
            if ent_money is not None:
                found.append((ent, ent_money))
                taken.append((ent.start, ent.end))
        found.sort(key=lambda x: x[0].start)
        found = widen_amounts(doc, found, self.lex, self.data_dir, self._extend_left)
        assert self.local is not None
        found = localize_amounts(self.local, self.lex, doc, found)
        found = story_dollars(self.local, doc, found)
        if bare_atoms and (found or tabular):  # a table may name no currency: story's dollar
            found = self._context(doc, found, bare_atoms, taken, tabular)
            found = elliptic_figures(doc, found, bare_atoms, self.lex)
        found = glued_cents(doc, found, self.lex)
        found = share_quotes(doc, found, self.lex, self.data_dir, self.local)
        found = coordinated_figures(doc, found, self.lex, self.data_dir, self.local)
        found = [(s, m) for s, m in found if not stage_name(doc, s.start, s.end)]
        if found:
            found = accounting_signs(
                doc, drop_rates(doc, found, self.lex, self._rate_after), self.rows
            )
        doc._.amounts = self._equivalents(doc, found)
        return doc

    # ------------------------------------------------------------------ helpers

    def _extend_left(self, doc: Doc, start: int) -> int:
        """Include qualifier words ("up to", "an estimated") directly before ``start``."""
        best = start
        words: list[str] = []
        i = start
        for _ in range(_LOOKBACK):
            i = _prev(doc, i)
            if i < 0:
                break
            words.insert(0, doc[i].lower_)
            phrase = " ".join(words)
            if phrase in self.qualifier_phrases:
                before = _prev(doc, i)
                if before >= 0 and doc[before].lower_ in self.not_after.get(phrase, ()):
                    continue
                best = i
        return best

    def _resolve(
        self,
        doc: Doc,
        start: int,
        end: int,
        bare: list[tuple[int, int]],
        atoms: list[tuple[int, int]],
    ) -> tuple[Span, Money] | None:
        """One amount around the atom doc[start:end]: range ends, qualifier, value."""
        r_start, r_end = start, end
        sep = _prev(doc, start)
        low = _prev(doc, sep)
        if hyphenated_to(doc, sep):
            low = _prev(doc, _prev(doc, low))  # "two-to-three billion dollars"
        if low >= 0 and doc[low].like_num and not any(a[0] <= low < a[1] for a in atoms):
            # a low end before a dash: "1,050 - 1,125 rupees", "5 to 6 bln dlrs"
            if (doc[sep].lower_ in _RANGE_SEPS or doc[sep].lower_ == "or") and not (
                doc[sep].lower_ == "to" and _changes_from(doc, low, bare=True)
            ):
                r_start = low
            # "between two and three billion dlrs"
            elif doc[sep].lower_ == "and" and _prev(doc, low) >= 0:
                if doc[_prev(doc, low)].lower_ == "between":
                    r_start = low
        nxt = _next(doc, end)
        hi_start = _next(doc, nxt + 1)
        before = _prev(doc, start)
        if hi_start < len(doc) and (
            doc[nxt].lower_ in _RANGE_SEPS
            or (doc[nxt].lower_ == "and" and before >= 0 and doc[before].lower_ == "between")
        ):
            hi = _atom_at(hi_start, atoms) or _atom_at(hi_start, bare)
            if hi is None and doc[hi_start].like_num:
                hi = (hi_start, hi_start + 1)
            if hi is not None:
                r_end = hi[1]
        from_to = (
            r_end != end
            and doc[nxt].lower_ == "to"
            and (_changes_from(doc, r_start) or moved_by(doc, r_start, self.lex))
        )
        from_to |= r_start != start and _changes_from(doc, r_start, bare=True)
        if (r_start, r_end) != (start, end) and not from_to:
            q_start = self._extend_left(doc, r_start)
            span = doc[q_start:r_end]
            money = parse_money(span.text, data_dir=self.data_dir, keep_unknown=True)
            if money is not None and money.qualifier == "range" and close_ends(doc[sep], money):
                return span, money
        q_start = self._extend_left(doc, start)
        span = doc[q_start:end]
        after = _next(doc, end)
        if doc[end - 1].lower_ in ("pound", "pounds") and after < len(doc):
            if doc[after].lower_ == "of":
                return None  # "200 pounds of coffee" is a weight
        money = parse_money(span.text, data_dir=self.data_dir, keep_unknown=True)
        return (span, money) if money is not None else None

    def _context(
        self,
        doc: Doc,
        found: list[tuple[Span, Money]],
        bare: list[tuple[int, int]],
        taken: list[tuple[int, int]],
        tabular: dict[int, int],
    ) -> list[tuple[Span, Money]]:
        """Bare figures take the currency their context gives.

        After an amount in the same sentence: that amount's currency. In an
        earnings-table row or after "vs": the nearest amount before it in the
        article (else the first one after it, else the story's dollar: TableRows).
        """
        assert self.lex is not None
        lex, words, out = self.lex, self.lex.words, list(found)
        for start, end in bare:
            if _overlaps_any((start, end), taken):
                continue
            prev: tuple[Span, Money] | None = None
            for span, money in found:
                if span.end <= start:
                    prev = (span, money)
                else:
                    break
            chained = len(out) > len(found) and (prev is None or out[-1][0].end > prev[0].end)
            if chained:
                prev = out[-1]  # a bare figure just before: "1.35 mln vs 9.89 mln ... 2.28 mln"
            near = (
                prev is not None
                and prev[0].start >= sent_of(doc, start).start
                and start - prev[0].end <= _CONTEXT_WINDOW
            )
            if not near:
                noted = bool(tabular) and note_figure(doc, start, self.lex)
                if not noted and (start not in tabular or not self.rows.holds(doc, tabular[start])):
                    continue
                prev = prev or next(((s, m) for s, m in found if s.start >= end), None)
            currency = (
                prev[1].currency
                if chained and prev is not None
                else self.rows.currency(doc, found, prev, self.local)
            )
            if currency is None:
                continue
            after = _next(doc, end)
            if after + 1 < len(doc) and doc[after].text == "-" and _PART.match(doc[after + 1].text):
                after = _next(doc, after + 2)  # "33-1/3 pct": the fraction is the figure's
            gap = doc_text(doc)[doc[end - 1].idx : doc[after].idx] if after < len(doc) else ""
            same_line = after < len(doc) and "\n" not in gap
            if (
                same_line
                and doc[after].lower_ not in words["book_words"]
                and (doc[after].pos_ in _COUNT_POS or doc[after].lower_ in words["percent_words"]
                     or counted_by_adjective(doc, after))  # "2.8 million deserving students"
            ):
                continue
            if end - start == 1 and _YEAR.match(doc[start].text):
                continue  # "up $3bn from 2003": a year, not money
            if compares_count(doc, tabular.get(start), self.lex) or counted_range(doc, end, lex):
                continue  # "103 tonnes against 135", "speeds from 135 to 160 miles per hour"
            q_start = self._extend_left(doc, start)
            span = doc[q_start:end]
            bare_money = parse_money(
                span.text,
                default_currency=currency,
                data_dir=self.data_dir,
            )
            if bare_money is None:
                continue
            bare_money = compared_money(doc, prev, tabular.get(start), bare_money, span, self.lex)
            span._.currency_source = "table"
            out.append((span, bare_money))
            taken.append((q_start, end))
        out.sort(key=lambda x: x[0].start)
        return out

    def _equivalents(self, doc: Doc, found: list[tuple[Span, Money]]) -> list[Span]:
        """Fold "$7 billion (1 trillion yen)" into one span with an equivalent."""
        spans: list[Span] = []
        i = 0
        text = doc_text(doc)
        while i < len(found):
            span, money = found[i]
            following = [
                (text[a.end_char : b.start_char], m.currency)
                for (a, _), (b, m) in zip(found[i:], found[i + 1 :], strict=False)
            ]
            j = i + 1 + equivalents_after(money.currency, following)
            equivalents = [m for _, m in found[i + 1 : j]]
            span._.money = money
            span._.equivalents = tuple(equivalents)
            spans.append(span)
            i = j
        return spans


def _changes_from(doc: Doc, low: int, *, bare: bool = False) -> bool:
    """ "from £6 to £10", "by 400m euros to 2.5bn": a change between two figures, not a
    range. A ``bare`` low figure ("rise by 15 to 20 billion dlrs") is a range's after "by"."""
    words = ("from",) if bare else ("from", "by")
    return any(t.lower_ in words for t in doc[max(0, low - 4) : low])


def _longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, longest first, then sorted by start."""
    out: list[tuple[int, int]] = []
    for s in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
        if not _overlaps_any(s, out):
            out.append(s)
    out.sort()
    return out


def _figure(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _overlaps_any(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    s, e = span
    return any(s < oe and os < e for os, oe in others)


def _atom_at(start: int, atoms: list[tuple[int, int]]) -> tuple[int, int] | None:
    for a in atoms:
        if a[0] == start:
            return a
    return None


def _prev(doc: Doc, i: int) -> int:
    """Index of the nearest non-space token before ``i`` (-1 when none)."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def _next(doc: Doc, i: int) -> int:
    """Index of the first non-space token at or after ``i`` (len(doc) when none)."""
    n = len(doc)
    while i < n and doc[i].is_space:
        i += 1
    return i
