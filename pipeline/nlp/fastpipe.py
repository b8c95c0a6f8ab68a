"""The fast path: the loaded pipeline run the way money extraction needs it.

:class:`FastPipe` runs NER only on articles that can hold money and the
parser only around amounts; :func:`pipe_docs` is what the workers call. The
words it looks for (currency cues, scales, table labels, referring words)
are the pipeline's own: it asks ``newsfacts_amounts`` and ``newsfacts_linker``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple, cast

import numpy as np
from spacy.attrs import (
    ENT_TYPE,
    IDX,
    IS_PUNCT,
    IS_SPACE,
    LIKE_NUM,
    LOWER,
    ORTH,
    SENT_START,
)
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from thinc.types import Ints2d

from pipeline.companies.mentions import CompanyData
from pipeline.link.context import FOCUS_WINDOW, LEAD_SENTENCES
from pipeline.link.linker import Linker
from pipeline.link.rules.deals import DEAL_REFS
from pipeline.money.amounts import SEARCH_REGIONS, AmountFinder
from pipeline.money.cues import LoneCues, glued_prefix
from pipeline.money.lexicon import Lexicon
from pipeline.money.local import STORY_DATE, STORY_URL
from pipeline.money.quotes import FRACTION
from pipeline.money.ticker_quotes import ticker_quotes
from pipeline.nlp.doccache import doc_text, remember_text
from pipeline.nlp.fastarrays import figures, merge, preset_sentences, punct_starts, runs
from pipeline.nlp.layout import HEADLINE_MAX_CHARS, line_bounds, row_starts

# -- the fast path ---------------------------------------------------------------

# Tokens either side of a currency cue whose sentences are parsed: an amount
# ("12\nmln dlrs") may straddle a line break the segmenter took for a sentence end.
CUE_WINDOW = 4
# When an amount sentence holds a referring word ("it", "the company"), the
# linker may look back for the company in focus: up to CONTEXT_SENTENCES
# sentences (those naming an organization, and always the one just before),
# then the article's first LEAD_SENTENCES. The linker's own windows, so the
# two always agree.
CONTEXT_SENTENCES = FOCUS_WINDOW
REFS_ONLY = True  # False: that context for every amount sentence (slower, no better so far)
FULL_PARSE_ENV = "NEWSFACTS_FULL_PARSE"
_NEWLINE = re.compile(r"\n")
_QUOTE_FIGURE = re.compile(rf"(?<![\d/]){FRACTION.pattern}(?![\d/])")


class _Lexical(NamedTuple):
    """An article's tokens before NER: see :meth:`FastPipe._lexical`."""

    starts: np.ndarray  # bool per token: sentence starts
    line: np.ndarray  # int8 per token: 1 a sentence starts at a line break, -1 none may
    cols: np.ndarray  # LOWER, LIKE_NUM, IDX, ORTH, IS_PUNCT, IS_SPACE
    numeric: np.ndarray  # bool per token: is or holds a figure
    cue: np.ndarray  # indices of currency cue tokens
    with_figure: np.ndarray = np.zeros(0, dtype=np.int64)  # cues with a figure near

    @property
    def can_hold_money(self) -> bool:
        """A currency cue has a figure within CUE_WINDOW tokens: else no amount can be
        found, and the article needs no NER and no parse."""
        return bool(self.with_figure.size)


