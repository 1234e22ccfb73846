"""Team tools on a 100,000-document corpus: agree, merge, the git merge driver, record growth.

Usage: python benchmarks/bench_team.py [--docs 100000] [--out DIR] [--keep]

Generates the corpus of bench_core.py (~150 MB of Arabic built from the sample article, with
spans) as annotator "sara", and a second annotator's file ("omar": every 10th document
changed — a span relabelled, one dropped, one added). Then, in this process, each figure next
to its baseline measured in the same run:

- growth: the same corpus with every span's "by" and every document's "changed" stamp, in
  percent of the corpus without them; and the per-line parse cost of both (records fast path);
- agree sara.jsonl omar.jsonl: against a plain ``json.loads`` loop over both files (goal:
  at least 1/3 of its throughput; the ratio is printed);
- merge sara.jsonl omar.jsonl: against ``cp`` of one file and a plain line copy of both;
- the git merge driver (base, ours with 1 % of documents changed, theirs with another 1 %,
  some of them the same documents): against ``cp`` of one file.

Outside the default test run; it takes a few minutes.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_core import generate


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _rewrite(src: Path, dst: Path, change: Callable[[int, dict], bool]) -> int:
    """Copy src to dst, re-serialising the records ``change(i, record)`` modified."""
    from annotator.storage.records import document_from_line, dumps_record

    changed = 0
    with open(src, "rb") as f, open(dst, "w", encoding="utf-8") as out:
        for i, raw in enumerate(f):
            rec = json.loads(raw)
            if change(i, rec):
                changed += 1
                doc = document_from_line(json.dumps(rec, ensure_ascii=False), dst, i + 1)
                out.write(dumps_record(doc) + "\n")
            else:
                out.write(raw.decode("utf-8"))
    return changed


def _with_provenance(i: int, rec: dict) -> bool:
    who = ("sara", "omar", "lina")[i % 3]
    for span in rec["spans"]:
        span["by"] = who
    rec["changed"] = {"by": who, "at": f"2026-11-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00Z"}
    return True


def _perturb(every: int, offset: int = 0, seed: int = 7) -> Callable[[int, dict], bool]:
    rng = random.Random(seed)

    def change(i: int, rec: dict) -> bool:
        if (i + offset) % every or not rec["spans"]:
            return False
        spans = rec["spans"]
        k = rng.randrange(len(spans))
        spans[k]["label"] = {"PERS": "ORG", "ORG": "LOC", "LOC": "PERS"}.get(
            spans[k]["label"], "PERS"
        )
        if len(spans) > 1:
            spans.pop(rng.randrange(len(spans)))
        rec["status"] = "done"
        return True

    return change


def _json_loads_loop(*paths: Path) -> None:
    loads = json.loads
    for path in paths:
        with open(path, "rb") as f:
            for line in f:
                loads(line)


def _line_copy(paths: list[Path], out: Path) -> None:
    with open(out, "wb") as target:
        for path in paths:
            with open(path, "rb") as f:
                target.writelines(f)


def _parse_cost(path: Path, lines: int = 5000) -> float:
    from annotator.storage.records import document_from_line

    raws = []
    with open(path, "rb") as f:
        for _ in range(lines):
            raws.append(f.readline().rstrip(b"\n"))
    start = time.perf_counter()
    for n, raw in enumerate(raws):
        document_from_line(raw, path, n + 1)
    return (time.perf_counter() - start) / lines * 1e6


def run(docs: int, out: Path) -> dict[str, object]:
    from annotator.team.agreement import agree
    from annotator.team.gitmerge import merge_files
    from annotator.team.merge import merge

    sara, omar = out / "sara.jsonl", out / "omar.jsonl"
    plain = out / "plain.jsonl"
    size = generate(plain, docs)
    _rewrite(plain, sara, _with_provenance)
    grown = sara.stat().st_size
    _rewrite(sara, omar, _perturb(10))
    results: dict[str, object] = {
        "documents": docs,
        "size_mb": round(size / 1e6, 1),
        "growth_percent": round(100 * (grown - size) / size, 2),
        "parse_us_plain": round(_parse_cost(plain), 1),
        "parse_us_with_provenance": round(_parse_cost(sara), 1),
    }
    print(json.dumps(results), flush=True)

    base = _timed(lambda: _json_loads_loop(sara, omar))
    report = None

    def do_agree() -> None:
        nonlocal report
        report = agree([sara, omar])

    took = _timed(do_agree)
    assert report is not None
    overall = report.to_json()["pairs"][0]["overall"]
    spans_only = _timed(lambda: agree([sara, omar], tokens=False))
    results["agree"] = {
        "spans_only_seconds": round(spans_only, 2),
        "spans_only_throughput_ratio": round(base / spans_only, 3),
        "seconds": round(took, 2),
        "json_loads_both_seconds": round(base, 2),
        "throughput_ratio": round(base / took, 3),
        "f1_exact": round(overall["f1_exact"], 4),
        "kappa_tokens": round(overall["kappa_tokens"], 4),
        "tokens": overall["tokens"],
    }
    print(json.dumps(results["agree"]), flush=True)

    cp = _timed(lambda: shutil.copyfile(sara, out / "copy.jsonl"))
    line_copy = _timed(lambda: _line_copy([sara, omar], out / "lines.jsonl"))
    merged = out / "merged.jsonl"
    took = _timed(lambda: merge([sara, omar], merged))
    results["merge"] = {
        "seconds": round(took, 2),
        "cp_one_file_seconds": round(cp, 2),
        "line_copy_both_seconds": round(line_copy, 2),
        "output_mb": round(merged.stat().st_size / 1e6, 1),
    }
    print(json.dumps(results["merge"]), flush=True)

    ours, theirs = out / "ours.jsonl", out / "theirs.jsonl"
    _rewrite(sara, ours, _perturb(100, 0, seed=1))
    _rewrite(sara, theirs, _perturb(100, 50, seed=2))
    _rewrite(theirs, theirs.with_suffix(".tmp"), _perturb(200, 0, seed=3))
    theirs.with_suffix(".tmp").replace(theirs)
    cp_ours = _timed(lambda: shutil.copyfile(ours, out / "ours-copy.jsonl"))
    result = None

    def do_git_merge() -> None:
        nonlocal result
        result = merge_files(sara, ours, theirs, "corpus.jsonl")

    took = _timed(do_git_merge)
    assert result is not None
    results["git_merge"] = {
        "seconds": round(took, 2),
        "cp_seconds": round(cp_ours, 2),
        "documents_merged_by_span": result.merged,
        "conflicts": result.conflicts,
    }
    print(json.dumps(results["git_merge"]), flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-team-"))
    out.mkdir(parents=True, exist_ok=True)
    try:
        results = run(args.docs, out)
        (out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
        print(json.dumps(results, indent=2))
    finally:
        if not args.keep:
            shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
