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

__all__ = ["SOURCE", "Propagation", "learn_labelled"]

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


def learn_labelled(documents: Iterable[Document], min_documents: int = 1) -> Propagation:
    """The labelled strings of ``documents`` (a string must be labelled in ``min_documents``)."""
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    in_docs: dict[str, set[str]] = defaultdict(set)
    shown: dict[str, str] = {}
    for doc in documents:
        for span in doc.spans:
            written = doc.text[span.start : span.end]
            folded = fold(written).strip()
            if not folded:
                continue
            labels[folded][span.label] += 1
            in_docs[folded].add(doc.id)
            shown.setdefault(folded, written)
    result = Propagation(PhraseIndex(SOURCE))
    for folded, counts in labels.items():
        if len(in_docs[folded]) < min_documents:
            continue
        label, n = counts.most_common(1)[0]
        if result.index.add(folded, label, round(n / sum(counts.values()), 3)):
            result.documents[folded] = len(in_docs[folded])
            result.shown[folded] = shown[folded]
    return result
