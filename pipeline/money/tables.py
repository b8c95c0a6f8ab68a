"""Earnings tables of wire copy: which lines are money rows, and their first figures.

"Net 7,168,000 vs 11.3 mln" and "Sales 2.28 billion vs 2.07 billion" are money
rows: a bare figure on them takes the currency of the table (the nearest amount
before it in the article, the table's "Shr 18 cts"). "Avg shrs 39.6 mln vs 37.1
mln" counts shares. The labels are data (models/money/table_labels.jsonl).

A row may give one period only ("Revs 392 mln", "Net 788,099"), open on the
dateline ("NEW YORK, March 17 - Oper net 46.6 mln") or spell its figure ("Net
two mln vs 874,000"). A table with no currency anywhere ("Shr not given") under a
results headline ("ATLANTIC EXPRESS INC 1ST HALF NET") is in the story's dollar,
as FACTS.md reads "dlrs" (a CALGARY dateline's is Canadian).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from pipeline.money.equivalents import primary_money
from pipeline.money.lexicon import Lexicon
from pipeline.money.local import STORY_DATE, LocalCurrencies
from pipeline.nlp.doccache import doc_text, sent_of
from pipeline.nlp.layout import HEADLINE_MAX_CHARS, dateline_end, line_at, row_label
from pipeline.resources import MODELS_DIR, read_jsonl
from pipeline.types import Money

_LABEL_PUNCT = frozenset("-&,./'()")  # inside a table-row label: "long-term", "U.K."
_VERSUS = frozenset({"vs", "vs."})


@dataclass(frozen=True)
class TableRows:
    """Row labels that mean money (``labels``) and those that never do (``not_labels``)."""

    labels: frozenset[str]
    not_labels: frozenset[str]
    headline_words: frozenset[str] = frozenset()  # a results headline ends on one: "NET"

    @classmethod
    def load(cls, path: Path) -> TableRows:
        records = read_jsonl(path)
        return cls(
            frozenset(r["label"] for r in records if r.get("money", True)),
            frozenset(r["label"] for r in records if not r.get("money", True)),
            frozenset(r["label"] for r in records if r.get("headline")),
        )

    def holds(self, doc: Doc, i: int) -> bool:
        """Token ``i`` is on a money row of an earnings table (see :meth:`money_row`),
        the dateline opening the row's line left out."""
        line = line_at(doc_text(doc), doc[i].idx)
        return self.money_row(line[dateline_end(line) :])

    def money_row(self, line: str) -> bool:
        """ "Net 7,168,000 vs 11.3 mln", "Fund management 4.7 mln vs 6.5 mln": yes;
        "Avg shrs 39.6 mln vs 37.1 mln": no."""
        words = line.split()
        if not words:
            return False
        label = row_label(line)
        if any(w in self.not_labels for w in label):
            return False
        return bool(label) and label[0] in self.labels or "vs" in words or "vs." in words

    def results_headline(self, text: str) -> bool:
        """ "AMRE INC <AMRE> 3RD QTR JAN 31 NET", "<MARK RESOURCES INC> YEAR LOSS"."""
        head = text.lstrip()[:HEADLINE_MAX_CHARS].split("\n", 1)[0].split()
        return bool(head) and head[-1].lower().strip(".,:") in self.headline_words

    def currency(
        self,
        doc: Doc,
        found: list[tuple[Span, Money]],
        prev: tuple[Span, Money] | None,
        local: LocalCurrencies | None,
    ) -> str | None:
        """The currency of a bare table figure: that of ``prev``, the amount its context
        gives (the first of an equivalents chain), else :meth:`story_currency`."""
        if prev is not None:
            return primary_money(doc, found, prev).currency
        return self.story_currency(doc, local) if local is not None else None

    def story_currency(self, doc: Doc, local: LocalCurrencies) -> str | None:
        """The currency of a results table that names none: the story's dollar ("dlrs":
        USD, CAD under a CALGARY dateline); None under another headline or where the
        dateline's country has no dollar (its own currency would be a guess)."""
        text = doc_text(doc)
        if not self.results_headline(text):
            return None
        story = local.story(text, doc.user_data.get(STORY_DATE, ""))
        money, how = local.localize("dlrs", Money(Decimal(1), "USD"), story, "")
        return money.currency if how or not story.place else None

    def first_figures(
        self, doc: Doc, scales: Mapping[str, object], numbers: Mapping[str, object] = {}
    ) -> list[tuple[int, int]]:
        """The first figure of each earnings-table row: "Net 7,168,000 vs 11.3 mln", "Net
        two mln vs 874,000" (a number word of ``numbers`` with a scale or "vs" after it)."""
        text = doc_text(doc)
        rows: list[tuple[int, int]] = []
        start = 0
        while (nl := text.find("\n", start)) >= 0:
            start = nl + 1
            stop = text.find("\n", start)
            line = text[start : stop if stop >= 0 else len(text)]
            if not line[:1].isspace() and not line[:1].isalpha():
                continue
            if skip := dateline_end(line):  # "LONDON, March 19 - Shr 6.56p vs 50.31p"
                start, line = start + skip, line[skip:]
            if not self.money_row(line):
                continue
            first = doc.char_span(
                start + len(line) - len(line.lstrip()), start + len(line), alignment_mode="expand"
            )
            if first is None:
                continue
            for tok in first[1:10]:
                if _PERIOD.fullmatch(tok.text):
                    continue  # "Sales in 1986/87 were ...": the period, not the figure
                if tok.lower_ in _VERSUS:
                    break  # "Shr profit six cents vs loss 10": the row's first figure came before
                if tok.text[:1].isdigit() and tok.like_num or _spelled(doc, tok.i, scales, numbers):
                    end = tok.i + 1
                    while end < len(doc) and doc[end].lower_ in scales:
                        end += 1
                    if not _day_of_date(doc, tok.i, end):
                        rows.append((tok.i, end))
                    break
                if not (tok.is_alpha or tok.text in _LABEL_PUNCT):
                    break
        return rows


