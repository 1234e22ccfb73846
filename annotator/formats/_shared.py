"""Small helpers the JSON and standoff interchange formats share: problem collection, span checks, JSONL I/O.

Readers collect every problem of a file (capped) and raise one InputError at
the end; things that are kept but worth knowing (duplicates, overlaps,
discontinuous brat spans) go to ``options["warnings"]`` when the caller passes
a list there, and ``options["progress"](bytes_read)`` is called as the input is
read (the conventions of annotator.formats.common).
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from itertools import pairwise
from pathlib import Path
from typing import Any

from annotator.errors import InputError, Problem, SaveError
from annotator.formats.common import drift_message, progress
from annotator.formats.registry import Options
from annotator.model import STATUSES, Document, Span
from annotator.storage.fileio import atomic_writer, fsync_dir

PROBLEM_CAP = 200
_DIGITS = re.compile(r"[0-9]+")


def short(value: Any, limit: int = 60) -> str:
    """A value as JSON, cut to ``limit`` characters, for messages."""
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class ProblemLog:
    """Collects the problems of one input (capped) and the warnings for ``options["warnings"]``."""

    def __init__(self, path: Path, options: Options, cap: int = PROBLEM_CAP) -> None:
        self.path = str(path)
        self.problems: list[Problem] = []
        self.more = 0
        self.count = 0
        self.cap = cap
        sink = options.get("warnings")
        self._warnings: list[Problem] | None = sink if isinstance(sink, list) else None

    def add(self, message: str, line: int | None = None, path: Path | str | None = None) -> None:
        self.count += 1
        if len(self.problems) < self.cap:
            self.problems.append(Problem(str(path or self.path), line, message))
        else:
            self.more += 1

    def warning(
        self, message: str, line: int | None = None, path: Path | str | None = None
    ) -> None:
        if self._warnings is not None:
            self._warnings.append(Problem(str(path or self.path), line, message))

    def raise_if_any(self) -> None:
        if self.problems:
            raise InputError(self.problems, more=self.more)


def checked_span(
    text: str,
    start: Any,
    end: Any,
    label: Any,
    where: str,
    log: ProblemLog,
    *,
    meta: dict[str, Any] | None = None,
    expected: Any = None,
    line: int | None = None,
    path: Path | str | None = None,
) -> Span | None:
    """A Span for [start, end) in ``text`` after checking types, order, range and the quoted text."""

    def fail(message: str) -> None:
        log.add(f"{where}: {message}", line, path)

    if not is_int(start) or not is_int(end):
        fail(f"offsets must be integers, got start={short(start)} end={short(end)}")
        return None
    if not isinstance(label, str) or not label.strip():
        fail(f"label must be a non-empty string, got {short(label)}")
        return None
    if start < 0 or end > len(text):
        fail(f"[{start}, {end}) is outside the text (0..{len(text)})")
        return None
    if end <= start:
        fail(f"end {end} is not after start {start} (reversed or empty span)")
        return None
    if expected is not None and text[start:end] != expected:
        fail(f"offsets drifted: {drift_message(text, start, end, str(expected))}")
        return None
    return Span(start, end, label, meta or None)


def dedupe_spans(spans: list[Span], line: int | None, log: ProblemLog) -> list[Span]:
    """Spans without exact repeats (same start, end, label): a repeat carries nothing; it is reported."""
    seen: set[tuple[int, int, str]] = set()
    out = []
    for span in spans:
        if span.key in seen:
            log.warning(f"span [{span.start}, {span.end}) {span.label} repeated: kept once", line)
            continue
        seen.add(span.key)
        out.append(span)
    return out


SOURCE_FIELDS = (
    "source_fields"  # meta key for a record's uninterpretable status/note/meta/... values
)
_NATIVE_KEYS = ("id", "text", "spans", "status", "note", "meta", "offset_unit")


def check_overlap(spans: list[Span], line: int | None, options: Options, log: ProblemLog) -> None:
    """Warn about overlaps when the project disallows them (option or schema); all spans are kept."""
    schema_allows = getattr(options.get("schema"), "allow_overlap", True)
    if options.get("allow_overlap", schema_allows):
        return
    for a, b in pairwise(sorted(spans)):
        if a.overlaps(b):
            log.warning(
                f"spans [{a.start}, {a.end}) {a.label} and [{b.start}, {b.end}) {b.label} overlap "
                "(kept; the label schema does not allow overlap)",
                line,
            )


def document_from_parts(
    text: str, spans: list[Span], rest: dict[str, Any], default_id: str
) -> Document:
    """A Document from a record's text and spans; id, status, note and meta taken from ``rest`` when usable.

    A numeric ``id`` becomes its decimal string (written back as a number by ``id_field``); everything else
    in ``rest`` stays verbatim in ``extra``.
    """
    rest = dict(rest)
    raw_id = rest.pop("id", None)
    doc_id = str(raw_id) if is_int(raw_id) or (isinstance(raw_id, str) and raw_id) else default_id
    if raw_id is not None and doc_id == default_id:
        rest["id"] = raw_id
    status = rest.pop("status") if rest.get("status") in STATUSES else "todo"
    note = rest.pop("note") if isinstance(rest.get("note"), str) else ""
    meta = dict(rest.pop("meta")) if isinstance(rest.get("meta"), dict) else {}
    # Values under our own key names that we cannot interpret (a tool's "status": "approved", a
    # list as "id") would be dropped by the native writer: keep them verbatim in meta instead.
    clashing = {key: rest.pop(key) for key in _NATIVE_KEYS if key in rest}
    if clashing:
        meta[SOURCE_FIELDS] = clashing
    return Document(doc_id, text, spans, status, note, meta, rest)


def id_field(doc: Document) -> dict[str, Any]:
    """``{"id": ...}`` for a document: an integer when the id is one (tool ids), else the string."""
    if doc.id and _DIGITS.fullmatch(doc.id) and (doc.id == "0" or not doc.id.startswith("0")):
        return {"id": int(doc.id)}
    return {"id": doc.id}


def status_fields(doc: Document) -> dict[str, Any]:
    """Status, note and meta as top-level keys, only when not the defaults (other tools keep unknown keys).

    Fields kept aside by ``document_from_parts`` come back under their own names where ours are unset.
    """
    out: dict[str, Any] = {}
    meta = dict(doc.meta)
    kept = meta.pop(SOURCE_FIELDS, None)
    if isinstance(kept, dict):
        out.update((k, v) for k, v in kept.items() if k in ("status", "note", "meta"))
    if doc.status != "todo":
        out["status"] = doc.status
    if doc.note:
        out["note"] = doc.note
    if meta:
        out["meta"] = meta
    return out


def json_lines(path: Path, options: Options, log: ProblemLog) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) for each non-blank line of a UTF-8 JSONL file, streaming.

    Lines are split on ``\\n`` only (U+2028 and a lone CR are legal inside JSON strings); a BOM
    on the first line is the encoding's. Undecodable or invalid lines are logged, not yielded.
    """
    encoding = options.get("encoding") or "utf-8"
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise InputError.single(path, None, f"cannot open: {exc.strerror or exc}") from exc
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not number % 1024:
                progress(options, handle.tell())
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                line = raw.decode(encoding)
            except UnicodeDecodeError as exc:
                log.add(
                    f"not valid {encoding} at byte {exc.start + 1} of the line "
                    "(pass --encoding if the file uses another one)",
                    number,
                )
                continue
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                log.add(f"invalid JSON: {exc.msg} (column {exc.colno})", number)
        progress(options, handle.tell())


