"""Headline grammar: "X, Y to Invest $N in Z", "Acme lands $2bn order".

Headlines drop articles and auxiliaries, so the parser often reads them
badly. A headline is a short line without a closing full stop: either
title-case (or capitals) anywhere, or the first line of the article in
sentence case. Its subject is the text before the first verb ("to", a verb
of ``verbs`` or "in talks"), split on commas and "and"; each part that is a
known company mention, or a plain name of no common word, owns the amount.
A descriptor before the name ("Lithium producer Coolabah") is dropped.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.companies.aliases import opens_place
from pipeline.companies.bounds import GLUED_DESCRIPTORS, period_opens
from pipeline.companies.mentions import CompanyData, Mention, clean_name
from pipeline.companies.venues import ticker_code
from pipeline.link.context import DocContext
from pipeline.link.rules.headline_object import headline_sides
from pipeline.link.rules.parse import Link, dedupe
from pipeline.nlp.doccache import doc_text
from pipeline.nlp.layout import HEADLINE_MAX_CHARS, is_title_case, line_bounds, small_words
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")

HEADLINE_BREAKS = _WORDS["headline_breaks"]
# Verbs that commonly carry a headline, beside the kind triggers.
HEADLINE_VERBS = _WORDS["headline_verbs"]
HEADLINE_RESULTS = _WORDS["headline_results"]
RESULTS_NOUNS = _WORDS["results_nouns"]
RESULTS_MOVES = _WORDS["results_moves"]  # "profit jumps": the verb after a results noun
MAX_WORDS = 30
MAX_SENTENCE_CASE_WORDS = 20


def simple_lemma(word: str, vocab: frozenset[str]) -> str | None:
    """Lemma of a headline verb ("Leads" -> "lead"), if it is in ``vocab``.

    >>> simple_lemma("Targets", frozenset({"target"}))
    'target'
    """
    low = word.lower()
    cands = [low]
    if low.endswith("ies"):
        cands.append(low[:-3] + "y")
    if low.endswith("es"):
        cands.append(low[:-2])
    if low.endswith("s"):
        cands.append(low[:-1])
    if low.endswith("ed"):
        cands += [low[:-2], low[:-1], low[:-3]]  # "planned" -> "plan"
    if low.endswith("ing"):
        cands += [low[:-3], low[:-3] + "e", low[:-4]]
    for cand in cands:
        if cand in vocab:
            return cand
    return None


def all_caps(toks: list[Token]) -> bool:
    letters = [ch for t in toks for ch in t.text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _line(doc: Doc, toks: list[Token]) -> tuple[int, str]:
    text = doc_text(doc)
    start, end = line_bounds(text, toks[0].idx, toks[-1].idx)
    return start, text[start:end]


def is_headline(doc: Doc, lo: int, hi: int) -> bool:
    """A short line of title-case words (or the article's first line) without a full stop."""
    toks = [t for t in doc[lo:hi] if not t.is_space]
    if not toks or len(toks) > MAX_WORDS or toks[-1].text in (".", "?", "!"):
        return False
    start, line = _line(doc, toks)
    if len(line) > HEADLINE_MAX_CHARS or line.rstrip().endswith("."):
        return False
    if sum(1 for t in toks if t.is_alpha and t.lower_ not in small_words()) < 2:
        return False
    if _title_case(toks):
        return True
    return is_sentence_case_title(doc, toks, start, line)


def is_sentence_case_title(doc: Doc, toks: list[Token], start: int, line: str) -> bool:
    """The article's first line, followed by a line break, short and unpunctuated."""
    text = doc_text(doc)
    if text[:start].strip():
        return False
    end = start + len(line)
    return (
        end < len(text)
        and len([t for t in toks if t.is_alpha]) <= MAX_SENTENCE_CASE_WORDS
        and toks[0].text[:1].isupper()
    )


class HeadlineReader:
    """Reads the owner of an amount off a headline's subject."""

    def __init__(self, verbs: frozenset[str]) -> None:
        self.verbs = verbs | HEADLINE_VERBS | _WORDS["headline_moves"]  # "X Swings to Profit"

    def __call__(self, ctx: DocContext, span: Span, clause: tuple[int, int]) -> list[Link]:
        doc = ctx.doc
        lo, hi = clause
        toks = [t for t in doc[lo:hi] if not t.is_space]
        caps = all_caps(toks)
        titled = _title_case(toks)
        c_lo = lo  # the clause of the headline holding the amount
        for t in toks:
            if t.i >= span.start:
                break
            hyphen = t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_
            if t.lower_ in HEADLINE_BREAKS and t.i > lo and not hyphen:  # not "Hewlett-Packard"
                c_lo = t.i + 1
        verb_i = self._verb(doc, c_lo, span.start, hi, titled=titled or caps)
        if verb_i is None:
            return []
        links: list[Link] = []
        for part in _parts(doc[c_lo:verb_i]):
            link = self._part_owner(ctx, part, toks, lo, c_lo, caps=caps, titled=titled)
            if link is not None:
                links.append(link)
        if links:  # "HEARST BUYS HOUSTON CHRONICLE FOR ...": the other side
            links += headline_sides(ctx, span, verb_i, {lk.company for lk in links}, simple_lemma)
        return dedupe(links)

    def subject_names(self, doc: Doc, data: CompanyData, taken: set[int]) -> list[Mention]:
        """Plain names heading the article's first line ("Sunbelt Renewables breaks ground")."""
        if not len(doc):
            return []
        text = doc_text(doc)
        end = text.find("\n")
        first = doc.char_span(0, end if end > 0 else len(text), alignment_mode="expand")
        if first is None or not is_headline(doc, first.start, first.end):
            return []
        toks = [t for t in first if not t.is_space]
        caps, titled = all_caps(toks), _title_case(toks)
        if caps:
            return []
        verb_i = self._verb(doc, first.start, first.end, first.end, titled=titled)
        body = text[end:] if end > 0 else ""
        persons = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        out = []
        for part in _parts(doc[first.start : verb_i or first.start]):
            part = _before_results(part, titled)
            if not titled:
                part = _name_tail(part)
            part = _before_person(part, persons)  # "Royal Bank of Scotland Fred Goodwin"
            if not part or any(t.i in taken for t in part) or part[0].lower_ in data.common_words:
                continue
            if len(part) == 1 and part[0].ent_type_ != "ORG" and part[0].text not in body:
                continue  # "Error hits Greenpeace donations": a word the story never names
            if any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in part) and len(part) < 2:
                continue
            if all(t.ent_type_ == "PERSON" for t in part) and part[-1].lower_ not in (
                data.name_heads
            ):
                continue  # "Donald Trump plans ...": a person ("Skyward Air" would be a name)
            name = clean_name(doc[part[0].i : part[-1].i + 1].text)
            if _places_short_form(name, body, data):
                continue  # "Rio to have US$ 102 bn in projects": Rio de Janeiro's
            if data.is_company_name(name):
                out.append(Mention(part[0].i, part[-1].i + 1, name, "HEADLINE"))
                taken.update(range(part[0].i, part[-1].i + 1))
        return out

    def _verb(self, doc: Doc, c_lo: int, stop: int, hi: int, *, titled: bool) -> int | None:
        for t in doc[c_lo:stop]:
            if t.i == c_lo:
                continue
            if t.lower_ == "to" or (
                t.lower_ == "in" and t.i + 1 < hi and doc[t.i + 1].lower_ == "talks"
            ) or titled and t.tag_ == "MD" and t.text[:1].isupper():  # "X Will Buy Y"
                return t.i
            moves = doc[t.i - 1].lower_ in RESULTS_NOUNS and simple_lemma(t.text, RESULTS_MOVES)
            if t.tag_ == "POS" or not (moves or simple_lemma(t.text, self.verbs)):
                continue
            # a title-case headline capitalizes its verb; a lower-case one is a verb all the
            # same ("Surya Roshni gains on Odisha Urban Infra Development Fund order")
            if t.text[:1].islower() or titled and t.text[:1].isupper():
                return t.i
        return None

    def _part_owner(self, ctx: DocContext, part: list[Token], toks: list[Token], lo: int,
                    c_lo: int, *, caps: bool, titled: bool) -> Link | None:  # fmt: skip
        doc = ctx.doc
        part = _before_results(part, titled)
        if not titled and not caps:  # "Lithium producer Coolabah": keep the name
            part = _name_tail(part)
        if not part:
            return None
        text = doc[part[0].i : part[-1].i + 1].text
        if ctx.official(text):
            return None  # "Mboweni allocates R30 billion" over "Finance Minister Tito Mboweni"
        last = part[-1].lower_
        if last in ctx.data.ref_nouns or last.rstrip("s") in ctx.data.ref_nouns:
            if all(not ctx.data.is_company_name(t.text) for t in part[:-1]) and not caps:
                ref = self._focus(ctx, lo, c_lo)
                if ref:
                    return Link(ctx.canonical(ref[0]), ref[1], "headline", "headline~ref")
            return None
        inside = range(part[0].i, part[-1].i + 1)
        known = [
            m
            for m in (ctx.by_token[t.i] for t in part if t.i in ctx.by_token)
            if m.start in inside and m.end - 1 in inside
        ]
        if known:
            m = known[0]
            return Link(
                ctx.canonical(m.name), doc[m.start : m.end].text, "headline", "headline:subject"
            )
        if any(t.ent_type_ == "PERSON" for t in part) and len(part) >= 2:
            return None
        # a name of no common word, or one led by a word that is no common word
        # ("Sunrise Pharma"); never in a capitals headline, where all looks alike
        plain = not caps and part[0].lower_ not in ctx.data.common_words
        if len(part) == 1 and ctx.plain_word(part[0].text):  # "Flood to cost ..." + "the flood"
            return None
        whole = doc_text(doc)
        body = whole[whole.find("\n", doc[part[-1].i].idx) + 1 :]
        if _places_short_form(text, body, ctx.data):
            return None  # "Rio to have US$ 102 bn": Rio de Janeiro's
        if plain and ctx.data.is_company_name(text) and not ticker_code(text):  # "(BBAS3)"
            return Link(ctx.canonical(clean_name(text)), text, "headline", "headline:subject")
        return None

    def _focus(self, ctx: DocContext, lo: int, c_lo: int) -> tuple[str, str] | None:
        """The latest name before ``c_lo`` in the line: a clause start or an object of in/with."""
        doc = ctx.doc
        best = None
        i = lo
        while i < c_lo:
            t = doc[i]
            starts = i == lo or doc[i - 1].lower_ in ("in", "with", "from", "for", "to", "and", ",")
            if starts and t.text[:1].isupper() and not simple_lemma(t.text, self.verbs):
                j = i
                while (
                    j + 1 < c_lo
                    and doc[j + 1].text[:1].isupper()
                    and not simple_lemma(doc[j + 1].text, self.verbs)
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


def _title_case(toks: list[Token]) -> bool:
    return is_title_case(t.text for t in toks if t.is_alpha)


def _parts(subject: Span) -> list[list[Token]]:
    """The subject split on commas, "&" and "and", without possessives and punctuation."""
    parts: list[list[Token]] = [[]]
    for t in subject:
        if t.text in (",", "&") or t.lower_ == "and":
            parts.append([])
        elif not t.is_space:
            parts[-1].append(t)
    out = []
    for part in parts:
        while part and (part[-1].tag_ == "POS" or part[-1].is_punct):
            part.pop()
        if part:
            out.append(part)
    return out


def _before_results(part: list[Token], titled: bool) -> list[Token]:
    """The subject without the results words that end it: "NZX 1H earnings" -> "NZX";
    nor the descriptor before it ("Ailing Kestrel Air") or a spelled-out period after it;
    none when what is left only compares ("Higher Income Pushes ...", "Stronger Sales").

    A capitalized word is one only in a title-case headline ("Realty Income" stays)."""
    while len(part) > 1 and part[0].lower_ in GLUED_DESCRIPTORS and part[1].text[:1].isupper():
        part = part[1:]  # "Ailing Kestrel Air", "Chipmaker Intel": what it is, then its name
    cut = [j for j, t in enumerate(part) if j and period_opens(t.doc, t.i)]
    k = cut[0] if cut else len(part)  # "Harrow Power Half Year Earnings": a period's words
    while k > 1 and (part[k - 1].is_digit or _results_word(part[k - 1], titled)):
        k -= 1
    if all(t.tag_ in ("JJR", "JJS", "RBR") for t in part[:k]):
        return []  # "Higher Income Pushes X's Profit": a comparison, no subject's name
    return part[:k]


def _results_word(tok: Token, titled: bool) -> bool:
    word = tok.text
    capitalized = word[:1].isupper() and word[1:].islower()
    return tok.lower_ in HEADLINE_RESULTS and (titled or not capitalized)


def _name_tail(part: list[Token]) -> list[Token]:
    """The capitalized words ending a sentence-case subject ("Lithium producer Coolabah")."""
    tail: list[Token] = []
    for t in reversed(part):
        if not t.text[:1].isupper() and t.text not in ("&", "-", "."):
            break
        tail.insert(0, t)
    return tail


def _before_person(part: list[Token], persons: set[str]) -> list[Token]:
    """A headline name cut where a person the story names begins ("Royal Bank of Scotland
    Fred Goodwin", with "Sir Fred Goodwin" in the body); all of it when it is the person."""
    for k, tok in enumerate(part):
        if k and (tok.ent_type_ == "PERSON" or _starts_person(part[k:], persons)):
            return part[:k]
    return part


def _starts_person(rest: list[Token], persons: set[str]) -> bool:
    text = " ".join(t.text for t in rest)
    return any(text.startswith(p) or p.endswith(" " + text) for p in persons if " " in p)


def _places_short_form(name: str, body: str, data: CompanyData) -> bool:
    """A headline's word the body writes only as the start of a place ("Rio" of "Rio de
    Janeiro"): the place's short form."""
    found = [m.end() for m in re.finditer(rf"\b{re.escape(name)}\b", body)]
    return bool(found) and all(opens_place([name.lower(), *body[at:].lower().split()[:4]], data)
                               for at in found)
