"""Both sides of a deal, and every link's role (FACTS.md "One fact": a deal's amount
belongs to the buyer and to what is bought; ``role`` says each company's part).

The parse rules find one owner, usually the buyer (the subject of "buy"). This module
adds the other side when the deal word that governs the amount names it:

- a buying verb's object: "NTL agreed to buy Telewest for $6 billion" (Telewest, payee);
- a selling verb's buyer: "Acme sold its unit to Beta for $2 billion" (Beta, payer;
  Acme, the seller, payee);
- a deal noun's object: "the acquisition of MBNA in a deal worth $34.2 billion",
  "a bid for Cadbury", "the merger with Beta";
- the company whose shares are priced: "$23.93 for each Telewest share".

Then each link gets a role: ``payer`` (invests, spends, buys, lends, pays),
``payee`` (is bought, sells, raises, receives, borrows), ``partner``, ``self`` (its
own results, value or share price), or '' when the kind says nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from pipeline.companies.mentions import Mention
from pipeline.link.context import SUBJECT_DEPS, DocContext
from pipeline.link.rules.deal_objects import (
    CONTRACT_NOUNS,
    LED_BY,
    awarded_to,
    bought_passive,
    held_in,
    members,
    named_side,
    names_of,
    one_of,
    rejected_by,
    sale_price,
    takes_bid,
    ticker_after,
)
from pipeline.link.rules.parse import Link, dedupe
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
BUY_WORDS = _WORDS["deal_buy_words"]  # the subject buys, the object is bought
SELL_WORDS = _WORDS["deal_sell_words"]  # the subject sells, "to X" buys
SALE_NOUNS = _WORDS["sale_nouns"]  # "the sale of its unit to X": X buys
SUPPLY_WORDS = _WORDS["supply_words"]  # "X is to supply Y with planes": Y buys
PAY_WORDS = _WORDS["deal_pay_words"]  # the subject pays, "for X" is bought
DEAL_NOUNS = _WORDS["deal_nouns"]  # "acquisition of X", "bid for X", "merger with X"
BETWEEN_NOUNS = _WORDS["between_nouns"]  # "the deal between X and Y"
BID_NOUNS = _WORDS["bid_nouns"]  # "an offer from X": X bids
PURCHASE_NOUNS = _WORDS["purchase_nouns"]  # "the purchase of a field from X": X sells
DEAL_REFS = _WORDS["deal_refs"]  # "the deal", "this offer": the story's deal
SIDE_NOUNS = _WORDS["side_nouns"]  # "the companies", "both firms": the deal's sides
LOAN_NOUNS = _WORDS["loan_nouns"]  # "a loan from X to Y", "financing from X"
STAKE_NOUNS = _WORDS["stake_nouns"]  # "a 26% stake in X"
INVEST_WORDS = _WORDS["invest_in_words"]  # "an investment in X": X is bought into
MERGE_WORDS = _WORDS["merge_words"]  # "to merge with X"
RECEIVE_WORDS = _WORDS["receive_words"]  # "receive $N from X": X pays
SPEND_WORDS = _WORDS["spend_from_words"]  # "spend $N on kit from X": X is paid
OWE_WORDS = _WORDS["owe_words"]  # "owes $N to X": X is owed
SUE_WORDS = _WORDS["sue_words"]  # "sue X for $N": X would pay
ROUND_HEADS = _WORDS["round_nouns"]  # "a Series B round led by X": X invests
RAISE_FROM_VERBS = _WORDS["raise_from_verbs"]  # "raised $N from X": X invests or lends
OFFERINGS = word_sets(MODELS_DIR / "link/kind_cues.jsonl")["priced_funding"]  # "from its IPO"
_LENDER_PREPS = frozenset({"from", "with"})  # "a loan from X", "a credit line with X"
_TARGET_PREPS = frozenset({"of", "for", "with"})
_KIND_ROLE = {
    "investment": "payer",
    "funding": "payee",
    "deal": "payer",
    "financials": "self",
    "valuation": "self",
}


def deal_sides(ctx: DocContext, span: Span, clause: tuple[int, int], kind: str,
               links: list[Link]) -> list[Link]:  # fmt: skip
    """``links`` with the deal's other side added and every link's role set."""
    if kind == "funding":
        return _loan_sides(ctx, span, clause, links)
    if kind != "deal":
        roled = [_with_role(lk, kind) for lk in links]
        invested = _invested_in(ctx, span, clause, links) if kind == "investment" else []
        return dedupe([*roled, *invested, *_other_party(ctx, span, clause, links)])
    lo, hi = clause
    owners = {link.company for link in links}
    added: list[Link] = []
    seller = ""
    bought = False
    bought_names: set[str] = set()  # "X was acquired by Y", "awarded a contract to X": paid
    bid_by: set[str] = set()  # "Beta rejected Acme's offer": Acme still pays
    for word in _governing(span, lo, hi):
        lemma = word.lemma_.lower()
        if lemma in BUY_WORDS and not (word.pos_ == "NOUN" and lemma in CONTRACT_NOUNS):
            added += _sides(ctx, word, ("dobj",), "payee", owners)  # what, or whose goods
            passive = bought_passive(word)
            bought_names |= names_of(ctx, passive)
            added += _links(ctx, passive, f"{lemma}>nsubjpass", "payee", owners, subjects=True)
            added += _links(ctx, held_in(word), f"{lemma}>holders", "payee", owners)
            if word.pos_ == "NOUN":  # "the purchase of Ampex Corp"
                bought_of = [g for c in word.children if c.lower_ == "of" for g in c.children]
                added += _links(ctx, bought_of, f"{lemma}>of", "payee", owners)
            if not added:  # "a stake from X", "36 planes from X": the seller
                sellers = [g for c in _with_object(word) if c.lower_ == "from" for g in c.children]
                added += _links(ctx, sellers, f"{lemma}>from", "payee", owners)
        elif lemma in SELL_WORDS or lemma in SUPPLY_WORDS and word.pos_ == "VERB":
            seller = next((lk.company for lk in links if lk.rule == "subject-of-verb"), "")
            buyers = [g for c in _with_object(word) if c.lower_ == "to" for g in c.children]
            objs = [c for c in word.children if c.dep_ in ("dobj", "dative")]
            if lemma in SUPPLY_WORDS and any(  # "supply Acme with 50 planes": Acme buys
                c.lower_ == "with" for t in (word, *objs) for c in t.children
            ):
                buyers += objs
                seller = seller or (links[0].company if links else "")
            added += _links(ctx, buyers, f"{lemma}>to", "payer", owners)
        elif lemma in PAY_WORDS and not (word.pos_ == "NOUN" and lemma in DEAL_NOUNS):
            # "paid $1bn for X", or "offered $N for X" with "for X" on the amount
            heads = [word, span.root] if span.root.head == word else [word]
            # the unit's "for X" ("bid 2.20 dlrs a share for X"); what a stake is in ("paid
            # $N for a 50% stake in X")
            heads += [c for h in (word, span.root) for c in h.children
                      if c.lemma_ == "share" and c.i >= span.end]  # fmt: skip
            objs = [g for h in heads for c in h.children if c.lower_ == "for" for g in c.children]
            objs += [g for o in objs if o.lemma_.lower() in STAKE_NOUNS
                     for c in o.children if c.lower_ == "in" for g in c.children
                     if g.pos_ == "PROPN"]  # a name: "a stake in the company" may be the payer's
            added += _links(ctx, objs, f"{lemma}>for", "payee", owners)
            # "Acme will pay Beta $128 per share": who is paid is what is bought
            paid = [c for c in word.children
                    if c.dep_ == "dative" and word.pos_ == "VERB" and c.i < span.start]  # fmt: skip
            added += _links(ctx, paid, f"{lemma}>dative", "payee", owners)
        elif lemma in DEAL_NOUNS:
            # "the offer of X" is X's offer, "an offer of 27 dlrs" its price: no target
            preps = _TARGET_PREPS - {"of"} if lemma in BID_NOUNS else _TARGET_PREPS
            objs = [g for c in word.children if c.lower_ in preps for g in c.children]
            targets = _links(ctx, objs, f"{lemma}>prep", "payee", owners)
            if lemma in PURCHASE_NOUNS and not targets:  # the seller of a unit is paid
                targets = _links(ctx, _prep_objects([word, *objs], "from"), f"{lemma}>from",
                                 "payee", owners)  # fmt: skip
            added += targets
            # "a buyout by telecoms giant Verizon": the agent is the buyer
            agents = [g for c in word.children if c.lower_ == "by" for g in c.children]
            if lemma in BID_NOUNS and not any(c.dep_ == "poss" for c in word.children):
                # "rejected an offer worth $3bn from X": X bids (not "X's bid pending
                # advice from Y")
                froms = _prep_objects([word, *_path_to(span, word)], "from")
                agents += [m for g in froms for m in members(g)]  # "a consortium led by X"
            bidders = _links(ctx, agents, f"{lemma}>by", "payer", owners)
            bought = bought or bool(bidders)  # "Acme agreed a takeover by X": Acme is bought
            added += bidders
            # "a $25bn Guidant deal" names what is bought; "the Santos cash offer", who bids
            role = "payer" if lemma in BID_NOUNS else "payee"
            added += _links(ctx, _named_in(word, span), f"{lemma}>compound", role, owners)
            if lemma in BID_NOUNS and takes_bid(word):
                bought = True  # "MACA recommended an offer from Thiess": MACA is bought
                bid_by |= names_of(ctx, [c for c in word.children if c.dep_ == "poss"])
                added += _bid_target(ctx, word, owners)
        elif lemma in SALE_NOUNS and word.pos_ == "NOUN" and sale_price(span, word):
            # "to X" may hang on the sale, on what is sold, or on "completed the sale"
            sold = [g for c in word.children if c.lower_ == "of" for g in c.children]
            holders = [word, *sold, *([word.head] if word.dep_ == "dobj" else [])]
            buyers = _prep_objects(holders, "to")
            found = _links(ctx, buyers, f"{lemma}>to", "payer", owners)
            bought = bought or bool(found)  # the owners sell: payees
            if owners <= names_of(ctx, buyers):  # no seller named: what is sold is the other side
                found += _links(ctx, sold, f"{lemma}>of", "payee", owners)
            added += found
        elif lemma in CONTRACT_NOUNS and word.pos_ == "NOUN":
            bought_names |= names_of(ctx, awarded_to(word))  # an owner the contract is given
            added += _counterparty(ctx, word, owners)
            added += _links(ctx, _named_in(word, span), f"{lemma}>compound", "payee", owners)
        elif lemma in MERGE_WORDS and word.pos_ == "VERB":  # "agreed to merge with X"
            objs = [g for c in word.children if c.lower_ == "with" for g in c.children]
            added += _links(ctx, objs, f"{lemma}>with", "partner", owners)
        elif lemma in STAKE_NOUNS:  # "a 26% stake in X": X is what is bought
            # "Fexco's 51% stake in Goodbody": the seller, whose stake it is, is paid
            held_by = _links(ctx, [c for c in word.children if c.dep_ == "poss"],
                             f"{lemma}>poss", "payee", owners)  # fmt: skip
            objs = [g for c in word.children if c.lower_ == "in" for g in c.children]
            added += held_by or _links(ctx, objs, f"{lemma}>in", "payee", owners)
        if added or seller:
            break
    added += _share_of(ctx, span, owners | {lk.company for lk in added})
    added += _links(ctx, rejected_by(span), "bid<by", "payee", owners)  # "..., which X rejected"
    payees = {seller, *bought_names} - {""}
    out = [lk if lk.path == "headline:object" else replace(lk, role="payee" if bought and
           lk.company not in bid_by or lk.company in payees or lk.rule == "paid-to"
           else "payer") for lk in links]  # fmt: skip  # a headline's object keeps its role
    return dedupe([*out, *added, *_other_party(ctx, span, clause, links)])


def _bid_target(ctx: DocContext, bid: Token, owners: set[str]) -> list[Link]:
    """The named subject of a verb that takes a bid (:func:`_takes_bid`), as the payee."""
    verb = bid.head
    out = []
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        m = ctx.mention_at(subj, loose=subj.pos_ == "PROPN")  # a name, as a subject is read
        if m is not None and ctx.canonical(m.name) not in owners:
            name = ctx.canonical(m.name)
            out.append(Link(name, ctx.doc[m.start : m.end].text, "deal-side",
                            f"{bid.lemma_.lower()}<{verb.lemma_.lower()}", "payee"))  # fmt: skip
            owners.add(name)
    return out


def _path_to(span: Span, word: Token) -> list[Token]:
    """The amount's ancestors below ``word`` or below the verb ``word`` hangs on ("worth"
    of "an offer worth $3bn", or of "rejected an offer worth $3bn" parsed as the verb's)."""
    path: list[Token] = []
    cur = span.root
    while cur.head.i != cur.i and cur.head not in (word, word.head) and len(path) < 6:
        cur = cur.head
        path.append(cur)
    if cur.head not in (word, word.head):
        return []
    return [t for t in path if t.pos_ not in ("NOUN", "PROPN", "VERB")]  # not "advice from X"


