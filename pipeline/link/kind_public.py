"""Kinds of public money (FACTS.md "Kind"), read by :func:`pipeline.link.kinds.read_kind`;
the word lists are ``models/link/kind_cues.jsonl``.

- "reducing the deficit to $230bn", "the shortfall is projected to rise to $427bn": a
  budget deficit, shortfall or surplus is a government's forecast result
  (``financials``), while a trade or current-account balance is a trade total
  (``other``). Which balance a bare "the deficit" is comes from its own modifier, else
  from imports or exports named in its sentence, else from the nearest "budget deficit"
  or "trade deficit" the article writes out;
- "discount window borrowings were 935 mln dlrs a day", "banks were forced to borrow 5.2
  billion dlrs from the Fed": money moving between banks and a central bank is no money
  raised nor spent (``other``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.link.kind_goods import goods_price_move
from pipeline.nlp.doccache import doc_text
from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_BALANCES = _CUES["balance_nouns"]
_SIDES = {"financials": _CUES["budget_balance_words"], "other": _CUES["trade_balance_words"]}
_MARKET_WORDS = _CUES["money_market_words"]
_FLOW_WORDS = _CUES["money_market_flows"]
_CENTRAL_BANKS = _CUES["central_banks"]
_EARN_VERBS = _CUES["earn_verbs"]
_REPORT_VERBS = word_sets(MODELS_DIR / "link/words.jsonl")["report_verbs"]
_SURPLUS = frozenset(w for w in _BALANCES if w.startswith("surplus"))
_MENTIONS_KEY = "nf_balance_mentions"
_SIDE_RE = "|".join(sorted((re.escape(w) for s in _SIDES.values() for w in s), key=len)[::-1])
# "budget deficit", "the U.S. budget and its deficit", "trade and budget deficits"
_MENTION = re.compile(
    rf"\b({_SIDE_RE})\s+(?:[a-z'-]+\s+){{0,2}}?(deficits?|shortfalls?|surplus(?:es)?)\b",
    re.IGNORECASE,
)
_MARKET_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _MARKET_WORDS) + r")\b")
_FLOW_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _FLOW_WORDS) + r")\b")
_BANK_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _CENTRAL_BANKS) + r")\b")


def balance_kind(tok: Token) -> str | None:
    """``financials`` for a budget balance, ``other`` for a trade balance, None when the
    word is no balance noun heading its phrase or nothing says which balance it is."""
    if tok.lower_ not in _BALANCES or tok.dep_ in ("compound", "amod"):
        return None  # "surplus property": a modifier, no balance
    side = _modifier_side(tok) or _following_side(tok)
    if side is not None:
        return side
    if any(t.lemma_.lower() in ("import", "export") for t in tok.sent):
        return "other"  # "With imports rising a similar amount, the deficit rose to $43.4bn"
    return _article_side(tok)


def _side_of(word: Token) -> str | None:
    for side, words in _SIDES.items():
        if word.lower_ in words or word.lemma_.lower() in words:
            return side
    return None


def _modifier_side(tok: Token) -> str | None:
    """The side named in the few words before the noun, within its phrase ("the giant US
    budget deficit", "a current account deficit", "the budget and its deficit")."""
    start = tok.sent.start
    for j in range(tok.i - 1, max(start, tok.i - 5) - 1, -1):
        word = tok.doc[j]
        if word.pos_ in ("VERB", "AUX", "ADP") or (word.is_punct and word.text != "-"):
            return None
        side = _side_of(word)
        if side is not None:
            return side
    return None


def _following_side(tok: Token) -> str | None:
    """ "a deficit on trade", "a surplus in its current account"."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in ("on", "in", "of"):
        return None
    for word in doc[tok.i + 2 : min(tok.i + 5, tok.sent.end)]:
        side = _side_of(word)
        if side is not None:
            return side
    return None


def _article_side(tok: Token) -> str | None:
    """The side of the written-out balance of the same polarity nearest before the word,
    else nearest after it."""
    surplus = tok.lower_ in _SURPLUS
    found = [(pos, side) for pos, side, s in _mentions(tok.doc) if s == surplus]
    before = [side for pos, side in found if pos < tok.idx]
    if before:
        return before[-1]
    after = [side for pos, side in found if pos > tok.idx]
    return after[0] if after else None


def _mentions(doc: Doc) -> list[tuple[int, str, bool]]:
    """Every written-out balance of the article (read once per doc): its offset, side and
    whether it is a surplus."""
    cached = doc.user_data.get(_MENTIONS_KEY)
    if cached is None:
        cached = []
        for m in _MENTION.finditer(doc_text(doc)):
            word = m.group(1).lower()
            side = next(s for s, words in _SIDES.items() if word in words)
            cached.append((m.start(2), side, m.group(2).lower().startswith("surplus")))
        doc.user_data[_MENTIONS_KEY] = cached
    return list(cached)


def central_bank_money(span: Span, kind: str | None) -> bool:
    """Whether the amount read as ``kind`` is money of a central bank's dealings with the
    money market: its sentence is a money-market report's ("a shortage of around 250 mln
    stg in the money market", "a fall in note circulation would add 345 mln stg"; any
    kind), or, read as funding or investment, its sentence names the money market's
    dealings ("discount window borrowings were 935 mln dlrs a day") or a central bank or
    the money market is a side of the verb that governs the amount ("the Bank of Japan
    injected ¥1 trillion", "borrow 5.2 billion dlrs from the Fed", "provided the money
    market with assistance worth 90 mln stg")."""
    if kind in (None, "other"):
        return False
    if money_market_flow(span):
        return True  # a day's money-market flows: no result, no money raised or traded
    if kind not in ("funding", "investment"):
        return False
    if _MARKET_RE.search(" ".join(span.sent.text.lower().split())):
        return True
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() in _REPORT_VERBS:
        return False
    return any(_is_central_bank(side) for side in _sides(verb) + _from_at(span.root))


def money_market_flow(span: Span) -> bool:
    """Whether the amount's sentence is a money-market report's ("a shortage of around 250
    mln stg in the money market", "exchequer transactions will add some 120 mln stg")."""
    return _FLOW_RE.search(" ".join(span.sent.text.lower().split())) is not None


def _sides(verb: Token) -> list[Token]:
    """The subject, objects and "from"/"at"/"to"/"with"/"by" sides of a verb, and where
    an object comes "from" or is held "at"."""
    sides = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
    for c in verb.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "at", "to", "with", "by"):
            sides += [g for g in c.children if g.dep_ == "pobj"]
    return sides + [g for side in sides for g in _from_at(side)]


