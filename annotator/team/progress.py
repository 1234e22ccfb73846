"""What a team's corpus says about its work: progress over time, spans, annotators, agreement.

Computed from the records alone (``"changed"`` stamps, span ``"by"``, ``"versions"``), Qt-free
and matplotlib-free: annotator.team.figures draws it for ``annotator stats --plot`` and the
window's View > Statistics, which counts it in slices (``StatsRun``).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from annotator.errors import InputError
from annotator.model import Document
from annotator.slices import SliceRun
from annotator.team.agreement import LabelCounts, PairResult, compare_spans
from annotator.team.metrics import f1
from annotator.team.versions import Version, versions_of


@dataclass
class AnnotatorWork:
    documents: int = 0  # documents whose last change is theirs
    spans: int = 0  # spans they made ("by")
    hours: set[str] = field(default_factory=set)  # clock hours they changed something in

    @property
    def pace(self) -> float | None:
        """Documents per active hour (an hour in which they changed at least one document)."""
        return self.documents / len(self.hours) if self.hours else None


@dataclass
class TeamStats:
    documents: int = 0
    by_status: Counter[str] = field(default_factory=Counter)
    done_at: list[tuple[datetime, str]] = field(default_factory=list)  # (time, who), sorted
    spans_per_label: Counter[str] = field(default_factory=Counter)
    spans_per_document: list[int] = field(default_factory=list)
    annotators: dict[str, AnnotatorWork] = field(default_factory=dict)
    versions_documents: int = 0
    agreement: dict[str, LabelCounts] = field(default_factory=dict)

    def agreement_f1(self) -> dict[str, float | None]:
        """Exact span F1 per label, pooled over every pair of versions of every document."""
        return {
            label: f1(c.matched_exact, c.n_a, c.n_b) for label, c in sorted(self.agreement.items())
        }

    def work(self, name: str) -> AnnotatorWork:
        return self.annotators.setdefault(name, AnnotatorWork())


def _time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def team_stats(documents: Iterable[Document]) -> TeamStats:
    stats = TeamStats()
    for doc in documents:
        add_document(stats, doc)
    stats.done_at.sort()
    return stats


def add_document(stats: TeamStats, doc: Document) -> None:
    """Count one document in ``stats`` (``done_at`` is sorted by whoever counts the last one)."""
    versions = versions_of(doc)  # first: a bad "versions" record leaves the document uncounted
    stats.documents += 1
    stats.by_status[doc.status] += 1
    stats.spans_per_document.append(len(doc.spans))
    stats.spans_per_label.update(s.label for s in doc.spans)
    for span in doc.spans:
        if span.by:
            stats.work(span.by).spans += 1
    if doc.changed is not None:
        who, at = doc.changed
        when = _time(at)
        work = stats.work(who)
        work.documents += 1
        if when is not None:
            work.hours.add(when.strftime("%Y-%m-%dT%H"))
            if doc.status == "done":
                stats.done_at.append((when, who))
    _add_versions(doc, versions, stats)


class StatsRun(SliceRun):
    """``team_stats`` over documents 0..total, ``advance(n)`` of them at a time (a window's
    progress bar); an unreadable document is left out and said in ``skipped``."""

    def __init__(self, document: Callable[[int], Document], total: int) -> None:
        super().__init__(total)
        self.document = document
        self.stats = TeamStats()
        self.skipped: list[str] = []

    def step(self, i: int) -> None:
        try:
            add_document(self.stats, self.document(i))
        except InputError as exc:
            self.skipped.append(f"document {i + 1}: {exc}")

    def finished(self) -> None:
        self.stats.done_at.sort()


def _add_versions(doc: Document, versions: dict[str, Version], stats: TeamStats) -> None:
    if len(versions) < 2:
        return
    stats.versions_documents += 1
    for (a, va), (b, vb) in itertools.combinations(sorted(versions.items()), 2):
        pair = PairResult(a, b, labels=stats.agreement)
        compare_spans(doc.id, doc.text, va.spans, vb.spans, pair)
