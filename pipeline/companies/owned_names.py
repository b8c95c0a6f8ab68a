"""Names that own what only a company has: "Manchester United's board", "Manchester
United shares rose". The small English model often calls such a club or firm a
person or a place; the article's own words say it is a company (the words are data:
``models/companies/refer_words.jsonl``, types ``called_possessed`` and ``called_after``;
``models/companies/words.jsonl`` ``held_nouns`` and ``firm_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.resources import MODELS_DIR, word_sets

_POSSESSIVE = ("'s", "\u2019s")


def owns_company_things(
    doc: Doc, ent: Span, possessed: frozenset[str], after: frozenset[str]
) -> bool:
    """ "X's board", "X's shareholders" (``possessed``); for a name NER calls a person
    also "X shares" (``after``): a place's shares are its market's ("Hong Kong shares
    rose")."""
    end = ent.end - 1 if ent[-1].lower_ in _POSSESSIVE else ent.end
    if end < len(doc) - 1 and doc[end].lower_ in _POSSESSIVE:
        return doc[end + 1].lower_ in possessed
    nxt = doc[end] if end < len(doc) else None
    return ent.label_ == "PERSON" and nxt is not None and nxt.lower_ in after


_WORDS = word_sets(MODELS_DIR / "companies/words.jsonl")
_SHARE_NOUNS = _WORDS["held_nouns"]
_APPOSED_DETS = frozenset({"the", "a", "an"})
# nouns no person is called: a two-word "person" set beside one is a firm's name
_FIRM_NOUNS = _WORDS["firm_nouns"]


def described_or_held(doc: Doc, ent: Span, nouns: frozenset[str]) -> bool:
    """ "Solidere, the Lebanese company founded by ...", "Shares in Solidere fell": a name
    set beside a company noun (``nouns``: "company", "firm", "bank") within its first
    four words, or whose shares are held, is a company's whatever NER called it."""
    end = ent.end
    if ent.label_ == "PERSON" and len(ent) > 1:
        nouns = nouns & _FIRM_NOUNS  # "Virgil Rosendale, a pork producer": a person
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in _APPOSED_DETS:
        words = 0  # "a Nigerian power-generating firm": a hyphened word counts once
        for tok in doc[end + 2 : min(end + 10, len(doc))]:
            joined = tok.text == "-" and not doc[tok.i - 1].whitespace_
            if tok.is_punct and not joined:
                break  # a clause ends; "a California-based company" runs on
            words += not (joined or doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_)
            if words > 4:
                break
            if tok.pos_ == "NOUN" and tok.is_lower and tok.lemma_ in nouns:
                return True
    if ent.start < 2:
        return False
    return doc[ent.start - 2].lower_ in _SHARE_NOUNS and doc[ent.start - 1].lower_ in ("in", "of")
