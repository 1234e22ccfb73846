"""DocumentView, 5 MB Arabic document with 20,000 spans: open + first paint, labelling, scrolling.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_view.py``
(options ``[--mb 5] [--spans 20000]``).
Prints one line per figure; not part of the test run (timings on a shared machine vary).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from annotator.model import Document, Span
from annotator.schema import LabelSchema
from annotator.text.tokenize import tokenize
from ui.document_view import DocumentView
from ui.fonts import DEFAULT_POINT_SIZE, reading_families

ARTICLE = Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "article-ar.txt"


def build_document(megabytes: float, n_spans: int) -> Document:
    """Repeat the sample's paragraphs to ``megabytes`` of UTF-8; label ``n_spans`` word tokens."""
    paragraphs = ARTICLE.read_text(encoding="utf-8").splitlines()
    out, size, i = [], 0, 0
    while size < megabytes * 1_000_000:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        size += len(p.encode("utf-8")) + 1
        i += 1
    text = "\n".join(out)
    words = [t for t in tokenize(text) if t.kind == "word"]
    rng = random.Random(7)
    chosen = sorted(rng.sample(range(len(words)), n_spans))
    labels = ["PERS", "ORG", "LOC", "MISC"]
    spans = [Span(words[k].start, words[k].end, labels[k % 4]) for k in chosen]
    return Document("big", text, spans)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class PaintCounter(QObject):
    """Counts paint events of a viewport: latency is measured until the screen really changed."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


COUNTERS: dict[int, PaintCounter] = {}


def paint(app: QApplication, widget) -> None:
    """Run the event loop until the 0 ms highlight timer has fired and the viewport has painted."""
    counter = COUNTERS.get(id(widget))
    if counter is None:
        counter = COUNTERS[id(widget)] = PaintCounter()
        widget.viewport().installEventFilter(counter)
    before = counter.count
    timer = getattr(widget, "_highlight_timer", None)
    for _ in range(50):
        app.processEvents()
        if counter.count > before and (timer is None or not timer.isActive()):
            return
    widget.viewport().repaint()


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--spans", type=int, default=20_000)
    parser.add_argument("--bare", action="store_true", help="measure a bare QPlainTextEdit instead")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv)
    t = time.perf_counter()
    doc = build_document(args.mb, args.spans)
    print(
        f"built: {len(doc.text):,} code points, {len(doc.text.encode()):,} bytes, "
        f"{len(doc.spans):,} spans in {time.perf_counter() - t:.2f} s; rss {peak_mb():.0f} MB"
    )
    base = peak_mb()
    if args.bare:
        bare = QPlainTextEdit()
        bare.setReadOnly(True)
        bare.resize(1000, 800)
        bare.show()
        t = time.perf_counter()
        bare.setPlainText(doc.text)
        paint(app, bare)
        print(
            f"bare QPlainTextEdit open+first paint: {time.perf_counter() - t:.2f} s; "
            f"peak {peak_mb():.0f} MB (+{peak_mb() - base:.0f})"
        )
        return 0
    view = DocumentView()
    view.apply_font(reading_families(), DEFAULT_POINT_SIZE)
    view.resize(1000, 800)
    view.show()
    app.processEvents()
    t = time.perf_counter()
    view.set_document(doc, LabelSchema.default())
    paint(app, view)
    print(
        f"DocumentView open+first paint: {time.perf_counter() - t:.2f} s; peak {peak_mb():.0f} MB "
        f"(+{peak_mb() - base:.0f}); {len(view.extraSelections())} ExtraSelections handed to Qt"
    )

    t = time.perf_counter()
    # The first caret move far away makes Qt finish its lazy layout.
    view.set_caret(len(doc.text) // 2)
    paint(app, view)
    print(
        f"first jump to the middle (finishes Qt's lazy layout): {time.perf_counter() - t:.2f} s; "
        f"peak {peak_mb():.0f} MB"
    )

    article = ARTICLE.read_text(encoding="utf-8")
    switches = []
    for k in range(20):  # article-sized documents, alternating (different texts: a real re-layout)
        small = Document(f"a{k}", article if k % 2 else article + " ", [])
        t = time.perf_counter()
        view.set_document(small, LabelSchema.default())
        paint(app, view)
        switches.append((time.perf_counter() - t) * 1000)
    print(
        f"switch to an article-sized document + paint: "
        f"median {statistics.median(switches):.1f} ms, p95 {percentile(switches, 0.95):.1f} ms"
    )
    view.set_document(doc, LabelSchema.default())
    view.set_caret(len(doc.text) // 2)
    paint(app, view)

    rng = random.Random(3)
    scroll, label = [], []
    bar = view.verticalScrollBar()
    for _ in range(40):
        t = time.perf_counter()
        bar.setValue(rng.randrange(bar.maximum()))
        paint(app, view)
        scroll.append((time.perf_counter() - t) * 1000)
        visible = view.visible_range()
        words = [w for w in tokenize(doc.text[visible[0] : visible[1]]) if w.kind == "word"]
        free = [w for w in words if not doc.overlapping(visible[0] + w.start, visible[0] + w.end)]
        if not free:
            continue
        w = free[len(free) // 2]
        span = Span(visible[0] + w.start, visible[0] + w.end, "LOC")
        t = time.perf_counter()  # what the window does after the hotkey: edit, refresh, repaint
        doc.insert_span(span)
        view.refresh_spans(doc)
        view.select_span(span)
        paint(app, view)
        label.append((time.perf_counter() - t) * 1000)
    for name, values in (("scroll+paint", scroll), ("label (insert+refresh+select+paint)", label)):
        print(
            f"{name}: median {statistics.median(values):.1f} ms, "
            f"p95 {percentile(values, 0.95):.1f} ms, n={len(values)}"
        )
    t = time.perf_counter()
    for _ in range(20):
        view.refresh_spans(doc)
    print(
        f"refresh_spans alone ({len(doc.spans):,} spans): "
        f"{(time.perf_counter() - t) / 20 * 1000:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
