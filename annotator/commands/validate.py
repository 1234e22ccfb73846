"""Reading a corpus in one streaming pass, reporting every problem: ``annotator validate`` and ``stats``.

Unlike Corpus.open this never takes the lock, never replays or creates a
journal and never writes: it only reads. Documents are parsed one line at a
time and dropped, so memory stays flat on a 150 MB file. Messages are the
store's own (records.document_from_line, encoding.decode_bytes), each naming
the file and line.
"""

from __future__ import annotations

import codecs
import mmap
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from annotator.errors import InputError, Problem
from annotator.model import Document
from annotator.storage.encoding import UTF8, check_utf8_chunks, decode_with_encoding, sniff_encoding
from annotator.storage.lines import MAX_LINE_BYTES
from annotator.storage.records import document_from_line
from annotator.storage.sources import (
    SourceText,
    annotations_path_for,
    is_text_source,
    list_text_files,
    read_source,
    reconcile,
)

MAX_REPORTED = 1000  # problems printed; the rest are counted
BINARY_SNIFF_BYTES = 8192  # a NUL this early means a binary file, not a stray byte
RELEASE_BYTES = 32 * 1024 * 1024  # hand read pages back to the kernel every 32 MB
_BLANK = b" \t\r\f\v"

OnBytes = Callable[[int], object]


def _no_progress(_n: int) -> None:
    return None


@dataclass
class ValidationReport:
    """The outcome of one pass: counts of what was read and the problems met (capped, with a total)."""

    path: Path
    documents: int = 0
    spans: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    skipped: list[Problem] = field(default_factory=list)  # --skip-bad: unreadable records
    skipped_count: int = 0

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def add_problem(self, problem: Problem) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_REPORTED:
            self.problems.append(problem)

    def summary(self) -> str:
        return f"ok: {self.documents} documents, {self.spans} spans, {len(self.labels)} labels"


class DocumentSource:
    """The documents of a .jsonl file, a .txt file or a folder of .txt files, streamed with their problems.

    For a .txt file or folder the annotations JSONL beside it (sources.annotations_path_for)
    holds the saved work: ``for_stats`` reads it instead of the bare texts when it exists;
    otherwise the texts are read, and the annotations file too when it exists.
    """

    def __init__(self, path: Path, encoding: str | None = None, *, for_stats: bool = False) -> None:
        self.path = Path(path)
        self.encoding = encoding
        if encoding is not None:
            try:
                codecs.lookup(encoding)
            except LookupError:
                raise InputError.single(
                    self.path,
                    None,
                    f"unknown encoding {encoding!r} (use a Python codec name such as cp1256, iso8859-6, utf-16)",
                ) from None
        if not self.path.exists():
            raise InputError.single(self.path, None, "no such file or folder")
        self.annotations_path = (
            annotations_path_for(self.path) if is_text_source(self.path) else self.path
        )
        # (file, encoding to read it with): the annotations file is ours, so never --encoding
        self.files: list[tuple[Path, str | None]] = []
        has_annotations = self.annotations_path != self.path and self.annotations_path.is_file()
        self.texts_with_annotations = has_annotations and not for_stats
        if not (for_stats and has_annotations):
            self.files.extend((f, encoding) for f in self._source_files())
        if has_annotations:
            self.files.append((self.annotations_path, None))
        # what the figures describe: the saved annotations when read, else the path given
        self.read_path = self.annotations_path if for_stats and has_annotations else self.path
        self.size = sum(_size(f) for f, _ in self.files)

    def _source_files(self) -> list[Path]:
        if self.path.is_dir():
            try:
                found = list_text_files(self.path)
            except OSError as exc:
                raise InputError.single(
                    self.path, None, f"cannot list the folder: {exc.strerror or exc}"
                ) from None
            if not found:
                raise InputError.single(
                    self.path,
                    None,
                    "the folder holds no .txt files (each .txt file is one document)",
                )
            return found
        return [self.path]

    def scan(self, on_bytes: OnBytes = _no_progress) -> Iterator[Located | Problem]:
        """Every document in order (with where it was read), and a Problem wherever one could not be read."""
        for file, encoding in self.files:
            if file.suffix.lower() == ".txt":
                yield from _scan_txt(file, encoding, on_bytes)
            else:
                yield from _scan_jsonl(file, encoding, on_bytes)

    def documents(self, on_bytes: OnBytes = _no_progress) -> Iterator[Document]:
        """Every document; after the pass, InputError if any could not be read (nothing half-counted)."""
        problems: list[Problem] = []
        more = 0
        for item in self.scan(on_bytes):
            if isinstance(item, Located):
                yield item.document
            elif len(problems) < MAX_REPORTED:
                problems.append(item)
            else:
                more += 1
        if problems:
            raise InputError(problems, more=more)


