"""Where a company mention starts and ends: NER's span widened over the proper nouns
of its own compound ("GE" -> "GE Vernova"), over a capitalized modifier or a
hyphenated word on its left ("SK" Hynix, "Co-operative" Group, "Hewlett-Packard"),
and cut before a headline's verb or after a legal name's town.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from pipeline.companies.country_units import countries
from pipeline.companies.suffixes import LEGAL_SUFFIXES
from pipeline.companies.wraps import soft_wrap
from pipeline.resources import MODELS_DIR, word_sets

if TYPE_CHECKING:
    from pipeline.companies.mentions import CompanyData

# "Chipmaker Intel": what the company is, glued to its name by NER
_WORDS = word_sets(MODELS_DIR / "companies/words.jsonl")
GLUED_DESCRIPTORS = _WORDS["glued_descriptors"] | _WORDS["headline_states"]  # "Troubled Marsh"
NATION_FORMS = _WORDS["nation_combining_forms"]  # "Anglo-Australian BHP"
CLAUSE_OPENERS = _WORDS["clause_openers"]  # "Whilst Freedom Fibre raised"
PERSON_TITLES = _WORDS["person_titles"]  # "Co Chairman X": the name ends at its suffix
CLOSING_TITLES = PERSON_TITLES | _WORDS["title_abbreviations"]  # "Apple CEO": no name's end
OFFICES = _WORDS["office_titles"]  # "Finance Minister": an office, no company
NAME_REGIONS = _WORDS["name_regions"]  # "Corp of America": the name goes on
_SHARE_WORDS = _WORDS["share_words"]  # "Apple Shares Rise": the name ends before them
PARTICLES = _WORDS["name_particles"]  # "Banco do Brasil", "Pick n Pay"
PERIOD_OPENERS, PERIOD_WORDS = _WORDS["period_openers"], _WORDS["period_words"]  # "Half Year"
DESCRIPTOR_NOUNS = _WORDS["before"] | _WORDS["descriptor_nouns"]  # "Challenger bank X"
_OWNED_BEFORE = _WORDS["owned_before"]  # "its Critical Minerals Facility": a body's own thing


def widen_right(doc: Doc, start: int, end: int, common: frozenset[str]) -> int:
    """Extend a span cut short over the proper nouns of its own compound ("GE" -> "GE Vernova")."""
    while end < len(doc):
        nxt, last = doc[end], doc[end - 1]
        if "\n" in last.whitespace_ or last.whitespace_ == "" and not nxt.is_alpha:
            break
        if _particle_joins(doc, end):  # "Banco" + "do Brasil"
            end += 2
            continue
        if nxt.pos_ != "PROPN" or nxt.ent_type_ in ("GPE", "DATE", "MONEY", "PERSON"):
            break
        if nxt.lower_ in common or period_opens(doc, end):  # "Targets", "Half Year": a
            break  # headline's verb or results period is not part of the name
        if not (last.head.i == nxt.i and last.dep_ in ("compound", "flat")):
            break
        end += 1
    return end


def region_tail(doc: Doc, end: int) -> int:
    """Run a name closed by a legal suffix on over "of America" ("Indium Corp of America"):
    a region that is part of the name, not the town the company is in. A country does so
    when the short name in brackets follows it ("Shipping Corporation of India (SCI)",
    "Transnational Corporation of Nigeria (Transcorp)"); bare, "Mitsubishi Corp of Japan"
    is wire copy's way of saying where the company is."""
    if end == 0 or doc[end - 1].lower_.rstrip(".") not in LEGAL_SUFFIXES:
        return end
    if end < len(doc) and doc[end].lower_ == "of" and "\n" not in doc[end - 1].whitespace_:
        for k in (3, 2):
            tail = doc[end + 1 : end + k]
            if len(tail) == k - 1 and tail[0].is_title and _named_region(doc, tail):
                return end + k
    return end


def _named_region(doc: Doc, tail: Span) -> bool:
    """ "of America" after a legal suffix, or "of India" with "(SCI)" after it: part of
    the name."""
    words = tail.text.lower()
    return words in NAME_REGIONS or (words in countries() and _short_name_after(doc, tail.end))


def _short_name_after(doc: Doc, i: int) -> bool:
    """ "(SCI)", "(Transcorp)": one capitalized word in brackets at ``i``."""
    return (
        i + 2 < len(doc)
        and doc[i].text == "("
        and doc[i + 2].text == ")"
        and doc[i + 1].text[:1].isupper()
        and doc[i + 1].is_alpha
    )


