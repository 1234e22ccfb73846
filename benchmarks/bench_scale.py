"""Benchmark: conversion and validation at disk speed (issue 12), each next to its baseline.

Run: ``.venv/bin/python benchmarks/bench_scale.py [--runs 3] [--size-mb 64] [--docs 100000]
[--jobs 1,2] [--only convert,validate] [--workdir DIR]``.

Inputs, generated once: a ~64 MB CoNLL file of the AQMAR articles repeated
(../shared/data/aqmar) and the JSONL that ``annotator convert`` makes of it; a 100,000-document
corpus (~150 MB, bench_core's, from ../shared/samples/article-ar.txt) and the same documents
"written by another tool" (keys in another order, no ids, spans without their text).

Every measurement runs in a fresh interpreter that times itself from just before the work
to just after it (imports excluded, the same for the baselines), ``--runs`` times; the
table gives the median, the spread (min-max) and the ratio baseline / command (1.0: as fast
as the baseline; the goal is >= 0.5 for convert, >= 1 for validate and stats). Baselines,
measured in the same run:
- CoNLL rows: reading the CoNLL file's lines and splitting each (``for line in f: line.split()``);
- validate / stats rows: ``json.loads`` of every line of the same JSONL file.
Each command's output is also checked: --jobs N writes the same bytes as --jobs 1.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

CHILD = r"""
import json, sys, time, io, contextlib
kind, args = sys.argv[1], sys.argv[2:]
if kind == "split":
    started = time.perf_counter()
    with open(args[0], encoding="utf-8", newline="") as f:
        for line in f:
            line.split()
elif kind == "loads":
    started = time.perf_counter()
    with open(args[0], "rb") as f:
        for line in f:
            if line.strip():
                json.loads(line)
else:
    from annotator.commands.cli import main
    sink = io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(sink):
        code = main(args)
    if code != 0:
        raise SystemExit(f"{args} exited {code}")
print(json.dumps({"seconds": time.perf_counter() - started}), file=sys.stderr)
"""


def _run(kind: str, *args: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        return float(json.loads(done.stderr.strip().splitlines()[-1])["seconds"])
    except (ValueError, IndexError, KeyError):
        raise SystemExit(f"{kind} {' '.join(args)} failed:\n{done.stderr[-2000:]}") from None


def _times(runs: int, kind: str, *args: str) -> list[float]:
    return [_run(kind, *args) for _ in range(runs)]


def _foreign(source: Path, target: Path) -> None:
    """The same documents as another tool writes them: other key order, no id, no span text."""
    with open(source, "rb") as f, open(target, "w", encoding="utf-8") as out:
        for line in f:
            rec = json.loads(line)
            spans = [
                {"label": s["label"], "end": s["end"], "start": s["start"]} for s in rec["spans"]
            ]
            other = {"text": rec["text"], "spans": spans, "meta": rec["meta"]}
            other["status"] = rec["status"]
            out.write(json.dumps(other, ensure_ascii=False) + "\n")


def _row(name: str, times: list[float], base: list[float] | None) -> str:
    med = statistics.median(times)
    spread = f"{min(times):.2f}-{max(times):.2f}"
    if base is None:
        return f"{name:44} {med:8.2f} {spread:>13}"
    ratio = statistics.median(base) / med
    return f"{name:44} {med:8.2f} {spread:>13} {ratio:7.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size-mb", type=float, default=64.0)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--only", default="convert,validate")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    import bench_convert
    import bench_core

    jobs = args.jobs.split(",")
    only = set(args.only.split(","))
    load = os.getloadavg()[0]
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load:.1f} "
        f"at the start; {args.runs} runs each, fresh process each, seconds of work "
        "(imports excluded)"
    )
    print(f"{'what':44} {'median':>8} {'spread':>13} {'ratio':>7}")
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        folder = Path(tmp)
        if "convert" in only:
            conll, jsonl = folder / "big.conll", folder / "big.jsonl"
            size = bench_convert.build(conll, args.size_mb)
            command = [sys.executable, "-m", "annotator", "convert", "--no-progress"]
            command += [str(conll), str(jsonl)]
            subprocess.run(command, cwd=REPO, capture_output=True, check=True)
            base = _times(args.runs, "split", str(conll))
            print(f"CoNLL {size / 1e6:.1f} MB, its JSONL {jsonl.stat().st_size / 1e6:.1f} MB")
            print(_row("baseline: read lines + split (CoNLL)", base, None))
            outputs: dict[str, tuple[bytes, bytes]] = {}
            for j in jobs:
                out_j, back_j = folder / f"out{j}.jsonl", folder / f"back{j}.conll"
                to_jsonl = _times(
                    args.runs, "cli", "convert", "--no-progress", "-j", j, str(conll), str(out_j)
                )
                print(_row(f"convert CoNLL -> JSONL --jobs {j}", to_jsonl, base))
                to_conll = _times(
                    args.runs, "cli", "convert", "--no-progress", "-j", j, str(jsonl), str(back_j)
                )
                print(_row(f"convert JSONL -> CoNLL --jobs {j}", to_conll, base))
                outputs[j] = (out_j.read_bytes(), back_j.read_bytes())
                out_j.unlink()
                back_j.unlink()
            first = outputs[jobs[0]]
            same = all(o == first for o in outputs.values())
            print(f"same bytes for every --jobs: {same}; round trip byte for byte: "
                  f"{first[1] == conll.read_bytes()}")  # fmt: skip
            conll.unlink()
            jsonl.unlink()
        if "validate" in only:
            ours, other = folder / "corpus.jsonl", folder / "other.jsonl"
            bench_core.generate(ours, args.docs)
            _foreign(ours, other)
            for name, path in (("ours", ours), ("another tool's", other)):
                base = _times(args.runs, "loads", str(path))
                mb = path.stat().st_size / 1e6
                print(f"{args.docs:,} documents, {name} JSONL, {mb:.1f} MB")
                print(_row("baseline: json.loads loop", base, None))
                for command in ("validate", "stats"):
                    for j in jobs:
                        times = _times(args.runs, "cli", command, str(path), "-j", j)
                        print(_row(f"{command} --jobs {j}", times, base))


if __name__ == "__main__":
    main()
