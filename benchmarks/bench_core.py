"""Benchmark of the core on a 100,000-document corpus: open, read one document, save, validate, stats.

Usage: python benchmarks/bench_core.py [--docs 100000] [--out DIR] [--keep]

Generates a corpus (~150 MB of Arabic built from ../shared/samples/article-ar.txt,
with spans), then measures each operation in a fresh subprocess: wall time, and
peak memory as the child's maximum resident set size (os.wait4). Every figure
is printed next to two baselines on the same file: reading its bytes and
json.loads of every line. Results go to a table on stdout and DIR/results.json.
Outside the default test run (tests/ never imports it); it takes a few minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
ARTICLE = REPO.parent / "shared" / "samples" / "article-ar.txt"
TARGET_DOC = 50_000  # 1-based "document 50,000" -> index 49_999

# Entities of the sample article: (text, label). Every occurrence in a document becomes a span.
ENTITIES: tuple[tuple[str, str], ...] = (
    ("عبد اللطيف الوديي", "PERS"),
    ("بلخير الفاروق", "PERS"),
    ("ابراهيم حسني", "PERS"),
    ("كوخافي", "PERS"),
    ("ران كوخاف", "PERS"),
    ("محمد الخامس", "PERS"),
    ("الجيش الإسرائيلي", "ORG"),
    ("القوات المسلحة الملكية", "ORG"),
    ("المغرب", "LOC"),
    ("الرباط", "LOC"),
    ("إسرائيل", "LOC"),
    ("الشرق الاوسط", "LOC"),
    ("شمال إفريقيا", "LOC"),
    ("Ynet TV", "MISC"),
)
STATUSES = ("todo", "todo", "todo", "done", "done", "skipped", "flagged")


# -- corpus generation -------------------------------------------------------------


def _spans(text: str) -> list[dict[str, object]]:
    """Every non-overlapping occurrence of the sample's entities, as code-point offsets."""
    found: list[tuple[int, int, str]] = []
    for name, label in ENTITIES:
        start = text.find(name)
        while start >= 0:
            found.append((start, start + len(name), label))
            start = text.find(name, start + 1)
    found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    spans: list[dict[str, object]] = []
    last_end = -1
    for start, end, label in found:
        if start >= last_end:
            spans.append({"start": start, "end": end, "label": label, "text": text[start:end]})
            last_end = end
    return spans


def generate(path: Path, docs: int, seed: int = 20260101) -> int:
    """Write ``docs`` native JSONL records (about 1.5 KB each) and return the file size."""
    sys.path.insert(0, str(REPO))
    from annotator.model import Document, Span
    from annotator.records import dumps_record

    paragraphs = [p for p in ARTICLE.read_text(encoding="utf-8").split("\n") if p.strip()]
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for i in range(docs):
            count = rng.choice((2, 3, 3))  # about 1.5 KB per record: 100,000 -> ~150 MB
            text = "\n".join(rng.choice(paragraphs) for _ in range(count))
            spans = [Span(s["start"], s["end"], s["label"]) for s in _spans(text)]  # type: ignore[arg-type]
            doc = Document(
                id=f"doc-{i + 1:06d}",
                text=text,
                spans=spans,
                status=rng.choice(STATUSES),
                meta={"source": "article-ar", "n": i + 1},
            )
            out.write(dumps_record(doc) + "\n")
    return path.stat().st_size


# -- measurements (each runs in its own child process) ----------------------------


def _measure(name: str, file: Path) -> dict[str, object]:
    """Run one operation in this (child) process and return its timings."""
    sys.path.insert(0, str(REPO))
    t0 = time.perf_counter()
    extra: dict[str, object] = {}
    if name == "read_bytes":
        extra["bytes"] = len(file.read_bytes())
    elif name == "json_loads":
        n = 0
        with open(file, "rb") as f:
            for line in f:
                json.loads(line)
                n += 1
        extra["lines"] = n
    elif name == "open_read":
        from annotator.store import Corpus

        corpus = Corpus.open(file)
        t_open = time.perf_counter() - t0
        doc = corpus[TARGET_DOC - 1]
        extra.update(
            open_seconds=t_open, documents=len(corpus), doc_id=doc.id, doc_spans=len(doc.spans)
        )
        corpus.close()
    elif name == "save_after_edit":
        from annotator.edits import SetStatus
        from annotator.store import Corpus

        corpus = Corpus.open(file)
        doc = corpus[TARGET_DOC - 1]
        new = "flagged" if doc.status != "flagged" else "done"
        t_edit = time.perf_counter()
        corpus.apply(TARGET_DOC - 1, SetStatus(doc.status, new))
        t_save = time.perf_counter()
        corpus.save()
        extra.update(
            save_seconds=time.perf_counter() - t_save,
            apply_seconds=t_save - t_edit,
            open_and_read_seconds=t_edit - t0,
        )
        corpus.close()
    elif name in ("validate", "stats"):
        from annotator.cli import main

        with open(os.devnull, "w", encoding="utf-8") as sink:
            saved, sys.stdout = sys.stdout, sink
            try:
                extra["exit"] = main([name, str(file), "--bidi", "logical"])
            finally:
                sys.stdout = saved
    else:
        raise SystemExit(f"unknown measurement {name}")
    extra["seconds"] = time.perf_counter() - t0
    return extra


