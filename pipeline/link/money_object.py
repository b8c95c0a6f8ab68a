"""What an amount pays for: the sector its own object names (FACTS.md Sector, step 1).

The sector closest to an amount in the parse is usually where the money works, but
not when the sentence names other fields beside it: in "cut the Medicaid budget,
which provides health care ..., by $45bn and reduce farm subsidies by $587m" the
nearest field word of the $45bn is "farm"; its own object is "the Medicaid budget,
which provides health care". So the amount's object is read first:

- the noun it is "of", "at", "worth" or in apposition to ("subsidies of $5m", "a
  price basket of 18 dlrs", "the cotton, worth one billion shillings");
- what a verb changes "by" or "to" it: its object, else its subject ("cut the budget
  by $45bn", "the budget rose by $19bn", "the price of gold fell to $413.50");
- what a spending verb spends it "on" ("spent £1,152m on games"), what receives or
  costs it ("homeland security would get an extra $2bn", "the rig costs $5m");
- the good priced by the unit after it ("18 dlrs per barrel", "$413.50 an ounce").

A sector term of ``models/sectors.jsonl`` inside that object decides; else a good or
field the object names that is no sector term elsewhere (``models/link/goods.jsonl``:
"gold", "cotton", "the Pentagon"), so that these words decide only where money pays
for them and never vote for an article's industry.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from pipeline.errors import InputError
from pipeline.link.sectors import SECTORS, SectorHit, closest_sector, plural
from pipeline.resources import MODELS_DIR, read_jsonl, word_sets

_BY_TO = ("by", "to", "from", "at")  # "cut X by $N", "X fell to $N", "X rose from $N"
_OF = ("of", "at", "worth", "for")  # "subsidies of $N", "valued at", "a basket of"
_UNIT_WORDS = ("a", "an", "per")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_BEFORE = ("compound", "poss", "amod", "nmod")
PEOPLE_NOUNS = word_sets(MODELS_DIR / "link/words.jsonl")["people_nouns"]


@dataclass(frozen=True)
class Goods:
    """Good or field (lower-case word or two-word phrase) -> sector; verbs that spend
    money on their "on" object; verbs whose subject gets or costs the money."""

    sectors: dict[str, str]
    spend: frozenset[str]
    receive: frozenset[str]
    value_heads: frozenset[str] = frozenset()  # "price", "budget": named by the words before
    devices: frozenset[str] = frozenset()  # "computer": named above a general noun's price
    price_verbs: frozenset[str] = frozenset()  # "cost": its subject is what is priced

    @classmethod
    def from_file(cls, path: Path) -> Goods:
        sectors: dict[str, str] = {}
        spend: set[str] = set()
        receive: set[str] = set()
        heads: set[str] = set()
        devices: set[str] = set()
        price_verbs: set[str] = set()
        for n, rec in enumerate(read_jsonl(path), 1):
            spend.update(w.lower() for w in rec.get("spend", ()))
            receive.update(w.lower() for w in rec.get("receive", ()))
            heads.update(w.lower() for w in rec.get("value_heads", ()))
            price_verbs.update(w.lower() for w in rec.get("price_verbs", ()))
            if "goods" not in rec:
                continue
            if rec.get("sector") not in SECTORS:
                raise InputError(
                    str(path),
                    f"record {n}",
                    f"unknown sector id {rec.get('sector')!r}; use one of {', '.join(SECTORS)}",
                    "data",
                )
            for word in rec["goods"]:
                word = word.lower()
                head, _, last = word.rpartition(" ")
                sectors[word] = sectors[f"{head} {plural(last)}".strip()] = rec["sector"]
                if rec.get("devices"):
                    devices.update((word, f"{head} {plural(last)}".strip()))
        return cls(
            sectors,
            frozenset(spend),
            frozenset(receive),
            frozenset(heads),
            frozenset(devices),
            frozenset(price_verbs),
        )


def object_heads(span: Span, goods: Goods) -> list[Token]:
    """The nouns ``span`` is the money of (see the module docstring); [] when the
    parse says none."""
    tok = span.root
    head = tok.head
    if head.i == tok.i:
        return []
    if tok.dep_ == "pobj" and head.lower_ in _BY_TO + _OF:
        grand = head.head
        if grand.pos_ in ("NOUN", "PROPN"):
            return [grand]  # "subsidies of $5m", "a price basket of 18 dlrs"
        if grand.lower_ == "worth" and grand.head.pos_ in ("NOUN", "PROPN"):
            return [grand.head]  # "the cotton, worth 1bn shillings"
        if grand.pos_ in ("VERB", "AUX") and head.lower_ in _BY_TO:
            return _children(grand, ("dobj",)) or _children(grand, _SUBJECTS)
        return []
    if tok.dep_ in ("npadvmod", "pobj") and head.lower_ == "worth" and head.head.pos_ == "NOUN":
        return [head.head]  # "the cotton, worth one billion shillings"
    if tok.dep_ == "appos" and head.pos_ == "NOUN":
        return [head]  # "iron ingots ($5)"
    for verb in (c for c in tok.children if c.dep_ == "acl"):  # "the £400m spent on a vaccine"
        if verb.lemma_.lower() in goods.spend:
            return _bought(verb)
    if tok.dep_ == "dobj" and head.pos_ == "VERB":
        lemma = head.lemma_.lower()
        if lemma in goods.spend:  # "spent £1,152m on games"
            return _bought(head)
        if lemma in goods.receive:  # "homeland security would get an extra $2bn"
            return _antecedents(head, _children(head, _SUBJECTS)) or _raised_subject(head)
    return []


def _antecedents(verb: Token, subjects: list[Token]) -> list[Token]:
    """ "machines that cost only £399": a relative pronoun's noun is the one its clause
    hangs on."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return subjects
    return [verb.head if s.tag_ in ("WDT", "WP") else s for s in subjects]


