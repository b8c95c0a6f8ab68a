"""Owner rules tried when the parse names no owner (:mod:`pipeline.link.rules.parse`).

``gapping``     "X will contribute $N and Y the remaining $M": Y owns $M
``table-row``   a wire earnings-table line ("Shr 1.20 dlrs vs 1.10", "Net 12.5 mln
                vs 11.4 mln") belongs to the company in focus
``partner``     "in partnership/collaboration with X", "$N with X to supply"
                when no other organization owns the amount
``deal-target`` the company a funding round is "in"; its valuation too
``compared``    "net rose to $N from $M a year earlier", "$N, or 12 cts a share, vs $M":
                an amount with no owner takes the owner of the figure it is
                compared or coordinated with, when nothing (a name, a new
                subject, a place) stands between them
``same-figure``  a headline's figure repeated in the body (or the reverse) shares
                its owner
``focus``       an amount owned by a company-internal noun with no owner named
                ("sales rose to $N", "shares rose to $N", "$N of the total")
                belongs to the company in focus; the nouns are data
                (``type: "owned"`` in ``models/companies/refer_words.jsonl``)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.companies.mentions import loose_mention
from pipeline.link.context import SUBJECT_DEPS, DocContext
from pipeline.link.rules.markets import many_companies, market_total
from pipeline.link.rules.parse import REPORT_VERBS, Link, ParseRules, dedupe
from pipeline.link.rules.recipient import paid_into
from pipeline.nlp.doccache import doc_text
from pipeline.nlp.layout import is_results_row, logical_line
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
# A results row compares ("Net 1.6 mln vs 131,630") or sums ("Final div 14 cents, making
# 20 cents"); prose says "making it the second biggest", which is no row
_ROW_FIGURES = re.compile(r"\bvs\b|\bmaking\s+[-(]?[$£€]?\d", re.I)

PARTNER_HEADS = _WORDS["partner_heads"]
ROUND_NOUNS = _WORDS["round_nouns"]
# Words that may stand between a gapped subject and its amount ("Y the remaining $M").
GAP_DEPS = frozenset({"det", "amod", "nummod", "quantmod", "compound", "advmod", "punct"})
# Modifiers that make a speaker a public one ("provincial officials").
PUBLIC_WORDS = _WORDS["public_words"]
GAP_BEFORE = frozenset({"and", ",", "while", "whereas", "but", "with"})


class OwnerRules(ParseRules):
    """The parse rules plus the fallbacks of this module."""

    def __init__(self, triggers: dict[str, str], owned: frozenset[str]) -> None:
        super().__init__(triggers)
        self.owned = owned

    # -- gapping and tables ----------------------------------------------
    def gapping(self, ctx: DocContext, span: Span, clause: tuple[int, int]) -> list[Link]:
        """ "X will contribute $N and Y the remaining $M", "X leads with $N, with Y close
        behind at $M": the name right before the amount."""
        doc = ctx.doc
        lo = clause[0]
        j = span.start - 1
        if j > lo and doc[j].lower_ in ("with", "at"):  # "with Y right behind with $M"
            j -= 1
        while j >= lo and doc[j].dep_ in GAP_DEPS and doc[j].i not in ctx.by_token:
            if doc[j].is_punct:
                return []
            j -= 1
        m = ctx.by_token.get(j) if j >= lo else None
        if m is None and j > lo and _listed_name(doc[j]):  # "charging £8, Ryanair £6"
            m = loose_mention(doc[j], ctx.data)
        if m is None or m.start <= lo or doc[_before_descriptor(doc, m.start, lo)].lower_ not in (
            GAP_BEFORE
        ):
            return []
        verbs_before = [t for t in doc[lo : m.start] if t.pos_ == "VERB"]
        if not verbs_before or any(
            t.pos_ in ("VERB", "AUX") and t.dep_ not in GAP_DEPS for t in doc[m.end : span.start]
        ):
            return []
        return [self._make(ctx, m, "gapping", f"{verbs_before[-1].lemma_}>gap>{m.name}")]

    def table_row(self, ctx: DocContext, span: Span) -> list[Link]:
        """An earnings-table line of wire copy: the company in focus (headline, lead)."""
        text = doc_text(ctx.doc)
        start, end = logical_line(text, span.start_char, span.end_char)
        line = text[start:end]
        if not is_results_row(line) or not _ROW_FIGURES.search(line):
            return []  # "..., making it the second biggest": prose, no table
        verdict, m, how = ctx.focus(ctx.doc[span.start], pronoun=False)
        if verdict != "company" or m is None:
            return []
        label = line.strip().split()[0]
        return [self._make(ctx, m, "table-row", f"row:{label}~{how}")]

    # -- what the money is for ---------------------------------------------
    def beneficiary(self, ctx: DocContext, span: Span, clause: tuple[int, int]) -> list[Link]:
        """ "$N of aid for a plant that X is building with Y and Z": X, Y, Z; "$N has been
        paid out to the troubled bank" (:mod:`pipeline.link.rules.recipient`)."""
        found = paid_into(ctx, span, clause)
        if found:
            return found
        lo, hi = clause
        nouns: list[Token] = []
        frontier = [span.root]
        if span.root.head.pos_ == "VERB":  # "approved $N of aid for a plant"
            frontier.append(span.root.head)
        for _ in range(3):  # "$N of aid for a plant", "$N for the plant"
            nxt = []
            for n in frontier:
                for prep in n.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "in", "toward"):
                        nxt += [p for p in prep.children if p.dep_ == "pobj" and lo <= p.i < hi]
            nouns += nxt
            frontier = nxt
        for noun in nouns:
            for rel in noun.children:
                if rel.dep_ not in ("relcl", "acl") or rel.pos_ not in ("VERB", "AUX"):
                    continue
                subs = [c for c in rel.children if c.dep_ in ("nsubj", "agent")]
                subs = [p for c in subs for p in ([c] if c.dep_ == "nsubj" else c.children)]
                for sub in subs:
                    m = ctx.mention_at(sub)
                    if m is None:
                        continue
                    where = f"{noun.lemma_}>{rel.dep_}>{rel.lemma_}<nsubj"
                    links = self._with_conj(ctx, sub, m, "beneficiary", where)
                    for w in rel.children:  # "... is building with Y, Z"
                        if w.dep_ == "prep" and w.lower_ == "with":
                            for p in w.children:
                                pm = ctx.mention_at(p)
                                if pm is not None:
                                    links += self._with_conj(
                                        ctx, p, pm, "beneficiary", where + ">with"
                                    )
                    return dedupe(links)
        return []

    # -- the company in focus owns company-internal figures ----------------
    def focus_owner(self, ctx: DocContext, span: Span, clause: tuple[int, int]) -> list[Link]:
        """ "sales rose to $N", "$N of the total": an owned noun with no named owner."""
        noun = self._owned_noun(ctx, span, clause)
        if noun is None or many_companies(noun, ctx.data.ref_nouns):
            return []  # "A total of 150 startups raised $N": theirs together
        verdict, m, how = ctx.focus(noun, pronoun=False)
        if verdict != "company" or m is None:
            return []
        return [self._make(ctx, m, "focus", f"{noun.lemma_.lower()}~{how}")]

    def _owned_noun(self, ctx: DocContext, span: Span, clause: tuple[int, int]) -> Token | None:
        """The company-internal noun that owns the amount, if no other actor does.

        "$N of the total", "sales rose to $N", "the project will cost $N"; not
        "the province will pay $N of the cost" nor "officials said the projects
        could get $N": an actor that is neither owned nor referring stops it.
        """
        lo, hi = clause
        root = span.root
        cands: list[Token] = []
        for prep in root.children:  # "$N of the total"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                cands += [p for p in prep.children if p.dep_ == "pobj"]
        cur = root
        for _ in range(8):
            head = cur.head
            if head.i == cur.i or not lo <= head.i < hi:
                break
            if head.pos_ in ("NOUN", "PROPN"):
                cands.append(head)
            if head.pos_ in ("VERB", "AUX"):
                report = head.lemma_.lower() in REPORT_VERBS  # "Commenting on ..., X said"
                # "helped to bring debt down to $N": the verb's owned object
                cands += [c for c in head.children if c.dep_ == "dobj" and c.i < span.start]
                for sub in (c for c in head.children if c.dep_ in SUBJECT_DEPS):
                    if sub.i in range(span.start, span.end) or sub.lower_ in EVENT_PRONOUNS:
                        continue  # "This helped to ...": an event, no actor
                    if self._is_owned(ctx, sub):
                        return None if _reported_by_public(ctx, head) else sub
                    if report and not _public(ctx, sub):
                        continue  # "a spokesman said": the speaker owns nothing
                    if not ctx.refers(sub):
                        return None
                if head.dep_ in ("acl", "relcl"):  # "the first phase, costing $N"
                    cands.append(head.head)
                    break
                if head.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
                    break
            cur = head
        for tok in cands:
            if tok.i not in range(span.start, span.end) and self._is_owned(ctx, tok):
                return tok
        return None

    def _is_owned(self, ctx: DocContext, tok: Token) -> bool:
        if tok.lemma_.lower() not in self.owned and tok.lower_ not in self.owned:
            return False
        if market_total(tok):  # "market capitalisation", "discount window borrowings"
            return False
        for c in tok.children:  # someone else's: "oil prices", "Japan's pledge", "shares of X"
            if c.dep_ in ("poss", "compound") and (c.pos_ == "PROPN" or ctx.is_government(c)):
                return False
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "in"):
                for p in c.children:
                    if p.pos_ == "PROPN" or ctx.is_government(p):
                        return False
        return True

    # -- partners and deal targets ---------------------------------------
    def partner(
        self, ctx: DocContext, span: Span, clause: tuple[int, int], seg: tuple[int, int]
    ) -> list[Link]:
        """ "in partnership with X", "$N with X to supply": the nearest in the amount's segment."""
        lo, hi = seg
        best: tuple[int, list[Link]] | None = None
        for tok in ctx.doc[lo:hi]:
            if tok.lower_ != "with" or tok.i in range(span.start, span.end):
                continue
            head = tok.head
            cue = (
                head.lemma_.lower() in PARTNER_HEADS
                or head.i in range(span.start, span.end)
                or (head.i == span.root.head.i and head.pos_ in ("NOUN", "PROPN"))
            )
            if not cue:
                continue
            for p in tok.children:
                if p.dep_ != "pobj" or any(c.lower_ == "among" for c in p.children):
                    continue
                m = ctx.mention_at(p, loose=True)
                if m is None:
                    continue
                dist = tok.i - span.end if tok.i >= span.end else 1000 + span.start - tok.i
                links = self._with_conj(
                    ctx, p, m, "partner", f"{head.lemma_}>with>pobj", loose=True
                )
                if best is None or dist < best[0]:
                    best = (dist, links)
        return best[1] if best else []

    def funding_target(self, ctx: DocContext, span: Span, clause: tuple[int, int], kind: str,
                        links: list[Link]) -> list[Link]:  # fmt: skip
        """A funding round "in Y": Y joins the lead; a valuation in that round is Y's alone."""
        if kind not in ("funding", "valuation"):
            return links
        lo, hi = clause
        for tok in ctx.doc[lo:hi]:
            if tok.lower_ not in ("in", "into", "for") or tok.i < lo:
                continue
            prev = ctx.doc[tok.i - 1] if tok.i > lo else None
            if (
                prev is None
                or prev.lemma_.lower() not in ROUND_NOUNS
                or prev.i in range(span.start, span.end)
            ):
                continue
            if kind == "valuation" and tok.i > span.start:
                continue
            if kind == "funding" and not (span.end <= prev.i <= span.end + 3):
                continue
            nxt = ctx.doc[tok.i + 1] if tok.i + 1 < hi else None
            if nxt is None:
                continue
            target = nxt
            while target.i + 1 < hi and target.dep_ == "compound" and target.head.i == target.i + 1:
                target = target.head
            m = ctx.mention_at(target, loose=True)
            if m is None:
                continue
            link = self._make(ctx, m, "deal-target", f"{prev.lemma_.lower()}>{tok.lower_}>pobj")
            if kind == "valuation":
                return [link]
            return dedupe([*links, link])
        return links


