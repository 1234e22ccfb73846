"""Benchmark: conversion and validation at disk speed (issue 12), each next to its baseline.

Run: ``.venv/bin/python benchmarks/bench_scale.py [--runs 3] [--size-mb 64] [--docs 100000]
[--jobs 1,2] [--only convert,validate] [--workdir DIR]``.

Inputs, generated once: a ~64 MB CoNLL file of the AQMAR articles repeated
(../shared/data/aqmar) and the JSONL that ``annotator convert`` makes of it; a 100,000-document
corpus (~150 MB, bench_core's, from ../shared/samples/article-ar.txt) and the same documents
"written by another tool" (keys in another order, no ids, spans without their text).

Every measurement runs in a fresh interpreter that times itself from just before the work
to just after it (imports excluded, the same for the baselines), ``--runs`` times; the
table gives the wall time's median and spread (min-max), the CPU time's median (every
process of the run: on a shared machine it moves less than the wall time) and the ratios
baseline / command for both (1.0: as fast as the baseline; the goal is >= 0.5 for convert,
>= 1 for validate and stats). Baselines,
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
import json, sys, time, io, contextlib, resource
def cpu():
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
kind, args = sys.argv[1], sys.argv[2:]
if kind == "split":
    started, cpu0 = time.perf_counter(), cpu()
    with open(args[0], encoding="utf-8", newline="") as f:
        for line in f:
            line.split()
elif kind == "loads":
    started, cpu0 = time.perf_counter(), cpu()
    with open(args[0], "rb") as f:
        for line in f:
            if line.strip():
                json.loads(line)
else:
    from annotator.commands.cli import main
    sink = io.StringIO()
    started, cpu0 = time.perf_counter(), cpu()
    with contextlib.redirect_stdout(sink):
        code = main(args)
    if code != 0:
        raise SystemExit(f"{args} exited {code}")
wall = time.perf_counter() - started
print(json.dumps({"seconds": wall, "cpu": cpu() - cpu0}), file=sys.stderr)
"""


BEFORE: dict[str, str] = {}  # --before DIR: PYTHONPATH for the "before" rows


def _run(kind: str, *args: str) -> tuple[float, float]:
    env = dict(os.environ)
    if kind == "before":
        kind = "cli"
        env["PYTHONPATH"] = BEFORE["path"]
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, *args],
        cwd=REPO if env.get("PYTHONPATH") is None else BEFORE["path"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    try:
        said = json.loads(done.stderr.strip().splitlines()[-1])
        return float(said["seconds"]), float(said["cpu"])
    except (ValueError, IndexError, KeyError):
        raise SystemExit(f"{kind} {' '.join(args)} failed:\n{done.stderr[-2000:]}") from None


def _times(runs: int, kind: str, *args: str) -> list[tuple[float, float]]:
    """(wall, CPU) seconds of ``runs`` fresh runs; CPU counts every process of the run."""
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


Times = list[tuple[float, float]]


def _row(name: str, times: Times, base: Times | None) -> str:
    walls, cpus = [t[0] for t in times], [t[1] for t in times]
    med, cpu = statistics.median(walls), statistics.median(cpus)
    text = f"{name:40} {med:7.2f} {min(walls):6.2f}-{max(walls):<6.2f} {cpu:7.2f}"
    if base is None:
        return text
    wall_ratio = statistics.median(t[0] for t in base) / med
    cpu_ratio = statistics.median(t[1] for t in base) / cpu
    return f"{text} {wall_ratio:6.2f} {cpu_ratio:6.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size-mb", type=float, default=64.0)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--only", default="convert,validate")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument(
        "--before",
        type=Path,
        metavar="DIR",
        help="also time each command (one process) with the annotator package in DIR, e.g. "
        "`git archive COMMIT annotator | tar -x -C DIR`",
    )
    args = parser.parse_args()
    if args.before is not None:
        BEFORE["path"] = str(args.before.resolve())
    import bench_convert
    import bench_core

    jobs = args.jobs.split(",")
    only = set(args.only.split(","))
    load = os.getloadavg()[0]
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load:.1f} "
        f"at the start; {args.runs} runs each, fresh process each, seconds of work "
        "(imports excluded); wall: median and spread; CPU: median, all processes; "
        "ratio = baseline / command (wall, CPU)",
        flush=True,
    )
    print(f"{'what':40} {'wall':>7} {'spread':>13} {'CPU':>7} {'ratio':>6} {'CPU r':>6}")
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
            sys.stdout.flush()
            print(_row("baseline: read lines + split (CoNLL)", base, None))
            out0, back0 = folder / "out0.jsonl", folder / "back0.conll"
            outputs: dict[str, tuple[bytes, bytes]] = {}
            if BEFORE:
                pairs = (("CoNLL -> JSONL", conll, out0), ("JSONL -> CoNLL", jsonl, back0))
                for name, a, b in pairs:
                    old = _times(args.runs, "before", "convert", "--no-progress", str(a), str(b))
                    print(_row(f"before: convert {name}", old, base), flush=True)
            for j in jobs:
                out_j, back_j = folder / f"out{j}.jsonl", folder / f"back{j}.conll"
                to_jsonl = _times(
                    args.runs, "cli", "convert", "--no-progress", "-j", j, str(conll), str(out_j)
                )
                print(_row(f"convert CoNLL -> JSONL --jobs {j}", to_jsonl, base), flush=True)
                to_conll = _times(
                    args.runs, "cli", "convert", "--no-progress", "-j", j, str(jsonl), str(back_j)
                )
                print(_row(f"convert JSONL -> CoNLL --jobs {j}", to_conll, base), flush=True)
                outputs[j] = (out_j.read_bytes(), back_j.read_bytes())
                out_j.unlink()
                back_j.unlink()
            first = outputs[jobs[0]]
            same = all(o == first for o in outputs.values())
            sys.stdout.flush()
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
                print(f"{args.docs:,} documents, {name} JSONL, {mb:.1f} MB", flush=True)
                print(_row("baseline: json.loads loop", base, None))
                for command in ("validate", "stats"):
                    if BEFORE:
                        old = _times(args.runs, "before", command, str(path))
                        print(_row(f"before: {command}", old, base), flush=True)
                    for j in jobs:
                        times = _times(args.runs, "cli", command, str(path), "-j", j)
                        print(_row(f"{command} --jobs {j}", times, base), flush=True)


if __name__ == "__main__":
    main()
