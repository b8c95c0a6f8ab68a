"""What is bought, sold, offered or paid for decides whether its price is a deal
(FACTS.md "Kind": an acquisition, stake, asset sale or contract) or the price of goods
(``other``), read by :func:`pipeline.link.kinds.read_kind` for the trade verbs of
``models/link/words.jsonl`` and the offer verbs of ``models/link/kind_cues.jsonl``.

- "sold its office tower to Ascend REIT", "paid 260bn roubles for Yugansk", "bought
  18.8% of Southcorp": a company, unit, asset or stake changes hands (deal);
- "sold the T-shirts at 170 DKK", "Wippit offers a download subscription service for
  £4.99", "the PSP is selling in Japan for 19,800 yen", "Apple expects the Mac mini to
  sell for £339": goods or a service (other); an intransitive "sell" prices its subject.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
DEAL_OBJECTS = _WORDS["deal_objects"]
TRADE_VERBS = _WORDS["trade_verbs"] | _CUES["offer_verbs"]
_CONTRACT_NOUNS = _WORDS["contract_nouns"]
_OFFER_VERBS = _CUES["offer_verbs"]
_BUY_VERBS = _WORDS["deal_buy_words"]
_HOLDERS = _CUES["holder_nouns"]
_PERCENT = frozenset({"%", "pct", "percent"})
_GOODS_ENTS = frozenset({"PRODUCT", "WORK_OF_ART"})  # "Mac Mini", "Halo 2": named goods


def trade_object_kind(
    verb: Token, came_from: Token, is_company: Callable[[Token], bool]
) -> str | None:
    """``deal`` or ``other`` by what ``verb`` trades, ``came_from`` being the word on the
    amount's side; None: the verb's own kind stands."""
    if verb.head.lemma_.lower() in _CONTRACT_NOUNS:
        return "deal"  # "signed a contract to purchase 20 jets for $1bn": an order is a deal
    things = _traded(verb, came_from)
    if not things and verb.lemma_.lower() == "pay":
        return None  # "will pay $100m now": "pay" alone does not say what for
    buyers = [g for c in verb.children if c.lower_ == "to" for g in c.children]
    if any(is_company(b) for b in buyers):
        return "deal"  # "sold its office tower to Ascend REIT": an asset sale to a company
    if _sellers_only(verb):
        # "the PSP is selling for 19,800 yen", "Beatles suits sell for $110,000": what sells
        # for a price is goods, however named, unless it is a unit or asset
        return "deal" if any(c.lemma_.lower() in DEAL_OBJECTS for c in things) else "other"
    for c in things:
        # a named thing ("paid 260bn roubles for Yugansk") is a company, unit or asset,
        # unless it is named goods ("offer a less powerful Mac Mini for £339"); a list
        # changes hands as a whole ("sold its gloves and antiseptics businesses")
        if any(_deal_thing(t, is_company) for t in [c, *_conjuncts(c), *_named_as(c)]):
            return "deal"
        if c.pos_ in ("NOUN", "PROPN"):
            return "other"
    return None


def _deal_thing(c: Token, is_company: Callable[[Token], bool]) -> bool:
    """A company, unit, asset or stake: "Yugansk", "its businesses", "18.8% of Southcorp",
    "a five pct equity position" (a percentage of something is a stake in it), the
    holders of a company ("the minority shareholders of Beta")."""
    if is_company(c) or c.lemma_.lower() in DEAL_OBJECTS:
        return True
    if c.lemma_.lower() in _HOLDERS and any(g.lower_ in ("in", "of") for g in c.children):
        return True  # "buy out minority investors in Fox": their stakes change hands
    if c.pos_ == "PROPN" and c.ent_type_ not in _GOODS_ENTS:
        return True
    if c.lower_ in _PERCENT and any(g.lower_ == "of" for g in c.children):
        return True  # "bought 18.8% of Southcorp"
    return c.pos_ == "NOUN" and any(
        g.lower_ in _PERCENT and g.dep_ in ("compound", "nmod", "amod") for g in c.children
    )


def _named_as(tok: Token) -> list[Token]:
    """What names ``tok`` beside it: "The mill, Krivorizhstal, was sold for $800m"."""
    return [c for c in tok.children if c.dep_ == "appos"]


def bought_with(
    verb: Token, is_company: Callable[[Token], bool], phrasal: Callable[[Token], str | None]
) -> str | None:
    """ "spent A$584m on buying an 18.8% stake in Southcorp" (deal), "spend 500m euros this
    year buying back shares" (a buy-back: ``phrasal`` reads "buy back"): what money is spent
    on buying, a gerund after "on" or none; None when no buying is said or what is bought
    is no company, unit or asset (goods: the spending's own kind stands)."""
    gerunds = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"]
    gerunds += [
        g
        for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
        for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
    ]
    for g in gerunds:
        if g.lemma_.lower() not in _BUY_VERBS:
            continue
        kind = phrasal(g)
        if kind is not None:
            return kind  # "buying back shares", "buying out minority shareholders"
        things = [c for c in g.children if c.dep_ == "dobj"]
        if any(_deal_thing(t, is_company) for c in things for t in [c, *_conjuncts(c)]):
            return "deal"
    return None


def _conjuncts(tok: Token) -> list[Token]:
    """The nouns joined to ``tok`` by "and"/"or" ("gloves and ... businesses")."""
    return list(tok.conjuncts)


def _traded(verb: Token, came_from: Token) -> list[Token]:
    """What changes hands: the object ("sold the T-shirts"); what is paid or offered
    "for" when the amount is the object ("offered $5bn for Acme"); for an intransitive
    "sell", its subject ("the PSP is selling for 19,800 yen")."""
    lemma = verb.lemma_.lower()
    if lemma in _OFFER_VERBS and came_from.dep_ not in ("dobj", "prep"):
        return []  # "Foster's A$4.17-a-share takeover proposal offered a fit": no price
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + _late_objects(verb)
    if lemma == "pay" or (lemma in _OFFER_VERBS and came_from.dep_ == "dobj"):
        # the parser may hang "for" on the amount: "paid 240 mln dlrs for Columbian Co"
        fors = list(verb.children) + (list(came_from.children) if came_from.dep_ == "dobj" else [])
        return [g for c in fors if c.lower_ == "for" for g in c.children]
    if objects or lemma != "sell":
        return objects
    return _sellers(verb)


def _sellers_only(verb: Token) -> bool:
    """An intransitive "sell" ("is selling for", "to sell for"): no object, no passive
    subject, so what it prices is its subject."""
    return (
        verb.lemma_.lower() == "sell"
        and verb.dep_ != "acl"
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
        and not _late_objects(verb)
    )


def _late_objects(verb: Token) -> list[Token]:
    """An object written after the price, which the parser hangs on the amount: "agreed
    to sell for 40 mln dlrs its Network Services facility"."""
    return [
        a
        for c in verb.children if c.lower_ == "for"
        for g in c.children if g.dep_ == "pobj"
        for a in g.children if a.dep_ == "appos" and a.pos_ == "NOUN" and a.i > g.i
    ]


def _sellers(verb: Token) -> list[Token]:
    """The subject of an intransitive "sell", or, for "expects the Mac mini to sell" and
    "is supposed to sell", the object or subject of the verb it completes."""
    tok = verb
    for _ in range(3):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj
        if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i == tok.i:
            return []
        objs = [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i]
        if objs:
            return objs
        tok = tok.head
    return []
