"""One-word company names spelled like a function word: "Next" (the retailer), "Three".

:meth:`pipeline.companies.mentions.CompanyData.is_company_name` refuses a name made only
of stop words ("next", "more"), as NER often tags a capitalized one ORG at a sentence
start. Where NER tags the word ORG twice or more and the article writes it capitalized
inside a sentence at least once ("Next shares slump", "shares in Next"), it is a name.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

# a quote's first word is capitalized like a sentence's
_OPENERS = frozenset({'"', "'", "“", "‘", ":", "(", "-"})


def named_function_words(doc: Doc) -> frozenset[str]:
    """Stop words the article uses as a name: ORG twice or more, at least once capitalized
    mid-sentence ("Next shares slump" in the headline, then "Shares in Next")."""
    seen: dict[str, int] = {}
    inside: set[str] = set()
    for ent in doc.ents:
        tok = ent[0]
        if ent.label_ != "ORG" or len(ent) != 1 or not tok.is_title or tok.lower_ not in STOP_WORDS:
            continue
        seen[tok.text] = seen.get(tok.text, 0) + 1
        if (
            not tok.is_sent_start
            and tok.i > 0
            and doc[tok.i - 1].text not in _OPENERS
            and "\n" not in doc[tok.i - 1].whitespace_
        ):
            inside.add(tok.text)
    return frozenset(w for w, n in seen.items() if n >= 2 and w in inside)