def _from_at(tok: Token) -> list[Token]:
    """Where money comes "from" or is held "at": "borrowings of 169 mln dlrs from the
    Federal Reserve"."""
    return [
        g
        for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "at")
        for g in c.children if g.dep_ == "pobj"
    ]


def _is_central_bank(tok: Token) -> bool:
    """ "Taiwan's central bank", "the Fed", "the money market": the side's own word is part
    of the name ("a money market preferred stock" is a stock); not a bank whose name only
    ends so ("the Long Term Credit Bank of Japan")."""
    words = [t for t in tok.subtree if not t.is_space]
    starts, text = [], ""
    for t in words:  # the phrase in lower case, one space between words
        starts.append(len(text))
        text += t.lower_ + " "
    for m in _BANK_RE.finditer(text):
        inside = [i for i, st in enumerate(starts) if m.start() <= st < m.end()]
        if not inside or tok.i not in (words[i].i for i in inside):
            continue
        before = words[inside[0] - 1] if inside[0] else None
        named = before is not None and before.text[:1].isupper() and before.lower_ != "the"
        if "market" in m.group(0) or not named:
            return True
    return False


def budget_balance(span: Span) -> bool:
    """Whether the amount's sentence speaks of a budget deficit or surplus: a government's
    result, whose sector is none (FACTS.md Sector 4: "a government's budget"), not the
    article's industry."""
    return any(balance_kind(t) == "financials" for t in span.sent)


def country_earns(span: Span) -> bool:
    """ "The Philippines earned 488 mln dlrs from coconut products", "Colombia can hope to
    earn about 1,500 mln dlrs this calendar year from coffee exports": what a country
    earns is its export earnings, a trade total (FACTS.md Kind other), no results."""
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in _EARN_VERBS:
        return False
    tok = verb
    for _ in range(3):  # "Colombia can hope to earn": the subject of the verb it completes
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return all(_country(s) for s in subj)
        if tok.dep_ == "relcl":  # "Uganda -- which earns about 400 mln dlrs"
            return _country(tok.head)
        if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _country(tok: Token) -> bool:
    if tok.lower_ in ("which", "that") and tok.head.dep_ == "relcl":
        tok = tok.head.head
    return tok.ent_type_ == "GPE"


def industry_money(span: Span, kind: str) -> bool:
    """Whether an ownerless amount may take the article's industry (FACTS.md Sector 3):
    results, but no budget balance (Sector 4: "a government's budget"); a country's
    export earnings from an industry's goods ("the Philippines earned 488 mln dlrs from
    coconut products") too, and a move in the price of goods ("crude oil futures ... have
    now lost $4", read as results before ``kind_goods``)."""
    if kind == "financials":
        return not budget_balance(span)
    sent = (span.sent.start, span.sent.end)
    return kind == "other" and (
        country_earns(span)
        or goods_price_move(span, sent, lambda t: False, lambda t: None)
        or money_market_flow(span)  # the banking system's flows, read as results before
    )
