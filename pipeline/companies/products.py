"""Products and their makers, as the article says them: product names are no companies.

FACTS.md ``company``: a product's price belongs to its maker or seller. NER takes many
product names for organizations ("Sony PSP", "iPod", "Mac"), and a price whose subject
is the product then went to the product's name, or by article focus to a rival. The
article says who makes each one; it is read off the words, since the fast path leaves
most sentences unparsed:

- ``X's P``: "Sony's PSP", "Nintendo's DS handheld", "X's new handheld console, the P";
- ``P ... made by X``: "the P, made by X", "P was launched amid fanfare by X" (``made_verbs``);
- ``X ... launch P``: "X has said it will launch its first handheld console, the P"
  (``launch_verbs``);
- a name ``X P`` whose first words name a company the article also names alone
  ("Apple iPod" beside "Apple").

X is a company mention. A capitalised P from a possessive or a name counts only where
the article shows it is a thing: a product noun after it ("the P console") or "the P",
"its new P" somewhere. A name the gazetteer knows as a company, a place, a word the
article writes in lower case ("Radio" beside "radio") or one ending in a company word
is never a product. Word lists: ``models/link/products.jsonl``.

>>> sorted(_tokens_of("Mac mini"))
['Mac', 'mini']
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from pipeline.companies.mentions import CORPORATE_WORDS, CompanyData, Mention
from pipeline.companies.suffixes import LEGAL_SUFFIXES
from pipeline.nlp.doccache import tokens_where
from pipeline.resources import MODELS_DIR, word_sets

_W = word_sets(MODELS_DIR / "link/products.jsonl")
PRODUCT_NOUNS = _W["product_nouns"]
MADE_VERBS = _W["made_verbs"]
LAUNCH_VERBS = _W["launch_verbs"]
COMPANY_SIGNS = _W["company_signs"]
LEAD_INS = _W["lead_ins"]
AUXILIARIES = _W["auxiliaries"]
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "your", "my"})
_POSSESSIVE = frozenset({"'s", "’s"})
# NER's GPE and DATE tags are often unknown product names ("Xperia" GPE): places are
# checked against the place list instead
_NOT_THINGS = frozenset("NORP MONEY PERCENT QUANTITY CARDINAL ORDINAL LANGUAGE".split())
MAX_NAME = 4  # words of a product's name
LAUNCH_REACH = 5  # words between the company and its launch verb ("has said it will")
LEAD_REACH = 6  # words between a launch verb or possessive and the name


@dataclass(frozen=True, slots=True)
class Product:
    """A product the article names, its maker's mention name and the words that said so."""

    name: str
    maker: str
    evidence: str


def _tokens_of(name: str) -> list[str]:
    return name.split()


def _name_word(tok: Token, *, first: bool) -> bool:
    """A word of a product's name: capitalised, "iPod", or a number after the first word."""
    t = tok.text
    if not t or tok.is_space or tok.is_punct and t != "-":
        return False
    if t[0].isupper() and any(c.isalpha() for c in t):
        return True
    if len(t) > 1 and t[0].islower() and t[1].isupper():  # "iPod", "eMac"
        return True
    return not first and t.isdigit()  # "Xbox 360"


def _run_from(doc: Doc, i: int) -> int:
    """End of the name that starts at ``i`` (``i`` when none does)."""
    j = i
    while j < len(doc) and j - i < MAX_NAME and _name_word(doc[j], first=j == i):
        if j > i and doc[j].is_sent_start:
            break
        j += 1
    while j > i and doc[j - 1].text == "-":
        j -= 1
    return j


def _run_to(doc: Doc, end: int) -> int:
    """Start of the name that ends at ``end`` (exclusive; ``end`` when none does)."""
    i = end
    while i > 0 and end - i < MAX_NAME and _name_word(doc[i - 1], first=False):
        i -= 1
        if doc[i].is_sent_start:
            break
    # a sentence's capitalised "The" is no word of the name ("The Mac Mini was launched")
    while i < end and (doc[i].lower_ == "the" or not _name_word(doc[i], first=True)):
        i += 1
    return i


