"""``annotator convert IN OUT``: stream documents from one registered format to another, atomically.

Readers are iterators and writers consume iterables, so memory stays flat on
large files. The output is written to a temp file beside OUT and moved over it
only when everything succeeded; IN is never written. Bad input prints
``file:line: message`` lines and exits 1, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from annotator.commands.terminal import NoProgress, progress
from annotator.errors import AnnotatorError, InputError
from annotator.formats import registry
from annotator.formats.conll_read import looks_like_conll
from annotator.formats.registry import Format, FormatError

EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130
SHOWN_WARNINGS = 50
KEPT_WARNINGS = 1000


class WarningSink(list):  # type: ignore[type-arg]
    """The ``options["warnings"]`` list: keeps the first KEPT_WARNINGS, counts the rest (flat memory)."""

    def __init__(self) -> None:
        super().__init__()
        self.total = 0

    def append(self, item: Any) -> None:
        self.total += 1
        if len(self) < KEPT_WARNINGS:
            super().append(item)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The convert subcommand's arguments (the CLI helper's parser calls this)."""
    parser.add_argument("input", metavar="IN", type=Path, help="file (or folder, for brat) to read")
    parser.add_argument(
        "output",
        metavar="OUT",
        type=Path,
        help="file (or folder) to write; IN is never overwritten",
    )
    parser.add_argument(
        "--from",
        dest="from_format",
        metavar="FMT",
        help="input format (jsonl, conll, doccano, prodigy, labelstudio, brat, spacy, txt); "
        "guessed from the extension when unambiguous (.txt CoNLL files need --from conll)",
    )
    parser.add_argument(
        "--to", dest="to_format", metavar="FMT", help="output format; guessed from OUT's extension"
    )
    parser.add_argument(
        "--scheme",
        metavar="SCHEME",
        help="CoNLL tag scheme: IOB2, IOB1, BIOES or BILOU (for the CoNLL side; output when both are)",
    )
    parser.add_argument("--sep", metavar="SEP", help="CoNLL column separator: tab or space")
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
        help="format option, repeatable; 'in.KEY=V' for the reader only, 'out.KEY=V' for the writer only",
    )
    parser.add_argument("--no-progress", action="store_true", help="never draw the progress bar")


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
        else:
            read_opts[key] = write_opts[key] = _value(value)
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
    if getattr(args, "encoding", None):
        read_opts["encoding"] = args.encoding
    return read_opts, write_opts


def _format(name: str | None, path: Path, *, for_writing: bool) -> Format:
    fmt = registry.get(name) if name else registry.guess(path, for_writing=for_writing)
    if (fmt.write if for_writing else fmt.read) is None:
        able = sorted(
            f.name for f in registry.load_all().values() if (f.write if for_writing else f.read)
        )
        raise FormatError(
            f"format {fmt.name} cannot be {'written' if for_writing else 'read'}; "
            f"choose one of: {', '.join(able)}"
        )
    return fmt


def _temp_path(output: Path, folder: bool) -> Path:
    """A temp path beside OUT that keeps its extension (writers may look at it)."""
    suffix = "" if folder else output.suffix
    return output.with_name(f".{output.name}.converting-{os.getpid()}{suffix}")


def _check_paths(source: Path, output: Path, folder: bool) -> None:
    if not source.exists():
        raise InputError.single(source, None, "no such file or folder")
    if output.exists() and (
        source.resolve() == output.resolve() or os.path.samefile(source, output)
    ):
        raise FormatError(
            f"{output} is the input file; choose another output (the input is never overwritten)"
        )
    if not output.parent.is_dir():
        raise FormatError(f"cannot write {output}: the folder {output.parent} does not exist")
    if output.is_dir() and (not folder or any(output.iterdir())):
        raise FormatError(f"{output} is a folder that is not empty; choose a new name")


class _Progress:
    """A tqdm byte bar on stderr when it is a terminal, fed by the reader's progress callback."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.bar: Any = None
        if enabled:
            bar = progress(total, stream, desc="converting", threshold=0)
            self.bar = None if isinstance(bar, NoProgress) else bar

    def position(self, done: int) -> None:
        if self.bar is not None and done > self.bar.n:
            self.bar.update(done - self.bar.n)

    def documents(self, count: int) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str(f"{count} documents", refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _counted(documents: Iterable[Any], bar: _Progress) -> Iterator[Any]:
    for n, doc in enumerate(documents, 1):
        if n % 512 == 0:
            bar.documents(n)
        yield doc


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists() or path.is_symlink():
        path.unlink(missing_ok=True)


def convert(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Do one conversion; raises AnnotatorError (bad input, unknown format) for run() to print."""
    source_path: Path = args.input
    output: Path = args.output
    source = _format(args.from_format, source_path, for_writing=False)
    if (
        not args.from_format
        and source.name == "txt"
        and source_path.is_file()
        and looks_like_conll(source_path)
    ):
        raise FormatError(
            f"{source_path} could be any of: conll, txt (its lines look like TOKEN TAG); "
            "pass --from conll to read its tags, or --from txt for plain text"
        )
    target = _format(args.to_format, output, for_writing=True)
    folder = "" in target.extensions and output.suffix == ""
    _check_paths(source_path, output, folder)
    read_opts, write_opts = split_options(args, source, target)
    warnings = WarningSink()
    bar = _Progress(_size(source_path), err, not getattr(args, "no_progress", False))
    read_opts["warnings"] = warnings
    read_opts["progress"] = bar.position
    write_opts.setdefault("warnings", warnings)
    write_opts.setdefault(
        "output_path", output
    )  # side files (Label Studio's config XML) follow OUT, not the temp
    temp = _temp_path(output, folder)
    try:
        documents = _counted(source.read(source_path, read_opts), bar)  # type: ignore[misc]
        report = target.write(documents, temp, write_opts)  # type: ignore[misc]
        bar.close()
        if output.is_dir():
            output.rmdir()  # checked empty above
        os.replace(temp, output)
    finally:
        bar.close()
        _remove(temp)
    _print_warnings(err, warnings, report.warnings)
    print(
        f"wrote {output} ({target.name}): {report.documents} documents, {report.spans} spans, "
        f"{warnings.total + len(report.warnings)} warnings",
        file=out,
    )
    return EXIT_OK


def _print_warnings(err: TextIO, read_warnings: WarningSink, write_warnings: list[str]) -> None:
    lines = [f"warning: {w}" for w in [*read_warnings, *write_warnings]]
    hidden = read_warnings.total - len(read_warnings)
    for line in lines[:SHOWN_WARNINGS]:
        print(line, file=err)
    hidden += max(0, len(lines) - SHOWN_WARNINGS)
    if hidden:
        print(f"... and {hidden} more warning(s)", file=err)


def run(args: argparse.Namespace) -> int:
    """Entry point for ``annotator convert``: exit 0 on success, 1 on bad input or a failed write, 130 on Ctrl-C."""
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
