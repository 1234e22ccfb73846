"""Inter-annotator agreement over the documents annotators' files share (matched by id).

Per pair of annotators: span precision/recall/F1 per label and overall (exact and overlap
matching, annotator.team.metrics), Cohen's kappa over tokens (a token's label is the label of
the first span sharing a code point with it, else ``O``; tokens from annotator.text.tokenize);
Fleiss' kappa over the documents every annotator has (three or more) and Krippendorff's alpha
over all shared documents (missing annotators allowed). Per document, the disagreements:
spans only one side has, label and boundary disagreements, with their texts; per pair, the
label confusion of spans (A's label against B's on the span it was paired with, or none).

An ``AgreementRun`` computes it a few documents at a time (``advance``), from annotators' files
or from the versions a merged corpus keeps, so a window can show progress and stop.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.errors import InputError
from annotator.model import Document, Span
from annotator.slices import SliceRun
from annotator.team.files import TeamFile, read_team_files, same_text
from annotator.team.metrics import Alpha, Fleiss, cohen_kappa, f1, overlap_matches
from annotator.team.tokens import token_labels
from annotator.team.versions import versions_of

MAX_ITEMS = 200  # disagreements listed per pair (all are counted)
NONE = None  # the confusion table's "no span" row and column
Versions = Sequence[tuple[str, Sequence[Span]]]  # (annotator, spans) of one document
Unit = tuple[str, str, Versions]  # document id, text, its versions (two or more)


@dataclass
class LabelCounts:
    n_a: int = 0
    n_b: int = 0
    matched_exact: int = 0
    matched_overlap: int = 0

    def add(self, other: LabelCounts) -> None:
        self.n_a += other.n_a
        self.n_b += other.n_b
        self.matched_exact += other.matched_exact
        self.matched_overlap += other.matched_overlap

    def to_json(self) -> dict[str, Any]:
        return {
            "n_a": self.n_a,
            "n_b": self.n_b,
            "matched_exact": self.matched_exact,
            "matched_overlap": self.matched_overlap,
            "precision_exact": self.matched_exact / self.n_b if self.n_b else None,
            "recall_exact": self.matched_exact / self.n_a if self.n_a else None,
            "f1_exact": f1(self.matched_exact, self.n_a, self.n_b),
            "f1_overlap": f1(self.matched_overlap, self.n_a, self.n_b),
        }


@dataclass(frozen=True)
class Disagreement:
    """One place two annotators differ: ``kind`` is only_a, only_b, label, boundary or both."""

    doc_id: str
    kind: str
    a: Span | None
    b: Span | None
    text: str

    def to_json(self, text: str) -> dict[str, Any]:
        def one(s: Span | None) -> Any:
            if s is None:
                return None
            return {"start": s.start, "end": s.end, "label": s.label, "text": text[s.start : s.end]}

        return {"document": self.doc_id, "kind": self.kind, "a": one(self.a), "b": one(self.b)}


@dataclass
class PairResult:
    a: str
    b: str
    documents: int = 0
    labels: dict[str, LabelCounts] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # token labels
    # span labels: (A's, B's) of each pair of spans, None for a span the other side lacks
    label_confusion: Counter[tuple[str | None, str | None]] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    items: list[dict[str, Any]] = field(default_factory=list)
    max_items: int = MAX_ITEMS

    @property
    def overall(self) -> LabelCounts:
        total = LabelCounts()
        for counts in self.labels.values():
            total.add(counts)
        return total

    def to_json(self) -> dict[str, Any]:
        overall = self.overall.to_json()
        overall["kappa_tokens"] = cohen_kappa(self.confusion)
        overall["tokens"] = sum(self.confusion.values())
        return {
            "a": self.a,
            "b": self.b,
            "documents": self.documents,
            "labels": {k: self.labels[k].to_json() for k in sorted(self.labels)},
            "overall": overall,
            "confusion": [
                {"a": x, "b": y, "count": n}
                for (x, y), n in sorted(self.label_confusion.items(), key=_confusion_order)
            ],
            "disagreements": {"counts": dict(self.kinds), "items": self.items},
        }


def _confusion_order(item: tuple[tuple[str | None, str | None], int]) -> tuple[str, ...]:
    """Labels by name, the "none" row and column last."""
    (x, y), _n = item
    return ("1" if x is None else f"0{x}", "1" if y is None else f"0{y}")


@dataclass
class AgreementReport:
    annotators: list[str]
    pairs: list[PairResult]
    documents: int  # documents at least two annotators share
    alpha: Alpha = field(default_factory=Alpha)
    fleiss: Fleiss | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "annotators": self.annotators,
            "documents": self.documents,
            "pairs": [p.to_json() for p in self.pairs],
            "alpha_tokens": self.alpha.alpha(),
            "fleiss_kappa_tokens": self.fleiss.kappa() if self.fleiss else None,
        }


def compare_spans(
    doc_id: str, text: str, a: Sequence[Span], b: Sequence[Span], pair: PairResult
) -> None:
    """Add one document's span counts and disagreements of ``a`` and ``b`` to ``pair``.

    The label confusion pairs spans one to one as ``differences`` does: the same span in both
    first, then each other span of A with its counterpart in B (same range, else same label
    overlapping, else any overlapping); what is left on either side meets ``None``.
    """
    per_label: dict[str, LabelCounts] = pair.labels
    confusion = pair.label_confusion
    for s in a:
        per_label.setdefault(s.label, LabelCounts()).n_a += 1
    for s in b:
        per_label.setdefault(s.label, LabelCounts()).n_b += 1
    if a is b or [s.key for s in a] == [s.key for s in b]:  # alike: every span matches
        for s in a:
            per_label[s.label].matched_exact += 1
            per_label[s.label].matched_overlap += 1
            confusion[(s.label, s.label)] += 1
        return
    b_keys = {s.key for s in b}
    for s in a:
        if s.key in b_keys:
            per_label[s.label].matched_exact += 1
            confusion[(s.label, s.label)] += 1
    matches = overlap_matches(a, b)
    for s, _t in matches:
        per_label[s.label].matched_overlap += 1
    for item in differences(doc_id, text, a, b):
        pair.kinds[item.kind] += 1
        confusion[(item.a.label if item.a else NONE, item.b.label if item.b else NONE)] += 1
        if len(pair.items) < pair.max_items:
            pair.items.append(item.to_json(text))


def differences(doc_id: str, text: str, a: Sequence[Span], b: Sequence[Span]) -> list[Disagreement]:
    """Where ``a`` and ``b`` differ, in text order: each unmatched span once."""
    a_left = [s for s in a if s.key not in {t.key for t in b}]
    b_left = [t for t in b if t.key not in {s.key for s in a}]
    out: list[Disagreement] = []
    used: set[tuple[int, int, str]] = set()
    for s in a_left:
        partner = _partner(s, [t for t in b_left if t.key not in used])
        if partner is None:
            out.append(Disagreement(doc_id, "only_a", s, None, text[s.start : s.end]))
            continue
        used.add(partner.key)
        same_range = (s.start, s.end) == (partner.start, partner.end)
        kind = "label" if same_range else "boundary" if s.label == partner.label else "both"
        out.append(Disagreement(doc_id, kind, s, partner, text[s.start : s.end]))
    for t in b_left:
        if t.key not in used:
            out.append(Disagreement(doc_id, "only_b", None, t, text[t.start : t.end]))
    out.sort(key=lambda d: min(x.start for x in (d.a, d.b) if x is not None))
    return out


def _partner(s: Span, candidates: Iterable[Span]) -> Span | None:
    """The best counterpart: same range, else same label overlapping, else any overlapping."""
    overlapping = [t for t in candidates if s.overlaps(t)]
    for t in overlapping:
        if (t.start, t.end) == (s.start, s.end):
            return t
    for t in overlapping:
        if t.label == s.label:
            return t
    return overlapping[0] if overlapping else None


class AgreementRun(SliceRun):
    """Agreement over ``total`` documents, ``advance(n)`` of them at a time.

    ``unit(i)`` gives document ``i``'s id, text and versions in a fixed order of annotators
    (file order, or by name), or None when fewer than two annotators have it. ``names``
    (known up front: files) fixes the annotators and their pairs; otherwise they are the ones
    met, by name. Fleiss' kappa is accumulated per set of annotators, so it covers exactly the
    documents that every annotator has, whichever they turn out to be.
    """

    def __init__(
        self,
        unit: Callable[[int], Unit | None],
        total: int,
        names: Sequence[str] | None = None,
        labels: Iterable[str] | None = None,
        *,
        tokens: bool = True,
        max_items: int = MAX_ITEMS,
    ) -> None:
        super().__init__(total)
        self.unit = unit
        self.names = list(names) if names is not None else None
        self.wanted = set(labels) if labels is not None else None
        self.tokens, self.max_items = tokens, max_items
        self.pairs: dict[tuple[str, str], PairResult] = {}
        for a, b in itertools.combinations(self.names or [], 2):
            self._pair(a, b)
        self.met: set[str] = set()
        self.skipped: list[str] = []  # documents that could not be read, with the reason
        self.documents = 0
        self.alpha = Alpha()
        self.fleiss: dict[frozenset[str], Fleiss] = {}

    def step(self, i: int) -> None:
        """Compare the versions of document ``i`` (documents fewer than two have are passed)."""
        found = self.unit(i)
        if found is not None and len(found[2]) >= 2:
            self._add(*found)

    def run(self) -> AgreementReport:
        self.finish()
        return self.report()

    def report(self) -> AgreementReport:
        """The figures over the documents compared so far."""
        names = self.names if self.names is not None else sorted(self.met)
        rank = {name: k for k, name in enumerate(names)}
        pairs = sorted(self.pairs.values(), key=lambda p: (rank[p.a], rank[p.b]))
        report = AgreementReport(names, pairs, self.documents, self.alpha)
        if len(names) >= 3:
            report.fleiss = self.fleiss.get(frozenset(names), Fleiss(len(names)))
        return report

    def _pair(self, a: str, b: str) -> PairResult:
        pair = self.pairs.get((a, b))
        if pair is None:
            pair = self.pairs[(a, b)] = PairResult(a, b, max_items=self.max_items)
        return pair

    def _add(self, doc_id: str, text: str, docs: Versions) -> None:
        self.documents += 1
        self.met.update(name for name, _spans in docs)
        wanted = self.wanted
        versions = [
            list(spans) if wanted is None else [s for s in spans if s.label in wanted]
            for _name, spans in docs
        ]
        combinations = list(itertools.combinations(range(len(docs)), 2))
        for i, j in combinations:
            pair = self._pair(docs[i][0], docs[j][0])
            pair.documents += 1
            compare_spans(doc_id, text, versions[i], versions[j], pair)
        if not self.tokens:
            return
        combos, _total = token_labels(text, versions)
        for i, j in combinations:
            confusion = self.pairs[(docs[i][0], docs[j][0])].confusion
            for values, count in combos.items():
                confusion[(values[i], values[j])] += count
        group = frozenset(name for name, _spans in docs)
        fleiss = self.fleiss.setdefault(group, Fleiss(len(group))) if len(group) >= 3 else None
        for values, count in combos.items():
            self.alpha.add(values, count)
            if fleiss is not None:
                fleiss.add(values, count)


def file_run(
    files: Sequence[TeamFile],
    labels: Iterable[str] | None = None,
    *,
    tokens: bool = True,
    max_items: int = MAX_ITEMS,
) -> AgreementRun:
    """A run over the documents at least two of the annotators' files have (matched by id)."""
    holders: dict[str, list[TeamFile]] = {}
    for f in files:
        for doc_id in f.ids:
            holders.setdefault(doc_id, []).append(f)
    shared = [(doc_id, have) for doc_id, have in holders.items() if len(have) >= 2]

    def unit(i: int) -> Unit:
        doc_id, have = shared[i]
        parsed: dict[bytes, Document] = {}  # identical lines are parsed once
        docs = []
        for f in have:
            raw = f.index.raw(f.ids[doc_id])
            if raw not in parsed:
                parsed[raw] = f.document(doc_id)
            docs.append((f.name, parsed[raw]))
        text = same_text(doc_id, [(name, d.text) for name, d in docs])
        return doc_id, text, [(name, d.spans) for name, d in docs]

    names = [f.name for f in files]
    return AgreementRun(unit, len(shared), names, labels, tokens=tokens, max_items=max_items)