def _public(ctx: DocContext, tok: Token) -> bool:
    """A speaker who stands for a government: "Texas officials", "the ministry"."""
    return ctx.is_government(tok) or any(
        c.ent_type_ in ("GPE", "NORP") or c.lower_ in ctx.data.places | PUBLIC_WORDS
        for c in tok.subtree
    )


def _reported_by_public(ctx: DocContext, verb: Token) -> bool:
    """ "Officials said the projects could get $N": a public speaker's claim."""
    while verb.dep_ in ("ccomp", "conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
        if verb.lemma_.lower() in REPORT_VERBS:
            subs = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
            return bool(subs) and _public(ctx, subs[0])
    return False


# -- figures that share an owner -------------------------------------------------
# Subjects that stand for an event, not an actor ("This was more than expected").
EVENT_PRONOUNS = _WORDS["event_pronouns"]
# Subjects that only forecast a company's figure ("$N, but analysts had expected $M").
FORECASTERS = _WORDS["forecasters"]
# Tokens between two figures of one comparison ("$N, or 12 cts a share, vs $M").
MAX_COMPARED_GAP = 14


def _before_descriptor(doc: Doc, start: int, lo: int) -> int:
    """The token before a name and the lower-case words describing it ("and oil giant
    Total at 7.2 billion euros": "and")."""
    k = start - 1
    while k > lo and start - k <= 3 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
        k -= 1
    return k


def _listed_name(tok: Token) -> bool:
    """A name NER passed over in a list of names and amounts: right after a comma or
    "and", itself right before the amount ("EasyJet charging £8, Ryanair £6")."""
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    return before in (",", "and") and tok.pos_ == "PROPN" and tok.text[:1].isupper()  # not "oats"


@dataclass(slots=True)
class Plan:
    """One amount while the linker works on the doc: its clause, segment and owner."""

    span: Span
    clause: tuple[int, int]
    seg: tuple[int, int]
    links: list[Link]
    verdict: str  # "company" | "government" | "none" (see ParseRules.owner)
    headline: bool


def share_owners(ctx: DocContext, plans: list[Plan]) -> None:
    """Give an amount no rule owned the owner of its twin (``compared``, ``same-figure``)."""
    for k, plan in enumerate(plans):  # forward first: "to $N from $M"
        if k and _level_of_change(plans[k - 1], plan):  # "with RBS up 4.4p to 356.5p"
            plan.links = _twin_links(plans[k - 1], "compared")
            continue
        if plan.links or plan.verdict != "none":
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(plans) and _compared(ctx, plans[j], plan):
                plan.links = _twin_links(plans[j], "compared")
                break
    for plan in plans:
        if plan.links or plan.verdict != "none":
            continue
        for other in plans:
            if other.links and (plan.headline or other.headline) and _same_money(plan, other):
                plan.links = _twin_links(other, "same-figure")
                break


def _twin_links(other: Plan, rule: str) -> list[Link]:
    """``other``'s owners, given to its twin by ``rule``."""
    text = other.span.text
    return [Link(lk.company, lk.mention, rule, f"{lk.rule}<{text}") for lk in other.links]


_FOCUS_RULES = frozenset({"focus", "article-focus"})


def _level_of_change(change: Plan, level: Plan) -> bool:
    """ "RBS up 4.4p to 356.5p", "BP up 5p at 450p": a price's level after its change,
    owned only by the company in focus, takes the owner the change's name gave it."""
    if not change.links or not level.links or change.clause != level.clause:
        return False
    if any(lk.rule in _FOCUS_RULES for lk in change.links):
        return False
    if not all(lk.rule in _FOCUS_RULES for lk in level.links):
        return False
    a, b = change.span, level.span
    prep = b.root.head
    return prep.lower_ in ("to", "at") and prep.head in (a.root, a.root.head)


def _compared(ctx: DocContext, other: Plan, plan: Plan) -> bool:
    """``other`` owns a figure in ``plan``'s sentence with nothing in between that acts."""
    if (
        not other.links
        or other.clause != plan.clause
        or other.links[0].rule == "compared"
        and (other.span.start > plan.span.start)
    ):
        return False
    a, b = sorted((other.span, plan.span), key=lambda s: s.start)
    between, depth = [], 0
    for tok in ctx.doc[a.end : b.start]:  # an equivalent in brackets does not count
        depth += (tok.text in ("(", "[")) - (tok.text in (")", "]"))
        if depth <= 0 and tok.text not in (")", "]"):
            between.append(tok)
    if len(between) > MAX_COMPARED_GAP:
        return False
    for tok in between:
        if (
            tok.i in ctx.by_token
            or tok.dep_ in SUBJECT_DEPS
            and tok.lemma_.lower() not in FORECASTERS
            or tok.ent_type_ in ("PERSON", "GPE", "NORP")
            or tok.text in (";", ":")
        ):
            return False
    return True


def _same_money(a: Plan, b: Plan) -> bool:
    ma, mb = getattr(a.span._, "money", None), getattr(b.span._, "money", None)
    return (
        ma is not None
        and mb is not None
        and (ma.amount, ma.currency)
        == (
            mb.amount,
            mb.currency,
        )
    )
