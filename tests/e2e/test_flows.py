"""Whole flows: start on the bundled sample, SIGKILL after an edit and reopen, import and export."""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from annotator.app import paths
from annotator.storage.corpus import Corpus
from tests.conftest import REPO
from ui.main_window import MainWindow

# The child labels the first word of the article by keys, prints what it shows,
# then waits to be killed.
LABEL_AND_WAIT = r"""
import sys
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
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Left,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(view, "1")
    span = window.view.selected_span()
    print("SHOWN", span.start, span.end, span.label, flush=True)

QTimer.singleShot(200, act)
app.exec()
"""

RUN_AND_QUIT = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.app import make_application, run

app = make_application([sys.argv[0]])
def report():
    window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
    print("DOC", window.corpus.path, window.index, len(window.corpus), flush=True)
    window.close()
    app.quit()
QTimer.singleShot(300, report)
sys.exit(run(None))
"""


# The child starts the app as `annotator PATH` does, labels the first word, then waits for Ctrl+C.
LABEL_THEN_INTERRUPT = r"""
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from ui.app import make_application, run

app = make_application([sys.argv[0]])
def act():
    window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
    view = window.view
    view.setFocus()
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(view, Qt.Key.Key_Left, ctrl)
    QTest.keyClick(view, Qt.Key.Key_Right, ctrl)
    QTest.keyClick(view, Qt.Key.Key_Left, ctrl | shift)
    QTest.keyClick(view, "1")
    span = view.selected_span()
    print("SHOWN", span.start, span.end, span.label, flush=True)
QTimer.singleShot(300, act)
sys.exit(run(sys.argv[1]))
"""


def child_env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))


def read_line(proc: subprocess.Popen[str], timeout: float) -> str:
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(proc.stdout.readline()), daemon=True).start()  # type: ignore[union-attr]
    try:
        return lines.get(timeout=timeout)
    except queue.Empty:
        proc.kill()
        pytest.fail(
            f"child said nothing in {timeout} s: {proc.stderr.read() if proc.stderr else ''}"
        )


def test_sigkill_after_edit_loses_nothing_and_reopen_says_so(
    qtbot, tmp_path: Path, article_path: Path, article_text: str
) -> None:
    article = tmp_path / "article.txt"
    shutil.copyfile(article_path, article)
    proc = subprocess.Popen(
        [sys.executable, "-c", LABEL_AND_WAIT, str(article)],
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = read_line(proc, 60)
    assert line.startswith("SHOWN"), line
    _, start, end, label = line.split()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    window = MainWindow(Corpus.open(article))  # the dead child's lock is stale and taken over
    qtbot.addWidget(window)
    assert [s.key for s in window.doc.spans] == [(int(start), int(end), label)]
    assert article_text[int(start) : int(end)] == "والتقى"
    assert window.notice.isVisibleTo(window) and "Restored 1 edit" in window.notice.text()
    annotations = Path(window.corpus.path)
    window.close()  # saves
    record = json.loads(annotations.read_text(encoding="utf-8"))
    assert record["spans"] == [
        {"start": int(start), "end": int(end), "label": label, "text": "والتقى"}
    ]
    assert article.read_text(encoding="utf-8") == article_text  # the source text is never written


def test_ctrl_c_in_the_terminal_closes_the_window_and_saves(
    tmp_path: Path, article_path: Path, article_text: str
) -> None:
    article = tmp_path / "article.txt"
    shutil.copyfile(article_path, article)
    proc = subprocess.Popen(
        [sys.executable, "-c", LABEL_THEN_INTERRUPT, str(article)],
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = read_line(proc, 60)
    assert line.startswith("SHOWN"), line
    _, start, end, label = line.split()
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0 and "Traceback" not in err, err
    annotations = tmp_path / "article.annotations.jsonl"
    record = json.loads(annotations.read_text(encoding="utf-8"))  # saved on the way out
    assert [(s["start"], s["end"], s["label"]) for s in record["spans"]] == [
        (int(start), int(end), label)
    ]
    assert not Path(f"{annotations}.journal").exists()
    assert not Path(f"{annotations}.lock").exists()
    assert article.read_text(encoding="utf-8") == article_text


def test_no_argument_opens_user_copy_of_sample() -> None:
    out = subprocess.run(
        [sys.executable, "-c", RUN_AND_QUIT],
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    line = next(x for x in out.stdout.splitlines() if x.startswith("DOC"))
    _, path, index, total = line.split()
    assert Path(path) == paths.data_dir() / "sample" / "sample.jsonl"
    assert (index, total) == ("0", "4")


def test_bad_path_falls_back_to_sample_with_message(tmp_path: Path) -> None:
    from ui.app import open_initial

    bad = tmp_path / "cp1256.txt"
    bad.write_bytes("مرحبا".encode("cp1256"))
    corpus, problem = open_initial(str(bad))
    try:
        assert Path(corpus.path) == paths.user_sample_path()
        assert "cp1256.txt" in problem and "Nothing was changed on disk" in problem
    finally:
        corpus.close()
    assert bad.read_bytes() == "مرحبا".encode("cp1256")


def _close_next_modal(seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if box is None:
        QTimer.singleShot(20, lambda: _close_next_modal(seen))
        return
    seen.append(getattr(box, "text", lambda: "")())
    box.close()


def test_export_then_import_round_trips_spans(qtbot, tmp_path: Path, monkeypatch) -> None:
    window = MainWindow(Corpus.open(paths.user_sample_path()))
    qtbot.addWidget(window)
    spans_before = [[s.key for s in window.corpus[i].spans] for i in range(len(window.corpus))]
    target = tmp_path / "out.json"
    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        staticmethod(
            lambda parent, title, label, items, *a: (
                next(i for i in items if "(labelstudio)" in i),
                True,
            )
        ),
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _close_next_modal(seen))
    window.files.export_dialog()
    assert seen and "Wrote 4 document(s)" in seen[0]
    assert target.exists()
    imported = tmp_path / "imported.jsonl"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(imported), ""))
    )
    window.files.import_dialog()
    assert Path(window.corpus.path) == imported
    assert [
        [s.key for s in window.corpus[i].spans] for i in range(len(window.corpus))
    ] == spans_before