def dumps(obj: Any) -> str:
    """Compact JSON that keeps non-ASCII text readable (what doccano and Prodigy write)."""
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


@contextmanager
def jsonl_writer(path: Path) -> Iterator[Callable[[Any], None]]:
    """Yield ``emit(obj)`` writing one JSON line each to ``path``, replaced atomically on a clean exit."""
    with atomic_writer(path) as out:

        def emit(obj: Any) -> None:
            try:
                data = dumps(obj).encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate read from a JSON escape: keep it escaped
                data = json.dumps(obj, separators=(", ", ": ")).encode("ascii")
            out.write(data + b"\n")

        yield emit


ARRAY_CHUNK = 1 << 16
_JSON_WS = " \t\r\n"


def json_array_items(
    path: Path, log: ProblemLog, options: Options, what: str = "items"
) -> Iterator[tuple[int, Any]]:
    """(line, element) for each element of a top-level JSON array, parsed one element at a time.

    ``json.load`` needs the whole array in memory; this reads the file in chunks and
    ``raw_decode``s each element, so memory follows the largest element, not the file.
    """
    decoder = json.JSONDecoder()
    reader = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise InputError.single(path, None, f"cannot open: {exc.strerror or exc}") from exc
    with handle:
        buf, pos, eof, want = "", 0, False, ARRAY_CHUNK
        line, counted = 1, 0  # line number at buf[counted]

        def line_at(at: int) -> int:
            nonlocal line, counted
            line += buf.count("\n", counted, at)
            counted = at
            return line

        def more() -> bool:
            nonlocal buf, pos, eof, counted
            if eof:
                return False
            line_at(pos)
            raw = handle.read(want)
            eof = not raw
            progress(options, handle.tell())
            try:
                buf = buf[pos:] + reader.decode(raw, final=eof)
            except UnicodeDecodeError as exc:
                log.add(f"not valid UTF-8 ({exc.reason})", line)
                eof, buf = True, ""
            pos = counted = 0
            return True

        def skip_ws() -> str:
            nonlocal pos
            while True:
                while pos < len(buf) and buf[pos] in _JSON_WS:
                    pos += 1
                if pos < len(buf):
                    return buf[pos]
                if not more():
                    return ""

        first = skip_ws()
        if first != "[":
            log.add(f"expected a JSON array of {what}" if first else "empty file", line_at(pos))
            return
        pos += 1
        expect_item = True
        while True:
            ch = skip_ws()
            if ch == "]":
                return
            if not ch:
                log.add("the array is not closed", line_at(pos))
                return
            if not expect_item:
                if ch != ",":
                    log.add(f"expected ',' or ']' between {what}, found {ch!r}", line_at(pos))
                    return
                pos += 1
                expect_item = True
                continue
            while True:
                try:
                    value, end = decoder.raw_decode(buf, pos)
                    if end < len(buf) or eof:
                        break
                except json.JSONDecodeError as exc:
                    if eof:
                        start = line_at(pos)
                        log.add(
                            f"invalid JSON: {exc.msg} (in the element starting at line {start})",
                            start + buf.count("\n", pos, exc.pos),
                        )
                        return
                want = max(
                    want, 2 * (len(buf) - pos)
                )  # grow reads: a huge element costs O(n log n)
                more()
            yield line_at(pos), value
            pos, expect_item = end, False


