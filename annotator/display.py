"""Data is never code: how text from a file is shown inside our own messages.

Two dangers come with a file name, a label or a document id printed inside a message:
control characters act on the terminal (ESC sequences retitle it or clear lines, a newline
forges a line of its own), and bidi controls (embeddings, overrides, isolates) reorder the
message around them, so the label ``PER<U+202E>COL`` reads "PERLOC". ``escaped`` writes every
such character as a visible escape; ``isolated`` keeps document text exact but confines its
direction between FSI and PDI.
"""

from __future__ import annotations

import re

# C0 and C1 controls and DEL; the bidi embeddings, overrides and isolates (which reorder what
# surrounds them); the line and paragraph separators (which break a line in some terminals).
_OTHERS = "\x7f-\x9f\u202a-\u202e\u2066\u2067\u2028\u2029"
_PATTERNS = {
    (newlines, isolates): re.compile(
        "[\x00-\x09"
        + ("" if newlines else "\x0a")
        + "\x0b-\x1f"
        + _OTHERS
        + ("" if isolates else "\u2068\u2069")
        + "]"
    )
    for newlines in (False, True)
    for isolates in (False, True)
}
FSI, PDI = "\u2068", "\u2069"


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escaped(text: str, *, keep_newlines: bool = False, keep_isolates: bool = False) -> str:
    """``text`` with control and bidi-control characters written as ``\\x1b`` / ``\\u202e``.

    ``keep_isolates`` leaves FSI and PDI (U+2068, U+2069) alone: the pair ``isolated`` puts
    around data that was escaped already.
    """
    return _PATTERNS[keep_newlines, keep_isolates].sub(_escape, text)


def isolated(text: str) -> str:
    """Document text to put inside a message: exact, its direction confined (FSI ... PDI).

    A PDI also ends any embedding or override left open inside, so nothing leaks out.
    """
    return f"{FSI}{text}{PDI}"
