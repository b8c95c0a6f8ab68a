"""Parse rules: who owns an amount, read off the sentence's dependency tree.

The owner is the agent of the verb or noun that governs the amount. From the
amount's root the walk goes up through the nouns it modifies, looking for an
owner named on a noun ("Acme's $N plan", "the Acme $N plan", "$N of debt of
Acme"), then to the governing verb and its subject, climbing xcomp / conj /
advcl / prep chains when a verb has no subject of its own. A subject that is
a referring word ("it", "the company", "the Austin-based carrier") resolves
to the company in focus (:meth:`pipeline.link.context.DocContext.focus`).

Rules (``Link.rule``): ``possessive``, ``compound``, ``appositive``, ``subject-of-verb``,
``conj``, ``subject-including``, ``agent``, ``coref-pronoun``. ``Link.path`` spells the
dependency path that tied them. :meth:`ParseRules.owner` returns ``(verdict, links)``:
"company", "government" (a public body owns it: no company may), "market" (the stocks an
exchange lists own it) or "none"."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.companies.lone_names import lone_person_word
from pipeline.companies.mentions import Mention
from pipeline.link.advisers import arranges
from pipeline.link.context import SUBJECT_DEPS, DocContext
from pipeline.link.rules.deal_objects import bought_in_clause
from pipeline.link.rules.earned import earned_for
from pipeline.link.rules.imposed import fines_another
from pipeline.link.rules.markets import listed_total
from pipeline.link.rules.national import national_descriptor
from pipeline.link.rules.public_groups import group_of_states
from pipeline.link.sectors import tree_distance
from pipeline.nlp.doccache import sent_of
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")

# A verb without its own subject takes the subject of the verb it hangs from.
CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "ccomp", "prep", "dep", "acomp", "pobj"})
PRICE_VERBS = _WORDS["price_verbs"]
QUOTED_NOUNS = _WORDS["quoted_nouns"]
REPORT_VERBS = _WORDS["report_verbs"]
EXPLETIVE_VERBS = _WORDS["expletive_verbs"]  # "It costs £5 to ...": "it" is no company
# "a round led by X", "a loan led by X": X invests or lends (deals.py gives it its side)
RAISED_NOUNS = _WORDS["round_nouns"] | _WORDS["loan_nouns"]
# An amount before its noun ("the $1.2bn collapse of X").
PREMOD_DEPS = frozenset({"compound", "nummod", "nmod", "amod"})


@dataclass(frozen=True, slots=True)
class Link:
    """One company tied to an amount, with the rule and parse path that tied it."""

    company: str
    mention: str
    rule: str
    path: str = ""
    role: str = ""  # payer, payee, partner, self (FACTS.md "role"); set by rules/deals.py
    sector: str = ""  # a deal's other side's own industry, when known (rules/deals.py)


def dedupe(links: list[Link]) -> list[Link]:
    seen: set[str] = set()
    out = []
    for link in links:
        if link.company not in seen:
            seen.add(link.company)
            out.append(link)
    return out


class ParseRules:
    """The grammar rules; ``triggers`` maps a lemma to its kind (models/kinds.jsonl)."""

    def __init__(self, triggers: dict[str, str]) -> None:
        self.triggers = triggers

    def trigger(self, tok: Token) -> str | None:
        for key in (tok.lemma_.lower(), tok.lower_):
            if key in self.triggers:
                return self.triggers[key]
        return None

    def owner(self, ctx: DocContext, span: Span, clause: tuple[int, int]) -> tuple[str, list[Link]]:
        return self._owner_from_parse(ctx, span, clause)

    def _make(self, ctx: DocContext, m: Mention, rule: str, path: str) -> Link:
        return Link(ctx.canonical(m.name), ctx.doc[m.start : m.end].text, rule, path)

    def _with_conj(self, ctx: DocContext, tok: Token, m: Mention, rule: str, path: str,
                   *, loose: bool = False) -> list[Link]:  # fmt: skip
        links = [self._make(ctx, m, rule, path)]
        own_clause = any(c.dep_ == "relcl" for c in tok.children)
        for c in tok.conjuncts:
            if own_clause and any(g.dep_ == "relcl" for g in c.children):
                continue  # "X, which raised $40m, and Y, which secured $35m": each its own
            cm = ctx.mention_at(c, loose=loose)
            if cm is not None and cm != m:
                links.append(self._make(ctx, cm, "conj", path + ">conj"))
        return dedupe(links)

    def _owner_from_parse(
        self, ctx: DocContext, span: Span, clause: tuple[int, int]
    ) -> tuple[str, list[Link]]:
        """("company"|"government"|"none", links): possessives, compounds, the verb's subject."""
        lo, hi = clause
        inside = set(range(span.start, span.end))
        cur, path = span.root, list[str]()
        verb = None
        # The nouns the amount modifies ("$10 billion commitment", "deal ... for $5 billion").
        while True:
            owner, links = self._owner_of_noun(ctx, cur, path, inside, clause)
            if owner != "none":
                return owner, links
            if cur.dep_ == "appos" and cur.head.i not in inside:  # "South Bay, a $60m lender"
                if (m := ctx.mention_at(cur.head)) is not None:
                    return "company", [self._make(ctx, m, "appositive", ">".join([*path, "appos"]))]
            head = cur.head
            if head.i == cur.i or not lo <= head.i < hi:
                break
            path.append(cur.dep_)
            if head.pos_ in ("VERB", "AUX"):
                verb = head
                break
            cur = head
        before = span.start - 1
        if before > lo and ctx.doc[before].lower_ in ("'s", "’s", "'", "’"):
            m = ctx.mention_at(ctx.doc[before - 1])
            if m is not None:  # the parser misreads a curly "’s" as a verb
                return "company", [self._make(ctx, m, "possessive", "poss(surface)")]
            if ctx.is_government(ctx.doc[before - 1]):  # "Tokyo’s $550 billion pledge"
                return "government", []
        if verb is None:
            return "none", []
        earned = earned_for(ctx, span, clause)  # "luxury goods earned LVMH €5.1bn"
        if earned is not None:
            return "company", [self._make(ctx, earned[0], "earned-for", earned[1])]
        return self._subject(ctx, verb, span, clause, path, inside | {t.i for t in cur.subtree})

    def _owner_of_noun(self, ctx: DocContext, noun: Token, path: list[str], inside: set[int],
                       clause: tuple[int, int]) -> tuple[str, list[Link]]:  # fmt: skip
        """Owner named on a noun itself: "Toyota's", "its", "the firm's", "the Toyota plan"."""
        lo, hi = clause
        for child in noun.children:
            if child.i in inside or not lo <= child.i < hi:
                continue
            if child.dep_ == "poss":
                m = ctx.mention_at(child)
                if m is not None:
                    return "company", self._with_conj(
                        ctx, child, m, "possessive", ">".join([*path, "poss"])
                    )
                if ctx.is_government(child):
                    return "government", []
                if child.lower_ in ("its", "their") or (
                    child.lemma_.lower() in ctx.data.ref_nouns
                    and any(c.lower_ in ("the", "this", "that") for c in child.children)
                ):
                    return self._coref(ctx, child, ">".join([*path, "poss"]))
            elif child.dep_ == "prep" and child.lower_ == "of" and (
                not path
                # "the $1.2bn collapse of X", "a $13m expansion of X"; not "a purchase of X"
                or len(path) == 1 and path[0] in PREMOD_DEPS and noun.i > min(inside)
                and self.trigger(noun) in (None, "investment")
            ):
                # "$50 million of debt of Acme"
                for p in child.children:
                    m = ctx.mention_at(p)
                    # debt, bonds, notes
                    if m is None and self.trigger(p) in ("financials", "other", "funding"):
                        inner = [q for c in p.children if c.lower_ == "of" for q in c.children]
                        m = next((ctx.mention_at(q) for q in inner if ctx.mention_at(q)), None)
                    if m is not None:
                        return "company", [self._make(ctx, m, "possessive", "of>pobj")]
            elif not path and (agent := self._acl_agent(ctx, child, "acl")):
                return "company", agent  # "the $204m announced by rival Google"
            elif child.dep_ == "compound" and child.i < noun.i:  # "Westpac shares": its own
                m = ctx.mention_at(child, loose=noun.lemma_ in ("share", "stock"))
                if m is not None:
                    return "company", [
                        self._make(ctx, m, "compound", ">".join([*path, "compound"]))
                    ]
        return "none", []

    def _subject(self, ctx: DocContext, verb: Token, span: Span, clause: tuple[int, int],
                 path: list[str], exclude: set[int]) -> tuple[str, list[Link]]:  # fmt: skip
        lo, hi = clause
        v = verb
        money_verb = deal_verb = False  # a verb of money; of buying, raising, investing
        for _ in range(8):
            where = ">".join([*path, v.lemma_])
            money_verb = money_verb or self.trigger(v) is not None
            deal_verb = deal_verb or self.trigger(v) in ("deal", "funding", "investment")
            if v.lemma_.lower() in PRICE_VERBS or listed_total(v) or arranges(v):  # a bank's issue
                return ("market" if listed_total(v) else "none"), []  # "costs $N", "lists stocks"
            if v.lemma_.lower() == "value":  # "X valued its unit at $N": the unit's owner
                objs = [c for c in v.children if c.dep_ == "dobj" and c.i not in exclude]
                if objs:
                    m = ctx.mention_at(objs[0])
                    if m is not None:
                        return "company", [self._make(ctx, m, "subject-of-verb", where + ">dobj")]
                    if ctx.refers(objs[0]):  # "valuing it at $N", "valuing the company at"
                        bought = bought_in_clause(ctx, v)  # "buy X for $2 each, valuing it"
                        if bought is not None:
                            return "company", [
                                self._make(ctx, bought, "coref-pronoun", where + ">dobj~bought")
                            ]
                        bidder = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
                        if bidder and self.trigger(bidder[0]) == "deal":
                            # "A bid would value the company at $N": the bid's target,
                            # the company the sentence before named but not as subject
                            m = ctx.target_before(objs[0])
                            if m is not None:
                                return "company", [
                                    self._make(ctx, m, "coref-pronoun", where + ">dobj~target")
                                ]
                            return "none", []
                        return self._coref(ctx, objs[0], where + ">dobj")
                    return self._owner_of_noun(
                        ctx, objs[0], [*path, "value", "dobj"], exclude, clause
                    )
            subs = [c for c in v.children if c.dep_ in SUBJECT_DEPS and c.i not in exclude]
            if len(subs) > 1 and ctx.in_dateline(subs[0]) and ctx.dateline_subject(subs[0]) is None:
                # "LONDON, Oct 19 - Norwegian state oil company X signed": X, not LONDON
                named = [c for c in subs[1:] if ctx.mention_at(c) is not None]
                subs = named or subs
            if not subs and v.lemma_ == "be":  # "$N is what it plans to spend"
                for c in v.children:
                    if c.dep_ in ("attr", "ccomp", "acomp"):
                        subs = [
                            t for t in c.subtree if t.dep_ in SUBJECT_DEPS and t.i not in exclude
                        ]
                        if subs:
                            break
            if not subs and v.dep_ == "xcomp":  # "requiring Seoul to invest $N": Seoul does
                objs = [c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i]
                if objs and objs[0].i not in exclude and ctx.is_government(objs[0]):
                    return "government", []
            for c in () if _leads_round(v) else v.children:  # "pledged by X"
                if c.dep_ == "agent":
                    for p in c.children:
                        m = ctx.mention_at(p) or _compound_mention(ctx, p)
                        if m is not None and p.i not in exclude:
                            return "company", self._with_conj(ctx, p, m, "agent", where + "<agent")
            if subs:
                # NER misses company names: an unlabelled proper noun ("Stripe was valued
                # at") subject of a money verb, a lone "person" of a deal's ("Euronext is to
                # fund a bid"; not "Minas is trading 20 cents higher", a crude oil)
                lone = deal_verb and lone_person_word(subs[0], ctx.data.titles)
                loose = money_verb and (subs[0].ent_type_ == "" or lone)
                owner, links = self._resolve(ctx, subs[0], where + "<" + subs[0].dep_, loose=loose)
                if owner == "company" and fines_another(v, span):  # a body that fines another
                    return "none", []
                if owner == "none":  # "Japanese firms will spend $N, with X and Y among them"
                    links = self._among(ctx, v, where)
                    owner = "company" if links else owner
                before = _name_before(ctx, v, lo, exclude) if owner == "none" else None
                if before is not None:  # "€3bn and carmaker Renault clocked up €5bn"
                    return "company", [self._make(ctx, before, "subject-of-verb", where + "<left")]
                # "The carmaker saw profits fall to $N": whose profits the clause above says
                if owner != "none" or v.dep_ not in ("ccomp", "xcomp") or not _bare_owned(
                    ctx, subs[0]
                ):
                    return owner, links
            agent = self._led_by(ctx, span, v, clause)
            if agent:
                return "company", agent
            before = _name_before(ctx, v, lo, exclude)
            if before is not None:  # "... and carmaker Renault clocked up €5.1bn": a misparse
                return "company", [self._make(ctx, before, "subject-of-verb", where + "<left")]
            if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
                owner, links = self._resolve(ctx, v.head, where + "<" + v.dep_)
                if owner != "none":
                    return owner, links
            elif v.dep_ not in CLIMB_DEPS:
                break
            nxt = v.head
            while (
                nxt.pos_ not in ("VERB", "AUX")
                and nxt.head.i != nxt.i
                and (
                    nxt.dep_ in CLIMB_DEPS
                    or nxt.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "appos")
                )
            ):
                nxt = nxt.head
            if nxt.i == v.i or not lo <= nxt.i < hi or nxt.pos_ not in ("VERB", "AUX"):
                break
            path = [*path, v.lemma_, v.dep_]
            v = nxt
        return "none", []

    def _among(self, ctx: DocContext, verb: Token, where: str) -> list[Link]:
        for w in verb.subtree:
            if w.lower_ != "with" or w.head.pos_ not in ("VERB", "AUX"):
                continue
            among = [c for c in w.head.children if c.lower_ == "among"]
            for p in w.children:
                m = ctx.mention_at(p)
                if m is not None and (among or any(c.lower_ == "among" for c in p.children)):
                    return self._with_conj(ctx, p, m, "subject-including", where + ">with>among")
        return []

    def _led_by(
        self, ctx: DocContext, span: Span, verb: Token, clause: tuple[int, int]
    ) -> list[Link]:
        """ "projects led by X": an agent of a participle near the amount in the tree."""
        lo, hi = clause
        for tok in verb.subtree:
            if tok.dep_ != "agent" or not lo <= tok.i < hi or tok.head.dep_ not in ("acl", "relcl"):
                continue
            if _leads_round(tok.head) and span.root.head != tok.head.head or (
                tree_distance(span.root, tok) > 5
            ):
                continue  # the round's lead owns its own amount, not its valuation
            for p in tok.children:
                if (m := ctx.mention_at(p)) is not None:
                    return self._with_conj(
                        ctx, p, m, "agent", f"{tok.head.head.lemma_}>acl>{tok.head.lemma_}>agent"
                    )
        return []

    def _acl_agent(self, ctx: DocContext, acl: Token, path: str) -> list[Link]:
        """The named agent of a participle on a noun ("run by X"), or none."""
        if acl.dep_ != "acl" or _leads_round(acl):
            return []
        for p in (q for a in acl.children if a.dep_ == "agent" for q in a.children):
            if (m := ctx.mention_at(p)) is not None:
                return self._with_conj(ctx, p, m, "agent", f"{path}>{acl.lemma_}>agent")
        return []

    def _resolve(self, ctx: DocContext, subj: Token, path: str, *, loose: bool = False
                 ) -> tuple[str, list[Link]]:  # fmt: skip
        if group_of_states(subj):  # "the Paris Club group of creditor countries"
            return "government", []
        m = ctx.mention_at(subj, loose=loose and subj.pos_ == "PROPN")
        if m is None and ctx.datelines:  # "ZURICH, March 19 - Acme reported": Acme
            m = ctx.dateline_subject(subj)
            if m is not None:
                return "company", [self._make(ctx, m, "subject-of-verb", path + "<dateline")]
        if m is None:  # "the company's unit", compounds: look at the subject's name children
            for c in subj.children:
                # "Spartan shares jumped": NER reads a name as a nationality (amod, NORP)
                named = c.dep_ == "amod" and c.ent_type_ == "NORP" and c.text[:1].isupper()
                if c.dep_ in ("compound", "appos", "nmod") and c.pos_ == "PROPN" or named:
                    m = ctx.mention_at(c)
                    if m is not None:
                        subj = c
                        break
        if m is not None:
            return "company", self._with_conj(ctx, subj, m, "subject-of-verb", path)
        data = ctx.data
        low = subj.lower_
        if national_descriptor(ctx, subj):  # "France's second largest carmaker"
            verdict, m, how = ctx.focus(subj, pronoun=False)
            end = sent_of(ctx.doc, subj.i).end
            if verdict != "company" or m is None or subj.i < m.start < end:
                # a company no name before it stands for ("ordered 30 Airbus planes": its
                # object is none): a company's money all the same, so not the lead's
                return "company", []
            return "company", [self._make(ctx, m, "coref-pronoun", f"{path}<ranked~{how}")]
        if subj.pos_ in ("NOUN", "PROPN"):
            owner, links = self._owner_of_noun(ctx, subj, [path], set(), (0, len(ctx.doc)))
            if owner != "none":
                return owner, links
            if self.trigger(subj) == "financials" or subj.lemma_.lower() in QUOTED_NOUNS:
                # "profits at X rose to $N"; "X said sales rose to $N"
                for prep in subj.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "for", "in"):
                        for p in prep.children:
                            if (m := ctx.mention_at(p)) is not None:
                                return "company", [
                                    self._make(ctx, m, "subject-of-verb", path + ">" + prep.lower_)
                                ]
                verb = subj.head
                if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORT_VERBS:
                    for c in verb.head.children:
                        if c.dep_ in SUBJECT_DEPS:
                            owner, links = self._resolve(ctx, c, path + "<ccomp<" + c.dep_)
                            if owner == "company":
                                return owner, links
        for prep in subj.children:  # "A tie-up between X and Y would create ..."
            if prep.dep_ == "prep" and prep.lower_ == "between":
                for p in prep.children:
                    if p.dep_ == "pobj" and (m := ctx.mention_at(p)) is not None:
                        return "company", self._with_conj(
                            ctx, p, m, "subject-including", path + ">between"
                        )
        if low in ("who", "which", "that") and subj.head.dep_ == "relcl":
            # "Flutterwave, which raised $170m": the name it follows, loose as a subject is
            ante = subj.head.head
            return self._resolve(ctx, ante, path + "<relcl", loose=loose and not ante.ent_type_)
        for acl in subj.children:  # "the plant, run by X, will cost $N"
            if agent := self._acl_agent(ctx, acl, f"{path}>acl"):
                return "company", agent
        if _expletive(subj):
            return "none", []
        if ctx.refers(subj) and low not in ("who", "which", "that"):
            return self._coref(ctx, subj, path)
        if ctx.is_government(subj):
            return "government", []
        # "Japanese firms, including X and Y, will spend"; "a number of firms, including X"
        groups = {subj.i} | {
            p.i for prep in subj.children if prep.lower_ == "of" for p in prep.children
        }
        for t in subj.subtree:
            if t.lower_ in ("including", "as") and t.i > subj.i and t.head.i in groups:
                for p in t.children:
                    pm = ctx.mention_at(p)
                    if p.dep_ == "pobj" and pm is not None:
                        return "company", self._with_conj(
                            ctx, p, pm, "subject-including", path + ">including"
                        )
        if low in data.ref_pronouns or (
            subj.lemma_.lower() in data.ref_nouns
            and any(c.lower_ in ("the", "this", "that", "its") for c in subj.children)
        ):
            return self._coref(ctx, subj, path)
        return "none", []

    def _coref(self, ctx: DocContext, ref: Token, path: str) -> tuple[str, list[Link]]:
        """A referring word -> the company in focus (:class:`~pipeline.link.context.DocContext`)."""
        pronoun = ref.pos_ == "PRON" or ref.lower_ in ctx.data.ref_pronouns
        verdict, m, how = ctx.focus(ref, pronoun=pronoun)
        if verdict != "company" or m is None:
            return verdict, []
        return "company", [self._make(ctx, m, "coref-pronoun", f"{path}~{how}")]



