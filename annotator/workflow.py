"""Document status rules: what "done", "skip" and "flag" do, and which document is next to annotate.

Statuses are ``todo``, ``done``, ``skipped`` and ``flagged`` (annotator.model.STATUSES).
"Mark done and move on" and "skip" set the status and go to the next unfinished document;
"flag" toggles between flagged and to-do. Unfinished means ``todo``: skipped and flagged
documents were looked at and set aside on purpose.
"""

from __future__ import annotations

from collections.abc import Callable

from annotator.edits import SetStatus
from annotator.model import Document

UNFINISHED = "todo"


def status_edit(doc: Document, status: str) -> SetStatus | None:
    """The edit that gives ``doc`` this status, or None when it already has it."""
    return None if doc.status == status else SetStatus(doc.status, status)


def flag_toggled(doc: Document) -> SetStatus:
    """Flag a document for review, or unflag it (back to to-do)."""
    return SetStatus(doc.status, UNFINISHED if doc.status == "flagged" else "flagged")


def next_unfinished(status_of: Callable[[int], str], count: int, current: int) -> int | None:
    """The next document after ``current`` still to do, wrapping round; None when all are finished.

    ``current`` itself comes last, so a document left to-do is found again only when it is the
    only one.
    """
    for step in range(1, count + 1):
        j = (current + step) % count
        if status_of(j) == UNFINISHED:
            return j
    return None
