"""Earnings tables of wire copy: which lines are money rows, and their first figures.

"Net 7,168,000 vs 11.3 mln" and "Sales 2.28 billion vs 2.07 billion" are money
rows: a bare figure on them takes the currency of the table (the nearest amount
before it in the article, the table's "Shr 18 cts"). "Avg shrs 39.6 mln vs 37.1
mln" counts shares. The labels are data (models/money/table_labels.jsonl).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from pipeline.money.lexicon import Lexicon
from pipeline.nlp.doccache import doc_text, sent_of
from pipeline.nlp.layout import dateline_end, line_at, row_label
from pipeline.resources import read_jsonl

_LABEL_PUNCT = frozenset("-&,./'()")  # inside a table-row label: "long-term", "U.K."


@dataclass(frozen=True)
class TableRows:
    """Row labels that mean money (``labels``) and those that never do (``not_labels``)."""

    labels: frozenset[str]
    not_labels: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> TableRows:
        records = read_jsonl(path)
        return cls(
            frozenset(r["label"] for r in records if r.get("money", True)),
            frozenset(r["label"] for r in records if not r.get("money", True)),
        )

    def holds(self, doc: Doc, i: int) -> bool:
        """Token ``i`` is on a money row of an earnings table (see :meth:`money_row`)."""
        return self.money_row(line_at(doc_text(doc), doc[i].idx))

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

    def first_figures(self, doc: Doc, scales: Mapping[str, object]) -> list[tuple[int, int]]:
        """The first figure of each earnings-table row: "Net 7,168,000 vs 11.3 mln"."""
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
                if tok.text[:1].isdigit() and tok.like_num:
                    end = tok.i + 1
                    while end < len(doc) and doc[end].lower_ in scales:
                        end += 1
                    rows.append((tok.i, end))
                    break
                if not (tok.is_alpha or tok.text in _LABEL_PUNCT):
                    break
        return rows


def note_figure(doc: Doc, start: int, lex: Lexicon) -> bool:
    """ "Year-ago oper includes charges of 27.8 mln": a table's note names what the bare
    figure is, a word or two before it in its sentence (``lex``: its money words, scales)."""
    money_words, scales = lex.words["note_money_words"], lex.scales
    sent = sent_of(doc, start)
    before = [t for t in doc[max(sent.start, start - 9) : start] if not t.is_space][-6:]
    end = start
    while end < sent.end and (doc[end].like_num or doc[end].is_space or doc[end].lower_ in scales):
        end += 1
    after = [t for t in doc[end : min(sent.end, end + 4)] if not t.is_space][:3]
    if after and after[0].pos_ in ("NOUN", "ADJ", "PROPN"):
        return False  # "losses of 2.5 billion cubic feet": a measure
    return any(t.lower_ in money_words for t in before) or (
        bool(after) and after[0].lower_ == "for" and any(t.lower_ in money_words for t in after)
    )
