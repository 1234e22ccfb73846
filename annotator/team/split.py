"""Hand documents out to annotators: one file each, some documents to several (for agreement).

Deterministic for a seed: the documents are shuffled with ``random.Random(seed)``, the first
``round(overlap * N)`` go to every annotator (``overlap_to="all"``) or to two of them in turn
(``"2"``: the pairs cycle so every annotator shares about as many with each other one), the
rest are dealt round-robin. Each file keeps the corpus order and the documents' lines byte for
byte; ``manifest.json`` records who got what.
"""

from __future__ import annotations

import itertools
import json
import random
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.schema import schema_path_for
from annotator.storage.fileio import atomic_write_bytes, atomic_writer
from annotator.storage.records import line_has_id, record_line_bytes
from annotator.team.files import TeamError, read_team_file

MANIFEST = "manifest.json"


@dataclass
class Assignment:
    """Which documents (by id, in corpus order) each annotator gets."""

    annotators: list[str]
    documents: dict[str, list[str]]
    overlap: list[str]
    seed: int
    overlap_fraction: float
    overlap_to: str

    def to_json(self, source: Path) -> dict[str, Any]:
        return {
            "source": str(source),
            "seed": self.seed,
            "overlap": self.overlap_fraction,
            "overlap_to": self.overlap_to,
            "annotators": self.annotators,
            "files": {name: f"{name}.jsonl" for name in self.annotators},
            "overlap_documents": self.overlap,
            "documents": self.documents,
        }


def check_names(names: list[str]) -> list[str]:
    """Annotator names: distinct, non-empty, usable as file names."""
    clean = [n.strip() for n in names]
    if len(clean) < 1 or any(not n for n in clean):
        raise TeamError("give at least one annotator name (--annotators sara,omar)")
    bad = [n for n in clean if any(c in n for c in '/\\:*?"<>|') or n.startswith(".")]
    if bad:
        raise TeamError(f"annotator names must be usable as file names: {', '.join(bad)}")
    if len(set(clean)) != len(clean):
        raise TeamError("each annotator name must be given once")
    return clean


def assign(
    ids: list[str], annotators: list[str], overlap: float, overlap_to: str, seed: int
) -> Assignment:
    """The assignment of ``ids`` (corpus order) to ``annotators``; see the module docstring."""
    if not 0.0 <= overlap <= 1.0:
        raise TeamError(f"--overlap must be between 0 and 1, got {overlap}")
    if overlap_to not in ("all", "2"):
        raise TeamError(f"--overlap-to must be 'all' or '2', got {overlap_to!r}")
    if overlap_to == "2" and overlap > 0 and len(annotators) < 2:
        raise TeamError("--overlap-to 2 needs at least two annotators")
    rng = random.Random(seed)
    order = list(range(len(ids)))
    rng.shuffle(order)
    n_overlap = round(overlap * len(ids))
    given: dict[str, set[int]] = {name: set() for name in annotators}
    pairs = list(itertools.combinations(annotators, 2))
    rng.shuffle(pairs)
    for k, i in enumerate(order[:n_overlap]):
        for name in annotators if overlap_to == "all" else pairs[k % len(pairs)]:
            given[name].add(i)
    for k, i in enumerate(order[n_overlap:]):
        given[annotators[k % len(annotators)]].add(i)
    return Assignment(
        annotators,
        {name: [ids[i] for i in sorted(given[name])] for name in annotators},
        [ids[i] for i in sorted(order[:n_overlap])],
        seed,
        overlap,
        overlap_to,
    )


def split(
    corpus: Path,
    annotators: list[str],
    out: Path,
    *,
    overlap: float = 0.0,
    overlap_to: str = "all",
    seed: int = 0,
) -> Assignment:
    """Write ``out/NAME.jsonl`` per annotator (label schema beside each) and the manifest."""
    annotators = check_names(annotators)
    source = read_team_file(corpus)
    ids = sorted(source.ids, key=source.ids.__getitem__)
    plan = assign(ids, annotators, overlap, overlap_to, seed)
    out.mkdir(parents=True, exist_ok=True)
    schema = schema_path_for(corpus)
    for name in annotators:
        target = out / f"{name}.jsonl"
        with atomic_writer(target) as f:
            for doc_id in plan.documents[name]:
                raw = source.index.raw(source.ids[doc_id])
                if not line_has_id(raw):  # its id is its line number here: write it down
                    raw = record_line_bytes(source.document(doc_id))
                f.write(raw + b"\n")
        if schema.is_file():
            shutil.copyfile(schema, schema_path_for(target))
    manifest = json.dumps(plan.to_json(corpus), ensure_ascii=False, indent=2) + "\n"
    atomic_write_bytes(out / MANIFEST, manifest.encode("utf-8"))
    return plan
