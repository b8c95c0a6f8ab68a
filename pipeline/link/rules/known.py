"""Whether the article's lead name is surely a company, before money with no owner
in its sentence is given to it (the ``article-focus`` rule).

NER takes film titles, people and bodies for organizations ("Ocean's Twelve took
$40.8m"); the rule that hands a sentence's ownerless money to the article's lead is
only as good as that lead. A lead counts as a company when the gazetteer knows it, a
wire ticker or legal suffix marks it, its name holds a company word ("Holdings",
"Airlines"), or the article calls it a company ("transport firm Metronet",
"Acme, the carmaker"). NER's PERSON tag yields to the first three
("James Hardie Industries") but not to the last ("producer Jon Thoday").
"""

from __future__ import annotations

import re
from collections.abc import Set

from spacy.tokens import Span, Token

from pipeline.companies.mentions import CORPORATE_WORDS, Mention
from pipeline.companies.not_here import called_a_company
from pipeline.companies.suffixes import LEGAL_SUFFIXES
from pipeline.link.context import SUBJECT_DEPS, DocContext
from pipeline.link.rules.markets import many_companies, market_total, the_peers
from pipeline.link.rules.parse import REPORT_VERBS
from pipeline.link.topic_roots import FORECASTERS
from pipeline.nlp.doccache import sent_of
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
PAYOUT_TAKERS = _WORDS["payout_takers"]
PAYOUT_VERBS = _WORDS["payout_verbs"]
_OWNER_WORDS = word_sets(MODELS_DIR / "link/owner_words.jsonl")
LENDER_NOUNS = _OWNER_WORDS["lender_nouns"]
EXPECT_VERBS = _OWNER_WORDS["expect_verbs"]  # "Analysts expected $7.17 billion"
_MARKED = frozenset({"TICKER", "SUFFIX", "DESCRIBED"})


def surely_company(ctx: DocContext, lead: Mention) -> bool:
    name = ctx.canonical(lead.name)
    if ctx.entry_for(name) is not None or ctx.entry_for(lead.name) is not None:
        return True
    # "Holden" beside "Holden Ltd": the same name but for its legal form
    bare = _bare(name)
    same = [m for m in ctx.mentions if ctx.canonical(m.name) == name or _bare(m.name) == bare]
    if any(m.label in _MARKED for m in same):
        return True
    words = [w for n in {name, *(m.name for m in same)} for w in re.findall(r"[\w&'-]+", n.lower())]
    if any(
        w in CORPORATE_WORDS or w.rstrip(".") in LEGAL_SUFFIXES or w in ctx.data.name_heads
        for w in words
    ):
        return True
    if any(t.ent_type_ == "PERSON" for t in ctx.doc[lead.start : lead.end]):
        return False  # "producer Jon Thoday": a person's title reads like a company word
    nouns = ctx.data.ref_nouns
    return any(called_a_company(ctx.doc, m.start, m.end, nouns) for m in same)


def _bare(name: str) -> str:
    """A name without its closing legal form: "Holden Ltd" -> "holden"."""
    words = name.lower().replace(",", " ").split()
    while len(words) > 1 and words[-1].rstrip(".") in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def focus_blocked(ctx: DocContext, span: Span, not_owners: Set[str]) -> bool:
    """Whether the sentence of ``span`` is about a government, a person, a place or a
    market ("analysts expect", "the market grew"): then its money is not the article's
    company's."""
    for tok in sent_of(ctx.doc, span.start):
        if tok.dep_ not in SUBJECT_DEPS or _speaker(tok, span) or ctx.filed_from(tok):
            continue
        if _is_lead(ctx, tok):
            continue  # the lead NER took for a place ("Krakatau expects")
        if tok.ent_type_ in ("PERSON", "GPE", "NORP", "LOC") or ctx.is_government(tok):
            if not _aside(tok, span):  # a person's or a state's deed in a clause aside
                return True
            continue
        if _payout_taker(tok):
            continue  # "investors receiving Sh0.97 per share": the company pays it out
        if tok.lemma_.lower() == "analyst" and _expected(tok, span):
            continue  # "Analysts expected $7.17 billion": the company's forecast result
        if (tok.lemma_.lower() in not_owners or _market_figure(ctx, tok)) and not (
            # analysts' say in a clause of their own; "the company share price"
            tok.lemma_.lower() in FORECASTERS and _joined(tok, span) or _company_words(ctx, tok)
        ):
            return True  # "the market grew", "Market capitalisation ... fell to"
        if (many_companies(tok, ctx.data.ref_nouns) or the_peers(tok, ctx.data.ref_nouns)) and (
            tok.lemma_.lower() not in LENDER_NOUNS  # "five lenders providing a credit facility"
        ):
            return True  # "At least ten companies have raked in N2.5trn": theirs together
    return False  # a product's price is its seller's (corpus/gold/dev/README.md)