class FastPipe:
    """``nlp`` split up: NER only where money can be, the parse only near amounts.

    In ``en_core_web_sm`` the ``ner`` component has its own tok2vec, so NER
    needs nothing the tagger or parser compute. Money is rare in news, and
    the amount finder and the linker read tags, lemmas and the parse only in
    and around the sentences with amounts. So:

    1. the tokenizer runs over the whole text; ``newsfacts_sentences`` and
       spaCy's punctuation sentencizer (both reimplemented over arrays, same
       output) split it into sentences. An article where no currency cue has
       a figure within :data:`CUE_WINDOW` tokens cannot hold an amount: it
       gets no NER and no parse (about half of general news). The others get
       ``ner`` over the whole text;
    2. an article with a currency cue (a MONEY entity; a currency symbol,
       code or word within :data:`CUE_WINDOW` tokens of a figure) gets these
       sentences parsed: those with a cue, those with a bare figure that may
       take an amount's currency ("6.2 mln vs 8.9 mln", earnings-table
       rows), the rest of a short line (a headline) around them and, when
       one holds a referring word, the sentences the linker may look back to
       (:data:`CONTEXT_SENTENCES`, :data:`LEAD_SENTENCES`). Each run of them
       is copied out as a small doc with the full pipeline's preset line-break
       sentence starts, and tok2vec, tagger, parser, attribute ruler and
       lemmatizer process it (the last two through the per-token caches of
       pipeline/nlp/lemmas.py);
    3. their tags, lemmas, parse and sentences are written back into the
       whole doc (its other tokens keep NER's entities and the segmenter's
       sentences), and the components after ``ner`` (the gazetteer, the
       amount finder, the linker) run on it in the pipeline's order; the
       amount finder only on articles with a cue, and only in the parsed
       sentences (``Doc.user_data[SEARCH_REGIONS]``).

    On the gold sets the facts equal ``nlp.pipe``'s but for a few where the
    full parser ran a sentence across a region's edge, or NER's choice
    depended on the parser's sentences. ``NEWSFACTS_FULL_PARSE=1`` switches
    the fast path off (see :func:`pipe_docs`).
    """

    def __init__(self, nlp: Language) -> None:
        names = nlp.pipe_names
        if "ner" not in names or "newsfacts_amounts" not in names:
            raise ValueError(
                f"the fast path needs 'ner' and 'newsfacts_amounts' in the pipeline; "
                f"it has {', '.join(names)}. Load it with pipeline.nlp.load.load_nlp()"
            )
        i_ner, i_amounts = names.index("ner"), names.index("newsfacts_amounts")
        if i_amounts < i_ner:
            raise ValueError("newsfacts_amounts must come after ner")
        self.nlp = nlp
        pipeline = list(nlp.pipeline)
        self.parse = [(n, _cached(p)) for n, p in pipeline[:i_ner] if n != "newsfacts_sentences"]
        self.whole = pipeline[i_ner : i_ner + 1]
        # the components after ner read tags and the parse where there are any: they
        # run on the whole doc once it is merged, in the pipeline's order
        self.after = pipeline[i_ner + 1 :]
        self.line_sentences = (
            nlp.get_pipe("newsfacts_sentences") if "newsfacts_sentences" in names else None
        )
        strings = nlp.vocab.strings
        self.punct = np.array(
            sorted({strings.add(c) for c in Sentencizer.default_punct_chars}), dtype="uint64"
        )
        amounts = _amount_finder(nlp)
        lex = amounts.lexicon
        self.cues = np.array(sorted({strings.add(w) for w in _cue_words(lex)}), dtype="uint64")
        self.scales = np.array(sorted({strings.add(w.lower()) for w in lex.scales}), dtype="uint64")
        versus = {strings.add(w) for w in ("vs", "vs.", "versus")}
        self.versus = np.array(sorted(versus), dtype="uint64")
        scale_alt = "|".join(re.escape(w) for w in sorted(lex.scales, key=len, reverse=True))
        self._scaled = re.compile(rf"\b\d[\d.,]*(?:{scale_alt})\b", re.IGNORECASE)
        # "$5", "HK$", "50p", "Rs500": a currency symbol, a minor unit or a prefix glued to digits,
        symbols = "".join(sorted(re.escape(s) for s in lex.symbols if len(s) == 1))
        # and an ISO code glued to its figure in capitals ("USD5m", "MXP1.3bn")
        codes = "|".join(sorted(lex.codes))
        self._fused = re.compile(
            rf"(?i:\d(?:p|c|cts?)\b|[{symbols}]|{glued_prefix(lex)})|\b(?:{codes})\d"
        )
        self._lone = LoneCues(lex, strings)  # "costs a pound": an amount with no figure
        # every label of an earnings-table row, money or not ("Avg shrs")
        self.table_labels = {
            label.lower() for label in amounts.rows.labels | amounts.rows.not_labels
        }
        self.rows, self.money_words = amounts.rows, lex
        refs = _ref_words(_linker_words(nlp))
        self.refs = np.array(sorted({strings.add(w) for w in refs}), dtype="uint64")
        self.org = strings.add("ORG")
        self.money = strings.add("MONEY")

    def can_hold_money(self, text: str) -> bool:
        """Whether ``text`` gets NER and the parse (see :class:`_Lexical`)."""
        return self._lexical(self.nlp.make_doc(text), text).can_hold_money

    def __call__(self, text: str) -> Doc:
        return next(self.pipe([text]))

    def pipe(self, texts: Iterable[str | Doc], *, batch_size: int = 64) -> Iterator[Doc]:
        """Docs as ``nlp.pipe`` gives them, for the facts (see the class docstring).
        A Doc given (from ``make_doc``, with its ``user_data``) is used as it is."""
        it = iter(texts)
        while True:
            chunk = [text for _, text in zip(range(batch_size), it, strict=False)]
            if not chunk:
                return
            yield from self._batch(chunk, batch_size)

    def _batch(self, given: list[str | Doc], batch_size: int) -> list[Doc]:
        docs = [self.nlp.make_doc(t) if isinstance(t, str) else t for t in given]
        texts = [t if isinstance(t, str) else doc_text(t) for t in given]
        for doc, text in zip(docs, texts, strict=True):
            remember_text(doc, text)
        lexical = [self._lexical(doc, text) for doc, text in zip(docs, texts, strict=True)]
        ner_docs = []
        for doc, lex in zip(docs, lexical, strict=True):
            if lex.can_hold_money:
                # NER never runs an entity across a sentence start; in the full pipeline
                # it sees the parser's sentences ("MBNA\n\nBank of America" is two names)
                preset_sentences(doc, lex.starts)
                ner_docs.append(doc)
        for _name, proc in self.whole:
            ner_docs = list(_run(proc, ner_docs, batch_size))
        plans = [
            self._plan(doc, text, lex) if lex.can_hold_money else (lex.starts, [], lex.line)
            for doc, text, lex in zip(docs, texts, lexical, strict=True)
        ]
        subs = []
        for doc, (_starts, regions, line) in zip(docs, plans, strict=True):
            for a, b in regions:
                sub = doc[a:b].as_doc()
                # only the line-break sentence starts are preset, as in the full pipeline
                col = line[a:b].astype("int64")  # -1: a wrapped line goes on
                col[0] = 1
                sub.from_array([SENT_START], cast(Ints2d, col.astype("uint64").reshape(-1, 1)))
                subs.append(sub)
        for _name, proc in self.parse:
            subs = list(_run(proc, subs, batch_size))
        k = 0
        money = []  # the docs that can hold an amount
        for doc, (starts, regions, _lines) in zip(docs, plans, strict=True):
            mine = subs[k : k + len(regions)]
            k += len(regions)
            merge(doc, starts, regions, mine)
            if regions:
                doc.user_data[SEARCH_REGIONS] = regions
                money.append(doc)
            else:
                doc._.amounts = []
        for name, proc in self.after:
            if name == "newsfacts_amounts":
                money = list(_run(proc, money, batch_size))
            else:
                docs = list(_run(proc, docs, batch_size))
        return docs

    def _lexical(self, doc: Doc, text: str) -> _Lexical:
        """What the tokens alone say: sentences, figures, currency cues with a figure."""
        n = len(doc)
        cols = doc.to_array([LOWER, LIKE_NUM, IDX, ORTH, IS_PUNCT, IS_SPACE])
        if not n:
            empty = np.zeros(0, dtype=bool)
            return _Lexical(empty, empty, cols, empty, np.zeros(0, dtype=np.int64))
        line = self._line_starts(doc, cols[:, 2], text)
        starts = (line > 0) | punct_starts(
            np.isin(cols[:, 3], self.punct), cols[:, 4].astype(bool)
        )
        starts[0] = True
        numeric = figures(cols, text) | self._lone.figures(cols[:, 0])
        cue = self._cue_tokens(cols[:, 0], cols[:, 2], text)
        lo, hi = np.maximum(cue - CUE_WINDOW, 0), np.minimum(cue + CUE_WINDOW + 1, n)
        num_cs = np.concatenate(([0], np.cumsum(numeric)))
        return _Lexical(starts, line, cols, numeric, cue, cue[num_cs[hi] - num_cs[lo] > 0])

    @staticmethod
    def _near(cue: np.ndarray, n: int) -> np.ndarray:
        """Tokens within CUE_WINDOW of a cue."""
        window = np.zeros(n + 1, dtype=np.int32)
        np.add.at(window, np.maximum(cue - CUE_WINDOW, 0), 1)
        np.add.at(window, np.minimum(cue + CUE_WINDOW + 1, n), -1)
        return np.cumsum(window[:n]) > 0

    def _figure_sentences(
        self, lower, numeric, space, idx, text: str, sent_id, n_sents: int
    ) -> np.ndarray:
        """Sentences with a bare figure ("6.2 mln vs 8.9 mln", "Net 7,168,000 vs 11.3
        mln") or an earnings-table row ("Shr 18 cts vs 1.10 dlrs"): they may take the
        currency of another amount of the article."""
        chosen = np.zeros(n_sents, dtype=bool)
        bare = np.isin(lower, self.scales) & np.concatenate(([False], numeric[:-1]))
        # "vs 8.9", "vs\n78,000": a figure next, or after a line break
        space = space.astype(bool)
        after = np.zeros(len(numeric), dtype=bool)
        after[:-1] = numeric[1:]
        after[:-2] |= space[1:-1] & numeric[2:]
        bare |= np.isin(lower, self.versus) & after
        # a stock quote's bare eighths: "Inco closed 1-3/8 lower at 19-3/8"
        scaled = [m.start() for m in self._scaled.finditer(text)]
        scaled += [m.start() for m in _QUOTE_FIGURE.finditer(text)]
        if scaled:
            bare[np.searchsorted(idx, np.array(scaled), side="right") - 1] = True
        chosen[sent_id[bare]] = True
        rows = [at for at, word in row_starts(text) if word.lower() in self.table_labels]
        if rows:
            chosen[sent_id[np.searchsorted(idx, np.array(rows), side="right") - 1]] = True
        return chosen

    @staticmethod
    def _whole_lines(chosen: np.ndarray, idx, text: str, bounds, sent_id) -> None:
        """Add the rest of each chosen sentence's line when it is short (a headline)."""
        for s in np.flatnonzero(chosen):
            at = int(idx[bounds[s]])
            lo_c, hi_c = line_bounds(text, at)
            if hi_c - lo_c <= HEADLINE_MAX_CHARS:
                first = max(int(np.searchsorted(idx, lo_c, side="right")) - 1, 0)
                last = max(int(np.searchsorted(idx, hi_c, side="left")) - 1, first)
                chosen[sent_id[first] : sent_id[last] + 1] = True

    def _cue_tokens(self, lower: np.ndarray, idx: np.ndarray, text: str) -> np.ndarray:
        """Tokens holding a currency word, code or symbol, or a fused unit ("50p")."""
        hot = np.isin(lower, self.cues)
        fused = [m.start() for m in self._fused.finditer(text)]
        if self.rows.results_headline(text):  # "Shr not given / Net 788,099": the table's cue
            fused += [at for at, word in row_starts(text) if word.lower() in self.rows.labels]
        if "<" in text:  # a quote list: "Exxon <XON> one to 83-1/8" names no currency
            fused += [m.start("move") for m in ticker_quotes(text, self.money_words)]
        if fused:  # "$5", "HK$", "50p": the tokens holding a symbol or a fused unit
            hot[np.searchsorted(idx, np.array(fused), side="right") - 1] = True
        return np.flatnonzero(hot)

    def _plan(
        self, doc: Doc, text: str, lex: _Lexical
    ) -> tuple[np.ndarray, list[tuple[int, int]], np.ndarray]:
        """Sentence starts of the whole doc, the token ranges to parse, line-break starts."""
        n = len(doc)
        starts, line, cols, numeric = lex.starts, lex.line, lex.cols, lex.numeric
        if not n:
            return starts, [], line
        lower, idx = cols[:, 0], cols[:, 2]
        ent_type = doc.to_array(ENT_TYPE)
        sent_id = np.cumsum(starts) - 1
        bounds = np.append(np.flatnonzero(starts), n)
        n_sents = len(bounds) - 1

        # currency cues with a figure within CUE_WINDOW tokens, and MONEY entities
        chosen = np.zeros(n_sents, dtype=bool)
        chosen[sent_id[lex.with_figure]] = True
        if lex.with_figure.size:  # the figure of "12\nmln dlrs" across a line break
            chosen[sent_id[self._near(lex.cue, n) & numeric]] = True
        chosen[sent_id[ent_type == self.money]] = True
        has_org = np.zeros(n_sents, dtype=bool)
        has_org[sent_id[ent_type == self.org]] = True
        if not chosen.any():
            return starts, [], line
        chosen |= self._figure_sentences(lower, numeric, cols[:, 5], idx, text, sent_id, n_sents)
        amount_sents = np.flatnonzero(chosen)
        self._whole_lines(chosen, idx, text, bounds, sent_id)
        # what the linker may look back to for the company in focus: the subjects of
        # the sentences before (only a sentence naming an organization can have one)
        # and of the article's opening sentences
        context = np.zeros(n_sents, dtype=bool)
        if CONTEXT_SENTENCES or LEAD_SENTENCES:
            if REFS_ONLY:
                has_ref = np.zeros(n_sents, dtype=bool)
                has_ref[sent_id[np.isin(lower, self.refs)]] = True
                amount_sents = amount_sents[has_ref[amount_sents]]
            for s in amount_sents:
                context[max(0, s - CONTEXT_SENTENCES) : s] = True
            context &= has_org
            context[np.maximum(amount_sents - 1, 0)] = True
            if amount_sents.size:  # the lead may be a proper-noun subject NER missed
                context[:LEAD_SENTENCES] = True
            chosen |= context
        regions = runs(chosen, bounds)
        return starts, regions, line

    def _line_starts(self, doc: Doc, idx: np.ndarray, text: str) -> np.ndarray:
        """What ``newsfacts_sentences`` marks, looking only at tokens next to a line break:
        1 a sentence start, -1 no sentence start, 0 the parser decides."""
        from pipeline.nlp.sentences import _line_ends_sentence, line_continues, name_goes_on

        n = len(doc)
        line = np.zeros(n, dtype=np.int8)
        if self.line_sentences is None:
            return line
        breaks = [m.start() for m in _NEWLINE.finditer(text)]
        if not breaks:
            return line
        for i in np.unique(np.searchsorted(idx, np.array(breaks), side="right") - 1):
            i = int(i)
            if i + 1 >= n:
                continue
            nxt = doc[i + 1]
            if nxt.is_space:
                continue
            if line_continues(text, doc[i], nxt):
                line[i + 1] = -1
            elif _line_ends_sentence(text, doc[i], nxt):
                line[i + 1] = 1
                if text[doc[i].idx : nxt.idx].count("\n") > 1:  # a paragraph's first name
                    line[name_goes_on(nxt)] = -1  # "KUALA LUMPUR (Aug 29):"
        return line


