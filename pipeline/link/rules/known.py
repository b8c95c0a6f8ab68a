"""Whether the article's lead name is surely a company, before money with no owner
in its sentence is given to it (the ``article-focus`` rule).

NER takes film titles, people and bodies for organizations ("Ocean's Twelve took
$40.8m"); the rule that hands a sentence's ownerless money to the article's lead is
only as good as that lead. A lead counts as a company when the gazetteer knows it, a
wire ticker or legal suffix marks it, its name holds a company word ("Holdings",
"Airlines"), or the article calls it a company ("transport firm Metronet",
"Acme, the carmaker").
"""

from __future__ import annotations

import re

from pipeline.companies.mentions import CORPORATE_WORDS, Mention
from pipeline.companies.not_here import called_a_company
from pipeline.companies.suffixes import LEGAL_SUFFIXES
from pipeline.link.context import DocContext

_MARKED = frozenset({"TICKER", "SUFFIX", "DESCRIBED"})


def surely_company(ctx: DocContext, lead: Mention) -> bool:
    name = ctx.canonical(lead.name)
    if ctx.entry_for(name) is not None or ctx.entry_for(lead.name) is not None:
        return True
    same = [m for m in ctx.mentions if ctx.canonical(m.name) == name]
    if any(m.label in _MARKED for m in same):
        return True
    words = re.findall(r"[\w&'-]+", name.lower())
    if any(
        w in CORPORATE_WORDS or w.rstrip(".") in LEGAL_SUFFIXES or w in ctx.data.name_heads
        for w in words
    ):
        return True
    nouns = ctx.data.ref_nouns
    return any(called_a_company(ctx.doc, m.start, m.end, nouns) for m in same)
