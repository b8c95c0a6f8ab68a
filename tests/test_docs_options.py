"""README, --help and the commands in step, option by option."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from pipeline.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
# The README section that documents each command's options.
SECTIONS = {
    "serve": "Web view and exports",
    "export": "Web view and exports",
    "schema": "Web view and exports",
    "bench": "Benchmark",
}


def _section(command: str) -> str:
    title = SECTIONS.get(command, command)
    match = re.search(rf"^#+ {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.S | re.M)
    assert match, f"README has no section '{title}' for `newsfacts {command}`"
    return match.group(1)


def _long_options(command: click.Command) -> set[str]:
    return {o for p in command.params for o in p.opts if o.startswith("--") and o != "--help"}


def _examples(text: str) -> list[list[str]]:
    """`newsfacts ...` command lines in a text, as argument lists (pipes and comments cut)."""
    out = []
    for line in text.splitlines():
        line = line.split(" #")[0].split(" | ")[0].split(" > ")[0].split(" && ")[-1].strip()
        at = line.find("newsfacts ")
        if at < 0 or line[at - 1 : at] not in ("", " ", "/", "`"):
            continue
        try:
            words = shlex.split(line[at:].split("`")[0])
        except ValueError:
            continue
        if len(words) > 1 and words[1] in cli.commands:
            out.append(words)
    return out


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_readme_documents_every_option(name):
    section = _section(name)
    options = sorted(_long_options(cli.commands[name]))
    missing = [o for o in options if not re.search(rf"(?<![\w-]){o}(?![\w-])", section)]
    assert not missing, f"README's section on {name} does not mention {missing}"


def test_readme_examples_use_real_options():
    examples = _examples(README)
    assert len(examples) > 15
    for words in examples:
        known = _long_options(cli.commands[words[1]])
        used = {w.split("=")[0] for w in words[2:] if w.startswith("--")}
        assert used <= known, f"{' '.join(words)}: no such option {used - known}"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_help_examples_use_real_options_and_files(name):
    command = cli.commands[name]
    help_text = command.help or ""
    examples = _examples(help_text)
    assert examples, f"`newsfacts {name} --help` has no example"
    for words in examples:
        known = _long_options(cli.commands[words[1]])
        used = {w.split("=")[0] for w in words[2:] if w.startswith("--")}
        assert used <= known, f"{' '.join(words)}: no such option {used - known}"
        for word in words[2:]:
            if re.match(r"(corpus|models|scripts|tests)/", word):
                assert (ROOT / word).exists(), f"`newsfacts {name} --help` names {word}: missing"
