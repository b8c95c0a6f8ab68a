"""A company buying its own shares is a buy-back (FACTS.md "Kind": buy-backs are
``other``), though "bought 10 mln shares for 400 mln dlrs" reads like a stake purchase.

The shares a buying verb over the amount takes are the buyer's own when the parse says so
("its own shares", "2 mln of its shares", "shares of its common stock"), or when they name
no other owner and the sentence tells of a buy-back ("under its repurchase program, it has
bought 10 mln shares for 461 mln dlrs"). Shares of a named company ("bought 1.2 mln Acme
shares", "shares of Acme common stock") stay a stake purchase (a deal).

Word lists: ``models/link/kind_cues.jsonl`` (``buyback_verbs``, ``buyback_words``,
``buyback_share_nouns``, ``return_verbs``, ``holder_nouns``).

Money a company gives back to its owners ("return $500m to shareholders") is a return of
capital, no price of anything: ``other`` too (:func:`returned_to_holders`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_VERBS = _CUES["buyback_verbs"]
_TOLD = _CUES["buyback_words"]
_SHARES = _CUES["buyback_share_nouns"]
_RETURN = _CUES["return_verbs"]
_HOLDERS = _CUES["holder_nouns"]
_OWN = frozenset({"its", "their", "own"})
_NAMING = frozenset({"compound", "poss", "nmod", "amod"})


def bought_back(span: Span, clause: tuple[int, int]) -> bool:
    """Whether the amount is the price of shares a company buys back: the nearest buying
    verb over it (in its clause) takes shares that are the buyer's own."""
    lo, hi = clause
    cur = span.root
    for _ in range(6):
        head = cur.head
        if head.i == cur.i or not lo <= head.i < hi:
            return False
        cur = head
        if cur.pos_ == "VERB" and cur.lemma_.lower() in _VERBS:
            return _own_shares(cur, span)
    return False


def _own_shares(verb: Token, span: Span) -> bool:
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    chains = [_share_chain(o) for o in objs if not span.start <= o.i < span.end]
    chains = [ch for ch in chains if ch]
    if not chains or any(_other_owner(t) for ch in chains for t in ch):
        return False
    marks = [c.lower_ for ch in chains for t in ch for c in t.children
             if c.dep_ in ("poss", "amod") and c.lower_ in _OWN]  # fmt: skip
    if "own" in marks or marks and _buyer_is_subject(verb):
        return True  # "its own shares"; "it will buy 2 mln of its shares"
    return _told(verb)


def _buyer_is_subject(verb: Token) -> bool:
    """Whether "its" on the shares can be the buyer's: the buying verb (or the verb it
    completes, "is offering to purchase") has a subject of its own that is a pronoun or
    the sentence's subject; not "a proposal from X seeking to buy all of its shares", or
    "Beta said Acme offered to buy all of its shares", where "its" is the target's."""
    tok = verb
    for _ in range(3):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            main = [c for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
            return subj[0].pos_ == "PRON" or subj[0] in main
        if tok.dep_ != "xcomp":
            return False
        tok = tok.head
    return False


def _share_chain(obj: Token) -> list[Token]:
    """ "10.4 mln shares", "2 mln of its shares", "500,000 shares of its common stock": the
    object and its "of" nouns, when one of them is shares."""
    chain = [obj]
    while len(chain) < 4:
        nxt = [g for c in chain[-1].children if c.lower_ == "of" for g in c.children]
        if not nxt:
            break
        chain.append(nxt[0])
    has_shares = any(t.lemma_.lower() in _SHARES or t.lower_ in _SHARES for t in chain)
    return chain if has_shares else []


def _other_owner(tok: Token) -> bool:
    """A name on the shares ("Acme shares", "Acme's stock", "shares of Acme")."""
    if tok.pos_ == "PROPN":
        return True
    return any(c.dep_ in _NAMING and c.pos_ == "PROPN" for c in tok.children)


def _told(verb: Token) -> bool:
    """The sentence names a buy-back ("repurchase program", "buyback"), or the verb is
    "buy back" itself."""
    if any(c.dep_ == "prt" and c.lower_ == "back" for c in verb.children):
        return True
    return any(t.lower_ in _TOLD or t.lemma_.lower() in _TOLD for t in verb.sent)


def returned_to_holders(span: Span) -> bool:
    """ "return $500m to shareholders", "hand back 1bn euros to investors": the amount is
    what a verb of giving back gives to a company's owners."""
    verb = span.root.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RETURN:
        return False
    return any(
        p.dep_ in ("prep", "dative") and p.lower_ == "to"
        and any(g.lemma_.lower() in _HOLDERS for g in p.children)
        for p in verb.children
    )  # fmt: skip
