"""One streaming pass over a corpus, reporting every problem: ``annotator validate`` and ``stats``.

Unlike Corpus.open this never takes the lock, never replays or creates a
journal and never writes: it only reads. Documents are parsed one line at a
time and dropped (storage.stream), so memory stays flat on a 150 MB file.
Lines and messages are the store's own (storage.lines.LineScan,
records.document_from_line, encoding.decode_bytes), each naming the file and line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple, cast

from annotator.errors import InputError, Problem
from annotator.filekinds import reading_problem
from annotator.model import Document
from annotator.storage.encoding import UTF8, check_encoding
from annotator.storage.record_counts import Counted
from annotator.storage.sources import (
    SourceText,
    annotations_path_for,
    is_text_source,
    list_text_files,
    read_source,
    reconcile,
)
from annotator.storage.stream import scan_counted, scan_documents

_label = attrgetter("label")

MAX_REPORTED = 1000  # problems printed; the rest are counted

OnBytes = Callable[[int], object]


def _no_progress(_n: int) -> None:
    return None


@dataclass
class ValidationReport:
    """The outcome of one pass: counts of what was read, the problems met (capped, with a total)."""

    path: Path
    documents: int = 0
    spans: int = 0
    labels: Counter[str] = field(default_factory=Counter)  # in order of first appearance
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
    """The documents of a .jsonl file, a .txt file or a folder of .txt files, with their problems.

    Documents are streamed, one at a time.

    For a .txt file or folder the annotations JSONL beside it (sources.annotations_path_for)
    holds the saved work: ``for_stats`` reads it instead of the bare texts when it exists;
    otherwise the texts are read, and the annotations file too when it exists.
    """

    def __init__(self, path: Path, encoding: str | None = None, *, for_stats: bool = False) -> None:
        self.path = Path(path)
        self.encoding = encoding
        check_encoding(encoding, self.path)
        if (problem := reading_problem(self.path, folder=True)) is not None:
            raise InputError.single(self.path, None, problem)
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

    def scan(
        self, on_bytes: OnBytes = _no_progress, *, counted: bool = False
    ) -> Iterator[Located | Problem]:
        """Every document in order (with where it was read), and a Problem for each one not read.

        ``counted``: a JSONL line that proves clean comes as a record_counts.Counted (status,
        text and spans only: enough to count) rather than a Document.
        """
        for file, encoding in self.files:
            if file.suffix.lower() == ".txt":
                yield from _scan_txt(file, encoding, on_bytes)
            else:
                yield from _scan_jsonl(file, encoding, on_bytes, counted)

    def documents(self, on_bytes: OnBytes = _no_progress) -> Iterator[Document]:
        """Every document; after the pass, InputError if any could not be read.

        Nothing is half-counted.
        """
        # without ``counted`` the scan gives Documents only
        return cast("Iterator[Document]", self.counted(on_bytes, counted=False))

    def counted(
        self, on_bytes: OnBytes = _no_progress, *, counted: bool = True
    ) -> Iterator[Document | Counted]:
        """documents(), with a Counted for each JSONL line that proves clean (for stats)."""
        problems: list[Problem] = []
        more = 0
        for item in self.scan(on_bytes, counted=counted):
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
    """Check every document of ``path``.

    With ``label_names``, spans whose label is outside it are problems.
    """
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
    for item in source.scan(on_bytes, counted=pairing is None):
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
        spans = doc.spans
        report.spans += len(spans)
        # counted in C, labels in order of first appearance as before
        report.labels.update(map(_label, spans))
        if label_names is None:
            continue
        for span in spans:
            if span.label not in label_names:
                report.add_problem(
                    Problem(
                        str(item.path),
                        item.line,
                        f"span [{span.start}, {span.end}) label {span.label!r} "
                        f"is not in the label schema {label_source} "
                        f"(known: {', '.join(sorted(label_names)) or 'none'})",
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
        doc = item.document
        if not isinstance(doc, Document):  # pragma: no cover - paired sources scan documents
            raise TypeError("a paired source is read as Documents")
        if item.path != self.annotations:
            self.texts.append(SourceText(doc.id, item.path, doc.text, UTF8))
            return True
        self.docs.append(doc)
        self.lines.append(item.line or 0)
        return False

    def check(self, report: ValidationReport) -> int:
        """Report sources whose text changed under their annotations.

        Return how many new sources join.
        """
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


class Located(NamedTuple):
    """A document read from ``path`` at ``line`` (None for a whole .txt file).

    The path and line are kept for later messages. (A NamedTuple: made once per line.)
    """

    document: Document | Counted
    path: Path
    line: int | None


# -- JSONL ------------------------------------------------------------------------


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _scan_jsonl(
    path: Path, encoding: str | None, on_bytes: OnBytes, counted: bool = False
) -> Iterator[Located | Problem]:
    """A JSONL file line by line, read as the store reads it (storage.stream.scan_documents)."""
    scan = scan_counted if counted else scan_documents
    for item in scan(path, encoding, on_bytes):
        if isinstance(item, InputError):
            yield from item.problems
        else:
            yield Located(item[1], path, item[0])


# -- plain text ---------------------------------------------------------------------


def _scan_txt(path: Path, encoding: str | None, on_bytes: OnBytes) -> Iterator[Located | Problem]:
    """One .txt file is one document, its text exactly as decoded (CRLF kept).

    It is read as the store reads it.
    """
    on_bytes(_size(path))
    try:
        source = read_source(path, encoding)
    except InputError as exc:
        yield from exc.problems
        return
    yield Located(Document(id=source.id, text=source.text), path, None)
