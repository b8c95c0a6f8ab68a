"""The clubs on both sides of a player's transfer (FACTS.md: a deal belongs to both
sides): "joined Rangers from Red Star Belgrade for £1.2m" is Rangers' (payer) and Red
Star Belgrade's (payee); "he moved to Chelsea for £2.25m from Anderlecht", "a £15.8m
signing from Parma", "a £2m deal for Everton's Thomas Gravesen" (the player's club
sells). Read on the words over the fee (``kind_transfer.transfer_path``): a club they
join or move "to" pays, one a move comes "from" is paid, one a bid comes "from" or
that makes or launches a bid pays.
Only named clubs and companies (``pipeline/companies/clubs.py`` finds the clubs), never
the player (the surname of a person the story names: "Barry Ferguson", "Ferguson");
rule ``transfer``. Words: ``transfer_bid_words`` of ``models/link/words.jsonl`` and
``club_join_verbs`` of ``models/companies/words.jsonl``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from pipeline.companies.clubs import CLUB_WORDS, JOIN_VERBS
from pipeline.link.context import DocContext
from pipeline.link.kind_transfer import transfer_path
from pipeline.link.rules.parse import Link, dedupe
from pipeline.resources import MODELS_DIR, word_sets

BID_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")["transfer_bid_words"]


def transfer_sides(ctx: DocContext, span: Span, kind: str, links: list[Link]) -> list[Link]:
    """``links`` with the clubs of a transfer fee added (see the module docstring)."""
    path = transfer_path(span) if kind == "deal" else []
    if not path:
        return links
    # the player is no side: the surname of a person the story names ("Barry Ferguson");
    # NER calls clubs persons too ("Manchester United"), so a club's word is no surname
    people = {e[-1].text for e in ctx.doc.ents
              if e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ not in CLUB_WORDS}
    links = [lk for lk in links if lk.company not in people and lk.mention not in people]
    found = []
    for word in path:
        lemma = word.lemma_.lower()
        for tok, role, how in _sides(word, lemma in BID_WORDS):
            m = ctx.mention_at(tok)
            if m is not None:
                name = ctx.canonical(m.name)
                found.append(Link(name, ctx.doc[m.start : m.end].text, "transfer",
                                  f"{lemma}>{how}", role))  # fmt: skip
    return dedupe([*links, *found]) if found else links


def _sides(word: Token, bid: bool) -> Iterator[tuple[Token, str, str]]:
    """(name's token, role, path) of the clubs ``word`` names."""
    if bid and word.dep_ == "dobj":  # "Chelsea could launch a £35m bid": who bids pays
        for subj in (c for c in word.head.children if c.dep_ == "nsubj"):
            yield subj, "payer", "dobj<nsubj"
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "to", "for"):
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                if child.lower_ == "from":  # "a bid from Tottenham"; "a move from Chelsea"
                    yield obj, "payer" if bid else "payee", "from"
                elif child.lower_ == "to":  # "moved to Chelsea", "sold to Everton"
                    yield obj, "payer", "to"
                else:  # "a deal for Everton's Thomas Gravesen": the player's club sells
                    for owner in (g for g in obj.children if g.dep_ == "poss"):
                        yield owner, "payee", "for>poss"
        elif child.dep_ == "dobj" and word.lemma_.lower() in JOIN_VERBS:
            yield child, "payer", "dobj"  # "joined Rangers"
        elif child.dep_ == "poss":  # "Birmingham's £6m offer"
            yield child, "payer", "poss"
