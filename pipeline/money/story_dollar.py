"""A bare "$" in a story that writes its own dollar out (FACTS.md: a bare "$" takes the
story's country).

Papers abroad write "A$4.25" for every Australian amount and keep "$" for US dollars;
local news writes its own dollar out once ("NZ$41 million", "CA$32 billion", "SGD 5.5
billion") or beside a US figure and then drops the prefix. Two readings, both from the
article's own writing, never from the publisher:

1. **In the sentence**: a bare "$" or "cents" next to an amount whose dollar is written
   out takes that dollar, the nearest one before it, else after it ("up CA$2.34 to
   close at $38.60 ..., and up US$2.03 to close at $34.10": CAD, then USD;
   "declined 17 cents, or 2.7 percent, to C$6.23": CAD).
2. **In the story**: when the article writes out exactly one dollar other than the US
   one and that dollar is the currency of the country the article names most, its bare
   "$" amounts are that dollar ("NZ$41 million" in a New Zealand story: "$5 a week" is
   NZD); so are they when it names no dollar country at all ("revenue of A$5.3
   billion ... NPAT was $129 million"). Where it writes out two, the one it writes at
   least twice as often counts as its own ("NZ$463 million" again and again, a rival's
   "AU$1.5 billion" once), and another dollar country it names does not stop it when
   the story writes that country's dollar out where it means it. The "A$ everywhere"
   style has no bare "$" for its own dollar, so its "$" stays USD only where no such
   local dollar is written out and named country agrees.
3. **In the headline**: a story that writes no dollar out at all, whose headline names
   one country of a dollar other than the US one and whose text names no other dollar
   country, means that dollar ("Australian asbestos victims" over "cost the company
   $4.5 billion"); not when it converts a "$" amount into another currency in brackets
   ("$560m (£291m)": a paper abroad, whose "$" is the US one).
4. **At the publisher**: a story that names no dollar country and writes out no dollar
   but the US one, published under a country's web domain whose currency is a dollar
   ("perthnow.com.au", "theglobeandmail.ca") or credited to a national news agency
   ("This report by The Canadian Press", unless it says the company reports "in U.S.
   dollars"): a local paper's "$" is its own dollar,
   and it writes "US$" for the other (so naming the US does not undo it; naming another
   dollar country more often than its own does). A third dollar written out ("$A7.1
   billion" in a New Zealand paper) is the paper marking a foreign dollar: its bare "$"
   stays its own where it names its own country. Only when the dump gives the
   article's address.

4b. **In the places it names**: a story that writes no dollar out, whose publisher says
   no country, and whose most-named country (twice or more) has a dollar other than the
   US one, naming no other dollar country: that dollar ("two of Canada's biggest banks").

4c. **Beside written US dollars**: a story that writes only "US$" out and leaves its
   other amounts a bare "$", and that names one dollar country other than the US most
   (more often than the US), means that country's dollar.

5. **Converted into US dollars**: a story that gives a bare "$" amount its US-dollar
   value in brackets ("Value: $1.25 billion (US$1 billion)") says its "$" is another
   dollar: that of the dollar country it names most ("B.C.", "Canadian").

6. **No dollar at all**: bare cents in a story that writes no "$" or dollar anywhere,
   all of whose other amounts are in one currency that counts in cents (not the pound:
   pence), are that currency's cents ("80 cents
   per share" among "R340 million" and "R140 million": ZAR); so are cents the story
   converts into "$" ("936.2 cents ($0.5539)" beside "71.91 billion rand").

None of rules 2 to 5 reads a story whose dateline credits an international wire
("HSINCHU, Taiwan (AP) -", "SAO PAULO (Reuters) -"): the wires write every dollar but
the US one out ("NT$", "C$"), so their bare "$" is the US dollar (``publishers.jsonl``).

A bare figure the story also writes with its dollar ("$52.5 million" in the headline,
"AU$52.5 million" in the body) takes that dollar. Each decision records
``currency_source`` "story".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span

from pipeline.money.local import STORY_DATE, STORY_URL, LocalCurrencies, _day
from pipeline.nlp.doccache import doc_text, sent_of
from pipeline.resources import MODELS_DIR, word_sets
from pipeline.types import Money

_BARE = re.compile(r"(?<![A-Za-z])\$|\bcents?\b|\bdollars?\b|¢", re.I)
# "NZ$", "C$", "aud$", "US $", "SGD", "USD"; not a word before a spaced "$" ("almost $3.5bn")
# "$US778.7 million": the Australian papers' way of writing the US dollar out
_WRITTEN_OUT = re.compile(r"\b[A-Za-z]{1,3}\$|\b[A-Z]{2,3}\s\$|\b[A-Z]{3}\b|\$\s?US(?![a-z])")
DOLLAR = "dollar"
# a bare "$" amount with its value in another currency in brackets right after it
_CONVERTED = re.compile(
    r"(?<![A-Za-z])\$\s?\d[\d.,]*\s*(?:[mb]n|m|bn|million|billion|trillion)?\s*"
    r"[(\[]\s*(?:[£€¥]|[A-Za-z]{1,3}\$|[A-Z]{3}\b|\d[\d.,]*\s*(?:pounds|euros?|yen))"
)


def is_bare_dollar(text: str, money: Money) -> bool:
    """ "$5", "17 cents", "5 dollars": a dollar the text does not name."""
    return money.currency == "USD" and bool(_BARE.search(text)) and not _WRITTEN_OUT.search(text)


def story_dollars(
    local: LocalCurrencies, doc: Doc, found: list[tuple[Span, Money]]
) -> list[tuple[Span, Money]]:
    """``found`` with bare dollars read as the sentence's or the story's own dollar;
    ``Span._.currency_source`` becomes "story" where this module decided."""
    text = doc_text(doc)
    written = [
        (span, money)
        for span, money in found
        if local.family_of.get(money.currency) == DOLLAR
        and not is_bare_dollar(span.text, money)
        and span._.currency_source in ("symbol", "code")
    ]
    bare = [
        (span, money)
        for span, money in found
        if span._.currency_source in ("symbol", "word") and is_bare_dollar(span.text, money)
    ]
    # "3.1bn Australian dollars ($2.3bn; £1.8bn)" converts a dollar written in words too
    named = [
        (span, money)
        for span, money in found
        if local.family_of.get(money.currency) == DOLLAR
        and span._.currency_source == "word"
        and money.currency != "USD"
    ]
    conversions = {id(span) for span, _ in bare if converts(text, span, [*written, *named])}
    # a story that converts its own dollar into a bare "$" ("A$3.1bn ($2.4bn)") means
    # the US dollar by "$"
    when = _day(doc.user_data.get(STORY_DATE, ""))
    url = doc.user_data.get(STORY_URL, "")
    # an international wire's dateline ("(AP)"): its bare "$" is the US dollar
    free = not conversions and not local.story(text).wire
    own = _story_dollar(local, text, written, when, url) if free else ""
    if not own and free and bare:
        own = _publisher_dollar(local, text, written, url, when)
    if not own and free and bare and not written:
        own = _named_dollar(local, text, url, when)
    if not own and free and bare and written and not local.url_territories(url):
        own = _beside_us_dollars(local, text, written, when)
    to_us = {id(b) for b, _ in bare if _to_us(text, b, written)}  # "$1.25bn (US$1bn)"
    if not own and free and to_us:
        own = _converted_to_us(local, text, written, when)
    cents = "" if own else _cents_currency(text, found, bare)
    out = []
    for span, money in found:
        code = ""
        if (span, money) in bare and id(span) not in conversions:
            code = "" if id(span) in to_us else _in_sentence(doc, span, written)
            code = code or _same_figure(money, written) or own
            code = code or (cents if _CENTS.fullmatch(_figure_words(span.text)) else "")
        if code and code != money.currency:
            span._.currency_source = "story"
            money = replace(money, currency=code)
        out.append((span, money))
    return out


_CENTS = re.compile(r"cents?|c|¢", re.I)
# "The company, which keeps its books in U.S. dollars": an agency's story of a company
# that reports in US dollars
_US_BOOKS = re.compile(r"\bU\.?S\.? dollars\b", re.I)
_CENT_CURRENCIES = frozenset(
    w.upper() for w in word_sets(MODELS_DIR / "money/words.jsonl")["cent_currencies"]
)
_CONVERTED_CENTS = re.compile(r"\s*\(\s*(?:US)?\$\s?\d")  # "936.2 cents ($0.5539)"
_DOLLAR_WORDS = re.compile(r"\$|\bdollars?\b|\bdlrs?\b", re.I)
_BRACKETED_DOLLARS = re.compile(r"[(\[]\s*(?:US)?\$\s?\d[^()\[\]]*[)\]]")  # "($168 million)"


def _figure_words(text: str) -> str:
    """ "80 cents" -> "cents": the amount's words after its figure."""
    return re.sub(r"^[^\d]*[\d.,\s]+", "", text).strip()


