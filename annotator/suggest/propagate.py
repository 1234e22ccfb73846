"""Propagation: what is labelled somewhere in the corpus is suggested where it stands unlabelled.

Each labelled string (folded) takes the label it has most often; its score is the share of
its labelled occurrences with that label (الرباط labelled LOC 14 times and ORG once: LOC,
0.93). The strings are then found like gazetteer phrases (annotator.suggest.phrases:
Arabic- and clitic-aware) in every document, never over an existing span.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from annotator.model import Document
from annotator.search.normalize import fold
from annotator.suggest.phrases import PhraseIndex

__all__ = ["SOURCE", "LabelLearner", "Propagation", "learn_labelled"]

SOURCE = "corpus"


@dataclass
class Propagation:
    """The strings learnt from the corpus's spans and in how many documents each was labelled."""

    index: PhraseIndex
    documents: dict[str, int] = field(default_factory=dict)  # folded string -> documents
    shown: dict[str, str] = field(default_factory=dict)  # folded string -> as first written

    def describe(self, folded: str) -> str:
        """ "labelled الرباط as LOC in 14 documents"."""
        found = self.index.get(folded)
        label = found[0] if found else "?"
        return f"labelled {self.shown[folded]} as {label} in {self.documents[folded]} documents"


class LabelLearner:
    """Learns the labelled strings one document at a time (the window does it in slices)."""

    def __init__(self) -> None:
        self.labels: dict[str, Counter[str]] = defaultdict(Counter)
        self.in_docs: dict[str, set[str]] = defaultdict(set)
        self.shown: dict[str, str] = {}

    def add(self, doc: Document) -> None:
        for span in doc.spans:
            written = doc.text[span.start : span.end]
            folded = fold(written).strip()
            if not folded:
                continue
            self.labels[folded][span.label] += 1
            self.in_docs[folded].add(doc.id)
            self.shown.setdefault(folded, written)

    def result(self, min_documents: int = 1) -> Propagation:
        """Each string with its most frequent label (a string must be labelled in
        ``min_documents`` documents)."""
        result = Propagation(PhraseIndex(SOURCE))
        for folded, counts in self.labels.items():
            if len(self.in_docs[folded]) < min_documents:
                continue
            label, n = counts.most_common(1)[0]
            if result.index.add(folded, label, round(n / sum(counts.values()), 3)):
                result.documents[folded] = len(self.in_docs[folded])
                result.shown[folded] = self.shown[folded]
        return result


def learn_labelled(documents: Iterable[Document], min_documents: int = 1) -> Propagation:
    """The labelled strings of ``documents`` (a string must be labelled in ``min_documents``)."""
    learner = LabelLearner()
    for doc in documents:
        learner.add(doc)
    return learner.result(min_documents)
