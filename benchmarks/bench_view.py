"""The document view against a bare QPlainTextEdit, each figure from fresh processes.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_view.py [--runs 3]
[--only open,memory,ctrl_end,page,label]``; ``--only label_layers`` is not in the default run.
Every measurement runs ``--runs`` times for the view and for the baseline, each time in a new
interpreter (so one measurement's memory or caches never help another), and prints the median,
the spread (min–max) and view/baseline.

- open: 5 MB of Arabic text → first paint (view: ``set_document``; baseline:
  ``setPlainText``), goal ≤ 2×.
- memory: resident memory added by opening 5 MB and paging through all of it (PgDown to the
  end, painting each screen), goal ≤ 3×.
- ctrl_end: Ctrl+End → painted, on 20 MB and 100 MB, goal ≤ 50 ms.
- page: PgDown and PgUp → painted at 100 places spread over 20 MB, p95, goal ≤ 16 ms.
- label: 5 MB with 100,000 spans, at 40 places: insert a span, ``refresh_spans``,
  ``select_span`` and the paint the view asks for (what the window does after a hotkey: the
  lines of the span), p95, goal ≤ 8 ms; also with a forced full repaint; the baseline is the
  stock widget repainting the same screen.
- label_layers: the same with every layer on: invisible characters marked, 100,000
  suggestions, 100,000 search matches and two annotators' lanes of 50,000 candidates each
  (the baseline is the stock widget as in ``label``).

Times are until the viewport has repainted (``repaint()``, synchronous), wall clock; the CPU
time of the same stretch is printed too (``*_cpu_*``): on a shared machine it moves less with
the load. Not part of the test run: compare only with the baseline printed beside each figure.
The load average is printed first.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
ARTICLE = REPO.parent / "shared" / "samples" / "article-ar.txt"
SIZE = (1000, 800)


def build_document(megabytes: float, n_spans: int) -> object:
    """Repeat the sample's paragraphs to ``megabytes`` of UTF-8; label ``n_spans`` word tokens."""
    from annotator.model import Document, Span
    from annotator.text.tokenize import tokenize

    paragraphs = ARTICLE.read_text(encoding="utf-8").splitlines()
    out, size, i = [], 0, 0
    while size < megabytes * 1_000_000:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        size += len(p.encode("utf-8")) + 1
        i += 1
    text = "\n".join(out)
    spans = []
    if n_spans:
        words = [t for t in tokenize(text) if t.kind == "word"]
        chosen = sorted(random.Random(7).sample(range(len(words)), n_spans))
        labels = ["PERS", "ORG", "LOC", "MISC"]
        spans = [Span(words[k].start, words[k].end, labels[k % 4]) for k in chosen]
    return Document("big", text, spans)


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class Widget:
    """The view or the bare baseline behind one interface: open, key, caret, repaint."""

    def __init__(self, kind: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest  # imported here: never inside a timed key press
        from PySide6.QtWidgets import QPlainTextEdit

        from ui.document_view import DocumentView
        from ui.fonts import DEFAULT_POINT_SIZE, reading_families

        self._test = QTest
        self.kind = kind
        if kind == "view":
            self.widget = DocumentView()
            self.widget.apply_font(reading_families(), DEFAULT_POINT_SIZE)
        else:
            self.widget = QPlainTextEdit()
            self.widget.setReadOnly(True)  # with a caret the keys move, as in the view
            self.widget.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            font = self.widget.font()
            font.setFamilies(reading_families())
            font.setPointSize(DEFAULT_POINT_SIZE)
            self.widget.setFont(font)
        self.widget.resize(*SIZE)
        self.widget.show()
        self.widget.setFocus()

    def open(self, doc: object) -> None:
        from annotator.schema import LabelSchema

        if self.kind == "view":
            self.widget.set_document(doc, LabelSchema.default())
        else:
            self.widget.setPlainText(doc.text)  # type: ignore[attr-defined]

    def paint(self) -> None:
        self.widget.viewport().repaint()

    def key(self, key: object, ctrl: bool = False) -> None:
        from PySide6.QtCore import Qt

        mods = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
        self._test.keyClick(self.widget, key, mods)

    def caret_to(self, fraction: float, length: int) -> None:
        if self.kind == "view":
            self.widget.set_caret(int(length * fraction))
        else:
            cursor = self.widget.textCursor()
            cursor.setPosition(int(self.widget.document().characterCount() * fraction))
            self.widget.setTextCursor(cursor)
            self.widget.ensureCursorVisible()

    def at_end(self) -> bool:
        bar = self.widget.verticalScrollBar()  # QPlainTextEdit stops one block short of it
        return bar.value() >= bar.maximum() - (self.kind == "bare")


def part_open(kind: str) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    doc = build_document(5, 0)
    widget = Widget(kind)
    app.processEvents()
    t, c = time.perf_counter(), time.process_time()
    widget.open(doc)
    widget.paint()
    return {
        "open_ms": (time.perf_counter() - t) * 1e3,
        "open_cpu_ms": (time.process_time() - c) * 1e3,
    }


def part_memory(kind: str) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    doc = build_document(5, 0)
    widget = Widget(kind)
    app.processEvents()
    before = rss_mb()
    widget.open(doc)
    widget.paint()
    opened = rss_mb() - before
    pages = 0
    while not widget.at_end() and pages < 100_000:
        widget.key(Qt.Key.Key_PageDown)
        widget.paint()
        pages += 1
    app.processEvents()
    return {"open_mb": opened, "after_scroll_mb": rss_mb() - before, "pages": pages}


def part_ctrl_end(kind: str, megabytes: float) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    doc = build_document(megabytes, 0)
    widget = Widget(kind)
    widget.open(doc)
    widget.paint()
    app.processEvents()
    t, c = time.perf_counter(), time.process_time()
    widget.key(Qt.Key.Key_End, ctrl=True)
    widget.paint()
    elapsed, cpu = time.perf_counter() - t, time.process_time() - c
    assert widget.at_end()
    return {"ctrl_end_ms": elapsed * 1e3, "ctrl_end_cpu_ms": cpu * 1e3}


def part_page(kind: str) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    doc = build_document(20, 0)
    widget = Widget(kind)
    widget.open(doc)
    widget.paint()
    times, cpu = [], []
    for k in range(100):
        widget.caret_to((k + 0.5) / 100, len(doc.text))  # type: ignore[attr-defined]
        widget.paint()
        app.processEvents()
        for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            t, c = time.perf_counter(), time.process_time()
            widget.key(key)
            widget.paint()
            times.append((time.perf_counter() - t) * 1e3)
            cpu.append((time.process_time() - c) * 1e3)
    return {
        "page_p95_ms": pct(times, 0.95),
        "page_median_ms": statistics.median(times),
        "page_cpu_p95_ms": pct(cpu, 0.95),
    }


def add_layers(view: object, doc: object) -> None:
    """Every layer on, each as large as the spans: what label_layers measures under."""
    from annotator.model import Span

    spans = doc.spans  # type: ignore[attr-defined]
    words = [(s.start + 1, s.end) for s in spans if s.end - s.start > 1]
    view.set_show_invisibles(True, tatweel=True)  # type: ignore[attr-defined]
    view.set_suggestions([Span(a, b, "MISC") for a, b in words])  # type: ignore[attr-defined]
    view.set_matches(words, current=len(words) // 2)  # type: ignore[attr-defined]
    lanes = [("ali", [Span(a, b, "PERS") for a, b in words[::2]])]
    lanes.append(("sara", [Span(a, b, "LOC") for a, b in words[1::2]]))
    view.set_candidate_layers(lanes)  # type: ignore[attr-defined]


def part_label(kind: str, layers: bool = False) -> dict[str, float]:
    """Label a free word on screen as the window does: insert, refresh_spans, select_span,
    then let the event loop paint what the view asked to repaint (the lines the span is on);
    also the same followed by a forced full repaint. Baseline: the stock widget repainting
    the same screen. With ``layers``: every layer on (``add_layers``)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from annotator.model import Span
    from annotator.text.tokenize import tokenize

    app = QApplication.instance() or QApplication(sys.argv)
    doc = build_document(5, 100_000)
    widget = Widget(kind)
    widget.open(doc)
    view = widget.widget
    if layers and kind == "view":
        add_layers(view, doc)
    widget.paint()
    painted = [0]

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            painted[0] += event.type() == QEvent.Type.Paint
            return False

    watch = Painted()
    view.viewport().installEventFilter(watch)
    rng = random.Random(3)
    times, cpu, full, full_cpu = [], [], [], []
    text = doc.text  # type: ignore[attr-defined]
    for _ in range(40):
        widget.caret_to(rng.random(), len(text))
        widget.paint()
        app.processEvents()
        if kind != "view":
            t, c = time.perf_counter(), time.process_time()
            widget.paint()  # the baseline: the stock widget repainting one screen
            times.append((time.perf_counter() - t) * 1e3)
            cpu.append((time.process_time() - c) * 1e3)
            continue
        start, end = view.visible_range()
        words = [w for w in tokenize(text[start:end]) if w.kind == "word"]
        free = [w for w in words if not doc.overlapping(start + w.start, start + w.end)]  # type: ignore[attr-defined]
        if len(free) < 2:
            continue
        for sample, w in ((times, free[len(free) // 2]), (full, free[0])):
            span = Span(start + w.start, start + w.end, "LOC")
            before = painted[0]
            t, c = time.perf_counter(), time.process_time()  # what the window does on a hotkey
            doc.insert_span(span)  # type: ignore[attr-defined]
            view.refresh_spans(doc)
            view.select_span(span)
            if sample is full:
                widget.paint()
            while painted[0] == before:
                app.processEvents()
            sample.append((time.perf_counter() - t) * 1e3)
            (cpu if sample is times else full_cpu).append((time.process_time() - c) * 1e3)
    result = {
        "label_p95_ms": pct(times, 0.95),
        "label_median_ms": statistics.median(times),
        "label_cpu_p95_ms": pct(cpu, 0.95),
    }
    if full:
        result["label_full_repaint_p95_ms"] = pct(full, 0.95)
        result["label_full_repaint_cpu_p95_ms"] = pct(full_cpu, 0.95)
    return result


PARTS = {
    "open": (part_open, "open_ms", 2.0),
    "memory": (part_memory, "after_scroll_mb", 3.0),
    "ctrl_end_20": (lambda kind: part_ctrl_end(kind, 20), "ctrl_end_ms", None),
    "ctrl_end_100": (lambda kind: part_ctrl_end(kind, 100), "ctrl_end_ms", None),
    "page": (part_page, "page_p95_ms", None),
    "label": (part_label, "label_p95_ms", None),
    "label_layers": (lambda kind: part_label(kind, layers=True), "label_p95_ms", None),
}
GOALS = {"ctrl_end_20": 50.0, "ctrl_end_100": 50.0, "page": 16.0, "label": 8.0}
GOALS["label_layers"] = GOALS["label"]


def run_part(part: str, kind: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--part", part, "--kind", kind],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"{part}/{kind} failed:\n{out.stderr[-3000:]}")
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--part", choices=sorted(PARTS))
    parser.add_argument("--kind", choices=("view", "bare"), default="view")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default=",".join(p for p in PARTS if p != "label_layers"))
    args = parser.parse_args(argv)
    if args.part:
        print(json.dumps(PARTS[args.part][0](args.kind)))
        return 0
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for part in args.only.split(","):
        _fn, key, ratio_goal = PARTS[part]
        values: dict[str, list[dict[str, float]]] = {"view": [], "bare": []}
        for _ in range(args.runs):  # interleaved: load on the machine hits both alike
            for kind in ("view", "bare"):
                values[kind].append(run_part(part, kind))
        view = [r[key] for r in values["view"]]
        bare = [r[key] for r in values["bare"]]
        ratio = statistics.median(view) / statistics.median(bare) if min(bare) > 0 else 0.0
        goal = f"goal ratio <= {ratio_goal}" if ratio_goal else f"goal <= {GOALS[part]}"
        print(
            f"{part:13} {key:16} view median {statistics.median(view):8.1f} "
            f"({min(view):.1f}-{max(view):.1f})  QPlainTextEdit {statistics.median(bare):8.1f} "
            f"({min(bare):.1f}-{max(bare):.1f})  ratio {ratio:5.2f}  [{goal}]"
        )
        extra = {k: statistics.median(r[k] for r in values["view"]) for k in values["view"][0]}
        base = {k: statistics.median(r[k] for r in values["bare"]) for k in values["bare"][0]}
        print(f"{'':13} view: {json.dumps({k: round(v, 1) for k, v in extra.items()})}")
        print(f"{'':13} bare: {json.dumps({k: round(v, 1) for k, v in base.items()})}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