def validate(
    path: Path,
    *,
    encoding: str | None = None,
    label_names: set[str] | None = None,
    label_source: str = "",
    on_bytes: OnBytes = _no_progress,
) -> ValidationReport:
    """Check every document of ``path``; with ``label_names``, spans whose label is outside it are problems."""
    return validate_source(
        DocumentSource(path, encoding),
        label_names=label_names,
        label_source=label_source,
        on_bytes=on_bytes,
    )


def validate_source(
    source: DocumentSource,
    *,
    label_names: set[str] | None = None,
    label_source: str = "",
    on_bytes: OnBytes = _no_progress,
    skip_bad: bool = False,
) -> ValidationReport:
    """validate() on an already opened source (the CLI sizes its progress bar from it first).

    ``skip_bad``: a record that cannot be read is listed in ``skipped``, not as a problem
    (what ``annotator convert --skip-bad`` would leave out).
    """
    report = ValidationReport(path=source.path)
    pairing = _Pairing(source.annotations_path) if source.texts_with_annotations else None
    for item in source.scan(on_bytes):
        if isinstance(item, Problem):
            if skip_bad:
                report.skipped_count += 1
                if len(report.skipped) < MAX_REPORTED:
                    report.skipped.append(item)
                continue
            report.add_problem(item)
            continue
        doc = item.document
        if pairing is not None and pairing.add(item):
            continue  # a .txt source: counted once paired with the annotations below
        report.documents += 1
        report.spans += len(doc.spans)
        for span in doc.spans:
            report.labels[span.label] = report.labels.get(span.label, 0) + 1
            if label_names is not None and span.label not in label_names:
                report.add_problem(
                    Problem(
                        str(item.path),
                        item.line,
                        f"span [{span.start}, {span.end}) label {span.label!r} is not in the label schema "
                        f"{label_source} (known: {', '.join(sorted(label_names)) or 'none'})",
                    )
                )
    if pairing is not None:
        report.documents += pairing.check(report)
    return report


class _Pairing:
    """.txt sources and the annotations JSONL beside them, checked together as Corpus.open does."""

    def __init__(self, annotations: Path) -> None:
        self.annotations = annotations
        self.texts: list[SourceText] = []
        self.docs: list[Document] = []
        self.lines: list[int] = []

    def add(self, item: Located) -> bool:
        """Keep the item; True when it is a source text rather than an annotated document."""
        if item.path != self.annotations:
            self.texts.append(SourceText(item.document.id, item.path, item.document.text, UTF8))
            return True
        self.docs.append(item.document)
        self.lines.append(item.line or 0)
        return False

    def check(self, report: ValidationReport) -> int:
        """Report sources whose text changed under their annotations; return how many new sources join."""
        ids = [doc.id for doc in self.docs]
        try:
            merged, _missing = reconcile(
                self.docs, self.lines, ids, self.texts, self.annotations.name
            )
        except InputError as exc:
            for problem in exc.problems:
                report.add_problem(problem)
            return 0
        return 0 if merged is None else len(merged) - len(self.docs)


@dataclass(frozen=True)
class Located:
    """A document read from ``path`` at ``line`` (None for a whole .txt file): lines for later messages."""

    document: Document
    path: Path
    line: int | None


