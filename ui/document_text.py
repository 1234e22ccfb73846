"""Putting a document's text into the view's QTextDocument: one block per paragraph, its direction.

Each block gets the direction a reader expects (annotator.text.direction: a leading flag,
emoji or @handle does not decide) and the matching alignment, set explicitly while the text
goes in, plus a line height with room for harakat and for the label band under each line.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QFontInfo,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from annotator.text.direction import Direction, Paragraph, paragraph_directions
from annotator.text.offsets import OffsetError, QtPositionMap
from ui.span_painter import band_height

log = logging.getLogger(__name__)

LAYOUT_DIRECTION = {"rtl": Qt.LayoutDirection.RightToLeft, "ltr": Qt.LayoutDirection.LeftToRight}
ZOOM_FACTOR = 1.1
MIN_LINE_HEIGHT_EM = 1.5  # at least 150% of the font size between baselines: room for harakat


def block_format(line_height: float, direction: Direction | None = None) -> QTextBlockFormat:
    """Line height, and (given a direction) the paragraph's direction and matching alignment."""
    fmt = QTextBlockFormat()
    fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if direction is not None:
        rtl = direction == "rtl"
        fmt.setLayoutDirection(LAYOUT_DIRECTION[direction])
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        # Absolute: right means right whatever the application's layout direction.
        fmt.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
    return fmt


def fill_document(
    qdoc: QTextDocument, text: str, qt_map: QtPositionMap, line_height: float
) -> list[Paragraph]:
    """Replace ``qdoc``'s text with ``text``; the paragraphs as laid out (empty if Qt disagreed).

    One edit block: one layout request at the end, not one per paragraph (~1.5 s per MB).
    OffsetError if Qt holds a different number of positions than the offset map predicts.
    """
    paragraphs = paragraph_directions(text)
    rtl = sum(1 for paragraph in paragraphs if paragraph[2] == "rtl")
    usual: Direction = "rtl" if 2 * rtl >= len(paragraphs) else "ltr"
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    qdoc.clear()
    # What setPlainText does after clear(); new blocks inherit the block format, so every
    # paragraph starts with the usual direction and only the others are set, run by run.
    cursor.setBlockFormat(block_format(line_height, usual))
    cursor.insertText(text)
    if qdoc.blockCount() == len(paragraphs):
        other: Direction = "ltr" if usual == "rtl" else "rtl"
        _set_directions(cursor, paragraphs, qt_map, block_format(line_height, other), other)
    else:  # never seen: the paragraph model disagrees with Qt; let Qt decide (UBA P2/P3)
        log.warning("Qt made %d blocks, expected %d", qdoc.blockCount(), len(paragraphs))
        paragraphs = []
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setBlockFormat(block_format(line_height))
    cursor.endEditBlock()
    if qdoc.characterCount() - 1 != qt_map.qt_length:
        raise OffsetError(
            f"Qt holds {qdoc.characterCount() - 1} positions but the offset map expects "
            f"{qt_map.qt_length}: offsets would be wrong, refusing to show the document"
        )
    return paragraphs


def _set_directions(
    cursor: QTextCursor,
    paragraphs: list[Paragraph],
    qt_map: QtPositionMap,
    fmt: QTextBlockFormat,
    direction: Direction,
) -> None:
    """Give every run of consecutive ``direction`` paragraphs ``fmt``: one call per run."""
    to_qt = qt_map.to_qt
    first = last = -1
    for start, _end, found in (*paragraphs, (0, 0, None)):
        if found == direction:
            first = start if first < 0 else first
            last = start
        elif first >= 0:
            cursor.setPosition(to_qt(first))
            cursor.setPosition(to_qt(last), QTextCursor.MoveMode.KeepAnchor)
            cursor.setBlockFormat(fmt)
            first = -1


def line_metrics(font: QFont) -> tuple[QFont, float]:
    """The label tag font, and the line height (percent of the natural one): the font's natural
    line, at least 150% of its size, plus a band for labels."""
    px = QFontInfo(font).pixelSize()
    tag_font = QFont(font)
    tag_font.setFamilies(list(font.families()))
    tag_font.setPixelSize(max(8, round(px * 0.6)))
    natural = QFontMetricsF(font).height()
    wanted = max(natural, MIN_LINE_HEIGHT_EM * px) + band_height(tag_font)
    return tag_font, round(100.0 * wanted / natural)


class ZoomedFont:
    """The view's font: a base (the bundled Arabic face first) zoomed in steps of 10%.

    The tag font and the line height follow the zoomed font (see line_metrics).
    """

    def __init__(self, font: QFont) -> None:
        self.base = QFont(font)
        self.steps = 0
        self.tag_font, self.line_height = line_metrics(font)

    def set_base(self, families: list[str], point_size: float) -> None:
        font = QFont(self.base)
        font.setFamilies(list(families))
        font.setPointSizeF(float(point_size))
        self.base = font

    def current(self) -> QFont:
        """The zoomed font (tag font and line height updated to match)."""
        font = QFont(self.base)
        base = self.base.pointSizeF() if self.base.pointSizeF() > 0 else 12.0
        font.setPointSizeF(max(4.0, base * ZOOM_FACTOR**self.steps))
        self.tag_font, self.line_height = line_metrics(font)
        return font
