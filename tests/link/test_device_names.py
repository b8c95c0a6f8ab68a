"""Sectors of companies and goods the story does not describe (branch sectors10):
a name ending in the trade it makes ("Servotronics"), a name word that says
broadcasting, and the price of a device the sentence names ("the price of inkjet
printers", "machines that cost only £399" under "A desktop computer that ...").
Sentences are written for these tests or taken from Reuters-21578 records outside
every gold set (reut2-001, reut2-008)."""

from __future__ import annotations

import pytest

from pipeline.link.name_compounds import compound_sector, trade_ending


@pytest.mark.parametrize(
    ("word", "sector"),
    [
        ("servotronics", "electronics"),
        ("audiotronics", "electronics"),
        ("tektronix", "electronics"),
        ("datatronics", "electronics"),
        ("medtronic", ""),  # medical devices: no s or x, no trade ending
        ("tronconi", ""),
    ],
)
def test_a_trade_ending_names_the_trade(word, sector):
    assert trade_ending(word) == sector


def test_a_trade_ending_in_a_hyphened_name():
    assert compound_sector("Scale-Tronix Corp", {}, lambda w: False) == "electronics"


def _sectors(nlp, text):
    return {s.text: s._.sector for s in nlp(text)._.amounts}


@pytest.mark.parametrize(
    ("text", "amount", "sector"),
    [
        # reut2-001: a debt offering of a company its name alone describes
        (
            "Audiotronics Corp said it registered with the Securities and Exchange "
            "Commission to offer five mln dlrs of convertible subordinated debentures due 2002.",
            "five mln dlrs",
            "electronics",
        ),
        (
            "Infinity Broadcasting Corp said first quarter net income rose to 4.1 mln dlrs "
            "from 2.9 mln dlrs a year earlier.",
            "4.1 mln dlrs",
            "consumer",
        ),
        # the price of a device the amount's own noun names
        (
            "The price of laser printers has fallen to as little as £59 this year, "
            "the survey found.",
            "£59",
            "electronics",
        ),
        ("The new handset costs £199 without a contract.", "£199", "electronics"),
        # a general noun's price takes the device its clause hangs under
        (
            "A desktop computer that one magazine named best buy in a review of machines "
            "that cost only £499 has sold well.",
            "£499",
            "electronics",
        ),
    ],
)
def test_sector_of_a_device_or_a_named_trade(nlp, text, amount, sector):
    assert _sectors(nlp, text)[amount] == sector


@pytest.mark.parametrize(
    ("text", "amount", "sector"),
    [
        # a game sold for computers is a consumer good, not the device
        ("UK computer game sales rose to £1.2bn last year.", "£1.2bn", "consumer"),
        # a phone bill is a telecom service: "phone" is no device good
        ("Her monthly phone bill rose to £45.", "£45", ""),
    ],
)
def test_device_words_inside_other_goods(nlp, text, amount, sector):
    assert _sectors(nlp, text)[amount] == sector


def test_a_general_price_without_a_device_keeps_its_own_good(nlp):
    text = "Tickets that cost £45 sold out within an hour of going on sale."
    assert _sectors(nlp, text)["£45"] == "consumer"
