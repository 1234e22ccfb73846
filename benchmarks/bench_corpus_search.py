"""The window's "Search all documents" (CorpusSearch in slices) on a generated corpus.

Usage: python benchmarks/bench_corpus_search.py [--docs 100000] [--repeat 3] [--out DIR]

The corpus is bench_search.py's (2-3 paragraphs of the sample article per document, words
varied with harakat, أ/ا, ى/ي, tatweel, Arabic-Indic digits; one document in ten written by
another tool: keys in another order, no id, \\u escapes in one in twenty). It is opened as the
window opens it (``Corpus.open``, lazy), then each query is searched the way the window runs
it: ``advance(8)`` until a 30 ms budget is spent, one turn of the event loop in between
(ui/slices.py). Reported, median and spread of --repeat runs: time to the first match, to the
end, and the longest single turn (how long the window could not paint); next to the baseline
measured in the same run: the same search reading every document in full (``Corpus[i]``: no
byte filter, no quick read of our own lines). The ratio is baseline / ours.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from bench_search import generate

from annotator.commands.search_scan import quick_text
from annotator.search import Matcher, SearchOptions
from annotator.search.corpus_search import CorpusSearch
from annotator.storage.corpus import Corpus

QUERIES = [
    ("كوخافي", SearchOptions()),  # in many documents
    ("وزير الدفاع", SearchOptions(clitics=True)),
    ("زهرة", SearchOptions()),  # nowhere
    ("Kohavi", SearchOptions()),
]
BUDGET_S = 0.03
SLICE = 8


def run(corpus: Corpus, matcher: Matcher, filtered: bool) -> tuple[float, float, float, int]:
    """(first match, end, longest turn) in seconds, and the number of matches."""
    line = corpus.index.raw if filtered else None
    quick = quick_text if filtered else None
    search = CorpusSearch(matcher, len(corpus), corpus.__getitem__, line, quick)
    started = time.perf_counter()
    first: float | None = None
    longest = 0.0
    while not search.complete:
        turn = time.perf_counter()
        deadline = turn + BUDGET_S
        while not search.advance(SLICE) and time.perf_counter() < deadline:
            pass
        now = time.perf_counter()
        longest = max(longest, now - turn)
        if first is None and search.found:
            first = now - started
    total = time.perf_counter() - started
    return (first if first is not None else total), total, longest, search.found


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} ±{(max(values) - min(values)) / 2:4.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    tmp = args.out or Path(tempfile.mkdtemp(prefix="bench-corpus-search-"))
    tmp.mkdir(parents=True, exist_ok=True)
    path = tmp / "search-corpus.jsonl"
    try:
        size = generate(path, args.docs) if not path.exists() else path.stat().st_size
        started = time.perf_counter()
        corpus = Corpus.open(path, readonly=True)
        opened = time.perf_counter() - started
        print(
            f"{len(corpus):,} documents, {size / 1e6:.1f} MB, {os.cpu_count()} CPUs, load "
            f"average {os.getloadavg()[0]:.1f}; opened in {opened:.2f} s; seconds, median ±"
            f" half the range of {args.repeat} runs"
        )
        print(
            f"{'query':<22}{'matches':>8}{'first':>12}{'total':>12}{'longest turn':>14}"
            f"{'baseline total':>16}{'ratio':>7}"
        )
        for query, options in QUERIES:
            matcher = Matcher(query, options)
            ours = [run(corpus, matcher, True) for _ in range(args.repeat)]
            base = [run(corpus, matcher, False) for _ in range(args.repeat)]
            assert len({r[3] for r in ours + base}) == 1, "both ways find the same matches"
            ratio = statistics.median(r[1] for r in base) / statistics.median(r[1] for r in ours)
            print(
                f"{query:<22}{ours[0][3]:>8,}{spread([r[0] for r in ours]):>12}"
                f"{spread([r[1] for r in ours]):>12}"
                f"{spread([r[2] * 1000 for r in ours]) + ' ms':>14}"
                f"{spread([r[1] for r in base]):>16}{ratio:>7.1f}"
            )
        corpus.close()
    finally:
        if args.out is None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
