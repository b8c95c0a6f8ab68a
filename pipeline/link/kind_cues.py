"""Cues to an amount's kind beside its trigger words (FACTS.md "Kind"), read by
:func:`pipeline.link.kinds.read_kind`; the word lists are ``models/link/kind_cues.jsonl``.

- "$125m in penalties", "$3bn in multi-year contracts": the bare noun after "in" says
  what the amount is, before any word further off;
- "Nippon Steel lost 2.5% to 270 yen", "before rallying to 2.20 Canadian dollars": what
  a quote verb moves a company's shares to is a share price (``other``);
- "the offering price of 28 dlrs", "a purchase price of 20 mln dlrs": a price takes the
  kind of the issue or deal that modifies it;
- "UK shoppers spent £5.3bn on plastic cards": what people spend is a market size
  (``other``), not investment;
- a chart line's "Subway is ranked second with $11.4 billion": a figure "with" no kind
  word of its own ranks by what the figure before it measured (its kind);
- "raising the threshold to £150,000", "increased this from £6 to £10": a verb of change
  whose object is no money and has no kind word sets a level (``other``);
- "a trumpet, which is expected to fetch $500,000", "the property ... is expected to
  fetch £200m": what a price verb prices, when it has no subject of its own;
- "India's mobile gaming market will bring in about $336m", "the banking market ... with
  annual revenues of $44bn": what a market takes is its size (``other``), no results;
- "cut $12 billion from the budget", "save £35bn in government spending": what a verb of
  cutting or saving takes for its object is a cut or a saving (``other``), whatever it
  is cut from;
- "offered 0.67 dlrs per lb", "at a cost of 75 cents per barrel": an amount per unit of
  measure of goods is the price of goods (``other``), whatever offer governs it;
- a box-office story's "came third with $7.6m": a figure with no kind word of its own
  in an article about takings is what the title took (``financials``), and so is one
  whose clause speaks of the title's run ("a $50.91 million four-day weekend");
- "venture capital investments ... with $1.5 billion": what venture capital puts into
  young companies is money they raise (``funding``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from pipeline.link.kind_cost import built_cost
from pipeline.nlp.doccache import doc_text
from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_TAKINGS_STORY = _CUES["takings_story"]
_TAKINGS_WORDS = _CUES["takings_words"]
_VENTURE = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(_CUES["venture_words"]))) + r")\b")
_PRICE_NOUNS = _CUES["price_nouns"]
_LINK_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
_SECURITIES = _LINK_WORDS["securities"]
_QUOTE_VERBS = _LINK_WORDS["quote_verbs"] | _CUES["more_quote_verbs"]
_REPORT_VERBS = _LINK_WORDS["report_verbs"]
_SPENDERS = _CUES["spenders"]
_MONEY_OBJECTS = _CUES["money_objects"]
_PRICED = {"funding": _CUES["priced_funding"], "deal": _CUES["priced_deal"]}
_STORY_KEY = "nf_takings_story"
_PROJECT_NOUNS = _CUES["project_nouns"]
_MARKETS = _CUES["market_nouns"]
_CUT_VERBS = _CUES["cut_verbs"]
_GOODS_UNITS = _CUES["goods_units"]
# "0.67 dlrs per lb", "18 dlrs a barrel", "400 dlrs an ounce": what follows the amount
_PER_UNIT = re.compile(r"^\s*(?:per|a|an|each)\s+((?:[a-z]+\s+)?[a-z]+)\b", re.IGNORECASE)


def in_noun(doc: Doc, span: Span, hi: int) -> Token | None:
    """The bare noun of "in" right after the amount, or after its bracketed equivalent or
    a period: "$125m in penalties", "more than $20bn (£11bn) in damages", "$1 billion-plus
    in sales", "$50bn a year in aid", "$3bn in multi-year contracts"; none after a
    determiner ("in the UK")."""
    i = _past_equivalent(doc, span.end, hi)
    while i < hi and doc[i].lower_ in ("-", "plus", "-plus"):
        i += 1
    if i + 2 < hi and doc[i].lower_ in _PERIOD_WORDS and doc[i + 1].lower_ in _PERIODS:
        i += 2  # "$50bn (£26.69bn) a year in aid", "100 mln dlrs a year in interest"
    if i >= hi or doc[i].lower_ != "in":
        return None
    for t in doc[i + 1 : min(i + 5, hi)]:
        if t.dep_ == "pobj" and t.head.i == i:
            if t.i + 1 < hi and t.lower_ == "order" and doc[t.i + 1].lower_ in ("to", "that"):
                return None  # "raise about $10bn a year in order to ...": no deal order
            return t if t.pos_ == "NOUN" else None
        if t.pos_ not in ("ADJ", "NOUN", "PUNCT") or t.lower_ in ("(", ","):
            return None  # "in the UK", "in 2005", "in Acme's": no bare noun
    return None


_PERIOD_WORDS = frozenset({"a", "an", "per", "each", "every"})
_PERIODS = frozenset({"year", "month", "week", "day", "quarter"})


def _past_equivalent(doc: Doc, i: int, hi: int) -> int:
    """The token after a bracketed equivalent right after the amount ("$20bn (£11bn) in
    damages"), else ``i``."""
    if i >= hi or doc[i].text != "(":
        return i
    for j in range(i + 1, min(i + 12, hi)):
        if doc[j].text == ")":
            return j + 1
    return i


def takings_story(doc: Doc, clause: tuple[int, int]) -> bool:
    """Whether the article speaks of box-office takings (read once per doc) and the
    clause names no price ("the average cost of a ticket could be as high as $6.25")."""
    cached = doc.user_data.get(_STORY_KEY)
    if cached is None:
        text = doc_text(doc).lower()
        cached = doc.user_data[_STORY_KEY] = any(w in text for w in _TAKINGS_STORY)
    return bool(cached) and not any(
        t.lemma_.lower() in _PRICE_NOUNS for t in doc[clause[0] : clause[1]]
    )


def takings_figure(doc: Doc, span: Span, clause: tuple[int, int], found: str | None) -> bool:
    """In a box-office story, a figure the weak words read as ``other``, ``investment`` or
    ``funding`` (a title's "A Series of Unfortunate Events") whose clause speaks of a
    title's run ("a $50.91 million four-day weekend", "fell two places to fourth with
    $7.4m") is what the title took; a price keeps its kind."""
    if found not in ("other", "investment", "funding") or not takings_story(doc, clause):
        return False
    words = (t.lower_ for t in doc[clause[0] : clause[1]] if not span.start <= t.i < span.end)
    return any(w in _TAKINGS_WORDS for w in words)


def story_kind(doc: Doc, span: Span, clause: tuple[int, int], found: str | None) -> str | None:
    """The kind a story's subject gives the amount over its weak words, or None: a
    box-office story's takings (:func:`takings_figure`), venture capital's "investment"
    (funding: "venture capital investments in Africa with $1.5 billion")."""
    if (found is None and takings_story(doc, clause)) or takings_figure(doc, span, clause, found):
        return "financials"  # a box-office story's "came third with $7.6m"
    if found == "investment" and _VENTURE.search(doc[clause[0] : clause[1]].text.lower()):
        return "funding"
    return None


def is_security(tok: Token) -> bool:
    """ "$5bn in bonds", "$2m in shares": securities say how, not what, the money is."""
    return tok.lemma_.lower() in _SECURITIES or tok.lower_ in _SECURITIES


def quote_verb(span: Span, clause: tuple[int, int]) -> tuple[Token, bool] | None:
    """The verb of a market quote right over the amount ("shares lost 65 cents", "lost 2.5%
    to 270 yen", "closed at $38.60", "before rallying to 2.20 dollars"), and whether the
    amount is what the quote moved "to" or "at"."""
    head = span.root.head
    moved_to = head.lower_ in ("to", "at") and head.dep_ == "prep" and span.root.dep_ == "pobj"
    verb = head.head if moved_to or head.lower_ in ("from", "by") else head
    if (
        not clause[0] <= verb.i < clause[1]
        or verb.pos_ != "VERB"  # "a 43% rise in net profits to 2.4bn euros" is results
        or verb.lemma_.lower() not in _QUOTE_VERBS
    ):
        return None
    return verb, moved_to


def quoted_subjects(verb: Token) -> list[Token]:
    """What a quote verb quotes: its subject, or for "before rallying to $N" the subject of
    the verb it hangs from."""
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj or verb.head.i == verb.i:
            return subj
        if verb.dep_ == "conj" and verb.head.lemma_.lower() in _REPORT_VERBS:
            return []  # "It earlier reported that operating profit ... fell to": "It" reports
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return []


def priced_kind(noun: Token) -> str | None:
    """ "the offering price of 28 dlrs": funding; "a purchase price of $20m": deal; None
    for any other price ("the average selling price", "the share price")."""
    if noun.lemma_.lower() != "price":
        return None
    modifiers = [
        c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
    ]
    for c in modifiers + _priced_for(noun):
        for kind, words in _PRICED.items():
            if c.lower_ in words or c.lemma_.lower() in words:
                return kind
    return None


def _priced_for(noun: Token) -> list[Token]:
    """What a price is "for" or "of", itself or "set for": "the 330p price set for the
    around seven billion stg issue", "the price of the offer"."""
    heads = [noun] + [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in ("set", "fix"):
        heads.append(noun.head)  # the parser may make "the price set for" a clause
    return [
        g
        for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
        for g in p.children if g.dep_ == "pobj"
    ]


def people_spend(verb: Token) -> bool:
    """ "UK shoppers spent £5.3bn", "expecting people to spend £200m": "spend" whose
    subject (or, after "expect X to", whose X) is people, a nation's people included."""
    if verb.lemma_.lower() != "spend":
        return False
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and verb.dep_ in ("xcomp", "ccomp"):
        subj = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    return bool(subj) and all(_people(s) for s in subj)


def _people(tok: Token) -> bool:
    """ "shoppers", "people", "Britons" (a capitalised plural the lemmatiser may keep)."""
    if tok.lemma_.lower() in _SPENDERS or (tok.ent_type_ == "NORP" and tok.lower_.endswith("s")):
        return True
    return tok.lower_.endswith("s") and tok.lower_[:-1] in _SPENDERS


def ranked_with(span: Span) -> bool:
    """ "ranked second with $11.4 billion", "led the field with $11.8m": the amount hangs
    on "with" alone."""
    head = span.root.head
    return head.lower_ == "with" and head.dep_ == "prep" and span.root.dep_ == "pobj"


def previous_kind(span: Span) -> str | None:
    """The kind the rules gave the amount before this one in the article, if any (the
    rules' own, so that what they read does not hang on the learned second opinion)."""
    doc = span.doc
    if not (doc.has_extension("amounts") and Span.has_extension("kind_rule")):
        return None
    before = [a for a in doc._.amounts or [] if a.end <= span.start]
    return max(before, key=lambda a: a.start)._.kind_rule if before else None


def changes_a_level(verb: Token, came_from: Token, has_kind: Callable[[Token], bool]) -> bool:
    """ "raising the threshold to £150,000", "increased this from £6 to £10": the verb's
    object (not the amount) is no money ("its capital", "the issue") and has no kind word,
    itself or in a compound ("bond issue")."""
    if came_from.dep_ == "dobj":
        return False  # "raised A$650 million ..., a 9.7% discount": the amount is the object
    objs = [
        c for c in verb.children
        if c.dep_ == "dobj" and c.i != came_from.i
        and (c.pos_ == "NOUN" or c.lower_ in ("this", "that"))
    ]
    return bool(objs) and not any(
        o.lemma_.lower() in _MONEY_OBJECTS
        or has_kind(o)
        or any(g.dep_ in ("compound", "amod") and has_kind(g) for g in o.children)
        for o in objs
    )


def project_cost(noun: Token) -> str | None:
    """ "The estimated cost is six billion euros", "at a cost of £50m", "making the total
    cost €1.6 billion": the cost (singular) of something built or set up is money spent on
    it, investment (FACTS.md Kind), when its sentence or the one before speaks of a
    project, or, naming none, when the cost is of something built (pipeline/link/
    kind_cost.py); "costs have risen" and a ticket's cost stay what they are."""
    if noun.lemma_.lower() != "cost" or noun.tag_ != "NN" or noun.pos_ != "NOUN":
        return None
    sent = noun.sent
    before = noun.doc[max(sent.start - 1, 0)].sent if sent.start else sent
    words = {t.lemma_.lower() for t in (*before, *sent)}
    return "investment" if words & _PROJECT_NOUNS else built_cost(noun)


def priced_things(verb: Token) -> list[Token]:
    """What a price verb ("fetch", "retail") prices: its subject, "which" or "that" read as
    the noun it stands for ("a trumpet, which is expected to fetch $500,000"); with no
    subject, the subject of the verb it hangs from ("the property has been valued ... but
    is expected to fetch £200m", "A Mini bought then should still fetch £8,000")."""
    tok = verb
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return [_antecedent(s) for s in subj]
        if tok.dep_ == "relcl":
            return [tok.head]
        if tok.dep_ not in ("xcomp", "ccomp", "conj") or tok.head.i == tok.i:
            return []
        tok = tok.head
    return []


def _antecedent(tok: Token) -> Token:
    """The noun a relative "which"/"that" stands for, else the token itself."""
    if tok.lower_ not in ("which", "that"):
        return tok
    for anc in tok.ancestors:
        if anc.dep_ == "relcl":
            return anc.head
    return tok


def relative_object(relcl: Token) -> Token:
    """What "which" stands for as the object of ``relcl``: the noun the clause hangs on, or,
    past a name the parser hangs it on, the noun that name is "from" or "by" ("an offer
    from Swiss Xstrata, which the firm raised to A$8.4bn")."""
    noun = relcl.head
    prep = noun.head
    if noun.pos_ == "PROPN" and prep.lower_ in ("from", "by") and prep.head.pos_ == "NOUN":
        return prep.head
    return noun


def order_of_size(tok: Token) -> bool:
    """ "of the order of 400 mln stg", "in the order of $5bn": "order" saying a figure's
    size, no order placed (no contract)."""
    doc = tok.doc
    if tok.lower_ != "order" or tok.i < 2 or tok.i + 1 >= len(doc):
        return False
    before = (doc[tok.i - 2].lower_, doc[tok.i - 1].lower_)
    return before in (("of", "the"), ("in", "the")) and doc[tok.i + 1].lower_ == "of"


def net_of(tok: Token) -> bool:
    """ "raise 14.6 mln stg net through a rights issue": "net" or "gross" right after an
    amount and before no noun says the amount is after or before costs, no net result
    (the parser may make it the amount's head)."""
    doc = tok.doc
    if tok.lower_ not in ("net", "gross") or not any(a.end == tok.i for a in doc._.amounts):
        return False  # "Net fell to 5 mln dlrs": a results line's net
    return tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ not in ("NOUN", "PROPN", "ADJ")


def market_takes(span: Span, clause: tuple[int, int]) -> bool:
    """Whether a verb over the amount has a market for its subject ("the music market ...
    peaked, with sales of 2.6bn euros"): its sales or revenues are a market size."""
    tok = span.root
    for _ in range(8):
        head = tok.head
        if head.i == tok.i or not clause[0] <= head.i < clause[1]:
            return False
        if head.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _MARKETS
            for c in head.children
        ):
            return True
        tok = head
    return False


def cut_amount(span: Span) -> bool:
    """Whether the amount (or "more than" it) is the object of a verb of cutting or
    saving: "cut $12 billion from the budget", "cut more than £35bn in spending"."""
    tok = span.root
    if tok.head.lower_ == "than" and tok.head.head.lower_ in ("more", "less"):
        tok = tok.head.head
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _CUT_VERBS


def unit_price(span: Span) -> bool:
    """Whether a unit of measure of goods follows the amount: "0.6759 dlrs per lb", "18
    dlrs a barrel", "375 dlrs a troy ounce" (the price of goods, ``other``)."""
    return unit_follows(doc_text(span.doc), span.end_char)


def unit_follows(text: str, at: int) -> bool:
    """Whether ``text`` goes on at ``at`` with a unit of measure of goods ("per lb")."""
    m = _PER_UNIT.match(text[at : at + 30].replace("\n", " "))
    if m is None:
        return False
    words = m.group(1).lower()
    return words in _GOODS_UNITS or words.split()[-1] in _GOODS_UNITS or (
        words.split()[0] in _GOODS_UNITS  # "per lb on 380,000 lbs"
    )


_PAYMENT_FORMS = _CUES["payment_forms"]
_PAYMENT_FORM_NOUNS = _CUES["payment_form_nouns"]


def payment_form(noun: Token, modifier: Token) -> bool:
    """ "an all-stock deal", "a cash-and-share transaction": how a deal is paid, which
    gives the deal noun no kind of its own (a share is no share price here)."""
    return (
        noun.lemma_.lower() in _PAYMENT_FORM_NOUNS
        and modifier.lemma_.lower() in _PAYMENT_FORMS
    )

