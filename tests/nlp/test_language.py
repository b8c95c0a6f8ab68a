"""Articles another language claims are skipped with a reason, English ones are read."""

from __future__ import annotations

import pytest

from pipeline.nlp.language import other_language
from pipeline.types import Article, ErrorRow


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le constructeur a annoncé un investissement de 2 milliards d'euros dans son usine.",
            "French",
        ),
        ("Die Bank hat im dritten Quartal einen Gewinn von 1,2 Milliarden Euro erzielt.", "German"),
        (
            "El banco central elevó los tipos de interés para frenar la inflación, dijo ayer.",
            "Spanish",
        ),
        (
            "A Petrobras anunciou nesta sexta-feira um lucro de 5 bilhões de reais no trimestre.",
            "Portuguese",
        ),
    ],
    ids=["French", "German", "Spanish", "Portuguese"],
)
def test_language_other_languages_are_named(text, language):
    found = other_language(text)
    assert found is not None and found[0] == language and found[1] >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "Toyota is set to invest $10 billion in its U.S. manufacturing operations.",
        "GULFLINE WINS $2 BLN ORDER FOR TANKERS",
        "ACME CORP <ACM> 4TH QTR NET\n\nHOUSTON, March 3 - Shr 1.20 dlrs vs 1.10 dlrs\n"
        "    Net 12.5 mln vs 11.4 mln\n    Revs 100 mln vs 90 mln",
        "",
    ],
    ids=["prose", "caps-headline", "wire-table", "empty"],
)
def test_language_english_and_unplaceable_text_is_read(text):
    assert other_language(text) is None


def test_language_skip_is_an_error_row_and_the_rest_is_read(nlp):
    from pipeline.facts import analyse

    french = Article(
        "fr.txt",
        "",
        "Renault investira 2 milliards d'euros dans ses usines françaises, a dit le groupe.",
    )
    english = Article("en.txt", "", "Renault will invest 2 billion euros in its French factories.")
    out = analyse(nlp, [french, english])
    assert isinstance(out[0], ErrorRow) and out[0].reason == "language"
    assert "French" in out[0].message and "fr.txt" in out[0].message
    assert isinstance(out[1], list) and [f.amount_text for f in out[1]] == ["2 billion euros"]
