"""The ``product-maker`` rule: a product's price is its maker's (FACTS.md ``company``).

:mod:`pipeline.companies.products` finds the products an article ties to a company
("Sony's PSP", "the Mac Mini was launched by Apple", "Apple iPod") and makes each
product's canonical name its maker's, so an owner rule that lands on "the PSP" gives
Sony; :func:`made_by` renames such a link ``product-maker``, keeping the rule that
found it and the words that name the maker in its path.

:func:`product_owner` owns a price no other rule owned (the parse rules leave "the P
will retail for £N" to no one), by what is priced: the subject of the price word
("the PSP is likely to cost £N", "Priced at £N, the handheld ...", "disks costing $N",
"The service comes with a £N price tag"), or what the price is "of":

- a product, or a noun a product or a company names ("Nintendo's DS handheld ...
  priced at £99"): its maker;
- "the service", "the device" (``product_nouns``, ``offer_nouns``): the company the
  article gave one to before ("Subscribers to X's broadband service", "a service has
  been launched by X", "X is to launch a new subscription service");
- a thing no word ties to anyone ("a bundle including the player"), in a sentence that
  names one product and no company: that product's maker.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from pipeline.companies.mentions import Mention
from pipeline.companies.products import LAUNCH_VERBS, MADE_VERBS, PRODUCT_NOUNS, Product
from pipeline.link.context import SUBJECT_DEPS, DocContext
from pipeline.link.rules.parse import Link
from pipeline.nlp.doccache import sent_of
from pipeline.resources import MODELS_DIR, word_sets

_W = word_sets(MODELS_DIR / "link/products.jsonl")
OFFER_NOUNS = _W["offer_nouns"]
PRICE_WORDS = _W["price_words"]
AUXILIARIES = _W["auxiliaries"]
RESALE_WORDS = _W["resale_words"]
THINGS = PRODUCT_NOUNS | OFFER_NOUNS
LOOK_BACK = 8  # sentences "the service" may look back for the company that offers it
_CLIMB = 5  # heads from the price word up to the clause that names the thing priced
_MAKER_REACH = 20  # words from a launch verb back to its company, within the sentence
_WORD_REACH = 4  # words between a possessive or a launch verb and the noun
_POSSESSIVE = frozenset({"'s", "’s"})
_MADE = " made by "  # in a link's path: the product named and its maker


def made_by(ctx: DocContext, links: list[Link]) -> list[Link]:
    """A link found on a product's name ("the PSP") is its maker's: rule ``product-maker``."""
    out = []
    for link in links:
        p = ctx.products.get(link.mention)
        if p is None or link.rule == "product-maker":
            out.append(link)
            continue
        path = f"{link.rule} {link.path}".strip()
        out.append(replace(link, rule="product-maker", path=f"{path}; {_said(p)}"))
    return out


def made_price(ctx: DocContext, span: Span, clause: tuple[int, int], links: list[Link]) -> bool:
    """The price of a product: its sector is its maker's trade, whatever else the sentence
    names ("for £N you are getting Apple software", "the models have a longer battery life
    and their prices were cut by £N"). A product named ("the PSP"), or a price ("prices",
    "cost") owned by a company the article names a product of; a noun's price found by
    :func:`product_owner` ("the devices which will cost £N") keeps the sentence's words."""
    if any(link.rule == "product-maker" and _MADE in link.path for link in links):
        return True
    makers = {ctx.canonical(p.maker) for p in ctx.products.values()}
    return (
        bool(links) and all(link.company in makers for link in links)
        and (_price_word(span, clause) is not None or _prices_cut(span))
    )


def _prices_cut(span: Span) -> bool:
    """ "their prices have been cut by an average of £N": the price is the verb's subject."""
    tok = span.root
    for _ in range(_CLIMB):
        if tok.pos_ in ("VERB", "AUX"):
            return any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in PRICE_WORDS
                       for c in tok.children)  # fmt: skip
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _said(p: Product) -> str:
    return f"{p.name}{_MADE}{p.maker} ({p.evidence})"


