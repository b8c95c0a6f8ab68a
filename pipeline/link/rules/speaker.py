"""The company a spokesman speaks for owns the money he states: "A spokesman at Acme
noted that of 2.3 billion dlrs in loan exposure to Brazil only 1.3 billion is subject to
the moratorium", "a spokeswoman for Acme said costs would rise to $40m".

FACTS.md ``company``: the organization the amount belongs to. A spokesperson speaks for
one company; money his own clause states without naming an owner is that company's, not
the article's lead (``article-focus``), which in a story on several banks is another
bank. Only when the clause he says names no other company and no person, and is no
direct quote (his view: 'said: "... £200m less debt"'). Speaker nouns
are ``speaker_nouns`` in ``models/link/focus_words.jsonl``. Rule name ``speaker-company``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.companies.mentions import Mention
from pipeline.link.context import SPEAKERS, SUBJECT_DEPS, DocContext
from pipeline.link.rules.parse import Link
from pipeline.nlp.doccache import sent_of

_FOR = ("at", "for", "of")  # "a spokesman at / for / of Acme"


def speaker_owner(ctx: DocContext, span: Span) -> list[Link]:
    """The speaker's company of the clause ``span`` is said in, else []."""
    sent = sent_of(ctx.doc, span.start)
    for tok in sent:
        if tok.dep_ not in SUBJECT_DEPS or tok.lemma_.lower() not in SPEAKERS:
            continue
        said = _said_clause(tok, span)
        if said is not None and _quoted(tok.head, span):
            continue  # 'said: "... £200m less debt"': his view, not his company's money
        company = _spoken_for(ctx, tok)
        if said is None or company is None or _others(ctx, said, company):
            continue
        text = ctx.doc[company.start : company.end].text
        path = f"{tok.lemma_}>{tok.head.lemma_}>ccomp"
        return [Link(ctx.canonical(company.name), text, "speaker-company", path)]
    return []


def _said_clause(speaker: Token, span: Span) -> Token | None:
    """The clause the speaker's verb says that holds the amount."""
    for c in speaker.head.children:
        if c.dep_ == "ccomp" and c.left_edge.i <= span.start <= c.right_edge.i:
            return c
    return None


def _quoted(verb: Token, span: Span) -> bool:
    """A quotation mark between the verb of saying and the amount."""
    lo, hi = sorted((verb.i, span.start))
    return any(t.is_quote for t in span.doc[lo:hi])


def _spoken_for(ctx: DocContext, speaker: Token) -> Mention | None:
    for prep in speaker.children:
        if prep.dep_ == "prep" and prep.lower_ in _FOR:
            for p in prep.children:
                m = ctx.mention_at(p)
                if p.dep_ == "pobj" and m is not None:
                    return m
    return None


def _others(ctx: DocContext, clause: Token, company: Mention) -> bool:
    """Another company or a person named in the said clause: the money may be theirs."""
    own = ctx.canonical(company.name)
    for t in clause.subtree:
        m = ctx.mention_at(t)
        if m is not None and ctx.canonical(m.name) != own or t.ent_type_ == "PERSON":
            return True
    return False
