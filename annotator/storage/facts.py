"""What the documents list needs to know about every line, without parsing documents.

Each line's status, span count and own id (or none: its id is then ``line-N``) come from one
msgspec decode of a small Struct that names only those fields (and checks that ``text`` is a
string); msgspec skips everything else without building it, ~2 µs a line
(docs/decisions/0021-fast-json.md). A line we wrote (its head matches ``records.LINE_HEAD``)
is believed as it is; another tool's line is believed only when the counting decoder
(``record_counts``: spans in the text, sorted, no key twice, ~10 µs) proves it reads, in the
idle scan after the first paint. Any other line is parsed in full, so a foreign line's status is
exactly what opening it would give ("invalid" when it cannot be read).

The labels panel's counts read only the spans' labels the same way (``labels``).

``CorpusFacts`` is a SliceRun: the window scans in slices from idle time (the first document
paints before), a command or a test calls ``finish``. A single line is read on demand when
asked before the scan reached it. Edits keep the facts current through their change sets
(``follow``): nothing is scanned again after an edit or a save.
"""

from __future__ import annotations

from array import array
from collections import Counter

import msgspec

from annotator.errors import InputError
from annotator.model import STATUSES, Document
from annotator.slices import SliceRun
from annotator.storage.line_index import LineIndex
from annotator.storage.record_counts import counted_from_bytes
from annotator.storage.records import LINE_HEAD

INVALID = "invalid"  # the status of a line that cannot be read as a document
CODES: tuple[str, ...] = (*STATUSES, INVALID)
_CODE = {name: code for code, name in enumerate(CODES)}
_INVALID_CODE = _CODE[INVALID]
_UNKNOWN = -1  # not read yet
_NO_ID, _OWN_ID = 0, 1
_QUOTE = ord('"')


class _AnySpan(msgspec.Struct, gc=False):
    """One element of "spans": must be an object; its fields are skipped."""


class _Head(msgspec.Struct, gc=False):
    """The fields of a line the list needs; every other key is skipped by the decoder."""

    text: msgspec.Raw
    id: str | int | msgspec.UnsetType = msgspec.UNSET
    status: str = "todo"
    spans: list[_AnySpan] | None = None


_decode_head = msgspec.json.Decoder(_Head).decode


class _SpanLabel(msgspec.Struct, gc=False):
    label: str


class _Labels(msgspec.Struct, gc=False):
    """Only the spans' labels (the label counts of the labels panel)."""

    spans: list[_SpanLabel] | None = None


_decode_labels = msgspec.json.Decoder(_Labels).decode


def _fast_head(raw: bytes | memoryview) -> tuple[int, int, str | None] | None:
    """(status code, span count, own id or None) when the Struct fits the line, else None."""
    try:
        head = _decode_head(raw)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    text = memoryview(head.text)
    status = _CODE.get(head.status, _INVALID_CODE)
    if not text or text[0] != _QUOTE or status == _INVALID_CODE:
        return None
    raw_id = head.id
    own: str | None = None
    if type(raw_id) is int:
        own = str(raw_id)
    elif isinstance(raw_id, str):
        if not raw_id or "\0" in raw_id:
            return None
        own = raw_id
    return status, 0 if head.spans is None else len(head.spans), own


class CorpusFacts(SliceRun):
    """Status, span count and own id of every line of ``index``; status counts once scanned."""

    def __init__(self, index: LineIndex) -> None:
        super().__init__(len(index))
        self.index = index
        n = len(index)
        self._codes = array("b", [_UNKNOWN]) * n
        self._spans = array("q", [0]) * n
        self._ids: dict[int, str] = {}  # lines that carry their own id
        self.counts: Counter[str] = Counter()  # of the lines scanned so far (all when complete)

    def _read(self, i: int) -> int:
        """Read line ``i`` if not yet known; its status code."""
        code = self._codes[i]
        if code != _UNKNOWN:
            return code
        view = self.index.view(i)
        fast = _fast_head(view)
        if fast is not None and not LINE_HEAD.match(view):
            # another tool's line: the head says nothing of its spans or keys; believed only
            # when the counting decoder proves the whole line reads (else parsed in full)
            fast = fast if counted_from_bytes(bytes(view)) is not None else None
        if fast is not None:
            code, self._spans[i], own = fast
            if own is not None:
                self._ids[i] = own
        else:
            code = self._parsed(i)
        self._codes[i] = code
        return code

    def _parsed(self, i: int) -> int:
        """The whole line parsed: what opening its document gives (rare: odd lines only)."""
        try:
            doc = self.index.parse(i)
        except InputError:
            self._spans[i] = -1
            return _INVALID_CODE
        self._spans[i] = len(doc.spans)
        if doc.id != f"line-{self.index.lines[i]}" or _mentions_id(self.index.raw(i)):
            self._ids[i] = doc.id
        return _CODE[doc.status]

    def step(self, i: int) -> None:
        self.counts[CODES[self._read(i)]] += 1

    def status(self, i: int) -> str:
        return CODES[self._read(i)]

    def span_count(self, i: int) -> int:
        """Spans in document ``i``; -1 when its line cannot be read."""
        self._read(i)
        return self._spans[i]

    def own_id(self, i: int) -> str | None:
        """The id line ``i`` carries, or None when it has none (its id is ``line-N``)."""
        self._read(i)
        return self._ids.get(i)

    def id_of(self, i: int) -> str:
        own = self.own_id(i)
        return own if own is not None else f"line-{self.index.lines[i]}"

    def labels(self, i: int) -> list[str]:
        """The labels of line ``i``'s spans (none if it cannot be read), without a parse."""
        if self._read(i) == _INVALID_CODE:
            return []
        try:
            spans = _decode_labels(self.index.view(i)).spans
        except (msgspec.DecodeError, msgspec.ValidationError):
            try:
                return [s.label for s in self.index.parse(i).spans]  # an odd line
            except InputError:
                return []  # its problem is said when its document is opened
        return [s.label for s in spans] if spans is not None else []

    def follow(self, i: int, doc: Document) -> None:
        """Document ``i`` changed (an edit, a replayed journal): take its status and spans."""
        old = self._read(i)
        new = _CODE[doc.status]
        self._codes[i] = new
        self._spans[i] = len(doc.spans)
        if i < self.done and old != new:  # already counted: move it
            self.counts[CODES[old]] -= 1
            self.counts[CODES[new]] += 1


def _mentions_id(raw: bytes) -> bool:
    """Whether a line that parsed with a ``line-N`` id wrote that id itself (a rare case)."""
    try:
        obj = msgspec.json.decode(raw)
    except msgspec.DecodeError:
        return True
    return isinstance(obj, dict) and "id" in obj
