"""The ``newsfacts_linker`` component: each money span -> companies, sector, kind, year.

It runs last on ``Doc._.amounts`` (else NER's MONEY spans). On each amount span it sets:

- ``Span._.links``: list of :class:`Link` (empty when no company owns it);
- ``Span._.sector`` / ``Span._.sector_words``: taxonomy id and "word@start-end";
- ``Span._.kind``: investment | funding | deal | valuation | financials | other;
- ``Span._.target_year``: the year of "by 2029" / "in 2028" nearest the amount.

Linking follows the dependency parse, never distance alone. The rules, in order
(``Link.rule`` names the one that fired; ``path`` spells why, for ``newsfacts audit``):

1. ``table-row``: a wire earnings-table line -> the company in focus
   (:mod:`pipeline.link.rules.fallback`); ``ticker-quote``: "Exxon <XON> one to
   83-1/8" -> the name before the ticker (:mod:`pipeline.link.rules.ticker`);
2. ``headline``: a headline's subject (:mod:`pipeline.link.rules.headline`);
3. ``gapping``: "X will pay $N and Y the remaining $M" (:mod:`pipeline.link.rules.fallback`);
   ``with-clause``: "..., with Y close behind at $M" (:mod:`pipeline.link.rules.with_clause`);
4. the parse rules of :mod:`pipeline.link.rules.parse`: ``possessive``, ``compound``,
   ``appositive``, ``subject-of-verb``, ``conj``, ``subject-including``, ``agent``,
   ``coref-pronoun`` (referring words resolved by :mod:`pipeline.link.context`);
5. ``product-maker`` (a price: :mod:`pipeline.link.rules.product_price`), ``partner``,
   ``focus`` (an owned noun such as "sales" with no owner) (:mod:`pipeline.link.rules.fallback`);
6. once every amount has been through 1-5, ``compared`` ("to $N from $M a year earlier",
   "$N, or 12 cts a share, vs $M") and ``same-figure`` (a headline's figure repeated in the
   body) give an amount no rule owned its twin's owner (rules.fallback.share_owners);
7. ``deal-target``: the company a funding round is "in" joins its lead; ``paid-from``:
   what a person or party gets "from" a company (:mod:`pipeline.link.rules.paid_from`).

The clause of an amount is its sentence within its line, soft wraps undone (layout.logical_line).

A government, country or person never becomes the company; an amount tied to none keeps
an empty list. The sector is the taxonomy term closest to the amount in the parse
(:mod:`pipeline.link.sectors`), else the owner's industry (:mod:`pipeline.link.industry`:
as the article describes it, as its name says, as the gazetteer knows it). Data comes
from JSONL under ``models/`` at ``initialize`` (:data:`DATA_FILES`), saved with the
pipeline by ``to_disk``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.companies.casing import case_owners
from pipeline.companies.mentions import CompanyData
from pipeline.link.context import DocContext
from pipeline.link.contract_work import contract_hit
from pipeline.link.focus_lead import article_company
from pipeline.link.focus_story import focus_allowed
from pipeline.link.industry import Industries, IndustryWords
from pipeline.link.kind_model import KindModel, features, story_kinds
from pipeline.link.kind_per_share import per_share
from pipeline.link.kind_public import industry_money
from pipeline.link.kind_transfer import transfer_fee
from pipeline.link.kind_verbs import headline_kind_verbs, industry_pay
from pipeline.link.kind_worth import valued_at, valued_word
from pipeline.link.kinds import KindWords, is_share_price, read_kind
from pipeline.link.known_names import gazetteer_sectors
from pipeline.link.money_object import Goods, object_hit
from pipeline.link.name_echo import echoed_names
from pipeline.link.price_pairs import share_pair_sectors
from pipeline.link.project_money import project_money
from pipeline.link.public_money import keeps_hit, public_noun
from pipeline.link.rules.deal_spend import spent_on_buying
from pipeline.link.rules.deal_story import story_deal, told_deal
from pipeline.link.rules.deals import deal_sides, side_sectors
from pipeline.link.rules.each import share_each
from pipeline.link.rules.estimates import forecaster
from pipeline.link.rules.fallback import OwnerRules, Plan, share_owners
from pipeline.link.rules.headline import HEADLINE_VERBS, HeadlineReader, is_headline
from pipeline.link.rules.known import focus_blocked
from pipeline.link.rules.objects import object_owner
from pipeline.link.rules.paid_from import paid_from
from pipeline.link.rules.parse import Link
from pipeline.link.rules.penalties import penalty_owners
from pipeline.link.rules.people_pay import paid_by_people
from pipeline.link.rules.product_price import made_by, made_price, product_owner, resold
from pipeline.link.rules.recipient import aid_recipient
from pipeline.link.rules.respectively import pair_respectively
from pipeline.link.rules.speaker import speaker_owner
from pipeline.link.rules.ticker import ticker_owner
from pipeline.link.rules.transfer_sides import transfer_sides
from pipeline.link.rules.with_clause import with_owner
from pipeline.link.sector_model import second_opinion
from pipeline.link.sectors import SectorHit, SectorMatcher, closest_sector, input_cost, people_money
from pipeline.link.target_year import target_year
from pipeline.nlp.doccache import doc_text, forget, sent_of
from pipeline.nlp.layout import logical_line
from pipeline.nlp.registry import DataFilesComponent, data_dir_of, spacy_signature
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
__all__ = ["Link", "Linker", "make_linker"]

# What initialize reads, relative to the data folder; to_disk carries these.
DATA_FILES = (
    "sectors.jsonl",
    "kinds.jsonl",
    "companies/not_companies.jsonl",
    "companies/places.jsonl",
    "money/demonyms.jsonl",  # nationalities: no company name (CompanyData.places)
    "money/places.jsonl",  # cities: a place NER names is no company (CompanyData.cities)
    "money/datelines.jsonl",  # the wire's spellings of places ("BASLE"): no company either
    "money/table_labels.jsonl",  # "Oper", "Revs": a table's row label is no company
    "companies/refer_words.jsonl",
    "link/words.jsonl",  # read at import from MODELS_DIR, like layout/small_words.jsonl
    "link/industry_words.jsonl",
    "link/goods.jsonl",  # what an amount pays for (money_object.py)
    "link/name_compounds.jsonl",  # read at first use, like link/words.jsonl (name_compounds.py)
    "companies/gazetteer.jsonl",  # sectors of names the tagger passed over, hand-kept ones
    "link/kind_cues.jsonl",  # read at import, like link/words.jsonl (link/kind_cues.py)
    "link/kind_model.jsonl", "link/sector_model.jsonl",  # learned second opinions
    "link/focus_words.jsonl",  # read at import (link/focus_lead.py)
    "link/business_lines.jsonl",  # read at first use (link/business_lines.py)
    "link/price_pairs.jsonl",  # read at first use (link/price_pairs.py)
    "link/public_money.jsonl",  # read at import (link/public_money.py)
    "link/owner_words.jsonl",  # read at import (rules/national.py, rules/markets.py)
    "link/products.jsonl",  # read at import (companies/products.py, rules/product_price.py)
    "layout/small_words.jsonl", "layout/press_wires.jsonl",  # read at import (nlp/layout.py)
)

# Verbs whose proper-noun subject is taken for a company NER missed, beside the
# kind triggers ("Xingyun reported", "Britannia said it would invest").
CUE_VERBS = _WORDS["cue_verbs"]
NOT_OWNER_SUBJECTS = _WORDS["not_owner_subjects"]
MONEY_INSTRUMENTS = _WORDS["money_instruments"]


def _register_extensions() -> None:
    for name, default in (("links", None), ("sector", ""), ("sector_words", ""),
                          ("kind", "other"), ("kind_rule", "other"), ("sector_open", False),
                          ("target_year", None)):  # fmt: skip
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


def line_bounds(doc: Doc, span: Span) -> tuple[int, int]:
    """Token range of the amount's sentence clipped to its line (a headline: the whole line)."""
    text = doc_text(doc)
    lo, hi = logical_line(text, span.start_char, span.end_char)
    first = doc.char_span(lo, hi, alignment_mode="expand")
    line = (first.start, first.end) if first is not None else (span.start, span.end)
    if is_headline(doc, *line):
        return line
    sent = sent_of(doc, span.start)
    return max(sent.start, line[0]), max(min(sent.end, line[1]), span.end)