def _occurrences(doc: Doc, name: str) -> list[int]:
    """Where the words of ``name`` stand in ``doc``, as written."""
    words = _tokens_of(name)
    if not words:
        return []
    return [
        i for i in tokens_where(doc, ORTH, words[0].__eq__)
        if [w.text for w in doc[i : i + len(words)]] == words
    ]  # fmt: skip


def _same(a: str, b: str) -> bool:
    """Two spellings of one maker ("Sony", "Rival Sony")."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


class _Finder:
    """The products of one doc (see the module docstring)."""

    def __init__(self, doc: Doc, mentions: list[Mention], data: CompanyData) -> None:
        self.doc, self.data, self.mentions = doc, data, mentions
        strings = doc.vocab.strings  # the doc's lower-case words, read once per spelling
        self.lower = {
            w for w in (strings[v] for v in set(doc.to_array(ORTH).tolist()))
            if w.isalpha() and w.islower()
        }  # fmt: skip
        self.known = {
            e.text for e in doc.ents if Span.has_extension("company") and e._.company is not None
        }
        self.by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        self.found: dict[str, Product] = {}
        self.clash: set[str] = set()

    def can_be(self, start: int, end: int, maker: str) -> bool:
        """Whether the words may name a product (not a company, a place, a plain word)."""
        if end <= start or end < len(self.doc) and self.doc[end].lower_ == "of":
            return False  # "A Series of Unfortunate Events", "Bank of X": a title, a body
        name = self.doc[start:end].text
        words = [w.lower() for w in _tokens_of(name)]
        data = self.data
        if name == maker or name in self.known or name.lower() in data.places:
            return False
        if self.doc[start].ent_type_ in _NOT_THINGS:  # "German", "March", "2005"
            return False
        if name.lower() in data.stop_names or words[0] in data.titles:
            return False
        if any(w in CORPORATE_WORDS or w.rstrip(".") in LEGAL_SUFFIXES for w in words):
            return False
        if words[-1] in data.name_heads or words[-1] in data.titles:
            return False
        if len(words) == 1 and words[0] in self.lower:  # "Radio" beside "radio"
            return False
        return not self.a_company(name)

    def a_company(self, name: str) -> bool:
        """ "Deutsche's LSE bid", "LSE shares", "the LSE's chief": a company's name."""
        doc, n = self.doc, len(_tokens_of(name))
        for i in _occurrences(doc, name):
            j = i + n + (i + n < len(doc) and doc[i + n].text in _POSSESSIVE)
            if j < len(doc) and doc[j].lower_ in COMPANY_SIGNS:
                return True
        return False

    def a_thing(self, name: str) -> bool:
        """The article shows ``name`` is a thing: "the P", "its new P", "the P console"."""
        doc = self.doc
        n = len(_tokens_of(name))
        for i in _occurrences(self.doc, name):
            if i + n < len(doc) and doc[i + n].lower_ in PRODUCT_NOUNS:
                return True
            before = [t.lower_ for t in doc[max(0, i - 2) : i]]
            if before and before[-1] in _DETERMINERS:
                return True
            if len(before) == 2 and before[-1] in LEAD_INS and before[0] in _DETERMINERS:
                return True
        return False

    def add(self, start: int, end: int, maker: Mention, evidence: tuple[int, int]) -> None:
        name = self.doc[start:end].text
        if not self.can_be(start, end, maker.name):
            return
        old = self.found.get(name)
        if old is not None and not _same(old.maker, maker.name):
            self.clash.add(name)  # two makers claimed: neither is taken
            return
        lo, hi = evidence
        self.found.setdefault(name, Product(name, maker.name, self.doc[lo:hi].text))

    def skip_lead_ins(self, i: int) -> tuple[int, bool]:
        """Past "its first handheld console, the", "new gaming phone, the": (next index,
        whether a product noun was there); a plain word other than a lead-in counts only
        before a product noun ("Sony's chief executive, H" is no product)."""
        doc, noun, plain = self.doc, False, False
        for _ in range(LEAD_REACH):
            if i >= len(doc) or doc[i].is_sent_start and i > 0:
                break
            low = doc[i].text  # as written: a capital "A" opens a title ("X's A Series of")
            if low in (",", "-") and (i + 1 >= len(doc) or doc[i + 1].lower_ not in _DETERMINERS):
                break  # ", the P" is an apposition; ", German car maker X" is not
            if low in PRODUCT_NOUNS:
                noun, plain = True, False
            elif low not in LEAD_INS:
                if not (doc[i].text.isalpha() and doc[i].text.islower()):
                    break
                plain = True
            i += 1
        return (-1, False) if plain else (i, noun)

    def possessives(self) -> None:
        """ "Sony's PSP", "X's new handheld console, the P", "Nintendo's DS handheld"."""
        doc = self.doc
        for m in self.mentions:
            if m.end + 1 >= len(doc) or doc[m.end].text not in _POSSESSIVE:
                continue
            start, noun = self.skip_lead_ins(m.end + 1)
            if start < 0:
                continue
            end = _run_from(doc, start)
            if end > start and (start not in self.by_token or self._plain_name(start, end)):
                named = doc[start:end].text
                after = end < len(doc) and doc[end].lower_ in PRODUCT_NOUNS
                if noun or after or self.a_thing(named):
                    self.add(start, end, m, (m.start, end + after))

    def _plain_name(self, start: int, end: int) -> bool:
        """A mention of exactly these words (NER's "PSP" ORG): still a candidate."""
        m = self.by_token.get(start)
        return m is not None and m.start == start and m.end == end

    def compounds(self) -> None:
        """ "Apple iPod" where the article names "Apple" alone: the product is "iPod"."""
        doc = self.doc
        for m in self.mentions:
            for k in range(1, min(m.end - m.start, MAX_NAME)):
                head = doc[m.start : m.start + k].text
                if not any(o.name == head and o.start != m.start for o in self.mentions):
                    continue
                start, end = m.start + k, m.end
                if not all(_name_word(t, first=t.i == start) for t in doc[start:end]):
                    break  # "Horizon Funding corp", a name across a line break
                named = doc[start:end].text
                after = end < len(doc) and doc[end].lower_ in PRODUCT_NOUNS
                # the maker is a company the gazetteer knows, or a product noun follows:
                # "Republican Congressmen" beside "Republican" is no product
                if (head in self.known or after) and (after or self.a_thing(named)):
                    maker = Mention(m.start, start, head, m.label)
                    self.add(start, end, maker, (m.start, end + after))
                    p = self.found.get(named)
                    if p is not None and p.maker == head:  # "Apple iPod" is the product too
                        whole = doc[m.start : m.end].text
                        self.found.setdefault(whole, Product(whole, head, p.evidence))
                break

    def made_by(self) -> None:
        """ "The Mac Mini was launched amid much fanfare by Apple", "P, made by X"."""
        doc = self.doc
        for by in (doc[i] for i in tokens_where(doc, LOWER, "by".__eq__)):
            m = self._mention_after(by.i + 1)
            if m is None:
                continue
            for v in range(by.i - 1, max(-1, by.i - LEAD_REACH - 1), -1):
                if doc[v].is_sent_start or doc[v].lower_ == "by":
                    break
                if doc[v].lower_ not in MADE_VERBS:
                    continue
                end = v
                while end > 0 and doc[end - 1].lower_ in AUXILIARIES | {","}:
                    end -= 1
                start = _run_to(doc, end)
                if start < end:
                    self.add(start, end, m, (start, m.end))
                break

    def _mention_after(self, i: int) -> Mention | None:
        """The company after "by", past a few lower-case words ("by provider X")."""
        doc = self.doc
        for j in range(i, min(len(doc), i + 4)):
            if j in self.by_token and self.by_token[j].start == j:
                return self.by_token[j]
            if not (doc[j].text.isalpha() and doc[j].text.islower()) or doc[j].is_sent_start:
                return None
        return None

    def launches(self) -> None:
        """ "X has said it will launch its first handheld console, the P"."""
        doc = self.doc
        for v in (doc[i] for i in tokens_where(doc, LOWER, LAUNCH_VERBS.__contains__)):
            if v.i > 0 and doc[v.i - 1].lower_ in AUXILIARIES - {"has", "have"}:
                continue  # "after the Mini was launched, German car maker X": passive
            m = self.maker_before(v.i)
            if m is None:
                continue
            start, _noun = self.skip_lead_ins(v.i + 1)
            if start < 0:
                continue
            end = _run_from(doc, start)
            if end > start and (start not in self.by_token or self._plain_name(start, end)):
                self.add(start, end, m, (m.start, end))

    def maker_before(self, i: int) -> Mention | None:
        """The company mention ending at most LAUNCH_REACH words before ``i`` in its sentence."""
        doc = self.doc
        for j in range(i - 1, max(-1, i - LAUNCH_REACH - 2), -1):
            if j in self.by_token:
                m = self.by_token[j]
                return self.parent(m) if m.label != "PRODUCT" else None
            if doc[j].is_sent_start or doc[j].is_punct or doc[j].text[:1].isupper():
                return None
        return None

    def parent(self, m: Mention) -> Mention:
        """ "Acme Inc's Microcomputer Division unveiled ...", "Acme Inc said its ...
        Division unveiled": the unit's parent makes it."""
        doc, k = self.doc, m.start - 1
        if k > 0 and doc[k].text in _POSSESSIVE and k - 1 in self.by_token:
            return self.by_token[k - 1]
        if k > 0 and doc[k].lower_ in ("its", "their") and not doc[k].is_sent_start:
            for j in range(k - 1, max(-1, k - LAUNCH_REACH - 1), -1):
                if j in self.by_token:
                    return self.by_token[j]
                if doc[j].is_sent_start:
                    break
        return m

    def plurals(self) -> None:
        """ "iPods" beside the product "iPod": the same maker."""
        doc = self.doc
        for name, p in list(self.found.items()):
            for i in _occurrences(self.doc, name + "s") if " " not in name else ():
                self.found.setdefault(doc[i].text, Product(doc[i].text, p.maker, p.evidence))


