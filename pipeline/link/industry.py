"""A company's industry (FACTS.md Sector, step 2) and the article's (step 3).

A company's industry is, in this order:

1. what the article says it is or makes: a title before its name ("chipmaker
   Intel", "US media giant TimeWarner", "building materials group Monier"), an
   apposition ("Parmalat, the Italian food group"; "Keystone Brick Co, a maker of
   bricks"), a copula ("Monier is the largest roof tile manufacturer"); for the
   article's lead, the one industry noun the article calls it by ("the airline",
   "than most other airlines");
2. its own name: its last sector word ("General Motors", "Kingfisher Airlines",
   "Bank of America": the head before "of"), else a generic name word ("AFG
   Industries");
3. the gazetteer's sector.

The name comes before the gazetteer because a gazetteer entry may be matched on
part of the name ("Kingfisher" in "Kingfisher Airlines") or be voted from an
index's mixed industry lists, while a name's head word says what the company is.

The article's industry (:meth:`Industries.of_article`) is the sector its words
name most often, leaving out the words that say where money comes from ("a loan
from banks"), how it moves ("dividend payments") or where shares trade ("the
Australian Stock Exchange"). Vocabulary: ``models/sectors.jsonl`` and
``models/link/industry_words.jsonl``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from pipeline.companies.clubs import club_sector
from pipeline.companies.mentions import clean_name, normalize_company
from pipeline.errors import InputError
from pipeline.link.business_lines import sold_off, table_sector, trade_hits
from pipeline.link.context import DocContext
from pipeline.link.known_names import Known, other_company
from pipeline.link.known_names import bare as _bare
from pipeline.link.name_compounds import compound_sector, tail_sector
from pipeline.link.rules.parse import Link
from pipeline.link.sectors import (
    SECTORS,
    SectorHit,
    SectorMatcher,
    dominant_sector,
    money_source,
    plural,
)
from pipeline.nlp.doccache import name_spans
from pipeline.resources import MODELS_DIR, read_jsonl, word_sets

# what a word list of industry_words.jsonl is for -> the IndustryWords field holding it
_KEYS = ("name", "generic_name", "descriptor", "generic_descriptor", "before_place")
_MODIFIERS = ("compound", "amod", "nmod")
_SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class IndustryWords:
    """Phrase (lemmas, lower case) -> sector id, one map a use (see the data file)."""

    name: dict[str, str]
    generic_name: dict[str, str]
    descriptor: dict[str, str]
    generic_descriptor: dict[str, str]
    not_industry: frozenset[str]
    verbs: frozenset[str]
    market: frozenset[str] = frozenset()  # "prices", "market": an industry as a whole
    speech: frozenset[str] = frozenset()  # "say", "tell": their subject only speaks
    no_vote: frozenset[str] = frozenset()  # "payment": how money moves, not an industry
    units: frozenset[str] = frozenset()  # "barrel", "tonne": a good's unit of sale
    levies: frozenset[str] = frozenset()  # "tax", "subsidy": money on a good, not its price
    before_place: dict[str, str] = field(default_factory=dict)  # "Air" + place: an airline

    @classmethod
    def from_file(cls, path: Path) -> IndustryWords:
        maps: dict[str, dict[str, str]] = {key: {} for key in _KEYS}
        not_industry: set[str] = set()
        verbs: set[str] = set()
        lists: dict[str, set[str]] = {
            key: set() for key in ("market", "speech", "no_vote", "units", "levies")
        }
        for n, rec in enumerate(read_jsonl(path), 1):
            if "not_industry" in rec or "verbs" in rec or lists.keys() & rec.keys():
                not_industry.update(w.lower() for w in rec.get("not_industry", ()))
                verbs.update(w.lower() for w in rec.get("verbs", ()))
                for key, words in lists.items():
                    words.update(w.lower() for w in rec.get(key, ()))
                continue
            sector = rec.get("sector")
            if sector not in SECTORS:
                raise InputError(
                    str(path),
                    f"record {n}",
                    f"unknown sector id {sector!r}; use one of {', '.join(SECTORS)}",
                    "data",
                )
            for key in _KEYS:
                for word in rec.get(key, ()):
                    maps[key][word.lower()] = sector
        return cls(
            **maps,
            not_industry=frozenset(not_industry),
            verbs=frozenset(verbs),
            market=frozenset(lists["market"]),
            speech=frozenset(lists["speech"]),
            no_vote=frozenset(lists["no_vote"]),
            units=frozenset(lists["units"]),
            levies=frozenset(lists["levies"]),
        )


class Industries:
    """The industry of a company or of an article (see the module docstring)."""

    def __init__(
        self,
        sectors: SectorMatcher,
        words: IndustryWords,
        gazetteer: Known | None = None,
    ) -> None:
        self.sectors = sectors
        self.words = words
        # gazetteer name or alias (_bare) -> sector; the names whose sector a person set
        self.gazetteer = gazetteer or Known()
        self.known, self.hand_kept = self.gazetteer.sectors, self.gazetteer.hand_kept
        self._names = {**sectors.forms(), **words.name}
        self._descriptors = {**sectors.forms(), **words.descriptor}

    # -- a company -----------------------------------------------------
    def of_company(self, ctx: DocContext, links: list[Link], called: Callable[[], str], *,
                   deal: bool = False) -> str:  # fmt: skip
        """The first owner's industry that the article, its name or the gazetteer says;
        '' when none does (then :meth:`weak_company` after the article's industry). A
        deal's money works in the business traded, not in the financier on one side."""
        lead, found = ctx.lead(), ""
        for link in links:
            is_lead = lead is not None and ctx.canonical(lead.name) == link.company
            sector = self._strong(ctx, link, called if is_lead else None)
            if sector and not (deal and sector == "financials"):
                return sector
            found = found or sector
        return found

    def _strong(self, ctx: DocContext, link: Link, called: Callable[[], str] | None) -> str:
        names = _names_of(ctx, link.company)
        for name in names:
            sector = self.described(ctx.doc, name)
            if sector:
                return sector
        if called is not None and called():
            return called()
        entry = ctx.entry_for(link.company) or ctx.entry_for(clean_name(link.mention))
        if entry is not None and other_company(
            link.company, entry.name, self.gazetteer, ctx.data.places.__contains__
        ):
            entry = None  # "McDonnell Douglas" is not the entry "Douglas"
        known = getattr(entry, "sector", "") if entry is not None else ""
        known = known if known in SECTORS else ""
        if entry is not None and len(link.company.split()) > len(entry.name.split()):
            unit = self.of_name(link.company)  # "Cargill Metals": a unit named for its trade
            if unit and unit != "financials":
                return unit
        if known and entry is not None and entry.name in self.hand_kept:
            return known  # a hand-kept sector (gazetteer_extra) is a person's word for it
        if entry is None:  # a name the tagger passed over: "L'Air Liquide" is "Air Liquide"
            known = self.known.get(_bare(link.company), "")
        for n, name in enumerate(names):
            sector = (
                self.of_name(name)
                or self._place_name(ctx, name)
                or compound_sector(name, self._names, lambda w: _is_place(ctx, w))
            )
            # a longer name of its family says what it is ("Belmont Laboratories" for
            # "Belmont"), but a finance arm ("Shell U.K. Finance") not what Shell does
            if sector and not (n and sector == "financials"):
                return sector
        return known or club_sector(ctx.doc)  # a club in a sports story

    def weak_company(self, ctx: DocContext, links: list[Link]) -> str:
        """What a bare "maker" or a name's "Industries" says ("a US maker", "AFG
        Industries"): manufacturing, when nothing more specific does."""
        for link in links:
            for name in _names_of(ctx, link.company):
                sector = self.described(ctx.doc, name, weak=True) or self.of_generic_name(name)
                if sector:
                    return sector
        return ""

    def of_name(self, name: str) -> str:
        """The sector a name's own words say: its last sector word before any "of".

        >>> from types import SimpleNamespace as NS
        >>> ind = Industries.__new__(Industries)
        >>> ind._names = {"motors": "automotive", "bank": "financials"}
        >>> [ind.of_name(n) for n in ("General Motors Europe", "Bank of Motors", "Acme")]
        ['automotive', 'financials', '']
        """
        words = name.lower().replace("-", " ").split()  # "Co-Steel": a trade after a hyphen
        # a bank's compound name ("Landesbank", "Commerzbank", "Handelsbanken") is a bank's
        words = ["bank" if _bank_compound(w) else w for w in words]
        return _last_phrase(words, self._names)

    def _place_name(self, ctx: DocContext, name: str) -> str:
        """ "Air China", "Air New Zealand": a first word that with a place after it names
        a trade ("Air Products", "Air Liquide" are no place and keep their own)."""
        first, _, rest = name.lower().partition(" ")
        place = rest in ctx.data.places or rest in ctx.data.cities
        return self.words.before_place.get(first, "") if place else ""

    def of_generic_name(self, name: str) -> str:
        """ "AFG Industries": a name word that says an industry when nothing else does."""
        return _last_phrase(name.lower().split(), self.words.generic_name) or tail_sector(name)

    def called(self, ctx: DocContext) -> str:
        """The industry the article calls its lead company by: "the automaker", "the
        airline", "than most other airlines" (referring nouns with a sector; one
        sector among them, else none); else what its results table shows (business_lines)."""
        nouns = ctx.data.ref_nouns
        plurals = {plural(n): n for n in nouns}
        found = set()
        for tok in ctx.doc:
            if not tok.text.islower():  # "the automaker", not "the Bank"
                continue
            if tok.tag_ == "NN" and tok.lemma_ in nouns and _has_the(tok):
                noun = tok.lemma_
            elif tok.lower_ in plurals and _compared(tok):
                noun = plurals[tok.lower_]
            else:
                continue
            sector = self.sectors.of_words([noun])
            if sector:
                found.add(sector)
        return found.pop() if len(found) == 1 else table_sector(ctx.doc)

    def described(self, doc: Doc, company: str, *, weak: bool = False) -> str:
        """The sector of what the article puts next to the company's name: a title before
        it ("chipmaker Intel", "media giant TimeWarner"), an apposition ("Acme, the Dutch
        insurer"; "the insurer, Acme"; "Keystone, a maker of bricks"), a copula ("Monier
        is the largest roof tile manufacturer") or a relative clause ("BTN, which focuses
        on home loans"). ``weak``: only a bare "maker", "manufacturer"."""
        for span in name_spans(doc, company):
            for noun in _descriptor_nouns(doc, span.start, span.end, self.words.verbs):
                sector = (
                    self.words.generic_descriptor.get(noun.lemma_.lower(), "")
                    if weak
                    else self._noun_sector(noun)
                )
                if sector:
                    return sector
        return ""

    def _noun_sector(self, noun: Token) -> str:
        """ "food group": food; "a maker of bricks": bricks; "cable TV operator": none,
        as it names two sectors."""
        for product in [*_products(noun), noun]:  # "a maker of bricks and building materials"
            found = _sectors_named(_phrase(product), self._descriptors)
            if found:
                return found.pop() if len(found) == 1 else ""
        return ""

    # -- sector words --------------------------------------------------
    def counts(self, doc: Doc, hit: SectorHit) -> bool:
        """Whether a sector word says where money works: not a lender the money comes
        from, nor the market where shares trade ("on the Tokyo Stock Exchange", "a
        notice to the Australian Stock Exchange"; "the offer valued the exchange" is
        a company and counts)."""
        if hit.text.lower() in self.words.not_industry and _where_shares_trade(doc[hit.end - 1]):
            return False
        return not money_source(doc, hit)

    def speaker(self, ctx: DocContext, hit: SectorHit) -> bool:
        """ "..., the central bank told Reuters": a public body that says it, not where
        an amount no company owns works. "The airline says ... $499" is the company
        speaking of its own money (a referring word, :meth:`DocContext.refers`)."""
        root = ctx.doc[hit.start : hit.end].root
        said = root.dep_ == "nsubj" and root.head.lemma_.lower() in self.words.speech
        return said and not ctx.refers(root)

    def generic_place(self, hit: SectorHit) -> bool:
        """ "plant", "factory", "construction": a generic word for where any industry
        builds or makes, which yields to its owner's industry."""
        return hit.text.lower() in self.sectors.generic and hit.sector in (
            "manufacturing",
            "infrastructure",
        )

    def market_amount(self, span: Span) -> bool:
        """An amount a market, its prices or its sales reach ("the UK market for games grew
        by 100% and was worth a record £1,152m", "the price of gold fell to $413.50"): it
        belongs to the industry as a whole (FACTS.md Sector 3). Read on the amount's own
        head words and their subjects, not on every word near it ("fines", "a payment",
        "the budget" are no market)."""
        if self._unit_price(span):
            return True
        tok = span.root
        for _ in range(4):  # amount <- "below" <- "fell" -> nsubj "prices"
            if tok.head.i == tok.i or tok.dep_ in ("ccomp", "advcl", "relcl"):
                break  # another clause: its subject owns other money
            tok = tok.head
            near = [tok, *(c for c in tok.children if c.dep_ in _SUBJECTS)]
            if any(t.lower_ in self.words.market for t in near):
                return True
        return False

    def _unit_price(self, span: Span) -> bool:
        """ "17.50 dlrs a barrel", "0.6840 dlrs per lb": the price of a good sold by the
        unit, which its industry as a whole gets; not a levy on it ("a tax of 330 Ecus
        per tonne", "subsidies of about 16 cents a pound")."""
        after = [t for t in span.doc[span.end : span.end + 4] if not t.is_space][:2]
        if len(after) < 2 or after[0].lower_ not in ("a", "an", "per"):
            return False
        units = self.words.units
        if after[1].lower_ not in units and after[1].lemma_.lower() not in units:
            return False
        levies = self.words.levies
        tok = span.root
        for _ in range(3):  # amount <- "of" <- "tax"; "keep its fee at 27 dlrs per ton"
            near = [tok, *(c for c in tok.children if c.dep_ in ("dobj", *_SUBJECTS))]
            if any(t.lower_ in levies or t.lemma_.lower() in levies for t in near):
                return False
            if tok.head.i == tok.i:
                break
            tok = tok.head
        return True

    def of_article(self, ctx: DocContext, hits: list[SectorHit] | None = None) -> str:
        """The sector the article's words name most often ('' when none); ``hits``: its
        :meth:`article_hits` where the caller read them already."""
        return dominant_sector(self.article_hits(ctx) if hits is None else hits)

    def article_hits(self, ctx: DocContext) -> list[SectorHit]:
        """The article's sector words that say its industry, leaving out lenders and
        markets (:meth:`counts`), what it sold off and words of how money moves ("offers
        for wire transfer payment" in a copper tender name no bank)."""
        no_vote = self.words.no_vote
        hits = [h for h in ctx.sector_hits if h.text.lower() not in no_vote]
        trades = [h for h in trade_hits(ctx.doc) if ctx.mention_at(ctx.doc[h.start]) is None]
        hits = sorted(hits + trades, key=lambda h: h.start)  # "the brewer", not "X Brewers Inc"
        return [h for h in hits if self.counts(ctx.doc, h) and not sold_off(ctx.doc, h)]


def _where_shares_trade(tok: Token) -> bool:
    """ "traded on the Toronto Stock Exchange", "a notice to the Australian Stock
    Exchange", "when he told the stock exchange"; not "a bid for the London Stock
    Exchange", where the exchange is the company."""
    if tok.dep_ == "pobj":
        return tok.head.lower_ in ("on", "at", "in", "to")
    told = tok.head.lemma_.lower() in ("tell", "notify", "inform")
    return told and tok.dep_ in ("dobj", "dative")


_OF = frozenset({"of", "de", "du", "des", "di", "del", "da"})  # "Banco de Bilbao" too


# "Databank", "SoftBank": no bank (models/link/words.jsonl)
_NOT_BANKS = tuple(word_sets(MODELS_DIR / "link/words.jsonl")["not_bank_prefixes"])


def _bank_compound(word: str) -> bool:
    """ "landesbank", "commerzbank", "handelsbanken": one word naming a bank."""
    stem = word.removesuffix("en") if word.endswith("banken") else word
    return len(stem) > 6 and stem.endswith("bank") and not stem.startswith(_NOT_BANKS)


def _last_phrase(words: list[str], table: dict[str, str]) -> str:
    """The sector of the last one- or two-word phrase of ``words`` in ``table``,
    stopping at "of" once one is found ("Bank of America": the head is before "of";
    "Avions de Transport Regional": before "de")."""
    found = ""
    for i in range(len(words)):
        if found and words[i] in _OF:
            break
        for j in (2, 1):
            if i + j <= len(words) and (phrase := " ".join(words[i : i + j])) in table:
                found = table[phrase]
                break
    return found


def _sectors_named(words: list[str], table: dict[str, str]) -> set[str]:
    """The sectors of the one- and two-word phrases of ``words`` in ``table``."""
    found = set()
    for i in range(len(words)):
        two = " ".join(words[i : i + 2])
        if i + 1 < len(words) and two in table:
            found.add(table[two])
        elif words[i] in table and not (i and " ".join(words[i - 1 : i + 1]) in table):
            found.add(table[words[i]])
    return found


def _names_of(ctx: DocContext, company: str) -> list[str]:
    """The company's name and the longer names the article gives it ("Belmont" ->
    "Belmont Laboratories"), for when a short form was not folded into the full one."""
    words, same = company.split(), normalize_company(company)
    names = {m.name for m in ctx.mentions}
    # "Ford Canada" -> "Ford Motor Co of Canada Ltd"; and when the article names it by
    # its first word alone ("Ford"), every longer name of that word ("Ford Motor Co")
    family = words[0] in names and len(words) > 1
    longer = sorted(n for n in names if n != company and n.split()[0] == words[0]
                    and (family or set(words) <= set(n.split())))  # fmt: skip
    # "Hardie" for "James Hardie (Industries)": longer names of one family holding it
    inner = sorted(n for n in names if n not in longer and _holds(n, words))
    one_family = len({n.split()[0] for n in inner}) == 1
    # the article's other forms of its name ("Merchants Trust" for "Merchants Trust plc")
    folded = sorted(n for n in names if n != company and normalize_company(n) == same)
    return [company, *folded, *(n for n in longer if n not in folded),
            *(inner if one_family else ())]  # fmt: skip


def _is_place(ctx: DocContext, word: str) -> bool:
    return word in ctx.data.places or word in ctx.data.cities


def _holds(name: str, words: list[str]) -> bool:
    """Whether ``words`` run inside ``name``, word for word."""
    parts = name.split()
    k = len(words)
    return any(parts[i : i + k] == words for i in range(1, len(parts) - k + 1))


def _phrase(noun: Token) -> list[str]:
    """ "the Italian food group": the words as written and as lemmas ("media" is
    "medium" to the lemmatizer), the lemmas after."""
    words = _span_of(noun)
    return [t.lower_ for t in words] + ["|"] + [t.lemma_.lower() for t in words]


def _span_of(noun: Token) -> list[Token]:
    """The lemmas of a noun and the words before it in its phrase ("the Italian food
    group" -> the, italian, food, group; "US media giant TimeWarner" -> us, media, giant
    whichever of title and name the parse makes the head)."""
    first = noun.left_edge.i
    if noun.head.i > noun.i and noun.dep_ in _MODIFIERS:  # a title hanging off the name
        first = min(first, noun.head.left_edge.i)
    return list(noun.doc[first : noun.i + 1])


def _products(noun: Token) -> list[Token]:
    """What "a maker of X and Y" makes: X and Y."""
    out = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    out += [obj, *(c for c in obj.children if c.dep_ == "conj")]
    return out


def _descriptor_nouns(doc: Doc, start: int, end: int, verbs: frozenset[str]) -> list[Token]:
    """Nouns that say what the name at [start, end) is: the title before it, its
    appositions, the noun it is in apposition to, the attribute of "X is a ...", what
    "X, which makes ..." and "X makes ..." make (``verbs``)."""
    head = doc[start:end].root
    out = []
    if start and doc[start - 1].pos_ in ("NOUN", "PROPN"):
        out.append(doc[start - 1])  # "chipmaker Intel", "media giant TimeWarner"
    for appos in (c for c in head.children if c.dep_ == "appos"):
        if appos.pos_ == "NOUN":
            out.append(appos)
        elif appos.lower_ == "one":  # "BCE, one of Canada's largest telecommunications companies"
            out += _products(appos)
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        out.append(head.head)
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        out += [c for c in head.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    elif head.dep_ == "nsubj" and head.head.lemma_.lower() in verbs:  # "X is delivering
        out += [c for c in head.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    for clause in head.children:  # "BTN, which focuses on home owner loans"
        if clause.dep_ == "relcl" and clause.lemma_.lower() in verbs:
            out += [c for c in clause.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
            for prep in clause.children:
                if prep.dep_ == "prep" and prep.lower_ in ("on", "in"):
                    out += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    return out


def _has_the(tok: Token) -> bool:
    return any(c.lower_ == "the" for c in tok.children)


def _compared(tok: Token) -> bool:
    """ "than most other airlines", "like other banks", "as other retailers": the
    subject compared is one of them. Read on the words, as the fast path leaves such
    sentences (no amount in them) unparsed."""
    before = [t.lower_ for t in tok.doc[max(0, tok.i - 8) : tok.i] if not t.is_space][-3:]
    if before[-1:] != ["other"]:
        return False
    before = before[:-1]
    if before[-1:] in (["most"], ["many"]):
        before = before[:-1]
    return before[-1:] in (["than"], ["like"], ["unlike"], ["as"])
