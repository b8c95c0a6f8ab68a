"""What the linker gave one amount of a text, for the owner tests of this folder."""

from __future__ import annotations


def links_of(nlp, text: str, amount: str) -> list[tuple[str, str]]:
    """(company, rule) of each link of the first amount whose words hold ``amount``."""
    doc = nlp(text)
    for span in doc._.amounts:
        if amount in span.text:
            return [(link.company, link.rule) for link in span._.links]
    raise AssertionError(f"no amount {amount!r} in {[s.text for s in doc._.amounts]}")
