"""Later (or earlier) uses of a company name found so far, whatever NER labelled them:
"Britannia Cable Group ... Britannia said" (:func:`alias_mentions`)."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc

from pipeline.companies.mentions import CompanyData, Mention, clean_name
from pipeline.companies.suffixes import LEGAL_SUFFIXES
from pipeline.nlp.doccache import tokens_where


def _forms(name: str, data: CompanyData) -> tuple[set[str], set[str]]:
    """Lowercased ways the article may shorten a company name: its leading words.
    The second set holds the short forms that are plain words ("Jet" of "Jet Airways"):
    they name the company only where a plain word would not be capitalized."""
    words = name.lower().split()
    while len(words) > 1 and words[-1].rstrip(".") in LEGAL_SUFFIXES:
        words.pop()
    forms = {name.lower(), " ".join(words)}
    plain: set[str] = set()
    for k in range(1, len(words)):
        prefix = " ".join(words[:k])
        if len(prefix) < 3:
            continue
        if data.is_company_name(prefix):
            forms.add(prefix)
        elif data.is_company_name(prefix, plain_words=False):
            plain.add(prefix)
    return forms, plain


def _mid_sentence_capital(doc: Doc, i: int) -> bool:
    """Token ``i`` is capitalized where a plain word would not be: inside a sentence,
    not after a line break, in a line of running text (not a headline in capitals)."""
    tok = doc[i]
    if i == 0 or tok.is_sent_start or tok.is_upper or not tok.text[:1].isupper():
        return False
    prev = doc[i - 1]
    return "\n" not in prev.whitespace_ and not prev.is_space and prev.text not in (
        ".", "!", "?", ":", '"', "'", "“", "‘", "(", "-", "--", "—",
    )


def alias_mentions(doc: Doc, known: list[Mention], data: CompanyData, taken: set[int]
                   ) -> list[Mention]:  # fmt: skip
    """Every later (or earlier) use of a known name or of its leading words.

    "Britannia Cable Group ... Britannia said": the short form is the same
    company, whatever label NER gave it there. A form followed or preceded by
    another name word ("Ford Foundation", "Attorney General") is a different name.
    """
    forms: dict[str, int] = {}
    plain: set[str] = set()
    for m in known:
        full, short = _forms(m.name, data)
        for f in full | short:
            forms[f] = len(f.split())
        plain |= short
    plain -= {f for m in known for f in _forms(m.name, data)[0]}
    if not forms:
        return []
    longest = max(forms.values())
    out: list[Mention] = []
    n = len(doc)
    # a form's tokens joined by spaces: its first space-separated word is its first token
    firsts = {f.split(" ")[0] for f in forms}
    done = 0  # tokens before this are read
    for i in tokens_where(doc, LOWER, firsts.__contains__):
        if i < done:
            continue
        tok = doc[i]
        if (
            i in taken
            or not tok.text[:1].isupper()
            or tok.ent_type_ in ("NORP", "PERSON")
            and (tok.lower_ not in forms)
        ):
            continue
        hit, label = 0, "ALIAS"
        for k in range(min(longest, n - i), 0, -1):
            span = doc[i : i + k]
            if any(j in taken for j in range(i, i + k)) or "\n" in span.text:
                continue
            form = " ".join(t.lower_ for t in span)
            if form in forms and (form not in plain or _mid_sentence_capital(doc, i)):
                hit, label = k, "SHORT" if form in plain else "ALIAS"
                break
        if hit:
            end = i + hit
            before = doc[i - 1] if i > 0 else None
            after = doc[end] if end < n else None
            glued = (
                before is not None
                and before.pos_ == "PROPN"
                and before.text[:1].isupper()
                and "\n" not in before.whitespace_
                and before.head.i == i
            ) or (
                after is not None
                and after.pos_ == "PROPN"
                and after.text[:1].isupper()
                and not after.is_upper  # a headline in capitals: the next word is no name
                and "\n" not in doc[end - 1].whitespace_
            )
            if not glued and not opens_place([t.lower_ for t in doc[i : i + 5]], data):
                out.append(Mention(i, end, clean_name(doc[i:end].text), label))
                taken.update(range(i, end))
            done = end
    return out


def opens_place(words: list[str], data: CompanyData) -> bool:
    """Whether ``words`` (lower case) open with a city or region longer than their first
    word ("rio de janeiro", "sao paulo"): the short form is the place's, not a company's."""
    return any(
        " ".join(words[:k]) in data.cities or " ".join(words[:k]) in data.places
        for k in range(2, len(words) + 1)
    )