def _invested_in(ctx: DocContext, span: Span, clause: tuple[int, int],
                 links: list[Link]) -> list[Link]:  # fmt: skip
    """ "Shanghai Automotive's proposed £1bn investment in Rover": a company invested in
    is bought into, so it is a side too (places and projects are no company)."""
    if not links:
        return []
    lo, hi = clause
    owners = {link.company for link in links}
    word = span.root
    while word.head.i != word.i and lo <= word.head.i < hi:  # on the amount's own path
        word = word.head
        if word.lemma_.lower() in INVEST_WORDS:
            objs = [g for c in word.children if c.lower_ == "in" for g in c.children]
            named = [t for t in objs if ctx.mention_at(t) is not None]  # not "a hub"
            return _links(ctx, named, f"{word.lemma_.lower()}>in", "payee", owners)
    return []


def _named_in(noun: Token, span: Span) -> list[Token]:
    """ "a $25bn Guidant deal": the proper noun a deal word is compounded with (not the
    amount's own "m" of "£13.8m")."""
    return [
        c for c in noun.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and not span.start <= c.i < span.end
    ]  # fmt: skip


def _other_party(ctx: DocContext, span: Span, clause: tuple[int, int],
                 links: list[Link]) -> list[Link]:  # fmt: skip
    """The other party of money an owner receives, spends, owes or claims: "X will receive
    a fee of £6.5m from Y" (Y pays), "X will spend $1bn on technology from Y" and "the
    £456m system from Y" (Y is paid), "X owes $9m to Y" (Y is owed), "X will sue Y for $N"
    (Y would pay); the sides of "a deal between X and Y" (partners)."""
    lo, hi = clause
    owners = {link.company for link in links}
    head = span.root.head if span.root.dep_ in ("nmod", "compound", "amod", "nummod") else None
    if head is not None and head.pos_ == "NOUN" and links:  # "the £456m system from Y"
        found = _links(ctx, _prep_objects([head], "from"), "noun>from", "payee", owners)
        if found:
            return found
    for word in _governing(span, lo, hi):
        lemma = word.lemma_.lower()
        if lemma in BETWEEN_NOUNS and word.pos_ == "NOUN":  # "the deal between X and Y"
            sides = _links(ctx, _prep_objects([word], "between"), f"{lemma}>between", "partner",
                           owners)  # fmt: skip
            if sides:
                return sides
        if word.pos_ != "VERB" or not links:
            continue  # a person's debts to a tax office are no company's
        holders = [word, *(c for c in word.children if c.dep_ == "dobj"), span.root]
        if lemma in RECEIVE_WORDS:
            return _links(ctx, _prep_objects(holders, "from"), f"{lemma}>from", "payer", owners)
        if lemma in SPEND_WORDS and span.root.head == word:
            # "spend $1bn on technology from Y": "from" may hang on the verb or the thing
            holders += [g for c in word.children if c.lower_ == "on" for g in c.children]
            return _links(ctx, _prep_objects(holders, "from"), f"{lemma}>from", "payee", owners)
        if lemma in OWE_WORDS and _pays_amount(span, word):
            return _links(ctx, _prep_objects(holders, "to"), f"{lemma}>to", "payee", owners)
        if lemma in SUE_WORDS:  # "suing YouTube, and its owner Google, for $1bn"
            sued = [c for c in word.children if c.dep_ == "dobj"]
            return _links(ctx, sued, f"{lemma}>dobj", "payer", owners)
    return []


