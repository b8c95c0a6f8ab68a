"""Sports clubs named like their towns own transfer money in a sports story, and only
there (``companies/clubs.py``). Stories written for these tests."""

from __future__ import annotations

import pytest

SPORT = (
    "Harrowgate reject third bid\n\n"
    "Harrowgate have rejected a third bid from Kestrel United for their midfielder. "
    "Westmoor want £6m for the striker, the club said, before the transfer window shuts. "
    "Kestrel United said they would not raise their offer of £4m.\n"
)


def _owners(nlp, text: str) -> dict[str, list[str]]:
    return {s.text: [lk.company for lk in s._.links] for s in nlp(text)._.amounts}


@pytest.mark.parametrize(
    ("amount", "owner"),
    [("£6m", "Westmoor"), ("£4m.", "Kestrel United")],
    ids=["town-subject", "club-word-name"],
)
def test_a_club_named_like_its_town_owns_its_money(nlp, amount, owner):
    assert owner in _owners(nlp, SPORT)[amount]


def test_a_town_outside_a_sports_story_is_no_company(nlp):
    text = "Westmoor want £6m for a new leisure centre, the council said on Monday.\n"
    assert _owners(nlp, text) == {"£6m": []}


def test_a_pronoun_is_no_club(nlp):
    text = (
        "The club's chief executive said: \"We have received an £8m bid for the midfielder "
        "and the striker.\" The transfer window shuts on Monday.\n"
    )
    assert "We" not in _owners(nlp, text)["£8m"]


def test_a_town_ner_reads_as_a_person_is_a_club_where_it_acts(nlp):
    """NER calls a club named for its town a person as often as a place ("Blackburn want
    £6m"); in a sports story a town's name that bids or wants is still the club."""
    text = (
        "Midfielder set for move\n\n"
        "It is thought Blackburn want £6m for the midfielder, and the striker is also "
        "wanted by two Premiership clubs before the transfer window shuts.\n"
    )
    assert "Blackburn" in _owners(nlp, text)["£6m"]


def test_a_club_that_launches_a_bid_owns_it(nlp):
    text = (
        "Kestrel United eye striker\n\n"
        "Kestrel United could launch a £35m bid for the striker, the midfielder's club "
        "said, before the transfer window shuts.\n"
    )
    assert "Kestrel United" in _owners(nlp, text)["£35m"]
