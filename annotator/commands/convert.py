"""``annotator convert IN OUT``: stream documents from one registered format to another, atomically.

The arguments, the progress bar and the printing; the conversion itself (formats, path
checks, temp file and ``os.replace``, warnings) is annotator.formats.conversion, which the
window's Import/Export use too. Bad input prints ``file:line: message`` lines and exits 1,
never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any, TextIO

from annotator.commands.jobs_option import add_jobs_option
from annotator.commands.terminal import NoProgress, progress
from annotator.errors import AnnotatorError, InputError
from annotator.formats import conversion
from annotator.formats.cuts import CUT_POLICIES
from annotator.formats.registry import Format, FormatError

EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130
SHOWN_WARNINGS = 50
STDOUT = "-"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The convert subcommand's arguments (the CLI helper's parser calls this)."""
    parser.add_argument("input", metavar="IN", type=Path, help="file (or folder, for brat) to read")
    parser.add_argument(
        "output",
        metavar="OUT",
        type=Path,
        help="file (or folder) to write; IN is never overwritten; - writes a single-file "
        "format to standard output (needs --to)",
    )
    parser.add_argument(
        "--from",
        dest="from_format",
        metavar="FMT",
        help="input format (jsonl, conll, doccano, prodigy, labelstudio, labelstudio-min, brat, "
        "spacy, txt); "
        "guessed from the extension when unambiguous (.txt CoNLL files need --from conll)",
    )
    parser.add_argument(
        "--to", dest="to_format", metavar="FMT", help="output format; guessed from OUT's extension"
    )
    parser.add_argument(
        "--scheme",
        metavar="SCHEME",
        help=(
            "CoNLL tag scheme: IOB2, IOB1, BIOES or BILOU"
            " (for the CoNLL side; output when both are)"
        ),
    )
    parser.add_argument("--sep", metavar="SEP", help="CoNLL column separator: tab or space")
    parser.add_argument(
        "--cut",
        choices=CUT_POLICIES,
        help="a span that cuts a token (CoNLL, Prodigy, spaCy output): split the token "
        "(default), expand or contract the span, skip it, or fail naming it",
    )
    parser.add_argument(
        "--encoding",
        metavar="CODEC",
        help="encoding of IN when not UTF-8/UTF-16 with BOM (e.g. cp1256)",
    )
    parser.add_argument(
        "--option",
        "-o",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help=(
            "format option, repeatable;"
            " 'in.KEY=V' for the reader only, 'out.KEY=V' for the writer only"
        ),
    )
    parser.add_argument(
        "--skip-bad",
        action="store_true",
        help="leave out records (CoNLL: sentences) that cannot be read, list each one, and "
        "exit 0; without it one bad record fails the conversion and nothing is written",
    )
    parser.add_argument("--no-progress", action="store_true", help="never draw the progress bar")
    add_jobs_option(parser)


def _value(text: str) -> Any:
    low = text.lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    try:
        return int(text)
    except ValueError:
        return text