def find_products(doc: Doc, mentions: list[Mention], data: CompanyData) -> dict[str, Product]:
    """name -> :class:`Product` for every product the article ties to a company mention."""
    finder = _Finder(doc, mentions, data)
    finder.possessives()
    finder.compounds()
    finder.made_by()
    finder.launches()
    for name in finder.clash:
        finder.found.pop(name, None)
    finder.plurals()
    return finder.found


def product_mentions(doc: Doc, mentions: list[Mention], products: dict[str, Product]
                     ) -> list[Mention]:  # fmt: skip
    """``mentions`` and every other "P" the article writes, as a mention labelled PRODUCT
    (its canonical name is the maker's: :class:`pipeline.link.context.DocContext`)."""
    if not products:
        return mentions
    out = list(mentions)
    taken = {i for m in out for i in range(m.start, m.end)}
    for name in products:
        n = len(_tokens_of(name))
        for i in _occurrences(doc, name):
            if not any(j in taken for j in range(i, i + n)):
                out.append(Mention(i, i + n, name, "PRODUCT"))
                taken.update(range(i, i + n))
    return sorted(out, key=lambda m: m.start)


def maker_parts(doc: Doc, mentions: list[Mention], products: dict[str, Product]
                ) -> list[Mention]:  # fmt: skip
    """``mentions`` with each "X P" cut to its maker X: what fullest forms are chosen
    from ("Apple iPod" is no fuller name of "Apple")."""
    out = []
    for m in mentions:
        p = products.get(m.name)
        k = len(_tokens_of(p.maker)) if p is not None and m.name.startswith(p.maker + " ") else 0
        out.append(Mention(m.start, m.start + k, p.maker, m.label) if p and k else m)
    return out
