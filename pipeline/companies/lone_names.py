"""A one-word name NER calls a person that the article never writes as a person's name
("Euronext is rumoured to have facilities in place to fund a £1.4bn cash bid"): NER's
PERSON tag on a single capitalized word is often a company it does not know. People in news
get a first name somewhere ("Elon Musk", then "Musk") or a title ("Mr Musk", "chairman
Smith"); a word never so written may be taken as a company where the grammar wants one
(the subject of a money verb, ``pipeline/link/rules/parse.py``)."""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc, Token

from pipeline.companies.bounds import PERSON_TITLES

_KEY = "newsfacts_person_words"


def lone_person_word(tok: Token, titles: Set[str]) -> bool:
    """``tok`` is a one-word PERSON entity whose word the article never writes in a
    longer person's name, nor after a title (``titles``: not_companies' "Mr", "President"
    ...; bounds' "chairman", "analyst" ...)."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or ent.label_ != "PERSON" or len(ent) != 1 or not tok.is_title:
        return False
    return tok.lower_ not in _person_words(tok.doc, titles)


def _person_words(doc: Doc, titles: Set[str]) -> frozenset[str]:
    got = doc.user_data.get(_KEY)
    if got is None:
        words = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 for t in e}
        for t in doc[1:]:
            before = doc[t.i - 1].lower_.rstrip(".")
            if t.is_title and (before in titles or before in PERSON_TITLES):
                words.add(t.lower_)
        got = doc.user_data[_KEY] = frozenset(words)
    return got
