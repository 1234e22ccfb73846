"""Span authors said once per document on disk (docs/decisions/0018-team-projects.md).

In memory every span someone made carries ``"by"`` in its meta (``Span.by``). On disk the
author most of a document's spans share is said once — as the document's ``"by"``, or not at
all when it is the annotator its ``"changed"`` stamp names — and only spans by someone else
carry their own ``"by"`` (``null`` for a span by nobody in a document that has a default).
Reading gives every span its author back, so a corpus annotated by one person per document
grows by its ``"changed"`` stamps alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from annotator.model import AUTHOR_KEY, CHANGED_KEY, Span


def default_author(obj: Mapping[str, Any]) -> str | None:
    """The author of the record's spans that do not name one."""
    if AUTHOR_KEY in obj:
        value = obj[AUTHOR_KEY]
        return value if isinstance(value, str) else None
    changed = obj.get(CHANGED_KEY)
    if isinstance(changed, dict) and isinstance(changed.get("by"), str):
        return str(changed["by"])
    return None


def compact(rec: dict[str, Any]) -> None:
    """Hoist the most common span author of a record about to be written (in place)."""
    spans = rec.get("spans")
    if not spans:
        return
    authors = [s.get(AUTHOR_KEY) for s in spans]
    counts = Counter(a for a in authors if isinstance(a, str))
    default = counts.most_common(1)[0][0] if counts else None
    for span, author in zip(spans, authors, strict=True):
        if author == default:
            span.pop(AUTHOR_KEY, None)
        elif author is None:
            span[AUTHOR_KEY] = None
    implied = default_author({CHANGED_KEY: rec.get(CHANGED_KEY)})
    if default != implied:
        rec[AUTHOR_KEY] = default


def spread(spans: list[Span], default: str | None) -> list[Span]:
    """Spans read by the general path with their authors restored (see the module docstring)."""
    out = []
    for span in spans:
        meta = dict(span.meta or {})
        if AUTHOR_KEY not in meta and default is not None:
            meta[AUTHOR_KEY] = default
        elif AUTHOR_KEY in meta and meta[AUTHOR_KEY] is None:
            del meta[AUTHOR_KEY]
        out.append(Span(span.start, span.end, span.label, meta or None))
    return out
