"""What an amount is (FACTS.md "Kind"): investment, funding, deal, valuation, financials
or other, read from the words that govern it.

The trigger words are data (``models/kinds.jsonl``); this module holds the order in
which they are read:

1. a wire results line ("Revs 310.6 mln vs 287.9 mln") is ``financials``;
2. the nouns right after the amount ("a $2 bln acquisition", "a 300 mln stg loan
   facility": the rightmost that has a kind, a deferring noun yielding to its modifier),
   else the bare noun of "in" after it ("$125m in penalties", "$3bn in contracts");
3. up the parse from the amount to the first word with a kind; a verb without one
   asks its subject ("profit rose to $N", "shares fell to $N", "the plant will cost
   $N"); a price verb whose subject has no kind prices a product ("the model costs
   $N": ``other``);
4. a per-share figure is the per-share price of the deal or issue that governs it,
   else a per-share result ("earnings of 1.25 dlrs a share");
5. else the kind word nearest the amount in its clause, else, in a box-office story,
   what a title took ("came third with $7.6m": ``financials``), else ``other``.

The cues of steps 2 and 5 beside the trigger words are in ``pipeline/link/kind_cues.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from pipeline.link.kind_assets import held_assets, results_row
from pipeline.link.kind_buyback import bought_back, returned_to_holders
from pipeline.link.kind_charges import charge_kind, debt_kind
from pipeline.link.kind_cues import (
    changes_a_level,
    cut_amount,
    in_noun,
    is_security,
    market_takes,
    net_of,
    order_of_size,
    payment_form,
    people_spend,
    previous_kind,
    priced_kind,
    priced_things,
    project_cost,
    quote_verb,
    quoted_subjects,
    ranked_with,
    relative_object,
    story_kind,
    unit_price,
)
from pipeline.link.kind_estimates import analysts_expected, estimated_kind, is_estimate
from pipeline.link.kind_goods import goods_price_move
from pipeline.link.kind_notes import results_note
from pipeline.link.kind_of import of_noun_other
from pipeline.link.kind_people import personal_income
from pipeline.link.kind_per_share import (
    offers_securities,
    per_share,
    per_share_kind,
    security_terms,
)
from pipeline.link.kind_public import balance_kind, central_bank_money, country_earns
from pipeline.link.kind_rates import rate_kind
from pipeline.link.kind_ratings import rated_debt
from pipeline.link.kind_shares import each_share_kind
from pipeline.link.kind_spent import appositive, borrowing_word, noun_kind, spent_not_built
from pipeline.link.kind_trade import DEAL_OBJECTS, TRADE_VERBS, bought_with, trade_object_kind
from pipeline.link.kind_verbs import cost_to_make, people_earn, stands_for_amount
from pipeline.link.kind_worth import business_valued, value_of_business, valued_at
from pipeline.link.rules.unit_deal import unit_deal_kind
from pipeline.link.sectors import tree_distance
from pipeline.nlp.doccache import doc_text
from pipeline.resources import MODELS_DIR, read_jsonl, word_sets

KINDS = ("investment", "funding", "deal", "valuation", "financials", "other")
_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
PRICE_VERBS = _WORDS["price_verbs"]
QUOTED_NOUNS = _WORDS["quoted_nouns"]
QUOTE_VERBS = _WORDS["quote_verbs"]
TAKINGS_VERBS = _WORDS["takings_verbs"]
PURPOSE_VERBS = _WORDS["purpose_verbs"]
CHANGE_VERBS = _WORDS["change_verbs"]
SECURITIES = _WORDS["securities"]
_PERCENT = frozenset({"%", "pct", "percent"})
_COMPARE = frozenset({"vs", "vs."})  # the wire's results-table comparison
_VS_NEXT = re.compile(r"\s*(?:[a-z]+\s+)?vs\.?(?:\s|$)", re.IGNORECASE)  # "526 vs 515"
SUBJECT = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class KindWords:
    """``models/kinds.jsonl``: trigger word (optionally ``word/POS``) -> kind, and the
    nouns that defer to a modifier's kind."""

    triggers: dict[str, str]
    defer: frozenset[str]

    @classmethod
    def from_file(cls, path: Path) -> KindWords:
        triggers: dict[str, str] = {}
        defer: set[str] = set()
        for rec in read_jsonl(path):
            if rec["kind"] == "defer":
                defer.update(w.lower() for w in rec["lemmas"])
                continue
            if rec["kind"] not in KINDS:
                raise ValueError(f"{path}: unknown kind {rec['kind']!r}; use one of {KINDS}")
            for word in rec["lemmas"]:
                lemma, _, pos = word.partition("/")  # "budget/VERB": the verb only
                key = f"{lemma.lower()}/{pos.upper()}" if pos else lemma.lower()
                triggers.setdefault(key, rec["kind"])
        return cls(triggers, frozenset(defer))

    def words(self, *kinds: str) -> frozenset[str]:
        """The plain words (POS tags dropped) of these kinds, or of every kind."""
        return frozenset(
            k.split("/")[0] for k, v in self.triggers.items() if not kinds or v in kinds
        )

    def trigger(self, tok: Token) -> str | None:
        """The kind a word signals: a noun's form first ("sales" is not "sale"), a verb's
        lemma first ("offering 500p a share" is "offer", not a share offering)."""
        if _footnote_label(tok) or order_of_size(tok) or net_of(tok):
            return None  # "NOTE: 1986 net includes", "of the order of 400 mln", "N stg net"
        balance = balance_kind(tok)  # a budget deficit (financials) or a trade one (other)
        if balance is not None:
            return balance
        if tok.i > 0 and tok.pos_ == "NOUN":  # two words listed together: "on sale", "box office"
            kind = self.triggers.get(f"{tok.doc[tok.i - 1].lower_} {tok.lower_}")
            if kind is not None:
                return kind
        keys = (tok.lower_, tok.lemma_.lower())
        verb_form = tok.pos_ == "VERB" and tok.lower_.endswith("ing")  # not a mis-tagged "sales"
        for key in reversed(keys) if verb_form else keys:
            kind = self.triggers.get(f"{key}/{tok.pos_}") or self.triggers.get(key)
            if kind is not None:
                return kind
        if tok.pos_ == "PROPN" and tok.lower_.endswith("s") and tok.lemma_ == tok.text:
            # a capitalised plural the tagger took for a name, left unlemmatised
            # ("    Investments were reduced to 108 mln marks" in an indented wire line)
            one = tok.lower_[:-1]
            return self.triggers.get(one) or self.triggers.get(f"{one}/NOUN")
        return None

    def of_noun(self, tok: Token) -> str | None:
        """A noun's kind, a deferring noun taking its modifier's ("loan facility"), a price
        its issue's or deal's ("the offering price"); a person's income is no result."""
        priced = priced_kind(tok)
        if priced is not None:
            return priced
        if tok.dep_ == "pobj" and tok.head.lower_ == "per":  # "earnings per share of 76 cents"
            return None  # the noun the "per" phrase hangs on decides
        if tok.lower_ in self.defer or tok.lemma_.lower() in self.defer:
            for c in tok.children:
                if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and (
                    not payment_form(tok, c)  # "an all-stock deal": paid in stock
                ):
                    kind = self.trigger(c) or borrowing_word(tok, c)  # "option facility"
                    if kind is not None:
                        return kind
        return noun_kind(tok, self.trigger(tok))  # "his income", "campaign spending": other


