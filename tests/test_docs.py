"""The README is what a new user reads: it must match the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.cli import cli
from pipeline.schema import FACT_REPORT_COLUMNS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def test_docs_readme_opens_with_run_and_test():
    first_block = re.search(r"```\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["make run", "make test"]


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_docs_readme_lists_every_command(command):
    assert f"`newsfacts {command} " in README


@pytest.mark.parametrize("column", FACT_REPORT_COLUMNS)
def test_docs_readme_documents_fact_report_column(column):
    assert re.search(rf"^\| [^|]*`{column}`", README, re.M), column


def test_docs_makefile_targets_in_readme_exist():
    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text()
    for target in set(re.findall(r"`make ([a-z-]+)`", README)):
        assert re.search(rf"^{target}:", makefile, re.M), target


def test_docs_ci_runs_make_test():
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    assert "make test" in ci
