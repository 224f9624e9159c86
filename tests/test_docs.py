"""The README documents every command and every named query (a feature nobody can find is missing)."""

from __future__ import annotations

import pytest
from conftest import ROOT

from kg.cli import parser
from kg.query import named_query_names

README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands() -> list[str]:
    sub = next(a for a in parser()._actions if a.dest == "command")
    return sorted(sub.choices)


@pytest.mark.parametrize("command", commands())
def test_every_command_is_in_the_readme(command):
    assert f"kg {command}" in README


@pytest.mark.parametrize("name", named_query_names())
def test_every_named_query_is_in_the_readme(name):
    assert f"`{name}`" in README


def test_quick_start_has_the_two_make_commands_and_ci_runs_the_second():
    assert "make run" in README and "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