# a product's model after its maker's name: "Airbus A321neo", "Boeing 787", "Nokia 6600"
_MODEL = re.compile(r"[A-Z]{1,3}-?\d{2,4}[a-z]{0,4}|\d{3,4}")


def cut_model(doc: Doc, start: int, end: int) -> int:
    """End a name before a product's model number ("Airbus A321neo" is Airbus's plane;
    "Channel 4", "Century 21" keep their short figures)."""
    while end - start > 1 and _MODEL.fullmatch(doc[end - 1].text):
        end -= 1
    return end


def _share_word(doc: Doc, i: int) -> bool:
    """ "Shares", "Stock", "IPO" capitalized after a name; not "Stock Exchange"."""
    return (
        doc[i].lower_ in _SHARE_WORDS
        and doc[i].text[:1].isupper()
        and not (i + 1 < len(doc) and doc[i + 1].lower_ in ("exchange", "market", "markets"))
    )


def cut_shares(doc: Doc, start: int, end: int) -> int:
    """End a name before its shares or offering ("The Aramco IPO was launched")."""
    return next((i for i in range(start + 1, end) if _share_word(doc, i)), end)


def cut_verb(doc: Doc, start: int, end: int, data: CompanyData) -> int:
    """End a headline's name before its verb ("OpenAI Explores Funding Round", in capitals
    its plain form too: "LONDON INTERNATIONAL RAISE PROFITS"), and a
    wire headline's before its results words ("MORGAN CRUCIBLE PRETAX PROFIT", "BLUE
    CIRCLE PROFITS"; "INCOME PROPERTY INC" keeps its name: a legal suffix follows)."""
    for i in range(start, end):
        if doc[i].lower_ in data.verb_forms and doc[i].text[:1].isupper():
            return i
        if i > start and (_share_word(doc, i) or results_then_verb(doc, i, data)):
            return i  # "Apple Shares Rise After ...": the company, then its shares
        if (  # "LONDON INTERNATIONAL RAISE PROFITS": a capitals headline's plain verb
            i > start
            and doc[i].text.isupper()
            and doc[i].lower_ in data.base_verbs
            and not any(t.lower_.rstrip(".") in LEGAL_SUFFIXES for t in doc[i:end])
        ):
            return i
        if (
            i > start
            and doc[i].lower_ in PERSON_TITLES
            and (doc[i - 1].lower_.rstrip(".") in LEGAL_SUFFIXES)
        ):
            return i  # "Phillips Petroleum Co Chairman C. J. Silas": a person's title
        if i == end - 1 and i > start and doc[i].lower_ in CLOSING_TITLES and (
            doc[i].is_title or doc[i].is_upper  # not "Shell U.K. Finance director"
        ):
            if doc[i].lower_ in OFFICES:
                return start  # "New Home Secretary", "Finance Minister": an office
            while i - 1 > start and doc[i - 1].lower_ in CLOSING_TITLES:
                i -= 1  # "Acme Chief Executive"
            return i  # "Apple CEO Tim Cook", "PHINMA Chairman Ramon del Rosario"
        low = doc[i].lower_
        if (  # "BLUE CIRCLE INDUSTRIES PLC YEAR": a wire name ends at its legal suffix
            i > start
            and doc[i].text.isupper()
            and doc[i - 1].lower_.rstrip(".") in LEGAL_SUFFIXES
            and doc[i].lower_.rstrip(".") not in LEGAL_SUFFIXES
            and doc[i].lower_ not in ("of", "&", "and")
        ):
            return i
        if (
            i > start
            and doc[i].text.isupper()
            and (low in data.result_words or low.rstrip("s") in data.result_words)
            and not any(t.lower_.rstrip(".") in LEGAL_SUFFIXES for t in doc[i:end])
        ):
            return i
    return end


def results_then_verb(doc: Doc, i: int, data: CompanyData) -> bool:
    """ "Petro-Canada Earnings Tumble 91%", "Acme Profit Rises": a title-case headline's
    results word with its verb right after it is no part of the name before it."""
    tok = doc[i]
    if not tok.is_title or i + 1 >= len(doc) or "\n" in tok.whitespace_:
        return False
    if tok.lower_ not in data.money_labels and tok.lower_.rstrip("s") not in data.money_labels:
        return False
    verb = doc[i + 1].lower_
    return doc[i + 1].is_title and (
        verb in data.verb_forms or verb + "s" in data.verb_forms or verb in data.base_verbs
    )