# -- JSONL ------------------------------------------------------------------------


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _scan_jsonl(path: Path, encoding: str | None, on_bytes: OnBytes) -> Iterator[Located | Problem]:
    """A JSONL file line by line, with the checks and messages of the store's index (formats.jsonl)."""
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            try:
                enc = sniff_encoding(f.read(4), path, encoding)
            except InputError as exc:
                yield from exc.problems
                return
            if size <= len(enc.bom):
                on_bytes(size)
                yield Problem(str(path), None, "the file is empty (no documents)")
                return
            if not enc.is_utf8:  # UTF-16 or a named codec: decoded whole, as the store does
                f.seek(0)
                raw = f.read()
                on_bytes(len(raw))
                try:
                    text, _enc = decode_with_encoding(raw, path, encoding)
                except InputError as exc:
                    yield from exc.problems
                    return
                yield from _scan_utf8_lines(path, text.encode("utf-8"), 0, _no_progress)
                return
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
                nul = mm.find(b"\0", 0, BINARY_SNIFF_BYTES)
                if nul >= 0:  # a binary file: one message (the store's), not one per "line"
                    on_bytes(size)
                    line = mm[:nul].count(b"\n") + 1
                    yield Problem(
                        str(path),
                        line,
                        f"a NUL byte at offset {nul}: a binary file, not JSON lines",
                    )
                    return
                yield from _scan_utf8_lines(path, mm, len(enc.bom), on_bytes)
    except IsADirectoryError:
        yield Problem(str(path), None, "is a folder, not a JSONL file")
    except OSError as exc:
        yield Problem(str(path), None, f"cannot read the file: {exc.strerror or exc}")


def _scan_utf8_lines(
    path: Path, data: bytes | mmap.mmap, start: int, on_bytes: OnBytes
) -> Iterator[Located | Problem]:
    """Every line of UTF-8 bytes parsed in turn; pages already read are released so memory stays flat."""
    pos, line, size, documents = start, 0, len(data), 0
    undecodable = 0
    released = 0
    while pos < size:
        nl = data.find(b"\n", pos)
        stop = size if nl < 0 else nl
        line += 1
        raw = data[pos:stop]
        on_bytes(stop + 1 - pos)
        line_start, pos = pos, stop + 1
        if isinstance(data, mmap.mmap) and pos - released > RELEASE_BYTES:
            released = _release(data, released, pos)
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        if not raw.strip(_BLANK):
            continue  # blank lines are allowed anywhere and are not documents
        documents += 1
        if len(raw) > MAX_LINE_BYTES:
            yield Problem(
                str(path),
                line,
                f"the line is {len(raw) / 1e6:.0f} MB, over the "
                f"{MAX_LINE_BYTES / 1e6:.0f} MB limit for one document; split it",
            )
            continue
        if (nul := raw.find(b"\0")) >= 0:
            yield Problem(
                str(path),
                line,
                f"a NUL byte at offset {line_start + nul}: a binary file, not JSON lines",
            )
            continue
        try:
            yield Located(document_from_line(raw, path, line), path, line)
            continue
        except InputError as exc:
            if raw.isascii() or _is_utf8(raw):
                yield from exc.problems
                continue
        # json.loads decodes the bytes itself; a line that is not UTF-8 gets the store's message instead
        undecodable += 1
        if undecodable == 1:  # naming the first bad byte and suggesting --encoding
            try:  # on a copy of the bytes so far: the message counts lines from the file start
                check_utf8_chunks(bytes(data[:stop]), path, start=line_start)
            except InputError as exc:
                yield from exc.problems
            else:  # pragma: no cover - the line failed to decode above
                yield Problem(
                    str(path),
                    line,
                    "not valid UTF-8; pass the file's real encoding with --encoding",
                )
    if undecodable > 1:
        yield Problem(
            str(path),
            None,
            f"{undecodable - 1} more line(s) are not valid UTF-8 either; "
            "pass the file's real encoding with --encoding",
        )
    if documents == 0:
        yield Problem(str(path), None, "no documents: the file holds only blank lines")


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _release(mm: mmap.mmap, begin: int, end: int) -> int:
    """Tell the kernel the mapped pages before ``end`` are done with (they are re-read if needed)."""
    page_end = end - end % mmap.PAGESIZE
    if page_end > begin and hasattr(mm, "madvise") and hasattr(mmap, "MADV_DONTNEED"):
        try:
            mm.madvise(mmap.MADV_DONTNEED, begin, page_end - begin)
        except (OSError, ValueError):
            return begin
        return page_end
    return begin


# -- plain text ---------------------------------------------------------------------


def _scan_txt(path: Path, encoding: str | None, on_bytes: OnBytes) -> Iterator[Located | Problem]:
    """One .txt file is one document, its text exactly as decoded (CRLF kept), read as the store reads it."""
    on_bytes(_size(path))
    try:
        source = read_source(path, encoding)
    except InputError as exc:
        yield from exc.problems
        return
    yield Located(Document(id=source.id, text=source.text), path, None)