class FolderWriter:
    """Many small files written into one folder: each to a temp name, one sync for all, then renamed.

    A per-file fsync (annotator.storage.fileio) costs ~10 ms, which makes a 20,000-document brat export take
    minutes; here every file still appears only complete (temp file, then ``os.replace``), and the
    data is on disk (one ``os.sync``, or an fsync per file where that does not exist) before any
    rename. On an error the temp files are removed and the folder keeps its previous files.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pending: list[tuple[Path, Path]] = []

    def add(self, name: str, data: bytes) -> None:
        tmp = self.folder / f".{name}.{os.getpid()}.tmp"
        try:
            tmp.write_bytes(data)
        except OSError as exc:
            self.discard()
            raise SaveError(f"cannot write {self.folder / name}: {exc.strerror or exc}") from exc
        self.pending.append((tmp, self.folder / name))

    def commit(self) -> None:
        try:
            if hasattr(os, "sync"):
                os.sync()
            else:  # pragma: no cover - Windows
                for tmp, _ in self.pending:
                    with open(tmp, "rb+") as f:
                        os.fsync(f.fileno())
            for tmp, target in self.pending:
                os.replace(tmp, target)
        except OSError as exc:
            self.discard()
            raise SaveError(f"cannot write into {self.folder}: {exc.strerror or exc}") from exc
        self.pending = []
        fsync_dir(self.folder)

    def discard(self) -> None:
        for tmp, _ in self.pending:
            with suppress(OSError):
                tmp.unlink()
        self.pending = []
