"""``paid-into``: money said to have been paid into a company, its payer unnamed or public.

"23 billion euro of taxpayers' money has been ploughed in to Anglo Irish Bank", "22.9
billion euro has now been paid out to the troubled bank": a passive paying verb whose
subject is the amount and whose "to"/"into" names the company. FACTS.md ``company``: the
amount is the receiver's too (role ``payee``); with no payer named, the receiver is its
one owner. The verbs are data (``paid_into_verbs`` in ``models/link/owner_words.jsonl``).

:func:`aid_recipient` reads the active forms of a rescue or a grant, whose payer is a
government or no one named: "agree to inject 11.2 billion euros into Fortis", "pledge 6.4
billion euros to bail out Dexia", "a $7.865 billion award to Intel Corp.", "35 billion
euros in credit guarantees for Hypo Real Estate" (``aid_into_verbs``, ``rescue_verbs``,
``aid_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.companies.mentions import Mention
from pipeline.link.context import DocContext
from pipeline.link.rules.parse import Link
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/owner_words.jsonl")
PAID_INTO_VERBS = _WORDS["paid_into_verbs"]
AID_INTO_VERBS, AID_NOUNS = _WORDS["aid_into_verbs"], _WORDS["aid_nouns"]
# "bail out" -> {"bail": "out"}; "rescue" -> {"rescue": ""}: a verb and the particle it needs
RESCUE_VERBS = {v.split()[0]: " ".join(v.split()[1:]) for v in _WORDS["rescue_verbs"]}


def paid_into(ctx: DocContext, span: Span, clause: tuple[int, int]) -> list[Link]:
    """The company a passive paying verb whose subject is ``span`` pays into."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubjpass" or verb.lemma_.lower() not in PAID_INTO_VERBS:
        return []
    lo, hi = clause
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "into") or not lo <= prep.i < hi:
            continue
        for p in prep.children:
            m = ctx.mention_at(p, loose=True)
            how = "to"
            if m is None and ctx.refers(p):  # "paid out to the troubled bank"
                verdict, m, how = ctx.focus(p, pronoun=False)
                m = m if verdict == "company" else None
            if m is not None and not ctx.is_government(p):
                text = ctx.doc[m.start : m.end].text
                path = f"{verb.lemma_}>{prep.lower_}~{how}"
                return [Link(ctx.canonical(m.name), text, "paid-into", path, "payee")]
    return []


def aid_recipient(ctx: DocContext, span: Span, clause: tuple[int, int]) -> list[Link]:
    """The company an aid noun, an "into" verb or a rescue clause gives ``span`` to."""
    lo, hi = clause
    cur, inner = span.root, _in_aid(span.root)  # "35 billion euros in credit guarantees"
    for noun in inner:  # "... guarantees for Hypo Real Estate"
        found = _objects(ctx, noun, ("to", "for"), clause)
        if found:
            return found
    aided = bool(inner)
    for _ in range(4):  # amount -> "award" / "of" -> "bulk" -> "provide"
        lemma = cur.lemma_.lower()
        aided = aided or lemma in AID_NOUNS and not span.start <= cur.i < span.end
        if cur.pos_ == "VERB":
            preps = ("into",) if lemma in AID_INTO_VERBS else ()
            found = _objects(ctx, cur, (*preps, *(("to", "for") if aided else ())), clause)
            for purpose in (c for c in cur.children if c.dep_ in ("xcomp", "advcl")):
                found = found or _rescued(ctx, purpose, clause)
            return found
        if aided and not span.start <= cur.i < span.end:  # "a $7.9bn award to Intel"
            found = _objects(ctx, cur, ("to", "for"), clause)
            if found:
                return found
        if cur.head.i == cur.i or not lo <= cur.head.i < hi:
            break
        cur = cur.head
    return []


def _in_aid(root: Token) -> list[Token]:
    return [g for c in root.children if c.lower_ == "in" for g in c.children
            if g.lemma_.lower() in AID_NOUNS]  # fmt: skip


def _rescued(ctx: DocContext, verb: Token, clause: tuple[int, int]) -> list[Link]:
    """ "to bail out Dexia", "to recapitalise the bank": the rescued company."""
    lemma = verb.lemma_.lower()
    particle = RESCUE_VERBS.get(lemma)
    if particle is None or not any(c.lower_ == "to" for c in verb.children) or (
        particle and not any(c.lower_ == particle for c in verb.children)
    ):
        return []
    lo, hi = clause
    for obj in (c for c in verb.children if c.dep_ == "dobj" and lo <= c.i < hi):
        m = _company(ctx, obj)
        if m is not None:
            text = ctx.doc[m.start : m.end].text
            return [Link(ctx.canonical(m.name), text, "paid-into", f"{lemma}>dobj", "payee")]
    return []


def _objects(ctx: DocContext, head: Token, preps: tuple[str, ...],
             clause: tuple[int, int]) -> list[Link]:  # fmt: skip
    lo, hi = clause
    for prep in head.children:  # "made a $35m award to X": the parser's "dative" too
        if prep.dep_ not in ("prep", "dative") or prep.lower_ not in preps or not lo <= prep.i < hi:
            continue
        for p in (c for c in prep.children if c.dep_ == "pobj"):
            m = _company(ctx, p)
            if m is not None:
                text = ctx.doc[m.start : m.end].text
                where = f"{head.lemma_.lower()}>{prep.lower_}"
                return [Link(ctx.canonical(m.name), text, "paid-into", where, "payee")]
    return []


def _company(ctx: DocContext, tok: Token) -> Mention | None:
    """A company named at ``tok`` ("bank Dexia": the name after its trade noun too);
    a loose name is no known place ("into Fortis"; not "into Greece")."""
    m = ctx.mention_at(tok, loose=True)
    if m is None and not ctx.is_government(tok):
        m = next((ctx.mention_at(c) for c in tok.children if c.dep_ in ("appos", "compound")
                  and ctx.mention_at(c) is not None), None)  # fmt: skip
    return m
