"""Inter-annotator agreement over the documents annotators' files share (matched by id).

Per pair of annotators: span precision/recall/F1 per label and overall (exact and overlap
matching, annotator.team.metrics), Cohen's kappa over tokens (a token's label is the label of
the first span sharing a code point with it, else ``O``; tokens from annotator.text.tokenize);
Fleiss' kappa over the documents every annotator has (three or more) and Krippendorff's alpha
over all shared documents (missing annotators allowed). Per document, the disagreements:
spans only one side has, label and boundary disagreements, with their texts.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.model import Document, Span
from annotator.team.files import TeamFile, read_team_files, same_text
from annotator.team.metrics import Alpha, Fleiss, cohen_kappa, f1, overlap_matches
from annotator.team.tokens import token_labels

MAX_ITEMS = 200  # disagreements listed per pair (all are counted)


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
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    items: list[dict[str, Any]] = field(default_factory=list)

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
            "disagreements": {"counts": dict(self.kinds), "items": self.items},
        }


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
    """Add one document's span counts and disagreements of ``a`` and ``b`` to ``pair``."""
    per_label: dict[str, LabelCounts] = pair.labels
    for s in a:
        per_label.setdefault(s.label, LabelCounts()).n_a += 1
    for s in b:
        per_label.setdefault(s.label, LabelCounts()).n_b += 1
    if a is b or [s.key for s in a] == [s.key for s in b]:  # alike: every span matches
        for s in a:
            per_label[s.label].matched_exact += 1
            per_label[s.label].matched_overlap += 1
        return
    b_keys = {s.key for s in b}
    for s in a:
        if s.key in b_keys:
            per_label[s.label].matched_exact += 1
    matches = overlap_matches(a, b)
    for s, _t in matches:
        per_label[s.label].matched_overlap += 1
    for item in differences(doc_id, text, a, b):
        pair.kinds[item.kind] += 1
        if len(pair.items) < MAX_ITEMS:
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


def agreement(
    files: Sequence[TeamFile], labels: Iterable[str] | None = None, *, tokens: bool = True
) -> AgreementReport:
    """Agreement of the annotators' files on the documents at least two of them have.

    ``tokens=False`` skips the token-level measures (kappa, alpha: None), most of the cost.
    """
    names = [f.name for f in files]
    wanted = set(labels) if labels is not None else None
    pairs = {(a, b): PairResult(a, b) for a, b in itertools.combinations(names, 2)}
    report = AgreementReport(names, list(pairs.values()), 0)
    if len(files) >= 3:
        report.fleiss = Fleiss(len(files))
    holders: dict[str, list[TeamFile]] = {}
    for f in files:
        for doc_id in f.ids:
            holders.setdefault(doc_id, []).append(f)
    for doc_id, have in holders.items():
        if len(have) < 2:
            continue
        report.documents += 1
        parsed: dict[bytes, Document] = {}  # identical lines are parsed once
        docs = []
        for f in have:
            raw = f.index.raw(f.ids[doc_id])
            if raw not in parsed:
                parsed[raw] = f.document(doc_id)
            docs.append((f.name, parsed[raw]))
        _add_document(doc_id, docs, wanted, pairs, report, tokens)
    return report


def _spans(doc: Document, wanted: set[str] | None) -> list[Span]:
    return doc.spans if wanted is None else [s for s in doc.spans if s.label in wanted]


def _add_document(
    doc_id: str,
    docs: Sequence[tuple[str, Document]],
    wanted: set[str] | None,
    pairs: dict[tuple[str, str], PairResult],
    report: AgreementReport,
    tokens: bool,
) -> None:
    text = same_text(doc_id, [(name, d.text) for name, d in docs])
    versions = [_spans(d, wanted) for _n, d in docs]
    for (i, (name_a, _)), (j, (name_b, _)) in itertools.combinations(enumerate(docs), 2):
        pair = pairs[(name_a, name_b)]
        pair.documents += 1
        compare_spans(doc_id, text, versions[i], versions[j], pair)
    if not tokens:
        return
    combos, _total = token_labels(text, versions)
    for (i, (name_a, _)), (j, (name_b, _)) in itertools.combinations(enumerate(docs), 2):
        confusion = pairs[(name_a, name_b)].confusion
        for values, count in combos.items():
            confusion[(values[i], values[j])] += count
    for values, count in combos.items():
        report.alpha.add(values, count)
        if report.fleiss is not None and len(docs) == report.fleiss.raters:
            report.fleiss.add(values, count)


def agree(
    paths: Sequence[Path], labels: Iterable[str] | None = None, *, tokens: bool = True
) -> AgreementReport:
    return agreement(read_team_files(paths), labels, tokens=tokens)
