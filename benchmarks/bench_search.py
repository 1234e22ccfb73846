"""`annotator search` on 100,000 documents next to grep and a str.find loop; gazetteer load.

Usage: python benchmarks/bench_search.py [--docs 100000] [--out DIR] [--keep]

1. Generates DIR/search-corpus.jsonl (~150 MB): texts are 2-3 random paragraphs of
   ../shared/samples/article-ar.txt, a few words varied (harakat, أ/ا, ى/ي, tatweel,
   Arabic-Indic digits) so that folding has work to do; one document in ten is written
   "by another tool": keys in another order, no id, and \\u escapes in one in twenty.
2. For each query, measures the engine in this process (opening the file to the first
   match, imports done: what the window will see), then runs `annotator search CORPUS QUERY
   --json` in a fresh process and measures the time to the first result line and to the
   end, next to two baselines in the same run: `grep -c` on the file (bytes, no folding)
   and a plain Python loop of json.loads + str.find over every line (what "decode
   everything" costs).
3. Generates a 300,000-entry gazetteer and measures loading it and matching it over
   1,000 documents.
"""

from __future__ import annotations

import argparse
import json
import os
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
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

QUERIES = [
    ("كوخافي", []),  # a name in many documents
    ("وزير الدفاع", ["--clitics"]),
    ("زهرة", []),  # nowhere: the whole file is scanned
    ("Kohavi", []),
    (r"\d{4}", ["--regex", "--limit", "1000"]),
]
VARIANTS = {"المغرب": "المَغْرِب", "إسرائيل": "اسرائيل", "على": "علي", "الجيش": "الجـيش"}


def generate(path: Path, docs: int, seed: int = 7) -> int:
    from bench_core import _spans  # every occurrence of the article's entities, as spans

    from annotator.model import Document, Span
    from annotator.storage.records import dumps_record

    paragraphs = [p for p in ARTICLE.read_text(encoding="utf-8").split("\n") if p.strip()]
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for i in range(docs):
            text = "\n".join(rng.choice(paragraphs) for _ in range(rng.choice((2, 3, 3))))
            for plain, varied in VARIANTS.items():
                if rng.random() < 0.3:
                    text = text.replace(plain, varied)
            if rng.random() < 0.2:
                text = text.replace("2022", "٢٠٢٢")
            spans = _spans(text)
            if i % 10 == 9:  # another tool's record
                record = {"meta": {"n": i}, "spans": spans, "text": text}
                out.write(json.dumps(record, ensure_ascii=(i % 20 == 19)) + "\n")
            else:
                labelled = [Span(s["start"], s["end"], s["label"]) for s in spans]  # type: ignore[arg-type]
                doc = Document(f"doc-{i + 1:06d}", text, labelled, meta={"source": "article"})
                out.write(dumps_record(doc) + "\n")
    return path.stat().st_size


def _search(path: Path, query: str, flags: list[str]) -> tuple[float, float, int]:
    """Seconds to the first result, to the end, and the number of results of the command."""
    cmd = [sys.executable, "-m", "annotator", "search", str(path), query, "--json", *flags]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, cwd=REPO)
    assert proc.stdout is not None
    first = None
    count = 0
    for _line in proc.stdout:
        if first is None:
            first = time.perf_counter() - started
        count += 1
    proc.wait()
    total = time.perf_counter() - started
    return (first if first is not None else total), total, count


def _in_process(path: Path, query: str, flags: list[str]) -> float:
    """Seconds from opening the file to the first match, imports done (what the window sees)."""
    from annotator.commands.search_scan import Candidate, candidates
    from annotator.search import Matcher, SearchOptions
    from annotator.search.prefilter import line_filter

    options = SearchOptions(regex="--regex" in flags, clitics="--clitics" in flags)
    matcher = Matcher(query, options)
    started = time.perf_counter()
    for item in candidates(path, line_filter(matcher)):
        if isinstance(item, Candidate) and next(matcher.finditer(item.text), None):
            break
    return time.perf_counter() - started


