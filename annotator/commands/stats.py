"""Corpus statistics, one streaming pass: documents by status, spans per label, frequent span texts.

Pure functions over Documents, shared by ``annotator stats`` and the window. Only
counters are kept, never the documents, so a 100,000-document corpus streams
through in constant memory apart from the distinct span texts.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from annotator.model import STATUSES, Document
from annotator.storage.record_counts import Counted

DEFAULT_TOP = 10

_label, _start, _end = attrgetter("label"), attrgetter("start"), attrgetter("end")


@dataclass(frozen=True)
class LabelStats:
    """One label: how many spans carry it, in how many documents, and its most frequent texts."""

    label: str
    spans: int
    documents: int
    top_texts: list[tuple[str, int]]
    distinct_texts: int


@dataclass(frozen=True)
class CorpusStats:
    """What ``annotator stats`` prints; labels by span count (most used first), then by name."""

    documents: int
    by_status: dict[str, int]
    spans: int
    documents_with_spans: int
    characters: int
    labels: list[LabelStats] = field(default_factory=list)

    @property
    def spans_per_label(self) -> dict[str, int]:
        return {item.label: item.spans for item in self.labels}

    def to_json(self) -> dict[str, Any]:
        """A plain JSON-able object (stable keys) for ``annotator stats --json``."""
        return {
            "documents": self.documents,
            "by_status": dict(self.by_status),
            "spans": self.spans,
            "documents_with_spans": self.documents_with_spans,
            "characters": self.characters,
            "spans_per_label": self.spans_per_label,
            "labels": {
                item.label: {
                    "spans": item.spans,
                    "documents": item.documents,
                    "distinct_texts": item.distinct_texts,
                    "top_texts": [{"text": text, "count": count} for text, count in item.top_texts],
                }
                for item in self.labels
            },
        }


class StatsAccumulator:
    """Adds documents one at a time; ``result()`` gives the CorpusStats so far."""

    def __init__(self) -> None:
        self.documents = 0
        self.by_status: Counter[str] = Counter()
        self.spans = 0
        self.documents_with_spans = 0
        self.characters = 0
        self._label_docs: Counter[str] = Counter()
        # (label, span text) -> spans: counted in C, split by label in result()
        self._pairs: Counter[tuple[str, str]] = Counter()

    def add(self, doc: Document | Counted) -> None:
        self.documents += 1
        self.by_status[doc.status] += 1
        text = doc.text
        self.characters += len(text)
        spans = doc.spans
        if not spans:
            return
        self.documents_with_spans += 1
        self.spans += len(spans)
        labels = list(map(_label, spans))
        cuts = map(slice, map(_start, spans), map(_end, spans))
        self._pairs.update(zip(labels, map(text.__getitem__, cuts)))
        self._label_docs.update(set(labels))

    def merge(self, other: StatsAccumulator) -> None:
        """Add what ``other`` counted (the documents after ours, ``--jobs``): as if read in one."""
        self.documents += other.documents
        self.by_status.update(other.by_status)
        self.spans += other.spans
        self.documents_with_spans += other.documents_with_spans
        self.characters += other.characters
        self._label_docs.update(other._label_docs)
        self._pairs.update(other._pairs)

    def result(self, top: int = DEFAULT_TOP) -> CorpusStats:
        by_status = {status: self.by_status.get(status, 0) for status in STATUSES}
        label_spans: dict[str, int] = {}
        label_texts: dict[str, Counter[str]] = {}
        for (label, text), count in self._pairs.items():
            label_spans[label] = label_spans.get(label, 0) + count
            texts = label_texts.get(label)
            if texts is None:
                texts = label_texts[label] = Counter()
            texts[text] = count
        labels = [
            LabelStats(
                label=label,
                spans=count,
                documents=self._label_docs[label],
                top_texts=_most_common(label_texts[label], top),
                distinct_texts=len(label_texts[label]),
            )
            for label, count in sorted(label_spans.items(), key=lambda item: (-item[1], item[0]))
        ]
        return CorpusStats(
            documents=self.documents,
            by_status=by_status,
            spans=self.spans,
            documents_with_spans=self.documents_with_spans,
            characters=self.characters,
            labels=labels,
        )


def _most_common(counter: Counter[str], top: int) -> list[tuple[str, int]]:
    """The ``top`` most frequent texts, ties broken by text so output is reproducible."""
    if top <= 0:
        return []
    return heapq.nsmallest(top, counter.items(), key=lambda item: (-item[1], item[0]))


def compute_stats(documents: Iterable[Document | Counted], top: int = DEFAULT_TOP) -> CorpusStats:
    """Statistics of every document, reading them once."""
    acc = StatsAccumulator()
    for doc in documents:
        acc.add(doc)
    return acc.result(top)


def _one_line(text: str) -> str:
    """A span text on one line of a table: line breaks and tabs shown as escapes."""
    return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def _same(text: str) -> str:
    return text


def stats_table(
    stats: CorpusStats, title: str, fragment: Callable[[str], str] = _same
) -> list[str]:
    """The statistics as plain-text lines; ``fragment`` wraps document text (labels, span texts)."""
    head = (
        f"{title}: {stats.documents} documents, {stats.spans} spans, "
        f"{len(stats.labels)} labels, {stats.characters} characters"
    )
    lines = [head, "documents by status:"]
    lines += [f"  {status:<8} {count:>9}" for status, count in stats.by_status.items()]
    if not stats.labels:
        return [*lines, "no spans yet"]
    lines.append("spans per label:")
    width = max(len(item.label) for item in stats.labels)
    for item in stats.labels:
        pad = " " * (width - len(item.label))
        lines.append(
            f"  {fragment(item.label)}{pad} {item.spans:>9} spans in {item.documents} documents, "
            f"{item.distinct_texts} distinct texts"
        )
    for item in stats.labels:
        if item.top_texts:
            lines.append(f"most frequent {fragment(item.label)}:")
            lines += [
                f"  {count:>7}  {fragment(_one_line(text))}" for text, count in item.top_texts
            ]
    return lines
