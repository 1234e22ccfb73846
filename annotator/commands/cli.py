"""The ``annotator`` command: validate, stats and convert in the terminal, or open the window.

Every error a user can cause is one plain paragraph on stderr and a non-zero
exit, never a traceback. The window is reached only through the entry point
group ``annotator.gui`` so the core never imports Qt (docs/decisions/0001).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from annotator import __version__
from annotator.commands import convert as convert_command
from annotator.commands import search as search_command
from annotator.commands import suggest as suggest_command
from annotator.commands import team as team_command
from annotator.commands.jobs_option import add_jobs_option
from annotator.commands.terminal import MODES, TerminalWriter, progress
from annotator.commands.terminal import report as _report
from annotator.commands.window import open_window, window_parser
from annotator.display import escaped
from annotator.errors import AnnotatorError, InputError

COMMANDS: tuple[str, ...] = (
    "validate",
    "stats",
    "convert",
    "search",
    "suggest",
    *team_command.COMMANDS,
)
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141


def _add_display_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--bidi",
        choices=MODES,
        default=None,
        help="how to print right-to-left text: visual (reordered and shaped, for terminals without "
        "bidi), logical (as stored), or auto (default; also set by ANNOTATOR_BIDI): logical when "
        "piped, with --json, or in VTE/Konsole/mlterm terminals, visual otherwise",
    )


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser with its subcommands (``annotator [PATH]`` is handled in main)."""
    parser = argparse.ArgumentParser(
        prog="annotator",
        usage="annotator [-h] [--version] [PATH | COMMAND ...]",
        description="Offline span annotation for right-to-left text. "
        "Run `annotator [--lang ar|fa|he|en] [PATH]` to open the window on a .jsonl, .txt or "
        "folder (--lang: the interface language).",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", prog="annotator")

    validate = sub.add_parser(
        "validate",
        help="check every line of a corpus and print each problem as file:line: message",
        description="Check every document of a .jsonl file, a .txt file or a folder of .txt files "
        "without changing anything. Exit 0 and a summary when clean, 1 when there are problems.",
    )
    validate.add_argument(
        "path", metavar="FILE", type=Path, help="a .jsonl, a .txt or a folder of .txt files"
    )
    validate.add_argument(
        "--labels",
        metavar="SCHEMA",
        type=Path,
        help="a label schema (.toml): labels not in it are problems",
    )
    validate.add_argument(
        "--encoding",
        metavar="ENC",
        help="the files' encoding when not UTF-8/UTF-16 with BOM (any Python codec)",
    )
    validate.add_argument(
        "--skip-bad",
        action="store_true",
        help="list records that cannot be read as skipped (numbered) and exit 0 when the rest "
        "is valid: what `convert --skip-bad` would leave out",
    )
    _add_display_options(validate)
    add_jobs_option(validate)

    stats = sub.add_parser(
        "stats",
        help="documents by status, spans per label and the most frequent span texts",
        description="Count documents by status and spans per label, and list the most frequent "
        "span texts of each label.",
    )
    stats.add_argument(
        "path", metavar="FILE", type=Path, help="a .jsonl, a .txt or a folder of .txt files"
    )
    stats.add_argument(
        "--json", action="store_true", help="print one JSON object instead of a table"
    )
    stats.add_argument(
        "--top",
        metavar="N",
        type=int,
        default=10,
        help="how many frequent texts to list per label (default 10)",
    )
    stats.add_argument(
        "--encoding",
        metavar="ENC",
        help="the files' encoding when not UTF-8/UTF-16 with BOM (any Python codec)",
    )
    _add_display_options(stats)
    add_jobs_option(stats)

    convert = sub.add_parser(
        "convert",
        help="convert annotations between formats (JSONL, CoNLL, doccano, Prodigy, ...)",
        description="Convert annotations between formats.",
    )
    convert_command.add_arguments(convert)
    team_command.add_plot_option(stats)
    team_command.add_parsers(sub)
    search_command.add_arguments(
        sub.add_parser(
            "search",
            help="find a word in every document (Arabic-aware: harakat, alef forms, clitics)",
            description="Find QUERY in every document: one line per match, id:start-end: context.",
        )
    )
    suggest_command.add_arguments(
        sub.add_parser(
            "suggest",
            help="pre-annotate: suggestions from a gazetteer, the corpus itself or a model",
            description="Write suggestions (not annotations) into the corpus, or into --out.",
        )
    )
    return parser


def _wants_window(args: Sequence[str]) -> bool:
    """True unless the first word is a subcommand (or only --help/--version is asked for)."""
    positional = [a for a in args if not a.startswith("-") or a == "-"]
    if positional:
        return positional[0] not in COMMANDS
    return not any(a in ("-h", "--help", "--version") for a in args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``annotator`` console script; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    _tolerate_unencodable_output()
    err = TerminalWriter.for_stream(sys.stderr, _bidi_flag(args_list))
    try:
        if _wants_window(args_list):
            window_args = window_parser().parse_args(args_list)
            return open_window(window_args.path, err, window_args.lang)
        args = build_parser().parse_args(args_list)
        if args.command == "validate":
            return _run_validate(args, err)
        if args.command == "stats":
            return _run_stats(args, err)
        if args.command in team_command.COMMANDS:
            return team_command.run(args, err)
        if args.command == "search":
            return search_command.run(args, err)
        if args.command == "suggest":
            return suggest_command.run(args, err)
        return _run_convert(args, err)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except InputError as exc:
        _report(err, str(exc))
        return EXIT_PROBLEMS
    except AnnotatorError as exc:  # LockedError, SchemaError, SaveError, FormatError...
        _report(err, f"annotator: {exc}")
        return EXIT_PROBLEMS
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        _report(err, f"annotator: {where}{exc.strerror or exc}")
        return EXIT_PROBLEMS


def _bidi_flag(args: Sequence[str]) -> str | None:
    """The --bidi value anywhere on the command line (errors may print before parsing ends)."""
    for i, arg in enumerate(args):
        if arg.startswith("--bidi="):
            return arg.split("=", 1)[1] if arg.split("=", 1)[1] in MODES else None
        if arg == "--bidi" and i + 1 < len(args) and args[i + 1] in MODES:
            return args[i + 1]
    return None


def _tolerate_unencodable_output() -> None:
    """Never crash on a console that cannot encode Arabic: escape what it cannot show."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if reconfigure is not None and encoding not in ("utf8", "utf16", "utf32"):
            reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    """After a closed pipe (``annotator stats big.jsonl | head``) keep Python quiet at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# -- the window ---------------------------------------------------------------


# -- convert ------------------------------------------------------------------


def _run_convert(args: argparse.Namespace, err: TerminalWriter) -> int:
    return convert_command.run(args)


# -- validate -----------------------------------------------------------------


def _run_validate(args: argparse.Namespace, err: TerminalWriter) -> int:
    from annotator.commands.jobs import validate_in_pieces
    from annotator.commands.validate import DocumentSource, validate_source

    label_names: set[str] | None = None
    if args.labels is not None:
        from annotator.schema import LabelSchema

        label_names = set(LabelSchema.load(args.labels).names)
    source = DocumentSource(args.path, encoding=args.encoding)
    with progress(source.size, sys.stderr) as bar:
        report = validate_in_pieces(
            source,
            getattr(args, "jobs", 1),
            label_names=label_names,
            on_bytes=bar.update,
            fallback=lambda: validate_source(
                source,
                label_names=label_names,
                label_source=str(args.labels or ""),
                on_bytes=bar.update,
                skip_bad=bool(getattr(args, "skip_bad", False)),
            ),
        )
    if args.labels is None:
        _check_schema_beside(source.annotations_path, report)
    _mention_unsaved_edits(source.annotations_path, err)
    out = TerminalWriter.for_stream(sys.stdout, args.bidi)
    for problem in report.problems:
        out.line(str(problem))
    hidden = report.problem_count - len(report.problems)
    if hidden:
        out.line(f"... and {hidden} more problem(s)")
    for number, problem in enumerate(report.skipped, 1):
        out.line(f"skipped {number}: {problem}")
    if report.skipped_count > len(report.skipped):
        out.line(f"skipped: ... and {report.skipped_count - len(report.skipped)} more")
    sys.stdout.flush()
    if report.ok:
        skipped = report.skipped_count
        out.line(report.summary() + (f"; {skipped} bad record(s) skipped" if skipped else ""))
        return EXIT_OK
    _report(
        err,
        f"{report.problem_count} problem(s) in {escaped(str(report.path))} "
        f"({report.documents} documents "
        "read); nothing was changed.",
    )
    return EXIT_PROBLEMS


def _mention_unsaved_edits(annotations: Path, err: TerminalWriter) -> None:
    """A journal beside the file holds edits not saved yet: the file is not the whole story."""
    from annotator.storage.journal import journal_path_for

    journal = journal_path_for(annotations)
    if journal.is_file() and journal.stat().st_size > 0:
        _report(
            err,
            f"note: {escaped(str(journal))} holds edits not yet saved into "
            f"{escaped(annotations.name)}; they are "
            "replayed when the file is next opened, and were not checked here.",
        )


def _check_schema_beside(annotations: Path, report: Any) -> None:
    """The label schema the window would load beside the file must itself be valid."""
    from annotator.errors import Problem, SchemaError
    from annotator.schema import LabelSchema, schema_path_for

    beside = schema_path_for(annotations)
    if not beside.is_file():
        return
    try:
        LabelSchema.load(beside)
    except SchemaError as exc:
        message = str(exc).removeprefix(f"{beside}: ")
        report.add_problem(Problem(str(beside), None, message))


# -- stats --------------------------------------------------------------------


def _run_stats(args: argparse.Namespace, err: TerminalWriter) -> int:
    from annotator.commands.jobs import stats_in_pieces
    from annotator.commands.stats import compute_stats, stats_table
    from annotator.commands.validate import DocumentSource

    if args.top < 0:
        _report(err, "annotator: --top must be 0 or more")
        return EXIT_USAGE
    if args.plot is not None:
        return team_command.run_plot(args)
    source = DocumentSource(args.path, encoding=args.encoding, for_stats=True)
    with progress(source.size, sys.stderr) as bar:
        counted = stats_in_pieces(source, getattr(args, "jobs", 1), bar.update)
        if counted is None:
            stats = compute_stats(source.counted(on_bytes=bar.update), top=args.top)
        else:
            stats = counted.result(args.top)
    out = TerminalWriter.for_stream(sys.stdout, args.bidi, json_output=args.json)
    if args.json:
        payload = {"path": str(source.read_path), **stats.to_json()}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        for line in stats_table(stats, escaped(str(source.read_path)), out.fragment):
            out.line(line)
    sys.stdout.flush()
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
