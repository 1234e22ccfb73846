"""Conversion as a service: read one format, write another, atomically, with warnings as values.

``annotator convert`` and the window's Import/Export call these functions. The formats are
chosen from names or guessed from paths; the output is written to a temp path beside OUT and
moved over it only when everything succeeded (the input is never written); what the reader
and the writer had to say comes back in a ConversionReport. Progress is a callback
``progress(done, total)``; ``cancelled()`` is asked between documents and, when it says yes,
ConversionCancelled is raised with nothing written. Bad input raises InputError, an impossible
request FormatError; no function here prints.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from annotator.display import escaped
from annotator.errors import AnnotatorError, InputError, Problem, SaveError
from annotator.filekinds import LOOP, is_stream, kind, reading_problem, resolved
from annotator.formats import registry
from annotator.formats.conll_read import looks_like_conll
from annotator.formats.registry import Format, FormatError, WriteReport
from annotator.model import Document
from annotator.storage.encoding import check_encoding
from annotator.storage.fileio import check_replaceable, fsync_dir

NATIVE_FORMAT = "jsonl"
KEPT_WARNINGS = 1000  # reader warnings kept as values; the rest are only counted (flat memory)

Progress = Callable[[int, int], None]  # (done, total): bytes for convert, documents for export
Cancelled = Callable[[], bool]


class ConversionCancelled(AnnotatorError):
    """The caller's ``cancelled()`` said stop; nothing was written."""

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was written")


class WarningSink(list[Problem]):
    """The reader's ``options["warnings"]``: keeps the first ``keep`` items, counts them all."""

    def __init__(self, keep: int = KEPT_WARNINGS) -> None:
        super().__init__()
        self.keep = keep
        self.total = 0

    def append(self, item: Problem) -> None:
        self.total += 1
        if len(self) < self.keep:
            super().append(item)


@dataclass(frozen=True)
class ConversionReport:
    """What one conversion did: formats, output, counts, and what the reader and writer reported."""

    output: Path
    from_format: str | None  # None when the documents came from memory (export_documents)
    to_format: str
    documents: int
    spans: int
    read_warnings: tuple[Problem, ...]  # the first KEPT_WARNINGS of read_warnings_total
    read_warnings_total: int
    write_warnings: tuple[str, ...]  # everything the target format could not represent
    write_summary: tuple[str, ...] = ()  # counts: tokens split, spans skipped, overlaps dropped
    skipped: tuple[Problem, ...] = ()  # skip_bad: the bad records left out (first PROBLEM_CAP)
    skipped_total: int = 0

    @property
    def warnings_total(self) -> int:
        return self.read_warnings_total + len(self.write_warnings)

    def warning_lines(self, limit: int | None = None) -> tuple[list[str], int]:
        """Up to ``limit`` warnings as text (the reader's, then the writer's) and how many more."""
        shown = [str(w) for w in self.read_warnings[:limit]]
        room = None if limit is None else max(0, limit - len(shown))
        shown += self.write_warnings[:room]
        return shown, self.warnings_total - len(shown)


def choose_formats(
    source: Path, output: Path, from_format: str | None = None, to_format: str | None = None
) -> tuple[Format, Format]:
    """The reader and writer formats: named, or guessed from the paths when unambiguous."""
    reader = _format(from_format, source, for_writing=False)
    if not from_format and reader.name == "txt" and source.is_file() and looks_like_conll(source):
        raise FormatError(
            f"{source} could be any of: conll, txt (its lines look like TOKEN TAG); "
            "pass --from conll to read its tags, or --from txt for plain text"
        )
    return reader, _format(to_format, output, for_writing=True)