def _pays_amount(span: Span, verb: Token) -> bool:
    """The amount is what ``verb`` owes or pays ("owes $9m to X", "pay a $2bn fee to X"),
    not money of a clause above it ("use $1.1m of the proceeds to pay its debt to X")."""
    head = span.root.head
    return head == verb or (head.dep_ == "dobj" and head.head == verb)


def _prep_objects(holders: list[Token], prep: str) -> list[Token]:
    return [
        g for h in holders for c in h.children
        if c.dep_ in ("prep", "dative") and c.lower_ == prep for g in c.children
    ]  # fmt: skip


def _loan_sides(ctx: DocContext, span: Span, clause: tuple[int, int],
                links: list[Link]) -> list[Link]:  # fmt: skip
    """Money lent has two sides too: "financing from Deutsche Bank" (the lender pays),
    "a $500 million loan from X to VTB" (VTB receives)."""
    lo, hi = clause
    owners = {link.company for link in links}
    out = [_with_role(link, "funding") for link in links]
    for word in _governing(span, lo, hi):
        if word.lemma_.lower() not in LOAN_NOUNS:
            continue
        # "a loan from X", or "took a loan from X": the preposition may hang on the verb
        holders = [word, word.head] if word.dep_ == "dobj" else [word]
        preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
        lenders = [g for c in preps if c.lower_ in _LENDER_PREPS for g in c.children]
        takers = [g for c in preps if c.lower_ == "to" for g in c.children]
        out += _links(ctx, lenders, f"{word.lemma_.lower()}>from", "payer", owners)
        out += _links(ctx, takers, f"{word.lemma_.lower()}>to", "payee", owners)
        break
    out += _links(ctx, _led_by(span, ctx.doc[lo:hi]), "led-by", "payer", owners)
    out += _links(ctx, _raised_from(span, lo, hi), "raise>from", "payer", owners)
    return dedupe([*out, *_other_party(ctx, span, clause, links)])


