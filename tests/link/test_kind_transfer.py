"""A player's transfer fee is a deal in a sports story, and only there
(``pipeline/link/kind_transfer.py``). Stories written for these tests."""

from __future__ import annotations

import pytest

SPORT = (
    "Westmoor sign striker\n\n"
    "The striker joined Westmoor from Harrowgate for £1.2m in July. He had been a £4.8m "
    "signing from Kestrel United two seasons ago, and since that move the midfielder has "
    "rarely played. Harrowgate's offer was rejected, with the fee rising to £2.2m. "
    "Kestrel United still owe the club £3m from an earlier purchase. The winger was fined "
    "£2,000 by the league. The club will give the £25,000 tournament fee to charity, and the "
    "keeper, Chelsea's £6m goalkeeper, stays.\n"
)


def _kinds(nlp, text: str) -> dict[str, str]:
    return {s.text.rstrip("."): s._.kind for s in nlp(text)._.amounts}


@pytest.mark.parametrize("amount", ["£1.2m", "£4.8m", "£2.2m", "£6m"],
                         ids=["joined-for", "a-signing", "the-fee-rising", "a-player"])  # fmt: skip
def test_a_transfer_fee_is_a_deal(nlp, amount):
    assert _kinds(nlp, SPORT)[amount] == "deal"


@pytest.mark.parametrize(("amount", "kind"), [("£3m", "other"), ("£2,000", "other"),
                                              ("£25,000", "other")],
                         ids=["debt", "fine", "tournament-fee"])  # fmt: skip
def test_other_money_in_a_sports_story_keeps_its_kind(nlp, amount, kind):
    assert _kinds(nlp, SPORT)[amount] == kind


def test_a_move_outside_a_sports_story_is_not_a_transfer(nlp):
    text = "The company joined the index in July after a £1.2m move into new offices.\n"
    assert _kinds(nlp, text)["£1.2m"] != "deal"


SIDES = (
    "Westmoor complete deal for striker\n\n"
    "The striker joined Westmoor from Harrowgate for £1.2m in the close season, and the "
    "midfielder moved to Kestrel United for £2.5m from Harrowgate. Harrowgate accepted a £3m "
    "offer from Westmoor for the winger. The Premiership club also agreed a £2m deal for "
    "Harrowgate's Tom Barrow.\n"
)


@pytest.mark.parametrize(
    ("amount", "clubs"),
    [("£1.2m", {"Westmoor", "Harrowgate"}), ("£2.5m", {"Kestrel United", "Harrowgate"}),
     ("£3m", {"Westmoor", "Harrowgate"}), ("£2m", {"Harrowgate"})],
    ids=["joined-from", "moved-to-from", "offer-from", "deal-for-player"],
)  # fmt: skip
def test_a_transfer_belongs_to_both_clubs(nlp, amount, clubs):
    """FACTS.md: a deal belongs to both sides; the player is neither."""
    owners = {s.text.rstrip("."): {lk.company for lk in s._.links}
              for s in nlp(SIDES)._.amounts}  # fmt: skip
    assert clubs <= owners[amount], owners
    assert "Tom Barrow" not in owners[amount] and "Barrow" not in owners[amount]


def test_a_club_the_player_joins_pays_and_the_one_he_leaves_is_paid(nlp):
    (span, *_) = nlp(SIDES)._.amounts
    roles = {lk.company: lk.role for lk in span._.links}
    assert roles.get("Westmoor") == "payer" and roles.get("Harrowgate") == "payee", roles
