"""Who pays a fine, a penalty or a tax bill (FACTS.md ``company``: the one that pays).

A regulator, a court or a government imposes the money, so the parse rules call it
public money and give it no owner; yet the one who pays is the company fined. For an
amount no rule owned whose words say penalty money ("fines of up to $18bn", "a $27bn
back tax bill", "$27bn in taxes and fines"), the payer is, first found:

- the object the money is put on: "hitting the company with a $27bn bill", or the
  object of "fine" just before the amount ("to fine the Microsoft Corporation €899
  million", where the parser hangs the amount on another verb);
- the subject of a clause on the bill that owes or pays it: "a $27bn back tax bill it
  says the company owes";
- the payer of another penalty in the same sentence: "a €280.5m fine against
  Microsoft and threatened new penalties of 3 million euros a day";
- the article's company when the sentence names no other company and no person:
  "the possibility of paying federal fines of up to $18bn" in a story on Volkswagen.

A person fined, or a company other than the lead named beside the fine, blocks the
last step: the fine may be theirs. Rule name ``penalty-payer``; words in
``models/link/owner_words.jsonl``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.companies.mentions import Mention
from pipeline.link.context import SUBJECT_DEPS, DocContext
from pipeline.link.focus_lead import focus_company
from pipeline.link.rules.fallback import Plan
from pipeline.link.rules.objects import PAYING_OBJECT
from pipeline.link.rules.parse import Link
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/owner_words.jsonl")
PENALTY_NOUNS = _WORDS["penalty_money_nouns"]
TAX_BILLS = _WORDS["tax_bill_nouns"]
TAX_WORDS = _WORDS["tax_words"]
IMPOSE_WITH = _WORDS["impose_with_verbs"]
OWE_VERBS = _WORDS["owe_penalty_verbs"]
IMPOSE_ON = _WORDS["impose_on_verbs"]
LIST_VERBS = _WORDS["penalty_list_verbs"]
_MAX_UP = 4  # "fines of up to US$18 billion dollars": amount -> dollars -> of -> fines


def penalty_owners(ctx: DocContext, plans: list[Plan]) -> None:
    """Give each ownerless penalty amount of ``plans`` its payer (in place)."""
    for plan in plans:
        # the company the money is put on comes before the article's (a guess)
        lead = bool(plan.links) and all(lk.rule == "article-focus" for lk in plan.links)
        if plan.links and not lead:
            continue
        found = _fined_before(ctx, plan.span)  # no penalty noun: "fine X €899 million"
        noun = penalty_noun(plan.span, plan.clause)
        if lead and noun is not None and _many(noun, plan.span):
            plan.links = []  # "14 fines worth a total of £Nm": many payers, not the lead
            continue
        if found is None and noun is not None:
            found = _put_on(ctx, noun) or _charged(ctx, plan.span)
            if not (found or lead):
                found = _sibling(plans, plan) or (
                    None if _many(noun, plan.span) else _lead_pays(ctx, plan.clause))
        if found is not None:
            name, mention, path = found
            plan.links = [Link(name, mention, "penalty-payer", path)]


def penalty_noun(span: Span, clause: tuple[int, int]) -> Token | None:
    """The noun that makes ``span`` penalty money, on the amount's path up to its verb."""
    lo, hi = clause
    cur = span.root
    for _ in range(_MAX_UP):
        if _is_penalty(cur) and not span.start <= cur.i < span.end:
            return cur
        head = cur.head
        if head.i == cur.i or not lo <= head.i < hi:
            break
        if head.pos_ in ("VERB", "AUX"):  # "The biggest fine was the £Nm", "Fines included"
            subject = [c for c in head.children if c.dep_ in SUBJECT_DEPS and _is_penalty(c)]
            listed = head.lemma_.lower() in LIST_VERBS and cur.dep_ in ("attr", "dobj")
            if listed and subject:
                return subject[0]
            break
        cur = head
    return cur if _is_penalty(cur) and not span.start <= cur.i < span.end else None


def _charged(ctx: DocContext, span: Span) -> tuple[str, str, str] | None:
    """The company the amount itself is put on: "the £Nm imposed on Acme", "£Nm for Acme's
    failure to report" (the one whose failing the penalty is for)."""
    root = span.root
    holders: list[tuple[Token, str]] = []
    for acl in (c for c in root.children if c.dep_ == "acl" and c.lemma_.lower() in IMPOSE_ON):
        holders += [(p, f"{acl.lemma_.lower()}>on") for prep in acl.children
                    if prep.lower_ in ("on", "against") for p in prep.children]  # fmt: skip
    after = [c for c in root.head.children if c.i == span.end]  # the parse hangs it on the verb
    for prep in (c for c in (*root.children, *after) if c.dep_ == "prep" and c.lower_ == "for"):
        for p in prep.children:
            holders += [(p, "for")] + [(c, "for>poss") for c in p.children if c.dep_ == "poss"]
    # "a penalty of Rs 40 lakh on Harbour Bank": the one it is put on, after the amount
    holders += [(p, prep.lower_) for prep in (*root.children, *after) if prep.dep_ == "prep"
                and prep.lower_ in ("on", "against") for p in prep.children]  # fmt: skip
    for tok, path in holders:
        m = _company(ctx, tok)
        if m is not None:
            return ctx.canonical(m.name), ctx.doc[m.start : m.end].text, path
    return None


def _many(noun: Token, span: Span) -> bool:
    """Several penalties summed ("10 fines worth a total of £Nm"): no one company pays."""
    counted = any(
        c.dep_ == "nummod" and c.lower_ not in ("one", "1") and not span.start <= c.i < span.end
        for c in noun.children
    )
    head = span.root.head
    return counted or head.lower_ == "of" and head.head.lemma_.lower() == "total"


