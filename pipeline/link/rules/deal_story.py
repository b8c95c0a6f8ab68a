"""The deal a sentence speaks of without naming its sides (FACTS.md "One fact": a deal's
amount belongs to both sides): a price per share or "the deal" as a subject takes the
sides of the deal the story told of last (:func:`story_deal`), or of a deal an earlier
sentence told of without a price (:func:`told_deal`). Moved out of ``deals.py``, which
finds the sides a sentence names itself."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from pipeline.link.context import SUBJECT_DEPS, DocContext
from pipeline.link.kind_per_share import per_share
from pipeline.link.rules.deals import (
    BUY_WORDS,
    DEAL_REFS,
    SELL_WORDS,
    SIDE_NOUNS,
    STAKE_NOUNS,
    _links,
    _sides,
    _with_object,
)
from pipeline.link.rules.parse import Link
from pipeline.link.rules.unit_deal import unit_sides
from pipeline.nlp.doccache import sent_of
from pipeline.resources import MODELS_DIR, word_sets


def story_deal(span: Span, clause: tuple[int, int], kind: str, links: list[Link],
               last: list[Link]) -> list[Link]:  # fmt: skip
    """A deal's amount whose sentence names no side, or one, belongs to the sides of the
    deal the story told of last, with their roles, when the sentence speaks of it: a price
    per share ("plus $4.125 in cash for each share") or "the deal" as a subject ("The
    deal gives Cadbury a total value of 837p")."""
    sides = {lk.company for lk in last}
    found = {lk.company for lk in links if lk.rule != "article-focus"}
    if last and not found - sides and _both_sides(span.doc[clause[0] : clause[1]]):
        # "The acquisition is expected to save the companies 1.5 billion pounds"
        return [replace(lk, rule="deal-context", role="partner") for lk in last]
    if kind != "deal" or not last or not found <= sides or found == sides:
        return links  # another company's deal, or both sides named already
    unit = any(lk.path.startswith("unit") for lk in last)  # a price per unit bought
    told = found and _one_deal(span.doc[clause[0] : clause[1]], last)  # one side named
    if not (per_share(span) or _deal_subject(span.doc[clause[0] : clause[1]]) or unit or told):
        return links
    return [lk if lk.company in found else replace(lk, rule="deal-context") for lk in last]


_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
_DEAL_WORDS = DEAL_REFS | BUY_WORDS | SELL_WORDS | _WORDS["deal_story_words"]
_THE = ("the", "its")
_OTHER_THINGS = STAKE_NOUNS | _WORDS["other_deal_things"]
_NOT_ONE_DEAL = _WORDS["not_one_deal_words"]  # a yearly sum, a government


def _one_deal(clause: Span, sides: list[Link]) -> bool:
    """A clause of the story's deal that names one side ("Telecom received 107 mln dlrs at
    closing", "a possible offer price of 62 euros per share from ADNOC"): a deal word, and no
    other thing bought or buyer ("for a 12.5 pct limited partnership", "to an investor"),
    no other company or government ("Qwest said MCI had rejected a deal worth $8bn", "the
    government will receive ...") nor a yearly sum ("$660 million per year")."""
    lemmas = {t.lemma_.lower() for t in clause}
    if not lemmas & _DEAL_WORDS or lemmas & _NOT_ONE_DEAL:
        return False
    named = {lk.mention for lk in sides} | {lk.company for lk in sides}
    if any(e.label_ == "ORG" and e.text not in named for e in clause.ents):
        return False
    return not any(
        t.lemma_.lower() in _OTHER_THINGS and not any(c.lower_ in _THE for c in t.children)
        for t in clause
    )


def _both_sides(clause: Span) -> bool:
    """ "the companies", "both firms", "the two groups": the sides of a deal together."""
    return any(
        t.lemma_.lower() in SIDE_NOUNS
        and (
            t.tag_ == "NNS" and any(c.lower_ in ("the", "both", "two") for c in t.children)
            # "the combined company would have $35bn in revenue": the merged sides
            or any(c.lower_ in ("combined", "merged") for c in t.children)
        )
        for t in clause
    )


def _deal_subject(clause: Span) -> bool:
    return any(
        t.dep_ in SUBJECT_DEPS
        and t.lemma_.lower() in DEAL_REFS
        and any(c.lower_ in ("the", "this", "that") for c in t.children)
        for t in clause
    )


DEAL_WINDOW = 4  # sentences back to the deal "the deal" speaks of


def told_deal(ctx: DocContext, span: Span, last: list[Link]) -> list[Link]:
    """The sides of the deal a deal's amount speaks of (for :func:`story_deal`): with
    "the deal" as its subject, the nearest deal an earlier sentence told of, with or
    without a price ("IBM ... sold its PC hardware division to ... Lenovo." ... "The
    $1.75bn deal will make ..."), else ``last``, the sides of the story's last deal with
    an amount; else the planes, for a price per unit bought."""
    doc = ctx.doc
    sent = sent_of(doc, span.start)
    if not _deal_subject(doc[sent.start : sent.end]):
        return last or unit_sides(ctx, span)  # "... $17.6m per plane" after "36 planes"
    prev = sent.start - 1
    for _ in range(DEAL_WINDOW):
        if prev < 0:
            break
        psent = sent_of(doc, prev)
        for verb in psent:
            sides = _verb_sides(ctx, verb)
            if sides:
                return sides
        prev = psent.start - 1
    return last


def _verb_sides(ctx: DocContext, verb: Token) -> list[Link]:
    """Both sides of "X bought Y", "X plans to buy a unit from Y" / "X sold Y to Z", or
    none."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in BUY_WORDS | SELL_WORDS:
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp":  # "X plans to acquire Y"
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    m = ctx.mention_at(subj) if subj is not None else None
    if m is None:
        return []
    name = ctx.canonical(m.name)
    text = ctx.doc[m.start : m.end].text
    if lemma in BUY_WORDS:
        first = Link(name, text, "deal-context", f"{lemma}<nsubj", "payer")
        # what is bought, else the seller of a unit: "acquire the product line from Y"
        sellers = [g for c in _with_object(verb) if c.lower_ == "from" for g in c.children]
        others = _sides(ctx, verb, ("dobj",), "payee", {name}) or _links(
            ctx, sellers, f"{lemma}>from", "payee", {name}
        )
    else:
        first = Link(name, text, "deal-context", f"{lemma}<nsubj", "payee")
        buyers = [g for c in _with_object(verb) if c.lower_ == "to" for g in c.children]
        others = _links(ctx, buyers, f"{lemma}>to", "payer", {name})
    others = [replace(lk, rule="deal-context") for lk in others]
    return [first, *others] if others else []
