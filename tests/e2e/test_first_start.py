"""First start on a stock desktop: a library Qt's platform plugin needs is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from ui import platform_check

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux loader")


def _hidden(tmp_path: Path, soname: str) -> dict[str, str]:
    """An environment whose loader finds an unusable ``soname`` first: as if it were missing."""
    hide = tmp_path / "hide"
    hide.mkdir()
    (hide / soname).write_bytes(b"")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(LD_LIBRARY_PATH=str(hide), DISPLAY=":97", XDG_SESSION_TYPE="x11")
    env["PYTHONPATH"] = str(REPO)
    return env


def test_a_missing_xcb_library_is_named_with_its_package(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"text": "نص"}\n', encoding="utf-8")
    env = _hidden(tmp_path, "libxcb-cursor.so.0")
    result = subprocess.run(
        [sys.executable, "-m", "annotator", str(corpus)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, result.stderr  # not Qt's abort (134)
    assert "libxcb-cursor.so.0" in result.stderr
    assert "apt install libxcb-cursor0" in result.stderr
    assert "dnf install xcb-util-cursor" in result.stderr
    assert "Traceback" not in result.stderr and not corpus.with_suffix(".jsonl.lock").exists()


def test_the_session_decides_which_plugins_are_tried() -> None:
    assert platform_check.choose_platform({"DISPLAY": ":0"}) == ["xcb"]
    both = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    assert platform_check.choose_platform(both) == ["wayland", "xcb"]
    assert platform_check.choose_platform({"QT_QPA_PLATFORM": "offscreen"}) == ["offscreen"]
    assert platform_check.check({"QT_QPA_PLATFORM": "offscreen"}) == (None, None)
    assert platform_check.check({"DISPLAY": ":0"}) == (None, None)  # all installed here
