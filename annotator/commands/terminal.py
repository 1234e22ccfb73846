"""Right-to-left text in a terminal: logical, or reordered and shaped for terminals without bidi.

A terminal that does no bidi draws the characters of a line left to right in
memory order, each letter in its isolated form. For those we print *visual*
text (annotator.text.visual: letter forms, order, mirrored brackets). Terminals that run bidi
themselves, pipes and ``--json`` get the logical text untouched.
See docs/decisions/0007-terminal-bidi.md for the ``auto`` rule.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Self, TextIO

from annotator.display import escaped
from annotator.text.visual import MIRRORED, to_visual, visual_line

__all__ = ["MIRRORED", "to_visual", "visual_line"]  # moved to annotator.text.visual, kept here

MODES: tuple[str, ...] = ("auto", "visual", "logical")
ENV_VAR = "ANNOTATOR_BIDI"


def known_bidi_terminal(environ: Mapping[str, str]) -> bool:
    """True for terminals that run the bidi algorithm themselves (VTE, Konsole, mlterm)."""
    if environ.get("VTE_VERSION") or environ.get("KONSOLE_VERSION") or environ.get("MLTERM"):
        return True
    return "mlterm" in environ.get("TERM", "")


def resolve_mode(
    requested: str | None,
    stream: TextIO,
    *,
    json_output: bool = False,
    environ: Mapping[str, str] | None = None,
) -> str:
    """``auto`` (or the ANNOTATOR_BIDI variable) made ``visual`` or ``logical`` for one stream."""
    env = os.environ if environ is None else environ
    mode = requested or env.get(ENV_VAR, "").strip().lower() or "auto"
    if mode not in MODES:
        mode = "auto"
    if json_output:
        return "logical"  # machine-readable output is data, never display order
    if mode != "auto":
        return mode
    isatty = getattr(stream, "isatty", None)
    if not (callable(isatty) and isatty()):
        return "logical"  # piped or redirected: the next program wants the text as stored
    if known_bidi_terminal(env):
        return "logical"
    return "visual"


def isolate(text: str) -> str:
    """``text`` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: its own direction."""
    return f"\u2068{text}\u2069"


class TerminalWriter:
    """Writes lines to one stream in the display mode resolved for that stream.

    Lines are left-to-right paragraphs (our messages are English) by default; wrap
    document text in ``fragment()`` so it keeps its own direction inside them.
    """

    def __init__(self, stream: TextIO, mode: str, base: str | None = "L") -> None:
        self.stream = stream
        self.mode = mode
        self.base = base

    @classmethod
    def for_stream(
        cls, stream: TextIO, requested: str | None = None, *, json_output: bool = False
    ) -> TerminalWriter:
        return cls(stream, resolve_mode(requested, stream, json_output=json_output))

    def fragment(self, text: str) -> str:
        """Data inside a message (a label, a span's text): control characters escaped, so it stays
        on its line and cannot drive the terminal; isolated in visual mode."""
        text = escaped(text)
        return isolate(text) if self.mode == "visual" else text

    def render(self, text: str) -> str:
        return to_visual(text, self.base) if self.mode == "visual" else text

    def line(self, text: str = "") -> None:
        """Write ``text``, a terminal line per "\\n" in it; any other control character escaped."""
        for piece in text.split("\n"):
            self.stream.write(self.render(escaped(piece, keep_isolates=True)) + "\n")


# -- progress ------------------------------------------------------------------

# Show a progress bar for input from this size on (when stderr is a terminal); env can lower it.
LARGE_FILE_BYTES = 16 * 1024 * 1024
PROGRESS_ENV = "ANNOTATOR_PROGRESS_BYTES"


class NoProgress:
    """Stands in for a progress bar when none is drawn."""

    def update(self, n: int) -> None:
        pass

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def progress(
    total: int, stream: TextIO, *, desc: str = "reading", threshold: int | None = None
) -> Any:
    """A tqdm byte counter on ``stream`` when it is a terminal and the input is large, else a no-op.

    ``threshold`` defaults to ANNOTATOR_PROGRESS_BYTES (16 MB); 0 draws a bar for any size.
    """
    isatty = getattr(stream, "isatty", None)
    if threshold is None:
        try:
            threshold = int(os.environ.get(PROGRESS_ENV, LARGE_FILE_BYTES))
        except ValueError:
            threshold = LARGE_FILE_BYTES
    if total < threshold or not (callable(isatty) and isatty()):
        return NoProgress()
    try:
        from tqdm import tqdm
    except ImportError:
        return NoProgress()
    return tqdm(
        total=total or None,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        file=stream,
        desc=desc,
        leave=False,
    )


def report(err: TerminalWriter, message: str) -> None:
    """One message on stderr; nothing if stderr is closed."""
    try:
        err.line(message.rstrip("\n"))
        err.stream.flush()
    except (OSError, ValueError):
        pass  # stderr closed: nothing more we can say
