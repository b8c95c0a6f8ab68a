"""The story's own currency: what a bare "dlrs", "francs" or "$" means where it was filed.

FACTS.md: a bare "$" or "dollars" is USD unless the story's country makes it
another dollar, and the same holds for riyals, crowns, pesos, rupees, francs
and pounds (the families of models/money/currency_families.jsonl). The country
is decided in this order:

1. the dateline: "TORONTO, March 6 -" is Canada (the city list is generated from
   GeoNames, models/money/places.jsonl; models/money/datelines.jsonl adds the
   wire's own spellings GeoNames lacks, with reasons). A dateline that names a
   country ("KUWAIT, March 3 -") is that country;
2. else one country named in the amount's sentence, else in the headline
   ("the Saudi budget", "Kuwait's oil ministry"): the country names of
   places.jsonl and the demonyms of models/money/demonyms.jsonl. Not for the
   dollar (``by_country`` false): English-language news writes "$" for US
   dollars whatever country the sentence is about ("bought Australian firm
   BRL Hardy for just over $1bn", "Hong Kong IPO to raise $300 million");
   only wire copy filed from a dollar country means its own dollar;
3. else, again not for the dollar, the one country of the family the whole story
   names ("Rs43 billion" in a story that names only Pakistan: PKR), else the country
   of the publisher's web domain ("tribune.com.pk");
4. else the bare word keeps its default.

A country decides a family only when the currency it had on the story's date
(:func:`pipeline.money.territories.currency_of`) belongs to the family: under a
LONDON dateline "$" stays USD, under a 1987 PARIS dateline "francs" are FRF
and an undated PARIS story takes the last franc France had. Only bare words and
symbols are changed: "U.S. dlrs", "US$", "C$" and "Canadian dlrs" say which
they are. Cities are read only in dateline position, so a company named like a
town (Toyota) is never taken for a place in a sentence.

:func:`currency_source` says where an amount's currency came from, for the audit
column ``facts.currency_source``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from spacy.tokens import Span

from pipeline.money.lexicon import Lexicon
from pipeline.nlp.layout import DATELINE, HEADLINE_MAX_CHARS, PRESS_DATELINE, SHORT_DATELINE
from pipeline.resources import MODELS_DIR, read_jsonl, word_sets
from pipeline.types import Money

# A dateline opens the story: only its first characters are searched.
DATELINE_CHARS = 600
# Doc.user_data key: the article's ISO date ("1987-03-06"), set by pipe_docs
STORY_DATE = "newsfacts_published"
STORY_URL = "newsfacts_url"  # the article's web address, when the dump gives one
# where an amount's currency came from (facts.currency_source)
SOURCES = ("symbol", "code", "word", "dateline", "country", "table", "story")
# ISO 4217 "no currency": what a bare word with no default is read as ("dinars")
UNKNOWN = "XXX"
# a parenthesis after a headline's company name is its ticker, not an agency: "Orange (ORA.PA) -"
# a currency sign: "$", "€", "£", "¥", "₹" (and "US$", "C$")
_SIGN = re.compile(r"[$€£¥₹₩₽₪₺₱₦฿]")
# a sign glued to a figure with a word after it, in an amount's text its scale:
# "P229.57 million", "N3.9tn" (not "P20")
_SCALED = re.compile(r"^[A-Z]\d[\d,.]*\s*[A-Za-z]")
_TICKER = re.compile(r"\([^)]*[.:\d][^)]*\)")

if not Span.has_extension("currency_source"):
    Span.set_extension("currency_source", default="")

Spans = list[tuple[str, date | None, date | None]]  # currency, from, to


@dataclass(frozen=True, slots=True)
class Story:
    """What a story says about its country: dateline territory, headline territories, date."""

    dateline: str  # territory of the dateline ("" when none is known)
    place: str  # the dateline place as written, upper case ("" when none)
    headline: frozenset[str]  # territories named in the headline
    when: date | None
    wire: bool = False  # its dateline credits an international wire: its bare "$" is USD


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    default: str  # the currency its bare words mean with no country ("dollar": USD)
    words: re.Pattern[str]  # its bare words and symbols ("dlrs", "$")
    by_country: bool  # a country named in the sentence or headline decides it too
    # other currencies its bare words may be read as ("kroner": NOK, of the crown family)
    also: frozenset[str] = frozenset()
    # the one currency its sign glued before a scaled figure means ("P229.57 million")
    scaled: str = ""

    def claims(self, code: str) -> bool:
        return code == self.default or code in self.also


@dataclass(frozen=True, slots=True)
class LocalCurrencies:
    """Bare currency words whose meaning the story's country decides, and the countries."""

    places: dict[str, str]  # dateline place -> territory (ISO 3166)
    overrides: dict[str, dict[str, str]]  # dateline place -> family -> currency (hand list)
    names: dict[str, str]  # country name or demonym, lower case -> territory
    name_pattern: re.Pattern[str]
    families: tuple[Family, ...]
    family_of: dict[str, str]  # currency code -> family, by its CLDR name ("Canadian Dollar")
    spans: dict[str, Spans]  # territory -> its currencies with dates
    explicit: re.Pattern[str]  # "U.S. dlrs", "US$", "Canadian dollars" say which they are
    regions: dict[str, str]  # state or province, lower case -> territory ("fla." -> US)
    publishers: dict[str, str]  # a ".com" news domain -> its country (publishers.jsonl)
    generic_tlds: frozenset[str]  # ".tv", ".io": country codes used as generic domains
    agencies: dict[str, str]  # a national news agency's credit -> its country (publishers.jsonl)
    wires: tuple[str, ...] = ()  # international wires' dateline credits ("(AP)")

    @classmethod
    def load(cls, folder: Path) -> LocalCurrencies:
        """From ``folder``'s places, datelines, demonyms, currency_families,
        currencies and territory_currencies files (all read once, here)."""
        places: dict[str, str] = {}
        names: dict[str, str] = {}
        regions: dict[str, str] = {}
        for rec in read_jsonl(folder / "region_abbreviations.jsonl"):
            for region in rec.get("regions", ()):
                regions[region.lower()] = rec["country"]
        for rec in read_jsonl(folder / "places.jsonl"):
            if "region" in rec:
                regions[rec["region"].lower()] = rec["country"]
            if "place" in rec:
                places[rec["place"]] = rec["country"]
            for name in rec.get("names", ()):
                names[name.lower()] = rec["country"]
        for rec in read_jsonl(folder / "demonyms.jsonl"):
            for name in rec.get("words", ()):
                names[name.lower()] = rec["country"]
        overrides: dict[str, dict[str, str]] = {}
        for rec in read_jsonl(folder / "datelines.jsonl"):
            if "country" in rec:
                places[rec["place"]] = rec["country"]
            fams = {k: v for k, v in rec.items() if k not in ("place", "country", "reason")}
            if fams:
                overrides[rec["place"]] = fams
        families: list[Family] = []
        name_words: dict[str, str] = {}  # word of a currency's name -> family
        explicit: list[str] = []
        for rec in read_jsonl(folder / "currency_families.jsonl"):
            if "explicit" in rec:
                explicit += rec["explicit"]
                continue
            alt = "|".join(re.escape(w) for w in rec["words"])
            # a one-letter symbol ("N" of the naira) only in capitals: case-blind, it
            # would be any n of the amount's words ("billion")
            syms = "".join(
                f"|{re.escape(x)}" if len(x) > 1 else f"|(?-i:{re.escape(x)})"
                for x in rec["symbols"]
            )
            pattern = re.compile(rf"\b(?:{alt})\b{syms}", re.I)
            by_country = rec.get("by_country", True)
            also = frozenset(rec.get("also", ()))
            scaled = rec.get("scaled", "")
            families.append(
                Family(rec["family"], rec["default"], pattern, by_country, also, scaled)
            )
            name_words.update((w, rec["family"]) for w in rec["names"])
        family_of = {}
        for rec in read_jsonl(folder / "currencies.jsonl"):
            for word in re.findall(r"[a-zà-ÿ]+", rec.get("name", "").lower()):
                if word in name_words:
                    family_of[rec["code"]] = name_words[word]
        spans: dict[str, Spans] = {}
        for rec in read_jsonl(folder / "territory_currencies.jsonl"):
            start = date.fromisoformat(rec["from"]) if rec.get("from") else None
            end = date.fromisoformat(rec["to"]) if rec.get("to") else None
            spans.setdefault(rec["territory"].upper(), []).append((rec["code"], start, end))
        alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        # proper nouns: "Saudi", "Kuwait's"; "U.S." and "US" by their own entries
        name_pattern = re.compile(rf"(?<![\w.])(?:{alts})(?![\w])", re.I)
        words = "|".join(re.escape(w) for w in explicit)
        pattern = re.compile(rf"U\.\s?S\.|[A-Z]{{1,3}}\$|\b(?:{words})\b", re.I)
        rows = read_jsonl(folder / "publishers.jsonl")
        publishers = {r["domain"]: r["country"] for r in rows if "domain" in r}
        agencies = {a: r["country"] for r in rows for a in r.get("credits", ())}
        wires = tuple(w for r in rows for w in r.get("wire", ()))
        generic = frozenset(r["tld"] for r in read_jsonl(folder / "generic_domains.jsonl"))
        return cls(
            places, overrides, names, name_pattern, tuple(families), family_of, spans, pattern,
            regions, publishers, generic, agencies, wires,
        )  # fmt: skip

    # ------------------------------------------------------------------ story

    def url_territories(self, url: str) -> frozenset[str]:
        """The country of a web address's country-code domain ("tribune.com.pk": PK), or of
        a known publisher's ".com" ("theglobeandmail.com": CA), or of a national edition's
        folder ("hcamag.com/ca/..."), as a set of one; empty for any other ".com" and for
        a country code used as a generic domain (".tv", ".io")."""
        inner = _MIRRORED.search(url.strip())
        if inner:  # an archive or mirror keeps the original address in its path
            return self.url_territories(inner.group(1))
        m = _HOST.match(url.strip())
        host = m.group(1).rstrip(".").lower() if m else ""
        tld = host.rsplit(".", 1)[-1]
        if len(tld) == 2 and tld.isalpha() and tld not in self.generic_tlds:
            return frozenset({_TLD_TERRITORY.get(tld, tld.upper())})
        labels = host.split(".")
        for k in range(len(labels) - 1):  # "www.theglobeandmail.com", "m.scmp.com"
            country = self.publishers.get(".".join(labels[k:]))
            if country:
                return frozenset({country})
        edition = _EDITION.match(url.strip()[m.end() :] if m else "")
        if edition and edition.group(1).lower() in _EDITIONS:  # "hcamag.com/ca/news/..."
            code = edition.group(1).lower()
            return frozenset({_TLD_TERRITORY.get(code, code.upper())})
        return frozenset()

    def credit_territories(self, text: str) -> frozenset[str]:
        """The country of the national news agency a story credits ("This report by The
        Canadian Press was first published ..."), as a set of one; empty when it credits
        none, or two of different countries."""
        found = frozenset(c for a, c in self.agencies.items() if a in text)
        return found if len(found) == 1 else frozenset()

    def story(self, text: str, published: str = "") -> Story:
        """The story's dateline country, headline countries and date (once per doc)."""
        when = _day(published)
        place = territory = ""
        for m in DATELINE.finditer(text[:DATELINE_CHARS]):
            name = " ".join(m.group("place").split()).rstrip(",")
            if _TICKER.search(m.group(0)):
                continue  # "Orange (ORA.PA) - shares rose": a company and its ticker
            region = self._region(m.group(0)[m.end("place") - m.start() :])
            if region:  # "MELBOURNE, Fla.": the state says the country, whatever the city
                place, territory = f"{name}, {region[0]}", region[1]
                break
            if name.istitle() and name.upper() in self.places:
                name = name.upper()  # the wire's occasional title case: "Ottawa, April 21 -"
            known = self.places.get(name) or self.names.get(name.lower(), "")
            if known or name in self.overrides:
                place, territory = name, known
                break
        if not place:
            place, territory = self._short_dateline(text)
        if not place:
            place, territory = self._press_dateline(text)
        head = text.lstrip()[:HEADLINE_MAX_CHARS].split("\n", 1)[0]
        if DATELINE.match(head):
            head = ""  # no headline: the story opens on its dateline
        wire = bool(place) and any(w in text[:DATELINE_CHARS] for w in self.wires)
        return Story(territory, place, self.countries(head), when, wire)

    def _short_dateline(self, text: str) -> tuple[str, str]:
        """(place, territory) of today's dateline, "OTTAWA — " or "SYDNEY: ", the first on
        the story's first lines; ("", "") when it names no known place (a capitals headline)."""
        m = SHORT_DATELINE.search(text[:DATELINE_CHARS])
        if m is None:
            return "", ""
        name = m.group("place").rstrip(".")
        region = self._region(m.group(0)[m.end("place") - m.start() :])
        known = region[1] if region else self.places.get(name) or self.names.get(name.lower())
        return (name, known) if known else ("", "")

    def _press_dateline(self, text: str) -> tuple[str, str]:
        """(place, territory) of a press release's dateline ("Calgary, Alberta--(Newsfile
        Corp. ...)": Canada, by the province; "WUHAN, China, August 16, 2021 /PRNewswire/");
        ("", "") when its place is unknown."""
        m = PRESS_DATELINE.search(text[:DATELINE_CHARS])
        if m is None:
            return "", ""
        name = " ".join(m.group("place").split())
        parts = m.group("parts")
        region = self._region(parts) if parts else None
        named = [self.names.get(p.strip().lower(), "") for p in parts.split(",")] if parts else []
        known = (
            region[1] if region else next((t for t in named if t), "")
            or self.places.get(name.upper()) or self.places.get(name) or ""
        )
        return (name.upper(), known) if known else ("", "")

    def _region(self, rest: str) -> tuple[str, str] | None:
        """The state or province a dateline writes after its city (", Fla., March 5 -"):
        (as written, territory), or None."""
        for part in rest.split(","):
            part = " ".join(part.split()).rstrip(" -–—")
            country = self.regions.get(part.lower())
            if country:
                return part, country
        return None

    def countries(self, text: str) -> frozenset[str]:
        """Territories a text names by country name or demonym (proper nouns only)."""
        return frozenset(
            self.names[m.group(0).lower()]
            for m in self.name_pattern.finditer(text)
            if m.group(0)[:1].isupper()
        )

    # ------------------------------------------------------------------ amounts

    def localize(self, text: str, money: Money, story: Story, sentence: str) -> tuple[Money, str]:
        """``money`` read from ``text``, with the currency the story's country gives a bare
        word of a family, and where it came from ("dateline", "country" or "")."""
        if self.explicit.search(text) or self.countries(text):
            return money, ""  # "U.S. dlrs", "US$", "British pounds" say which they are
        if story.wire and "$" in text:
            return money, ""  # an international wire writes every other dollar out
        for fam in self.families:
            if not fam.claims(money.currency) or not fam.words.search(text):
                continue
            code = self._dateline_currency(fam.name, story)
            if code:
                return replace(money, currency=code), "dateline"
            for named in (self.countries(sentence), story.headline) if fam.by_country else ():
                codes = {self.currency(t, fam.name, story.when) for t in named} - {None}
                if len(codes) == 1:
                    return replace(money, currency=codes.pop() or money.currency), "country"
                if codes:
                    break  # two countries of the family: the text does not say which
            return money, ""
        return money, ""

    def story_country(
        self, money: Money, named: frozenset[str], when: date | None, written: str = ""
    ) -> tuple[Money, str]:
        """A bare word of a family with no default ("dinars", a Nigerian "N500bn") that its
        sentence, headline and dateline leave open: the currency of the one country of the
        family the story names anywhere ("Kuwait" in the lead, "dinars" three sentences on);
        unchanged (still unknown) when it names none or two. Given the amount as
        ``written``, also a bare word of a family with a default but no dollar ("Rs43
        billion" in a story that names Pakistan and no other rupee country: PKR)."""
        for fam in self.families:
            if not fam.claims(money.currency):
                continue
            if fam.default != UNKNOWN and not (
                written and fam.by_country and fam.words.search(written)
            ):
                continue
            codes = {self.currency(t, fam.name, when) for t in named} - {None}
            if len(codes) == 1:
                return replace(money, currency=codes.pop() or money.currency), "story"
        return money, ""

    def scaled_sign(self, money: Money, written: str) -> tuple[Money, str]:
        """A capital letter glued before a scaled figure that only one currency is written
        with ("P229.57 million": PHP, "N3.9tn": NGN; the family's ``scaled``) when no
        country of the story decided it and no dateline puts it elsewhere; unchanged
        otherwise ("P20" stays unknown)."""
        for fam in self.families:
            if fam.scaled and fam.claims(money.currency) and _SCALED.match(written):
                if fam.words.match(written):
                    return replace(money, currency=fam.scaled), "symbol"
        return money, ""

    def _dateline_currency(self, family: str, story: Story) -> str | None:
        if not story.place:
            return None
        fixed = self.overrides.get(story.place, {}).get(family)
        if fixed:
            return fixed
        return self.currency(story.dateline, family, story.when) if story.dateline else None

    def successor(self, code: str, when: date | None) -> str:
        """The currency that replaced ``code`` by ``when`` in the same family, or "": a
        2011 story's "MXP1.3bn" means the Mexican peso of its day (MXN), as "MXP" ended in
        1992. A code still in use, one of no family (FRF became the euro, no franc) and an
        undated story keep their code."""
        family = self.family_of.get(code)
        if when is None or not family:
            return ""
        users = [(t, s) for t, spans in self.spans.items() for s in spans if s[0] == code]
        if not users or any((s[2] or date.max) >= when for _, s in users):
            return ""
        now = {self.currency(t, family, when) or "" for t, _ in users}
        return now.pop() if len(now) == 1 else ""

    def currency(self, territory: str, family: str, when: date | None) -> str | None:
        """The currency of ``family`` ``territory`` had on ``when`` (None: another family);
        undated, the last of the family it had (FR: FRF, as the euro is no franc)."""
        spans = self.spans.get(territory, [])
        if when is not None:
            live = [s for s in spans if (s[1] or date.min) <= when <= (s[2] or date.max)]
            mine = [s for s in live if self.family_of.get(s[0]) == family]
            # two of the family at once: the newer (Zimbabwe's ZWL, then the US dollar
            # from April 2009, both in CLDR until 2024)
            mine.sort(key=lambda s: s[1] or date.min)
            return mine[-1][0] if mine else None
        mine = [s for s in spans if self.family_of.get(s[0]) == family]
        mine.sort(key=lambda s: (s[2] or date.max, s[1] or date.min))
        return mine[-1][0] if mine else None


