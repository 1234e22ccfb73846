"""Opening and saving a 100,000-document corpus, each figure next to its baseline in the same run.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_storage.py [--runs 3]
[--only open,status,save,index] [--docs 100000] [--corpora foreign,ours,sentences]``. The
corpora are generated from the sample article (benchmarks/storage_corpus.py): ``foreign`` as
another tool writes JSONL (keys in another order, no ids, span keys reordered, every tenth line
``\\u``-escaped), ``ours`` as annotator writes it, ``sentences`` (``sentences-crlf``: with
Windows line ends) ten times as many short lines, one sentence each, from another tool. Every
measurement runs in a fresh interpreter, ``--runs`` times; the median and the spread (min–max)
are printed with the baseline's and the ratio.

- open: ``Corpus.open`` + ``MainWindow`` + show → the document view has painted (offscreen).
  Baseline: read the file, index its lines (a ``find(b"\\n")`` loop), ``json.loads`` of the
  first line, a ``QTextEdit`` showing its text → painted. Goal ≤ 0.5 s.
- status: in the window, once the idle work after opening is done (status counts, label
  counts, the file's digest: printed), after an edit and a save (Ctrl+S), one status
  change (``window.do``: journal, corpus facts, documents panel row and counts) until the
  events it posted are processed (painted); the median of 10, and the first one right after
  the save. Goal ≤ 16 ms.
- save: the core alone: open, one status edit of document 50,000 (its journal header names the
  file's digest: the window hashes it in idle slices after opening, here the edit does; printed
  as ``first_edit``), then ``save()`` (the first save), then three more edits each followed by
  a save (``later`` saves, median). Baseline: ``shutil.copyfile`` + fsync of the same file.
  Goal ≤ 1.5× the baseline.
- index: the line index of the file's bytes (``storage.lines.load_index``, as opening reads a
  file over 16 MB). Baseline: the line-by-line pass (``LineScan`` iterated into the arrays, as
  ``load_index`` did before ``index_arrays``).

The load average is printed first: on a shared machine compare only with the baseline beside.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO), str(HERE)]


def _env(work: Path) -> None:
    os.environ["ANNOTATOR_DATA_DIR"] = str(work / "data")
    os.environ["ANNOTATOR_CONFIG_DIR"] = str(work / "config")


def _copy(src: Path, work: Path) -> Path:
    """A private copy (with its old times: written long ago, as a user's file would be)."""
    dst = work / src.name
    shutil.copy2(src, dst)
    old = time.time_ns() - 3600 * 10**9
    os.utime(dst, ns=(old, old))
    return dst


def _baseline_copy(path: Path) -> float:
    dst = path.with_name("copy-" + path.name)
    t0 = time.perf_counter()
    shutil.copyfile(path, dst)
    fd = os.open(dst, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)
    took = time.perf_counter() - t0
    dst.unlink()
    return took


def part_open(path: Path, work: Path) -> dict[str, float]:
    from bench_window import PaintWatch

    from annotator.storage.corpus import Corpus
    from ui.app import make_application
    from ui.main_window import MainWindow

    app = make_application(["bench"])
    t0 = time.perf_counter()
    window = MainWindow(Corpus.open(path))
    window.resize(1280, 820)
    watch = PaintWatch(app, window.view.viewport())
    window.show()
    opened = watch.wait() - t0
    ready = time.perf_counter()
    while not window.corpus.counts_ready and time.perf_counter() - ready < 60:  # type: ignore[union-attr]
        app.processEvents()
    counted = time.perf_counter() - t0
    window.close()
    return {"open_s": opened, "counts_s": counted}


def part_open_baseline(path: Path, work: Path) -> dict[str, float]:
    from bench_window import PaintWatch
    from PySide6.QtWidgets import QTextEdit

    from ui.app import make_application

    app = make_application(["bench"])
    t0 = time.perf_counter()
    data = path.read_bytes()
    starts, find, pos = [0], data.find, 0
    while (pos := find(b"\n", pos) + 1) > 0:
        starts.append(pos)
    first = json.loads(data[: starts[1] - 1])
    bare = QTextEdit()
    bare.setReadOnly(True)
    bare.setPlainText(first["text"])
    bare.resize(1280, 820)
    watch = PaintWatch(app, bare.viewport())
    bare.show()
    took = watch.wait() - t0
    bare.close()
    return {"open_s": took}


def part_index(path: Path, work: Path) -> dict[str, float]:
    from array import array

    from annotator.storage.lines import LineScan, load_index

    data, check = path.read_bytes(), 8 * 1024 * 1024

    def line_by_line() -> None:
        starts, ends, numbers = array("q"), array("q"), array("q")
        for number, start, end, _problem in LineScan(data, 0, path, check_utf8_until=check):
            starts.append(start)
            ends.append(end)
            numbers.append(number)

    took: dict[str, float] = {}
    for _ in range(2):  # the second of each: both with the bytes in the CPU's caches alike
        for key, run in (
            ("index_s", lambda: load_index(data, path, check_bytes=check)),
            ("scan_s", line_by_line),
        ):
            t0 = time.perf_counter()
            run()
            took[key] = time.perf_counter() - t0
    return took


def part_status(path: Path, work: Path) -> dict[str, float]:
    from annotator import workflow
    from annotator.storage.corpus import Corpus
    from ui.app import make_application
    from ui.main_window import MainWindow

    app = make_application(["bench"])
    window = MainWindow(Corpus.open(path))
    window.resize(1280, 820)
    window.show()
    corpus = window.corpus
    assert corpus is not None
    start = time.perf_counter()
    panel = window.documents_panel
    while time.perf_counter() - start < 120 and (  # idle work done: counts, labels, digest
        not corpus.counts_ready
        or not window.label_counter.complete
        or panel._facts_timer.isActive()
    ):
        app.processEvents()
    idle = time.perf_counter() - start
    window.go_to(50_000 if len(corpus) > 50_000 else len(corpus) // 2)
    app.processEvents()

    def change(status: str) -> float:
        doc = window.doc
        assert doc is not None
        edit = workflow.status_edit(doc, status)
        t0 = time.perf_counter()
        window.do(edit)  # type: ignore[arg-type]
        app.processEvents()
        return time.perf_counter() - t0

    change("flagged")
    t0 = time.perf_counter()
    window.files.save()
    saved = time.perf_counter() - t0
    first = change("done")
    times = [change(("todo", "done")[k % 2]) for k in range(10)]
    window.files.save()
    window.close()
    return {
        "status_first_ms": first * 1e3,
        "status_ms": statistics.median(times) * 1e3,
        "window_save_s": saved,
        "idle_work_s": idle,
    }


def part_save(path: Path, work: Path) -> dict[str, float]:
    from annotator.edits import SetStatus
    from annotator.storage.corpus import Corpus

    base = [_baseline_copy(path) for _ in range(3)]
    corpus = Corpus.open(path)
    n = len(corpus)

    def flip(i: int) -> float:
        old = corpus.status_of(i)
        t0 = time.perf_counter()
        corpus.apply(i, SetStatus(old, "flagged" if old != "flagged" else "done"))
        return time.perf_counter() - t0

    def timed_save() -> float:
        t0 = time.perf_counter()
        corpus.save()
        return time.perf_counter() - t0

    first_edit = flip(n // 2)
    first = timed_save()
    later = []
    for i in (n // 5, 0, n - 1):
        flip(i)
        later.append(timed_save())
    corpus.close()
    return {
        "first_edit_s": first_edit,
        "first_save_s": first,
        "later_save_s": statistics.median(later),
        "copy_fsync_s": statistics.median(base),
    }


PARTS = {
    "open": part_open,
    "open_baseline": part_open_baseline,
    "index": part_index,
    "status": part_status,
    "save": part_save,
}


def child(part: str, corpus: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="annotator-bench-", dir=corpus.parent))
    try:
        _env(work)
        path = _copy(corpus, work)
        print(json.dumps(PARTS[part](path, work)))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(part: str, corpus: Path, runs: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, __file__, "--child", part, str(corpus)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode:
            raise SystemExit(f"{part} failed:\n{proc.stderr[-3000:]}")
        for key, value in json.loads(proc.stdout.strip().splitlines()[-1]).items():
            out.setdefault(key, []).append(value)
    return out


def fmt(values: list[float], unit: str = "") -> str:
    return f"{statistics.median(values):.3f}{unit} ({min(values):.3f}–{max(values):.3f})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--only", default="open,status,save")
    ap.add_argument("--corpora", default="foreign,ours")
    ap.add_argument("--child", nargs=2, metavar=("PART", "CORPUS"))
    args = ap.parse_args(argv)
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return 0
    from storage_corpus import write_corpus, write_sentences

    print(f"load average {os.getloadavg()[0]:.2f}, {os.cpu_count()} CPUs, {args.runs} runs")
    folder = Path(tempfile.mkdtemp(prefix="annotator-bench-storage-"))
    try:
        for kind in args.corpora.split(","):
            corpus = folder / f"{kind}.jsonl"
            if kind.startswith("sentences"):
                docs = args.docs * 10
                size = write_sentences(corpus, docs, crlf=kind.endswith("crlf"))
            else:
                docs, size = args.docs, write_corpus(corpus, args.docs, foreign=kind == "foreign")
            print(f"\n== {kind}: {docs:,} documents, {size / 1e6:.0f} MB")
            only = args.only.split(",")
            if "open" in only:
                got, base = run("open", corpus, args.runs), run("open_baseline", corpus, args.runs)
                ratio = statistics.median(got["open_s"]) / statistics.median(base["open_s"])
                print(
                    f"open → first document painted  {fmt(got['open_s'], ' s')}  baseline "
                    f"{fmt(base['open_s'], ' s')}  ratio {ratio:.1f}×  (goal ≤ 0.5 s)"
                )
                print(f"  status counts ready (idle slices) {fmt(got['counts_s'], ' s')}")
            if "index" in only:
                got = run("index", corpus, args.runs)
                ratio = statistics.median(got["index_s"]) / statistics.median(got["scan_s"])
                print(
                    f"line index  {fmt(got['index_s'], ' s')}  baseline line by line "
                    f"{fmt(got['scan_s'], ' s')}  ratio {ratio:.2f}×"
                )
            if "status" in only:
                got = run("status", corpus, args.runs)
                print(
                    f"status change after a save: first {fmt(got['status_first_ms'], ' ms')}, "
                    f"median of 10 {fmt(got['status_ms'], ' ms')}  (goal ≤ 16 ms)"
                )
            if "save" in only:
                got = run("save", corpus, args.runs)
                base = statistics.median(got["copy_fsync_s"])
                for key, name in (("first_save_s", "first save"), ("later_save_s", "later saves")):
                    print(
                        f"{name} after one edit  {fmt(got[key], ' s')}  baseline cp + fsync "
                        f"{fmt(got['copy_fsync_s'], ' s')}  ratio "
                        f"{statistics.median(got[key]) / base:.2f}×  (goal ≤ 1.5×)"
                    )
                print(
                    f"  first edit (journal header: the file's digest) "
                    f"{fmt(got['first_edit_s'], ' s')}"
                )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
