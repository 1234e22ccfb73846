"""The team commands: split, merge, agree, adjudicate, git-setup, git-merge (and stats --plot).

Registered in annotator.commands.cli with two lines (add_parsers, run); every handler returns
the exit code and raises AnnotatorError for a user's mistake (cli.main prints it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from annotator.commands.terminal import MODES, TerminalWriter
from annotator.display import escaped

COMMANDS: tuple[str, ...] = ("split", "merge", "agree", "adjudicate", "git-setup", "git-merge")


def _names(value: str) -> list[str]:
    return [n for n in (x.strip() for x in value.split(",")) if n]


def add_parsers(sub: Any) -> None:
    """Add the team subcommands to the ``annotator`` parser's subparsers."""
    p = sub.add_parser(
        "split",
        help="hand a corpus out to annotators: one file each, some documents to several",
        description="Write DIR/NAME.jsonl per annotator and DIR/manifest.json. Documents are "
        "shuffled with --seed; a fraction --overlap goes to every annotator (--overlap-to all) "
        "or to two of them (--overlap-to 2), the rest is dealt round-robin.",
    )
    p.add_argument("corpus", metavar="CORPUS", type=Path, help="the .jsonl corpus")
    p.add_argument("--annotators", required=True, type=_names, metavar="NAME,NAME,...")
    p.add_argument("--overlap", type=float, default=0.0, metavar="FRACTION")
    p.add_argument("--overlap-to", choices=("all", "2"), default="all")
    p.add_argument("--seed", type=int, default=0, metavar="N")
    p.add_argument("--out", required=True, type=Path, metavar="DIR")

    p = sub.add_parser(
        "merge",
        help="collect annotators' files into one corpus, keeping every version of a conflict",
        description="Merge by document id. Documents several annotators changed differently "
        'keep each version under "versions" for `annotator adjudicate` or the window.',
    )
    p.add_argument("files", metavar="FILE", type=Path, nargs="+")
    p.add_argument("--out", required=True, type=Path, metavar="OUT")
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")

    p = sub.add_parser(
        "agree",
        help="inter-annotator agreement: span F1, token kappa, Krippendorff's alpha",
        description="Agreement on the documents the files share (by id; texts must be "
        "identical). Each file is one annotator, named by its file name without extension.",
    )
    p.add_argument("files", metavar="FILE", type=Path, nargs="+")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--labels", type=_names, metavar="L,...", help="only these labels")
    p.add_argument(
        "--no-tokens",
        action="store_true",
        help="span measures only: skip token kappa and alpha (several times faster)",
    )
    p.add_argument("--bidi", choices=MODES, default=None)

    p = sub.add_parser(
        "adjudicate",
        help="one corpus whose documents carry each annotator's spans as candidates",
        description="Write OUT, a corpus to adjudicate in the window: every shared document "
        "carries each annotator's version; with --accept-agreed the spans all of them have "
        "are accepted already.",
    )
    p.add_argument("files", metavar="FILE", type=Path, nargs="+")
    p.add_argument("--out", required=True, type=Path, metavar="OUT")
    p.add_argument("--accept-agreed", action="store_true")

    p = sub.add_parser(
        "git-setup",
        help="register annotator's merge driver for *.jsonl in a git repository",
        description="Add merge.annotator to .git/config and '*.jsonl merge=annotator' (and the "
        "label schemas) to .gitattributes, so git merges annotators' branches by document and "
        "span.",
    )
    p.add_argument("repo", metavar="REPO", type=Path, nargs="?", default=Path("."))

    p = sub.add_parser(
        "git-merge",
        help="(run by git) three-way merge of a JSONL corpus by document and span",
        description="git's merge driver: BASE OURS THEIRS [PATH]; the result replaces OURS. "
        "Exit 0 when clean, 1 when conflicts were left as adjudication items.",
    )
    for name in ("base", "ours", "theirs"):
        p.add_argument(name, type=Path)
    p.add_argument("path", nargs="?", default="")


def add_plot_option(stats: argparse.ArgumentParser) -> None:
    stats.add_argument(
        "--plot",
        metavar="OUT",
        type=Path,
        help="draw progress, spans per label and document, annotators and agreement to OUT "
        "(.png or .svg; needs matplotlib: pip install 'annotator[plots]')",
    )


def run(args: argparse.Namespace, err: TerminalWriter) -> int:
    handler = {
        "split": _split,
        "merge": _merge,
        "agree": _agree,
        "adjudicate": _adjudicate,
        "git-setup": _git_setup,
        "git-merge": _git_merge,
    }[args.command]
    return handler(args, err)


