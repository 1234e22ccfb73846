"""Where an agreement report's disagreement lies in the open corpus, so a window can show it.

A disagreement names a document by id and one or two spans with their texts (the JSON of
``Disagreement.to_json``). It is in the open corpus when a document there has that id and the
same text at those spans (annotators' files share their texts). The range to select covers
both sides; when the document holds one of the two spans itself, that span is the one to select.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from annotator.errors import InputError
from annotator.model import Span
from annotator.storage.corpus import Corpus

VERSIONS_MARK = b'"versions"'


@dataclass(frozen=True)
class Place:
    index: int  # the document in the corpus
    start: int
    end: int
    span: Span | None  # the document's own span at this place, if it has one of the two


def id_index(corpus: Corpus) -> dict[str, int]:
    """Document id -> index in ``corpus`` (read from the line heads we wrote: no parse)."""
    out: dict[str, int] = {}
    for i in range(len(corpus)):
        try:
            out.setdefault(corpus.id_of(i), i)
        except InputError:
            continue
    return out


def locate(corpus: Corpus, ids: Mapping[str, int], item: Mapping[str, Any]) -> Place | None:
    """The place of disagreement ``item`` in ``corpus``; None when it is not this corpus's."""
    index = ids.get(str(item.get("document")))
    sides = [s for s in (item.get("a"), item.get("b")) if isinstance(s, Mapping)]
    if index is None or not sides:
        return None
    try:
        doc = corpus[index]
    except InputError:
        return None
    for side in sides:
        start, end = side.get("start"), side.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
            return None
        if doc.text[start:end] != side.get("text"):
            return None  # another text under the same id: not this corpus's document
    own = {s.key: s for s in doc.spans}
    span = next(
        (own[key] for side in sides if (key := (side["start"], side["end"], side["label"])) in own),
        None,
    )
    return Place(index, min(s["start"] for s in sides), max(s["end"] for s in sides), span)


def may_hold_versions(corpus: Corpus) -> bool:
    """Whether the corpus may keep annotators' versions (a merged or adjudication file).

    A quick look at the file's bytes before reading it all (edits never add versions).
    """
    return VERSIONS_MARK in corpus.index.data