def _cents_currency(text: str, found: list[tuple[Span, Money]], bare: list) -> str:
    """ "80 cents per share" in a story that writes no dollar at all and all of whose
    other amounts are in one currency ("R340 million", "R11,87 million"): that
    currency's cents (a rand's, a euro's), not the US dollar's. So too where the story
    gives its cents their value in "$" ("936.2 cents ($0.5539)" beside "71.91 billion
    rand"), or writes "$" only to convert ("2.7 billion rand ($168 million)"): cents
    converted into dollars are no dollar's cents."""
    converted = any(
        _CONVERTED_CENTS.match(text, s.end_char) for s, m in bare
        if _CENTS.fullmatch(_figure_words(s.text))
    )
    if _DOLLAR_WORDS.search(_BRACKETED_DOLLARS.sub("", text)) and not converted:
        return ""  # a dollar outside the brackets that convert ("2.7 billion rand ($168m)")
    codes = {m.currency for s, m in found if (s, m) not in bare}
    return codes.pop() if len(codes) == 1 and codes <= _CENT_CURRENCIES else ""


def converts(text: str, span: Span, written: list[tuple[Span, Money]]) -> bool:
    """ "A$3.1bn ($2.4bn; £1.25bn)": a bare amount in brackets right after a written-out
    one is its conversion into another currency."""
    return any(
        w.end_char <= span.start_char
        and re.fullmatch(r"\s*[(\[]\s*", text[w.end_char : span.start_char]) is not None
        for w, _ in written
    )