def resold(span: Span, clause: tuple[int, int]) -> bool:
    """ "A Mini One bought in 2001 should still fetch £N", "a used car is priced from £N":
    a resale price is the owner's, a person's, not the maker's (``resale_words``)."""
    word = _price_word(span, clause)
    if word is None:
        return False
    thing = _priced(word, span)
    if thing is None:
        return False
    after = thing.doc[thing.i + 1] if thing.i + 1 < len(thing.doc) else thing
    # "a used X" (its modifier), "a X bought in 2001" (the word after, however parsed)
    return any(c.lower_ in RESALE_WORDS for c in (*thing.children, after))


def product_owner(ctx: DocContext, span: Span, clause: tuple[int, int]) -> list[Link]:
    """The maker of what the price ``span`` is paid for (see the module docstring)."""
    word = _price_word(span, clause)
    if word is None:
        return []
    thing = _priced(word, span)
    if thing is None:
        return []
    how = f"{word.lower_}<{thing.lower_}"
    found = _named(ctx, thing)
    if found is not None:
        m, said = found
        return [Link(ctx.canonical(m.name), ctx.doc[m.start : m.end].text, "product-maker",
                     f"{how}; {said}")]  # fmt: skip
    if thing.lower_ in THINGS and _definite(thing):
        back = _introduced(ctx, thing)
        if back is not None:
            m, said = back
            return [Link(ctx.canonical(m.name), ctx.doc[m.start : m.end].text, "product-maker",
                         f"{how}~{said}")]  # fmt: skip
        return []
    if thing.lemma_.lower() in PRICE_WORDS and thing.tag_ == "NN":  # "The launch price of £N"
        return _lead_maker(ctx, how) if _definite(thing) else []
    return _one_product(ctx, clause, how)


def _definite(tok: Token) -> bool:
    return any(c.lower_ in ("the", "its", "this") for c in tok.children)


def _lead_maker(ctx: DocContext, how: str) -> list[Link]:
    """ "The launch price of £N compares ...": the price of what the article's company
    makes, when the article names a product of its own."""
    lead = ctx.lead()
    if lead is None:
        return []
    name = ctx.canonical(lead.name)
    made = [p for p in ctx.products.values() if ctx.canonical(p.maker) == name]
    if not made:
        return []
    text = ctx.doc[lead.start : lead.end].text
    return [Link(name, text, "product-maker", f"{how}; the lead's product: {_said(made[0])}")]


def _price_word(span: Span, clause: tuple[int, int]) -> Token | None:
    """The word that makes ``span`` a price ("cost", "priced", "price tag"), near it."""
    lo, hi = clause
    tok = span.root
    for _ in range(4):
        if tok.lemma_.lower() in PRICE_WORDS or tok.lower_ in PRICE_WORDS:
            return tok
        if tok.head.i == tok.i or not lo <= tok.head.i < hi:
            return None
        tok = tok.head
    return None


def _priced(word: Token, span: Span) -> Token | None:
    """What ``word`` prices: its subject, the noun its clause hangs on, what it is "of"."""
    tok = word
    for _ in range(_CLIMB):
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in SUBJECT_DEPS:
            of = [p for c in tok.children if c.lower_ == "of" for p in c.children
                  if not span.start <= p.i < span.end]  # fmt: skip
            poss = [c for c in tok.children if c.dep_ == "poss"]
            if of or poss:
                return (of or poss)[0]
        elif tok.dep_ in SUBJECT_DEPS:
            return tok
        subs = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if subs:
            return subs[0].head.head if subs[0].tag_ == "WDT" else subs[0]  # "which"
        if tok.dep_ in ("relcl", "acl") and tok.pos_ in ("VERB", "AUX"):
            return tok.head  # "the devices which will cost", "disks costing $20"
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _named(ctx: DocContext, thing: Token) -> tuple[Mention, str] | None:
    """A product named on the thing or its modifiers ("the PSP", "Nintendo's DS
    handheld", "the PSP console"): its maker; a company named so: that company."""
    doc = ctx.doc
    # the words right before it too, however parsed ("Sony's Vaio handheld")
    near = [doc[i] for i in range(thing.i - 1, max(-1, thing.i - 4), -1)
            if not doc[i].is_punct or doc[i].text in _POSSESSIVE]  # fmt: skip
    mods = [c for c in thing.children if c.dep_ in ("poss", "compound")]
    for tok in (thing, *mods, *near[: len(near) if thing.lower_ in PRODUCT_NOUNS else 0]):
        m = ctx.mention_at(tok)
        if m is None:
            continue
        p = ctx.products.get(m.name)
        if p is not None:
            return _maker(ctx, p, m), _said(p)
        if tok.i != thing.i and thing.lower_ in PRODUCT_NOUNS:
            return m, doc[m.start : thing.i + 1].text
    return None


