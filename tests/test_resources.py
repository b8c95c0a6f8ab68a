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