def _raised_from(span: Span, lo: int, hi: int) -> list[Token]:
    """ "Klar raised $100 million from General Atlantic", "secured $20m in debt financing
    from Victory Park Capital": who the money of the raising verb comes from (the
    investors or lenders; "from its listing" names none, so gives no link)."""
    verb = _verb_of(span.root)
    if verb.lemma_.lower() not in RAISE_FROM_VERBS or not lo <= verb.i < hi:
        return []
    holders = [verb] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children if g.lemma_.lower() in LOAN_NOUNS | ROUND_HEADS
    ]  # fmt: skip
    return [
        g for h in holders for c in h.children
        if c.dep_ == "prep" and c.lower_ == "from" and c.i > span.start for g in c.children
        if not g.is_lower  # "from the two companies": which, the story does not say here
        and g.lemma_.lower() not in OFFERINGS and g.lower_.rstrip("s") not in OFFERINGS
    ]  # fmt: skip  # not "from its Shanghai IPO", "from A-share IPOs": no investor named


def _counterparty(ctx: DocContext, noun: Token, owners: set[str]) -> list[Link]:
    """The other party of a contract or an order: "signed a contract with X" (a partner),
    "won an order from X" (X pays), "awarded a contract to X" (X is paid). The preposition
    may hang on the verb, active or passive."""
    holders = [noun, noun.head] if noun.dep_ in ("dobj", "nsubjpass") else [noun]
    holders += [c for c in noun.children if c.lower_ == "worth"]  # "an order worth $N from X"
    preps = [c for h in holders for c in h.children if c.dep_ in ("prep", "dative")]
    lemma = noun.lemma_.lower()
    partners = [g for c in preps if c.lower_ == "with" for g in c.children]
    payers = [g for c in preps if c.lower_ == "from" for g in c.children]
    payees = awarded_to(noun)
    return [
        *_links(ctx, partners, f"{lemma}>with", "partner", owners),
        *_links(ctx, payers, f"{lemma}>from", "payer", owners),
        *_links(ctx, payees, f"{lemma}>to", "payee", owners),
    ]


