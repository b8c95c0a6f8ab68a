"""A wire's instrument code after a name is never the owner (``companies/tickers.py``):
written for these tests, in the 1987 wire's and Dow Jones's forms."""

from __future__ import annotations

from owned import links_of


def test_an_amsterdam_code_in_angle_brackets_leaves_the_name_the_owner(nlp):
    text = (
        "AMSTERDAM, April 13 - Nedlloyd Groep NV <NEDL.AS> said it plans a 150 mln guilder "
        "bond issue."
    )
    assert [c for c, _ in links_of(nlp, text, "150 mln guilder")] == ["Nedlloyd Groep NV"]