def _footnote_label(tok: Token) -> bool:
    """ "NOTE:" heading a wire footnote under a results table."""
    if tok.lower_ != "note":
        return False
    return tok.text == "NOTE" or (tok.i + 1 < len(tok.doc) and tok.nbor(1).text == ":")


def is_results_line(doc: Doc, span: Span, clause: tuple[int, int]) -> bool:
    """ "Revs 310.6 mln vs 287.9 mln", "Div 6.0p vs 5.5p": a figure compared with "vs"."""
    lo, hi = clause
    near = doc[max(lo, span.start - 2) : min(hi, span.end + 3)]
    if any(t.lower_ in _COMPARE for t in near):
        return True
    # the sentence splitter may cut "Shr 526 vs 515" after the figure: read its text line
    text = doc_text(doc)
    end = text.find("\n", span.end_char)
    return _VS_NEXT.match(text[span.end_char : end if end >= 0 else len(text)]) is not None


def _subject_kind(
    words: KindWords, verb: Token, is_company: Callable[[Token], bool]
) -> str | None:
    made = cost_to_make(verb)  # "The Grudge cost Sony $10 million to make"
    if made is not None:
        return made
    priced = verb.lemma_.lower() in PRICE_VERBS
    for c in priced_things(verb) if priced else verb.children:
        if c.dep_ in SUBJECT or priced:
            kind = words.of_noun(c) or project_cost(c)
            if kind is None:
                kind = next(
                    (k for g in c.children if g.dep_ == "compound" and (k := words.trigger(g))),
                    None,
                )
            if kind == "valuation" and not value_of_business(c, is_company):
                kind = None if c.lemma_.lower() in ("value", "worth") else kind
            if kind is not None:  # "$N worth of investment will be made": what is worth it
                return kind  # decides; "the book value of the unit is $N" values it
            if priced or verb.lemma_.lower() == "cost":
                if c.lemma_.lower() in DEAL_OBJECTS or (priced and is_company(c)):
                    return "deal"  # "Yukos unit fetches $9bn at auction": a unit sold
                return "other"  # "the Mini costs £15,690": a product's price
    return None


