"""Collect annotators' files back into one corpus by document id, keeping every version.

For each document id (in order of first appearance, files in the order given):

- one file has it: its line is copied byte for byte;
- several files have it and their versions agree (same spans by start, end and label, same
  status): the first file's line, byte for byte;
- they differ: one record holding the spans every version has (accepted, ``"from"`` naming
  them), status the shared one or ``todo``, the latest ``"changed"`` stamp, and every
  annotator's version under ``"versions"`` (annotator.team.versions) for adjudication.

Texts must be identical (TeamError names the document otherwise).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotator.model import CHANGED_KEY, Document
from annotator.storage.fileio import atomic_writer
from annotator.storage.records import record_line_bytes
from annotator.team.files import TeamFile, read_team_files, same_text
from annotator.team.versions import (
    VERSIONS_KEY,
    Version,
    version_of,
    versions_record,
    with_origin,
)


@dataclass
class MergeReport:
    """What a merge found: documents by kind, and spans that need adjudication."""

    documents: int = 0
    single: int = 0  # documents only one annotator had
    agreed: int = 0  # documents several had, all alike
    conflicted: int = 0  # documents kept with their versions
    conflict_spans: int = 0  # spans some versions have and others lack
    per_annotator: Counter[str] = field(default_factory=Counter)
    conflicted_ids: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "single": self.single,
            "agreed": self.agreed,
            "conflicted": self.conflicted,
            "conflict_spans": self.conflict_spans,
            "per_annotator": dict(self.per_annotator),
            "conflicted_ids": self.conflicted_ids[:100],
        }


def combined(
    doc_id: str, docs: Sequence[tuple[str, Document]], *, accept_agreed: bool = True
) -> Document:
    """One document carrying every version; the spans all versions share accepted if asked."""
    text = same_text(doc_id, [(name, d.text) for name, d in docs])
    versions = {name: version_of(d) for name, d in docs}
    base = docs[0][1].copy()
    base.spans = []
    if accept_agreed:
        shared = frozenset.intersection(*(v.keys for v in versions.values()))
        names = list(versions)
        base.spans = sorted(with_origin(s, names) for s in docs[0][1].spans if s.key in shared)
    statuses = {v.status for v in versions.values()}
    base.status = statuses.pop() if len(statuses) == 1 else "todo"
    stamps = [v.changed for v in versions.values() if isinstance(v.changed, dict)]
    if stamps:
        base.extra[CHANGED_KEY] = max(stamps, key=lambda s: str(s.get("at", "")))
    base.extra[VERSIONS_KEY] = versions_record(versions, text)
    return base


def _disputed(versions: Iterable[Version]) -> int:
    counts = Counter(k for v in versions for k in v.keys)
    everyone = max(counts.values(), default=0)
    return sum(1 for n in counts.values() if n < everyone) if counts else 0


def merged_lines(files: Sequence[TeamFile], report: MergeReport) -> Iterator[bytes]:
    """The merged corpus, one line (without newline) per document."""
    order: dict[str, list[TeamFile]] = {}
    for f in files:
        for doc_id in sorted(f.ids, key=f.ids.__getitem__):
            order.setdefault(doc_id, []).append(f)
            report.per_annotator[f.name] += 1
    for doc_id, holders in order.items():
        report.documents += 1
        if len(holders) == 1:
            report.single += 1
            yield holders[0].index.raw(holders[0].ids[doc_id])
            continue
        raws = [f.index.raw(f.ids[doc_id]) for f in holders]
        if all(raw == raws[0] for raw in raws[1:]):  # the same bytes: alike, nothing to parse
            report.agreed += 1
            yield raws[0]
            continue
        docs = [(f.name, f.document(doc_id)) for f in holders]
        versions = [version_of(d) for _n, d in docs]
        same_text(doc_id, [(n, d.text) for n, d in docs])
        if all(v.same_as(versions[0]) for v in versions[1:]):
            report.agreed += 1
            yield holders[0].index.raw(holders[0].ids[doc_id])
            continue
        report.conflicted += 1
        report.conflict_spans += _disputed(versions)
        report.conflicted_ids.append(doc_id)
        yield record_line_bytes(combined(doc_id, docs))


def merge(paths: Sequence[Path], out: Path) -> MergeReport:
    """Merge annotators' files into ``out`` (written atomically); the report."""
    files = read_team_files(paths)
    report = MergeReport()
    with atomic_writer(out) as f:
        for line in merged_lines(files, report):
            f.write(line + b"\n")
    return report
