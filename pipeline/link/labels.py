"""Round-ups label each paragraph with its company: "Seatrium: The group on Monday
reported a wider net loss of S$1.7 billion ...", "Singapore Land Group (SingLand): The
real estate company ...", or open each with a different company's name. In such a
paragraph "the group", "the company" and money with no owner belong to the label, not
to the article's lead nor to another company the paragraph names in passing ("the
insurance arm of OCBC")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from pipeline.companies.mentions import CompanyData, Mention, clean_name
from pipeline.companies.venues import exchange_ticker
from pipeline.nlp.doccache import doc_text, sent_of, tokens_where

if TYPE_CHECKING:
    from pipeline.link.context import DocContext


def line_label(ctx: DocContext, tok: Token, *, colon_only: bool = False) -> Mention | None:
    """The company that labels the line holding ``tok``, when ``tok`` comes after it:
    "Name: ..." or "Name (Alias): ..." at the line's start; or, unless ``colon_only``,
    in a round-up whose paragraphs open with different companies, the one opening this
    paragraph ("Dutch Lady Milk Industries Bhd's net profit ... This was despite
    revenue ..."). Else None."""
    doc = ctx.doc
    line = doc_text(doc).rfind("\n", 0, tok.idx) + 1
    m = _openers(ctx).get(line)
    if m is None or m.end > tok.i:
        return None
    if _colon_after(doc, m.end):
        return m
    return m if not colon_only and _roundup(ctx) else None


def _roundup(ctx: DocContext) -> bool:
    """Three or more different companies open paragraphs, names open two thirds of the
    paragraphs or more, mostly different ones: a round-up, not a story about a company
    and its rivals. Read once per doc."""
    cached = ctx.doc.user_data.get(_ROUNDUP)
    if cached is not None and cached[0] is ctx:
        return bool(cached[1])
    openers = list(_openers(ctx).values())
    names = {o.name.lower() for o in openers}
    found = len(names) >= ROUNDUP and 5 * len(names) >= 3 * len(openers)
    if found:  # the title and short headings ("Exchange-Listed Companies") aside
        lines = doc_text(ctx.doc).split("\n")
        paragraphs = sum(1 for line in lines if len(line.split()) > HEADING_WORDS) - 1
        found = 3 * len(openers) >= 2 * paragraphs
    ctx.doc.user_data[_ROUNDUP] = (ctx, found)
    return found


ROUNDUP = 3  # paragraphs opening with different companies that make a round-up
HEADING_WORDS = 6  # a line of this many words or fewer is a heading, not a paragraph
_OPENERS = "newsfacts_paragraph_openers"
_COLONS = frozenset({":", "):"})
_ROUNDUP = "newsfacts_roundup"


def _openers(ctx: DocContext) -> dict[int, Mention]:
    """Line start (character) -> the company mention that opens the line, for lines that
    start a sentence (no wire wrap); read once per doc."""
    doc = ctx.doc
    cached = doc.user_data.get(_OPENERS)
    if cached is not None and cached[0] is ctx:
        return cached[1]
    text = doc_text(doc)
    out: dict[int, Mention] = {}
    for m in ctx.mentions:
        first = doc[m.start].idx
        line = text.rfind("\n", 0, first) + 1
        before = text[line:first].strip()  # "The Toronto-Dominion Bank. (TSX:TD)."
        start = m.start - 1 if before == "The" else m.start
        if line in out or before not in ("", "The") or not doc[start].is_sent_start:
            continue
        if m.label == "PROPN":  # a capitalized subject NER did not call a name
            continue
        if _colon_after(doc, m.end) or m in ctx.topics(sent_of(doc, m.start)):  # about it
            out[line] = m
    doc.user_data[_OPENERS] = (ctx, out)
    return out


def _colon_after(doc: Doc, end: int) -> bool:
    """A colon right after the name, or after a parenthesized alias ("(SingLand):"); or
    the name's exchange ticker and a full stop or nothing after it ("Toronto-Dominion Bank
    (TSX:TD). Financials. Up $1.01 ...": a market report's line per stock)."""
    if end + 1 < len(doc) and doc[end].text == "." and doc[end + 1].text == "(":
        end += 1  # "Bank of Nova Scotia. (TSX:BNS)": a full stop before the ticker
    if end < len(doc) and doc[end].text == "(":
        close = next((i for i in range(end, min(end + 8, len(doc))) if doc[i].text == ")"), None)
        if close is not None and exchange_ticker(doc[end + 1 : close].text):
            return close + 1 >= len(doc) or doc[close + 1].text in (".", ":") or (
                doc[close + 1].is_title and doc[close + 1].pos_ != "VERB"
            )
        end = close + 1 if close is not None else end
    if end < len(doc) and doc[end].text == "(" and end + 2 < len(doc) and doc[end + 2].text == "):":
        return True  # the tokenizer glues "):"
    return end < len(doc) and doc[end].text == ":" and "\n" not in doc[end].text_with_ws


def label_mentions(doc: Doc, data: CompanyData, taken: set[int]) -> list[Mention]:
    """The labels of a round-up's lines, whatever NER made of them: capitalized words
    opening a line and closed by a colon ("Great Eastern: The insurance arm ...") or by
    an exchange ticker ("Harbourline Bank (TSX:HLB). Financials."), that name a company.
    Two or more such lines (NER's names included) make a round-up; one alone may be a
    speaker."""
    found: list[Mention] = []
    lines = 0
    colons = tokens_where(doc, ORTH, _COLONS.__contains__)
    tickers = [i for i in tokens_where(doc, ORTH, "(".__eq__) if _colon_after(doc, i)]
    for i in sorted([*colons, *tickers]):
        tok = doc[i]
        if i == 0:
            continue
        end = i
        if doc[end - 1].text == ")" or tok.text == "):":  # "Singapore Land Group (SingLand):"
            opening = next(
                (k for k in range(end - 1, max(end - 8, 0), -1) if doc[k].text == "("), None
            )
            end = opening if opening is not None else end
        start = end
        while start > 0 and _name_word(doc[start - 1]) and end - start < 6:
            start -= 1
        if start == end or not _line_start(doc, start):
            continue
        name = clean_name(doc[start:end].text)
        # two words or more before a colon are a name even when plain ("Orchid Land:")
        plain = end - start < 2
        if data.is_company_name(name, plain_words=plain) and not name.isupper():
            lines += 1  # a line NER already named counts towards the round-up
            if not any(k in taken for k in range(start, i)):
                found.append(Mention(start, end, name, "LABEL"))
    return found if lines >= 2 else []


def _name_word(tok: Token) -> bool:
    return (
        (tok.text[:1].isupper() or tok.text == "&")
        and not tok.is_space
        and "\n" not in tok.whitespace_
    )


def _line_start(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_
