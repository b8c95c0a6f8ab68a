"""Company mentions: which spans of a Doc name a company, and under what name.

NER's ORG spans are the candidates. They are cleaned (leading "the", trailing
possessive "'s", text past a line break), widened over a proper-noun compound
the model cut short ("GE" + "Vernova"), and filtered with data from
``models/companies/``: governments, ministries, agencies, international
bodies, stock indexes and acronyms the model mistakes for organizations are
never companies, nor are places. Some rules (a partner after "with", the
target of a funding round, a headline subject) may also take a bare proper
noun the model labelled otherwise: :func:`loose_mention` builds those.

>>> normalize_company("SoftBank Group Corp.")
'softbank group'
>>> clean_name("the Toyota's")
'Toyota'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from pipeline.companies.acronyms import acronyms_of
from pipeline.companies.and_names import join_and
from pipeline.companies.bounds import (
    PERIOD,
    cut_model,
    cut_place,
    cut_shares,
    cut_verb,
    possessive_name,
    region_tail,
    results_then_verb,
    titled_mid_sentence,
    trim,
    widen_left,
    widen_right,
)
from pipeline.companies.country_units import (
    bank_of_country,
    countries,
    country_tail,
    country_unit,
    currency_adjectives,
)
from pipeline.companies.owned_names import described_or_held, owns_company_things
from pipeline.companies.stopword_names import named_function_words
from pipeline.companies.suffixes import COMPANY_SUFFIXES, LEGAL_SUFFIXES
from pipeline.companies.thing_names import called_a_thing
from pipeline.companies.tickers import is_ric, strip_ticker
from pipeline.companies.titled_people import cut_titled_person
from pipeline.companies.wraps import one_line
from pipeline.money.lexicon import load_lexicon
from pipeline.money.parse import parse_money
from pipeline.nlp.layout import dateline_spans
from pipeline.resources import MODELS_DIR, read_jsonl, word_sets

CORPORATE_WORDS = word_sets(MODELS_DIR / "companies/words.jsonl")["corporate_words"]
DATE_WORDS = word_sets(MODELS_DIR / "companies/words.jsonl")["date_words"]  # "October"
PLAIN_VERBS = word_sets(MODELS_DIR / "companies/words.jsonl")["headline_plain_verbs"]
GROUP_PLURALS = word_sets(MODELS_DIR / "companies/words.jsonl")["group_plurals"]
CURRENCY_CODES = frozenset(
    rec["code"] for rec in read_jsonl(MODELS_DIR / "money/currencies.jsonl") if "code" in rec
)
# a company's form closing a name: "Holdings", "Group" (not "Bank": "Bank of Zambia")
_COMPANY_TAILS = CORPORATE_WORDS - {"bank", "the"}
# A legal form that ends a name makes it a company's whatever words it holds ("Summit
# Holdings", "Assembly Biosciences Inc"); "Group", "Co" and "SE" also end other names.
_FORM_TAILS = COMPANY_SUFFIXES - {"group", "co", "se"}
_NUMBER = re.compile(r"[\d.,]+")
_INDEX = re.compile(r"(.*?\D)\s*-?\d+")
_DATELINES = "newsfacts_dateline_spans"  # Doc.user_data: the doc's dateline spans
_DOTTED = re.compile(r"(?:[a-z]\.){2,}")  # "S.E.C." is the SEC
_PERIOD = re.compile(r"[hq][1-4]|[1-4][hq]|(?:[1-4]q|[hq][1-4])?fy\d{2,4}", re.I)  # "H2", "FY24"
_MONEY_SIGN = re.compile(r"[$€£¥₹₩₽]|^[a-z]{1,3}\d{1,3}(?:[.,]\d+)+$")  # "N15.50": a figure

# "Acme's", "Acme’"; "Idea?s": a web page's apostrophe lost to "?" or U+FFFD in encoding
_POSSESSIVE = re.compile(r"(?:['’]s|['’]|(?<=[A-Za-z])[?\ufffd]s)$")
_PUNCT = re.compile(r"[^\w\s&]+")
# Labels whose spans are never a company, even for the loose rules.
_COMPOUND = ("compound", "flat")
_NEVER_LABELS = frozenset(
    "DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL NORP LANGUAGE LAW EVENT".split()
)


def normalize_company(name: str) -> str:
    """The key two company names are compared by: case, punctuation and legal suffixes dropped."""
    low = re.sub(r"'s\b", "", name.lower().replace("’", "'"))  # "McDonald's" is "McDonald"
    words = _PUNCT.sub(" ", low).split()
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def clean_name(text: str) -> str:
    """A mention's text as a name: first line only, no leading "the", no possessive."""
    text = text.strip().split("\n", 1)[0].strip()
    text = re.split(r"\s*(?:<|&lt;|\()", text, maxsplit=1)[0]  # ticker "<CLE>", "(JAIA)"
    if text.lower().startswith("the "):
        text = text[4:].lstrip()
    text = strip_ticker(_OTHER_SCRIPT_TAIL.sub("", text))
    text = _POSSESSIVE.sub("", text).strip(" ,;:-–—<>\"'“”()[]")
    return _PERIOD_TAIL.sub("", text)  # "HCL Technologies Q2 net profit up 4%"