def _cached(proc):
    """The attribute ruler and the lemmatizer, answering once per distinct token."""
    from spacy.pipeline import AttributeRuler, Lemmatizer

    from pipeline.nlp.lemmas import CachedAttributeRuler, CachedLemmatizer

    if isinstance(proc, AttributeRuler):
        return CachedAttributeRuler(proc)
    if isinstance(proc, Lemmatizer):
        return CachedLemmatizer(proc)
    return proc


def _run(proc, docs: list[Doc], batch_size: int) -> Iterable[Doc]:
    if hasattr(proc, "pipe"):
        return proc.pipe(docs, batch_size=batch_size)
    return (proc(doc) for doc in docs)


def _amount_finder(nlp: Language) -> AmountFinder:
    amounts = nlp.get_pipe("newsfacts_amounts")
    if not isinstance(amounts, AmountFinder):
        raise TypeError(f"newsfacts_amounts is a {type(amounts).__name__}, not an AmountFinder")
    return amounts


def _linker_words(nlp: Language) -> CompanyData | None:
    """The linker's word lists, initialized; None when the pipeline has no linker."""
    linker = nlp.get_pipe("newsfacts_linker") if "newsfacts_linker" in nlp.pipe_names else None
    return linker.company_words if isinstance(linker, Linker) else None