def _joined(subject: Token, span: Span) -> bool:
    """ "Analysts were cautious, and the company share price was down at 1218 pence": the
    subject's clause and the amount's are two clauses joined by "and", each with its own
    subject (not "They were cautious, but expect $1.8bn")."""
    verb, tok = subject.head, span.root
    while tok.head.i != tok.i and tok.i != verb.i:
        if tok.dep_ == "conj" and tok.head.i == verb.i and tok.pos_ in ("VERB", "AUX"):
            return any(c.dep_ in SUBJECT_DEPS for c in tok.children)
        tok = tok.head
    return False


def _company_words(ctx: DocContext, noun: Token) -> bool:
    """ "the company share price", "the group sales figure": a company noun compounds it."""
    return any(
        c.dep_ == "compound" and c.text.islower() and c.lemma_ in ctx.data.ref_nouns
        for c in noun.children
    )


def _expected(analysts: Token, span: Span) -> bool:
    """ "Analysts expected $7.17 billion", "analysts had forecast a profit of 34 cents":
    the amount is the object of their verb of expecting, not of a clause after it
    ("analysts project that storage could become a 20 billion dlr business")."""
    verb = analysts.head
    if verb.lemma_.lower() not in EXPECT_VERBS:
        return False
    tok = span.root
    while tok.head.i != tok.i and tok.head.i != verb.i:
        if tok.dep_ in ("ccomp", "advcl", "xcomp", "relcl", "acl"):
            return False
        tok = tok.head
    return tok.head.i == verb.i and tok.dep_ in ("dobj", "prep", "npadvmod", "attr")


def _payout_taker(tok: Token) -> bool:
    """ "investors receiving Sh0.97 per share", "Investors will be paid a final dividend":
    the company's owners taking what it pays out."""
    if tok.lemma_.lower() not in PAYOUT_TAKERS:
        return False
    verb = tok.head.lemma_.lower()
    return verb in PAYOUT_VERBS or (tok.dep_ == "nsubjpass" and verb == "pay")


def _market_figure(ctx: DocContext, tok: Token) -> bool:
    """A company-internal noun a market word qualifies ("Market capitalisation"), not
    any noun so qualified ("Market sources put the value of X's sale at $N")."""
    return (
        tok.lemma_.lower() in ctx.data.owned_nouns or tok.lower_ in ctx.data.owned_nouns
    ) and market_total(tok)


def _is_lead(ctx: DocContext, tok: Token) -> bool:
    m, lead = ctx.by_token.get(tok.i), ctx.lead()
    return m is not None and lead is not None and ctx.canonical(m.name) == ctx.canonical(lead.name)


def _aside(tok: Token, span: Span) -> bool:
    """ "the number of banks that Mr Bondi has sued, a mass of legal action that could
    bring in 3bn euros": a person or a state as the subject of a relative clause on
    another noun than the amount tells nothing of whose the amount is ("the $5bn that
    the state will spend" does: its clause is on the amount). A market word there
    still counts ("on the assumption that prices will remain fixed")."""
    verb = tok.head
    if verb.dep_ not in ("relcl", "acl") or verb.left_edge.i <= span.start <= verb.right_edge.i:
        return False
    noun = verb.head
    money = span.root
    return noun.i != money.i and not (
        noun.dep_ == "appos" and noun.head.i == money.i
        or money.dep_ == "appos" and money.head.i == noun.i
    )


def _speaker(tok: Token, span: Span) -> bool:
    """ "Virgin Blue CEO Brett Godfrey said that the move was part of a $N package": a
    person who only reports the amount, in a clause of the verb of saying."""
    money = span.root.head if span.root.dep_ in ("compound", "nummod", "amod") else span.root
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in money.children):
        return False  # "Sosnoff said his 28 dlr per share bid ...": the speaker's own money
    return (
        tok.ent_type_ == "PERSON"
        and tok.head.lemma_.lower() in REPORT_VERBS
        and not tok.head.i <= span.start < tok.head.i + 1
        and any(
            c.dep_ == "ccomp" and c.left_edge.i <= span.start <= c.right_edge.i
            for c in tok.head.children
        )
    )