def _startup() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import annotator.commands.cli"], check=True, cwd=REPO)
    return time.perf_counter() - started


def _grep(path: Path, query: str) -> float:
    started = time.perf_counter()
    # into a pipe: GNU grep stops at the first match when its output is /dev/null
    subprocess.run(["grep", "-c", query, str(path)], stdout=subprocess.PIPE, check=False)
    return time.perf_counter() - started


def _find_loop(path: Path, query: str) -> float:
    started = time.perf_counter()
    n = 0
    with open(path, "rb") as f:
        for line in f:
            n += json.loads(line)["text"].find(query) >= 0
    return time.perf_counter() - started


def _gazetteer(tmp: Path, entries: int = 300_000) -> None:
    from annotator.model import Document
    from annotator.suggest.gazetteer import load_gazetteer

    text = ARTICLE.read_text(encoding="utf-8")
    words = [w for w in text.split() if w.isalpha() and len(w) > 2]
    rng = random.Random(3)
    path = tmp / "gazetteer.tsv"
    labels = ("PER", "LOC", "ORG", "MISC")
    seen: set[str] = set()
    with open(path, "w", encoding="utf-8") as out:
        while len(seen) < entries:
            n = rng.choice((1, 2, 2, 3))
            phrase = " ".join(
                "".join(rng.sample(w, len(w))) if rng.random() < 0.7 else w
                for w in rng.sample(words, n)
            )
            if rng.random() < 0.01:  # a few with punctuation: U.S., جنوب-أفريقيا
                phrase = phrase.replace(" ", rng.choice(("-", ".", " (")), 1)
            if phrase not in seen:
                seen.add(phrase)
                out.write(f"{phrase}\t{rng.choice(labels)}\n")
    started = time.perf_counter()
    index, problems = load_gazetteer(path)
    load = time.perf_counter() - started
    paragraphs = [p for p in ARTICLE.read_text(encoding="utf-8").split("\n") if p.strip()]
    docs = [Document(str(i), "\n".join(rng.sample(paragraphs, 3))) for i in range(1000)]
    started = time.perf_counter()
    found = sum(len(index.find(d)) for d in docs)
    match = time.perf_counter() - started
    size = path.stat().st_size / 1e6
    print(
        f"gazetteer: {len(index):,} entries ({size:.1f} MB) loaded in {load:.2f} s; "
        f"{len(problems)} bad lines"
    )
    chars = sum(len(d.text) for d in docs) / 1e6
    print(
        f"  matched over 1,000 documents ({chars:.1f} M characters) in {match:.2f} s "
        f"({match:.2f} ms per document), {found} suggestions"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    tmp = args.out or Path(tempfile.mkdtemp(prefix="bench-search-"))
    tmp.mkdir(parents=True, exist_ok=True)
    path = tmp / "search-corpus.jsonl"
    try:
        if not path.exists():
            size = generate(path, args.docs)
        else:
            size = path.stat().st_size
        print(
            f"{args.docs:,} documents, {size / 1e6:.1f} MB, {os.cpu_count()} CPUs, "
            f"load average {os.getloadavg()[0]:.1f}; Python start + imports "
            f"{_startup():.2f} s (in every figure below)"
        )
        print(
            f"{'query':<26}{'results':>9}{'engine':>8}{'first':>8}{'total':>8}{'grep -c':>9}"
            f"{'find':>8}{'x grep':>8}{'x find':>8}"
        )
        for query, flags in QUERIES:
            engine = _in_process(path, query, flags)
            first, total, count = _search(path, query, flags)
            grep = _grep(path, query)
            find = _find_loop(path, query)
            name = " ".join([query, *flags])
            print(
                f"{name:<26}{count:>9,}{engine:>8.3f}{first:>8.2f}{total:>8.2f}{grep:>9.3f}"
                f"{find:>8.2f}{total / grep:>8.1f}{total / find:>8.2f}"
            )
        _gazetteer(tmp)
    finally:
        if not args.keep and args.out is None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
