"""Data files under models/: one JSON record a line."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("bad", ['{"word": "mln"}\n{"word": \n'], ids=["truncated-line"])
def test_data_error_names_file_and_line(tmp_path, bad):
    from pipeline.errors import InputError
    from pipeline.resources import read_jsonl

    path = tmp_path / "scales.jsonl"
    path.write_text(bad)
    with pytest.raises(InputError) as err:
        read_jsonl(path)
    assert (err.value.source, err.value.record) == (str(path), "2")


def test_data_missing_file_is_an_error_that_says_what_to_do(tmp_path):
    from pipeline.errors import InputError
    from pipeline.resources import read_jsonl

    with pytest.raises(InputError, match="missing; restore it") as err:
        read_jsonl(tmp_path / "places.jsonl")
    assert err.value.reason == "missing"


def test_data_company_lists_need_their_files(tmp_path):
    """A models folder without companies/places.jsonl fails loudly, never with no places."""
    import shutil

    from pipeline.companies.mentions import CompanyData
    from pipeline.errors import InputError
    from pipeline.resources import MODELS_DIR

    shutil.copytree(MODELS_DIR / "companies", tmp_path / "companies")
    (tmp_path / "money").mkdir()
    for name in ("demonyms.jsonl", "places.jsonl", "table_labels.jsonl", "datelines.jsonl"):
        shutil.copy(MODELS_DIR / "money" / name, tmp_path / "money")
    assert CompanyData.from_dir(tmp_path).places
    (tmp_path / "companies" / "places.jsonl").unlink()
    with pytest.raises(InputError, match="places.jsonl"):
        CompanyData.from_dir(tmp_path)


def test_data_word_sets(tmp_path):
    from pipeline.errors import InputError
    from pipeline.resources import word_sets

    path = tmp_path / "words.jsonl"
    path.write_text('# a comment\n{"set": "verbs", "words": ["say", "tell"], "note": "why"}\n')
    words = word_sets(path)
    assert words["verbs"] == {"say", "tell"}
    with pytest.raises(InputError, match='no word list "nouns"'):
        words["nouns"]
    path.write_text('{"set": "verbs", "words": []}\n{"set": "verbs", "words": []}\n')
    with pytest.raises(InputError, match="given twice"):
        word_sets(path)