def _same_figure(money: Money, written: list[tuple[Span, Money]]) -> str:
    """ "$52.5 million" in the headline, "AU$52.5 million" in the body: the one dollar
    the story writes out for the same figure."""
    codes = {m.currency for _, m in written if m.amount == money.amount}
    return codes.pop() if len(codes) == 1 else ""


def _in_sentence(doc: Doc, span: Span, written: list[tuple[Span, Money]]) -> str:
    sent = sent_of(doc, span.start)
    same = [(s, m) for s, m in written if sent.start <= s.start < sent.end]
    before = [m.currency for s, m in same if s.end <= span.start]
    after = [m.currency for s, m in same if s.start >= span.end]
    return before[-1] if before else (after[0] if after else "")


def _story_dollar(
    local: LocalCurrencies,
    text: str,
    written: list[tuple[Span, Money]],
    when: date | None,
    url: str = "",
) -> str:
    local_dollars = {m.currency for _, m in written if m.currency != "USD"}
    if not local_dollars and not written:
        return _headline_dollar(local, text, when)
    paper = _paper_dollar(local, url, when)
    if len(local_dollars) > 1 and paper in local_dollars:
        return paper  # a Singapore paper's "A$1.8 million or S$2.3 million": "$" is S$
    if len(local_dollars) > 1:  # "NZ$463 million" five times, "AU$1.5 billion" of a rival
        counts = Counter(m.currency for _, m in written if m.currency != "USD")
        (top, n), (_, second) = counts.most_common(2)
        local_dollars = {top} if n >= 2 * second else local_dollars
    if len(local_dollars) != 1:
        return ""
    named = Counter(
        local.names[m.group(0).lower()]
        for m in local.name_pattern.finditer(text)
        if m.group(0)[:1].isupper()
    )
    if not any(local.currency(t, DOLLAR, when) for t in named):
        # "revenue of A$5.3 billion ... NPAT was $129 million": no dollar country says
        # otherwise, so the one dollar written out
        return next(iter(local_dollars))
    top, most = named.most_common(1)[0]
    others = [t for t in named if t != top and local.currency(t, DOLLAR, when)]
    spelled = {m.currency for _, m in written}  # "AU$1.5 billion", "US$40m"
    if any(
        local.currency(t, DOLLAR, when) not in spelled and (t == "US" or 2 * named[t] > most)
        for t in others
    ):
        return ""  # another dollar country named (the US at all, another half as often or
        # more) whose dollar the story never writes out: it does not say which "$" is which
    code = local.currency(top, DOLLAR, when)
    return code if code in local_dollars else ""


def _paper_dollar(local: LocalCurrencies, url: str, when: date | None) -> str:
    """The dollar of the country of the story's web address, if it has one."""
    territories = local.url_territories(url)
    return local.currency(next(iter(territories)), DOLLAR, when) or "" if territories else ""


def _headline_dollar(local: LocalCurrencies, text: str, when: date | None) -> str:
    """A story that writes no dollar out, whose headline names one country of a dollar
    other than the US one and whose text names no other dollar country ("Australian
    asbestos victims ... cost the company $4.5 billion"): its "$" is that dollar."""
    if _CONVERTED.search(text):
        return ""  # "$560m (£291m)": written for readers abroad, whose "$" is the US one
    if "\n" not in text.strip():
        return ""  # one line: no headline of its own
    story = local.story(text)
    if len(story.headline) != 1:
        return ""
    (country,) = story.headline
    code = local.currency(country, DOLLAR, when)
    if not code or code == "USD":
        return ""
    named = local.countries(text)
    if any(t != country and local.currency(t, DOLLAR, when) for t in named):
        return ""
    return code


def _to_us(text: str, span: Span, written: list[tuple[Span, Money]]) -> bool:
    """ "$1.25 billion (US$1 billion)": a bare amount its US-dollar value follows in
    brackets."""
    return any(
        m.currency == "USD"
        and w.start_char >= span.end_char
        and re.fullmatch(r"\s*[(\[]\s*", text[span.end_char : w.start_char]) is not None
        for w, m in written
    )