def _raised_subject(verb: Token) -> list[Token]:
    """ "Games for the DS are expected to cost £19": the subject of the verb an
    infinitive completes ("are expected to", "is likely to") is the infinitive's own."""
    tok = verb
    for _ in range(2):  # "is likely to cost": through the adjective to "is"
        if tok.dep_ not in ("xcomp", "acomp"):
            return []
        tok = tok.head
        subjects = _children(tok, _SUBJECTS)
        if subjects:
            return subjects
    return []


def _bought(verb: Token) -> list[Token]:
    """What a spending verb spends "on" or "for", or "buying" ("spend £4bn buying gifts")."""
    out = [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("on", "for")
        for obj in prep.children
        if obj.dep_ in ("pobj", "pcomp")
    ]
    for clause in verb.children:
        if clause.dep_ in ("xcomp", "advcl") and clause.lemma_.lower() in ("buy", "purchase"):
            out += _children(clause, ("dobj",))
    return out


def object_hit(
    span: Span, hits: list[SectorHit], goods: Goods, *, exclude: frozenset[int] = frozenset()
) -> SectorHit | None:
    """The sector the amount's own object names: a sector term inside the object's
    phrase (the closest), else a good it names, else the good priced by the unit
    after the amount. None when it names none. ``exclude``: token indices of names
    (companies, people, places), whose words name no good."""
    phrase = _object_tokens(span, goods) - exclude
    if phrase:
        inside = [h for h in hits if all(i in phrase for i in range(h.start, h.end))]
        chosen = closest_sector(span, inside)
        if chosen is not None:
            return chosen
        doc = span.doc
        named = [
            t.i
            for h in object_heads(span, goods)
            if not _people(h)
            for t in _good_words(h, goods)
            if not _in_long_name(doc, t.i)
        ]
        found = _good(doc, named, goods) or _device_above(span, goods)
        if found is not None:
            return found
    return _unit_good(span, goods)


_UP = 8  # how far up from a price's own noun a device may stand