def _expletive(subj: Token) -> bool:
    """ "It costs the taxpayer £35,000 a year to provide each place", "It will take $5bn to
    rebuild the network": "it" stands for the infinitive after the verb, not a company."""
    verb = subj.head
    return (
        subj.lower_ == "it"
        and verb.lemma_.lower() in EXPLETIVE_VERBS
        and any(c.dep_ == "dobj" and any(t.like_num for t in (c, *c.children))
                for c in verb.children)  # fmt: skip
        and any(
            c.dep_ in ("advcl", "xcomp", "ccomp")
            and c.i > verb.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children
        )
    )


def _bare_owned(ctx: DocContext, tok: Token) -> bool:
    """A company-internal noun ("profits", "sales") with no owner named on it."""
    if tok.lemma_.lower() not in ctx.data.owned_nouns and tok.lower_ not in ctx.data.owned_nouns:
        return False
    for c in tok.children:
        if c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "PRON"):
            return False  # "Acme's profits", "its profits": the owner is named
        if c.dep_ == "prep" and any(p.pos_ == "PROPN" for p in c.children):
            return False  # "profits at Acme"
    return True


def _compound_mention(ctx: DocContext, noun: Token) -> Mention | None:
    """The name a company noun carries before it ("the BNP Paribas bank")."""
    if noun.lemma_.lower() not in ctx.data.ref_nouns:
        return None
    for c in noun.children:
        if c.dep_ == "compound" and c.i < noun.i:
            m = ctx.mention_at(c)
            if m is not None:
                return m
    return None


