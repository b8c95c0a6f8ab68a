"""A title-case results headline moves its company's figures with a verb NER takes for
part of the name ("Heineken Swings to Profit", "Siemens Widens Loss"), or its results
words for a name of their own ("Record Profits"): the company is the name before the
verb (models/link/words.jsonl headline_moves, common_nouns). Headlines written for the
tests."""

from __future__ import annotations

import pytest

CASES = [
    ("Heineken Swings to Profit\n\nThe brewer said net profit was 900 million euros in the "
     "half.", "Heineken"),
    ("Siemens Widens Loss as Orders Slump\n\nThe group said its net loss was 2 billion "
     "euros.", "Siemens"),
    ("Kestrel Robotics Turns in Record Profits\n\nThe group said net profit rose to 150 "
     "million euros.", "Kestrel Robotics"),
]


@pytest.mark.parametrize(("text", "owner"), CASES, ids=[c[1] for c in CASES])
def test_a_headline_verb_ends_the_company_s_name(nlp, text, owner):
    doc = nlp(text)
    assert [[lk.company for lk in a._.links] for a in doc._.amounts] == [[owner]]
