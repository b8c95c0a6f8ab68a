"""Groups made of states: "the Paris Club group of creditor countries was expected to
freeze 20-30bn rupiah", "a consortium of Gulf governments will lend $2bn".

FACTS.md ``company``: governments are never companies, and neither is a group of them.
The parse rules read the group's name ("Paris Club", a compound on "group") as the
subject's company; the "of" phrase says what the group is made of. The nouns are data
(``state_members`` in ``models/link/owner_words.jsonl``).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.resources import MODELS_DIR, word_sets

STATE_MEMBERS = word_sets(MODELS_DIR / "link/owner_words.jsonl")["state_members"]


def group_of_states(subj: Token) -> bool:
    """Whether ``subj`` is a group whose "of" phrase is states ("group of creditor
    countries", "club of lender governments"); not "a group of banks"."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in STATE_MEMBERS for p in prep.children)
        for prep in subj.children
    ) and subj.lemma_.lower() not in STATE_MEMBERS