def _name_before(ctx: DocContext, verb: Token, lo: int, exclude: set[int]) -> Mention | None:
    """A company named right before a finite verb the parser gave no subject, or an amount
    for one: the parse hung the name elsewhere (a conjunct of the object before), the
    surface says subject."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in SUBJECT_DEPS and not _figure(c) for c in verb.children
    ):
        return None
    at = verb.i - 1
    while at > lo and ctx.doc[at].tag_ in ("RB", "RBR"):  # "Renault quickly clocked up"
        at -= 1
    if at < lo or at in exclude or ctx.doc[at].dep_ == "pobj":  # "headed by X was ..."
        return None
    m = ctx.mention_at(ctx.doc[at])
    return m if m is not None and m.end == at + 1 else None


def _figure(tok: Token) -> bool:
    """ "3 billion euros", "$5m": an amount, which owns nothing as a verb's subject."""
    return tok.like_num or any(c.dep_ == "nummod" and c.like_num for c in tok.children)


def _leads_round(verb: Token) -> bool:
    """ "funding led by X", "a loan led by X": X leads the investors or lenders, so owns
    neither the round's other figures ("... at a valuation of $N") nor the raiser's money."""
    lead = verb.lemma_ == "lead" and verb.dep_ == "acl"
    return lead and verb.head.lemma_.lower() in RAISED_NOUNS