def _phrasal(words: KindWords, verb: Token) -> str | None:
    """ "set aside", "take over": a verb and its particle, as kinds.jsonl lists them."""
    for c in verb.children:
        if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1:  # "set aside" parses either way
            kind = words.triggers.get(f"{verb.lemma_.lower()} {c.lower_}")
            if kind is not None:
                return kind
    return None


def _changed_kind(words: KindWords, verb: Token, came_from: Token) -> str | None:
    """ "the surcharge was raised from £2.50 to £4": what a verb of change changes;
    "raising the threshold to £150,000": a level, no money raised (``other``)."""
    if verb.lemma_.lower() not in CHANGE_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            return words.of_noun(c)
    if changes_a_level(verb, came_from, lambda t: words.of_noun(t) is not None):
        return "other"
    return None


def _purpose_kind(
    words: KindWords, verb: Token, is_company: Callable[[Token], bool]
) -> str | None:
    """ "pay $300m to settle charges", "spend $3.3bn to buy a bank", "invested 161.7bn won
    to acquire a stake": what the money moves for (invested only for a deal); "spent A$584m
    on buying an 18.8% stake": what it is spent on buying."""
    if not (invest := verb.lemma_ == "invest") and verb.lemma_.lower() not in PURPOSE_VERBS:
        return None
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.i > verb.i and any(
            g.lower_ == "to" and g.dep_ == "aux" for g in c.children
        ):
            kind = _verb_kind(words, c)
            return kind if not invest or kind == "deal" else None
    return None if invest else bought_with(verb, is_company, lambda v: _phrasal(words, v))


