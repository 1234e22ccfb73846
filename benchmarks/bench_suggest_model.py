"""The suggestion model on AQMAR: train on 80 % of the articles, score on the other 20 %.

Usage: python benchmarks/bench_suggest_model.py [--iterations 10] [--seed 13] [--lang ar]

Reads ../shared/data/aqmar/*.txt with our CoNLL reader (one document per sentence, the
tags' typos as they are), splits the *articles* 80/20 with a fixed seed, trains
annotator.suggest.model.train_model on the training sentences (their spans as labelled,
through our tokenizer), and prints precision, recall and F1 per label and overall (exact
span and label) on the held-out sentences, with the training time. Outside the test run.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from annotator.formats.conll_read import read
from annotator.model import Document
from annotator.suggest.model import ModelSuggester, train_model

AQMAR = HERE.parent.parent / "shared" / "data" / "aqmar"


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--iterations", type=int, default=10)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--lang", default=None)
    args = parser.parse_args()
    articles = sorted(AQMAR.glob("*.txt"))
    rng = random.Random(args.seed)
    held = set(rng.sample(range(len(articles)), round(len(articles) * 0.2)))
    train: list[Document] = []
    test: list[Document] = []
    for n, path in enumerate(articles):
        docs = list(read(path, {}))
        (test if n in held else train).extend(docs)
    print(
        f"articles: {len(articles) - len(held)} train, {len(held)} held out: "
        f"{', '.join(articles[n].stem for n in sorted(held))}"
    )
    print(
        f"sentences: {len(train)} train, {len(test)} test; "
        f"spans: {sum(len(d.spans) for d in train)} train, {sum(len(d.spans) for d in test)} test"
    )
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "aqmar.model"
        started = time.perf_counter()
        report = train_model(
            train,
            out,
            language=args.lang,
            iterations=args.iterations,
            seed=args.seed,
            progress=lambda n, of, loss: print(
                f"  iteration {n}/{of}: loss {loss:.1f}", flush=True
            ),
        )
        trained = time.perf_counter() - started
        model = ModelSuggester(out)
        started = time.perf_counter()
        tp: Counter[str] = Counter()
        fp: Counter[str] = Counter()
        fn: Counter[str] = Counter()
        for doc in test:
            gold = {s.key for s in doc.spans}
            guess = {s.span.key for s in model.find(doc)}
            for _s, _e, label in guess & gold:
                tp[label] += 1
            for _s, _e, label in guess - gold:
                fp[label] += 1
            for _s, _e, label in gold - guess:
                fn[label] += 1
        predicted = time.perf_counter() - started
    print(
        f"language {report.language}; {report.spans} training spans used, "
        f"{report.skipped_spans} left out (cut a token or overlap)"
    )
    print(
        f"training: {trained:.1f} s for {args.iterations} iterations; "
        f"prediction on the held-out sentences: {predicted:.1f} s"
    )
    print(f"{'label':<10}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
    for label in sorted(set(tp) | set(fn) | set(fp)):
        p, r, f = _prf(tp[label], fp[label], fn[label])
        print(f"{label:<10}{p:7.3f}{r:7.3f}{f:7.3f}{tp[label] + fn[label]:7d}")
    p, r, f = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    print(f"{'overall':<10}{p:7.3f}{r:7.3f}{f:7.3f}{sum(tp.values()) + sum(fn.values()):7d}")


if __name__ == "__main__":
    main()