def split_options(
    args: argparse.Namespace, source: Format, target: Format
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Reader and writer options from --option/--scheme/--sep/--encoding."""
    read_opts: dict[str, Any] = {}
    write_opts: dict[str, Any] = {}
    for item in args.option or []:
        key, eq, value = item.partition("=")
        if not eq or not key.strip():
            raise FormatError(f"--option {item!r}: expected KEY=VALUE")
        key = key.strip()
        if key.startswith("in."):
            read_opts[key[3:]] = _value(value)
        elif key.startswith("out."):
            write_opts[key[4:]] = _value(value)
        elif key in source.read_options or key in target.write_options:
            if key in source.read_options:
                read_opts[key] = _value(value)
            if key in target.write_options:
                write_opts[key] = _value(value)
        else:
            raise FormatError(
                f"unknown option {key!r} for {source.name} -> {target.name}; the reader takes: "
                f"{', '.join(sorted(source.read_options)) or 'none'}; the writer takes: "
                f"{', '.join(sorted(target.write_options)) or 'none'} "
                "(in.KEY / out.KEY for one side; see `annotator convert --help`)"
            )
    for name in ("scheme", "sep"):
        value = getattr(args, name, None)
        if value is None:
            continue
        if target.name == "conll":
            write_opts[name] = value
        elif source.name == "conll":
            read_opts[name] = value
        else:
            raise FormatError(
                f"--{name} applies to CoNLL only; neither {source.name} nor {target.name} is CoNLL"
            )
    if getattr(args, "cut", None):
        write_opts["cut"] = args.cut
    if getattr(args, "encoding", None):
        read_opts["encoding"] = args.encoding
    return read_opts, write_opts


class _Bar:
    """A tqdm byte bar on stderr if it is a terminal, fed by the conversion's progress callback."""

    def __init__(self, stream: TextIO, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.bar: Any = None

    def update(self, done: int, total: int) -> None:
        if self.bar is None and self.enabled:  # made at the first call, which brings the total
            bar = progress(total, self.stream, desc="converting", threshold=0)
            self.enabled = not isinstance(bar, NoProgress)
            self.bar = bar if self.enabled else None
        if self.bar is not None and done > self.bar.n:
            self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def convert(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Do one conversion; raises AnnotatorError (bad input, unknown format) for run() to print."""
    to_stdout = str(args.output) == STDOUT
    if to_stdout and not args.to_format:
        raise FormatError("OUT '-' (standard output) needs --to FORMAT")
    source, target = conversion.choose_formats(
        args.input, Path("out") if to_stdout else args.output, args.from_format, args.to_format
    )
    read_opts, write_opts = split_options(args, source, target)
    with tempfile.TemporaryDirectory(prefix="annotator-") as scratch:
        output = args.output
        if to_stdout:
            if "" in target.extensions:
                raise FormatError(
                    f"{target.name} writes a folder, which cannot go to standard output; "
                    "name a folder as OUT"
                )
            output = Path(scratch) / f"out{next(iter(target.extensions), '.out')}"
            if target.name == "labelstudio":
                write_opts.setdefault("config_path", "-")
        report = _run_conversion(args, source, target, output, read_opts, write_opts, err)
        if to_stdout:
            sink = getattr(out, "buffer", None)
            if sink is None:
                out.write(output.read_bytes().decode("utf-8"))
            else:
                out.flush()
                sink.write(output.read_bytes())
                sink.flush()
    _print_report(report, err, "standard output" if to_stdout else str(report.output))
    print(
        f"wrote {'standard output' if to_stdout else report.output} ({report.to_format}): "
        f"{report.documents} documents, {report.spans} spans, {report.warnings_total} warnings"
        + (f", {report.skipped_total} bad record(s) skipped" if report.skipped_total else ""),
        file=err if to_stdout else out,
    )
    return EXIT_OK


def _run_conversion(
    args: argparse.Namespace,
    source: Format,
    target: Format,
    output: Path,
    read_opts: dict[str, Any],
    write_opts: dict[str, Any],
    err: TextIO,
) -> conversion.ConversionReport:
    bar = _Bar(err, not getattr(args, "no_progress", False))
    try:
        return conversion.convert(
            args.input,
            output,
            from_format=source.name,
            to_format=target.name,
            read_options=read_opts,
            write_options=write_opts,
            progress=bar.update,
            skip_bad=bool(getattr(args, "skip_bad", False)),
            jobs=getattr(args, "jobs", 1),
        )
    finally:
        bar.close()


def _print_report(report: conversion.ConversionReport, err: TextIO, where: str) -> None:
    """Skipped records (numbered), what the format made us change, then the warnings."""
    for number, problem in enumerate(report.skipped, 1):
        print(f"skipped {number}: {problem}", file=err)
    hidden = report.skipped_total - len(report.skipped)
    if hidden:
        print(f"skipped: ... and {hidden} more", file=err)
    if report.skipped_total:
        print(
            f"--skip-bad: {report.skipped_total} bad record(s) or line(s) listed above were "
            f"left out of {where}; everything else was converted",
            file=err,
        )
    for line in report.write_summary:
        print(f"note: {line}", file=err)
    shown, hidden = report.warning_lines(SHOWN_WARNINGS)
    for line in shown:
        print(f"warning: {line}", file=err)
    if hidden:
        print(f"... and {hidden} more warning(s)", file=err)


def run(args: argparse.Namespace) -> int:
    """Entry point for ``annotator convert``: the exit status of the conversion.

    0 on success, 1 on bad input or a failed write, 130 on Ctrl-C.
    """
    try:
        return convert(args, sys.stdout, sys.stderr)
    except InputError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_FAILED
    except AnnotatorError as exc:
        print(f"annotator convert: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"annotator convert: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("annotator convert: interrupted; nothing written", file=sys.stderr)
        return EXIT_INTERRUPTED


def main(argv: list[str] | None = None) -> int:
    """``python -m annotator.commands.convert`` (the installed command is ``annotator convert``)."""
    parser = argparse.ArgumentParser(prog="annotator convert", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
