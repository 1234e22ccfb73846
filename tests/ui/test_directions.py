"""Each paragraph takes its direction and alignment from its first strong character (issue 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.model import Document
from annotator.schema import LabelSchema
from ui.document_view import DocumentView
from ui.span_painter import first_strong_direction

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


def test_first_strong_direction_skips_isolates() -> None:
    assert first_strong_direction("123 \u2066abc\u2069 شكرا") == R
    assert first_strong_direction("«كوخافي»") == R
    assert first_strong_direction("— Emanuel") == L
    assert first_strong_direction("2022 (42)") is None
