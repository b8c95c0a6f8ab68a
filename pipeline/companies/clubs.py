"""Sports clubs named like their towns: "Blackburn want £6m for the midfielder", "an £8m
bid from Tottenham", "Southampton's offer", "Rovers have offered £500,000".

A club is a company (FACTS.md: it pays and is paid transfer fees), but NER reads a club
named for its town as the town, and the parse rules never make a place an owner. In a
sports story only (``sport_story_words``, two of them), a town's name, or a name
closed by a club's word ("Blackburn Rovers", "Nottingham Forest"), is a club where it
acts in the money: the subject of a verb of bidding, paying, wanting or accepting, the
possessor of a bid, a fee or a player, the one a bid or a move comes "from" or goes
"to", the one a player joins; and then wherever else the story writes that name. Words:
``sport_story_words``, ``club_name_words``, ``club_verbs``, ``club_nouns`` and
``club_join_verbs`` of ``models/companies/words.jsonl``.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from pipeline.companies.mentions import CompanyData, Mention, clean_name
from pipeline.nlp.doccache import tokens_where
from pipeline.resources import MODELS_DIR, word_sets

_WORDS = word_sets(MODELS_DIR / "companies/words.jsonl")
SPORT_WORDS = _WORDS["sport_story_words"]
CLUB_WORDS = _WORDS["club_name_words"]  # "Rovers", "United", "Forest"
CLUB_VERBS = _WORDS["club_verbs"]  # bid, offer, want, accept, pay ...
CLUB_NOUNS = _WORDS["club_nouns"]  # bid, offer, fee, move, deal ...
JOIN_VERBS = _WORDS["club_join_verbs"]  # "joined Rangers"
MIN_SPORT_WORDS = 2  # distinct sport words that make a story a sports story
_SPORTS_KEY = "newsfacts.sports_story"  # Doc.user_data: the answer, asked per amount
CLUB_SECTOR = "consumer"  # FACTS.md: consumer holds media and entertainment, what a club sells
_LABELS = ("GPE", "ORG", "PERSON", "LOC", "FAC", "NORP")


def sports_story(doc: Doc) -> bool:
    """Two distinct words only sports news uses ("midfielder", "premiership"); read once per
    distinct word, and once per doc, as every story and every amount is asked."""
    found = doc.user_data.get(_SPORTS_KEY)
    if found is None:
        words = {doc[i].lower_ for i in tokens_where(doc, LOWER, SPORT_WORDS.__contains__)}
        found = doc.user_data[_SPORTS_KEY] = len(words) >= MIN_SPORT_WORDS
    return bool(found)


def club_sector(doc: Doc) -> str:
    """The industry of a sports story's company that no word of the story, its name or
    the gazetteer places (a club: "Blackburn Rovers", "Inter Milan", the ATP): its
    matches and players are entertainment. '' outside sports stories."""
    return CLUB_SECTOR if sports_story(doc) else ""


def club_mentions(doc: Doc, data: CompanyData, taken: set[int]) -> list[Mention]:
    """Clubs a sports story names like places (NER may leave a town untagged: "Blackburn
    want £6m"), where they act in its money."""
    if not sports_story(doc):
        return []
    # NER reads a club named for its town as a person too ("Blackburn want £6m")
    towns = data.places | data.cities
    candidates = [e for e in doc.ents if e.label_ in _LABELS and (
        _club_like(e) or e.label_ == "PERSON" and e.text.lower() in towns)]
    # a town NER left untagged, or any other name of no common word that bids or pays
    candidates += [doc[t.i : t.i + 1] for t in doc if not t.ent_type_ and t.is_title and (
        t.lower_ in data.places
        or t.lower_ not in data.common_words and not t.is_stop and t.pos_ in ("PROPN", "NOUN")
        and _acts(doc[t.i : t.i + 1]))]
    # a name closed by a club's word is a club ("Nottingham Forest"); a town's, where it acts
    names = {clean_name(e.text) for e in candidates if _acts(e) or _club_named(e)}
    out = []
    for ent in candidates:
        name = clean_name(ent.text)
        if name in names and not any(i in taken for i in range(ent.start, ent.end)):
            out.append(Mention(ent.start, ent.end, name, "CLUB"))
            taken.update(range(ent.start, ent.end))
    return out


def _club_like(ent: Span) -> bool:
    """A town's name, or a name closed by a club's word; a person's name only so closed."""
    if not all(t.text[:1].isupper() for t in ent if t.is_alpha):
        return False
    if ent[-1].lower_ in CLUB_WORDS:
        return True
    return ent.label_ in ("GPE", "ORG", "") and len(ent) <= 2


def _club_named(ent: Span) -> bool:
    return len(ent) >= 2 and ent[-1].lower_ in CLUB_WORDS


def _acts(ent: Span) -> bool:
    """``ent`` bids, pays, wants or accepts; owns a bid, a fee or a player ("Everton's
    Thomas Gravesen"); a bid comes from it or a player moves to or from it; a player
    joins it."""
    root = ent.root
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass"):
        return _lemma(head) in CLUB_VERBS
    if root.dep_ == "poss":
        # "Birmingham's £6m offer" (the parser may hang it on the figure), "Everton's Gravesen"
        return _lemma(head) in CLUB_NOUNS or head.ent_type_ in ("PERSON", "MONEY")
    if root.dep_ == "pobj" and head.lower_ in ("from", "by", "to"):
        return _lemma(head.head) in CLUB_NOUNS | CLUB_VERBS | JOIN_VERBS
    if root.dep_ == "dobj":
        return _lemma(head) in JOIN_VERBS
    return False


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()