# "https://www.perthnow.com.au/news/...": the host's last label, a country code
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^/@]*@)?([^/:?#]+)", re.I)
# an archived or mirrored page: the original address in the path, with its scheme
# ("web.archive.org/web/2019/https://www.smh.com.au/...") or its "www."
# ("mirror.example/www.theaustralian.com.au/...")
_MIRRORED = re.compile(
    r"^(?:[a-z][a-z0-9+.-]*://)?[^/?#:]+(?::\d+)?/(?:[^?#]*?/)??"
    r"(?:https?:/{1,2}|(?=www\.))([^/?#]+\.[^/?#]+.*)",
    re.I,
)
_TLD_TERRITORY = {"uk": "GB"}  # the one country-code domain that is not ISO 3166
# a site's national edition as the first folder of its address ("hcamag.com/ca/...",
# "example.com/au/news"): the English-language editions of the dollar, rupee and rand
# countries and Britain's, whose bare "$" or "Rs" it decides
_EDITION = re.compile(r"/([a-z]{2})(?:/|$)", re.I)
_EDITIONS = word_sets(MODELS_DIR / "money/words.jsonl")["edition_folders"]


def currency_source(text: str, money: Money, lex: Lexicon) -> str:
    """How ``text`` names its currency: "code" ("USD 5 mln"), "symbol" ("$5", "C$5",
    "Rs 500", "SFr 20") or "word" ("5 mln dlrs", "1.1 trillion riyals")."""
    code = money.currency
    if code in lex.codes and re.search(rf"(?<![A-Za-z]){code}(?![a-z])", text):
        return "code"
    if _SIGN.search(text):
        return "symbol"
    before = re.match(r"^(.*?)\d", text)
    prefix = before.group(1).split()[-1:] if before else []
    if prefix and prefix[0].lower() in lex.currencies and prefix[0].lower() not in lex.bare_words:
        return "symbol"  # an alphabetic symbol before the figure: "Rs 500", "SFr 20"
    return "word"


def _day(published: str) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None
