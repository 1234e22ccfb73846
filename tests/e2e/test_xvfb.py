"""A few flows in a real X window (Xvfb, the xcb platform); skipped cleanly if Xvfb cannot start."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import REPO
from tests.e2e.screenshot import start_xvfb

pytestmark = pytest.mark.xvfb

# Double-click a word in the real window, label it with a hotkey, save; print the saved span.
DOUBLE_CLICK_AND_LABEL = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from annotator.storage.corpus import Corpus
from ui.app import make_application
from ui.main_window import MainWindow

app = make_application([sys.argv[0]])
window = MainWindow(Corpus.open(Path(sys.argv[1])))
window.show()
window.activateWindow()

def act():
    view = window.view
    text = view.text
    offset = text.index("الإسرائيلي") + 3
    point = view.caret_rect(offset).center()
    QTest.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    QTest.keyClick(view, "3")
    QTest.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    print("PLATFORM", app.platformName(), flush=True)
    print("SAVED",
          json.dumps(json.loads(Path(window.corpus.path).read_text(encoding="utf-8"))["spans"]),
          flush=True)
    window.close()
    app.quit()

QTimer.singleShot(500, act)
app.exec()
"""


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    started = start_xvfb()
    if started is None:
        pytest.skip("Xvfb is not available (apt-get install xvfb)")
    proc, name = started
    probe = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtWidgets import QApplication; QApplication([])"],
        env=dict(os.environ, DISPLAY=name, QT_QPA_PLATFORM="xcb"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if probe.returncode != 0:
        proc.terminate()
        proc.wait(10)
        pytest.skip(f"Qt cannot use the xcb platform (missing X libraries?): {probe.stderr[-300:]}")
    yield name
    proc.terminate()
    proc.wait(10)


def xcb_env(display: str, tmp_path: Path) -> dict[str, str]:
    return dict(
        os.environ,
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        PYTHONPATH=str(REPO),
        ANNOTATOR_DATA_DIR=str(tmp_path / "data"),
        ANNOTATOR_CONFIG_DIR=str(tmp_path / "config"),
    )


def test_double_click_and_hotkey_in_real_window(
    display: str, tmp_path: Path, article_path: Path, article_text: str
) -> None:
    article = tmp_path / "article.txt"
    shutil.copyfile(article_path, article)
    out = subprocess.run(
        [sys.executable, "-c", DOUBLE_CLICK_AND_LABEL, str(article)],
        env=xcb_env(display, tmp_path),
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "PLATFORM xcb" in out.stdout
    saved = json.loads(next(x for x in out.stdout.splitlines() if x.startswith("SAVED"))[6:])
    start = article_text.index("الإسرائيلي")
    assert saved == [
        {"start": start, "end": start + len("الإسرائيلي"), "label": "LOC", "text": "الإسرائيلي"}
    ]


def test_screenshot_of_annotated_article(display: str, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    out = subprocess.run(
        [sys.executable, str(REPO / "tests" / "e2e" / "screenshot.py"), "--out", str(shot)],
        env=xcb_env(display, tmp_path),
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 600
    # the X server's copy of the window has content (a black grab means nothing was painted)
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)
    }
    assert len(colours) > 20
