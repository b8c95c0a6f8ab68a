"""Names that are no company in this article, whatever NER said.

A film the article calls a film ("the film The Aviator"), a person it named in
full before ("Gerard Jugnot" ... "Jugnot made 5.45m euros"): the article itself
says what they are, and so are the initials of a public body it names ("Child
Support Agency" ... "the CSA"). A name the gazetteer knows stays a company. (Cities are not
here: Chinese companies share their names with cities, "Baoshan", "Huaxin".)
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IS_LOWER
from spacy.tokens import Doc, Span, Token

from pipeline.companies.mentions import CURRENCY_CODES, GROUP_PLURALS, CompanyData, Mention
from pipeline.companies.suffixes import LEGAL_SUFFIXES
from pipeline.nlp.doccache import doc_text
from pipeline.resources import MODELS_DIR, word_sets

# "film", "movie", "album": the title after one is a work, not a company
_WORDS = word_sets(MODELS_DIR / "companies/words.jsonl")
WORK_NOUNS = _WORDS["work_nouns"]
COMPANY_NOUNS = _WORDS["before"]  # "the games giant", "a film company"
PERSON_TITLES = _WORDS["person_titles"]  # "chief executive X", "chairman X": a person
PUBLIC_NOUNS = _WORDS["public_body_nouns"]  # "copper commission Cochilco": a public body
OFFICE_TITLES = _WORDS["office_titles"] | _WORDS["leader_titles"]  # "Finance Minister X"
_FIRST_WORD = re.compile(r"[\w-]+")


def first_word(name: str) -> str:
    m = _FIRST_WORD.match(name)
    return m.group(0).lower() if m else ""


def works(doc: Doc) -> set[str]:
    """First words of the titles the article calls works ("the film The Aviator")."""
    out = set()
    for tok in doc:
        if tok.lower_ not in WORK_NOUNS or not tok.text.islower() or tok.i + 1 >= len(doc):
            continue
        nxt = doc[tok.i + 1]
        if nxt.lower_ == "the" and tok.i + 2 < len(doc):
            nxt = doc[tok.i + 2]
        if nxt.is_title and not nxt.ent_type_ == "PERSON":
            out.add(nxt.lower_)
        named = _apposed(tok)
        if named is not None:
            out.add(named)
    return out


def _apposed(noun: Token) -> str | None:
    """The title a work noun stands beside: "Sideways, a comedy about ...", "its
    predecessor, the crime caper sequel" ("a film biography": the noun may be a compound)."""
    head = noun.head if noun.dep_ == "compound" else noun
    if head is not noun and head.lemma_.lower() in COMPANY_NOUNS:
        return None  # "Nintendo, the games giant": a company
    if head.dep_ != "appos" or not head.head.is_title:
        return None
    title = head.head
    words = [t for t in doc_slice(title) if t.is_title and t.lower_ != "the"]
    return words[0].lower_ if words and title.ent_type_ != "PERSON" else None


def doc_slice(tok: Token) -> list[Token]:
    """The name a token ends: its left edge up to it."""
    return list(tok.doc[tok.left_edge.i : tok.i + 1])


def _titled_person(doc: Doc, m: Mention) -> bool:
    """A name right after a person's title: "chief executive Pehr Gyllenhammar",
    "chairman Lord Smith" (the title in lower case, as news writes it before a name)."""
    if m.start == 0:
        return False
    prev = doc[m.start - 1]
    return prev.text.islower() and prev.lower_ in PERSON_TITLES


def _noun_of(tok: Token) -> str:
    return tok.lemma_.lower() or tok.lower_


def called_a_company(doc: Doc, start: int, end: int, nouns: frozenset[str]) -> bool:
    """Whether the article puts a company noun next to the name at ``start:end``:
    "firm Metronet", "Metronet, the firm", "the firm, Metronet"."""
    head = doc[end - 1]
    if start and _is_company_noun(doc[start - 1], nouns):
        return True
    # beside it, a common noun: "Metronet, the firm"; not a name ("Central Bank, Maccido")
    if any(
        c.dep_ == "appos" and c.text.islower() and _is_company_noun(c, nouns) for c in head.children
    ):
        return True
    return head.dep_ == "appos" and head.head.text.islower() and _is_company_noun(head.head, nouns)


