"""``annotator validate --jobs N`` and ``stats --jobs N``: a big JSONL file read by N processes.

Each worker reads a piece of whole lines (formats.parallel) through the same scanner and
record reader as the one-process pass (storage.lines.LineScan, record_codec) and gives back
counts: documents, spans, labels in order of first appearance, or the statistics'
accumulator. Merged in the file's order they are the one-process figures exactly. A piece
holding any problem (a bad line, a NUL, a label outside the schema) is not merged: the
file is read again in one process, which names every problem as it always has.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from annotator.commands.stats import StatsAccumulator
from annotator.commands.validate import DocumentSource, OnBytes, ValidationReport
from annotator.errors import InputError
from annotator.formats import parallel
from annotator.storage.lines import LineScan
from annotator.storage.stream import counted_or_document


@dataclass
class _Piece:
    """What one worker found in its piece; ``ok`` False: read the file in one process."""

    ok: bool
    documents: int = 0
    spans: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    stats: StatsAccumulator | None = None


def _read_piece(task: tuple[str, int, int, frozenset[str] | None, bool]) -> _Piece:
    name, start, end, label_names, want_stats = task
    path = Path(name)
    data = parallel.read_piece(path, start, end)
    piece = _Piece(True, stats=StatsAccumulator() if want_stats else None)
    labels = piece.labels
    try:
        for number, a, b, problem in LineScan(data, 0, path):
            if problem is not None:
                return _Piece(False)
            doc = counted_or_document(data[a:b], path, number)
            piece.documents += 1
            piece.spans += len(doc.spans)
            for span in doc.spans:
                labels[span.label] = labels.get(span.label, 0) + 1
            if piece.stats is not None:
                piece.stats.add(doc)
    except InputError:
        return _Piece(False)
    if label_names is not None and not labels.keys() <= label_names:
        return _Piece(False)
    return piece


def _pieces(
    source: DocumentSource,
    jobs: int,
    label_names: set[str] | None,
    want_stats: bool,
    on_bytes: OnBytes,
) -> list[_Piece] | None:
    """Every piece's result in order, or None when the file must be read in one process."""
    jobs = parallel.effective_jobs(jobs, source.size)
    if jobs < 2 or source.texts_with_annotations or len(source.files) != 1:
        return None
    path, encoding = source.files[0]
    if path.suffix.lower() == ".txt":
        return None
    start = parallel.utf8_start(path, encoding)
    if start is None:
        return None
    cuts = parallel.cut_points(path, start)
    if len(cuts) < 2:
        return None
    names = None if label_names is None else frozenset(label_names)
    tasks = [(str(path), a, b, names, want_stats) for a, b in cuts]
    results: list[_Piece] = []
    reported = 0
    for (a, b), piece in zip(cuts, parallel.ordered(_read_piece, tasks, jobs)):
        if not piece.ok:
            break
        results.append(piece)
        on_bytes(b - a)
        reported += b - a
    else:
        if any(p.documents for p in results):
            return results
    on_bytes(-reported)  # read again in one process: the progress starts over, not past 100%
    return None  # a problem, or "no documents": the one-process pass says so


def validate_in_pieces(
    source: DocumentSource,
    jobs: int,
    *,
    label_names: set[str] | None = None,
    on_bytes: OnBytes,
    fallback: Callable[[], ValidationReport],
) -> ValidationReport:
    """validate_source with ``jobs`` processes; ``fallback()`` when the file has a problem."""
    pieces = _pieces(source, jobs, label_names, False, on_bytes)
    if pieces is None:
        return fallback()
    report = ValidationReport(path=source.path)
    for piece in pieces:
        report.documents += piece.documents
        report.spans += piece.spans
        for label, count in piece.labels.items():
            report.labels[label] = report.labels.get(label, 0) + count
    return report


def stats_in_pieces(
    source: DocumentSource, jobs: int, on_bytes: OnBytes
) -> StatsAccumulator | None:
    """The statistics' accumulator filled by ``jobs`` processes, or None: read in one."""
    pieces = _pieces(source, jobs, None, True, on_bytes)
    if pieces is None:
        return None
    total = StatsAccumulator()
    for piece in pieces:
        assert piece.stats is not None
        total.merge(piece.stats)
    return total