def run_plot(args: argparse.Namespace) -> int:
    """``annotator stats FILE --plot OUT``: the team statistics drawn to OUT."""
    from annotator.commands.plot import plot
    from annotator.commands.validate import DocumentSource
    from annotator.team.progress import team_stats

    source = DocumentSource(args.path, encoding=args.encoding, for_stats=True)
    stats = team_stats(source.documents())
    plot(stats, args.plot, title=f"{source.read_path.name}: {stats.documents} documents")
    print(f"plot written to {escaped(str(args.plot))}")
    return 0


def _split(args: argparse.Namespace, err: TerminalWriter) -> int:
    from annotator.team.split import split

    plan = split(
        args.corpus,
        args.annotators,
        args.out,
        overlap=args.overlap,
        overlap_to=args.overlap_to,
        seed=args.seed,
    )
    for name in plan.annotators:
        print(f"{escaped(name)}: {len(plan.documents[name])} documents")
    print(f"{len(plan.overlap)} documents given to more than one annotator")
    print(f"manifest: {escaped(str(args.out / 'manifest.json'))}")
    return 0


def _merge(args: argparse.Namespace, err: TerminalWriter) -> int:
    from annotator.team.merge import merge

    report = merge(args.files, args.out)
    if args.json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
        return 0
    print(
        f"{report.documents} documents: {report.single} from one annotator, {report.agreed} "
        f"alike in every version, {report.conflicted} with conflicts "
        f"({report.conflict_spans} disputed spans) kept with every version"
    )
    for doc_id in report.conflicted_ids[:20]:
        print(f"  conflict: {escaped(doc_id)}")
    if report.conflicted > 20:
        print(f"  ... and {report.conflicted - 20} more")
    return 0


def _fmt(value: Any) -> str:
    return "-" if value is None else f"{value:.3f}"


def _agree(args: argparse.Namespace, err: TerminalWriter) -> int:
    from annotator.team.agreement import agree

    report = agree(args.files, args.labels, tokens=not args.no_tokens).to_json()
    if args.json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
        return 0
    out = TerminalWriter.for_stream(sys.stdout, args.bidi)
    out.line(
        f"{report['documents']} shared documents, annotators {', '.join(report['annotators'])}"
    )
    for pair in report["pairs"]:
        o = pair["overall"]
        out.line(
            f"{pair['a']} vs {pair['b']} ({pair['documents']} documents): F1 exact "
            f"{_fmt(o['f1_exact'])}, overlap {_fmt(o['f1_overlap'])}, token kappa "
            f"{_fmt(o['kappa_tokens'])} over {o['tokens']} tokens"
        )
        for label, c in pair["labels"].items():
            out.line(
                f"  {out.fragment(label)}: F1 exact {_fmt(c['f1_exact'])}, overlap "
                f"{_fmt(c['f1_overlap'])} ({c['n_a']} vs {c['n_b']}, {c['matched_exact']} alike)"
            )
        counts = pair["disagreements"]["counts"]
        if counts:
            out.line("  disagreements: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        for item in pair["disagreements"]["items"][:10]:
            sides = [
                f"{who} {s['label']} [{s['start']}, {s['end']}) {out.fragment(s['text'])}"
                for who, s in (("a", item["a"]), ("b", item["b"]))
                if s is not None
            ]
            out.line(f"    {escaped(item['document'])}: {item['kind']}: " + "; ".join(sides))
    out.line(f"Krippendorff's alpha over tokens: {_fmt(report['alpha_tokens'])}")
    if report["fleiss_kappa_tokens"] is not None:
        out.line(f"Fleiss' kappa over tokens: {_fmt(report['fleiss_kappa_tokens'])}")
    return 0


def _adjudicate(args: argparse.Namespace, err: TerminalWriter) -> int:
    from annotator.team.adjudication import adjudicate_into

    # never over an annotator's file, unsaved edits or a corpus open in a window
    report = adjudicate_into(args.files, args.out, accept_agreed=args.accept_agreed)
    print(
        f"{report.documents} documents, {report.shared} with several versions, "
        f"{report.disagreements} disagreements to decide, {report.accepted} spans accepted"
    )
    return 0


def _git_setup(args: argparse.Namespace, err: TerminalWriter) -> int:
    from annotator.team.gitmerge import git_setup

    for line in git_setup(args.repo):
        print(line)
    return 0


def _git_merge(args: argparse.Namespace, err: TerminalWriter) -> int:
    from annotator.team.gitmerge import merge_files

    result = merge_files(args.base, args.ours, args.theirs, args.path)
    if result.conflicts:
        sys.stderr.write(
            f"annotator git-merge: {result.conflicts} conflict(s) in {args.path or args.ours} "
            'left as adjudication items ("versions"); run `annotator adjudicate` or open it\n'
        )
        return 1
    return 0
