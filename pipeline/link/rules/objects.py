"""Money whose owner is a verb's object, not its subject (FACTS.md "company": the one
that pays or receives the amount).

- The object pays: "the Commission fined Microsoft €497 million", "a €280.5 million
  fine against Microsoft", "ordered Ample Rich to pay $616 million", "Viacom is suing
  YouTube for $1 billion". Regulators and plaintiffs do not own the figure.
- The object receives, from a public body: "the government is providing Ford
  Australia with a AU$52.5 million package", "the state will lend Acme $300 million";
  so does the company it approves, earmarks or issues money for or to ("the Treasury
  approved $5.4 billion for Harbour Airlines", "issued a R19bn guarantee to the carrier").
  A company that gives money keeps it as the payer (the parse rules see to that).

Rule name ``object-of-verb``; the path spells the verb and the grammatical link.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.link.context import DocContext
from pipeline.link.rules.parse import Link, dedupe
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
PAYING_OBJECT = _WORDS["object_pays_verbs"]  # fine, sue, order (to pay)...
RECEIVING_OBJECT = _WORDS["object_receives_verbs"]  # provide, grant, award, lend...
PUBLIC_FOR = _WORDS["public_for_verbs"]  # "the Treasury approved $5.4bn for Harbour Airlines"
PENALTY_NOUNS = _WORDS["penalty_nouns"]  # "a fine against X", "penalties on X"
_OBJECT_DEPS = ("dobj", "dative")


def object_owner(ctx: DocContext, span: Span, clause: tuple[int, int], *,
                 public_subject: bool) -> list[Link]:  # fmt: skip
    """Companies that pay or receive ``span`` as a verb's object, nearest verb first;
    receiving verbs count only when a public body is the subject (``public_subject``)."""
    lo, hi = clause
    cur = span.root
    for _ in range(8):
        head = cur.head
        if head.i == cur.i or not lo <= head.i < hi:
            break
        lemma = _verb_lemma(head)
        if lemma in PAYING_OBJECT or (public_subject and lemma in RECEIVING_OBJECT):
            objs = [
                c for c in head.children
                if c.dep_ in _OBJECT_DEPS and not span.start <= c.i < span.end  # not the amount
            ]
            if lemma in PAYING_OBJECT and cur.i == span.root.i:  # "fined Microsoft 497 million
                objs += [c for c in cur.children if c.dep_ == "nmod" and c.i < span.start]  # euros"
            found = _named(ctx, objs, lemma, "" if lemma in PAYING_OBJECT else "payee")
            if found:
                return found
        if public_subject and lemma in PUBLIC_FOR and cur.dep_ == "dobj":
            for prep in ("for", "to"):
                objs = _prep_objects(head, span, prep)
                found = _named(ctx, objs, f"{lemma}>{prep}", "payee")
                if found:
                    return found
        if head.pos_ in ("VERB", "AUX"):  # "the cost to SAS is estimated at SEK 10m"
            for subj in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
                if _verb_lemma(subj) == "cost":
                    objs = [g for c in subj.children if c.lower_ == "to" for g in c.children]
                    found = _named(ctx, objs, "cost>to")
                    if found:
                        return found
        if lemma in PENALTY_NOUNS or lemma == "cost":  # "a fine against X", "the cost to X"
            preps = ("to",) if lemma == "cost" else ("against", "on")
            objs = [g for c in head.children if c.lower_ in preps for g in c.children]
            found = _named(ctx, objs, lemma + ">against")
            if found:
                return found
        cur = head
    return []


def _prep_objects(verb: Token, span: Span, prep: str) -> list[Token]:
    """What "for" or "to" gives the money to, hung off the verb or the amount."""
    heads = (verb, span.root)
    return [g for h in heads for c in h.children if c.lower_ == prep
            for g in c.children if g.dep_ == "pobj"]


def _verb_lemma(tok: Token) -> str:
    """The lemma, or the form less its ending where the tagger's lemma is off ("fined"
    read as "fin")."""
    for form in (tok.lemma_.lower(), tok.lower_, tok.lower_.removesuffix("d"),
                 tok.lower_.removesuffix("ed"), tok.lower_.removesuffix("s")):  # fmt: skip
        if form in PAYING_OBJECT or form in RECEIVING_OBJECT or form in PENALTY_NOUNS \
                or form == "cost":
            return form
    return tok.lemma_.lower()


def _named(ctx: DocContext, toks: list[Token], verb: str, role: str = "") -> list[Link]:
    """The companies ``toks`` name or refer to; ``role`` "payee" where they receive."""
    out = []
    for tok in toks:
        named = [c for c in tok.children if c.dep_ == "appos"]  # "the bank, Merrill Lynch"
        for t in (tok, *tok.conjuncts, *named):
            m = ctx.mention_at(t)  # a name the article knows: "cost Ruritania $2bn" is none
            if m is None and ctx.refers(t):  # "expected to cost the company $4.5 billion"
                verdict, m, _how = ctx.focus(t, pronoun=t.pos_ == "PRON")
                m = m if verdict == "company" else None
            if m is not None and not ctx.is_government(t):
                name = ctx.canonical(m.name)
                mention = ctx.doc[m.start : m.end].text
                out.append(Link(name, mention, "object-of-verb", f"{verb}>{t.dep_}", role))
    return dedupe(out)