def _led_by(span: Span, clause: Span) -> list[Token]:
    """ "a Series B round led by X", "a group of banks led by X and Y": the lead
    investors or lenders, who provide the money, when the amount's verb governs them
    ("raised $N in a round led by X, valuing it at $M": not the valuation)."""
    verb = _verb_of(span.root)
    return [
        g
        for t in clause
        if t.lemma_.lower() == "lead" and t.dep_ == "acl" and _provides(t.head)
        and _verb_of(t.head) == verb
        for c in t.children
        if c.dep_ == "agent"
        for g in c.children
    ]


def _provides(noun: Token) -> bool:
    """A round, or lenders the money comes "from" or is agreed "with": not "through an
    underwriting group led by X", who sells the issue and provides nothing."""
    if noun.lemma_.lower() in ROUND_HEADS:
        return True
    while noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in LED_BY:
        noun = noun.head.head  # "a group of banks led by X"
    return noun.lemma_.lower() in LED_BY and noun.head.lower_ in _LENDER_PREPS


def _verb_of(tok: Token) -> Token:
    """The nearest verb above a token (the token's clause)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def side_sectors(links: list[Link], industry: Callable[[Link], str]) -> list[Link]:
    """A deal's other side, a lender, an investor keeps its own industry when known:
    "a contract with chipmaker Nvidia" is Nvidia's semiconductors, whatever the buyer's."""
    return [
        replace(lk, sector=industry(lk)) if lk.rule in ("deal-side", "led-by") else lk
        for lk in links
    ]


def _with_object(verb: Token) -> list[Token]:
    """A verb's children and its object's: "sell its refinery to X" where the parser
    hangs "to X" on the refinery."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.pos_ == "NOUN":  # "the purchase of a refinery from X"
        objs += [g for c in verb.children if c.lower_ == "of" for g in c.children]
    objs += [a for o in objs for a in o.children if a.dep_ == "appos"]
    return [*verb.children, *(c for o in objs for c in o.children if c.dep_ == "prep")]