class Linker(DataFilesComponent):
    """spaCy component: see the module docstring."""

    DATA_FILES = DATA_FILES

    def __init__(self, nlp: Language, name: str = "newsfacts_linker") -> None:
        self.nlp = nlp
        self.name = name
        self.data_dir: Path | None = None
        self.companies = CompanyData()
        self.sectors: SectorMatcher | None = None
        self.industries: Industries | None = None
        self.goods = Goods({}, frozenset(), frozenset())
        self.rules = OwnerRules({}, frozenset())
        self.kinds = KindWords({}, frozenset())
        self.kind_model, self.sector_model = KindModel(), KindModel()
        self.headlines = HeadlineReader(frozenset())
        self._ready = False
        _register_extensions()

    @spacy_signature
    def initialize(
        self,
        get_examples: Callable[[], Iterable] | None = None,
        *,
        nlp: Language | None = None,
        data_dir: Path | str | None = None,
    ) -> None:
        """Read the data files (:data:`DATA_FILES`) under ``data_dir`` (default: models/)."""
        self.data_dir = data_dir = data_dir_of(data_dir)
        self.sectors = SectorMatcher.from_dir(nlp or self.nlp, data_dir)
        words = IndustryWords.from_file(data_dir / "link/industry_words.jsonl")
        known = gazetteer_sectors(data_dir / "companies/gazetteer.jsonl")
        self.industries = Industries(self.sectors, words, known)
        self.goods = Goods.from_file(data_dir / "link/goods.jsonl")
        self.kinds = KindWords.from_file(data_dir / "kinds.jsonl")
        self.kind_model = KindModel.from_file(data_dir / "link/kind_model.jsonl")
        self.sector_model = KindModel.from_file(data_dir / "link/sector_model.jsonl")
        # the owner rules read kind words as "money words": every kind's, POS tags dropped
        triggers = {k.split("/")[0]: v for k, v in self.kinds.triggers.items()}
        refs = CompanyData.from_dir(data_dir)
        common = frozenset(triggers) | self.sectors.vocabulary | HEADLINE_VERBS | refs.ref_nouns
        common |= refs.owned_nouns  # "Backlog", "Sales" heading a table line are no names
        common = (common | frozenset(
            w for t in list(common) for w in (t + "s", t + "es", t + "ed", t + "ing")
        ) | _WORDS["common_nouns"]) - _WORDS["acronym_verbs"]  # "NAB" the bank: no plain word
        verbs = HEADLINE_VERBS | _WORDS["headline_moves"] | headline_kind_verbs(triggers)
        self.companies = CompanyData.from_dir(data_dir, common_words=common, verbs=verbs)
        self.rules = OwnerRules(triggers, self.companies.owned_nouns)
        self.headlines = HeadlineReader(frozenset(triggers))
        self._cue_verbs = CUE_VERBS | frozenset(k for k, v in triggers.items()
                                                if " " not in k and v != "other")
        # "Acme's net profit", "Acme's debt": a company's own money nouns
        self._cue_nouns = self.kinds.words("financials", "other")
        self._ready = True

    @property
    def company_words(self) -> CompanyData:
        """Its word lists: what is never a company, referring words, owned nouns..."""
        if not self._ready:
            self.initialize(nlp=self.nlp)
        return self.companies

    # -- the component -------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if not self._ready:
            self.initialize(nlp=self.nlp)
        amounts = doc._.amounts if Doc.has_extension("amounts") else None
        if amounts is None:
            amounts = [e for e in doc.ents if e.label_ == "MONEY"]
        if not amounts:
            return doc
        ctx = DocContext(
            doc,
            self.companies,
            sector_hits=self.sectors(doc) if self.sectors else [],
            cue_verbs=self._cue_verbs,
            cue_nouns=self._cue_nouns,
            headline_names=lambda d, taken: self.headlines.subject_names(d, self.companies, taken),
        )
        ordered = sorted(amounts, key=lambda s: s.start)
        plans: list[Plan] = []
        for k, span in enumerate(ordered):
            lo, hi = line_bounds(doc, span)
            prev_end = max(
                [lo] + [a.end for a in ordered[:k] if a.end <= span.start and a.start >= lo]
            )
            next_start = min(
                [hi] + [a.start for a in ordered[k + 1 :] if a.start >= span.end and a.start < hi]
            )
            seg, head = (prev_end, next_start), is_headline(doc, lo, hi)
            links, verdict = self._link(ctx, span, (lo, hi), seg, headline=head)
            plans.append(Plan(span, (lo, hi), seg, links, verdict, head))
        share_owners(ctx, plans)
        pair_respectively(ctx, plans)  # "fined X and Y £3m and £2m, respectively"
        # the article's most named industry, lenders aside: read once, only if needed
        industries = self.industries
        assert industries is not None
        called = cache(lambda: industries.called(ctx))  # the article's word for its lead company
        article_hits = cache(lambda: industries.article_hits(ctx))  # read once, for both uses
        article_sector = cache(lambda: industries.of_article(ctx, article_hits()))
        for plan, allowed in zip(plans, focus_allowed(ctx, plans), strict=True):  # focus_story.py
            if not plan.links and plan.verdict == "none":  # the spokesman's company, the lead
                plan.links = speaker_owner(ctx, plan.span) or (
                    self._article_focus(ctx, plan.span) if allowed else [])
        penalty_owners(ctx, plans)  # a fine or tax bill a public body imposes: who pays
        paid_from(ctx, plans)  # "won £150,000 in damages from the Daily Telegraph"
        share_each(ctx, plans)  # "imposed each on X, Y and Z": every one's
        last_deal: list[Link] = []  # the sides of the deal the story told of last

        def is_named(tok: Token) -> bool:  # a named company, no person
            return ctx.mention_at(tok) is not None

        # the learned second opinion weighs the kinds the rules give the story's amounts
        pre = self._rule_kinds(ctx, plans) if self.kind_model.classes else []
        others = story_kinds(pre) if pre else [Counter[str]() for _ in plans]
        for k, (plan, story) in enumerate(zip(plans, others, strict=True)):
            span, (lo, hi), seg, links = plan.span, plan.clause, plan.seg, plan.links
            # only a share's price reads whether a deal came before it (kinds.read_kind)
            rule = pre[k] if pre and not per_share(span) else self.kind(
                ctx, span, (lo, hi), links, in_deal=bool(last_deal))  # fmt: skip
            span._.kind_rule = rule
            sure = rule == "valuation" and valued_at(span, is_named) or transfer_fee(span)
            # money put into a company ("inject €11bn into Fortis") is funding it receives
            kind = rule if sure else self.kind_model.decide(rule, features(span, rule, story))
            kind = "funding" if links and all(lk.rule == "paid-into" for lk in links) else kind
            links = self.rules.funding_target(ctx, span, (lo, hi), kind, links)
            links = deal_sides(ctx, span, (lo, hi), kind, links)
            links = transfer_sides(ctx, span, kind, links)  # a player's clubs, both sides
            links = spent_on_buying(ctx, span, kind, links)  # "spent $N on buying X"
            told = told_deal(ctx, span, last_deal) if kind == "deal" else last_deal
            links = made_by(ctx, story_deal(span, (lo, hi), kind, links, told))  # "the PSP"
            last_deal = links if kind == "deal" and links else last_deal
            span._.links = links
            span._.kind = kind
            # FACTS.md Sector: a company's own results and value take its industry
            # before any sector word the sentence holds ("the airline's fuel bill")
            # lenders and investors ("led by" X, "a credit line from X") say who pays,
            # not where the money works
            owners = [lk for lk in links if lk.rule != "led-by" and not _lender(lk, kind)]
            company = industries.of_company(ctx, owners, called, deal=kind == "deal")
            work = contract_hit(span, ctx.sector_hits, is_named) if kind == "deal" else None
            own = (
                company
                if (kind in _OWN_MONEY and work is None)
                or per_share(span) or made_price(ctx, span, (lo, hi), links)  # a share's, a PSP's
                or is_share_price(span, (lo, hi), lambda t: ctx.mention_at(t) is not None)
                else ""
            )
            hit = work or (None if own else self._sector(ctx, span, (lo, hi), seg, links, kind))
            public = None if links else public_noun(span)  # a budget, a deficit, a tax
            hit = hit if public is None or hit is None or keeps_hit(span, hit) else None
            if hit and company and (industries.generic_place(hit) or input_cost(doc, hit)):
                own = company  # "retool its assembly plant": a carmaker's plant is automotive
            if own:
                span._.sector, span._.sector_words = own, ""
            elif hit:
                span._.sector, span._.sector_words = hit.sector, hit.words
            else:  # no sector word for the amount: its company's industry, else the article's
                sector = company
                # no owner: the article's industry takes what the industry took in
                # ("the film took $30.2m"), never a budget or a payment (FACTS.md Sector 3)
                # or a person's pay or a production cost ("earning 3.55m Euros")
                industry = links or (
                    industry_money(span, kind) or industries.market_amount(span)
                    or project_money(span)
                ) and not people_money(span) or industry_pay(span, is_named)
                industry = industry and public is None
                span._.sector = (
                    sector
                    or (article_sector() if industry else "")
                    or industries.weak_company(ctx, links)
                )
                # none found, yet not a budget nor a person's pay: sector_model.py may fill it
                span._.sector_open = not span._.sector and public is None and not people_money(span)
                span._.sector_words = ""
            span._.links = side_sectors(links, lambda lk: industries.of_company(ctx, [lk], str))
            span._.target_year = target_year(doc, span, (lo, hi))
        second_opinion(self.sector_model, ordered, article_hits())
        # "19.45 dlrs, up 56 cts a barrel": a price's level and change share its sector
        share_pair_sectors(ordered, industries.words.units, industries.words.levies)
        case_owners(ordered, self.nlp)  # a name read in capitals: "GLENFED INC" -> "Glenfed Inc"
        forget(doc)
        return doc

    # -- linking -------------------------------------------------------
    def link(self, ctx: DocContext, span: Span, clause: tuple[int, int],
             seg: tuple[int, int]) -> list[Link]:  # fmt: skip
        """Companies owning ``span``, by the first rule that fires (see module docstring)."""
        return self._link(ctx, span, clause, seg)[0]

    def _link(self, ctx: DocContext, span: Span, clause: tuple[int, int], seg: tuple[int, int],
              *, headline: bool | None = None) -> tuple[list[Link], str]:  # fmt: skip
        """(links, verdict): "government" (a public body owns it), "person" (people pay it)."""
        rules = self.rules
        found = rules.table_row(ctx, span) or ticker_owner(ctx, span)
        if found:
            return found, "company"
        if is_headline(ctx.doc, *clause) if headline is None else headline:
            found = self.headlines(ctx, span, clause)
            if found:
                return found, "company"
        found = rules.gapping(ctx, span, clause) or with_owner(ctx, span, clause)
        if found:
            return found, "company"
        verdict, links = rules.owner(ctx, span, clause)
        if links and forecaster(ctx, span) is not None:  # "the FactSet consensus estimate"
            verdict, links = "none", []
        if not links or verdict == "government":  # "the EU fined Microsoft €497m"
            found = object_owner(ctx, span, clause, public_subject=verdict == "government")
            found = found or aid_recipient(ctx, span, clause)  # "inject €11.2bn into Fortis"
            if found:
                return found, "company"
        if links:
            return links, verdict
        if verdict == "none" and (paid_by_people(ctx, span, clause) or resold(span, clause)):
            return [], "person"  # "directors ... to pay", "a used car is priced from £N"
        # a product's maker; the company that builds what the money is for; a partner
        links = product_owner(ctx, span, clause) if verdict == "none" else []
        links = links or rules.beneficiary(ctx, span, clause)
        links = links or rules.partner(ctx, span, clause, seg)  # of a government that pays
        if links or verdict != "none":
            return links, verdict
        return rules.focus_owner(ctx, span, clause), verdict

    def _article_focus(self, ctx: DocContext, span: Span) -> list[Link]:
        """An amount no rule gave an owner belongs to the company the article is about
        (headline subject, lead), unless its sentence is about a government, a person,
        a place or a market ("analysts expect", "the market grew")."""
        # not a film, person or body NER took for an organization (focus_lead.py)
        lead, how = article_company(ctx, span)
        if lead is None or focus_blocked(ctx, span, NOT_OWNER_SUBJECTS):
            return []
        text = ctx.doc[lead.start : lead.end].text
        return [Link(ctx.canonical(lead.name), text, "article-focus", how)]

    # -- kind, sector, year --------------------------------------------
    def kind(self, ctx: DocContext, span: Span, clause: tuple[int, int], links: list[Link],
             *, in_deal: bool = False) -> str:  # fmt: skip
        """FACTS.md's kind of the amount (:func:`pipeline.link.kinds.read_kind`)."""

        def valued_ok(word: Token) -> bool:  # "the offer values Beta at $N": a company
            owner = valued_word(word)
            return owner is not None and (
                ctx.mention_at(owner) is not None
                or owner.pos_ == "PROPN"
                or owner.lemma_.lower() in ctx.data.ref_nouns
            )

        def is_company(tok: Token) -> bool:  # "for the carrier", "for Beta"
            return (
                ctx.mention_at(tok) is not None
                or ctx.refers(tok)
                or tok.lemma_.lower() in ctx.data.ref_nouns  # "Regional Airline Sold"
            )

        if transfer_fee(span):  # "joined Rangers for £1.2m" in a sports story
            return "deal"
        return read_kind(self.kinds, ctx.doc, span, clause, valued_ok, is_company, in_deal=in_deal)

    def _rule_kinds(self, ctx: DocContext, plans: list[Plan]) -> list[str]:
        """The rules' kind of every amount, in order (a chart line reads the one before)."""
        for plan in plans:
            plan.span._.kind_rule = self.kind(ctx, plan.span, plan.clause, plan.links)
        return [plan.span._.kind_rule for plan in plans]

    def _sector(self, ctx: DocContext, span: Span, clause: tuple[int, int], seg: tuple[int, int],
                links: list[Link], kind: str) -> SectorHit | None:  # fmt: skip
        lo, hi = seg
        industries = self.industries
        assert industries is not None
        names = {i for m in ctx.mentions for i in range(m.start, m.end)} | echoed_names(ctx)
        names |= {t.i for t in ctx.doc[clause[0] : clause[1]] if t.ent_type_ in ("PERSON", "GPE")}
        hits = [
            h
            for h in ctx.sector_hits
            if h.start >= lo and h.end <= hi and industries.counts(ctx.doc, h)
            and not (not links and industries.speaker(ctx, h))
            # "funds", "loan", "payments": how money moves, not where it works; with no
            # owner only where the word heads its phrase ("a weekly payment of £108",
            # not "mortgage-backed securities")
            and not (
                h.sector == "financials"
                and h.text.lower() in MONEY_INSTRUMENTS
                and (links or ctx.doc[h.end - 1].head.i <= h.end - 1)
            )
        ]
        # the amount's own object first ("cut the Medicaid budget ... by $45bn")
        hit = object_hit(span, hits, self.goods, exclude=frozenset(names))
        hit = hit or closest_sector(span, hits, exclude=frozenset(names))
        if hit is None and links and links[0].rule == "coref-pronoun" and kind != "financials":
            # "... is what it plans to put in": the sector of the sentence the pronoun points to
            sent = sent_of(ctx.doc, span.start)
            if sent.start > 0:
                prev = sent_of(ctx.doc, sent.start - 1)
                hits = [h for h in ctx.sector_hits if prev.start <= h.start and h.end <= prev.end
                        and h.text.lower() not in MONEY_INSTRUMENTS]  # "it will get loans"
                hit = closest_sector(
                    prev.root.doc[prev.root.i : prev.root.i + 1], hits, exclude=frozenset(names)
                )
        return hit


# kinds whose money is the company's own: its results and its value (and its share
# price: kinds.is_share_price)
_OWN_MONEY = frozenset({"financials", "valuation", "deal"})


def _lender(link: Link, kind: str) -> bool:
    """The other side of money raised: who lends or invests it."""
    return kind == "funding" and link.rule == "deal-side" and link.role == "payer"


# token.pos is read too: the attribute_ruler sets it from token.tag but declares no assigns
@Language.factory(
    "newsfacts_linker",
    default_config={},
    requires=["doc._.amounts", "span._.company", "doc.ents", "doc.sents", "token.tag",
              "token.lemma", "token.dep", "token.head"],  # fmt: skip
    assigns=[
        "span._.links",
        "span._.sector",
        "span._.sector_words",
        "span._.kind",
        "span._.target_year",
    ],
)
def make_linker(nlp: Language, name: str) -> Linker:
    """spaCy factory (``[components.newsfacts_linker]`` in models/pipeline/config.cfg)."""
    return Linker(nlp, name)