def _cue_words(lex: Lexicon) -> set[str]:
    """Every word of a currency name, symbol, code or minor unit, lowercased."""
    words: set[str] = set()
    for phrase in (*lex.currencies, *lex.symbols, *lex.bare_words, *lex.minor_words):
        words.add(phrase.lower().split()[-1])  # "hong kong dollars" needs "dollars"
    words.update(c.lower() for c in lex.codes)
    return words


def _ref_words(data: CompanyData | None) -> set[str]:
    """Words the linker resolves to the company in focus ("it", "the company"): its
    referring words of every kind (models/companies/refer_words.jsonl), the nouns
    also in the plural; without a linker, none (nothing resolves them).

    Relative pronouns ("which", "who", "that") are left out: the linker reads
    them off the noun they hang from, in the same sentence.
    """
    if data is None:
        return set()
    relative = {"which", "who", "that"}
    words = set(data.ref_pronouns | data.ref_nouns | data.owned_nouns | data.name_heads) - relative
    for word in data.ref_nouns - relative:
        words.update((word + "s", word + "es", word[:-1] + "ies"))
    return words | DEAL_REFS  # "The $1.75bn deal": the sides an earlier sentence named


@lru_cache(maxsize=4)
def fast_pipe(nlp: Language) -> FastPipe:
    """The fast path of ``nlp``, built once per loaded pipeline."""
    return FastPipe(nlp)


