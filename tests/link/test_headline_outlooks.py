"""An outlook verb of a capitals wire headline ("FORECASTS", "PREDICTS", "WARNS": headline_verbs
of models/link/words.jsonl) ends the company's name before it. One headline from Reuters-21578
(Reuters Z, in sample), one written for the test."""

from __future__ import annotations

from owned import links_of


def test_an_outlook_verb_ends_a_capitals_headline_name(nlp):
    """ "TESCO FORECASTS PROFITS RISE THIS YEAR" (Reuters-21578 reut2-005.sgm.gz record 5429,
    Reuters Z) names Tesco, not "Tesco Forecasts"; "PREDICTS" the same (written for the
    test)."""
    text = (
        "TESCO FORECASTS PROFITS RISE THIS YEAR\n    LONDON, March 16 - Tesco Plc <TSCO.L> said "
        "in a statement it expects pre-tax profits of 166 mln stg for the year ending "
        "February 28, 1987."
    )
    assert [c for c, _ in links_of(nlp, text, "166 mln stg")] == ["Tesco Plc"]
    text = (
        "KESTREL PREDICTS HIGHER PROFIT\n    LONDON, March 16 - Kestrel Plc said it expects a "
        "pretax profit of 20 mln stg this year."
    )
    assert [c for c, _ in links_of(nlp, text, "20 mln stg")] == ["Kestrel Plc"]
