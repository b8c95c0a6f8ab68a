"""What a deal word's objects name (pipeline/link/rules/deals.py): the holders of a
company a buying verb takes ("buy out minority investors in Fox"), a passive buying
verb's subject ("Acme was acquired by Beta"), the company "one of" picks ("one of its
rivals, X"), a name inside an object ("Somerfield supermarket chain"), a ticker after a
name ("<WMX>"), whom a contract is awarded to ("awarded a contract to X") and who takes
a bid ("Beta rejected Acme's offer"), the name right after a describing noun ("for
fellow insurance broker <Stewart Wrightson Plc>")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.companies.mentions import Mention
from pipeline.link.context import DocContext
from pipeline.nlp.doccache import doc_text
from pipeline.nlp.layout import is_title_case, line_at
from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
HOLDERS = _CUES["holder_nouns"]  # "investors in X"
_LINK_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
AWARD_VERBS = _LINK_WORDS["award_verbs"]  # "awarded it to X"
BUY_VERBS = _LINK_WORDS["deal_buy_words"]  # "buy X ..., valuing it at $N"
TARGET_VERBS = _LINK_WORDS["bid_target_verbs"]  # "Beta rejected Acme's offer"
CONTRACT_NOUNS = _LINK_WORDS["contract_nouns"]  # "a contract with X", "a deal worth $N"
LED_BY = _LINK_WORDS["led_by_heads"]  # "from a group of banks led by X": X provides the money
SHARES = _LINK_WORDS["held_share_words"]  # "the shares in X", "the stock of X"


def bought_passive(verb: Token) -> list[Token]:
    """ "Acme was acquired by Beta", "87% of Taung was bought by X": what a passive buying
    verb's subject names is bought (a share of a company: the company)."""
    out = []
    for subj in (c for c in verb.children if c.dep_ == "nsubjpass"):
        whole = [g for c in subj.children if c.lower_ == "of" for g in c.children]
        out += whole if subj.like_num or subj.lower_ in ("%", "percent", "stake") else [subj]
    return out


