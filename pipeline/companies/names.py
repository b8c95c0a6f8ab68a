"""Company names the NER model missed, found where grammar or news convention
says "a company is named here".

- :func:`suffix_mentions`: capitalized words closed by a legal suffix
  ("Keystone Brick Co", "ACME PAPER CORP");
- :func:`ticker_mentions`: a name the wire marks with angle brackets, around it
  ("<Acme Holdings Plc>") or around its ticker right after it ("Acme <ACM>");
- :func:`subject_mentions`: the subject of a reporting or money verb, the
  possessor of a money noun.

Datelines ("STAMFORD, Conn., April 8 - ") name where a story was filed:
:func:`pipeline.nlp.layout.dateline_spans` finds them, so no rule takes its place name.
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Token

from pipeline.companies.and_names import join_and
from pipeline.companies.bounds import GLUED_DESCRIPTORS, region_tail
from pipeline.companies.mentions import (
    CURRENCY_CODES,
    DATE_WORDS,
    CompanyData,
    Mention,
    clean_name,
    loose_mention,
)
from pipeline.companies.suffixes import COMPANY_SUFFIXES, LEGAL_SUFFIXES
from pipeline.nlp.doccache import doc_text, tokens_where
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "companies/words.jsonl")
_SHARE_MOVES = _WORDS["share_move_verbs"]
NAME_TAILS = _WORDS["name_tails"]  # "Adobe Systems": a word that ends a name
_HEADLINE_PARTICLES = _WORDS["headline_particles"]  # "TO", "IN": no word of a name
_HEADLINE_VERBS = _WORDS["headline_verbs"]  # "BUSINESSMAN HAS ROYAL RESOURCES <RRCO.O>"
PERSON_TITLES = _WORDS["person_titles"]  # "Jane Roe, an analyst at Acme": a person
# a company's results: "Milaha Offshore's revenue" is no person's, whatever NER says
RESULTS_NOUNS = word_sets(MODELS_DIR / "link/words.jsonl")["results_nouns"] - {"dividend", "payout"}

# -- names the model missed ------------------------------------------------
# Entity labels a cue may override: the small model often calls an unknown
# company a place or a product ("Britannia said", "Xingyun reported").
_CUE_LABELS = frozenset({"", "ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"})


def _is_suffix(lower: str) -> bool:
    """A legal-form word, with or without its period ("Corp", "corp.", "Group")."""
    return lower.rstrip(".") in COMPANY_SUFFIXES


def suffix_mentions(doc: Doc, data: CompanyData, taken: set[int]) -> list[Mention]:
    """Capitalized words closed by a legal suffix: "Keystone Brick Co", "ACME PAPER CORP";
    or by a word names of companies end with, where NER saw no name at all ("Dangote
    Cement followed with revenue of ...", ``name_head`` in refer_words.jsonl)."""
    out: list[Mention] = []
    heads = data.name_heads - COMPANY_SUFFIXES
    # legal suffixes first: "Community Bank System Inc" is one name, not "Community Bank"
    suffixes = list(tokens_where(doc, LOWER, _is_suffix))
    for i in suffixes + list(tokens_where(doc, LOWER, heads.__contains__)):
        tok = doc[i]
        if tok.i in taken or tok.i == 0 or not tok.text[:1].isupper():
            continue
        if tok.lower_ in heads and _not_last(tok):
            continue  # a head NER put in a name (find_mentions reads it), a capitals
            # headline's word ("INDONESIA SAYS IT WILL EXTEND OIL ..."), or no name's end
        start = tok.i
        while start > 0:
            prev = doc[start - 1]
            if (
                prev.i in taken
                or not (prev.text[:1].isupper() or _glued_quote(prev))
                or not (prev.is_alpha or "&" in prev.text or "-" in prev.text or _glued_quote(prev)
                        or _initials(prev) and not doc[start].is_sent_start)  # "J.P. Industries"
                or "\n" in prev.whitespace_
                or prev.ent_type_ == "MONEY"
                or prev.ent_type_ == "NORP" and not _opens_line(doc, prev.i)
                or prev.ent_type_ == "DATE" and _datelike(prev)
                or prev.lower_ == "the"
                or _headline_verb(prev, data)  # "Harbour Energy Will Buy | Delta Oil"
            ):
                break
            start -= 1
        if start == tok.i:
            continue
        end = region_tail(doc, tok.i + 1)
        joined = join_and(doc, start, end)  # "Numac Oil and Gas Ltd said"
        start = joined if not taken.intersection(range(joined, start)) else start
        name = clean_name(doc[start:end].text)
        # a name closed by a trade word may be plain words ("Equity Bank's profits")
        if data.is_company_name(name, plain_words=_is_suffix(tok.lower_)):
            out.append(Mention(start, end, name, "SUFFIX"))
            taken.update(range(start, end))
    return out


def _headline_verb(tok: Token, data: CompanyData) -> bool:
    """A headline's verb, no word of a name: a modal ("Will", "MAY"), a verb's inflected
    form ("Buys"), what follows a modal ("Will Buy", "MAY DOWNGRADE") or "to". Only on the
    article's first line: "City Investing Co Liquidating Trust" is one name."""
    if doc_text(tok.doc).find("\n", 0, tok.idx) >= 0:
        return False
    before = tok.nbor(-1) if tok.i > 0 else None
    return tok.tag_ == "MD" or tok.lower_ in data.verb_forms or before is not None and (
        before.tag_ == "MD"  # "MAY DOWNGRADE": whatever follows a modal is its verb
        or before.lower_ == "to" and (tok.lower_ in data.base_verbs or tok.pos_ == "VERB")
    )


def _not_last(tok: Token) -> bool:
    """A head word that cannot end a name NER missed: NER took it in, it is a capitals
    headline's, or a capitalized word goes on after it ("Community Bank System Inc")."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    goes_on = nxt is not None and nxt.is_alpha and nxt.text[:1].isupper()
    return bool(tok.ent_type_) or tok.is_upper or goes_on


def _initials(tok: Token) -> bool:
    """Initials that open a name ("J.P. Industries Inc", "U.S. Facilities Corp")."""
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,}", tok.text))


def _glued_quote(tok: Token) -> bool:
    """The apostrophe of "PAY 'N PAK STORES INC" and the hyphen of "Shoe-Town Inc": inside
    a name, glued to the words around it."""
    return (
        tok.text in ("'", "’", "-")
        and not tok.whitespace_
        and tok.i > 0
        and tok.nbor(-1).is_alpha
        and (tok.text != "-" or not tok.nbor(-1).whitespace_)
    )


def _datelike(tok: Token) -> bool:
    """A date's own word; NER's DATE often runs on into the name after a dateline
    ("April 8 - Conrac Corp")."""
    # digits, not spaCy's like_num: that counts "First" ("First Wisconsin Corp") as a number
    return any(c.isdigit() for c in tok.text) or tok.lower_.rstrip(".") in DATE_WORDS


def subject_mentions(
    doc: Doc, data: CompanyData, taken: set[int], *, verbs: frozenset[str], nouns: frozenset[str]
) -> list[Mention]:
    """A name NER missed, where the grammar says "an organization acts here".

    The subject of a reporting or money verb ("Xingyun reported", "Britannia
    said it would invest") or the possessor of a money noun ("Acme's net
    profit"). People, places and plain words stay out (:func:`loose_mention`).
    """
    out: list[Mention] = []
    for tok in doc:
        if tok.i in taken or not tok.text[:1].isupper():
            continue
        said_it = _says_it(tok) or _reports_results(tok, nouns) or _moves_by_percent(tok) or (
            tok.dep_ == "poss" and tok.head.lower_ in RESULTS_NOUNS  # "X’s revenue rose"
        )
        if tok.ent_type_ not in _CUE_LABELS and not (
            tok.ent_type_ == "PERSON" and (said_it or _beside_company(tok, taken))
        ):
            continue
        if tok.pos_ != "PROPN" and tok.ent_type_ in ("", "PRODUCT"):
            continue  # a capitalized common noun at the start of a sentence
        if _titled_person(tok):
            continue
        head = tok.head
        if said_it or _beside_company(tok, taken):
            cue = True
        elif tok.dep_ in ("nsubj", "nsubjpass"):
            cue = head.lemma_.lower() in verbs
        elif tok.dep_ == "poss":
            cue = head.lemma_.lower() in nouns or head.lower_ in nouns
        else:
            cue = False
        if not cue:
            continue
        m = loose_mention(tok, data, person_ok=True)
        if m is not None and not taken.intersection(range(m.start, m.end)):
            out.append(m)
            taken.update(range(m.start, m.end))
    return out


def _titled_person(tok: Token) -> bool:
    """ "Bob Murray, chairman of Acme, has launched", "said Jane Roe, an analyst at Acme",
    "Minister Bra Kanon estimated": a name whose apposition or compound is a person's
    title is a person, whatever the verb says."""
    return any(
        c.dep_ in ("appos", "compound") and c.lemma_.lower() in PERSON_TITLES
        for c in tok.children
    )  # "Agriculture Minister Bra Kanon estimated": a compound title too


def _says_it(tok: Token) -> bool:
    """ "X said it would ...": a name that speaks of itself as "it" is an organization."""
    if tok.dep_ != "nsubj":
        return False
    for c in tok.head.children:
        if c.dep_ == "ccomp" and any(
            g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "it" for g in c.children
        ):
            return True
    return False


def _reports_results(tok: Token, nouns: frozenset[str]) -> bool:
    """ "X reported sales of", "X posted a loss": people do not post quarterly losses."""
    if tok.dep_ != "nsubj" or any(c.dep_ in ("compound", "flat") for c in tok.children):
        return False
    return any(
        c.dep_ == "dobj" and (c.lemma_.lower() in nouns or c.lower_ in nouns)
        for c in tok.head.children
    )


def _moves_by_percent(tok: Token) -> bool:
    """A one-word subject that "shed 2.1% to 17.58 euros", or any that "surges 8%", is a
    listed company: its shares."""
    if tok.dep_ != "nsubj":
        return False
    kids = list(tok.head.children)
    if not any(c.ent_type_ == "PERCENT" for c in kids):
        return False
    if tok.head.lemma_.lower() in _SHARE_MOVES:
        return True
    if any(c.dep_ in ("compound", "flat") for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in kids)


def _beside_company(tok: Token, taken: set[int]) -> bool:
    """A one-word name listed with companies ("Bosch, Infineon and NXP")."""
    if any(c.dep_ in ("compound", "flat") for c in tok.children):
        return False
    return any(c.i in taken for c in tok.conjuncts)



def described_mentions(doc: Doc, data: CompanyData, taken: set[int]) -> list[Mention]:
    """A name NER missed right after the word that says what it is: "transport
    company Metronet", "the Australian airline Jetstar"; the words up to the first
    that is not capitalized."""
    out: list[Mention] = []
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        digit_led = _DIGIT_LED.fullmatch(tok.text) is not None  # NER: a CARDINAL
        if tok.i in taken or tok.ent_type_ not in ("", "PRODUCT", "WORK_OF_ART") and not digit_led:
            continue
        named = tok.is_title and tok.is_alpha or digit_led
        if not (named or _acting_acronym(tok)) or "\n" in prev.whitespace_:
            continue
        if not (prev.text.islower() and prev.lemma_ in data.ref_nouns):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i < MAX_NAME_WORDS:
            nxt = doc[end]
            if not (nxt.is_title and nxt.is_alpha) or "\n" in doc[end - 1].whitespace_:
                break
            if nxt.i in taken or nxt.ent_type_ not in ("", "PRODUCT", "WORK_OF_ART"):
                break
            end += 1
        name = clean_name(doc[tok.i : end].text)
        if data.is_company_name(name, plain_words=False):
            out.append(Mention(tok.i, end, name, "DESCRIBED"))
            taken.update(range(tok.i, end))
    return out + _apposed_mentions(doc, data, taken)


# a brand that opens with its figure ("copper miner 29Metals", "retailer 7Eleven")
_DIGIT_LED = re.compile(r"\d+[A-Z][a-z]+[A-Za-z]*")


def _acting_acronym(tok: Token) -> bool:
    """ "oil marketing firm GOIL registered ...": a capitals name that acts (the subject
    or the owner of what follows), not a currency, document or period ("company AGM")."""
    return (
        tok.is_upper and tok.is_alpha and 3 <= len(tok.text) <= 6
        and tok.dep_ in ("nsubj", "nsubjpass", "poss")
        and tok.text not in CURRENCY_CODES
    )


def _apposed_mentions(doc: Doc, data: CompanyData, taken: set[int]) -> list[Mention]:
    """A name NER missed that opens its sentence and is set beside what it is:
    "Woolworths, a leading supermarket chain, reported ...", "Acme, the Dallas-based
    retailer, said". Read from each comma back to the sentence's start."""
    out: list[Mention] = []
    for comma in tokens_where(doc, ORTH, ",".__eq__):
        start = comma
        while start > 0 and comma - start < MAX_NAME_WORDS and _bare_title(doc[start - 1], taken):
            start -= 1
        if start == comma or not doc[start].is_sent_start or comma + 2 >= len(doc):
            continue
        if doc[comma + 1].lower_ not in ("a", "an", "the"):
            continue
        phrase = []  # "a leading supermarket chain": up to its punctuation, the last noun heads it
        for t in doc[comma + 2 : min(comma + 7, len(doc))]:
            if t.is_punct:
                break
            phrase.append(t)
        nouns = [t for t in phrase if t.pos_ == "NOUN"]
        if not nouns or nouns[-1].lemma_ not in data.ref_nouns:
            continue
        name = clean_name(doc[start:comma].text)
        if data.is_company_name(name, plain_words=False):
            out.append(Mention(start, comma, name, "DESCRIBED"))
            taken.update(range(start, comma))
    return out


def _bare_title(tok: Token, taken: set[int]) -> bool:
    """A capitalized word no mention or other entity holds."""
    return tok.is_title and tok.i not in taken and tok.ent_type_ in ("", "ORG")


# -- wire conventions ------------------------------------------------------
# A ticker in angle brackets ("<SWSZ.Z>", "<CAX>"): capitals, digits, dots.
_TICKER = re.compile(r"^[A-Z0-9][A-Z0-9.]{0,9}$")
# A Reuters instrument code in angle brackets names a price, not a company: a continuous
# contract ("<LCOc1>", "<GCLNWCPFBMc1>"), an index (".SPX") or a rate ("<EUR=>", "<US10YT=RR>")
_INSTRUMENT = re.compile(r"^(?:\.[A-Z0-9]+|[A-Z0-9]+[a-z]\d{1,2}|[A-Z0-9]*=[A-Z0-9]*)$")
# Words a name run leftward from a ticker may hold besides capitalized words.
_NAME_GLUE = frozenset({"&", "and", "of", "de", "du", "la", "le", "'", "-"})
MAX_NAME_WORDS = 6


def ticker_mentions(doc: Doc, data: CompanyData, taken: set[int]) -> list[Mention]:
    """Names the wire marks with angle brackets: "<Acme Holdings Plc>", "Acme Corp <ACM>".

    Reuters-style copy brackets an unlisted company's name and a listed one's
    ticker right after its name; either way the words are a company.
    """
    out: list[Mention] = []
    n = len(doc)
    for i in tokens_where(doc, ORTH, "<".__eq__):
        tok = doc[i]
        close = next((j for j in range(tok.i + 1, min(tok.i + 12, n)) if doc[j].text == ">"), None)
        if close is None or close == tok.i + 1:
            continue
        inner = doc[tok.i + 1 : close]
        if _INSTRUMENT.match(inner.text):
            continue
        if _TICKER.match(inner.text.replace("\n", "")):
            start, end = _name_before(doc, tok.i, data)
        else:
            start, end = tok.i + 1, close
        if start >= end or taken.intersection(range(start, end)):
            continue
        name = clean_name(doc[start:end].text.replace("\n", " "))
        if data.is_company_name(name, plain_words=False):
            out.append(Mention(start, end, name, "TICKER"))
            taken.update(range(start, end))
    return out


def _article_opens(doc: Doc, i: int) -> bool:
    """ "LE GROUPE VIDEOTRON LTEE <VDO.TO>": a French article opening a headline's name."""
    return doc[i].lower_ in ("le", "la") and (i == 0 or "\n" in doc[i - 1].text_with_ws)


def _closed(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` ends with a legal suffix or a name tail
    ("CO", "LTD", "SYSTEMS")."""
    last = doc[end - 1].lower_.rstrip(".")
    return last in LEGAL_SUFFIXES or last in NAME_TAILS


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "B.F. GOODRICH <GR>", "J.C. PENNEY <JCP>"


def _wordlike(word: str) -> bool:
    """A word of a name: letters, a figure glued to letters ("4G DATA SYSTEMS", "3M"), or
    initials ("B.F. GOODRICH")."""
    return (
        word.isalpha()
        or word.isalnum() and any(c.isalpha() for c in word)
        or bool(_INITIALS.fullmatch(word))
    )


def _opens_line(doc: Doc, i: int) -> bool:
    """Token ``i`` opens its line, after "THE" at most: a wire headline opens with its
    company's name, so a common word there ("THE BANKING CENTER <TBCX.O> 3RD QTR NET")
    is the name's first word, not the headline's own."""
    text = doc.text
    at = doc[i].idx
    return text[text.rfind("\n", 0, at) + 1 : at].strip().lower() in ("", "the")


def _name_before(doc: Doc, i: int, data: CompanyData) -> tuple[int, int]:
    """The capitalized words right before token ``i``: a ticker's company."""
    end = i
    if end > 0 and doc[end - 1].tag_ == "POS":  # "Revlon Group Inc's <REV>"
        end -= 1
    start = end
    while start > 0 and end - start < MAX_NAME_WORDS:
        prev = doc[start - 1]
        low = prev.lower_
        if prev.is_space or "\n\n" in prev.whitespace_:
            break
        word = prev.text.replace("'", "").replace("’", "").replace("-", "")
        if low not in _NAME_GLUE and (  # "SCOTT AND STRINGFELLOW <SCOT.O>": glue below
            prev.text[:1].isupper() and _wordlike(word) or low.rstrip(".") in LEGAL_SUFFIXES
        ) and not (_INITIALS.fullmatch(word) and low in data.places):  # "U.S. Allis-Chalmers"
            # a headline in capitals: its verbs and common words are no name
            if prev.is_upper and start < end and (
                low in data.verb_forms
                or low in _HEADLINE_PARTICLES  # "... DROPS CONDITION TO NECO"
                or low in _HEADLINE_VERBS
                or low.endswith("s") and low[:-1] in data.verb_forms
                or low in data.common_words and not _closed(doc, end)
                and not _opens_line(doc, start - 1)  # "THE BANKING CENTER <TBCX.O>"
            ):
                break  # a common word stays inside a name a suffix closes: "MAYNARD OIL CO"
            start -= 1
        elif low in _NAME_GLUE and start < end and (
            start > 1 and doc[start - 2].text[:1].isupper() or _article_opens(doc, start - 1)
        ):
            start -= 1
        else:
            break
    while start < end and doc[start].lower_ in _NAME_GLUE and not _article_opens(doc, start) or (
        end - start > 1 and doc[start].lower_ in GLUED_DESCRIPTORS  # "FORMER SHEARSON <SHE>"
    ):
        start += 1
    return start, end
