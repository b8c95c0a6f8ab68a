"""The ``newsfacts_linker`` component: each money span -> companies, sector, kind, year.

It runs last and reads ``Doc._.amounts`` (set by ``newsfacts_amounts``; NER's
MONEY spans when that is absent). On each amount span it sets:

- ``Span._.links``: list of :class:`Link` (empty when no company owns it);
- ``Span._.sector`` / ``Span._.sector_words``: taxonomy id and "word@start-end";
- ``Span._.kind``: investment | funding | deal | valuation | financials | other;
- ``Span._.target_year``: the year of "by 2029" / "in 2028" nearest the amount.

Linking follows the sentence's dependency parse, never distance alone. The
rules, tried in this order (``Link.rule`` names the one that fired):

``headline``        short title-case line: "X, Y to Invest $N in Z" -> X, Y
``possessive``      "Toyota's $10 billion commitment"
``compound``        "the Toyota $10 billion plan"
``subject-of-verb`` subject of the governing verb (climbing xcomp/conj/advcl)
``conj``            further subjects joined by "and" to the first
``subject-including`` "Japanese firms, including X and Y, will spend"
``coref-pronoun``   "it"/"the company" as subject -> company in focus before
``agent``           "is pledged by X", "projects led by X"
``partner``         "in partnership/collaboration with X", "$N with X to supply"
                    when no other organization owns the amount
``deal-target``     the company a funding round is "in"; its valuation too

A government, country or person never becomes the company; an amount tied to
none keeps an empty list. Data comes from JSONL under ``models/`` at
``initialize``: ``sectors.jsonl``, ``kinds.jsonl`` and ``companies/*``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.companies import (
    CompanyData,
    Mention,
    canonical_names,
    clean_name,
    find_mentions,
    loose_mention,
)
from pipeline.sectors import SectorHit, SectorMatcher, closest_sector, tree_distance

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# A verb without its own subject takes the subject of the verb it hangs from.
CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "ccomp", "prep", "dep", "acomp", "pobj"})
PARTNER_HEADS = frozenset(
    "partnership collaboration cooperation alliance venture tie-up partner conjunction "
    "together jointly partner collaborate team".split()
)
PRICE_VERBS = frozenset("cost fetch retail price".split())
REPORT_VERBS = frozenset("say report announce post disclose state add tell expect forecast".split())
ROUND_NOUNS = frozenset("round funding financing raise investment series".split())
HEADLINE_BREAKS = frozenset(
    {"as", "amid", "after", "while", "despite", "but", ";", ":", "|", "—", "–", "-"}
)
# Verbs that commonly carry a headline, beside the kind triggers.
HEADLINE_VERBS = frozenset(
    "eye explore target plan seek weigh consider agree announce unveil get win secure land "
    "close complete set launch post report see expect mull make sign strike ink pour bet "
    "boost cut lead back join say hit top reach clinch bag snap file aim prepare tap".split()
)
_YEAR = re.compile(
    r"\b(?:by|in|until|through|before|from)\s+(?:the\s+(?:end\s+of\s+)?)?(?:(?:fiscal\s+)?year\s+)?"
    r"((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_PER_SHARE = re.compile(r"^\s*(?:a|per)\s+(?:share|shr)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Link:
    """One company tied to an amount, with the rule and parse path that tied it."""

    company: str
    mention: str
    rule: str
    path: str = ""


def _register_extensions() -> None:
    for name, default in (
        ("links", None),
        ("sector", ""),
        ("sector_words", ""),
        ("kind", "other"),
        ("target_year", None),
    ):
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip() and not line.startswith("#")]


def _simple_lemma(word: str, vocab: frozenset[str]) -> str | None:
    """Lemma of a title-case headline verb ("Leads" -> "lead"), if it is in ``vocab``."""
    low = word.lower()
    for cand in (low, low[:-1], low[:-2], low[:-2] + "e", low[:-1] + "e", low[:-3], low[:-3] + "e",
                 low[:-3] + "y"):  # fmt: skip
        if cand in vocab:
            return cand
    return None


class _DocContext:
    """What the rules need about one doc, computed once."""

    def __init__(self, doc: Doc, linker: Linker) -> None:
        self.doc = doc
        self.data = linker.companies
        self.mentions = find_mentions(doc, self.data)
        self.by_token: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m
        self.canon = canonical_names([m.name for m in self.mentions])
        self.sector_hits = linker.sectors(doc) if linker.sectors else []

    def canonical(self, name: str) -> str:
        if name in self.canon:
            return self.canon[name]
        return canonical_names([*self.canon, name]).get(name, name)

    def mention_at(self, tok: Token, *, loose: bool = False) -> Mention | None:
        m = self.by_token.get(tok.i)
        if m is None and loose:
            m = loose_mention(tok, self.data)
        return m

    def is_government(self, tok: Token) -> bool:
        """A subject that is a country, a government or a public body (never the company)."""
        if tok.ent_type_ in ("GPE", "NORP") or tok.lower_ in self.data.places:
            return True
        words = {t.lower_ for t in tok.subtree if t.i <= tok.i} | {tok.lemma_.lower()}
        return bool(words & self.data.stop_words)

    def line_bounds(self, span: Span) -> tuple[int, int]:
        """Token range of the amount's sentence clipped to its line (a headline: the whole line)."""
        doc, text = self.doc, self.doc.text
        lo = text.rfind("\n", 0, span.start_char) + 1
        hi = text.find("\n", span.end_char)
        hi = len(text) if hi < 0 else hi
        first = doc.char_span(lo, hi, alignment_mode="expand")
        line = (first.start, first.end) if first is not None else (span.start, span.end)
        if _is_headline(doc, *line):
            return line
        sent = span.sent
        return max(sent.start, line[0]), max(min(sent.end, line[1]), span.end)