def _run_child(name: str, file: Path) -> dict[str, object]:
    """The measurement in a fresh interpreter; adds its peak RSS in MB (os.wait4, Linux kB)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--measure", name, "--file", str(file)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, cwd=REPO)
    assert proc.stdout is not None
    output = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"measurement {name} failed with exit code {proc.returncode}")
    result: dict[str, object] = json.loads(output)
    scale = 1024 if sys.platform != "darwin" else 1  # ru_maxrss: kB on Linux, bytes on macOS
    result["peak_rss_mb"] = usage.ru_maxrss * scale / 1e6
    return result


def _baseline_rss() -> float:
    """Peak RSS of an interpreter that only imports the core (subtract to see what the data costs)."""
    code = f"import sys; sys.path.insert(0, {str(REPO)!r}); import annotator.store, annotator.cli"
    proc = subprocess.Popen([sys.executable, "-c", code])
    _pid, _status, usage = os.wait4(proc.pid, 0)
    return usage.ru_maxrss * (1024 if sys.platform != "darwin" else 1) / 1e6


def run(docs: int, out_dir: Path, keep: bool) -> dict[str, object]:
    out_dir.mkdir(parents=True, exist_ok=True)
    corpus = out_dir / "bench-corpus.jsonl"
    t0 = time.perf_counter()
    size = generate(corpus, docs)
    gen_seconds = time.perf_counter() - t0
    mb = size / 1e6
    print(f"generated {docs} documents, {mb:.1f} MB in {gen_seconds:.1f} s: {corpus}", flush=True)

    results: dict[str, dict[str, object]] = {}
    for name in ("read_bytes", "json_loads", "open_read", "validate", "stats"):
        results[name] = _run_child(name, corpus)
        print(f"  {name}: {results[name]['seconds']:.2f} s", flush=True)
    copy = out_dir / "bench-corpus-save.jsonl"
    shutil.copyfile(corpus, copy)
    results["save_after_edit"] = _run_child("save_after_edit", copy)
    print(f"  save_after_edit: {results['save_after_edit']['save_seconds']:.2f} s", flush=True)

    report: dict[str, object] = {
        "documents": docs,
        "file_mb": round(mb, 1),
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cpu",
        "baseline_import_rss_mb": round(_baseline_rss(), 1),
        "results": results,
    }
    (out_dir / "results.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    _print_table(report)
    if not keep:
        for path in (corpus, copy):
            path.unlink(missing_ok=True)
        for leftover in out_dir.glob("bench-corpus*"):
            if leftover.is_file():
                leftover.unlink()
    return report


def _print_table(report: dict[str, object]) -> None:
    res: dict[str, dict[str, float]] = report["results"]  # type: ignore[assignment]
    mb = float(report["file_mb"])  # type: ignore[arg-type]
    loads = float(res["json_loads"]["seconds"])

    # (what, seconds, is a full pass over the file so MB/s means something, child measured)
    rows: list[tuple[str, float, bool, dict[str, float] | None]] = [
        ("read the file's bytes (baseline)", res["read_bytes"]["seconds"], True, res["read_bytes"]),
        ("json.loads every line (baseline)", loads, True, res["json_loads"]),
        ("Corpus.open + read doc 50,000", res["open_read"]["seconds"], False, res["open_read"]),
        ("  of which Corpus.open", res["open_read"]["open_seconds"], False, None),
        (
            "save after one edit (save only)",
            res["save_after_edit"]["save_seconds"],
            False,
            res["save_after_edit"],
        ),
        ("annotator validate", res["validate"]["seconds"], True, res["validate"]),
        ("annotator stats", res["stats"]["seconds"], True, res["stats"]),
    ]
    print()
    print(
        f"{report['documents']} documents, {mb:.1f} MB, Python {report['python']}, "
        f"{report['machine']}; interpreter + core imports alone: "
        f"{report['baseline_import_rss_mb']} MB peak RSS"
    )
    print(f"{'operation':<34} {'seconds':>8} {'MB/s':>7} {'x json.loads':>12} {'peak RSS MB':>11}")
    for label, seconds, full_pass, child in rows:
        rate = f"{mb / seconds:7.1f}" if full_pass and seconds > 0 else " " * 7
        peak = f"{float(child['peak_rss_mb']):11.0f}" if child else " " * 11
        print(f"{label:<34} {seconds:8.2f} {rate} {seconds / loads:12.2f} {peak}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument(
        "--out", type=Path, default=None, help="folder for the corpus and results.json"
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus")
    parser.add_argument(
        "--table", type=Path, help="print the table of an earlier results.json and exit"
    )
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(_measure(args.measure, args.file)))
        return 0
    if args.table:
        _print_table(json.loads(args.table.read_text(encoding="utf-8")))
        return 0
    if args.docs < TARGET_DOC:
        parser.error(f"--docs must be at least {TARGET_DOC} (document {TARGET_DOC} is read)")
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="annotator-bench-"))
    run(args.docs, out_dir, args.keep)
    print(f"\nresults: {out_dir / 'results.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