def _device_above(span: Span, goods: Goods) -> SectorHit | None:
    """ "A desktop computer that ... dubbed best performer in a test of machines that
    cost only £399": a price whose own noun names no good is the price of the device
    noun its clause hangs under (the first device among the noun's heads), never a
    device of another clause."""
    heads = object_heads(span, goods)
    if not heads or _people(heads[0]) or span.root.head.lemma_.lower() not in goods.price_verbs:
        return None
    tok = heads[0]
    for _ in range(_UP):
        if tok.head.i == tok.i or tok.dep_ in ("conj", "ccomp", "advcl", "parataxis"):
            return None
        tok = tok.head
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in goods.devices:
            before = tok.doc[tok.i - 1].lower_ if tok.i else ""
            start = tok.i - 1 if f"{before} {lemma}" in goods.devices else tok.i
            return _hit(tok.doc[start : tok.i + 1], goods.sectors[lemma])
    return None


def _good_words(head: Token, goods: Goods) -> list[Token]:
    """Where an object names its good: the head itself ("the cotton, worth ..."), what
    it is "of" ("the price of gold"), and the words before a price, cost or budget
    ("the Pentagon's budget", "farm subsidies"); not the words before other money
    ("gold and foreign exchange reserves" is a currency reserve, no mining)."""
    out = [head]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            out += [o for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ in _BEFORE and head.lemma_.lower() in goods.value_heads:
            out += [t for t in child.subtree if t.i < head.i]
        elif child.i == head.i - 1 and f"{child.lower_} {head.lemma_.lower()}" in goods.sectors:
            out.append(child)  # "homeland security", "palm oil": one good in two words
    return sorted(out, key=lambda t: t.i)


def _object_tokens(span: Span, goods: Goods) -> set[int]:
    """Token indices of the object phrases (their subtrees, the amount's left out)."""
    own = {t.i for t in span.root.subtree} | set(range(span.start, span.end))
    out: set[int] = set()
    for head in object_heads(span, goods):
        if head.i in own or _people(head):
            continue
        out |= {t.i for t in head.subtree if t.i not in own}
    return out


def _good(doc: Doc, indices: list[int], goods: Goods) -> SectorHit | None:
    """The first good or field word of ``indices`` (two-word phrases first)."""
    table = goods.sectors
    for i in indices:
        tok = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) and i + 1 in indices else None
        if nxt is not None:
            for two in (f"{tok.lower_} {nxt.lower_}", f"{tok.lower_} {nxt.lemma_.lower()}"):
                if two in table:
                    return _hit(doc[i : i + 2], table[two])
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue  # "the present value": an adjective names no good
        for one in (tok.lower_, tok.lemma_.lower()):
            if one in table:
                return _hit(doc[i : i + 1], table[one])
    return None


def _unit_good(span: Span, goods: Goods) -> SectorHit | None:
    """ "18 dlrs per barrel", "$413.50 an ounce": a unit that only one good is sold by."""
    doc = span.doc
    after = [t for t in doc[span.end : span.end + 4] if not t.is_space][:2]
    if len(after) == 2 and after[0].lower_ in _UNIT_WORDS:
        return _good(doc, [after[1].i], goods)
    return None


def _in_long_name(doc: Doc, i: int) -> bool:
    """A word inside a name of several words ("Gold Fields", "the Home Office"); a
    one-word name may be the field itself ("the Pentagon", "Medicare")."""
    nxt = doc[i + 1].ent_iob_ if i + 1 < len(doc) else ""
    return doc[i].ent_iob_ == "I" or nxt == "I"


def _people(head: Token) -> bool:
    """ "factory workers get 60 yuan", "he spent": a person's pay or spending, whose
    sector the object does not say (FACTS.md: a person's money)."""
    return head.lemma_.lower() in PEOPLE_NOUNS or head.pos_ == "PRON" or head.ent_type_ == "PERSON"


def _hit(words: Span, sector: str) -> SectorHit:
    return SectorHit(sector, words.start, words.end, words.text, words.start_char, words.end_char)


def _children(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]
