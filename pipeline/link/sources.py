"""News agencies and the sources an article cites are no companies where they only
report: "according to Al Jazeera", "a BSE filing showed", "Reuters reported"; where they
act ("Reuters cut its debt", "revenues at Reuters") they stay companies."""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc, Token

from pipeline.companies.mentions import Mention
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "link/words.jsonl")
REPORTING = _WORDS["reporting"]  # a news agency there is the story's source
FILING_NOUNS = _WORDS["filing_nouns"]  # "a BSE filing showed": where, not whose
RESEARCH_NOUNS = _WORDS["research_nouns"]  # "Daily Trust findings", "a review by X"
PRESS_NOUNS = _WORDS["press_nouns"]  # "the Nikkei newspaper", "the news website AL.com"
POLL_VERBS = _WORDS["poll_verbs"]  # "analysts polled by Reuters", "tracked by FactSet"
ADVISER_TITLES = word_sets(MODELS_DIR / "link/focus_words.jsonl")["adviser_titles"]
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})  # as context.SUBJECT_DEPS


def without_sources(
    doc: Doc, mentions: list[Mention], agencies: Set[str], ref_nouns: Set[str]
) -> list[Mention]:
    """``mentions`` without those of news ``agencies`` and cited sources that only report;
    ``ref_nouns``: the words that refer to a company ("the company", "the giant")."""
    sources = agencies | _quoted_sources(doc, mentions, ref_nouns)
    if not sources:
        return mentions
    return [
        m for m in mentions
        if m.name.lower() not in sources or _acts(doc, m) and not _titled_adviser(doc, m, mentions)
    ]


def _quoted_sources(doc: Doc, mentions: list[Mention], ref_nouns: Set[str]) -> frozenset[str]:
    """Names cited "according to" ("according to Al Jazeera"), or a filing's ("a BSE
    filing"), or whose research an article reports ("Daily Trust findings", "a review by
    the Daily Trust", "a Statista analysis", "analysts polled by Reuters"), or a paper or
    website the story calls one ("the Nikkei newspaper", "The news website AL.com"), or
    credits after its report ("..., reported the Gulf Times")."""
    out = set()
    for m in mentions:
        root = doc[m.start : m.end].root
        prep = root.head
        if root.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according" or (
            root.dep_ == "compound" and prep.lemma_.lower() in FILING_NOUNS
        ) or root.dep_ in ("compound", "poss") and prep.lemma_.lower() in RESEARCH_NOUNS or (
            _pressed(doc, m)
        ) or (
            root.dep_ == "pobj" and prep.lower_ == "by"
            and prep.head.lemma_.lower() in RESEARCH_NOUNS | POLL_VERBS
        ) or _inverted_report(doc, root) or _reports_on_another(doc, m, root, ref_nouns) or (
            _titled_adviser(doc, m, mentions)
        ):
            out.add(m.name.lower())
    return frozenset(out)


def _titled_adviser(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """ "..., lead manager Morgan Stanley International said", "through underwriters
    Goldman Sachs and Morgan Stanley": a bank titled as the lead manager, bookrunner or
    lead underwriter of another's issue (the title right before its name, or before the
    first name it is joined to by "and") arranges the money, never owns it, even where
    the parse makes it a subject."""
    tok = doc[m.start : m.end].root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    start = next((n.start for n in mentions if n.start <= tok.i < n.end), m.start)
    words = [t for t in doc[max(start - 4, 0) : start] if not t.is_space]
    words = words[:-1] if words and words[-1].text == "," else words  # "the lead manager, X"
    before = [t.lower_ for t in words[-2:]]
    return bool(before) and (before[-1] in ADVISER_TITLES or " ".join(before) in ADVISER_TITLES)


def _reports_on_another(doc: Doc, m: Mention, root: Token, ref_nouns: Set[str]) -> bool:
    """ "Daily Trust reports that the telecoms giant stated ...", "DealStreetAsia reported
    that Zomato is ...": a name that reports what another company did is the story's
    source; a company reports on itself ("Acme reported that its profit rose", "... that
    pretax profits rose") or credits a figure of its unit ("Ambev boosted its share ...,
    Inbev reported")."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() != "report" or verb.i < root.i:
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        for sub in (c for c in clause.children if c.dep_ in _SUBJECTS):
            if m.start <= sub.i < m.end or sub.pos_ == "PRON":
                return False
            named = sub.pos_ == "PROPN" or sub.ent_type_ == "ORG"
            the = any(c.lower_ == "the" for c in sub.children if c.dep_ == "det")
            if named or the and sub.lemma_.lower() in ref_nouns:
                return True
    return False


def _inverted_report(doc: Doc, root: Token) -> bool:
    """ "..., reported Oman Daily Observer.", "..., reports Yonhap": the verb before its
    subject, after a comma, is a news outlet's credit; a company reports in plain order
    ("Acme reported a profit")."""
    verb = root.head  # the parser reads the name as its subject or, no subject, object
    return (
        (root.dep_ in _SUBJECTS or root.dep_ == "dobj" and not any(
            c.dep_ in _SUBJECTS for c in verb.children
        ))
        and verb.lemma_.lower() == "report"
        and 0 < verb.i < root.i
        and doc[verb.i - 1].text == ","
    )


def _acts(doc: Doc, m: Mention) -> bool:
    """A news agency that acts ("Reuters cut its debt", "revenues at Reuters"), not a source."""
    root = doc[m.start : m.end].root
    if any(t.lemma_.lower() in REPORTING for t in root.children) or root.head.lemma_.lower() in (
        REPORTING
    ):
        return False  # "Reuters news agency", "told Reuters", "Reuters reported"
    if root.dep_ in _SUBJECTS or root.dep_ == "poss":
        return True
    prep = root.head  # "revenues at Reuters"
    return root.dep_ == "pobj" and prep.lower_ in ("at", "of") and prep.head.pos_ != "VERB"


def _pressed(doc: Doc, m: Mention) -> bool:
    """A name the story calls a newspaper, magazine or website: by the word right before
    or after it, or the name's own last word ("Nikkei Newspaper")."""
    around = [doc[m.end - 1]]
    around += [doc[m.start - 1]] if m.start else []
    around += [doc[m.end]] if m.end < len(doc) else []
    return any(t.lemma_.lower() in PRESS_NOUNS or t.lower_ in PRESS_NOUNS for t in around)

