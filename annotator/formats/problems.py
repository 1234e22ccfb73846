"""How a format reader reports what it found: problems, warnings, progress, span checks.

A reader collects every problem of a file (capped at PROBLEM_CAP) and raises one
InputError at the end, after yielding the good documents. Things kept but worth
knowing (duplicates, overlaps, a malformed tag) are ``Problem`` items appended to
the list the caller passes as ``options["warnings"]``; a reader calls
``options["progress"](bytes_read)`` as it reads (annotator.formats.conversion turns
both into a report and a progress callback).
"""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path
from typing import Any

from annotator.errors import InputError, Problem
from annotator.formats.registry import Options
from annotator.model import Span

PROBLEM_CAP = 200


def short(value: Any, limit: int = 60) -> str:
    """A value as JSON, cut to ``limit`` characters, for messages."""
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def warn(options: Options, path: str | Path, line: int | None, message: str) -> None:
    """Report something kept but worth knowing (a malformed tag, a span that cannot be written)."""
    sink = options.get("warnings")
    if isinstance(sink, list):
        sink.append(Problem(str(path), line, message))


def progress(options: Options, position: int) -> None:
    """Tell the caller how many bytes of the input have been read (for a progress bar)."""
    callback = options.get("progress")
    if callable(callback):
        callback(position)


class ProblemLog:
    """Collects the problems of one input (capped) and the warnings for ``options["warnings"]``."""

    def __init__(self, path: Path, options: Options, cap: int = PROBLEM_CAP) -> None:
        self.path = str(path)
        self.problems: list[Problem] = []
        self.more = 0
        self.count = 0
        self.cap = cap
        self.options = options

    def add(self, message: str, line: int | None = None, path: Path | str | None = None) -> None:
        self.count += 1
        if len(self.problems) < self.cap:
            self.problems.append(Problem(str(path or self.path), line, message))
        else:
            self.more += 1

    def warning(
        self, message: str, line: int | None = None, path: Path | str | None = None
    ) -> None:
        warn(self.options, path or self.path, line, message)

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
    """A Span for [start, end) in ``text`` once types, order, range and quoted text are checked."""

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
    """Spans without exact repeats (same start, end, label); a repeat carries nothing (reported)."""
    seen: set[tuple[int, int, str]] = set()
    out = []
    for span in spans:
        if span.key in seen:
            log.warning(f"span [{span.start}, {span.end}) {span.label} repeated: kept once", line)
            continue
        seen.add(span.key)
        out.append(span)
    return out


def check_overlap(spans: list[Span], line: int | None, options: Options, log: ProblemLog) -> None:
    """Warn about overlaps when the project disallows them (option or schema); all are kept."""
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


def _show(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")


def drift_message(text: str, start: int, end: int, expected: str, window: int = 64) -> str:
    """Why ``text[start:end]`` is not ``expected``: where it is nearby (the drift), if anywhere."""
    found = text[start:end]
    lo = max(0, start - window)
    hi = min(len(text), end + window + len(expected))
    candidates = []
    at = text.find(expected, lo, hi) if expected else -1
    while at != -1:
        candidates.append(at)
        at = text.find(expected, at + 1, hi)
    base = f"[{start}, {end}) covers {_show(found)} but the file says {_show(expected)}"
    if not candidates:
        return base + " (not found nearby: wrong offsets or a different text)"
    best = min(candidates, key=lambda c: abs(c - start))
    shift = best - start
    hint = " (counted in UTF-16 units or bytes?)" if shift < 0 else ""
    return base + f"; it is at [{best}, {best + len(expected)}): offsets drift by {shift:+d}{hint}"