@lru_cache(maxsize=1)
def _default_rows() -> TableRows:
    return TableRows.load(MODELS_DIR / "money" / "table_labels.jsonl")


_ROW_WORDS = 4  # a row's label: "Net loss", "Income from cont ops"
_ROW_TAIL = 2  # after its figure: "mln dlrs"


def one_period_row(span: Span) -> bool:
    """ "Revs 392 mln", "Net loss 186,000": ``span`` is on a row of a results table that
    gives one period only (no "vs"), under a results headline: a short label, one
    figure, a scale or currency word at most after it. A line of prose that opens on
    a label word ("interest expenses, 41.6 mln dlrs of") is not one."""
    text = doc_text(span.doc)
    line = line_at(text, span.start_char)
    words = line[dateline_end(line) :].split()
    first = next((k for k, w in enumerate(words) if w[:1].isdigit()), len(words))
    label, rest = words[:first], words[first + 1 :]
    rows = _default_rows()
    return (
        0 < len(label) <= _ROW_WORDS
        and len(rest) <= _ROW_TAIL
        and all(w.isalpha() for w in label[-1:] + rest)
        and label[0].lower() in rows.labels
        and not any(w.lower() in rows.not_labels for w in label)
        and rows.results_headline(text)
    )


_YEAR = re.compile(r"(?:19|20)\d\d")
_PERIOD = re.compile(r"(?:19|20)\d\d[/-](?:\d\d|(?:19|20)\d\d)")  # a fiscal year: "1986/87"
_LAST_DAY = 31


def _day_of_date(doc: Doc, i: int, end: int) -> bool:
    """ "year ended December 31\n1986 1.3 billion lire": a day before a year, no figure."""
    nxt = next((t for t in doc[end : end + 3] if not t.is_space), None)
    return (
        end == i + 1
        and doc[i].text.isdigit()
        and int(doc[i].text) <= _LAST_DAY
        and nxt is not None
        and _YEAR.fullmatch(nxt.text) is not None
    )


def _spelled(doc: Doc, i: int, scales: Mapping[str, object], numbers: Mapping[str, object]) -> bool:
    """ "two mln", "five vs 874,000": a number word read as a table's figure only when a
    scale or the comparison follows it ("Net loss one time" is no figure)."""
    if doc[i].lower_ not in numbers or not doc[i].is_alpha or doc[i].lower_ in ("a", "an"):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and (nxt.lower_ in scales or nxt.lower_ in _VERSUS)


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")  # "1,255,000": a full figure, no year or count


def note_figures(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Full figures of the notes under a wire table ("Note: Oper excludes gain from
    discontinued operations of 15,598 for year-ago qtr"): bare, so they are money only
    where :func:`note_figure` finds a money word beside them."""
    openers = lex.words["note_openers"]
    if ":" not in doc_text(doc):
        return []  # most stories have no note: skip the sentence walk
    out: list[tuple[int, int]] = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space][:2]
        if len(words) < 2 or words[0].lower_ not in openers or words[1].text != ":":
            continue
        out += [(t.i, t.i + 1) for t in sent if _GROUPED.fullmatch(t.text)]
    return out


def note_figure(doc: Doc, start: int, lex: Lexicon) -> bool:
    """ "Year-ago oper includes charges of 27.8 mln": a table's note names what the bare
    figure is, a word or two before it in its sentence (``lex``: its money words, scales)."""
    money_words, scales = lex.words["note_money_words"], lex.scales
    sent = sent_of(doc, start)
    before = [t for t in doc[max(sent.start, start - 9) : start] if not t.is_space][-6:]
    end = start
    while end < sent.end and (doc[end].like_num or doc[end].is_space or doc[end].lower_ in scales):
        end += 1
    after = [t for t in doc[end : min(sent.end, end + 6)] if not t.is_space][:4]
    if after and after[0].lower_ in money_words:
        return True  # "includes 99,000 loss from carryforward"
    if after and after[0].pos_ in ("NOUN", "ADJ", "PROPN"):
        return False  # "losses of 2.5 billion cubic feet": a measure
    if after and after[0].lower_ == "in" and any(t.lower_ in money_words for t in after):
        return True  # "486,000 in cost-reduction expenses"
    return any(t.lower_ in money_words for t in before) or (
        bool(after) and after[0].lower_ == "for" and any(t.lower_ in money_words for t in after)
    )
