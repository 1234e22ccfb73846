"""Convert stored code-point offsets to the positions Qt counts, and back, exactly.

Stored offsets are Python code-point indices into the document text. Qt counts
UTF-16 units (a non-BMP character such as an emoji is two), and a
``QTextDocument`` filled with ``setPlainText`` also merges or drops a few
characters. Convert only at the widget boundary, with the classes here: the paragraph view hands
Qt one paragraph at a time and counts inside it with ``Utf16Index.to_local`` / ``from_local``;
``QtPositionMap`` models a whole ``QTextDocument``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from annotator.errors import AnnotatorError

__all__ = ["OffsetError", "QtPositionMap", "Utf16Index"]

_NON_BMP = re.compile("[\U00010000-\U0010ffff]")
_CRLF = re.compile("\r\n")
_CRLF_SWAPPED = re.compile("\u0d00\u0a00")  # "\r\n" once Qt byte-swaps the text


class OffsetError(AnnotatorError, ValueError):
    """A position out of range or inside a character (between the halves of a surrogate pair)."""


class Utf16Index:
    """Code points <-> UTF-16 units for a text, via the sorted positions of its non-BMP characters.

    Building scans the text once with a compiled pattern (C speed); each lookup
    is one ``bisect`` on that list, so a 10 MB text costs a few milliseconds to
    index and well under a microsecond per call. A lone surrogate in the Python
    string counts as one unit, as it does once handed to Qt.
    """

    __slots__ = ("_cp", "_u16", "length", "utf16_length")

    def __init__(self, text: str) -> None:
        self._cp: list[int] = [m.start() for m in _NON_BMP.finditer(text)]
        # UTF-16 start of each non-BMP character:
        # its code-point index plus the extra units before it.
        self._u16: list[int] = [cp + i for i, cp in enumerate(self._cp)]
        self.length = len(text)
        self.utf16_length = len(text) + len(self._cp)

    @property
    def has_non_bmp(self) -> bool:
        return bool(self._cp)

    def to_utf16(self, cp: int) -> int:
        """The UTF-16 position of code-point offset ``cp`` (0 <= cp <= len(text))."""
        if not 0 <= cp <= self.length:
            raise OffsetError(f"code-point offset {cp} is outside the text (0..{self.length})")
        return cp + bisect_left(self._cp, cp)

    def to_codepoint(self, u16: int) -> int:
        """The code-point offset of UTF-16 position ``u16``; OffsetError inside a surrogate pair."""
        if not 0 <= u16 <= self.utf16_length:
            raise OffsetError(f"UTF-16 position {u16} is outside the text (0..{self.utf16_length})")
        k = bisect_left(self._u16, u16)
        if k and self._u16[k - 1] + 1 == u16:
            raise OffsetError(
                f"UTF-16 position {u16} falls inside a surrogate pair "
                f"(code point {self._cp[k - 1]})"
            )
        return u16 - k

    def to_local(self, start: int, cp: int) -> int:
        """UTF-16 position of ``cp`` inside the stretch of text that starts at code point ``start``.

        What a QTextLayout holding only that stretch (one paragraph) counts.
        """
        return self.to_utf16(cp) - self.to_utf16(start)

    def from_local(self, start: int, u16: int) -> int:
        """Code point of UTF-16 position ``u16`` in the stretch starting at code point ``start``.

        OffsetError inside a surrogate pair or outside the text.
        """
        return self.to_codepoint(self.to_utf16(start) + u16)


class QtPositionMap:
    """Code points <-> positions of a QTextDocument filled with ``setPlainText(text)``.

    Measured with PySide6 6.11.3 (tests/ui/test_qt_positions.py re-checks it
    against a real QTextDocument):

    - ``"\\r\\n"`` becomes one block separator: two code points, one position.
    - A lone ``"\\r"``, ``"\\n"``, U+2029 (paragraph separator), U+FDD0 and
      U+FDD1 (Qt's frame markers) each become one block separator: 1:1.
    - U+2028 (line separator), NBSP, NUL, NEL, VT, FF, tabs, bidi marks,
      ZWJ/ZWNJ, harakat, tatweel, U+FEFF not at the start, U+FFFF: kept 1:1
      (``toPlainText()`` shows U+2028 and U+2029 as ``"\\n"`` and NBSP as a
      space, which is why span text never comes from Qt).
    - A non-BMP character (emoji, some CJK, math letters): two positions.
    - A lone surrogate (possible in a Python string read from JSON ``"\\ud800"``):
      one position, though Qt's text read back to Python drops it.
    - A leading U+FEFF: dropped by PySide's str -> QString conversion (only the
      first one; a second is kept): zero positions.
    - A leading U+FFFE in a text with no non-BMP character: dropped, and every
      other UTF-16 unit is byte-swapped (the text turns to garbage; a swapped
      U+0D00 U+0A00 is then a CRLF). With a non-BMP character present, U+FFFE
      is kept 1:1.

    A code point Qt merges or drops shares the position of its neighbour: the
    ``"\\n"`` of a CRLF maps to the position of its ``"\\r"``, a dropped leading
    BOM to position 0. ``to_codepoint`` returns the first code point at a
    position (the ``"\\r"``, or the BOM); a position between the halves of a
    surrogate pair raises OffsetError.
    """

    __slots__ = ("_index", "_merged", "_merged_qt", "byte_swapped", "qt_length")

    def __init__(self, text: str) -> None:
        self._index = Utf16Index(text)
        self.byte_swapped = text.startswith("\ufffe") and not self._index.has_non_bmp
        dropped_lead = text.startswith("\ufeff") or self.byte_swapped
        crlf = _CRLF_SWAPPED if self.byte_swapped else _CRLF
        # Code points that take no position of their own: each shares its predecessor's.
        merged = [m.start() + 1 for m in crlf.finditer(text)]
        if dropped_lead:
            merged.insert(0, 1)  # the text after the dropped first character starts at position 0
        self._merged = merged
        self._merged_qt = [self._index.to_utf16(m) - i - 1 for i, m in enumerate(merged)]
        self.qt_length = self._index.utf16_length - len(merged)

    @property
    def utf16(self) -> Utf16Index:
        return self._index

    def to_qt(self, cp: int) -> int:
        """The QTextDocument position of code-point offset ``cp`` (0 <= cp <= len(text))."""
        return self._index.to_utf16(cp) - bisect_right(self._merged, cp)

    def to_codepoint(self, pos: int) -> int:
        """The first code-point offset at QTextDocument position ``pos``.

        OffsetError if ``pos`` falls inside a surrogate pair.
        """
        if not 0 <= pos <= self.qt_length:
            raise OffsetError(f"Qt position {pos} is outside the document (0..{self.qt_length})")
        return self._index.to_codepoint(pos + bisect_left(self._merged_qt, pos))

    def to_qt_range(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def to_codepoint_range(self, start: int, end: int) -> tuple[int, int]:
        return self.to_codepoint(start), self.to_codepoint(end)