def _converted_to_us(
    local: LocalCurrencies, text: str, written: list[tuple[Span, Money]], when: date | None
) -> str:
    """A story that converts a bare "$" into US dollars: its "$" is the dollar of the
    dollar country other than the US it names most, if any."""
    named = _named_outside(local, text, written)
    for territory, _ in named.most_common():
        code = local.currency(territory, DOLLAR, when)
        if code and code != "USD":
            return code
    return ""


def _publisher_dollar(
    local: LocalCurrencies,
    text: str,
    written: list[tuple[Span, Money]],
    url: str,
    when: date | None,
) -> str:
    """A local paper's dollar: the currency of its web domain's country when it is a
    dollar other than the US one and the story names no other dollar country more often
    than its own; where it writes out another dollar ("$A7.1 billion"), only when it names
    its own country."""
    territories = local.url_territories(url) or (
        frozenset() if _US_BOOKS.search(text) else local.credit_territories(text)
    )
    if not territories or _CONVERTED.search(text):
        return ""
    (territory,) = territories
    code = local.currency(territory, DOLLAR, when)
    if not code or code == "USD":
        return ""
    # another dollar written out ("$A7.1 billion" in a New Zealand paper): the paper
    # marks the foreign dollar, its bare "$" stays its own if it names its own country
    foreign = any(m.currency not in (code, "USD") for _, m in written)
    named = _named_outside(local, text, written)
    # the US named ("US demand", "a US rival") leaves it: such a paper writes "US$" for
    # the US dollar; another local dollar's country named more often than the paper's
    # own, and more than once, makes the story the world's ("its Australian rival" once
    # in a New Zealand paper's story does not, nor "Barbados' debt" once in a Trinidad
    # paper's that calls its country "TT")
    if any(
        t not in (territory, "US")
        and local.currency(t, DOLLAR, when)
        and n > max(named[territory], 1)
        for t, n in named.items()
    ) or (foreign and not named[territory]):
        return ""
    if not named[territory] and any(
        n >= 2 for t, n in named.items() if t not in (territory, "US")
    ):
        return ""  # wire copy from abroad: "The Swiss bank ... Switzerland", never Taiwan
    return code


def _named_dollar(local: LocalCurrencies, text: str, url: str, when: date | None) -> str:
    """The dollar of the country a story is about, when it writes no dollar out and its
    publisher says no country: the country it names most (at least twice, more often
    than any other) when that country's dollar is not the US one and the story names no
    other dollar country, the US included ("Profits were up ... at two of Canada's
    biggest banks ... RBC said it earned $3.95 billion": CAD). An Indian story that
    names Singapore twice keeps the US dollar: it names India more."""
    if local.url_territories(url) or local.credit_territories(text) or _CONVERTED.search(text):
        return ""  # the publisher's rule has spoken; "$560m (£291m)": written for abroad
    named = _named_outside(local, text, [])
    return _most_named_dollar(local, named, when, least=2, us_too=False)


def _beside_us_dollars(
    local: LocalCurrencies, text: str, written: list[tuple[Span, Money]], when: date | None
) -> str:
    """A story that writes only the US dollar out ("hedged at US$70.5 a barrel") and
    leaves its other amounts a bare "$" means by "$" another dollar: that of the country
    it names most, when it names it more often than the US and no other dollar country
    ("Air New Zealand has posted ... a $214 million after-tax profit": NZD)."""
    if any(m.currency != "USD" for _, m in written) or _CONVERTED.search(text):
        return ""
    named = _named_outside(local, text, written)
    return _most_named_dollar(local, named, when, least=1, us_too=True)


def _most_named_dollar(
    local: LocalCurrencies, named: Counter[str], when: date | None, *, least: int, us_too: bool
) -> str:
    """The dollar, not the US one, of the country ``named`` counts most (``least`` times
    or more, more often than any other), when no other dollar country is named (the US
    may be, less often, where ``us_too``); else ""."""
    ranked = named.most_common()
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    code = local.currency(ranked[0][0], DOLLAR, when)
    others = [
        t for t, _ in ranked[1:] if (t != "US" or not us_too) and local.currency(t, DOLLAR, when)
    ]
    return code if code and code != "USD" and not others else ""


def _named_outside(
    local: LocalCurrencies, text: str, written: list[tuple[Span, Money]]
) -> Counter[str]:
    """Territory -> times the story names it, outside its written dollars ("US$40m"
    names no country)."""
    inside = [(s.start_char, s.end_char) for s, _ in written]
    return Counter(
        local.names[m.group(0).lower()]
        for m in local.name_pattern.finditer(text)
        if m.group(0)[:1].isupper() and not any(a <= m.start() < b for a, b in inside)
    )
