"""Article -> Doc -> Facts: one fact per (amount, company), with provenance offsets.

:func:`analyse` runs the pipeline over a list of articles (what a worker
does with each task); :func:`doc_facts` is a pure function over a processed
Doc; only the components write to the Doc.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from cleanco import basename
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.companies.mentions import clean_name, normalize_company
from pipeline.money.fx import usd_value
from pipeline.money.lexicon import load_lexicon
from pipeline.money.scale_noise import without_scale
from pipeline.nlp.doccache import doc_text, sent_of
from pipeline.nlp.guard import pieces, tame
from pipeline.nlp.language import other_language
from pipeline.nlp.warm import learn_chunks
from pipeline.types import Article, ErrorRow, Fact

if TYPE_CHECKING:
    from pipeline.companies.gazetteer import CompanyEntry
    from pipeline.link.rules.parse import Link

# An article's facts, with an error row for each amount too large to be real; or the
# error row that stopped the article.
Result = list[Fact | ErrorRow] | ErrorRow

# More US dollars than the world produces in a year (about 105 trillion in 2023):
# an amount over it is a misreading ("$4.5bn trillion"), rejected into the errors.
PLAUSIBLE_USD = Decimal("1.1e14")
# Characters the model takes in one batch: a worker's memory grows with the batch's text
# (310 MB resident for one 20,000-character piece, 900 MB for 200,000 characters), so the
# pieces of a long article, or a batch of long ones, are never all in memory at once.
BATCH_CHARS = 50_000

# Told (first, last): the positions in the task of the articles the work in progress
# belongs to (one article, or the run of articles a batched model stage holds), so that a
# worker past its deadline is charged for the article it was on (pipeline/workers.py).
Mark = Callable[[int, int], None]


def _no_mark(first: int, last: int) -> None:
    return None


def analyse(nlp: Language, articles: Sequence[Article], *, mark: Mark = _no_mark) -> list[Result]:
    """Facts of each article (or the ErrorRow that stopped it), in order.

    The work runs in ``nlp.memory_zone()``: the strings and lexemes the
    articles add to the vocabulary are freed when it returns (only plain facts
    leave it), so a worker's memory stays flat over a run of any length.
    ``mark`` is told which articles the work in progress belongs to (see Mark).
    """
    learn_chunks(nlp, [a.text for a in articles])  # outside the zone: the tokenizer keeps them
    with nlp.memory_zone():
        return _analyse(nlp, articles, mark)


class _Job(NamedTuple):
    """One piece of one article: what the model reads, and how its offsets map back."""

    at: int  # the article's position in the task
    piece: Article  # the piece (after its head) as an article: its facts' offsets are local
    shift: int  # added to a local offset to point into the whole text
    head: int  # characters of context before the piece: facts there are not this piece's


def _jobs(index: int, article: Article) -> list[_Job]:
    """The pieces of ``article`` (see pipeline.nlp.guard); one job for most articles."""
    parts = pieces(article.text)
    if len(parts) == 1:
        return [_Job(index, article, 0, 0)]
    out = []
    for part in parts:
        text = part.head + article.text[part.start : part.end]
        piece = Article(
            article.source, article.record, text, url=article.url, published=article.published
        )
        out.append(_Job(index, piece, part.start - len(part.head), len(part.head)))
    return out


def _analyse(nlp: Language, articles: Sequence[Article], mark: Mark) -> list[Result]:

    out: list[Result | None] = [None] * len(articles)
    jobs: list[_Job] = []
    for i, article in enumerate(articles):
        mark(i, i)
        skip = _not_readable(nlp, article)
        if skip is None:
            out[i] = []
            jobs.extend(_jobs(i, article))
        else:
            out[i] = skip
    for group in _groups(jobs):
        _run(nlp, group, articles, out, mark)
    return out  # type: ignore[return-value]


def _groups(jobs: list[_Job]) -> Iterator[list[_Job]]:
    """Jobs in runs of at most BATCH_CHARS characters (a batch's memory grows with its text)."""
    group: list[_Job] = []
    size = 0
    for job in jobs:
        if group and size + len(job.piece.text) > BATCH_CHARS:
            yield group
            group, size = [], 0
        group.append(job)
        size += len(job.piece.text)
    if group:
        yield group


def _marked_texts(jobs: list[_Job], texts: list[str], mark: Mark) -> Iterator[str]:
    """The texts, each marked as its article's when taken (the tokenizer runs then)."""
    for job, text in zip(jobs, texts, strict=True):
        mark(job.at, job.at)
        yield text


def _marked_jobs(jobs: list[_Job], mark: Mark) -> Iterable[_Job]:
    """The jobs; before each one's doc is taken, the model's batched stages may run over
    it and the jobs after it: they are marked as the run from it to the group's last."""
    for job in jobs:
        mark(job.at, jobs[-1].at)
        yield job


def _run(
    nlp: Language,
    jobs: list[_Job],
    articles: Sequence[Article],
    out: list[Result | None],
    mark: Mark = _no_mark,
) -> None:
    """Facts of each job into ``out``; an article that breaks the pipeline gets an error row."""
    from pipeline.nlp.fastpipe import pipe_docs

    texts = [tame(j.piece.text) for j in jobs]
    done = 0
    try:
        # streamed: each doc is read into facts and dropped
        marked = _marked_texts(jobs, texts, mark)
        docs = pipe_docs(
            nlp,
            marked,
            dates=[j.piece.published for j in jobs],
            urls=[j.piece.url for j in jobs],
        )
        for job, doc in zip(_marked_jobs(jobs, mark), docs, strict=True):
            mark(job.at, job.at)
            _collect(job, doc, articles, out)
            done += 1
    except Exception:  # noqa: BLE001 - find the article that breaks the pipeline
        for job, text in zip(jobs[done:], texts[done:], strict=True):
            if isinstance(out[job.at], ErrorRow):
                continue
            mark(job.at, job.at)
            try:
                for doc in pipe_docs(
                    nlp, [text], dates=[job.piece.published], urls=[job.piece.url]
                ):
                    _collect(job, doc, articles, out)
            except Exception as exc:  # noqa: BLE001
                out[job.at] = error_row(articles[job.at], "nlp", f"NLP failed: {exc}")


def _collect(job: _Job, doc: Doc, articles: Sequence[Article], out: list[Result | None]) -> None:
    """Add the facts of one piece's doc to its article's result."""
    found = out[job.at]
    if not isinstance(found, list):
        return
    rejected: list[ErrorRow] = []
    facts = doc_facts(doc, job.piece, rejected)
    if job.piece is not articles[job.at]:  # one of several pieces: offsets into the whole
        whole = articles[job.at]
        facts = [_shifted(f, job, whole) for f in facts if f.sentence_start >= job.head]
        rejected = [r for r in rejected if r not in found]
    found.extend([*facts, *rejected])


def _shifted(fact: Fact, job: _Job, article: Article) -> Fact:
    """A piece's fact with offsets into the whole text and the whole article's id."""
    move = job.shift
    words = ";".join(_shift_word(w, move) for w in fact.sector_words.split(";") if w)
    return replace(
        fact,
        article_id=article.article_id,
        sentence_start=fact.sentence_start + move,
        sentence_end=fact.sentence_end + move,
        amount_start=fact.amount_start + move,
        amount_end=fact.amount_end + move,
        sector_words=words,
    )


def _shift_word(word: str, move: int) -> str:
    """``"plant@120-125"`` moved by ``move`` characters."""
    name, at, span = word.rpartition("@")
    first, dash, last = span.partition("-")
    if not (at and dash and first.isdigit() and last.isdigit()):
        return word
    return f"{name}@{int(first) + move}-{int(last) + move}"


def _not_readable(nlp: Language, article: Article) -> ErrorRow | None:
    """Why ``article`` gets no NLP (not English), or None. Length is no reason: long
    texts are read in pieces."""
    other = other_language(article.text)
    if other is not None:
        name, prob = other
        return error_row(
            article,
            "language",
            f"the text reads as {name} ({prob:.0%}), not English; newsfacts reads English "
            "news only, so it was skipped",
        )
    return None


def where(article: Article) -> str:
    return article.source + (f" [record {article.record}]" if article.record else "")


def error_row(article: Article, reason: str, message: str) -> ErrorRow:
    return ErrorRow(article.source, article.record, reason, f"{where(article)}: {message}")


def doc_facts(doc: Doc, article: Article, rejected: list[ErrorRow] | None = None) -> list[Fact]:
    """Every amount in ``doc`` as facts: one per linked company, or one with company ''.

    An amount worth more than :data:`PLAUSIBLE_USD` is no fact; it is added to
    ``rejected`` (when given) as an error row that quotes it.
    """
    article_id = article.article_id
    known = _known_companies(doc)
    text = article.text
    if not len(doc) or len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
        text = doc_text(doc)  # not the article's own doc: read it off the doc
    out: list[Fact] = []
    for span in doc._.amounts:
        money = span._.money
        if money is None:
            continue
        s_start, s_end = sentence_bounds(span, text)
        usd = usd_value(money, article.published)
        fixed = without_scale(span.text, money, usd.amount_usd if usd is not None else None)
        if fixed is not None:  # "a 1,035,767 mln dlr contract" is 1,035,767 dollars
            money, usd = fixed, usd_value(fixed, article.published)
        if usd is not None and usd.amount_usd is not None and usd.amount_usd > PLAUSIBLE_USD:
            if rejected is not None:
                rejected.append(_implausible(article, span.text, usd.amount_usd))
            continue
        links = list(span._.links) or [None]
        a_end = amount_end(span)
        for link in links:
            canonical, ticker = company_identity(link, known) if link else ("", "")
            out.append(
                Fact(
                    article_id=article_id,
                    sentence_start=s_start,
                    sentence_end=s_end,
                    sentence=text[s_start:s_end],
                    amount_start=span.start_char,
                    amount_end=a_end,
                    amount_text=text[span.start_char : a_end],
                    money=money,
                    company=link.company if link else "",
                    company_canonical=canonical,
                    company_ticker=ticker,
                    sector=(link.sector if link else "") or span._.sector or "",
                    kind=span._.kind or "other",
                    kind_rule=_kind_rule(span),
                    equivalents=tuple(span._.equivalents or ()),
                    rule=_rule_text(link),
                    role=link.role if link else "",
                    sector_words=span._.sector_words or "",
                    target_year=span._.target_year,
                    amount_usd=usd.amount_usd if usd else None,
                    usd_rate=usd.rate if usd else None,
                    usd_rate_date=usd.rate_date if usd else "",
                    currency_source=span._.currency_source or "",
                )
            )
    return out


def _implausible(article: Article, text: str, usd: Decimal) -> ErrorRow:
    return error_row(
        article,
        "implausible",
        f"the amount {text!r} reads as {usd:,.0f} USD, more than the world's yearly "
        "output; it was not stored (check the figure and its scale words)",
    )


def _known_companies(doc: Doc) -> dict[str, CompanyEntry | None]:
    """Gazetteer entries of the doc's company mentions, by normalized name; None for a
    name that holds an entry's name but is another company ("Shell Australia Ltd")."""
    known: dict[str, CompanyEntry | None] = {}
    if Doc.has_extension("company_refused"):
        known.update((normalize_company(clean_name(s.text)), None) for s in doc._.company_refused)
    if Doc.has_extension("companies"):
        for span, entry in doc._.companies:
            for key in (normalize_company(span.text), normalize_company(entry.name)):
                if known.get(key) is None:  # a name that is the company wins over a refusal
                    known[key] = entry
    return known


def company_identity(link: Link, known: dict[str, CompanyEntry | None]) -> tuple[str, str]:
    """(canonical name, ticker): the gazetteer's entry, else the name with suffixes folded.
    A company the tagger found to be another than the entry inside its name keeps its
    own name, even when the sentence calls it by the entry's ("Shell" for "Shell
    Australia Ltd")."""
    for name in (link.company, getattr(link, "mention", "")):
        key = normalize_company(name) if name else ""
        if key in known and known[key] is None:
            break
        entry = known.get(key) if key else None
        if entry is not None:
            return entry.name, entry.ticker or ""
    return canonical_name(link.company), ""


def canonical_name(name: str) -> str:
    """A company's name with its legal suffix folded: "Kaveri Power Ltd" -> "Kaveri Power"."""
    return basename(name).strip() or name


def sentence_bounds(span: Span, text: str | None = None) -> tuple[int, int]:
    """Character offsets of the span's sentence, without surrounding whitespace."""
    sent = sent_of(span.doc, span.start)
    text = doc_text(span.doc) if text is None else text
    start, end = sent.start_char, sent.end_char
    while start < span.start_char and text[start].isspace():
        start += 1
    while end > span.end_char and text[end - 1].isspace():
        end -= 1
    return start, end


def _kind_rule(span: Span) -> str:
    """The rules' kind, which the kind model may have overruled (the audit shows both)."""
    return (span._.kind_rule or "") if Span.has_extension("kind_rule") else ""


def _rule_text(link) -> str:
    if link is None:
        return ""
    path = getattr(link, "path", "")
    return f"{link.rule}: {path}" if path else link.rule


def amount_end(span: Span) -> int:
    """Where an amount's words end: before the sentence's full stop that the tokenizer
    glued to a scale as an abbreviation ("a fee over £35m." has the token "m.")."""
    last = span[-1].text
    if last.endswith(".") and last[:-1].lower() in load_lexicon().scales:
        return span.end_char - 1
    return span.end_char