def held_in(verb: Token) -> list[Token]:
    """ "buy out minority investors in Fox", "buy the shareholders of Beta", "buy all of
    the shares in Augusta": the company whose holders or shares a buying verb takes (that
    company is bought)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for o in objs if o.lower_ == "all" for c in o.children if c.lower_ == "of"
             for g in c.children]  # fmt: skip  # "all of the shares"
    holders = [o for o in objs if o.lemma_.lower() in HOLDERS or o.lower_ in SHARES]
    held = [g for h in holders for c in h.children if c.lower_ in ("in", "of") for g in c.children]
    if holders and not held:  # "buy all of the shares in X", "in X" hung on the verb
        held = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                for g in c.children]  # fmt: skip
    return held


def one_of(tok: Token) -> list[Token]:
    """ "one of its rivals": the noun a pronoun-like "one" picks from."""
    if tok.lower_ != "one":
        return []
    return [g for c in tok.children if c.lower_ == "of" for g in c.children]


def ticker_after(tok: Token) -> bool:
    """ "<WMX>", or "(T)" in upper case right after a name: a ticker, not the name."""
    doc = tok.doc
    if doc[tok.i - 1].text == "<":
        return True
    closed = tok.i + 1 < len(doc) and doc[tok.i + 1].text == ")"
    return doc[tok.i - 1].text == "(" and closed and tok.is_upper and doc[tok.i - 2].pos_ == "PROPN"


def name_after(ctx: DocContext, tok: Token) -> Mention | None:
    """ "an offer for fellow insurance broker <Stewart Wrightson Plc>" where the parser hung
    the name elsewhere: the company named right after a describing noun (a wire's "<"
    between them), or None."""
    doc, i = tok.doc, tok.i + 1
    if tok.pos_ != "NOUN" or i >= len(doc):
        return None
    i += doc[i].text == "<"
    m = ctx.mention_at(doc[i]) if i < len(doc) and doc[i].is_title else None
    return m if m is not None and m.start == i else None


def named_side(ctx: DocContext, tok: Token) -> Mention | None:
    """The company ``tok`` names as a deal's side: a mention, a capitalized name the data
    accepts (not on a title-case or capitals line, a headline's, where every word is
    capitalized: "Pays NOK 16 Billion for Stake in Offshore Wind"), a compound's name, the
    name after a describing noun; for a relative pronoun, what its clause hangs on ("Bolt
    Inc, which Acme bought for $2bn")."""
    if tok.lower_ in ("which", "that", "whom") and tok.head.dep_ == "relcl":
        tok = tok.head.head
    doc = tok.doc
    line = line_at(doc_text(doc), tok.idx)
    titled = line.isupper() or is_title_case(line.split()) and not line.rstrip().endswith(".")
    return ctx.mention_at(tok, loose=not titled) or compound_name(ctx, tok) or name_after(ctx, tok)


def compound_name(ctx: DocContext, tok: Token) -> Mention | None:
    """ "Somerfield supermarket chain", "its Carling stake", "a score of Airbus A320
    jets": the name inside the object (its maker or owner)."""
    heads = [tok, *(g for c in tok.children if c.lower_ == "of" for g in c.children)]
    for head in heads:
        for c in head.doc[head.left_edge.i : head.i]:
            if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN":
                m = ctx.mention_at(c)
                if m is not None:
                    return m
    return None


def awarded_to(noun: Token) -> list[Token]:
    """ "awarded a $1bn contract to X", "the order was handed to X": X is paid."""
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or verb.lemma_.lower() not in AWARD_VERBS:
        return []
    return [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for g in c.children]  # fmt: skip


def names_of(ctx: DocContext, toks: list[Token]) -> set[str]:
    """The canonical names of the companies ``toks`` name."""
    return {ctx.canonical(m.name) for t in toks if (m := ctx.mention_at(t, loose=True)) is not None}


def bought_in_clause(ctx: DocContext, verb: Token) -> Mention | None:
    """ "looking to buy all of the shares in Augusta for $2 each, valuing it at $180m":
    the company a buying verb above ``verb`` (a participle or a clause it hangs on) takes,
    which the participle's "it" stands for."""
    cur = verb
    for _ in range(4):
        if cur.dep_ not in ("advcl", "xcomp", "conj", "acl") or cur.head.i == cur.i:
            return None
        cur = cur.head
        for head in (cur, *(c for c in cur.children if c.dep_ == "xcomp")):
            if head.lemma_.lower() not in BUY_VERBS:
                continue
            objs = [c for c in head.children if c.dep_ == "dobj"] + held_in(head)
            found = [m for o in objs if (m := ctx.mention_at(o, loose=True)) is not None]
            if found:
                return found[-1]  # the shares' company after "all of the shares"
    return None


def takes_bid(bid: Token) -> bool:
    """ "Beta rejected Acme's proposed $1.3bn offer", "Beta received a proposal from Acme":
    the subject of a verb that receives a bid naming its bidder (on the bid or the verb)
    is what the bid is for; with no bidder named the subject may be the bidder's side."""
    verb = bid.head
    if bid.dep_ != "dobj" or verb.lemma_.lower() not in TARGET_VERBS:
        return False
    return any(c.dep_ == "poss" for c in bid.children) or any(
        c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
        for h in (bid, verb) for c in h.children
    )  # fmt: skip


def rejected_by(span: Span) -> list[Token]:
    """ "Acme offered £1.3bn, which was rejected by the LSE": who turned down, took or
    recommended the amount offered (a passive clause on it) is what the bid is for."""
    out = []
    for rel in (c for c in span.root.children if c.dep_ in ("relcl", "acl")):
        if rel.lemma_.lower() in TARGET_VERBS and any(c.dep_ == "auxpass" for c in rel.children):
            out += [p for a in rel.children if a.dep_ == "agent" for p in a.children]
    return out


def sale_price(span: Span, noun: Token) -> bool:
    """The amount is the price of ``noun``: "a $5m sale", "the sale of X for $5m", "completed
    the sale ... for $5m", "the sale of X is to complete in a deal worth $5m" (not a later
    figure the sale's clause holds)."""
    head = span.root.head
    deal = head.head if head.lower_ == "worth" and head.head.lemma_ in CONTRACT_NOUNS else None
    if head == noun or deal is not None and noun.head in deal.ancestors:
        return True
    return head.lower_ in ("for", "worth", "at") and head.head in (noun, noun.head)


def members(tok: Token) -> list[Token]:
    """ "a consortium led by Brookfield and including Grok": for a group noun, who leads
    and who is in it (each a side of the bid); any other word as it is."""
    if tok.lemma_.lower() not in LED_BY:
        return [tok]
    led = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ == "lead"]
    # "including Y" hangs on the verb, the group or the bid the group makes
    holders = [*led, tok, *([tok.head.head] if tok.head.dep_ == "prep" else [])]
    out = [g for v in led for p in v.children if p.dep_ == "agent" for g in p.children]
    out += [g for h in holders for p in h.children if p.lower_ == "including"
            for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    return [m for g in out for m in (g, *g.conjuncts)] if led else [tok]