def _is_penalty(tok: Token) -> bool:
    word = tok.lower_
    if tok.pos_ != "NOUN":
        return False
    if word in PENALTY_NOUNS or word in TAX_WORDS:  # "$27bn in taxes and fines"
        return True
    if word not in TAX_BILLS:
        return False
    kids = [*tok.children, *(g for c in tok.children if c.lower_ == "for" for g in c.children)]
    return any(k.lower_ in TAX_WORDS for k in kids)  # "a back tax bill", "a bill for taxes"


def _fined_before(ctx: DocContext, span: Span) -> tuple[str, str, str] | None:
    """ "to fine the Microsoft Corporation €899 million": the verb's object just before
    the amount, where the parser hangs the amount on another verb."""
    before = ctx.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.dep_ not in ("dobj", "dative"):
        return None
    verb = _lemma(before.head)
    if verb not in PAYING_OBJECT or span.root.head == before.head:
        return None  # the amount on the verb itself is objects.py's
    m = _company(ctx, before)
    return None if m is None else (ctx.canonical(m.name), ctx.doc[m.start : m.end].text,
                                   f"{verb}>dobj")


def _put_on(ctx: DocContext, noun: Token) -> tuple[str, str, str] | None:
    """The company the money is put on ("a penalty ... has been imposed on X"), or the one
    a clause on the bill says owes it."""
    holders: list[tuple[Token, str]] = []
    if noun.head.lower_ == "with" and noun.head.head.lemma_.lower() in IMPOSE_WITH:
        verb = noun.head.head
        holders += [(c, f"{verb.lemma_.lower()}>with") for c in verb.children if c.dep_ == "dobj"]
    # "A penalty of Rs 1 crore has been imposed (each) on X" ("A penalty of N penalty")
    top = noun.head.head if noun.dep_ == "pobj" and _is_penalty(noun.head.head) else noun
    verb = top.head
    if top.dep_ in ("nsubjpass", "nsubj") and verb.lemma_.lower() in IMPOSE_ON:
        holders += [(p, f"{verb.lemma_.lower()}>on") for prep in verb.children
                    if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
                    for p in prep.children if p.dep_ == "pobj"]  # fmt: skip
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
        for verb in (clause, *(c for c in clause.children if c.dep_ == "ccomp")):
            if verb.lemma_.lower() in OWE_VERBS:  # "it says the company owes"
                holders += [(c, f"{verb.lemma_.lower()}>subject") for c in verb.children
                            if c.dep_ in SUBJECT_DEPS and c.tag_ not in ("WDT", "WP")]  # fmt: skip
                holders += [(g, f"{verb.lemma_.lower()}>by") for c in verb.children
                            if c.dep_ == "agent" for g in c.children]  # "is owed by Yukos"
    for tok, path in holders:
        m = _company(ctx, tok)
        if m is not None:
            return ctx.canonical(m.name), ctx.doc[m.start : m.end].text, path
    return None


def _company(ctx: DocContext, tok: Token) -> Mention | None:
    """A named company at ``tok``, or the one "the company", "it" refers to."""
    if tok.ent_type_ == "PERSON" or ctx.is_government(tok):
        return None
    m = ctx.mention_at(tok)
    if m is not None or not ctx.refers(tok):
        return m
    if tok.pos_ == "NOUN":  # "put Yukos's unit up for sale after hitting the company with"
        m = _named_before(ctx, tok)
        if m is not None:
            return m
    verdict, m, _how = ctx.focus(tok, pronoun=tok.pos_ == "PRON")
    return m if verdict == "company" else None


def _named_before(ctx: DocContext, tok: Token) -> Mention | None:
    """The first company the sentence names before a descriptor ("the company"), in any
    role (a possessive too): "put Yukos's unit up for sale after hitting the company"."""
    sent = tok.sent
    for m in ctx.mentions:
        if sent.start <= m.start and m.end <= tok.i:
            if not ctx.is_government(ctx.doc[m.start : m.end].root):
                return m
    return None


def _sibling(plans: list[Plan], plan: Plan) -> tuple[str, str, str] | None:
    """The payer of another penalty in the same sentence ("a fine against X and new
    penalties of $N a day")."""
    for other in plans:
        if other is plan or other.clause != plan.clause or len(other.links) != 1:
            continue
        link = other.links[0]
        if link.rule == "object-of-verb" and penalty_noun(other.span, other.clause) is not None:
            return link.company, link.mention, f"sibling<{other.span.text}"
    return None


def _lead_pays(ctx: DocContext, clause: tuple[int, int]) -> tuple[str, str, str] | None:
    """The article's company, when the sentence names no person and no other company."""
    lead = focus_company(ctx)
    if lead is None:
        return None
    lo, hi = clause
    doc = ctx.doc
    if any(doc[i].ent_type_ == "PERSON" for i in range(lo, hi)):
        return None
    name = ctx.canonical(lead.name)
    others = {
        ctx.canonical(m.name) for m in ctx.mentions
        if lo <= m.start < hi and not ctx.is_government(doc[m.start : m.end].root)
    }  # fmt: skip
    if others - {name}:
        return None
    return name, doc[lead.start : lead.end].text, "lead"


def _lemma(tok: Token) -> str:
    """A verb's lemma, or its form less "d"/"ed" where the tagger's lemma is off."""
    for form in (tok.lemma_.lower(), tok.lower_.removesuffix("d"), tok.lower_.removesuffix("ed")):
        if form in PAYING_OBJECT:
            return form
    return tok.lemma_.lower()
