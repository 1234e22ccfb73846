"""Each paragraph takes its direction and alignment from its first strong letter (issue 3, 0008)."""

from __future__ import annotations

import json

from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from annotator.model import Document
from annotator.schema import LabelSchema
from annotator.text.direction import first_strong_direction, paragraph_directions
from annotator.text.offsets import QtPositionMap
from tests.conftest import REPO
from ui.document_view import DocumentView

R, L = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def _view(qtbot, text: str) -> DocumentView:
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.set_document(Document("d", text), LabelSchema.default())
    view.show()
    qtbot.waitExposed(view)
    return view


def _blocks(view: DocumentView) -> list:
    blocks, block = [], view.document().begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


def test_article_block_directions(qtbot, article_text: str) -> None:
    view = _view(qtbot, article_text)
    letters = "".join("R" if b.textDirection() == R else "L" for b in _blocks(view))
    assert letters == "RRLLRRRLRRRRRR"


def test_article_alignment_follows_direction(qtbot, article_text: str) -> None:
    view = _view(qtbot, article_text)
    width = view.document().textWidth() - 2 * view.document().documentMargin()
    for block in _blocks(view):
        layout = block.layout()
        last = layout.lineAt(layout.lineCount() - 1).naturalTextRect()
        if block.textDirection() == R:
            assert last.right() > width - 2 and (last.width() > width - 2 or last.left() > 2)
        else:
            assert last.left() < 2


def test_paragraph_direction_at_reports_the_paragraph(qtbot, article_text: str) -> None:
    view = _view(qtbot, article_text)
    assert view.paragraph_direction_at(article_text.index("Kohavi's")) == L
    assert view.paragraph_direction_at(article_text.index("والتقى")) == R
    # English inside an Arabic paragraph
    assert view.paragraph_direction_at(article_text.index("(Ran Kochav)")) == R
    assert view.paragraph_direction_at(len(article_text)) == R


def test_paragraph_without_strong_letter_takes_its_neighbours_direction(qtbot) -> None:
    text = "مرحبا بكم\n2022 - 123\nhello\n(42)\nشكرا"
    view = _view(qtbot, text)
    assert [b.textDirection() for b in _blocks(view)] == [R, R, L, L, R]
    assert view.paragraph_direction_at(text.index("123")) == R


def _paragraph_text(name: str) -> str:
    sample = REPO / "resources" / "sample" / "sample.jsonl"
    records = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    return next(r["text"] for r in records if r["id"] == name)


def _right_aligned(view: DocumentView, block) -> bool:
    """Whether the block's last line ends at the right edge (and starts away from the left one)."""
    width = view.document().textWidth() - 2 * view.document().documentMargin()
    layout = block.layout()
    last = layout.lineAt(layout.lineCount() - 1).naturalTextRect()
    return last.right() > width - 2 and last.left() > 2


def test_flag_emoji_does_not_make_an_arabic_paragraph_ltr(qtbot) -> None:
    """sample-02 starts with 🇲🇦: regional indicators are bidi L, yet the paragraph is Arabic."""
    text = _paragraph_text("sample-02")
    assert first_strong_direction(text) == "rtl" and text.startswith("🇲🇦")
    view = _view(qtbot, text)
    blocks = _blocks(view)
    assert [b.textDirection() for b in blocks] == [R, L, R, R]
    assert _right_aligned(view, blocks[0]) and _right_aligned(view, blocks[2])
    assert not _right_aligned(view, blocks[1])
    assert view.paragraph_direction_at(0) == R
    assert view.paragraph_direction_at(text.index("great")) == L


def test_every_block_carries_its_direction_and_absolute_alignment(qtbot, article_text) -> None:
    view = _view(qtbot, article_text)
    for block in _blocks(view):
        fmt = block.blockFormat()
        rtl = block.textDirection() == R
        assert fmt.layoutDirection() == block.textDirection()
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        assert fmt.alignment() == side | Qt.AlignmentFlag.AlignAbsolute
        assert fmt.lineHeight() == view.line_height_percent()
    view.zoom_in()  # re-applies the line height: directions and alignment stay
    assert [b.blockFormat().layoutDirection() for b in _blocks(view)] == [
        b.textDirection() for b in _blocks(view)
    ]
    assert _blocks(view)[0].blockFormat().lineHeight() == view.line_height_percent()


def test_digits_only_paragraph_is_aligned_like_its_neighbour(qtbot) -> None:
    text = "مرحبا بكم\n2022 - 123\nhello\n(42)"
    blocks = _blocks(_view(qtbot, text))
    assert blocks[1].blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
    assert blocks[3].blockFormat().alignment() & Qt.AlignmentFlag.AlignLeft


def test_directions_do_not_force_a_full_layout(qtbot, article_text) -> None:
    """Loading stays lazy (0008): blocks far below the screen are not laid out yet."""
    text = "\n".join([article_text.replace("\n", " ") + "\nHello there"] * 400)
    view = _view(qtbot, text)
    qtbot.wait(50)  # the highlight timer has run and painted: it must not force the layout either
    last = view.document().lastBlock()
    assert last.blockFormat().layoutDirection() == L
    assert last.layout().lineCount() == 0
    assert view.paragraph_direction_at(len(text)) == L


PIECES = (
    "مرحبا", "hello", "123", " ", "@user", "#وسم", "https://t.co/x", "🇲🇦", "👏🏽", "\u200f",
    "\u2066", "\u2069", "\r\n", "\r", "\n", "\u2029", "\ufdd0", "\u2028", "\ufeff", "\xa0",
    "\ufffe", "\u0a00", "\u2920",  # a leading U+FFFE: Qt byte-swaps, these become separators
)  # fmt: skip


def test_blocks_are_the_core_paragraphs(qtbot) -> None:
    """Block by block, Qt's positions and directions are those annotator.text.direction computes."""
    view = _view(qtbot, "")

    @settings(max_examples=60, deadline=None)
    @example("\ufffeمرحبا\u0a00hello\u2920\u0d00\u0a00123\n")  # byte-swapped by Qt
    @example("\ufeffhello\r\n\r\nمرحبا\u2029🇲🇦 123\ufdd0\u2028x\r")
    @given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
    def check(text: str) -> None:
        view.set_document(Document("d", text), LabelSchema.default())
        qt = QtPositionMap(text)
        paragraphs = paragraph_directions(text)
        blocks = _blocks(view)
        assert len(blocks) == len(paragraphs)
        for block, (start, end, direction) in zip(blocks, paragraphs, strict=True):
            assert block.position() == qt.to_qt(start)
            assert block.position() + block.length() - 1 == qt.to_qt(end) - (block != blocks[-1])
            assert block.textDirection() == (R if direction == "rtl" else L)

    check()