def _is_company_noun(tok: Token, nouns: frozenset[str]) -> bool:
    """ "firm", "carmaker", and any lower-case maker of things ("chocolatemaker",
    "toymaker"): what news calls a company before or beside its name."""
    noun = _noun_of(tok)
    return noun in nouns or tok.text.islower() and len(noun) > 6 and noun.endswith("maker")


def surnames(doc: Doc, company_nouns: frozenset[str]) -> set[str]:
    """Last names of the people the article names in full ("Gerard Jugnot" ... "Jugnot
    made ..."), but no name it calls a company ("Hartwell, the US car company" beside
    "Bill Hartwell"), nor NER's "person" "Chipmaker Qorvex"."""
    names = [_before_punct(ent) for ent in doc.ents if ent.label_ == "PERSON"]
    last = {
        name[-1].i: name[-1].lower_
        for name in names
        if len(name) >= 2 and not any(t.lower_ in company_nouns for t in name)
    }
    called = {  # "Hartwell, the US car company", "carmaker Hartwell"
        t.lower_ for t in doc if t.is_title and called_a_company(doc, t.i, t.i + 1, company_nouns)
    }
    return set(last.values()) - called


def officials(doc: Doc) -> set[str]:
    """Full and last names, lower case, of the people the article names after a public
    office ("Finance Minister Tito Mboweni", "Chief Minister K Chandrasekhar Rao"):
    "Mboweni allocates R30 billion" is the minister's. A founder ("chairman Gautam Adani")
    holds no office: his name may be his company's."""
    out = set()
    for ent in doc.ents:
        name = _before_punct(ent)
        if ent.label_ == "PERSON" and len(name) >= 2 and ent.start > 0:
            if doc[ent.start - 1].lower_ in OFFICE_TITLES:
                out |= {name[-1].lower_, " ".join(t.lower_ for t in name)}
    return out


def _before_punct(ent: Span) -> list[Token]:
    """A person's name without what NER ran on into: "Gerard Jugnot - star" -> "Gerard Jugnot"."""
    out = []
    for t in ent:
        if t.is_punct and t.text not in (".", "'", "-") or t.text == "-" and t.whitespace_:
            break
        out.append(t)
    return out


_GLUE = frozenset({"of", "for", "and", "on", "the", "de", "du"})


def _dated(tok: Token) -> bool:
    return tok.ent_type_ in ("DATE", "TIME")


def public_acronyms(doc: Doc, data: CompanyData) -> set[str]:
    """Initials of the names in the article that are no company: "Child Support Agency"
    makes "CSA" a public body, "National Audit Office" "NAO"."""
    out = set()
    i, n = 0, len(doc)
    while i < n:
        if not (doc[i].is_title and doc[i].is_alpha):
            i += 1
            continue
        j = i
        while j + 1 < n and (
            doc[j + 1].is_title and doc[j + 1].is_alpha and not _dated(doc[j + 1])
            or doc[j + 1].lower_ in _GLUE and j + 2 < n and doc[j + 2].is_title
            and not _dated(doc[j + 2])
        ):
            j += 1
        if doc[i].lower_ in ("the", "a", "an") and i < j:
            i += 1  # "The Asian Development Bank (ADB)": the article is no initial
        words = [t.text for t in doc[i : j + 1] if t.is_title]
        if len(words) >= 2 and not data.is_company_name(doc[i : j + 1].text, plain_words=False):
            out.add("".join(w[0] for w in words).upper())
        i = j + 1
    return out


