"""Verbs whose subject decides an amount's kind (FACTS.md "Kind"), read by
:func:`pipeline.link.kinds.read_kind` before the verb's own trigger word; the word lists
are ``models/link/kind_cues.jsonl``.

- "Madonna earned $54.9m", "those earning more than £100,000", "allow people to earn
  $75 an hour": what a person or people earn is pay (``other``: salaries), no company's
  results, though "earn" is a results word for a company;
- "The Grudge cost Sony $10 million to make", "the NP1 cost 50 mln dlrs to develop":
  what a thing cost to make, build or develop is money spent on it (``investment``),
  where "the Mini costs £15,690" alone is a product's price.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from pipeline.link.kind_cues import takings_story
from pipeline.resources import MODELS_DIR, word_sets

_CUES = word_sets(MODELS_DIR / "link/kind_cues.jsonl")
_EARN_VERBS = _CUES["earn_verbs"]
_EARNERS = _CUES["earners"] | _CUES["spenders"]
_MAKE_VERBS = _CUES["make_verbs"]
_SUBJECT = ("nsubj", "nsubjpass")


def people_earn(verb: Token, amount: Token, is_company: Callable[[Token], bool]) -> str | None:
    """``other`` when ``amount`` is what ``verb`` ("earn", "make") says a person or
    people took home, else None."""
    if not _earned_object(amount) or verb.lemma_.lower() not in _EARN_VERBS:
        return None
    earners = _earners(verb)
    if earners and all(_person(t, is_company) for t in earners):
        return "other"
    return None


def _earned_object(amount: Token) -> bool:
    """The verb's object, or what stands for it: "up" in "earning up to £820,000" (tagged
    a particle), "in" in "earning in excess of $234,000" (see :func:`stands_for_amount`)."""
    if amount.dep_ == "dobj":
        return True
    return (amount.dep_ == "prt" and amount.lower_ == "up") or (
        amount.dep_ == "prep" and amount.lower_ == "in"
        and any(c.lower_ == "excess" for c in amount.children)
    )


def stands_for_amount(cur: Token, head: Token) -> bool:
    """Whether ``head`` stands for the amount ``cur`` on the way up to its verb: "up to
    £820,000" parsed as the particle "up" with the amount its object, and "in excess of
    $234,000" (the amount under "of", "of" under "excess", "excess" under "in")."""
    if head.lower_ == "up" and head.dep_ == "prt":
        return cur.dep_ == "pobj" and head.i + 1 < len(head.doc) and head.nbor(1).lower_ == "to"
    if head.lower_ == "of":
        return cur.dep_ == "pobj" and head.head.lower_ == "excess"
    return (cur.lower_, head.lower_) in (("of", "excess"), ("excess", "in"))


def _earners(verb: Token) -> list[Token]:
    """The verb's subject; else the noun it qualifies ("those earning"); else, for "allow
    people to earn" and "the best-paid actor, earning", who the verb above names."""
    subj = [c for c in verb.children if c.dep_ in _SUBJECT]
    if subj:  # "16% of women earn": the women
        return [_of_share(s) for s in subj]
    if verb.dep_ == "acl":
        return [verb.head]
    if verb.dep_ in ("xcomp", "ccomp", "advcl"):
        head = verb.head
        objs = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
        return objs or [c for c in head.children if c.dep_ in _SUBJECT]
    return []


def _of_share(tok: Token) -> Token:
    """ "16% of women", "senior members of staff": the women, the staff; any other
    subject itself."""
    if tok.lower_ in ("%", "pct", "percent", "per cent", "member", "members"):
        for p in tok.children:
            if p.lower_ == "of":
                return next((g for g in p.children if g.dep_ == "pobj"), tok)
    return tok


def _person(tok: Token, is_company: Callable[[Token], bool]) -> bool:
    """A named person no company ("Madonna", "William Hague"), unless the story is of
    box-office takings (a title such as "Ray" may be a name); or a common word for
    people ("women", "those", "she", "the MSP"), not a word of a name ("Spider-Man")."""
    if tok.ent_type_ == "PERSON":
        sent = tok.sent
        return (
            _full_name(tok)
            and not is_company(tok)
            and not takings_story(tok.doc, (sent.start, sent.end))
        )
    if tok.pos_ not in ("NOUN", "PRON"):
        return False
    word = tok.lemma_.lower()
    return word in _EARNERS or tok.lower_ in _EARNERS or (
        tok.lower_.endswith("s") and tok.lower_[:-1] in _EARNERS
    )


def _full_name(tok: Token) -> bool:
    """A first and last name ("Jean Reno"), or a surname the article gave in full before
    ("Gerard Depardieu" ... "Depardieu made"); a lone word the tagger calls a person may
    be a company ("Ina earned 154 mln dlrs from exports")."""
    names = [e for e in tok.doc.ents if e.label_ == "PERSON"]
    own = next((e for e in names if e.start <= tok.i < e.end), None)
    if own is not None and len(own) > 1:
        return True
    return any(len(e) > 1 and e[-1].text == tok.text and e.start < tok.i for e in names)


def cost_to_make(verb: Token) -> str | None:
    """``investment`` when ``verb`` is "cost" with a bare "to make/build/develop" clause
    ("cost $150m to make": its subject is what was made), else None; "it can cost £1,500
    to make a copy" has an object of its own and prices a copy."""
    if verb.lemma_.lower() != "cost":
        return None
    for c in verb.children:
        if (
            c.dep_ in ("xcomp", "advcl")
            and c.i > verb.i
            and c.lemma_.lower() in _MAKE_VERBS
            and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
            and not any(g.dep_ in ("dobj", "prt") for g in c.children)
        ):
            return "investment"
    return None


def industry_pay(span: Span, is_company: Callable[[Token], bool]) -> bool:
    """Whether the amount is money of an industry as a whole (FACTS.md Sector 3), though no
    results: what one person earns ("Jean Reno ..., earning 3.55m Euros": a star's pay in
    the film business) or what a thing cost to make ("cost more than $150m to make": a
    production cost). An income band ("those earning less than $30,000", "16% of women
    earn") is pay of no industry."""
    tok = span.root
    if tok.head.lower_ == "than" and tok.head.head.lower_ in ("more", "less"):
        tok = tok.head.head  # "cost more than $150m": "more" stands for the amount
    verb = tok.head
    if cost_to_make(verb) is not None:
        return True
    if people_earn(verb, tok, is_company) is None:
        return False
    return all(_one_person(t) for t in _earners(verb))


def _one_person(tok: Token) -> bool:
    """A single person ("Depardieu", "the actress", "she"), no group ("those", "women")."""
    if tok.lower_ in ("those", "they", "we", "you") or tok.tag_ in ("NNS", "NNPS"):
        return False
    return tok.ent_type_ == "PERSON" or tok.pos_ in ("NOUN", "PRON")


# A kind word with a noun's ending ("investment", "development", "acquisition") is no
# headline verb: its plural names a company ("Dubai Investments", "Poly Developments")
NOUN_ENDINGS = ("ment", "tion", "sion", "ance", "ence", "ship", "ity")


def headline_kind_verbs(triggers: dict[str, str]) -> frozenset[str]:
    """The one-word triggers of money moving in ("invest", "raise", "buy") that a
    headline writes as its verb ("Acme Invests $5bn"), a name never runs through."""
    return frozenset(
        k
        for k, kind in triggers.items()
        if kind in ("investment", "funding", "deal") and " " not in k
        and not k.endswith(NOUN_ENDINGS)
    )