# the name in its own script after the English one: "New Hope Group 新希望集团" (CJK,
# kana, Hangul, Cyrillic, Arabic)
_OTHER_SCRIPT_TAIL = re.compile(
    r"\s*[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
    r"[\s\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]*$"
)
# a results period a headline writes after the name (bounds.py ends the span there too)
_PERIOD_TAIL = re.compile(rf"(?<=\S)\s+{PERIOD}$")


@dataclass(frozen=True, slots=True)
class Mention:
    """A company named in the doc: tokens ``start:end``, cleaned ``name``."""

    start: int
    end: int
    name: str
    label: str = "ORG"


@dataclass(frozen=True)
class CompanyData:
    """What is never a company, and which words refer back to one."""

    stop_words: frozenset[str] = frozenset()  # a name holding one of these is not a company
    stop_openers: frozenset[str] = frozenset()  # ... unless it opens it ("Bureau Veritas")
    stop_names: frozenset[str] = frozenset()  # whole names that are not companies
    # "central bank", "development bank": a name opening or closing with one is public
    public_phrases: frozenset[str] = frozenset()
    inner_phrases: frozenset[str] = frozenset()  # "economic development": public anywhere
    titles: frozenset[str] = frozenset()  # a name opening or ending with one is a person/office
    # a name ending with one, or opening with one and "of"/"for", is a public body
    # ("National Audit Office", "Office of Fair Trading"; "Office Depot" is a company)
    tails: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()  # news agencies: companies only where they act
    places: frozenset[str] = frozenset()
    ref_pronouns: frozenset[str] = frozenset()
    ref_nouns: frozenset[str] = frozenset()
    called_possessed: frozenset[str] = frozenset()  # "X's board": X is a company
    called_after: frozenset[str] = frozenset()  # "X shares rose"
    # Company-internal nouns ("sales", "shares", "the total"): a figure they own
    # with no owner named belongs to the company in focus.
    owned_nouns: frozenset[str] = frozenset()
    # Last words of company names ("Air", "Partners", "Minerals"): a span NER
    # calls a person or place that ends in one is a company.
    name_heads: frozenset[str] = frozenset()
    # Words that alone never make a name: filled by the linker from its trigger
    # and sector vocabularies, so that a headline's "Invest" or "EV Batteries"
    # mislabelled ORG is dropped.
    common_words: frozenset[str] = field(default_factory=frozenset)
    # Inflected headline verbs ("Explores", "Invests"): a name never runs through one.
    verb_forms: frozenset[str] = field(default_factory=frozenset)
    base_verbs: frozenset[str] = PLAIN_VERBS  # "raise": in a capitals headline only
    # GeoNames cities (models/money/places.jsonl): a name NER calls a place that is one
    # of them is that place ("Lisbon"), never a company taken loosely
    cities: frozenset[str] = field(default_factory=frozenset)
    # large capitals, which stand for their governments ("Lisbon agreed the loan")
    capitals: frozenset[str] = field(default_factory=frozenset)
    # row labels of wire results tables (models/money/table_labels.jsonl)
    table_labels: frozenset[str] = field(default_factory=frozenset)
    # those that never open a company name's last part ("MORGAN CRUCIBLE PRETAX PROFIT")
    result_words: frozenset[str] = field(default_factory=frozenset)
    # all of their money rows, "Income" and "Earnings" too: before a headline's verb
    # ("Petro-Canada Earnings Tumble") they end a name all the same
    money_labels: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_dir(cls, data_dir: Path, *, common_words: frozenset[str] = frozenset(),
                 verbs: frozenset[str] = frozenset()) -> CompanyData:  # fmt: skip
        folder = Path(data_dir) / "companies"
        sets: dict[str, set[str]] = {
            "word": set(), "name": set(), "source": set(), "title": set(), "tail": set(),
            "phrase": set(), "inner": set(),
        }
        openers = set()
        for rec in read_jsonl(folder / "not_companies.jsonl"):
            sets.get(rec["type"], sets["name"]).add(rec["text"].lower())
            if rec.get("opens_names"):
                openers.add(rec["text"].lower())
        wire = read_jsonl(Path(data_dir) / "money" / "datelines.jsonl")  # "BASLE", "HÀ NỘI"
        places = {r["name"].lower() for r in read_jsonl(folder / "places.jsonl")}
        # "Indian", "Canadian": a nationality alone names no company, nor its people
        # ("Britons spent £1bn on games")
        nationals = {
            w.lower()
            for rec in read_jsonl(Path(data_dir) / "money" / "demonyms.jsonl")
            for w in rec.get("words", ())
        }
        nationals |= currency_adjectives()  # "Kuwaiti", "Thai": CLDR's currency names
        places |= nationals | {w + "s" for w in nationals if w.endswith("n")}
        words: dict[str, set[str]] = {
            "pronoun": set(),
            "noun": set(),
            "owned": set(),
            "name_head": set(),
            "called_possessed": set(),
            "called_after": set(),
        }
        for rec in read_jsonl(folder / "refer_words.jsonl"):
            words[rec["type"]].add(rec["text"].lower())
        # "Oper", "Revs", "Avg shrs": a wire results table's row labels name no company
        label_records = read_jsonl(Path(data_dir) / "money" / "table_labels.jsonl")
        labels = {rec["label"] for rec in label_records}
        geo = read_jsonl(Path(data_dir) / "money" / "places.jsonl")
        city_records = [rec for rec in geo if "place" in rec]
        places |= {r["region"].lower() for r in geo if len(r.get("region", "")) > 3}  # "Iowa"
        places |= countries()  # "Maldives": every country GeoNames names
        cities = {rec["place"].lower() for rec in city_records}
        capitals = {rec["place"].lower() for rec in city_records if rec.get("capital")}
        return cls(
            stop_words=frozenset(sets["word"]),
            stop_openers=frozenset(openers),
            stop_names=frozenset(sets["name"] | {r["place"].lower() for r in wire}),
            titles=frozenset(sets["title"]),
            tails=frozenset(sets["tail"]),
            public_phrases=frozenset(sets["phrase"]),
            inner_phrases=frozenset(sets["inner"]),
            sources=frozenset(sets["source"]),
            places=frozenset(places),
            ref_pronouns=frozenset(words["pronoun"]),
            ref_nouns=frozenset(words["noun"]),
            called_possessed=frozenset(words["called_possessed"]),
            called_after=frozenset(words["called_after"]),
            owned_nouns=frozenset(words["owned"]),
            name_heads=frozenset(words["name_head"]),
            common_words=frozenset(common_words),
            verb_forms=frozenset(w for v in verbs for w in (v + "s", v + "es", v + "ed", v + "ing"))
            - frozenset(words["name_head"]),
            cities=frozenset(cities),
            table_labels=frozenset(labels),
            result_words=frozenset(
                r["label"] for r in label_records if r.get("money") and not r.get("in_names")
            ),
            money_labels=frozenset(r["label"] for r in label_records if r.get("money")),
            capitals=frozenset(capitals),
        )

    def is_company_name(self, name: str, *, plain_words: bool = True,
                        stop_words_ok: bool = False) -> bool:  # fmt: skip
        """False for governments, places, indexes, acronyms and plain words.

        ``plain_words=False`` lets a name made of common words pass ("Carrier"
        capitalized inside a sentence is a name; at a line start it may not be);
        ``stop_words_ok`` one made of function words ("Next", the retailer).
        """
        low = name.lower().strip().replace("’", "'")  # "Gov’t" as "gov't"
        if not low or not any(ch.isalpha() for ch in low) or _MONEY_SIGN.search(low):
            return False  # "NZ$20", "€5bn": money read as a name
        if is_ric(name):
            return False  # "(AGT.TO)" after the company's name is its ticker
        if _scaled_figure(low) or _holds_amount(name) or _PERIOD.fullmatch(low):
            return False  # "8.7bn", "CFE's MXP1.358bn", "Dh110m": figures read as a name
        words = re.findall(r"[\w&'-]+", low)
        if (
            low in self.stop_names
            or _DOTTED.fullmatch(low) is not None and low.replace(".", "") in self.stop_names
            or low in self.places
            or low in self.capitals
            or normalize_company(low) in self.stop_names
            and words[-1] not in _COMPANY_TAILS  # "Bank of Portugal Holdings"
        ):
            return False
        index = _INDEX.fullmatch(low)
        if index is not None and index.group(1).strip() in self.stop_names:
            return False  # "S&P500", "FTSE 100", "Nikkei 225": an index and its size
        rest = words[1:] if self._opens_name(words) else words  # "Bureau Veritas"
        formed = len(words) > 1 and words[-1].rstrip(".") in _FORM_TAILS
        if not formed and any(w in self.stop_words for w in rest):
            return False
        if self._holds_public_name(words):
            return False
        spaced = f" {' '.join(words)} "
        if any(f" {p} " in spaced for p in self.inner_phrases):
            return False  # "Michigan Economic Development Corporation": a state agency
        if all(w.rstrip(".") in DATE_WORDS for w in words):
            return False  # "October funding roundup: ...": a month, a day, no company
        if all(w in self.table_labels for w in words):
            return False  # "Oper shr 1.54 dlrs vs 82 cts": a table's row label
        if all(w in CORPORATE_WORDS for w in words):
            return False  # "Group", "Holdings": a company's form without its name
        if len(words) > 1 and words[-1] in GROUP_PLURALS and not LEGAL_SUFFIXES & set(words):
            return False  # "Deposit Money Banks", "Indian Startups": a group of companies
        if any(_NUMBER.fullmatch(w) for w in words) and any(
            w.upper() in CURRENCY_CODES for w in words
        ):
            return False  # "SGD 5.5": money read as a name ("BTN" alone may be a bank)
        # "Mr Ebbers", "House Speaker" are people and offices; "Sir Speedy Inc" is a company
        titled = words[0] in self.titles or words[-1] in self.titles
        titled |= len(words) > 1 and (  # "Union County", not "Peoples Bank of Rockland County"
            words[-1] in self.tails and "of" not in words
            or words[0] in self.tails and words[1] in ("of", "for")
        )
        if titled and not any(w in LEGAL_SUFFIXES for w in words):
            return False
        common = self.common_words if plain_words else frozenset()
        # plain words alone ("EV Batteries") or places alone are no name; a plain word
        # with a place is a company's ("Air France", "Air Zimbabwe" at a sentence start)
        stops = frozenset() if stop_words_ok else STOP_WORDS
        if all(w in stops or w in common for w in words) or all(
            w in stops or w in self.places for w in words
        ):
            return False
        # "Japan Inc", "Tokyo Electric" pass; a place plus only a legal suffix does not.
        core = [w for w in words if w not in LEGAL_SUFFIXES]
        return bool(core) and " ".join(core) not in self.places


    def _opens_name(self, words: list[str]) -> bool:
        """A public word that may open a company's name, with a name word after it
        ("Foundation Building Materials"; not "Foundation for ...")."""
        return len(words) > 1 and words[0] in self.stop_openers and words[1] not in (
            "of", "for", "on")

    def _holds_public_name(self, words: list[str]) -> bool:
        """ "U.S. Federal Reserve", "United Nations Conference on Trade and Development":
        a public body's name of two or more words opening or closing the candidate."""
        if any(w in LEGAL_SUFFIXES for w in words) or words[-1] in _COMPANY_TAILS:
            return False  # "Bank of Portugal Holdings": a company named after one
        for n in range(2, len(words) + 1):
            head, tail = " ".join(words[:n]), " ".join(words[-n:])
            if head in self.public_phrases or tail in self.public_phrases:
                return True  # "Central Bank of Ireland", "Asian Development Bank"
            if n == len(words):
                break
            if head in self.stop_names:
                return True
            # a public name closes the candidate only after a place: "U.S. Federal
            # Reserve"; "Continental Bank of Canada" is a company, not the Bank of Canada
            if tail in self.stop_names and self._is_place(words[: len(words) - n]):
                return True
        return False

    def _is_place(self, words: list[str]) -> bool:
        """ "new york", "u s" (from "U.S."), "the": words that name a place or nothing."""
        return (
            " ".join(words) in self.places
            or "".join(words) in self.places
            or all(w in self.places or w in STOP_WORDS for w in words)
        )


