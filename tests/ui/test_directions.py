"""Each paragraph takes its direction and alignment from its first strong letter (issue 3, 0008)."""

from __future__ import annotations

import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from annotator.model import Document
from annotator.schema import LabelSchema
from annotator.text.direction import first_strong_direction, paragraph_directions
from tests.conftest import REPO
from ui.block_layout import BlockLayout
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


def _blocks(view: DocumentView) -> list[BlockLayout]:
    """Each paragraph's (first) laid-out block."""
    paragraphs = view.paragraphs
    return [view.layouts.at(paragraphs.start(i)) for i in range(len(paragraphs))]


def _direction(layout: BlockLayout) -> Qt.LayoutDirection:
    return layout.layout.textOption().textDirection()


def test_article_block_directions(qtbot, article_text: str) -> None:
    view = _view(qtbot, article_text)
    letters = "".join("R" if _direction(b) == R else "L" for b in _blocks(view))
    assert letters == "RRLLRRRLRRRRRR"


def _right_aligned(view: DocumentView, layout: BlockLayout) -> bool:
    """Whether the block's last line ends at the right edge (and starts away from the left one)."""
    width = view.layouts.width
    last = layout.layout.lineAt(layout.line_count - 1).naturalTextRect()
    return last.right() > width - 2 and last.left() > 2


def test_article_alignment_follows_direction(qtbot, article_text: str) -> None:
    view = _view(qtbot, article_text)
    width = view.layouts.width
    for layout in _blocks(view):
        last = layout.layout.lineAt(layout.line_count - 1).naturalTextRect()
        if _direction(layout) == R:
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
    assert [_direction(b) for b in _blocks(view)] == [R, R, L, L, R]
    assert view.paragraph_direction_at(text.index("123")) == R


def _paragraph_text(name: str) -> str:
    sample = REPO / "resources" / "sample" / "sample.jsonl"
    records = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    return next(r["text"] for r in records if r["id"] == name)


def test_flag_emoji_does_not_make_an_arabic_paragraph_ltr(qtbot) -> None:
    """sample-02 starts with 🇲🇦: regional indicators are bidi L, yet the paragraph is Arabic."""
    text = _paragraph_text("sample-02")
    assert first_strong_direction(text) == "rtl" and text.startswith("🇲🇦")
    view = _view(qtbot, text)
    blocks = _blocks(view)
    assert [_direction(b) for b in blocks] == [R, L, R, R]
    assert _right_aligned(view, blocks[0]) and _right_aligned(view, blocks[2])
    assert not _right_aligned(view, blocks[1])
    assert view.paragraph_direction_at(0) == R
    assert view.paragraph_direction_at(text.index("great")) == L


def test_every_block_carries_its_direction_and_absolute_alignment(qtbot, article_text) -> None:
    view = _view(qtbot, article_text)
    for layout in _blocks(view):
        option = layout.layout.textOption()
        rtl = option.textDirection() == R
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        assert option.alignment() == side | Qt.AlignmentFlag.AlignAbsolute
        assert layout.rtl == rtl
    before = [_direction(b) for b in _blocks(view)]
    view.zoom_in()  # lays out again: directions and alignment stay
    assert [_direction(b) for b in _blocks(view)] == before
    step = QFontMetricsF(view.font()).height() * view.line_height_percent() / 100
    assert view.layouts.at(0).height == pytest.approx(view.layouts.at(0).line_count * step)


def test_digits_only_paragraph_is_aligned_like_its_neighbour(qtbot) -> None:
    text = "مرحبا بكم\n2022 - 123\nhello\n(42)"
    blocks = _blocks(_view(qtbot, text))
    assert blocks[1].layout.textOption().alignment() & Qt.AlignmentFlag.AlignRight
    assert blocks[3].layout.textOption().alignment() & Qt.AlignmentFlag.AlignLeft


def test_directions_and_layout_stay_lazy(qtbot, article_text) -> None:
    """Only the screen is laid out, and its paragraphs' directions decided (plus the last
    page, which sets the scroll bar's range): the middle of a long document is never read."""
    text = "\n".join([article_text.replace("\n", " ") + "\nHello there"] * 400)
    view = _view(qtbot, text)
    qtbot.wait(50)  # painted
    middle = view.paragraphs.block_at(len(text) // 2)
    assert middle not in view.layouts and len(view.layouts) < 40
    assert view.paragraphs.direction(len(view.paragraphs) - 1) == "ltr"
    assert view.paragraph_direction_at(len(text)) == L


PIECES = (
    "مرحبا", "hello", "123", " ", "@user", "#وسم", "https://t.co/x", "🇲🇦", "👏🏽", "\u200f",
    "\u2066", "\u2069", "\r\n", "\r", "\n", "\u2029", "\ufdd0", "\u2028", "\ufeff", "\xa0",
    "\ufffe", "\u0a00", "\u2920",  # a leading U+FFFE: Qt byte-swaps, these become separators
)  # fmt: skip


def test_blocks_are_the_core_paragraphs(qtbot) -> None:
    """Paragraph by paragraph, the view's ranges and directions are annotator.text.direction's,
    and each layout holds exactly its paragraph's UTF-16 units (CRLF, lone CR, U+2028/2029,
    emoji, a leading BOM or U+FFFE, which PySide would drop or byte-swap, all kept)."""
    view = _view(qtbot, "")

    @settings(max_examples=60, deadline=None)
    @example("\ufffeمرحبا\u0a00hello\u2920\u0d00\u0a00123\n")  # Qt's QTextDocument byte-swapped it
    @example("\ufeffhello\r\n\r\nمرحبا\u2029🇲🇦 123\ufdd0\u2028x\r")
    @given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
    def check(text: str) -> None:
        view.set_document(Document("d", text), LabelSchema.default())
        # The view never byte-swaps: the core rule, read on the text as it is.
        expected = paragraph_directions("\ufffd" + text[1:] if text[:1] == "\ufffe" else text)
        paragraphs = view.paragraphs
        assert len(paragraphs) == len(expected)
        for i, (start, end, direction) in enumerate(expected):
            assert (paragraphs.start(i), paragraphs.end(i)) == (start, end)
            layout = view.layouts.at(start)
            assert layout.block.start == start and layout.block.end == paragraphs.content_end(i)
            assert text[layout.block.end : end] in ("", *SEPARATORS)
            own = text[start : layout.block.end].encode("utf-16-le", "surrogatepass")
            held = sum(layout.layout.lineAt(k).textLength() for k in range(layout.line_count))
            assert held == len(own) // 2 == layout.to_local(layout.block.end)
            assert layout.rtl == (direction == "rtl")

    check()


SEPARATORS = ("\r\n", "\r", "\n", "\u2029", "\ufdd0", "\ufdd1")
