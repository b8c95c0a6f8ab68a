"""Wire copy wraps its running text at a fixed width: a name may run on over a line
break ("... acquisition of AirCal Inc by American\nAirlines Inc."). These helpers tell such
a wrap from a real break (a headline's end, a new paragraph, a table's next row)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from pipeline.companies.suffixes import LEGAL_SUFFIXES
from pipeline.nlp.doccache import doc_text
from pipeline.nlp.layout import wraps

if TYPE_CHECKING:
    from pipeline.companies.mentions import Mention


def soft_wrap(doc: Doc, i: int) -> bool:
    """The line break right before token ``i`` is a soft wrap (the layout's own test:
    no new paragraph, no table row, no headline). The break may be a token of its own."""
    if not 0 < i < len(doc) or not doc[i].text[:1].isalnum():
        return False
    prev = doc[i - 1]
    if prev.text == "\n":
        brk = prev.idx
    elif prev.whitespace_ == "\n":
        brk = prev.idx + len(prev.text)
    else:
        return False
    return wraps(doc_text(doc), brk)


def one_line(span: Span) -> str:
    """A name's text with its wire wraps read as spaces."""
    doc = span.doc
    out = []
    for t in span:
        wrap = t.i + 1 < span.end and soft_wrap(doc, t.i + 1)
        if t.text == "\n":
            out.append(" " if wrap else t.text_with_ws)
        else:
            out.append(t.text + (" " if wrap and t.whitespace_ else t.whitespace_))
    return "".join(out)


def _words(name: str) -> list[str]:
    return name.lower().split()


def _reads_back(doc: Doc, end: int, words: list[str]) -> int | None:
    """The start of ``words`` written right before token ``end``, or None. A line break
    between them must be a soft wrap."""
    i = end
    for word in reversed(words):
        if i <= 0:
            return None
        prev = doc[i - 1]
        if (prev.is_space or "\n" in prev.whitespace_) and not soft_wrap(doc, i):
            return None
        j = i - 1 - prev.is_space
        if j < 0 or doc[j].lower_ != word:
            return None
        i = j
    return i


def _reads_on(doc: Doc, start: int, words: list[str]) -> int | None:
    """The end of ``words`` written right after token ``start - 1``, or None. A line break
    between them must be a soft wrap."""
    i = start
    for word in words:
        if i >= len(doc):
            return None
        if i > 0 and (doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_):
            if not soft_wrap(doc, i + doc[i].is_space):
                return None
        i += doc[i].is_space
        if i >= len(doc) or doc[i].lower_ != word:
            return None
        i += 1
    return i


def _written(doc: Doc, start: int, end: int) -> str:
    """A name as the text writes it here, wraps read as spaces."""
    return " ".join(one_line(doc[start:end]).split())


def join_wrapped(
    doc: Doc, mentions: list[Mention], is_company: Callable[[str], bool]
) -> list[Mention]:
    """A name closed by a legal suffix that opens a line the line before runs on into
    (one line break, no indent, no closing punctuation), after capitalized words ending
    that line, is the whole name: "- International Lease\nFinance Corp said", "the
    Federal Deposit\nInsurance Corp (FDIC) said" (NER reads each line on its own); so
    does a name NER found and the suffixed name right after it. A
    mention inside the words it grows over gives way; so does the whole when it names no
    company (``is_company``: "Federal Deposit Insurance Corp" is a public body)."""
    out = []
    for m in _join_suffixed(doc, mentions):
        k = m.start - 1 - (m.start > 0 and doc[m.start - 1].is_space)
        if _suffixed(m.name) and k >= 0 and _runs_on(doc, k, m.start):
            start = k + 1
            while k >= 0 and start - k <= 3 and doc[k].is_alpha and doc[k].text[:1].isupper():
                if k > 0 and "\n" in doc[k - 1].whitespace_ + doc[k - 1].text:
                    break  # the line before opens on it: a headline or a row, not a wrap
                start, k = k, k - 1
            if start < m.start - (doc[m.start - 1].is_space):
                m = replace(m, start=start, name=_written(doc, start, m.end))
        out.append(m)
    grown = [m for m in out if m not in mentions]
    kept = [m for m in out if m in grown or not any(g.start <= m.start < g.end for g in grown)]
    return [m for m in kept if m not in grown or is_company(m.name)]


def _join_suffixed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name NER found and the legal-suffix name right after it are one: "Newmont" +
    "Mining Corp" in "... - Newmont Mining Corp estimates"."""
    ends = {m.end: m for m in mentions if m.label != "SUFFIX"}
    out = list(mentions)
    for m in mentions:
        head = ends.get(m.start)
        if m.label == "SUFFIX" and head is not None and doc[m.start - 1].whitespace_ == " ":
            out = [x for x in out if x is not head and x is not m]
            out.append(replace(head, end=m.end, name=_written(doc, head.start, m.end)))
    return sorted(out, key=lambda x: x.start)


def _runs_on(doc: Doc, last: int, first: int) -> bool:
    """Whether the line that ends at token ``last`` runs on into token ``first``."""
    brk = doc_text(doc)[doc[last].idx + len(doc[last].text) : doc[first].idx]
    return brk.count("\n") == 1 and not brk.endswith((" ", "\t")) and doc[last].is_alpha


def _suffixed(name: str) -> bool:
    words = name.split()
    return bool(words) and words[-1].rstrip(".").lower() in LEGAL_SUFFIXES


def complete_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A mention that is the tail (or the head) of a longer name the article writes
    elsewhere, with the rest of that name written right before (after) it, is that name:
    "Bank of British\\nColumbia said" where NER saw only "Columbia" over the wire's wrap,
    beside "Bank of British Columbia sold" on one line."""
    names = {m.name for m in mentions}
    out = []
    for m in mentions:
        mine = _words(m.name)
        longer = [w for w in map(_words, names) if len(w) > len(mine)]
        starts = [_reads_back(doc, m.start, w[: -len(mine)]) for w in longer
                  if w[-len(mine) :] == mine]  # fmt: skip
        ends = [_reads_on(doc, m.end, w[len(mine) :]) for w in longer if w[: len(mine)] == mine]
        start = min((s for s in starts if s is not None), default=m.start)
        end = max((e for e in ends if e is not None), default=m.end)
        if (start, end) != (m.start, m.end):  # the longest name written there, as written
            m = replace(m, start=start, end=end, name=_written(doc, start, end))
        out.append(m)
    grown = [w for w, m in zip(out, mentions, strict=True) if w is not m]
    kept: list[Mention] = []
    for w in out:  # a name grown over others replaces them; two grown alike are one
        inside = [g for g in grown if g is not w and g.start <= w.start and w.end <= g.end]
        if not inside or all((g.start, g.end) == (w.start, w.end) for g in inside) and not any(
            (k.start, k.end) == (w.start, w.end) for k in kept
        ):
            kept.append(w)
    return kept