def _particle_joins(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a name particle ("do", "de", "n") between two capitalized words of
    one line: "Banco do Brasil", "Pick n Pay"."""
    if not 0 < i < len(doc) - 1 or doc[i].lower_ not in PARTICLES or not doc[i].is_lower:
        return False
    before, after = doc[i - 1], doc[i + 1]
    one_line = "\n" not in before.whitespace_ + doc[i].whitespace_
    return one_line and before.text[:1].isupper() and after.is_alpha and after.text[:1].isupper()


def widen_left(doc: Doc, start: int, end: int) -> int:
    """Take in a capitalized word the model left out that modifies the name ("SK" Hynix),
    and a hyphenated one the tokenizer split ("Co-operative" Group, "Rolls-Royce"), and
    the words before a name particle ("Pick n" Pay Stores)."""
    while start > 0:
        if _nation_form_before(doc, start):
            break  # "Anglo-Australian BHP": the nationality stays out
        if start >= 2 and _particle_joins(doc, start - 1):
            start -= 2
            continue
        prev = doc[start - 1]
        if prev.text == "\n" and start >= 2 and soft_wrap(doc, start):
            prev = doc[start - 2]  # "the Federal\nSavings and Loan ...": a wire's wrap
            if not _modifies(prev, start, end):
                break
            start -= 2
            continue
        word = _hyphenated_before(doc, start)
        if word is not None:
            start = word
            continue
        if (  # "Hewlett-Packard" cut to "Packard": the name runs on through the hyphen
            start >= 2
            and prev.text == "-"
            and not prev.whitespace_
            and not doc[start - 2].whitespace_
            and doc[start - 2].is_title
        ):
            start -= 2
            continue
        if (
            "\n" in prev.whitespace_
            and not soft_wrap(doc, start)
            or not _modifies(prev, start, end)
        ):
            break
        start -= 1
    return start


def possessive_name(doc: Doc, start: int, end: int) -> int:
    """ "Claire's Stores Inc", "Hudson's Bay Co": a one-word possessive NER left out
    before a legal name opens it; not a country's, a person's or a named company's
    ("Britain's ICI Plc", "Carl Icahn's ACF Industries Inc", "Chrysler's AMC Corp")."""
    if start < 2 or doc[end - 1].lower_.rstrip(".") not in LEGAL_SUFFIXES:
        return start
    owner, before = doc[start - 2], doc[start - 3] if start >= 3 else None
    if doc[start - 1].lower_ not in ("'s", "’s") or not (owner.is_alpha and owner.is_title):
        return start
    if owner.ent_type_ or owner.lower_ in countries() or owner.lower_ in GLUED_DESCRIPTORS:
        return start
    if before is not None and before.is_alpha and before.text[:1].isupper():
        return start  # "Carl Icahn's", "Retailer Claire's": a longer possessor
    return start - 2


def _modifies(prev: Token, start: int, end: int) -> bool:
    """A capitalized word that modifies the name ``start:end`` (no article, descriptor,
    date or figure)."""
    return not (
        not prev.is_alpha
        or not prev.text[:1].isupper()
        or prev.lower_ in ("the", "a", "an")
        or prev.lower_ in GLUED_DESCRIPTORS
        or prev.lower_ in CLAUSE_OPENERS and prev.is_sent_start
        or prev.dep_ not in ("compound", "amod", "nmod")
        or not start <= prev.head.i < end
        or prev.ent_type_ in ("DATE", "MONEY", "CARDINAL", "PERCENT")
        or _clock_zone(prev.doc, prev.i)
    )


def _hyphenated_before(doc: Doc, start: int) -> int | None:
    """The start of "Co-operative" right before ``start`` (pieces joined by hyphens with
    no space, the first capitalized, the last followed by a space), else None."""
    i = start - 1
    if i < 2 or not doc[i].whitespace_ or not doc[i].is_alpha:
        return None
    if doc[i].tag_ in ("VBN", "VBD", "VBG") or doc[i].lower_.endswith("ed"):
        return None  # "Mumbai-based", "state-owned", "Qatar-backed": a description
    j = i
    while (
        j >= 2
        and doc[j - 1].text == "-"
        and not doc[j - 1].whitespace_
        and not doc[j - 2].whitespace_
        and doc[j - 2].is_alpha
    ):
        j -= 2
    if j == i or not doc[j].text[:1].isupper():
        return None
    return j


def cut_place(doc: Doc, start: int, end: int, data: CompanyData) -> int:
    """ "Keystone Brick Co of Pittsburgh" -> "Keystone Brick Co": a legal name, then its town."""
    for i in range(start + 1, end - 1):
        if (
            doc[i].lower_ == "of"
            and doc[i - 1].lower_.rstrip(".") in LEGAL_SUFFIXES
            and end - i <= 3  # "of Pittsburgh", "of New Jersey"
            and all(t.text[:1].isupper() for t in doc[i + 1 : end])
            and doc[end - 1].lower_.rstrip(".") not in LEGAL_SUFFIXES
            and not _named_region(doc, doc[i + 1 : end])
        ):
            return i
    return end


def after_short_dateline(doc: Doc, start: int, end: int) -> int:
    """ "MONTREAL - CAE Inc.": NER runs a line's opening place in capitals and its dash
    (today's dateline, pipeline/nlp/layout.py SHORT_DATELINE) into the name after it."""
    line_start = start == 0 or "\n" in doc[start - 1].whitespace_ or doc[start - 1].is_space
    if not line_start:
        return start
    for i in range(start + 1, min(end - 1, start + 4)):
        if doc[i].text in ("-", "–", "—", "--", ":") and doc[i - 1].whitespace_:
            caps = doc[start:i]
            if all(t.is_upper and t.is_alpha for t in caps) and doc[i + 1].text[:1].isupper():
                return i + 1
            return start
    return start


def _clock_zone(doc: Doc, i: int) -> bool:
    """A time zone after an hour ("1300 GMT", "10 EST"): a short word in capitals right
    after a figure of the clock."""
    tok = doc[i]
    prev = doc[i - 1] if i > 0 else None
    return (
        prev is not None
        and prev.text.isdigit()
        and len(prev.text) in (1, 2, 4)
        and tok.is_upper
        and tok.is_alpha
        and 2 <= len(tok.text) <= 4
        and tok.text.endswith("T")  # GMT, BST, EST, CET, PDT ...
    )


def _sentence_stop(tok: Token) -> bool:
    """A full stop inside a name's span that ends a sentence: "." alone, or glued to a
    word of four letters or more that is no legal form ("Wash." but not "Corp.", "J.")."""
    word = tok.text[:-1]
    return tok.text.endswith(".") and bool(tok.whitespace_) and (
        not word or len(word) >= 4 and word.isalpha() and word.lower() not in _ABBREVIATED
    )


_ABBREVIATED = LEGAL_SUFFIXES | _WORDS["abbreviated_words"]


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading determiner/possessive/line break and a trailing "'s" or punctuation."""
    while start < end and (
        doc[start].lower_ in ("the", "a", "an") or doc[start].is_space or doc[start].is_punct
    ):
        start += 1
    closing = [i for i in range(start, end) if doc[i].text in (")", "]")]
    if closing and not any(doc[i].text in ("(", "[") for i in range(start, closing[0])):
        start = closing[0] + 1  # "KRX] Kestrel Robotics": a bracket's tail, then the name
    if end - start > 1 and doc[start].lower_ in GLUED_DESCRIPTORS and _capital(doc[start + 1]):
        start += 1  # "Chipmaker Intel": what the company is, then its name
    if end - start > 1 and doc[start].lower_ in CLAUSE_OPENERS and doc[start].is_sent_start:
        start += 1  # "Whilst Freedom Fibre raised": the sentence's conjunction, then the name
    if end - start > 3 and doc[start].lower_ in NATION_FORMS and doc[start + 1].text in "-‐":
        start += 3  # "Anglo-Australian BHP": a hyphenated nationality, then the name
    start = _after_country_of(doc, start, end)
    start = _after_descriptor(doc, start, end)
    start = after_short_dateline(doc, start, end)
    if end - start > 1 and _clock_zone(doc, start):
        start += 1  # "by 1300 GMT Carnival's shares": the hour's zone, then the name
    for i in range(start, end):  # never cross a line break, nor the wire's ">" mark
        if doc[i].text == "\n" and i > start and soft_wrap(doc, i + 1):
            continue  # a wrapped line runs on
        if "\n" in doc[i].text or (
            i > start and "\n" in doc[i - 1].whitespace_ and not soft_wrap(doc, i)
        ):
            end = i
            break
        if doc[i].text == ">":  # "<NIKI-LU INDUSTRIES INC> YEAR NET"
            end = i
            break
        if i > start and period_opens(doc, i):  # "Harrow Power Half Year Earnings Fall"
            end = i
            break
        if i > start and _spaced_dash(doc, i):  # "Ramsdens Holdings PLC - Middlesbrough"
            end = i
            break
        if i > start and doc[i].tag_ == "POS" and _figure_in(doc[i + 1 : end]):
            end = i  # "Suzano’s R$47.7 billion": NER ran the owner into its amount
            break
        if i + 1 < end and _sentence_stop(doc[i]) and i > start:
            end = i + (doc[i].text != ".")  # "Operation Car Wash. Shares of ...": NER ran
            break  # over a sentence's end
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].is_punct
        and doc[end - 1].text != "."
        or doc[end - 1].pos_ in ("ADP", "CCONJ", "DET")  # "Florida National Banks of"
        or end - start > 1 and _PERIOD_TAG.fullmatch(doc[end - 1].text) is not None
        or end - start > 1 and period_opens(doc, end - 1)
    ):
        end -= 1
    return start, end


# a results period a headline writes after the name: "Al Rajhi Bank Q1 profit up 6%",
# "TCS Q1 net profit jumps", "Acme FY23 revenue"
PERIOD = r"(?:Q[1-4]|[1-4]Q|H[12]|[12]H|9M|FY(?:\d{2}|\d{4})?)"
_PERIOD_TAG = re.compile(PERIOD)


def period_opens(doc: Doc, i: int) -> bool:
    """ "KenGen Half | Year Earnings": a capitalized period word the name ran into."""
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return doc[i].is_title and doc[i].lower_ in PERIOD_OPENERS and nxt in PERIOD_WORDS


def _nation_form_before(doc: Doc, start: int) -> bool:
    """ "Anglo-Australian" or "Anglo-" right before ``start``."""
    return any(
        k >= 0 and doc[k].lower_ in NATION_FORMS and doc[k + 1].text in "-‐"
        for k in (start - 3, start - 2)
    )


def _figure_in(toks: Span) -> bool:
    return any(any(ch.isdigit() for ch in t.text) for t in toks)


def _spaced_dash(doc: Doc, i: int) -> bool:
    """A dash with a space on each side: a break between phrases, never inside a name
    ("Hewlett-Packard" is written without spaces)."""
    return doc[i].text in ("-", "–", "—", "--") and bool(doc[i - 1].whitespace_) and bool(
        doc[i].whitespace_
    )


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper()  # "Chipmaker Intel", "FORMER SHEARSON" in a headline


def _after_country_of(doc: Doc, start: int, end: int) -> int:
    """ "Nigeria’s Dangote Sugar Refinery": NER ran the company's country into its name."""
    for i in range(start + 1, min(end - 1, start + 4)):
        if doc[i].lower_ in ("'s", "’s"):  # not a headline in capitals: "PAKISTAN'S ..."
            country = doc[start:i].text.lower() in countries()
            return i + 1 if country and doc[i + 1].is_title else start
    return start


def _after_descriptor(doc: Doc, start: int, end: int) -> int:
    """ "Challenger bank Starling Bank", "Nigerian unicorn Flutterwave": a description
    the model glued to the name (a capitalized word, then a lower-case noun that says what
    a company is), then the name in capitals: the name's start. Not "Den norske
    Creditbank" nor "K mart Corp", whose lower-case words are the name's own."""
    words = range(start + 1, end - 1)
    lowers = [k for k in words if doc[k].is_lower and doc[k].lower_ in DESCRIPTOR_NOUNS]
    if not lowers or not all(doc[k].text[:1].isupper() for k in range(lowers[-1] + 1, end)):
        return start
    return lowers[-1] + 1


def titled_mid_sentence(doc: Doc, start: int, end: int) -> bool:
    """ "with Jet Airlines", "by General Electric": two or more capitalized words inside a
    running sentence are a name even when each is a plain word; at a sentence start or in
    a headline in capitals they may be plain words written large."""
    words = [t for t in doc[start:end] if t.is_alpha]
    if len(words) < 2 or start == 0 or doc[start].is_sent_start:
        return False
    if any(not t.text[:1].isupper() or t.is_upper for t in words if len(t) > 3):
        return False  # "Jet airlines" or a headline in capitals
    prev = doc[start - 1]
    if prev.is_space or "\n" in prev.whitespace_ or prev.lower_ in _OWNED_BEFORE:
        return False  # "its Critical Minerals Facility", "the Royal Mint": a body's own thing
    sent = doc[start].sent
    rest = [t for t in sent if t.is_alpha and len(t) > 3 and not start <= t.i < end]
    capped = sum(t.text[:1].isupper() for t in rest)
    return capped * 2 < len(rest)  # not a headline in title case ("Amazon in Talks to Invest")