def _based(doc: Doc, end: int) -> bool:
    """ "London-based", "Bristol-based": the name before is a place."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based"


def find_mentions(doc: Doc, data: CompanyData) -> list[Mention]:
    """Company mentions from NER's ORG spans, cleaned, widened and filtered.

    A span NER labelled a person or a place is taken too when its last word
    is a word names of companies end with ("Skyward Air", "Peak XV Partners",
    "Sunbelt Renewables"): people's and places' names rarely do; or when the
    article calls it a company ("Australian airline Virgin Blue", "the
    carmaker Proton"), and then wherever else the article writes that name.
    """
    called = _called_companies(doc, data)
    named = named_function_words(doc)
    otherwise = acronyms_of(doc, data)  # "the Financial Conduct Authority (FCA)"
    mentions: list[Mention] = []
    for ent in doc.ents:
        last = ent[-2] if len(ent) > 2 and ent[-1].lower_ in ("'s", "’s") else ent[-1]
        if ent.label_ != "ORG" and not (
            ent.label_ in ("PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")
            and len(ent) >= 2
            and last.text[:1].isupper()
            and last.lower_ in data.name_heads  # "Carphone Warehouse’s": the possessive aside
        ) and clean_name(ent.text) not in called:
            continue
        start, end = trim(doc, ent.start, ent.end)
        if start >= end or _currency_after_figure(doc, start, end) or doc[start:end].text.islower():
            continue  # an amount's currency; NER's lower-case words ("Gurugram-based foodtech")
        end = region_tail(doc, widen_right(doc, start, end, data.common_words))
        end = cut_model(doc, start, cut_verb(doc, start, end, data))
        if start >= end:
            continue
        start = join_and(doc, possessive_name(doc, widen_left(doc, start, end), end), end)
        end = cut_shares(doc, start, end)  # NER's "IPO" after the "Aramco" it widened to
        if start >= end:
            continue
        end = country_tail(doc, start, cut_place(doc, start, end, data))  # "PTC India"
        end = bank_of_country(doc, start, end)  # "Commercial Bank" + "of Qatar"
        end = cut_titled_person(doc, start, end)  # "Chief Executive of Volkswagen Martin ..."
        name = clean_name(one_line(doc[start:end]))
        if name in otherwise:
            continue
        if _based(doc, end):
            continue
        # "Financial services company Tower": a plain word the article calls a company
        plain_ok = ent.label_ == "ORG" and titled_mid_sentence(doc, start, end) or name in called
        if data.is_company_name(name, stop_words_ok=name in named, plain_words=not plain_ok):
            mentions.append(Mention(start, end, name, ent.label_))
    return mentions


def _currency_after_figure(doc: Doc, start: int, end: int) -> bool:
    """ "170 DKK", "5.5 SGD", "IDR 382 trillion": a currency code NER took for a name."""
    return end - start == 1 and doc[start].text in CURRENCY_CODES and (
        start > 0 and doc[start - 1].like_num or end < len(doc) and doc[end].like_num
    )


def _called_companies(doc: Doc, data: CompanyData) -> set[str]:
    """Names a company noun stands right before ("airline Virgin Blue"), or that own what
    only a company has ("Manchester United's board", "Manchester United shares rose"),
    whatever NER labelled them: the article says what they are."""
    out = set()
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "GPE", "LOC", "NORP", "ORG"):
            continue
        prev = doc[ent.start - 1] if ent.start > 0 else None
        if prev is not None and prev.text.islower() and (  # the tagger's "VERB" housebuilder
            prev.lemma_ in data.ref_nouns or prev.lower_ in data.ref_nouns
        ):
            out.add(clean_name(ent.text))
        elif ent.label_ == "ORG":
            continue  # only a company noun before it says more than NER did
        elif ent.label_ != "NORP" and len(ent) >= 2 and owns_company_things(
            doc, ent, data.called_possessed, data.called_after
        ):
            out.add(clean_name(ent.text))
        elif ent.label_ == "PERSON" and (called_a_thing(ent) or country_unit(ent)):
            out.add(clean_name(ent.text))  # "Laura Ashley, which floated in 1995"; "MTN Ghana"
        elif ent.label_ != "NORP" and described_or_held(doc, ent, data.ref_nouns):
            out.add(clean_name(ent.text))  # "Solidere, the Lebanese company", "shares in X"
    return out


_CAMEL = re.compile(r"^[A-Za-z]+[a-z][A-Z][A-Za-z]*$")  # a capital inside a word


def loose_mention(token: Token, data: CompanyData, *, person_ok: bool = False) -> Mention | None:
    """A proper-noun name headed by ``token`` whatever NER called it, or None.

    Used only where the grammar already says "a company goes here"; places,
    people with a first and last name, and non-names stay out.
    """
    if token.pos_ != "PROPN" and not (token.is_title or token.is_upper or _CAMEL.match(token.text)):
        return None  # "DirecTV", "eBay" the model may tag a verb: a name by its capitals
    if token.ent_type_ in _NEVER_LABELS or _in_dateline(token):
        return None  # "Patna, Dec 20 (PTI) Billionaire X's group will invest": a place
    start = token.i
    for child in sorted(token.children, key=lambda t: t.i):
        if child.i < token.i and child.dep_ in _COMPOUND and child.pos_ == "PROPN":
            start = min(start, child.i)
    while start > 0 and (p := token.doc[start - 1]).pos_ == "PROPN" and p.dep_ in _COMPOUND:
        start -= 1
    start, end = trim(token.doc, start, token.i + 1)
    end = cut_shares(token.doc, start, end)  # "The Zenlyte IPO was launched": Zenlyte
    if end - start > 1 and results_then_verb(token.doc, end - 1, data):
        end -= 1  # "Acme Profit Rises": the parser's subject is the profit, Acme's
    if start >= end:
        return None
    span = token.doc[start:end]
    if _based(token.doc, end):
        return None  # "Bristol-based Somerfield": the place a company is based in
    if token.ent_type_ == "PERSON" and len(span) >= 2 and not person_ok:
        return None
    if token.ent_type_ in ("GPE", "LOC") and (
        span.text.lower() in data.places or span.text.lower() in data.cities
    ):
        return None
    name = clean_name(one_line(span))
    if not data.is_company_name(name, plain_words=span[0].is_sent_start or span[0].i == 0):
        return None
    if name in acronyms_of(token.doc, data):
        return None  # "headline earnings per share (HEPS) totalled"
    return Mention(start, end, name, token.ent_type_ or "PROPN")


def _scaled_figure(low: str) -> bool:
    """ "8.7bn", "5 million": a figure and a scale word of models/money/scales.jsonl; not
    "3M", whose one letter after a whole number is a name's."""
    m = re.fullmatch(r"(\d[\d.,]*)\s*([a-z]+)", low)
    if m is None or m.group(2) not in load_lexicon().scales:
        return False
    return "." in m.group(1) or len(m.group(2)) > 1


def _holds_amount(name: str) -> bool:
    """``name`` holds an amount with its currency ("Dh110m", "Rs 3,595.63", a naira's
    "N6.8 trillion"); "3M", "A380" and "7-Eleven" are no amounts."""
    return any(ch.isdigit() for ch in name) and parse_money(name, keep_unknown=True) is not None


def _in_dateline(token: Token) -> bool:
    spans = token.doc.user_data.get(_DATELINES)
    if spans is None:
        spans = token.doc.user_data[_DATELINES] = dateline_spans(token.doc.text)
    return any(lo <= token.idx < hi for lo, hi in spans)