def convert(
    source: Path,
    output: Path,
    *,
    from_format: str | None = None,
    to_format: str | None = None,
    read_options: Mapping[str, Any] | None = None,
    write_options: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    skip_bad: bool = False,
    jobs: int = 1,
) -> ConversionReport:
    """Read ``source`` and write ``output`` atomically; progress counts bytes of the input.

    ``skip_bad``: records the reader cannot read are left out and listed in the report's
    ``skipped`` instead of failing the whole conversion (an input with no good record still
    fails). ``jobs``: processes for a big file (conversion_jobs); the same bytes for any.
    """
    source, output = Path(source), Path(output)
    reader, writer = choose_formats(source, output, from_format, to_format)
    registry.check_options(reader, read_options or {}, writing=False)
    registry.check_options(writer, write_options or {}, writing=True)
    folder = _writes_folder(writer, output)
    check_paths(source, output, folder)
    check_encoding((read_options or {}).get("encoding"), source)
    total = _size(source)
    bytes_read = _Monotonic(progress, total)
    bytes_read(0)
    warnings = WarningSink()
    read_opts = {**(read_options or {}), "warnings": warnings, "progress": bytes_read}
    read_opts |= {"skip_bad": True} if skip_bad else {}
    assert reader.read is not None  # _format chose a format that reads
    skipped: list[InputError] = []
    report: WriteReport | None = None
    if jobs != 1 and not skip_bad and cancelled is None:
        from annotator.formats import conversion_jobs  # only for --jobs: light starts

        report = conversion_jobs.try_pieces(
            source, reader, writer, read_options or {}, write_options or {}, jobs, warnings,
            bytes_read, lambda fmt: _write((), fmt, output, folder, write_options, warnings),
        )  # fmt: skip
    if report is None:
        documents = reader.read(source, read_opts)
        if skip_bad:
            documents = _skipping(documents, skipped)
        docs = _between(documents, cancelled)
        report = _write(docs, writer, output, folder, write_options, warnings)
    bytes_read(total)
    result = _report(output, reader.name, writer.name, report, warnings)
    if skipped:
        problems = tuple(skipped[0].problems)
        result = replace(result, skipped=problems, skipped_total=len(problems) + skipped[0].more)
    return result


def _skipping(documents: Iterable[Document], skipped: list[InputError]) -> Iterator[Document]:
    """The documents a reader yields; its InputError at the end is kept in ``skipped``.

    Readers yield every good record and raise after the last one; with none good, the
    error is raised as it is (there is nothing to convert).
    """
    count = 0
    try:
        for doc in documents:
            count += 1
            yield doc
    except InputError as exc:
        if not count:
            raise
        skipped.append(exc)


