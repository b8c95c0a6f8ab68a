"""Whether the article's lead is a company, for the ``article-focus`` rule.

FACTS.md ``company``: money whose sentence names no owner belongs to the company
the article is about. :func:`pipeline.link.rules.known.surely_company` accepts a
lead the gazetteer knows, a legal form or company word marks, or an appositive
calls a company; many leads are companies by none of these ("Ford", "Sun",
"Virgin Blue", which NER tags a person). The article itself often says so:

- the name owns what only a company has: "local Ford employees", "Sun's chief
  operating officer", "Acme shares", "shareholders of Acme";
- it is called a business ("Australian airline Virgin Blue") even where NER
  tagged it a person: "airline" is no person's role, unlike "producer".

A story of briefs moves on from its lead: where the last sentences are about another
company that reports its results ("Cheese maker Caledonia Foods has reported a fall in
turnover and profits"), and the story has not named its lead since, that company takes
the brief's ownerless money (``how`` = "topic").

The fast path leaves most sentences unparsed, so the evidence is read from the
words around each mention, not from the parse. The name the article mentions
most is no substitute for a lead that is not a company: in market stories it is
the source of the figures ("according to Rightmove").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.companies.mentions import Mention
from pipeline.companies.not_here import called_a_company
from pipeline.link.context import DocContext
from pipeline.link.labels import line_label
from pipeline.link.rules.estimates import forecaster
from pipeline.link.rules.known import surely_company
from pipeline.link.rules.markets import many_companies
from pipeline.nlp.doccache import doc_text, sent_of
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/focus_words.jsonl")
COMPANY_PARTS = _WORDS["company_parts"]
PARTS_OF = _WORDS["parts_of"]
BUSINESS_NOUNS = _WORDS["business_nouns"]
CHIEF_TITLES = _WORDS["chief_titles"]
RESULTS_WORDS = _WORDS["results_words"]
# the name's own clause: not "X's List of Best Companies, What Are Their Profits?"
STOPS = frozenset(".,;:?!()[]")
_BE = _WORDS["copula_forms"]  # "were the main source of profits": no report
RESULTS_WINDOW = 12  # words after the name: "KCB has registered a 5 percent increase in net profit"
_POSSESSIVE = frozenset({"'s", "’s", "'"})


SOURCE_NOUNS = _WORDS["source_nouns"]
SOURCE_OPENERS = _WORDS["source_openers"]


def focus_company(ctx: DocContext, tok: Token | None = None) -> Mention | None:
    """The article's lead when it is a company, else None: not one the article names
    only as the source of its figures ("Thomson Reuters data released on Tuesday
    showed", "according to Renaissance Capital"). In a round-up's paragraph labelled
    with a company ("Seatrium: ..."), that company (labels.py)."""
    label = line_label(ctx, tok) if tok is not None else None
    if label is not None:
        return label
    lead = ctx.lead()
    if lead is None or only_source(ctx, lead):
        return None
    return lead if company_evidence(ctx, lead) else None


def only_source(ctx: DocContext, lead: Mention) -> bool:
    """Every mention of ``lead``'s company is a source: after "according to", "data
    from", "a survey by", or before "data", "figures" (``focus_words.jsonl``)."""
    doc, name = ctx.doc, ctx.canonical(lead.name)
    same = [m for m in ctx.mentions if ctx.canonical(m.name) == name]
    return bool(same) and all(_is_source(doc, m.start, m.end) for m in same)


def _is_source(doc, start: int, end: int) -> bool:
    after = end + (end < len(doc) and doc[end].lower_ in _POSSESSIVE)
    if after < len(doc) and doc[after].lower_ in SOURCE_NOUNS:
        return True
    before = " ".join(t.lower_ for t in doc[max(0, start - 2) : start])
    if any(before.endswith(p) for p in SOURCE_OPENERS):
        return True
    return start >= 2 and doc[start - 1].lower_ == "by" and doc[start - 2].lower_ in SOURCE_NOUNS


def company_evidence(ctx: DocContext, lead: Mention) -> bool:
    """:func:`surely_company`, or the article shows the name is a company's."""
    if surely_company(ctx, lead):
        return True
    name = ctx.canonical(lead.name)
    same = [m for m in ctx.mentions if ctx.canonical(m.name) == name]
    return any(owns_part(ctx, m) or reports_results(ctx, m) for m in same) or any(
        called_a_company(ctx.doc, m.start, m.end, BUSINESS_NOUNS) for m in same
    )


def reports_results(ctx: DocContext, m: Mention) -> bool:
    """ "KCB has registered a 5 percent increase in net profit", "Acme's dividend": a
    profit or a dividend follows the name in its sentence before any other name does."""
    doc = ctx.doc
    stop = min(m.end + RESULTS_WINDOW, doc[m.start].sent.end)
    for tok in doc[m.end : stop]:
        if ctx.mention_at(tok) is not None or tok.text in STOPS or "\n" in tok.whitespace_:
            return False
        if tok.lower_ in _BE and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"):
            return False  # "U.K. Operations were the main source of profits": no report
            # (but "Acme members are to receive a profit share": Acme's plan)
        hyphened = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"  # "profit-taking"
        if tok.lower_ in RESULTS_WORDS and not hyphened:
            return True
    return False


def owns_part(ctx: DocContext, m: Mention) -> bool:
    """ "local Ford employees", "Sun's chief operating officer", "Acme shares",
    "shareholders of Acme": the name owns what only a company has."""
    doc = ctx.doc
    after = m.end + (m.end < len(doc) and doc[m.end].lower_ in _POSSESSIVE)
    if after < len(doc) and doc[after].lower_ in COMPANY_PARTS:
        return True
    if after + 1 < len(doc) and doc[after].lower_ == "chief":  # "Acme chief executive"
        return doc[after + 1].lower_ in CHIEF_TITLES
    return (
        m.start >= 2
        and doc[m.start - 1].lower_ in ("of", "in")
        and doc[m.start - 2].lower_ in PARTS_OF
    )



def article_company(ctx: DocContext, span: Span) -> tuple[Mention | None, str]:
    """The company ownerless money goes to, and how it was found: a round-up line's
    label, else the company a results brief of the story is about
    (:func:`running_topic`), else the article's lead when it is a company."""
    label = line_label(ctx, span[0])
    if label is not None:
        return label, "label"
    topic = running_topic(ctx, span)
    if topic is not None:
        return topic, "topic"
    return focus_company(ctx), "lead"  # the line's label is read above


def running_topic(ctx: DocContext, span: Span) -> Mention | None:
    """The company the amount's sentence or the sentences just before are about, when
    it is not the lead and the article shows it is a company: a brief on a second
    company ("Whisky liqueur maker Drambuie has reported a fall in turnover ... the
    pre-tax profit came in at £2.44m") keeps its money, not the first brief's lead."""
    verdict, m, how = ctx.focus(span.root, pronoun=False)
    if verdict != "company" or m is None or how in ("lead", "label"):
        return None
    if any(many_companies(t, ctx.data.ref_nouns) for t in span.sent):
        return None  # "The data posted by the 40 companies shows a profit of N1.55 trillion"
    if forecaster(ctx, span) is not None:
        return None  # "Kotak Securities had estimated a profit of Rs 7,670 crore": a broker's
    lead = ctx.lead()
    if lead is not None:
        name = ctx.canonical(lead.name)
        if ctx.canonical(m.name) == name or any(
            ctx.canonical(o.name) == name and m.start < o.start < span.start for o in ctx.mentions
        ):
            return None  # the story came back to its lead
    name = ctx.canonical(m.name)
    same = [o for o in ctx.mentions if ctx.canonical(o.name) == name and o.start < span.start]
    # a results brief, or a round-up's paragraph that opens on the company as its subject
    return m if any(reports_results(ctx, o) or opens_paragraph(ctx, o) for o in same) else None


def opens_paragraph(ctx: DocContext, m: Mention) -> bool:
    """ "Pick n Pay Stores has announced an acquisition ..." opening a paragraph: a
    round-up's item is about the company that opens it as its subject."""
    root = ctx.doc[m.start : m.end].root
    sent = sent_of(ctx.doc, root.i)
    before = doc_text(ctx.doc)[max(0, sent.start_char - 2) : sent.start_char]
    if "\n" not in before or root.dep_ not in ("nsubj", "nsubjpass") or m.start - sent.start > 2:
        return False
    return surely_company(ctx, m)  # not "Cuomo told a press conference ..."
