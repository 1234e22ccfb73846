"""Benchmark: CoNLL -> JSONL -> CoNLL on a ~100 MB AQMAR-built file, vs plain reading; peak memory.

Run: ``.venv/bin/python benchmarks/bench_convert.py [--size-mb 100] [--workdir DIR]``.
Each conversion runs ``annotator convert`` in a fresh subprocess that reports its
own wall time and peak resident memory (ru_maxrss); plain reading (bytes, and
decoded text lines) is timed in the same run for comparison. The final file is
compared byte for byte with the original.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
AQMAR = REPO.parent / "shared" / "data" / "aqmar"

CHILD = r"""
import json, resource, sys, time
from annotator.commands.convert import main
started = time.perf_counter()
code = main(sys.argv[1:] + ["--no-progress"])
elapsed = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"code": code, "seconds": elapsed, "cpu": usage.ru_utime + usage.ru_stime,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}),
      file=sys.stderr)
"""


def build(target: Path, size_mb: float) -> int:
    """Append the AQMAR articles (each ends with a blank line) until the file reaches size_mb."""
    pieces = [p.read_bytes() for p in sorted(AQMAR.glob("*.txt"))]
    want = int(size_mb * 1_000_000)
    written = 0
    with open(target, "wb") as out:
        while written < want:
            for piece in pieces:
                out.write(piece)
                written += len(piece)
                if written >= want:
                    break
    return written


def plain_read(path: Path) -> dict[str, float]:
    """Seconds to read the file's bytes, and to iterate its decoded lines (any reader's floor)."""
    started, cpu = time.perf_counter(), time.process_time()
    with open(path, "rb") as f:
        while f.read(1 << 20):
            pass
    raw, raw_cpu = time.perf_counter() - started, time.process_time() - cpu
    started, cpu = time.perf_counter(), time.process_time()
    count = 0
    with open(path, encoding="utf-8", newline="") as f:
        for _ in f:
            count += 1
    lines, lines_cpu = time.perf_counter() - started, time.process_time() - cpu
    return {
        "bytes_s": raw,
        "bytes_cpu": raw_cpu,
        "lines_s": lines,
        "lines_cpu": lines_cpu,
        "lines": count,
    }


def convert(*args: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args], check=False, capture_output=True, text=True, cwd=REPO
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    if report["code"] != 0:
        raise SystemExit(f"convert {' '.join(args)} failed:\n{done.stderr}")
    report["stdout"] = done.stdout.strip()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=100.0)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        folder = Path(tmp)
        source, middle, back = folder / "big.conll", folder / "big.jsonl", folder / "back.conll"
        size = build(source, args.size_mb)
        mb = size / 1e6
        base = plain_read(source)
        to_jsonl = convert(str(source), str(middle))
        to_conll = convert(str(middle), str(back))
        same = source.read_bytes() == back.read_bytes()
        jsonl_mb = middle.stat().st_size / 1e6
        rows = [
            ("plain read (bytes)", base["bytes_s"], base["bytes_cpu"], float("nan")),
            ("plain read (utf-8 lines)", base["lines_s"], base["lines_cpu"], float("nan")),
            ("CoNLL -> JSONL", to_jsonl["seconds"], to_jsonl["cpu"], to_jsonl["maxrss_mb"]),
            ("JSONL -> CoNLL", to_conll["seconds"], to_conll["cpu"], to_conll["maxrss_mb"]),
        ]
        print(f"CoNLL file: {mb:.1f} MB, {base['lines']:,} lines; JSONL: {jsonl_mb:.1f} MB")
        print(
            "MB/s are MB of the CoNLL file per second of wall time and of CPU time "
            "(the machine may be shared)."
        )
        print(
            f"{'step':26} {'wall s':>8} {'MB/s':>8} {'CPU s':>8} "
            f"{'MB/s CPU':>9} {'peak RSS MB':>12}"
        )
        for name, secs, cpu, rss in rows:
            print(
                f"{name:26} {secs:8.2f} {mb / secs:8.1f} {cpu:8.2f} "
                f"{mb / max(cpu, 1e-9):9.1f} {rss:12.0f}"
            )
        wall = to_jsonl["seconds"] + to_conll["seconds"]
        cpu = to_jsonl["cpu"] + to_conll["cpu"]
        print(
            f"{'round trip (both steps)':26} {wall:8.2f} {mb / wall:8.1f} "
            f"{cpu:8.2f} {mb / cpu:9.1f}"
        )
        print(f"byte-for-byte identical after the round trip: {same}")
        print(to_jsonl["stdout"])
        print(to_conll["stdout"])


if __name__ == "__main__":
    main()