def _with_role(link: Link, kind: str) -> Link:
    role = "partner" if link.rule == "partner" else _KIND_ROLE.get(kind, "")
    return replace(link, role=link.role or role)


def _governing(span: Span, lo: int, hi: int) -> list[Token]:
    """The amount's ancestors in its clause, nearest first, then their children: the
    deal word is on the path ("buy X for $N") or beside it ("the acquisition of X in a
    deal worth $N")."""
    path: list[Token] = []
    cur = span.root
    while cur.head.i != cur.i and lo <= cur.head.i < hi and len(path) < 10:
        cur = cur.head
        path.append(cur)
    # "a $3.4 billion, five-year contract with X": the deal word may hang on the amount
    beside = [c for t in (span.root, *path) for c in t.children if lo <= c.i < hi and c not in path]
    beside = [c for c in beside if c.i not in range(span.start, span.end)]
    return [*path, *beside]


def _sides(ctx: DocContext, verb: Token, deps: tuple[str, ...], role: str,
           owners: set[str]) -> list[Link]:  # fmt: skip
    objs = [c for c in verb.children if c.dep_ in deps]
    return _links(ctx, objs, f"{verb.lemma_.lower()}>dobj", role, owners)


def _links(ctx: DocContext, toks: list[Token], path: str, role: str,
           owners: set[str], *, subjects: bool = False) -> list[Link]:  # fmt: skip
    """Links to the companies ``toks`` name; a subject names one only when ``subjects``
    (the subject is the parse rules' owner)."""
    out = []
    for tok in toks:
        # "to its partner, X": the name in apposition to a common noun
        named = [  # not "provider (ISP)": the noun's own initials
            c for c in tok.children
            if c.dep_ == "appos" and tok.pos_ == "NOUN" and c.doc[c.i - 1].text != "("
        ]  # fmt: skip
        # "to buy one of South Korea's main retail banks, Korea First Bank"
        named += [a for g in one_of(tok) for a in g.children if a.dep_ == "appos"]
        for t in (tok, *tok.conjuncts, *named):
            # what is bought is a company or a unit: a proper noun there is a name
            if t.like_num or t.ent_type_ == "MONEY":
                continue  # "an offer of 950p a share": the price, not a name
            if t.i > 1 and ticker_after(t):
                t = t.doc[t.i - 2]  # "from Waste Management Inc <WMX>": the name's ticker
            m = named_side(ctx, t)
            how = ""
            if m is None and (t.pos_ == "NOUN" or subjects and t.lower_ == "it") and ctx.refers(t):
                m, how = _referred(ctx, t)  # "a £1.5m bid for the club": the club named before
            if m is None and t.pos_ == "NOUN":  # "Massmart's chains": the seller of a unit
                m = next((ctx.mention_at(c) for c in t.children if c.dep_ == "poss"), None)
                how = ">poss" if m is not None else how
            if m is None or ctx.is_government(t) or t.dep_ in SUBJECT_DEPS and not subjects:
                continue
            name = ctx.canonical(m.name)
            if name not in owners:
                rule = "led-by" if path == "led-by" else "deal-side"
                out.append(Link(name, ctx.doc[m.start : m.end].text, rule, path + how, role))
                owners.add(name)
    return out


def _referred(ctx: DocContext, noun: Token) -> tuple[Mention | None, str]:
    """The company a deal's object "the club", "the firm" stands for: the one in focus
    (a topic of the sentence or of those before it), with how it was found."""
    verdict, m, how = ctx.focus(noun, pronoun=False)
    return (m, "~" + how) if verdict == "company" else (None, "")


def _share_of(ctx: DocContext, span: Span, owners: set[str]) -> list[Link]:
    """ "$23.93 for each Telewest share", "500p per Cadbury share": the priced company."""
    doc = ctx.doc
    for tok in doc[span.end : min(span.end + 5, len(doc))]:
        if tok.lemma_.lower() != "share":
            continue
        for c in tok.children:
            if c.dep_ in ("compound", "poss", "nmod", "amod") and c.i < tok.i:
                found = _links(ctx, [c], "share>compound", "payee", owners)
                if found:
                    return found
        break
    return []