def versions_run(
    document: Callable[[int], Document],
    total: int,
    labels: Iterable[str] | None = None,
    *,
    tokens: bool = True,
    max_items: int = MAX_ITEMS,
) -> AgreementRun:
    """A run over the ``"versions"`` a merged or adjudication corpus keeps (documents 0..total).

    Only documents with two or more versions count: a merge keeps one line, and no versions,
    for a document every annotator labelled alike, so this measures the disputed documents.
    """

    def unit(i: int) -> Unit | None:
        try:
            doc = document(i)
            versions = versions_of(doc)
        except InputError as exc:
            run.skipped.append(f"document {i + 1}: {exc}")
            return None
        if len(versions) < 2:
            return None
        return doc.id, doc.text, [(name, versions[name].spans) for name in sorted(versions)]

    run = AgreementRun(unit, total, None, labels, tokens=tokens, max_items=max_items)
    return run


def agreement(
    files: Sequence[TeamFile], labels: Iterable[str] | None = None, *, tokens: bool = True
) -> AgreementReport:
    """Agreement of the annotators' files on the documents at least two of them have.

    ``tokens=False`` skips the token-level measures (kappa, alpha: None), most of the cost.
    """
    return file_run(files, labels, tokens=tokens).run()


def agree(
    paths: Sequence[Path], labels: Iterable[str] | None = None, *, tokens: bool = True
) -> AgreementReport:
    return agreement(read_team_files(paths), labels, tokens=tokens)