def _listed_phrase(words: KindWords, verb: Token) -> str | None:
    """ "will go on sale for $250": a verb's "on" phrase that kinds.jsonl lists as two
    words ("on sale": the price of a product, no sale of a business)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "on":
            for g in c.children:
                if g.dep_ == "pobj" and g.i == c.i + 1:
                    kind = words.triggers.get(f"on {g.lower_}")
                    if kind is not None:
                        return kind
    return None


def _verb_kind(words: KindWords, verb: Token) -> str | None:
    kind = _phrasal(words, verb) or words.trigger(verb)
    return None if kind == "valuation" else kind


def _object_kind(words: KindWords, verb: Token, came_from: Token) -> str | None:
    """ "raised its dividend to 50 cents", "cut its debt to £160m": the verb's object
    (one not holding the amount) says what the figure is."""
    traded = verb.lemma_.lower() in TRADE_VERBS
    for c in verb.children:
        if c.dep_ == "dobj" and c.lower_ in ("which", "that") and verb.dep_ == "relcl":
            c = relative_object(verb)  # "an offer from Xstrata, which it raised to A$8.4bn"
        elif c.dep_ != "dobj":
            continue
        if c.i != came_from.i and c.pos_ == "NOUN":
            if traded and c.lemma_.lower() in DEAL_OBJECTS:
                continue  # "buy the stock at 60 dlrs": what is bought decides (kind_trade)
            kind = words.of_noun(c)
            if kind == "valuation" and c.lemma_.lower() in ("value", "worth"):
                continue  # "raised the value of its bid to $N": what is valued decides
            if kind is not None:
                return kind  # "putting its valuation at $N" values the company
    return None


def _after_amount(words: KindWords, doc: Doc, span: Span, hi: int) -> str | None:
    """ "$9 Billion Valuation", "$2 bln acquisition", "300 mln stg loan facility"."""
    found = None
    for t in doc[span.end : min(span.end + 3, hi)]:
        if t.is_punct or t.pos_ in ("ADP", "VERB", "AUX") or t.lower_ in ("a", "per"):
            break
        if t.lower_ in ("worth", "value"):  # "$N worth of investment": read on
            continue
        kind = priced_kind(t) or words.trigger(t)  # "their 10 dlr issue price"
        if kind is not None and (found is None or t.lower_ not in words.defer):
            found = kind  # the rightmost noun heads the compound, unless it defers
    return found


def read_kind(
    words: KindWords,
    doc: Doc,
    span: Span,
    clause: tuple[int, int],
    valued_ok: Callable[[Token], bool],
    is_company: Callable[[Token], bool],
    *,
    in_deal: bool = False,
) -> str:
    """The kind of the amount ``span`` in ``clause`` (token bounds), as the module says.
    ``valued_ok(token)`` says whether a "value"/"worth" word values a company;
    ``is_company(token)`` whether a word names or refers to one; ``in_deal`` whether
    the story has told of a deal before this amount."""
    lo, hi = clause
    if is_results_line(doc, span, clause) or results_note(span) or results_row(span):
        return "financials"  # "Revs 310.6 mln vs 287.9 mln", "total assets grew to $N"
    if _quotes_shares(span, clause, is_company):
        return "other"  # "Shares in X lost 65 cents to C$1.90": a share price, no loss
    if goods_price_move(span, clause, is_company, words.of_noun):
        return "other"  # "crude oil futures fell $2.86 to $41.32 a barrel"
    if unit_price(span):
        return "other"  # "offered 0.6759 dlrs per lb": the price of goods
    if valued_at(span, is_company):
        return "valuation"  # "values WMC shares at A$7.17", "valuing each Avana share at 829p"
    if cut_amount(span) or rated_debt(span, clause) or bought_back(span, clause):
        return "other"  # "cut $12 billion from the budget", "upgraded its 120 mln dlrs of debt"
    if returned_to_holders(span) or held_assets(span):
        return "other"  # "return $500m to shareholders", "a bank with assets of 103 mln dlrs"
    found = (
        debt_kind(doc, span, lo, hi)  # "sold 25 mln dlrs of notes", "$2bn in assumed debt"
        or ("other" if of_noun_other(doc, span, hi, words.defer) else None)
        or _after_amount(words, doc, span, hi)
        or (words.of_noun(apposed) if (apposed := appositive(span)) is not None else None)
        or _in_noun_kind(words, doc, span, hi)
        or charge_kind(doc, span, hi)  # "a $125m fine", "a $27.5bn back tax bill"
    )
    cur = span.root
    amount = {cur.i}  # the amount's root, and what stands for it ("more than ... $N")
    for _ in range(12):
        if found is not None:
            break
        head = cur.head
        if head.i == cur.i or not lo <= head.i < hi:
            break
        if cur.i in amount and _stands_for_amount(cur, head):
            amount.add(head.i)
            cur = head
            continue
        if head.pos_ in ("NOUN", "PROPN"):
            kind = words.of_noun(head) or project_cost(head)
        elif cur.i in amount and (pay := people_earn(head, cur, is_company)):
            kind = pay  # "Madonna earned $54.9m", "those earning more than £100,000"
        elif cur.i in amount and cur.dep_ == "dobj" and head.lemma_.lower() in TAKINGS_VERBS:
            kind = "financials"  # "the film took $30.2m", "brought in $110 million"
        elif is_estimate(head, span.root):  # "put the amount of aid needed at about $5bn"
            kind = estimated_kind(head, lambda t: words.of_noun(t) or project_cost(t))
        else:
            kind = (
                _purpose_kind(words, head, is_company) or analysts_expected(head, cur)
                or (_object_kind(words, head, cur) if head.pos_ == "VERB" else None)
                or _changed_kind(words, head, cur)
                or (_phrasal(words, head) or words.trigger(head))
                or _listed_phrase(words, head)
            )
        if kind == "valuation" and head.lemma_.lower() in ("value", "worth"):
            market = any(c.lower_ in ("market", "brand") for c in head.children
                         if c.dep_ == "compound")  # "market value", "brand value"
            it = any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in head.children)
            valued = valued_ok(head) or _values_asset(head) or business_valued(head, is_company)
            kind = kind if market or it or valued else None
        if offers_securities(head):
            kind = "funding"  # "is offering 2.5 mln shares at 12 dlrs": an issue, no bid
        if head.lemma_.lower() in TRADE_VERBS and kind in ("deal", None):
            kind = trade_object_kind(head, cur, is_company) or (
                None if head.lemma_.lower() == "pay" else kind
            )
        if kind is None and head.pos_ in ("VERB", "AUX"):
            kind = _subject_kind(words, head, is_company)
        if kind == "investment" and (people_spend(head) or spent_not_built(head)):
            kind = "other"  # "UK shoppers spent £5.3bn on plastic cards", "... on the campaign"
        found = kind
        cur = head
    if found == "financials" and (market_takes(span, clause) or country_earns(span)):
        found = "other"  # "the gaming market will bring in about $336m": a market size
    if found is None:
        found = _nearest(words, doc, span, clause)
    found = story_kind(doc, span, clause, found) or found  # box-office takings, VC money
    if found is None and ranked_with(span):
        found = previous_kind(span)  # "... sales of $34bn. Subway is second with $11.4bn"
    if central_bank_money(span, found):
        found = "other"  # "discount window borrowings were 935 mln dlrs a day"
    found = rate_kind(span, found, is_company) or unit_deal_kind(span, found) or found
    each = each_share_kind(span, clause, found)  # "shares of Acme at 95 dlrs each"
    if each is not None:
        return each
    if security_terms(span, found):
        return "other"  # "warrants ... at an exercise price of three dlrs per share"
    if per_share(span):  # the price a share of a deal or an issue, else a result
        return per_share_kind(span, clause, found, in_deal, words.trigger)
    return found or "other"


def _values_asset(verb: Token) -> bool:
    """ "valued the exchange at about £1.35bn", "values the club at £800m": what an
    active "value" values is a company or an asset (link/words.jsonl deal_objects)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in DEAL_OBJECTS for c in verb.children)


