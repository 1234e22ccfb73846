"""Who did what, in the formats that have a place for it (docs/decisions/0018-team-projects.md).

- Prodigy: ``_annotator_id`` and ``_timestamp`` (Unix seconds) of a task <-> the document's
  ``"changed"`` stamp.
- Label Studio: ``completed_by`` and ``updated_at`` of the annotation holding our spans <->
  the stamp.
- doccano: span authors ride in the ``entities`` shape's items (``"by"``), the stamp as a key of
  the record (both kept like any other key); the ``label`` triples have no room for authors.
- brat: a span's author ends its ``AnnotatorNotes`` line as ``[by NAME]``.

Reading never overrides a ``"changed"`` stamp the record already carries.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from annotator.model import CHANGED_KEY, Document

_NOTE_AUTHOR = re.compile(r"(?:^| )\[by ([^\[\]\t]+)\]$")


def _name(by: Any) -> Any:
    if isinstance(by, dict):  # Label Studio may export the user as an object
        return by.get("email") or by.get("username") or by.get("id")
    return by


def adopt_stamp(doc: Document, by: Any, at: Any) -> None:
    """Give ``doc`` the stamp a format recorded (a name, and a time as ISO text or Unix seconds)."""
    by = _name(by)
    if by is None or by == "" or isinstance(by, bool) or CHANGED_KEY in doc.extra:
        return
    if isinstance(at, (int, float)) and not isinstance(at, bool):
        at = datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    doc.extra[CHANGED_KEY] = {"by": str(by), "at": at if isinstance(at, str) else ""}


def stamp_annotation(annotation: dict[str, Any], stamp: Any) -> None:
    """Label Studio: the annotation holding our spans names who changed them last, and when."""
    if not isinstance(stamp, dict) or not isinstance(stamp.get("by"), str):
        return
    if str(_name(annotation.get("completed_by"))) != stamp["by"]:
        annotation["completed_by"] = stamp["by"]
        annotation["updated_at"] = stamp.get("at", "")


def epoch(at: str) -> int | None:
    """Unix seconds of an ISO-8601 time, or None."""
    try:
        return int(datetime.fromisoformat(at).timestamp())
    except ValueError:
        return None


def note_with_author(note: str, by: str | None) -> str:
    return f"{note} [by {by}]".lstrip() if by else note


def author_in_note(note: str) -> tuple[str, str | None]:
    """(the note without the author, the author) of an AnnotatorNotes text."""
    match = _NOTE_AUTHOR.search(note)
    if match is None:
        return note, None
    return note[: match.start()], match.group(1)
