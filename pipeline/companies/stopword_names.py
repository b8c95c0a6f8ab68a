"""One-word company names spelled like a function word: "Next" (the retailer), "Three".

:meth:`pipeline.companies.mentions.CompanyData.is_company_name` refuses a name made only
of stop words ("next", "more"), as NER often tags a capitalized one ORG at a sentence
start. Where the article writes the word capitalized inside its sentences and NER tags
it ORG twice or more ("sales at existing Next stores", "Next said"), it is a name.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

# a quote's first word is capitalized like a sentence's
_OPENERS = frozenset({'"', "'", "“", "‘", ":", "(", "-"})


def named_function_words(doc: Doc) -> frozenset[str]:
    """Stop words the article uses as a name: capitalized mid-sentence, ORG twice or more."""
    seen: dict[str, int] = {}
    for ent in doc.ents:
        tok = ent[0]
        if (
            ent.label_ == "ORG"
            and len(ent) == 1
            and tok.is_title
            and tok.lower_ in STOP_WORDS
            and not tok.is_sent_start
            and tok.i > 0
            and doc[tok.i - 1].text not in _OPENERS
            and "\n" not in doc[tok.i - 1].whitespace_
        ):
            seen[tok.text] = seen.get(tok.text, 0) + 1
    return frozenset(w for w, n in seen.items() if n >= 2)
