"""Benchmark of the core on a 100,000-document corpus: open, read a document, save, validate, stats.

Usage: python benchmarks/bench_core.py [--docs 100000] [--out DIR] [--keep]

Also measured: the per-line cost of records.document_from_line next to json.loads,
`annotator convert` of the corpus to JSONL (streaming: peak RSS), Corpus.status_of,
and the parts of labelling latency in the store on a 5 MB document with 20,000
spans (Corpus.apply with and without the journal fsync, Document.overlapping).

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
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
ARTICLE = REPO.parent / "shared" / "samples" / "article-ar.txt"
TARGET_DOC = (
    50_000  # 1-based "document 50,000" -> index 49_999 (the middle one with fewer documents)
)
BIG_DOC_SPANS = 20_000  # the labelling-latency document: ~5 MB of text with this many spans

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
    from annotator.storage.records import dumps_record

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
        from annotator.storage.corpus import Corpus

        corpus = Corpus.open(file)
        t_open = time.perf_counter() - t0
        doc = corpus[_target(len(corpus)) - 1]
        extra.update(
            open_seconds=t_open, documents=len(corpus), doc_id=doc.id, doc_spans=len(doc.spans)
        )
        corpus.close()
    elif name == "save_after_edit":
        from annotator.edits import SetStatus
        from annotator.storage.corpus import Corpus

        corpus = Corpus.open(file)
        target = _target(len(corpus)) - 1
        doc = corpus[target]
        new = "flagged" if doc.status != "flagged" else "done"
        t_edit = time.perf_counter()
        corpus.apply(target, SetStatus(doc.status, new))
        t_save = time.perf_counter()
        corpus.save()
        extra.update(
            save_seconds=time.perf_counter() - t_save,
            apply_seconds=t_save - t_edit,
            open_and_read_seconds=t_edit - t0,
        )
        corpus.close()
    elif name in ("validate", "stats"):
        from annotator.commands.cli import main

        with open(os.devnull, "w", encoding="utf-8") as sink:
            saved, sys.stdout = sys.stdout, sink
            try:
                extra["exit"] = main([name, str(file), "--bidi", "logical"])
            finally:
                sys.stdout = saved
    elif name == "record_parse":
        extra.update(_record_parse(file))
    elif name == "convert_jsonl":
        from annotator.commands.cli import main

        out = file.with_name("bench-corpus-converted.jsonl")
        with open(os.devnull, "w", encoding="utf-8") as sink:
            saved, sys.stdout = sys.stdout, sink
            try:
                extra["exit"] = main(["convert", str(file), str(out), "--no-progress"])
            finally:
                sys.stdout = saved
        out.unlink(missing_ok=True)
    elif name == "status_of":
        from annotator.storage.corpus import Corpus

        with Corpus.open(file, readonly=True) as corpus:
            t1 = time.perf_counter()
            lookup = getattr(corpus, "status_of", None) or (lambda i: corpus[i].status)
            todo = sum(1 for i in range(len(corpus)) if lookup(i) == "todo")
            extra.update(
                per_document_us=(time.perf_counter() - t1) / len(corpus) * 1e6,
                todo=todo,
                fast=hasattr(corpus, "status_of"),
            )
    elif name == "label_edit":
        extra.update(_label_edit(file.with_name("bench-big-document.jsonl")))
    else:
        raise SystemExit(f"unknown measurement {name}")
    extra["seconds"] = time.perf_counter() - t0
    return extra


def _target(documents: int) -> int:
    return TARGET_DOC if documents >= TARGET_DOC else max(1, documents // 2)


def _best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1e3, 3)


def _record_parse(file: Path, lines: int = 5000) -> dict[str, object]:
    """Microseconds per line: json.loads vs records.document_from_line over the first lines."""
    from annotator.storage.records import document_from_line

    with open(file, "rb") as f:
        raw = [f.readline().rstrip(b"\n") for _ in range(lines)]
    raw = [r for r in raw if r]
    loads = _best_of(lambda: [json.loads(r) for r in raw]) / len(raw) * 1e6
    parse = _best_of(lambda: [document_from_line(r, file, 1) for r in raw]) / len(raw) * 1e6
    return {
        "lines": len(raw),
        "json_loads_us": round(loads, 1),
        "document_from_line_us": round(parse, 1),
        "ratio": round(parse / loads, 2),
    }


def _big_document(path: Path) -> float:
    """One ~5 MB Arabic document with BIG_DOC_SPANS spans (a few nested), as native JSONL."""
    from annotator.model import Document, Span
    from annotator.storage.records import record_line_bytes

    paragraphs = [p for p in ARTICLE.read_text(encoding="utf-8").split("\n") if p.strip()]
    text = "\n".join(paragraphs)
    text = "\n".join([text] * max(1, round(5_000_000 / len(text.encode("utf-8")))))
    step = len(text) // BIG_DOC_SPANS
    labels = [label for _, label in ENTITIES]
    spans = [
        Span(i * step, i * step + 5 + i % 20, labels[i % len(labels)]) for i in range(BIG_DOC_SPANS)
    ]
    spans += [
        Span(i * step, i * step + 3 * step, "NESTED") for i in range(0, BIG_DOC_SPANS - 3, 500)
    ]
    path.write_bytes(record_line_bytes(Document("big", text, spans)) + b"\n")
    return len(text.encode("utf-8")) / 1e6


def _label_edit(path: Path, edits: int = 60) -> dict[str, object]:
    """The store's share of labelling latency on the big document: apply (fsync on/off), lookups."""
    from annotator.edits import AddSpan, RemoveSpan
    from annotator.model import Span
    from annotator.storage.corpus import Corpus

    out: dict[str, object] = {"text_mb": round(_big_document(path), 1)}
    for fsync in (True, False):
        for leftover in path.parent.glob(path.name + ".*"):
            leftover.unlink()
        with Corpus.open(path, journal_fsync=fsync) as corpus:
            doc = corpus[0]
            step = len(doc.text) // BIG_DOC_SPANS
            times: list[float] = []
            for k in range(edits):
                at = (k * 331 % (BIG_DOC_SPANS - 1)) * step + step // 2  # between two spans
                span = Span(at, at + 4, "PERS")
                t0 = time.perf_counter()
                doc.overlapping(
                    at, at + 4
                )  # what the window asks before adding (overlap allowed here)
                corpus.apply(0, AddSpan(span))
                times.append(time.perf_counter() - t0)
                corpus.apply(0, RemoveSpan(span))
            out[f"apply_ms_fsync_{'on' if fsync else 'off'}"] = _median_ms(times)
            if fsync:
                t0 = time.perf_counter()
                corpus._ensure_labels(s.label for s in doc.spans)  # what apply did before, per edit
                out["ensure_all_labels_ms"] = round((time.perf_counter() - t0) * 1e3, 3)
                probes = [(k * 7919) % len(doc.text) for k in range(200)]
                lookups = []
                for p in probes:
                    t0 = time.perf_counter()
                    doc.overlapping(p, p + 10)
                    doc.spans_at(p)
                    lookups.append(time.perf_counter() - t0)
                out["overlapping_and_spans_at_ms"] = _median_ms(lookups)
                out["spans"] = len(doc.spans)
            corpus.close(discard=True)
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    return out


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
    """Peak RSS of an interpreter that only imports the core (subtract to see the data's cost)."""
    code = (
        f"import sys; sys.path.insert(0, {str(REPO)!r}); "
        "import annotator.storage.corpus, annotator.commands.cli"
    )
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
    for name in ("convert_jsonl", "record_parse", "status_of", "label_edit"):
        results[name] = _run_child(name, corpus)
        print(f"  {name}: {results[name]['seconds']:.2f} s", flush=True)

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
        (
            f"Corpus.open + read doc {_target(int(report['documents'])):,}",
            res["open_read"]["seconds"],
            False,
            res["open_read"],
        ),
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
    if "convert_jsonl" in res:
        rows.append(
            (
                "annotator convert x.jsonl y.jsonl",
                res["convert_jsonl"]["seconds"],
                True,
                res["convert_jsonl"],
            )
        )
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
    if "record_parse" in res:
        rp = res["record_parse"]
        print(
            f"\nper line: json.loads {rp['json_loads_us']} us, records.document_from_line "
            f"{rp['document_from_line_us']} us ({rp['ratio']}x)"
        )
    if "status_of" in res:
        print(
            f"status of every document: {res['status_of']['per_document_us']:.1f} us each "
            f"({'Corpus.status_of' if res['status_of'].get('fast') else 'parsing each document'})"
        )
    if "label_edit" in res:
        le = res["label_edit"]
        print(
            f"labelling on a {le['text_mb']} MB document with {le['spans']:,} spans (medians): "
            f"Corpus.apply {le['apply_ms_fsync_on']} ms ({le['apply_ms_fsync_off']} ms without the "
            f"journal fsync); overlapping+spans_at {le['overlapping_and_spans_at_ms']} ms; "
            f"checking every span's label once {le['ensure_all_labels_ms']} ms"
        )


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
    if args.docs < 2:
        parser.error("--docs must be at least 2")
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="annotator-bench-"))
    run(args.docs, out_dir, args.keep)
    print(f"\nresults: {out_dir / 'results.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
