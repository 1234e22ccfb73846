"""`annotator suggest CORPUS`: pre-annotation from a gazetteer, the corpus itself or a model.

Each source replaces its own earlier suggestions (``SetSuggestions``) and never proposes
anything over an existing span. Without ``--out`` the suggestions go into the corpus as one
journalled transaction (one undo step in the window) and the corpus is saved, so the lock
and journal rules hold; with ``--out`` the corpus is only read and a copy with the
suggestions is written (native JSONL, atomically). Counts per source and label are printed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from annotator.commands.terminal import MODES, TerminalWriter
from annotator.errors import AnnotatorError
from annotator.storage.corpus import Corpus
from annotator.storage.fileio import atomic_writer
from annotator.storage.records import record_line_bytes
from annotator.suggest.run import Finder, SuggestRun, suggestion_edit

EXIT_OK, EXIT_USAGE = 0, 2
BESIDE = Path("\0beside")  # --train / --model without DIR: CORPUS.model beside the corpus
SHOW_PROPAGATED = 10  # strings named in the propagation report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="CORPUS", type=Path, help="a .jsonl, .txt or folder")
    parser.add_argument("--gazetteer", metavar="FILE", type=Path, help="TSV: phrase<TAB>label")
    parser.add_argument(
        "--propagate", action="store_true", help="suggest what is labelled elsewhere in it"
    )
    model = parser.add_mutually_exclusive_group()
    model.add_argument(
        "--model",
        metavar="DIR",
        type=Path,
        nargs="?",
        const=BESIDE,
        help="a model made by --train (default: CORPUS.model beside the corpus)",
    )
    model.add_argument(
        "--train",
        metavar="DIR",
        type=Path,
        nargs="?",
        const=BESIDE,
        help="train a spaCy model on the done documents into DIR (default: CORPUS.model)",
    )
    parser.add_argument("--lang", help="the model's language (ar fa ur he xx); default: guessed")
    parser.add_argument("--iterations", type=int, default=10, help="training passes (10)")
    parser.add_argument("--out", metavar="OUT", type=Path, help="write a copy, leave CORPUS")
    parser.add_argument("--bidi", choices=MODES, default=None, help="as for stats")


def _sources(
    args: argparse.Namespace, corpus: Corpus, out: TerminalWriter, err: TerminalWriter
) -> list[tuple[str, Finder]]:
    sources: list[tuple[str, Finder]] = []
    if args.gazetteer is not None:
        from annotator.suggest.gazetteer import SOURCE, load_gazetteer

        gazetteer, problems = load_gazetteer(args.gazetteer)
        for problem in problems:
            err.line(f"warning: {problem}")
        out.line(f"gazetteer: {len(gazetteer)} phrases from {out.fragment(str(args.gazetteer))}")
        sources.append((SOURCE, gazetteer.find))
    if args.propagate:
        from annotator.suggest.propagate import SOURCE as CORPUS
        from annotator.suggest.propagate import learn_labelled

        learnt = learn_labelled(corpus.iter_documents())
        out.line(f"corpus: {len(learnt.index)} labelled strings to propagate")
        top = sorted(learnt.documents, key=lambda s: -learnt.documents[s])[:SHOW_PROPAGATED]
        for folded in top:
            out.line(f"  {out.fragment(learnt.describe(folded))}")
        sources.append((CORPUS, learnt.index.find))
    if args.train is not None or args.model is not None:
        from annotator.suggest.model import SOURCE as MODEL
        from annotator.suggest.model import ModelSuggester, model_path_for, train_model

        for name in ("train", "model"):
            if getattr(args, name) == BESIDE:
                setattr(args, name, model_path_for(corpus.path))
        if args.train is not None:
            done = [d for d in corpus.iter_documents() if d.status == "done"]
            report = train_model(
                done,
                args.train,
                language=args.lang,
                iterations=args.iterations,
                progress=lambda n, of, loss: err.line(f"training {n}/{of}: loss {loss:.1f}"),
            )
            out.line(
                f"model: trained on {report.documents} done documents ({report.spans} spans, "
                f"{report.skipped_spans} left out) in {report.seconds:.1f} s, "
                f"language {report.language}, saved in {out.fragment(str(args.train))}"
            )
        suggester = ModelSuggester(args.train or args.model)
        sources.append((MODEL, suggester.find))
    return sources


def run(args: argparse.Namespace, err: TerminalWriter) -> int:
    if args.gazetteer is None and not args.propagate and args.model is None and args.train is None:
        err.line("annotator: suggest needs a source: --gazetteer, --propagate, --model or --train")
        return EXIT_USAGE
    out = TerminalWriter.for_stream(sys.stdout, args.bidi)
    counts: Counter[tuple[str, str]] = Counter()
    with Corpus.open(args.path, readonly=args.out is not None, eager_limit=0) as corpus:
        sources = _sources(args, corpus, out, err)
        names = ", ".join(name for name, _ in sources)
        if args.out is not None:
            changed = _write_copy(corpus, args.out, sources, counts)
        else:
            done = SuggestRun(corpus, sources).run()
            counts, changed = done.counts, done.changed
            if done.steps:
                corpus.apply_steps(done.steps, f"Suggestions from {names}")
                corpus.save()
    where = out.fragment(str(args.out or args.path))
    out.line(f"{changed} document(s) with new suggestions from {names}, in {where}")
    for (source, label), n in sorted(counts.items()):
        out.line(f"  {source:<10} {out.fragment(label):<12} {n}")
    return EXIT_OK


def _write_copy(
    corpus: Corpus,
    target: Path,
    sources: list[tuple[str, Finder]],
    counts: Counter[tuple[str, str]],
) -> int:
    """Every document with its suggestions into ``target`` (a temp file, then renamed)."""
    if target.resolve() == corpus.path.resolve():
        raise AnnotatorError(f"{target}: --out must not be the corpus itself")
    changed = 0
    with atomic_writer(target) as file:
        for doc in corpus.iter_documents():
            edit = suggestion_edit(doc, sources, counts)
            if edit is not None:
                doc = doc.copy()
                edit.apply(doc)
                changed += 1
            file.write(record_line_bytes(doc) + b"\n")
    return changed