class Linker:
    """spaCy component: see the module docstring."""

    def __init__(self, nlp: Language, name: str = "newsfacts_linker") -> None:
        self.nlp = nlp
        self.name = name
        self.companies = CompanyData()
        self.sectors: SectorMatcher | None = None
        self.triggers: dict[str, str] = {}  # lemma -> kind
        self._ready = False
        _register_extensions()

    def initialize(self, get_examples=None, *, nlp: Language | None = None, data_dir=None) -> None:
        if data_dir is None:
            from pipeline.nlp import MODELS_DIR

            data_dir = MODELS_DIR
        data_dir = Path(data_dir)
        self.sectors = SectorMatcher.from_dir(nlp or self.nlp, data_dir)
        self.triggers = {}
        for rec in _read_jsonl(data_dir / "kinds.jsonl"):
            for lemma in rec["lemmas"]:
                self.triggers.setdefault(lemma.lower(), rec["kind"])
        refs = CompanyData.from_dir(data_dir).ref_nouns
        common = frozenset(self.triggers) | self.sectors.vocabulary | HEADLINE_VERBS | refs
        common |= frozenset(
            w for t in list(common) for w in (t + "s", t + "es", t + "ed", t + "ing")
        ) | frozenset("talks shares stock stocks market markets report plans".split())
        self.companies = CompanyData.from_dir(data_dir, common_words=common)
        self._verbs = frozenset(self.triggers) | HEADLINE_VERBS
        self._ready = True

    # -- the component -------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if not self._ready:
            self.initialize(nlp=self.nlp)
        amounts = doc._.amounts if Doc.has_extension("amounts") else None
        if amounts is None:
            amounts = [e for e in doc.ents if e.label_ == "MONEY"]
        if not amounts:
            return doc
        ctx = _DocContext(doc, self)
        ordered = sorted(amounts, key=lambda s: s.start)
        for k, span in enumerate(ordered):
            lo, hi = ctx.line_bounds(span)
            prev_end = max(
                [lo] + [a.end for a in ordered[:k] if a.end <= span.start and a.start >= lo]
            )
            next_start = min(
                [hi] + [a.start for a in ordered[k + 1 :] if a.start >= span.end and a.start < hi]
            )
            seg = (prev_end, next_start)
            links = self.link(ctx, span, (lo, hi), seg)
            kind = self.kind(ctx, span, (lo, hi), links)
            links = self._funding_target(ctx, span, (lo, hi), kind, links)
            span._.links = links
            span._.kind = kind
            hit = self._sector(ctx, span, (lo, hi), seg, links)
            span._.sector = hit.sector if hit else ""
            span._.sector_words = hit.words if hit else ""
            span._.target_year = self._year(doc, span, (lo, hi))
        return doc

    # -- linking -------------------------------------------------------
    def link(
        self, ctx: _DocContext, span: Span, clause: tuple[int, int], seg: tuple[int, int]
    ) -> list[Link]:
        """Companies owning ``span``, by the first rule that fires (see module docstring)."""
        if _is_headline(ctx.doc, *clause):
            found = self._headline(ctx, span, clause)
            if found:
                return found
        owner, links = self._owner_from_parse(ctx, span, clause)
        if links:
            return links
        if owner == "company":
            return links
        return self._partner(ctx, span, clause, seg)

    def _make(self, ctx: _DocContext, m: Mention, rule: str, path: str) -> Link:
        return Link(ctx.canonical(m.name), ctx.doc[m.start : m.end].text, rule, path)

    def _with_conj(self, ctx: _DocContext, tok: Token, m: Mention, rule: str, path: str,
                   *, loose: bool = False) -> list[Link]:  # fmt: skip
        links = [self._make(ctx, m, rule, path)]
        for c in tok.conjuncts:
            cm = ctx.mention_at(c, loose=loose)
            if cm is not None and cm != m:
                links.append(self._make(ctx, cm, "conj", path + ">conj"))
        return _dedupe(links)

    def _owner_from_parse(
        self, ctx: _DocContext, span: Span, clause: tuple[int, int]
    ) -> tuple[str, list[Link]]:
        """("company"|"government"|"none", links): possessives, compounds, the verb's subject."""
        lo, hi = clause
        inside = set(range(span.start, span.end))
        cur, path = span.root, []
        verb = None
        # The nouns the amount modifies ("$10 billion commitment", "deal ... for $5 billion").
        while True:
            owner, links = self._owner_of_noun(ctx, cur, path, inside, clause)
            if owner != "none":
                return owner, links
            if (
                cur.dep_ == "appos" and cur.head.i not in inside
            ):  # "South Bay, a $60 million lender"
                m = ctx.mention_at(cur.head)
                if m is not None:
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
        if verb is None:
            return "none", []
        return self._subject(ctx, verb, span, clause, path, inside | {t.i for t in cur.subtree})

    def _owner_of_noun(self, ctx: _DocContext, noun: Token, path: list[str], inside: set[int],
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
            elif child.dep_ == "prep" and child.lower_ == "of" and not path:
                # "$50 million of debt of Acme"
                for p in child.children:
                    m = ctx.mention_at(p)
                    if m is None and self._trigger(p) == "financials":  # debt, notes, bonds
                        inner = [q for c in p.children if c.lower_ == "of" for q in c.children]
                        m = next((ctx.mention_at(q) for q in inner if ctx.mention_at(q)), None)
                    if m is not None:
                        return "company", [self._make(ctx, m, "possessive", "of>pobj")]
            elif child.dep_ == "compound" and child.i < noun.i:
                m = ctx.mention_at(child)
                if m is not None:
                    return "company", [
                        self._make(ctx, m, "compound", ">".join([*path, "compound"]))
                    ]
        return "none", []

    def _subject(self, ctx: _DocContext, verb: Token, span: Span, clause: tuple[int, int],
                 path: list[str], exclude: set[int]) -> tuple[str, list[Link]]:  # fmt: skip
        lo, hi = clause
        v = verb
        money_verb = False
        for _ in range(8):
            where = ">".join([*path, v.lemma_])
            money_verb = money_verb or self._trigger(v) is not None
            if v.lemma_.lower() in PRICE_VERBS:  # "the model costs $N": a product, not an owner
                return "none", []
            if v.lemma_.lower() == "value":  # "X valued its unit at $N": the unit's owner
                objs = [c for c in v.children if c.dep_ == "dobj" and c.i not in exclude]
                if objs:
                    m = ctx.mention_at(objs[0])
                    if m is not None:
                        return "company", [self._make(ctx, m, "subject-of-verb", where + ">dobj")]
                    return self._owner_of_noun(
                        ctx, objs[0], [*path, "value", "dobj"], exclude, clause
                    )
            subs = [c for c in v.children if c.dep_ in SUBJECT_DEPS and c.i not in exclude]
            if not subs and v.lemma_ == "be":  # "$N is what it plans to spend"
                for c in v.children:
                    if c.dep_ in ("attr", "ccomp", "acomp"):
                        subs = [
                            t for t in c.subtree if t.dep_ in SUBJECT_DEPS and t.i not in exclude
                        ]
                        if subs:
                            break
            for c in v.children:  # "has been pledged by X"
                if c.dep_ == "agent":
                    for p in c.children:
                        m = ctx.mention_at(p)
                        if m is not None and p.i not in exclude:
                            return "company", self._with_conj(ctx, p, m, "agent", where + "<agent")
            if subs:
                # NER misses plenty of company names; an unlabelled proper noun
                # as subject of a money verb ("Stripe was valued at") is taken.
                loose = money_verb and subs[0].ent_type_ == ""
                owner, links = self._resolve(ctx, subs[0], where + "<" + subs[0].dep_, loose=loose)
                if owner == "none":  # "Japanese firms will spend $N, with X and Y among them"
                    links = self._among(ctx, v, where)
                    owner = "company" if links else owner
                return owner, links
            agent = self._led_by(ctx, span, v, clause)
            if agent:
                return "company", agent
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

    def _among(self, ctx: _DocContext, verb: Token, where: str) -> list[Link]:
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
        self, ctx: _DocContext, span: Span, verb: Token, clause: tuple[int, int]
    ) -> list[Link]:
        """ "projects led by X": an agent of a participle near the amount in the tree."""
        lo, hi = clause
        for tok in verb.subtree:
            if tok.dep_ != "agent" or not lo <= tok.i < hi or tok.head.dep_ not in ("acl", "relcl"):
                continue
            if tree_distance(span.root, tok) > 5:
                continue
            for p in tok.children:
                m = ctx.mention_at(p)
                if m is not None:
                    return self._with_conj(
                        ctx, p, m, "agent", f"{tok.head.head.lemma_}>acl>{tok.head.lemma_}>agent"
                    )
        return []

    def _resolve(self, ctx: _DocContext, subj: Token, path: str, *, loose: bool = False
                 ) -> tuple[str, list[Link]]:  # fmt: skip
        m = ctx.mention_at(subj, loose=loose and subj.pos_ == "PROPN")
        if m is None:  # "the company's unit", compounds: look at the subject's name children
            for c in subj.children:
                if c.dep_ in ("compound", "appos") and c.pos_ == "PROPN":
                    m = ctx.mention_at(c)
                    if m is not None:
                        subj = c
                        break
        if m is not None:
            return "company", self._with_conj(ctx, subj, m, "subject-of-verb", path)
        data = ctx.data
        low = subj.lower_
        if subj.pos_ in ("NOUN", "PROPN"):
            owner, links = self._owner_of_noun(ctx, subj, [path], set(), (0, len(ctx.doc)))
            if owner != "none":
                return owner, links
            if self._trigger(subj) == "financials":
                # "profits at X rose to $N"; "X said sales rose to $N"
                for prep in subj.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "for"):
                        for p in prep.children:
                            m = ctx.mention_at(p)
                            if m is not None:
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
        if low in ("who", "which", "that") and subj.head.dep_ == "relcl":
            return self._resolve(ctx, subj.head.head, path + "<relcl")
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

    def _coref(self, ctx: _DocContext, pron: Token, path: str) -> tuple[str, list[Link]]:
        """The company in focus: an earlier subject in the sentence, else in the two before."""
        sent = pron.sent
        earlier = [t for t in sent if t.i < pron.i and t.dep_ in SUBJECT_DEPS and t.pos_ != "PRON"]
        if earlier:
            subj = earlier[-1]
            m = ctx.mention_at(subj)
            if m is not None:
                return "company", [self._make(ctx, m, "coref-pronoun", path + "~" + subj.dep_)]
            if ctx.is_government(subj) or subj.lemma_.lower() in ("government", "country"):
                return "government", []
        doc = ctx.doc
        prev = sent.start - 1
        for _ in range(2):
            if prev < 0:
                break
            psent = doc[prev].sent
            root = psent.root
            subs = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
            if subs:
                m = ctx.mention_at(subs[0])
                if m is not None:
                    return "company", [self._make(ctx, m, "coref-pronoun", path + "~prev-subject")]
                if ctx.is_government(subs[0]):
                    return "government", []
            prev = psent.start - 1
        return "none", []

    def _partner(
        self, ctx: _DocContext, span: Span, clause: tuple[int, int], seg: tuple[int, int]
    ) -> list[Link]:
        """ "in partnership with X", "$N with X to supply": the nearest in the amount's segment."""
        lo, hi = seg
        best: tuple[int, list[Link]] | None = None
        for tok in ctx.doc[lo:hi]:
            if tok.lower_ != "with" or tok.i in range(span.start, span.end):
                continue
            head = tok.head
            cue = (
                head.lemma_.lower() in PARTNER_HEADS
                or head.i in range(span.start, span.end)
                or (head.i == span.root.head.i and head.pos_ in ("NOUN", "PROPN"))
            )
            if not cue:
                continue
            for p in tok.children:
                if p.dep_ != "pobj" or any(c.lower_ == "among" for c in p.children):
                    continue
                m = ctx.mention_at(p, loose=True)
                if m is None:
                    continue
                dist = tok.i - span.end if tok.i >= span.end else 1000 + span.start - tok.i
                links = self._with_conj(
                    ctx, p, m, "partner", f"{head.lemma_}>with>pobj", loose=True
                )
                if best is None or dist < best[0]:
                    best = (dist, links)
        return best[1] if best else []

    def _funding_target(self, ctx: _DocContext, span: Span, clause: tuple[int, int], kind: str,
                        links: list[Link]) -> list[Link]:  # fmt: skip
        """A funding round "in Y": Y joins the lead; a valuation in that round is Y's alone."""
        if kind not in ("funding", "valuation"):
            return links
        lo, hi = clause
        for tok in ctx.doc[lo:hi]:
            if tok.lower_ not in ("in", "into", "for") or tok.i < lo:
                continue
            prev = ctx.doc[tok.i - 1] if tok.i > lo else None
            if (
                prev is None
                or prev.lemma_.lower() not in ROUND_NOUNS
                or prev.i in range(span.start, span.end)
            ):
                continue
            if kind == "valuation" and tok.i > span.start:
                continue
            if kind == "funding" and not (span.end <= prev.i <= span.end + 3):
                continue
            nxt = ctx.doc[tok.i + 1] if tok.i + 1 < hi else None
            if nxt is None:
                continue
            target = nxt
            while target.i + 1 < hi and target.dep_ == "compound" and target.head.i == target.i + 1:
                target = target.head
            m = ctx.mention_at(target, loose=True)
            if m is None:
                continue
            link = self._make(ctx, m, "deal-target", f"{prev.lemma_.lower()}>{tok.lower_}>pobj")
            if kind == "valuation":
                return [link]
            return _dedupe([*links, link])
        return links

    # -- headlines -----------------------------------------------------
    def _headline(self, ctx: _DocContext, span: Span, clause: tuple[int, int]) -> list[Link]:
        """ "X, Y to Invest $N in Z", "X Leads $N Round in Y", "X Targets IPO to Raise $N"."""
        doc = ctx.doc
        lo, hi = clause
        toks = [t for t in doc[lo:hi] if not t.is_space]
        # the clause of the headline holding the amount
        c_lo = lo
        for t in toks:
            if t.i >= span.start:
                break
            if t.lower_ in HEADLINE_BREAKS and t.i > lo:
                c_lo = t.i + 1
        verb_i = None
        for t in doc[c_lo : span.start]:
            if t.i == c_lo:
                continue
            if t.lower_ == "to" or (
                t.lower_ == "in" and t.i + 1 < hi and doc[t.i + 1].lower_ == "talks"
            ):
                verb_i = t.i
                break
            if t.text[:1].isupper() and _simple_lemma(t.text, self._verbs) and t.tag_ != "POS":
                verb_i = t.i
                break
        if verb_i is None:
            return []
        subject = doc[c_lo:verb_i]
        parts: list[list[Token]] = [[]]
        for t in subject:
            if t.text in (",", "&") or t.lower_ == "and":
                parts.append([])
            elif not t.is_space:
                parts[-1].append(t)
        links: list[Link] = []
        for part in parts:
            while part and (part[-1].tag_ == "POS" or part[-1].is_punct):
                part.pop()
            if not part:
                continue
            text = doc[part[0].i : part[-1].i + 1].text
            if (
                part[-1].lower_ in ctx.data.ref_nouns
                or part[-1].lower_.rstrip("s") in ctx.data.ref_nouns
            ):
                if all(not ctx.data.is_company_name(t.text) for t in part[:-1]) and not _all_caps(
                    toks
                ):
                    ref = self._headline_focus(ctx, lo, c_lo)
                    if ref:
                        links.append(
                            Link(ctx.canonical(ref[0]), ref[1], "headline", "headline~ref")
                        )
                continue
            if any(t.ent_type_ == "PERSON" for t in part) and len(part) >= 2:
                continue
            # NER's ORG inside the part, or (not in capitals) a name of no common word
            tagged = any(t.i in ctx.by_token for t in part)
            plain = not _all_caps(toks) and not any(t.lower_ in ctx.data.common_words for t in part)
            if (tagged or plain) and ctx.data.is_company_name(text):
                links.append(
                    Link(ctx.canonical(clean_name(text)), text, "headline", "headline:subject")
                )
        return _dedupe(links)

    def _headline_focus(self, ctx: _DocContext, lo: int, c_lo: int) -> tuple[str, str] | None:
        """The latest name before ``c_lo`` in the line: a clause start or an object of in/with."""
        doc = ctx.doc
        best = None
        i = lo
        while i < c_lo:
            t = doc[i]
            starts = i == lo or doc[i - 1].lower_ in ("in", "with", "from", "for", "to", "and", ",")
            if starts and t.text[:1].isupper() and not _simple_lemma(t.text, self._verbs):
                j = i
                while (
                    j + 1 < c_lo
                    and doc[j + 1].text[:1].isupper()
                    and not _simple_lemma(doc[j + 1].text, self._verbs)
                ):
                    j += 1
                text = doc[i : j + 1].text
                name = clean_name(text)
                if ctx.data.is_company_name(name):
                    best = (name, text)
                i = j + 1
            else:
                i += 1
        return best

    # -- kind, sector, year --------------------------------------------
    def kind(self, ctx: _DocContext, span: Span, clause: tuple[int, int], links: list[Link]) -> str:
        """From the trigger words governing the amount: its noun, up the heads, then nearest."""
        doc = ctx.doc
        lo, hi = clause
        tail = doc.text[span.end_char : span.end_char + 12]
        found = None
        # the words right after the amount ("$9 Billion Valuation", "$2 bln acquisition")
        for t in doc[span.end : min(span.end + 3, hi)]:
            if t.is_punct or t.pos_ in ("ADP", "VERB", "AUX") or t.lower_ in ("a", "per"):
                break
            if t.lower_ not in ("worth", "value"):  # "$N worth of investment": read on
                found = self._trigger(t) or found  # the rightmost noun heads the compound
        cur = span.root
        steps = 0
        while found is None and steps < 12:
            steps += 1
            head = cur.head
            if head.i == cur.i or not lo <= head.i < hi:
                break
            k = self._trigger(head)
            if k == "valuation" and head.lemma_.lower() in ("value", "worth"):
                subj = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
                owner = head.head if head.dep_ in ("acl", "amod") else (subj[0] if subj else None)
                if owner is None or (
                    ctx.mention_at(owner) is None
                    and owner.pos_ != "PROPN"
                    and owner.lemma_.lower() not in ctx.data.ref_nouns
                ):
                    k = None
            found = k
            cur = head
        if _PER_SHARE.match(tail):
            return "deal" if found == "deal" else "financials"
        if found is None:
            best = None
            for t in doc[lo:hi]:
                k = self._trigger(t)
                if k and k != "valuation" and t.i not in range(span.start, span.end):
                    d = (tree_distance(span.root, t), abs(t.i - span.root.i))
                    if best is None or d < best[0]:
                        best = (d, k)
            found = best[1] if best else None
        return found or "other"

    def _trigger(self, tok: Token) -> str | None:
        for key in (tok.lemma_.lower(), tok.lower_):
            if key in self.triggers:
                return self.triggers[key]
        return None

    def _sector(self, ctx: _DocContext, span: Span, clause: tuple[int, int], seg: tuple[int, int],
                links: list[Link]) -> SectorHit | None:  # fmt: skip
        lo, hi = seg
        names = {i for m in ctx.mentions for i in range(m.start, m.end)}
        names |= {t.i for t in ctx.doc[clause[0] : clause[1]] if t.ent_type_ in ("PERSON", "GPE")}
        hits = [h for h in ctx.sector_hits if h.start >= lo and h.end <= hi]
        hit = closest_sector(span, hits, exclude=frozenset(names))
        if hit is None and links and links[0].rule == "coref-pronoun":
            # "... is what it plans to put in": the sector of the sentence the pronoun points to
            sent = span.sent
            if sent.start > 0:
                prev = ctx.doc[sent.start - 1].sent
                hits = [h for h in ctx.sector_hits if prev.start <= h.start and h.end <= prev.end]
                hit = closest_sector(
                    prev.root.doc[prev.root.i : prev.root.i + 1], hits, exclude=frozenset(names)
                )
        return hit

    @staticmethod
    def _year(doc: Doc, span: Span, clause: tuple[int, int]) -> int | None:
        lo, hi = clause
        start = doc[lo].idx
        text = doc.text[start : doc[hi - 1].idx + len(doc[hi - 1].text)]
        best = None
        for m in _YEAR.finditer(text):
            pos = start + m.start(1)
            if span.start_char <= pos < span.end_char:
                continue
            d = abs(pos - span.start_char)
            if best is None or d < best[0]:
                best = (d, int(m.group(1)))
        return best[1] if best else None


def _dedupe(links: list[Link]) -> list[Link]:
    seen: set[str] = set()
    out = []
    for link in links:
        if link.company not in seen:
            seen.add(link.company)
            out.append(link)
    return out


def _all_caps(toks: list[Token]) -> bool:
    letters = [ch for t in toks for ch in t.text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _is_headline(doc: Doc, lo: int, hi: int) -> bool:
    """A short line of title-case (or upper-case) words without a closing full stop."""
    toks = [t for t in doc[lo:hi] if not t.is_space]
    if not toks or len(toks) > 30 or toks[-1].text in (".", "?", "!"):
        return False
    text = doc.text
    line_start = text.rfind("\n", 0, toks[0].idx) + 1
    line_end = text.find("\n", toks[-1].idx)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if len(line) > 200 or line.rstrip().endswith("."):
        return False
    words = [t for t in toks if t.is_alpha and len(t) >= 4]
    if len(words) < 2:
        return False
    caps = sum(1 for t in words if t.text[0].isupper())
    return caps / len(words) >= 0.7


@Language.factory("newsfacts_linker")
def make_linker(nlp: Language, name: str) -> Linker:
    """Factory for the ``newsfacts_linker`` component."""
    return Linker(nlp, name)
