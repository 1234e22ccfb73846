"""What an edit did to one document: the value listeners repaint from (decision 0014).

``Effect`` lists the spans added and removed, the status and note as (old, new), and the
suggestions made and withdrawn; ``then`` chains two effects so a Compound or a transaction
reports its net change.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TypeVar

from annotator.model import Span, Suggestion

__all__ = ["Effect"]

_Item = TypeVar("_Item", Span, Suggestion)


@dataclass(frozen=True)
class Effect:
    """What an edit did to one document: spans added and removed, status and note (old, new),
    suggestions made and withdrawn (never counted as spans: ``label_delta`` is about spans)."""

    added: tuple[Span, ...] = ()
    removed: tuple[Span, ...] = ()
    status: tuple[str, str] | None = None
    note: tuple[str, str] | None = None
    suggested: tuple[Suggestion, ...] = ()
    unsuggested: tuple[Suggestion, ...] = ()

    @property
    def spans_changed(self) -> bool:
        return bool(self.added or self.removed)

    @property
    def suggestions_changed(self) -> bool:
        return bool(self.suggested or self.unsuggested)

    def label_delta(self) -> Counter[str]:
        """Per-label change of the span counts (negative for labels that lost spans)."""
        delta: Counter[str] = Counter(s.label for s in self.added)
        delta.subtract(s.label for s in self.removed)
        return _nonzero(delta)

    def then(self, later: Effect) -> Effect:
        """This effect followed by ``later``.

        Spans added then removed cancel out; status and note changes chain.
        """
        added, removed = _net(self.added, self.removed, later.added, later.removed)
        suggested, unsuggested = _net(
            self.suggested, self.unsuggested, later.suggested, later.unsuggested
        )
        return Effect(
            added=added,
            removed=removed,
            status=_chain(self.status, later.status),
            note=_chain(self.note, later.note),
            suggested=suggested,
            unsuggested=unsuggested,
        )


def _net(
    added: tuple[_Item, ...],
    removed: tuple[_Item, ...],
    later_added: tuple[_Item, ...],
    later_removed: tuple[_Item, ...],
) -> tuple[tuple[_Item, ...], tuple[_Item, ...]]:
    """Added then removed cancel out; removed then put back is no change."""
    gone = {s.key for s in later_removed}
    earlier = {s.key for s in added}
    plus = tuple(s for s in added if s.key not in gone) + tuple(later_added)
    minus = tuple(removed) + tuple(s for s in later_removed if s.key not in earlier)
    back = {s.key for s in plus} & {s.key for s in minus}
    return (
        tuple(s for s in plus if s.key not in back),
        tuple(s for s in minus if s.key not in back),
    )


def _nonzero(delta: Counter[str]) -> Counter[str]:
    return Counter({k: v for k, v in delta.items() if v})


def _chain(first: tuple[str, str] | None, second: tuple[str, str] | None) -> tuple[str, str] | None:
    if first is None:
        return second
    if second is None:
        return first
    return None if first[0] == second[1] else (first[0], second[1])
