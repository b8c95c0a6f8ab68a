"""The project's data files: one JSON record a line under ``models/``.

:data:`MODELS_DIR` is the one place that says where they are: the repo's
``models/``, or the folder named by ``NEWSFACTS_MODELS``.

Blank lines and lines starting with ``#`` are skipped, so a data file may carry
a comment header. A malformed line is an :class:`InputError` naming the file and
line, so a hand edit gone wrong says where.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from pipeline.errors import InputError

MODELS_ENV = "NEWSFACTS_MODELS"
MODELS_DIR = Path(os.environ.get(MODELS_ENV, Path(__file__).resolve().parent.parent / "models"))


def read_jsonl(path: Path | str) -> list[dict]:
    """The records of ``path``; a missing file is an error, never an empty list."""
    path = Path(path)
    if not path.exists():
        raise InputError(
            str(path),
            "",
            f"the data file is missing; restore it (git checkout -- {path.name}) "
            f"or point {MODELS_ENV} at a complete models folder",
            "missing",
        )
    records = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise InputError(str(path), str(n), f"not a JSON record: {err}", "json") from err
    return records


class WordSets(dict[str, frozenset[str]]):
    """Named word lists read from one file; asking for a list it lacks is an error."""

    def __init__(self, path: Path, sets: dict[str, frozenset[str]]) -> None:
        super().__init__(sets)
        self.path = path

    def __missing__(self, name: str) -> frozenset[str]:
        hint = f'add a line {{"set": "{name}", "words": [...], "note": "..."}}'
        raise InputError(str(self.path), "", f'no word list "{name}"; {hint}', "data")


def word_sets(path: Path | str) -> WordSets:
    """The word lists of a ``{"set": name, "words": [...], "note": why}`` JSONL file.

    Words are kept as written (lemmas, lower case by convention); a name given
    twice is an error, so two lists never silently merge.
    """
    path = Path(path)
    sets: dict[str, frozenset[str]] = {}
    for rec in read_jsonl(path):
        name = rec["set"]
        if name in sets:
            raise InputError(str(path), name, f'word list "{name}" is given twice', "data")
        sets[name] = frozenset(rec["words"])
    return WordSets(path, sets)
