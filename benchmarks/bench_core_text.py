"""Benchmark the tokenizer and the offset maps (outside the default test run).

Usage: .venv/bin/python benchmarks/bench_core_text.py [path/to/article-ar.txt]
Prints tokenizer throughput on the sample article repeated to 5 MB, and Utf16Index /
QtPositionMap build and lookup times on 10 MB of text with emoji and CRLF.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from annotator.text.offsets import QtPositionMap, Utf16Index
from annotator.text.snapping import snap, word_at
from annotator.text.tokenize import tokenize

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "samples" / "article-ar.txt"


def repeat_to(text: str, size: int) -> str:
    unit = text + "\n"
    return unit * (size // len(unit.encode("utf-8")) + 1)


def best_of(n: int, fn):  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(n):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    article = path.read_text(encoding="utf-8")
    text = repeat_to(article, 5_000_000)
    mb = len(text.encode("utf-8")) / 1e6
    seconds, tokens = best_of(2, lambda: tokenize(text))
    cpu0 = time.process_time()
    tokenize(text)
    cpu = time.process_time() - cpu0  # less sensitive than wall time to other jobs on the machine
    print(
        f"tokenize: {mb:.1f} MB, {len(tokens):,} tokens in {seconds:.2f} s = "
        f"{len(tokens) / seconds:,.0f} tokens/s, {mb / seconds:.2f} MB/s (CPU time {cpu:.2f} s = "
        f"{len(tokens) / cpu:,.0f} tokens/s)"
    )

    rng = random.Random(1)
    probes = [rng.randrange(len(text)) for _ in range(2000)]
    seconds, _ = best_of(1, lambda: [word_at(text, p) for p in probes])
    print(f"word_at on the 5 MB text: {seconds / len(probes) * 1e6:.0f} µs per call")
    seconds, _ = best_of(1, lambda: [snap(text, p, p + 30) for p in probes])
    print(
        f"snap (30-char selection) on the 5 MB text: {seconds / len(probes) * 1e6:.0f} µs per call"
    )

    big = repeat_to(article.replace("\n", "\r\n") + " 🇲🇦 👍🏽 ", 10_000_000)
    mb = len(big.encode("utf-8")) / 1e6
    for cls in (Utf16Index, QtPositionMap):
        seconds, index = best_of(3, lambda cls=cls: cls(big))  # type: ignore[misc]
        print(
            f"{cls.__name__} build: {mb:.1f} MB ({len(big):,} code points): {seconds * 1000:.1f} ms"
        )
        cps = [rng.randrange(len(big)) for _ in range(100_000)]
        forward = index.to_utf16 if cls is Utf16Index else index.to_qt
        back = index.to_codepoint
        seconds, units = best_of(3, lambda f=forward, c=cps: [f(x) for x in c])  # type: ignore[misc]
        print(
            f"  code point -> {'UTF-16' if cls is Utf16Index else 'Qt'}: "
            f"{seconds / len(cps) * 1e6:.2f} µs per call"
        )
        seconds, _ = best_of(3, lambda b=back, u=units: [b(x) for x in u])  # type: ignore[misc]
        print(f"  back to code point: {seconds / len(cps) * 1e6:.2f} µs per call")


if __name__ == "__main__":
    main()
