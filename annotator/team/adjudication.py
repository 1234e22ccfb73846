"""Adjudication: the disagreements of a document carrying versions, and the edit deciding one.

A document to adjudicate carries each annotator's version (annotator.team.versions) and its
own spans, the accepted ones. The spans every version has are *agreed*; the others are
grouped into *disagreements*: sets of overlapping disputed spans, each with what every
annotator had there (possibly nothing). ``disagreements(doc)`` lists them in text order (the
window's n / p); ``pick(doc, item, names)`` is the edit that decides one — a ``Compound`` of
existing edits (remove what was accepted there, add the chosen annotators' spans, each with
``"from"`` naming every annotator who had it) plus a ``SetField("adjudicated", ...)`` that
records the decision, so "neither" is remembered too. One journal line, one undo step.
``index_at`` is the disagreement under the window's caret, ``next_item`` its Alt+N / Alt+P;
``adjudicate_into`` writes the corpus File > Adjudicate… opens.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.display import escaped
from annotator.edits import AddSpan, Compound, Edit, RemoveSpan, SetField
from annotator.model import Document, Span
from annotator.schema import schema_path_for
from annotator.storage.fileio import atomic_writer
from annotator.storage.journal import journal_path_for
from annotator.storage.lock import FileLock
from annotator.storage.records import record_line_bytes
from annotator.team.files import TeamError, read_team_files
from annotator.team.merge import combined
from annotator.team.versions import Version, versions_of, with_origin

DECISIONS_KEY = "adjudicated"  # [{"start", "end", "pick": [names]}] of the decided items


@dataclass(frozen=True)
class Item:
    """One disagreement: a region and what each annotator had there (disputed spans only)."""

    start: int
    end: int
    candidates: tuple[tuple[str, tuple[Span, ...]], ...]
    kind: str  # "missing" (someone has nothing here), "label" (same ranges), "boundary"
    decided: tuple[str, ...] | None = None  # the names picked, if decided ([] = neither)

    @property
    def names(self) -> list[str]:
        return [name for name, _spans in self.candidates]

    def spans_of(self, name: str) -> tuple[Span, ...]:
        return dict(self.candidates)[name]


def agreed_keys(versions: Mapping[str, Version]) -> frozenset[tuple[int, int, str]]:
    if not versions:
        return frozenset()
    return frozenset.intersection(*(v.keys for v in versions.values()))


def _decisions(doc: Document) -> dict[tuple[int, int], tuple[str, ...]]:
    out: dict[tuple[int, int], tuple[str, ...]] = {}
    raw = doc.extra.get(DECISIONS_KEY)
    for entry in raw if isinstance(raw, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("pick"), list):
            out[(entry.get("start", -1), entry.get("end", -1))] = tuple(entry["pick"])
    return out


def disagreements(doc: Document) -> list[Item]:
    """The disagreements of ``doc`` in text order (none when it carries no versions)."""
    versions = versions_of(doc)
    agreed = agreed_keys(versions)
    disputed = sorted(
        {s.key: s for v in versions.values() for s in v.spans if s.key not in agreed}.values()
    )
    clusters: list[list[Span]] = []
    reach = -1
    for span in disputed:
        if clusters and span.start < reach:
            clusters[-1].append(span)
            reach = max(reach, span.end)
        else:
            clusters.append([span])
            reach = span.end
    decided = _decisions(doc)
    items = []
    for cluster in clusters:
        keys = {s.key for s in cluster}
        start, end = cluster[0].start, max(s.end for s in cluster)
        candidates = tuple(
            (name, tuple(s for s in v.spans if s.key in keys))
            for name, v in sorted(versions.items())
        )
        items.append(Item(start, end, candidates, _kind(candidates), decided.get((start, end))))
    return items


def _kind(candidates: Sequence[tuple[str, tuple[Span, ...]]]) -> str:
    if any(not spans for _name, spans in candidates):
        return "missing"
    ranges = {tuple((s.start, s.end) for s in spans) for _name, spans in candidates}
    return "label" if len(ranges) == 1 else "boundary"


def pick(doc: Document, item: Item, names: Iterable[str], by: str | None = None) -> Compound:
    """The edit accepting the spans of ``names`` at ``item`` (all of them: "both"; none: neither).

    Accepted spans there that are not agreed by every version are removed first; each added
    span records in ``"from"`` every annotator whose version had it, and ``by`` (the
    adjudicator) when given.
    """
    chosen = list(dict.fromkeys(names))
    unknown = [n for n in chosen if n not in item.names]
    if unknown:
        raise ValueError(f"no version by {', '.join(unknown)} at [{item.start}, {item.end})")
    versions = versions_of(doc)
    agreed = agreed_keys(versions)
    owners: dict[tuple[int, int, str], list[str]] = {}
    for name, version in versions.items():
        for span in version.spans:
            owners.setdefault(span.key, []).append(name)
    target = {s.key: s for n in chosen for s in item.spans_of(n)}
    edits: list[Edit] = []
    for span in doc.overlapping(item.start, item.end):
        if span.key not in agreed:
            edits.append(RemoveSpan(span))
    for key, span in sorted(target.items()):
        edits.append(AddSpan(with_origin(span, owners[key]).authored(by)))
    old = doc.extra.get(DECISIONS_KEY)
    entries = [e for e in (old if isinstance(old, list) else []) if not _same_place(e, item)]
    entries.append({"start": item.start, "end": item.end, "pick": chosen})
    entries.sort(key=lambda e: (e.get("start", 0), e.get("end", 0)))
    edits.append(SetField(DECISIONS_KEY, old, entries))
    what = " and ".join(chosen) if chosen else "neither"
    return Compound(tuple(edits), f"Adjudicate: {what}")


def _same_place(entry: Any, item: Item) -> bool:
    return isinstance(entry, dict) and (entry.get("start"), entry.get("end")) == (
        item.start,
        item.end,
    )


def next_item(items: Sequence[Item], offset: int, *, backwards: bool = False) -> Item | None:
    """The first disagreement after ``offset`` (before it, ``backwards``): n and p."""
    if backwards:
        return next((i for i in reversed(items) if i.start < offset), None)
    return next((i for i in items if i.start > offset), None)


def index_at(items: Sequence[Item], offset: int) -> int | None:
    """Which of ``items`` (``disagreements``: text order, apart) is under a caret at ``offset``:
    the one covering it, else the one ending there; None between them."""
    k = bisect_right(items, offset, key=lambda item: item.start) - 1
    return k if k >= 0 and offset <= items[k].end else None


def item_at(items: Sequence[Item], offset: int) -> Item | None:
    k = index_at(items, offset)
    return items[k] if k is not None else None


@dataclass
class AdjudicationReport:
    documents: int = 0
    shared: int = 0
    disagreements: int = 0
    accepted: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)


def adjudication_corpus(
    paths: Sequence[Path], out: Path, *, accept_agreed: bool = False
) -> AdjudicationReport:
    """Write ``out``: documents one annotator has as they are, the others with every version."""
    files = read_team_files(paths)
    holders: dict[str, list[int]] = {}
    for k, f in enumerate(files):
        for doc_id in sorted(f.ids, key=f.ids.__getitem__):
            holders.setdefault(doc_id, []).append(k)
    report = AdjudicationReport()
    with atomic_writer(out) as target:
        for doc_id, which in holders.items():
            report.documents += 1
            if len(which) == 1:
                f = files[which[0]]
                target.write(f.index.raw(f.ids[doc_id]) + b"\n")
                continue
            report.shared += 1
            docs = [(files[k].name, files[k].document(doc_id)) for k in which]
            doc = combined(doc_id, docs, accept_agreed=accept_agreed)
            items = disagreements(doc)
            report.disagreements += len(items)
            report.accepted += len(doc.spans)
            for item in items:
                report.by_kind[item.kind] = report.by_kind.get(item.kind, 0) + 1
            target.write(record_line_bytes(doc) + b"\n")
    return report


def adjudicate_into(
    paths: Sequence[Path], out: Path, *, accept_agreed: bool = True
) -> AdjudicationReport:
    """``adjudication_corpus`` for ``annotator adjudicate`` and the window (which then opens
    ``out``).

    ``out`` may not be one of ``paths``, nor hold edits not yet saved (its journal); it is
    written under its lock (so not while another window has it open), and gets the first
    file's label schema beside it when it has none (``split`` put one beside each file).
    """
    if len(paths) < 2:
        raise TeamError("adjudication needs two or more annotators' files")
    target = out.resolve()
    if any(Path(p).resolve() == target for p in paths):
        raise TeamError(f"{escaped(str(out))} is one of the annotators' files: choose another")
    if journal_path_for(out).exists():
        raise TeamError(
            f"{escaped(str(out))} has edits not saved yet (its .journal): open and save it, "
            "or choose another name"
        )
    with FileLock(out):
        report = adjudication_corpus(paths, out, accept_agreed=accept_agreed)
    schema, beside = schema_path_for(paths[0]), schema_path_for(out)
    if schema.is_file() and not beside.exists():
        beside.write_bytes(schema.read_bytes())
    return report