def _maker(ctx: DocContext, p: Product, m: Mention) -> Mention:
    """The maker's mention nearest before ``m`` (its name, for the link's text)."""
    named = [o for o in ctx.mentions if o.name == p.maker and o.start < m.start]
    return named[-1] if named else Mention(m.start, m.end, p.maker)


def _one_product(ctx: DocContext, clause: tuple[int, int], how: str) -> list[Link]:
    """A sentence naming one product and no company: its maker's price."""
    lo, hi = clause
    inside = [m for m in ctx.mentions if lo <= m.start < hi]
    made = {ctx.products[m.name].maker for m in inside if m.name in ctx.products}
    if len(made) != 1 or any(m.name not in ctx.products for m in inside):
        return []
    m = next(m for m in inside if m.name in ctx.products)
    p = ctx.products[m.name]
    return [Link(ctx.canonical(p.maker), ctx.doc[m.start : m.end].text, "product-maker",
                 f"{how}; the sentence's one product: {_said(p)}")]  # fmt: skip


def _introduced(ctx: DocContext, thing: Token) -> tuple[Mention, str] | None:
    """ "The service" after "X's broadband service", "a service ... launched by X", "X is
    to launch a new ... service", "DS consoles": the company named with it last."""
    doc = ctx.doc
    sent = sent_of(doc, thing.i)
    lo = sent.start
    for _ in range(LOOK_BACK):
        if lo == 0:
            break
        lo = sent_of(doc, lo - 1).start
    forms = {thing.lower_, thing.lower_.rstrip("s"), thing.lower_.rstrip("s") + "s"}
    for j in range(thing.i, lo - 1, -1):  # its own words first: "to produce the devices"
        if doc[j].lower_ not in forms:
            continue
        found = _owner_before(ctx, j) or _made_after(ctx, j) or _launched_before(ctx, j)
        if found is not None:
            m = found
            p = ctx.products.get(m.name)
            maker = _maker(ctx, p, m) if p is not None else m
            return maker, doc[min(m.start, j) : max(m.end, j + 1)].text
    return None


def _owner_before(ctx: DocContext, j: int) -> Mention | None:
    """ "X's broadband service", "DS consoles": a company or product just before."""
    doc = ctx.doc
    if j > 0 and j - 1 in ctx.by_token:
        return ctx.by_token[j - 1]
    for k in range(j - 1, max(0, j - _WORD_REACH - 1), -1):
        if doc[k].text in _POSSESSIVE:
            return ctx.by_token.get(k - 1)
        if not doc[k].text.isalpha() or doc[k].is_sent_start:
            return None
    return None


def _made_after(ctx: DocContext, j: int) -> Mention | None:
    """ "A service has been launched by (provider) X"."""
    doc = ctx.doc
    k = j + 1
    while k < len(doc) and doc[k].lower_ in AUXILIARIES:
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in MADE_VERBS or doc[k + 1].lower_ != "by":
        return None
    for i in range(k + 2, min(len(doc), k + 6)):
        if i in ctx.by_token:
            return ctx.by_token[i]
        if not doc[i].text.islower():
            return None
    return None


def _launched_before(ctx: DocContext, j: int) -> Mention | None:
    """ "X is due to launch a new rental subscription service", "X ... to produce the
    devices": the company right before the launch verb."""
    doc = ctx.doc
    for v in range(j - 1, max(-1, j - _WORD_REACH - 2), -1):
        if doc[v].lower_ in LAUNCH_VERBS:
            break
        if doc[v].is_sent_start or not doc[v].text.isalpha():
            return None
    else:
        return None
    for k in range(v - 1, max(-1, v - _MAKER_REACH - 1), -1):
        if k in ctx.by_token:
            return ctx.by_token[k]
        if doc[k].is_sent_start:
            return None
    return None
