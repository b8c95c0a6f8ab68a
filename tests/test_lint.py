"""ruff and mypy hold the code clean: the same checks as `make lint`, run by `make test`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@pytest.mark.slow
@pytest.mark.parametrize(
    "command",
    [["ruff", "check", "pipeline", "tests", "scripts"], ["mypy", "pipeline"]],
    ids=["ruff", "mypy"],
)
def test_lint_clean(command):
    tool = BIN / command[0]
    if not tool.exists():
        pytest.fail(f"{tool} is missing: run `make setup` (requirements.lock pins it)")
    done = subprocess.run([str(tool), *command[1:]], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