def pipe_docs(
    nlp: Language,
    texts: Iterable[str],
    *,
    batch_size: int = 64,
    dates: Iterable[str] | None = None,
    urls: Iterable[str] | None = None,
) -> Iterator[Doc]:
    """Docs for ``texts`` through the fast path of ``nlp`` (see :class:`FastPipe`).

    ``dates``: each text's ISO publication date ("" when unknown), for the
    components that read it (``Doc.user_data[STORY_DATE]``: the story's currency);
    ``urls``: each text's web address ("" when unknown), ``Doc.user_data[STORY_URL]``
    (a local paper's bare "$": pipeline/money/story_dollar.py). Both need ``dates``.
    ``NEWSFACTS_FULL_PARSE=1`` in the environment parses every sentence
    (plain ``nlp.pipe``): the reference the fast path is compared with.
    """
    given: Iterable[str | Doc] = texts
    if dates is not None:
        days = list(dates)
        where = list(urls) if urls is not None else [""] * len(days)
        given = [
            _dated(nlp, text, day, url)
            for text, day, url in zip(texts, days, where, strict=True)
        ]
    if os.environ.get(FULL_PARSE_ENV) == "1":
        return nlp.pipe(given, batch_size=batch_size)
    return fast_pipe(nlp).pipe(given, batch_size=batch_size)


def _dated(nlp: Language, text: str, day: str, url: str = "") -> Doc:
    doc = nlp.make_doc(text)
    remember_text(doc, text)
    doc.user_data[STORY_DATE] = day
    if url:
        doc.user_data[STORY_URL] = url
    return doc