def export_documents(
    documents: Iterable[Document],
    count: int,
    output: Path,
    fmt_name: str,
    options: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ConversionReport:
    """Write ``documents`` (``count`` of them) as ``fmt_name`` atomically; progress in documents."""
    output = Path(output)
    writer = _format(fmt_name, output, for_writing=True)
    registry.check_options(writer, options or {}, writing=True)
    folder = _writes_folder(writer, output)
    check_output(output, folder)
    done = _Monotonic(progress, count)
    done(0)
    warnings = WarningSink()
    docs = _between(documents, cancelled, done)
    report = _write(docs, writer, output, folder, options, warnings)
    return _report(output, None, writer.name, report, warnings)


def import_to_jsonl(
    source: Path,
    fmt_name: str,
    target: Path,
    *,
    read_options: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ConversionReport:
    """Read a foreign file (or folder) and write our native JSONL to ``target``."""
    return convert(
        source,
        target,
        from_format=fmt_name,
        to_format=NATIVE_FORMAT,
        read_options=read_options,
        progress=progress,
        cancelled=cancelled,
    )


def check_paths(source: Path, output: Path, folder: bool) -> None:
    """Refuse a missing input, an output that is the input, or an output that cannot be made."""
    check_input(source)
    if output.exists() and (
        source.resolve() == output.resolve() or os.path.samefile(source, output)
    ):
        raise FormatError(
            f"{output} is the input file; choose another output (the input is never overwritten)"
        )
    check_output(output, folder)


def check_input(source: Path) -> None:
    """Refuse a missing input, a symlink loop, a FIFO or a device (reading it would wait or
    never end), and a folder holding a loop, FIFO or device (its reader would read it)."""
    if (problem := reading_problem(source, folder=True)) is not None:
        raise InputError.single(source, None, problem)
    if source.is_dir():
        problems = [
            Problem(str(entry), None, problem)
            for entry in sorted(source.iterdir())
            if (problem := reading_problem(entry, folder=True)) is not None
            and (problem == LOOP or entry.exists())  # a dangling link: its reader says so
        ]
        if problems:
            raise InputError(problems)


def check_output(output: Path, folder: bool) -> None:
    """Refuse an output in a missing folder, or a folder output that already holds files."""
    try:
        output = resolved(output)  # a link is written through: check where it leads
    except OSError:
        raise FormatError(f"cannot write {escaped(str(output))}: it is {LOOP}") from None
    if is_stream(output):
        if folder:
            raise FormatError(
                f"cannot write a folder of files to {escaped(str(output))}, "
                f"which is {kind(output.stat().st_mode)}; name a folder as OUT"
            )
        return
    if output.is_file():
        try:
            check_replaceable(output)
        except OSError as exc:
            raise FormatError(f"cannot write {escaped(str(output))}: {exc.strerror}") from None
    if not output.parent.is_dir():
        raise FormatError(f"cannot write {output}: the folder {output.parent} does not exist")
    if output.is_dir() and (not folder or any(output.iterdir())):
        raise FormatError(f"{output} is a folder that is not empty; choose a new name")


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


def _writes_folder(writer: Format, output: Path) -> bool:
    return "" in writer.extensions and output.suffix == ""


class _Monotonic:
    """Forwards ``position`` to ``progress(position, total)`` only when it moved forward."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.done = -1

    def __call__(self, position: int) -> None:
        position = min(position, self.total)
        if self.progress is not None and position > self.done:
            self.done = position
            self.progress(position, self.total)


def _between(
    documents: Iterable[Document],
    cancelled: Cancelled | None,
    counted: Callable[[int], None] | None = None,
) -> Iterator[Document]:
    """The documents, asking ``cancelled()`` before each one and once after the last."""
    for n, doc in enumerate(documents, 1):
        if cancelled is not None and cancelled():
            raise ConversionCancelled
        yield doc
        if counted is not None:
            counted(n)
    if cancelled is not None and cancelled():  # before the writer finishes (and writes side files)
        raise ConversionCancelled


def _write(
    documents: Iterable[Document],
    writer: Format,
    output: Path,
    folder: bool,
    options: Mapping[str, Any] | None,
    warnings: WarningSink,
) -> WriteReport:
    """Write to a temp path beside ``output`` and move it over ``output`` only on success.

    A symlink is written through (the temp goes beside the file it leads to); a character
    device or a FIFO is written to directly, never replaced.
    """
    write_opts = dict(options or {})
    write_opts.setdefault("warnings", warnings)
    # side files (Label Studio's config XML) follow the real output, not the temp
    write_opts.setdefault("output_path", output)
    target = resolved(output)  # check_output refused a loop
    if is_stream(target):
        return _run_writer(writer, documents, target, write_opts, output)
    temp = _temp_path(target, folder)
    try:
        report = _run_writer(writer, documents, temp, write_opts, output)
        if target.is_dir():
            target.rmdir()  # checked empty before
        os.replace(temp, target)
        fsync_dir(target.parent)
    finally:
        _remove(temp)
    return report


def _run_writer(
    writer: Format, documents: Iterable[Document], path: Path, opts: dict[str, Any], output: Path
) -> WriteReport:
    """``writer.write``; what a writer could not encode is a SaveError, not a traceback."""
    assert writer.write is not None  # _format chose a format that writes
    try:
        return writer.write(documents, path, opts)
    except (UnicodeEncodeError, RecursionError) as exc:
        if isinstance(exc, RecursionError):
            why = "a value is nested too deeply to write"
        else:
            why = (
                f"{exc.object[exc.start : exc.end]!a} cannot be written as {exc.encoding} "
                "(an unpaired surrogate, from a \\u escape)"
            )
        raise SaveError(f"cannot write {escaped(str(output))} as {writer.name}: {why}") from None


def _report(
    output: Path, source: str | None, target: str, written: WriteReport, warnings: WarningSink
) -> ConversionReport:
    return ConversionReport(
        output=output,
        from_format=source,
        to_format=target,
        documents=written.documents,
        spans=written.spans,
        read_warnings=tuple(warnings),
        read_warnings_total=warnings.total,
        write_warnings=tuple(written.warnings),
        write_summary=tuple(written.summary),
    )


def _temp_path(output: Path, folder: bool) -> Path:
    """A new temp file (or folder) beside OUT that keeps its extension (writers may look at it).

    Made here with O_EXCL (mkstemp, mkdtemp), so no link planted at its name is followed;
    it gets the mode OUT keeps (or a new file's) rather than mkstemp's 0600.
    """
    prefix, suffix = f".{output.name}.converting-", "" if folder else output.suffix
    try:
        if folder:
            temp = Path(tempfile.mkdtemp(suffix, prefix, output.parent))
        else:
            fd, name = tempfile.mkstemp(suffix, prefix, output.parent)
            os.close(fd)
            temp = Path(name)
    except OSError as exc:
        raise SaveError(
            f"cannot write {escaped(str(output))}: cannot create a file in "
            f"{escaped(str(output.parent))}: {exc.strerror or exc}"
        ) from exc
    umask = os.umask(0)
    os.umask(umask)
    keep = output.stat().st_mode & 0o7777 if output.exists() else None
    os.chmod(temp, keep if keep is not None else (0o777 if folder else 0o666) & ~umask)
    return temp


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists() or path.is_symlink():
        path.unlink(missing_ok=True)
