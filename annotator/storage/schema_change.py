"""A corpus's label schema changed from the window: labels edited in place, renamed spans follow.

Renaming a label that has spans renames them in every document (``span_rules.relabel_all``)
as one transaction (``Corpus.apply_steps``): one journal line, one undo step. Every document is
read to find them, with progress and cancel callbacks; cancelling changes nothing. Labels are
never dropped (the schema's rule): each old label must be kept or renamed. The corpus's
paragraph direction mode (``LabelSchema.direction``) is set here too. The schema file is
written with the corpus's next save (``Corpus.schema_changed``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from annotator.display import escaped
from annotator.edits import Compound, Edit
from annotator.errors import InputError, SchemaError
from annotator.history import ChangeSet
from annotator.schema import Label, LabelSchema
from annotator.span_rules import relabel_all
from annotator.storage.corpus import Corpus
from annotator.text.direction import DIRECTION_MODES, DirectionMode

__all__ = ["SchemaChange", "change_schema", "check_renames", "rename_steps", "set_direction"]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
CHECK_EVERY = 64  # documents between two calls of ``cancelled``


@dataclass(frozen=True)
class SchemaChange:
    """What ``change_schema`` did: nothing when cancelled; else the spans renamed, if any."""

    applied: bool
    changes: ChangeSet | None = None
    renamed_spans: int = 0


def check_renames(
    old: Sequence[Label], new: Sequence[Label], renames: Mapping[str, str]
) -> LabelSchema:
    """A schema of ``new`` (SchemaError if invalid), after checking no old label is lost."""
    schema = LabelSchema(new, source="the edited label schema")
    before = {label.name for label in old}
    after = set(schema.names)
    problems = []
    for was, now in renames.items():
        if was not in before:
            problems.append(f"{was!r} is not a label of the schema")
        if now not in after:
            problems.append(f"{was!r} is renamed to {now!r}, which is not in the new schema")
        if now in renames and now != was:
            problems.append(f"{now!r} is both renamed and a new name: rename in two steps")
    kept = after | set(renames)
    problems += [f"label {name!r} would be dropped" for name in before - kept]
    if problems:
        raise SchemaError("\n".join(escaped(p) for p in problems))
    return schema


def rename_steps(
    corpus: Corpus,
    renames: Mapping[str, str],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[tuple[int, Edit]] | None:
    """One edit per document holding a renamed label (every document is read); None if cancelled.

    A line that cannot be read is left as it is (said when it is opened).
    """
    renames = {was: now for was, now in renames.items() if was != now}
    steps: list[tuple[int, Edit]] = []
    total = len(corpus)
    for i in range(total):
        if cancelled is not None and i % CHECK_EVERY == 0 and cancelled():
            return None
        try:
            doc = corpus[i]
        except InputError:
            continue
        present = {s.label for s in doc.spans}
        edits = [relabel_all(doc, was, now) for was, now in renames.items() if was in present]
        if len(edits) == 1:
            steps.append((i, edits[0]))
        elif edits:
            steps.append((i, Compound(tuple(edits), _describe(renames))))
        if progress is not None:
            progress(i + 1, total)
    return steps


def change_schema(
    corpus: Corpus,
    labels: Sequence[Label],
    renames: Mapping[str, str],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SchemaChange:
    """Give the corpus's schema ``labels``; spans of each renamed label renamed everywhere.

    SchemaError (nothing changed) for an invalid schema or a label left out; the spans are
    renamed first, then the schema's labels replaced (the same schema object).
    """
    check_renames(corpus.schema.labels, labels, renames)
    renames = {was: now for was, now in renames.items() if was != now}
    changes = None
    renamed = 0
    if renames:
        steps = rename_steps(corpus, renames, progress, cancelled)
        if steps is None:
            return SchemaChange(False)
        if steps:
            changes = corpus.apply_steps(steps, _describe(renames))
            renamed = sum(len(effect.removed) for effect in changes.effects.values())
    names = {label.name for label in labels}
    # labels met in the data while reading are kept: the user's list was made before them
    met = [x for x in corpus.schema.labels if x.name not in names and x.name not in renames]
    labels = [*labels, *met]
    if labels != corpus.schema.labels:
        corpus.schema.replace_labels(labels)
        corpus.schema_changed = True
    return SchemaChange(True, changes, renamed)


def _describe(renames: Mapping[str, str]) -> str:
    return "Rename " + ", ".join(f"{was} → {now}" for was, now in renames.items())


def set_direction(corpus: Corpus, mode: str) -> bool:
    """Make ``mode`` how the corpus's paragraphs take their direction (one of DIRECTION_MODES);
    True if it changed (the schema file follows on save). SchemaError for an unknown mode."""
    if mode not in DIRECTION_MODES:
        raise SchemaError(f"direction must be one of {', '.join(DIRECTION_MODES)}, got {mode!r}")
    chosen: DirectionMode = mode  # narrowed by the check above
    if corpus.schema.direction == chosen:
        return False
    corpus.schema.direction = chosen
    corpus.schema_changed = True
    return True
