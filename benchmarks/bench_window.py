"""The main window's costs, each next to a bare Qt widget in the same run.

1. Sample article: window start to first paint, and document switch, vs a bare QTextEdit.
2. Switching documents in a 100,000-document corpus (aim < 50 ms).
3. Labelling latency on a 5 MB document with 20,000 spans: hotkey press to highlight painted.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_window.py [--docs 100000]``.
Each part runs in its own process so peak memory is its own. Not part of the test run.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
ARTICLE = REPO.parent / "shared" / "samples" / "article-ar.txt"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class PaintWatch:
    """Waits until a widget has painted (the Paint event arrived) and returns the time then."""

    def __init__(self, app, widget) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent, QObject

        self.app = app
        self.painted = False
        outer = self

        class Filter(QObject):
            def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
                if event.type() == QEvent.Type.Paint:
                    outer.painted = True
                return False

        self.filter = Filter()
        widget.installEventFilter(self.filter)

    def wait(self, timeout: float = 30.0) -> float:
        self.painted = False
        deadline = time.perf_counter() + timeout
        while not self.painted and time.perf_counter() < deadline:
            self.app.processEvents()
        return time.perf_counter()


def setup_env() -> Path:
    work = Path(tempfile.mkdtemp(prefix="annotator-bench-"))
    atexit.register(shutil.rmtree, work, True)
    os.environ["ANNOTATOR_DATA_DIR"] = str(work / "data")
    os.environ["ANNOTATOR_CONFIG_DIR"] = str(work / "config")
    return work


def part_article() -> dict[str, float]:
    """Start to first paint and document switch: MainWindow vs a bare QTextEdit, same text."""
    from annotator.model import Document
    from annotator.storage.records import dumps_record
    from ui.app import make_application

    work = setup_env()
    app = make_application(["bench"])
    text = ARTICLE.read_text(encoding="utf-8")
    paragraphs = text.splitlines(keepends=True)
    path = work / "articles.jsonl"
    docs = [
        Document(f"a{i}", "".join(paragraphs[i % 3 :] + paragraphs[: i % 3])) for i in range(20)
    ]
    path.write_text("".join(dumps_record(d) + "\n" for d in docs), encoding="utf-8")

    from PySide6.QtWidgets import QTextEdit

    t0 = time.perf_counter()
    bare = QTextEdit()
    bare.setReadOnly(True)
    bare.setPlainText(text)
    bare.resize(1280, 820)
    watch = PaintWatch(app, bare.viewport())
    bare.show()
    bare_start = watch.wait() - t0
    switches = []
    for d in docs[1:11]:
        t0 = time.perf_counter()
        bare.setPlainText(d.text)
        bare.viewport().update()
        switches.append(watch.wait() - t0)
    bare_switch = statistics.median(switches)
    bare.close()

    from annotator.storage.corpus import Corpus
    from ui.main_window import MainWindow

    t0 = time.perf_counter()
    window = MainWindow(Corpus.open(path))
    watch = PaintWatch(app, window.view.viewport())
    window.show()
    win_start = watch.wait() - t0
    switches = []
    for i in range(1, 11):
        t0 = time.perf_counter()
        window.go_to(i)
        switches.append(watch.wait() - t0)
    win_switch = statistics.median(switches)
    window.close()
    return {
        "bare_start_ms": bare_start * 1e3,
        "window_start_ms": win_start * 1e3,
        "bare_switch_ms": bare_switch * 1e3,
        "window_switch_ms": win_switch * 1e3,
    }


def part_corpus(n_docs: int) -> dict[str, float]:
    """Open a corpus of ``n_docs`` documents in the window and switch between random documents."""
    from annotator.model import Document, Span
    from annotator.storage.records import dumps_record
    from ui.app import make_application

    work = setup_env()
    app = make_application(["bench"])
    paragraphs = [p for p in ARTICLE.read_text(encoding="utf-8").splitlines() if p.strip()]
    path = work / "big.jsonl"
    t0 = time.perf_counter()
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n_docs):
            text = (
                paragraphs[i % len(paragraphs)] + "\n" + paragraphs[(i * 7 + 3) % len(paragraphs)]
            )
            spans = [Span(0, 5, "PERS")] if i % 3 == 0 else []
            f.write(dumps_record(Document(f"doc-{i:06d}", text, spans)) + "\n")
    gen = time.perf_counter() - t0
    size_mb = path.stat().st_size / 1e6

    from annotator.storage.corpus import Corpus
    from ui.main_window import MainWindow

    t0 = time.perf_counter()
    corpus = Corpus.open(path)
    opened = time.perf_counter() - t0
    window = MainWindow(corpus)
    watch = PaintWatch(app, window.view.viewport())
    window.show()
    first = watch.wait() - t0
    rng = random.Random(1)
    times = []
    for _ in range(60):
        i = rng.randrange(n_docs)
        t0 = time.perf_counter()
        window.go_to(i)
        times.append(watch.wait() - t0)
    window.label_counter.stop()
    window.close()
    return {
        "docs": n_docs,
        "file_mb": size_mb,
        "generate_s": gen,
        "open_s": opened,
        "open_to_first_paint_s": first,
        "switch_median_ms": statistics.median(times) * 1e3,
        "switch_p95_ms": pct(times, 0.95) * 1e3,
        "peak_mb": peak_mb(),
    }


def part_labelling(megabytes: float, n_spans: int) -> dict[str, float]:
    """Hotkey press to highlight painted, through the whole window, on a big many-span document."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_view import build_document  # the view benchmark's 5 MB document builder
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    from annotator.storage.records import dumps_record
    from annotator.text.tokenize import tokenize
    from ui.app import make_application

    work = setup_env()
    app = make_application(["bench"])
    doc = build_document(megabytes, n_spans)
    path = work / "five.jsonl"
    path.write_text(dumps_record(doc) + "\n", encoding="utf-8")

    from annotator.storage.corpus import Corpus
    from ui.main_window import MainWindow

    t0 = time.perf_counter()
    window = MainWindow(Corpus.open(path))
    watch = PaintWatch(app, window.view.viewport())
    window.resize(1280, 820)
    window.show()
    first = watch.wait(120) - t0  # the paragraph view lays out the screen only: nothing follows
    labelled = {(s.start, s.end) for s in window.doc.spans}
    window.view.set_caret(0)
    app.processEvents()
    start, end = window.view.visible_range()
    free = [t for t in tokenize(window.doc.text[start:end]) if t.kind == "word"]
    free = [
        t for t in free if not any(a < t.end + start and t.start + start < b for a, b in labelled)
    ]
    times = []
    for token in free[:40]:
        window.view.select_range(token.start + start, token.end + start)
        watch.wait(5)
        press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier, "1")
        t0 = time.perf_counter()
        QApplication_send(window.view, press)
        times.append(watch.wait() - t0)
    n_labelled = len(window.doc.spans)
    scrolls = []
    bar = window.view.verticalScrollBar()
    for _ in range(20):
        t0 = time.perf_counter()
        bar.triggerAction(bar.SliderAction.SliderPageStepAdd)  # a screen, by lines
        scrolls.append(watch.wait() - t0)
    window.close()
    return {
        "text_mb": len(doc.text.encode("utf-8")) / 1e6,
        "spans": n_labelled,
        "open_to_first_paint_s": first,
        "label_median_ms": statistics.median(times) * 1e3,
        "label_p95_ms": pct(times, 0.95) * 1e3,
        "label_samples": len(times),
        "scroll_page_median_ms": statistics.median(scrolls) * 1e3,
        "peak_mb": peak_mb(),
    }


def QApplication_send(widget, event) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, event)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--part", choices=("article", "corpus", "labelling"))
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--spans", type=int, default=20_000)
    args = parser.parse_args(argv)
    if args.part:
        result = {
            "article": part_article,
            "corpus": lambda: part_corpus(args.docs),
            "labelling": lambda: part_labelling(args.mb, args.spans),
        }[args.part]()
        print(json.dumps(result))
        return 0
    for part in ("article", "corpus", "labelling"):
        cmd = [
            sys.executable,
            __file__,
            "--part",
            part,
            "--docs",
            str(args.docs),
            "--mb",
            str(args.mb),
            "--spans",
            str(args.spans),
        ]
        out = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            env=dict(os.environ, PYTHONPATH=str(REPO)),
            check=False,
        )
        if out.returncode != 0:
            print(f"{part}: FAILED\n{out.stderr[-2000:]}")
            continue
        result = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"{part}: "
            + ", ".join(
                f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
