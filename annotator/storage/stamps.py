"""Who changed a document and when: the ``"changed"`` stamp a Corpus adds to each transaction.

When ``Corpus.annotator`` is set, every transaction the user makes gets, for each document it
touches, one more step: ``SetField("changed", previous stamp, {"by": name, "at": now})``.
The stamp is thus journalled, replayed after a crash and undone with the edit: undo puts the
previous stamp back (the document is as it was), redo puts the edit's own stamp back
(docs/decisions/0018-team-projects.md).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from annotator.edits import SetField
from annotator.history import Step
from annotator.model import CHANGED_KEY, Document


def utc_now() -> str:
    """The current time as ISO-8601 UTC to the second, e.g. ``2026-12-01T04:42:16Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def stamped(
    steps: Sequence[Step], document: Callable[[int], Document], annotator: str | None
) -> tuple[Step, ...]:
    """``steps`` followed by one stamp step per document they touch (none without a name)."""
    if not annotator:
        return tuple(steps)
    at = utc_now()
    stamps: dict[int, Step] = {}
    for step in steps:
        if step.index not in stamps and not isinstance(step.edit, SetField):
            old = document(step.index).extra.get(CHANGED_KEY)
            new = {"by": annotator, "at": at}
            stamps[step.index] = Step(step.index, step.doc_id, SetField(CHANGED_KEY, old, new))
    return (*steps, *stamps.values())
