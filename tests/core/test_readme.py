"""README promises that stay true: every shortcut listed, the commands CI runs."""

from __future__ import annotations

from annotator.app.actions import shortcut_rows
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_shortcut_is_in_the_readme() -> None:
    rows = list(shortcut_rows())
    assert rows
    for row in rows:
        _menu, keys, _title = row
        assert f"| {keys} |" in README, keys


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    command = (
        "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' "
        "&& .venv/bin/python -m pytest -q"
    )
    assert command in README
    assert command in ci