def _in_noun_kind(words: KindWords, doc: Doc, span: Span, hi: int) -> str | None:
    """ "$125m in penalties", "$1 billion-plus in sales": the bare noun after "in"."""
    noun = in_noun(doc, span, hi)
    if noun is None or is_security(noun):
        return None
    kind = words.of_noun(noun)
    if kind == "valuation" and not any(c.dep_ == "compound" for c in noun.children):
        return None  # "$3.5bn in share value" values a company; "in value" alone need not
    return kind


def _stands_for_amount(cur: Token, head: Token) -> bool:
    """ "took more than the expected $18m" ("more" stands for the amount), "took $38.1m
    on its opening weekend and $184m in total" (a second amount joined to the first)."""
    if head.lower_ == "than" or (cur.lower_ == "than" and head.lower_ in ("more", "less")):
        return True
    if cur.dep_ == "conj" and (head.like_num or head.ent_type_ == "MONEY"):
        return True
    return stands_for_amount(cur, head)  # "earning up to £N", "earning in excess of $N"


def _quotes_shares(
    span: Span, clause: tuple[int, int], is_company: Callable[[Token], bool]
) -> bool:
    """A share price, though a results verb may govern it: a quote verb right over the
    amount has shares for its subject ("Shares in X lost 65 cents to C$1.90"), or moves a
    company "to"/"at" the amount ("Nippon Steel lost 2.5% to 270 yen")."""
    quote = quote_verb(span, clause)
    if quote is None:
        return False
    verb, moved_to = quote
    return any(_quoted_noun(s) or (moved_to and is_company(s)) for s in quoted_subjects(verb))


def _quoted_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in QUOTED_NOUNS or any(
        g.lemma_.lower() in QUOTED_NOUNS for g in tok.children if g.dep_ in ("compound", "amod")
    )


def is_share_price(
    span: Span, clause: tuple[int, int], is_company: Callable[[Token], bool] | None = None
) -> bool:
    """ "shares fell 2% to 41.30 euros", "Merrill stock price closed at $17.05": the
    amount hangs off a verb whose subject is a share, stock or stock price; or, given
    ``is_company``, a verb of a quote whose subject is a company ("Bombardier declined
    17 cents to C$6.23")."""
    lo, hi = clause
    cur = span.root
    for _ in range(8):
        head = cur.head
        if head.i == cur.i or not lo <= head.i < hi:
            return False
        if head.pos_ in ("VERB", "AUX"):
            for c in head.children:
                if c.dep_ in SUBJECT and (
                    c.lemma_.lower() in QUOTED_NOUNS
                    or any(g.lemma_.lower() in QUOTED_NOUNS for g in c.children
                           if g.dep_ in ("compound", "amod"))
                ):
                    return True
                if (
                    c.dep_ in SUBJECT
                    and is_company is not None
                    and head.lemma_.lower() in QUOTE_VERBS
                    and is_company(c)
                ):
                    return True
        cur = head
    return False


def _nearest(words: KindWords, doc: Doc, span: Span, clause: tuple[int, int]) -> str | None:
    best: tuple[tuple[int, int], str] | None = None
    for t in doc[clause[0] : clause[1]]:
        if span.start <= t.i < span.end:
            continue
        kind = words.trigger(t)
        if kind == "financials" and personal_income(t):
            kind = "other"  # "those on high income - judged to be $75,000 or above"
        if kind and kind != "valuation":
            d = (tree_distance(span.root, t), abs(t.i - span.root.i))
            if best is None or d < best[0]:
                best = (d, kind)
    return best[1] if best else None