def not_companies_here(
    doc: Doc, mentions: list[Mention], data: CompanyData, known: set[str]
) -> list[Mention]:
    """``mentions`` without the works and people of this article; a mention
    whose name is in ``known`` (the gazetteer's) is kept."""
    titles, people = works(doc), surnames(doc, data.ref_nouns)
    titled = {m for m in mentions if m.name not in known and _titled_person(doc, m)}
    # "James Hardie Industries" ... "Hardie": a founder's name the company bears
    people -= {
        w for m in mentions if m.end - m.start > 1 and m not in titled
        for w in m.name.lower().split()
    }  # fmt: skip
    # "chief executive Pehr Gyllenhammar" ... "Gyllenhammar said": NER called him an ORG
    people |= {m.name.lower().split()[-1] for m in titled if m.end - m.start > 1}
    acronyms = public_acronyms(doc, data)
    public = {m.name.lower() for m in mentions if _called_public(doc, m)}
    public |= {c.lower() for c in currency_codes_written(doc_text(doc))}  # "IDR 348.61 billion"
    out = []
    for m in mentions:
        low = m.name.lower()
        single = m.end - m.start == 1
        if m.name not in known and m.label not in ("TICKER", "SUFFIX") and (
            first_word(m.name) in titles
            or m in titled
            or single and low in people
            or single and m.name.isupper() and m.name in acronyms
            or low in public
            or _plain_capitals(doc, m)
            or low in data.cities and _before_group(doc, m.end)
        ):
            continue
        out.append(m)
    return out


def _before_group(doc: Doc, end: int) -> bool:
    """ "Manchester tech firms raised £532m": a city before companies it groups (a plural
    of ``group_plurals``, maybe after a word of trade) is where they are, not one of them."""
    for tok in doc[end : end + 3]:
        if tok.lower_ in GROUP_PLURALS:
            return True
        if not tok.is_lower or tok.is_stop:
            return False
    return False


_CODE_BEFORE_FIGURE = re.compile(r"\b([A-Z]{3}) ?\d")


def currency_codes_written(text: str) -> set[str]:
    """The currency codes a story writes before its figures ("IDR 2.15 trillion"): there
    the code names the money, wherever NER also takes it for a name ("IDR" alone)."""
    return {c for c in _CODE_BEFORE_FIGURE.findall(text) if c in CURRENCY_CODES}


def _called_public(doc: Doc, m: Mention) -> bool:
    """ "Chile's copper commission Cochilco", "Cochilco, the state copper commission",
    "the Sindh and Balochistan provinces": the article calls the name a public body or a
    region (a lower-case noun of ``public_body_nouns`` before it, beside it, or closing
    the names it heads)."""
    tok = doc[m.end - 1]
    if m.start and _public_noun(doc[m.start - 1]):
        return True
    if any(c.dep_ == "appos" and _public_noun(c) for c in tok.children):
        return True
    if tok.dep_ == "appos" and _public_noun(tok.head):
        return True
    for _ in range(3):  # "Sindh" -conj-> "Balochistan" -compound-> "provinces"
        if tok.dep_ not in ("compound", "conj", "nmod") or tok.head.i == tok.i:
            break
        tok = tok.head
        if _public_noun(tok):
            return True
    return False


def _public_noun(tok: Token) -> bool:
    return tok.text.islower() and _noun_of(tok) in PUBLIC_NOUNS


def _plain_capitals(doc: Doc, m: Mention) -> bool:
    """A name in a capitals headline made of words the story writes in lower case and
    never as a name ("ILLINOIS CO-OP FUTURES DISSOLUTION VOTE SET": "dissolution",
    "vote", "set"): headline words the model took for a name."""
    words = [t for t in doc[m.start : m.end] if t.is_alpha]
    if not words or not all(t.is_upper for t in words) or "\n" in doc[: m.start].text:
        return False
    if any(t.lower_.rstrip(".") in LEGAL_SUFFIXES for t in words):
        return False
    lower_words = doc.user_data.get(_LOWER_WORDS)
    if lower_words is None:  # read once a doc, and only for a capitals headline's name
        lower_words = {doc[int(i)].text for i in np.flatnonzero(doc.to_array(IS_LOWER))}
        doc.user_data[_LOWER_WORDS] = lower_words
    return all(t.lower_ in lower_words for t in words) and m.name.title() not in doc_text(doc)


_LOWER_WORDS = "newsfacts_lower_words"
