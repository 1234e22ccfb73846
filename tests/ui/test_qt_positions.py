"""Qt positions: QtPositionMap vs a QTextDocument; the view's block positions vs QTextLayout."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.text.offsets import QtPositionMap

QtGui = pytest.importorskip("PySide6.QtGui")

SEPARATORS = "\r\n\u2029\ufdd0\ufdd1"
PIECES = [
    "a",
    "Z",
    " ",
    "ب",
    "ال",
    "\u064e",
    "\u0651",
    "\u200c",
    "\u200d",
    "\u200e",
    "😀",
    "🇲🇦",
    "👍🏽",
    "𝕏",
    "\r\n",
    "\r",
    "\n",
    "\u2029",
    "\u2028",
    "\ufdd0",
    "\ufdd1",
    "\ufeff",
    "\xa0",
    "\t",
    "١",
    "ـ",
]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def units(s: str) -> list[int]:
    data = s.encode("utf-16-le", "surrogatepass")
    return [int.from_bytes(data[i : i + 2], "little") for i in range(0, len(data), 2)]


def check_against_qt(text: str, doc: QtGui.QTextDocument) -> None:
    doc.setPlainText(text)
    qmap = QtPositionMap(text)
    assert doc.characterCount() - 1 == qmap.qt_length
    raw = units(doc.toRawText())
    assert len(raw) == qmap.qt_length
    seen = text
    if qmap.byte_swapped:
        seen = text[0] + "".join(chr(((ord(c) & 0xFF) << 8) | (ord(c) >> 8)) for c in text[1:])
    cursor = QtGui.QTextCursor(doc)
    for cp, ch in enumerate(seen):
        pos = qmap.to_qt(cp)
        cursor.setPosition(pos)
        assert cursor.position() == pos
        if cp and qmap.to_qt(cp - 1) == pos:
            # merged with its neighbour (LF of a CRLF, first character after a dropped BOM)
            continue
        if cp == 0 and ch in "\ufeff\ufffe" and (ch == "\ufeff" or qmap.byte_swapped):
            assert qmap.to_qt(1) == 0 if len(text) > 1 else qmap.qt_length == 0
            continue
        expected = 0x2029 if ch in SEPARATORS else units(ch)[0]
        assert raw[pos] == expected, (cp, ch, pos)
        assert qmap.to_codepoint(pos) == cp


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.one_of(texts, texts.map(lambda t: "\ufeff" + t), texts.map(lambda t: "\ufffe" + t)))
def test_positions_match_qtextdocument(qapp: object, text: str) -> None:
    check_against_qt(text, QtGui.QTextDocument())


@pytest.mark.parametrize(
    "text",
    [
        "a\r\nb",
        "a\r\r\nb",
        "a\n\rb",
        "\ufeffab",
        "\ufeff\ufeffab",
        "a\ufeffb",
        "\ufffeab",
        "\ufffe\u0d00\u0a00x",
        "\ufffea😀b",
        "\ufeff",
        "\ufffe",
        "a\u2028b\u2029c\ufdd0d\ufdd1e",
    ],
)
def test_known_cases_match_qtextdocument(qapp: object, text: str) -> None:
    check_against_qt(text, QtGui.QTextDocument())


def test_sample_article_matches(qapp: object, article_text: str) -> None:
    text = article_text.replace("\n", "\r\n") + " 🇲🇦 زار"
    check_against_qt(text, QtGui.QTextDocument())


def test_lone_surrogate_takes_one_position(qapp: object) -> None:
    """A lone surrogate (JSON "\\ud800") is one unit in Qt, though Qt's text read back drops it."""
    doc = QtGui.QTextDocument()
    doc.setPlainText("x\ud800y")
    assert doc.characterCount() - 1 == QtPositionMap("x\ud800y").qt_length == 3


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.one_of(texts, texts.map(lambda t: "\ufeff" + t), texts.map(lambda t: "\ufffe" + t)))
def test_paragraph_layout_positions_match_qt(qapp: object, text: str) -> None:
    """The paragraph view's per-block positions: each code point's UTF-16 unit is where the
    block's own QTextLayout holds it (CRLF, lone CR, U+2028/2029, emoji, a leading BOM or
    U+FFFE, which PySide alone would drop or byte-swap)."""
    from annotator.text.paragraphs import Paragraphs
    from ui.block_layout import qt_safe

    paragraphs = Paragraphs(text)
    block = paragraphs.first_block()
    while block is not None:
        own = text[block.start : block.end]
        layout = QtGui.QTextLayout(qt_safe(own))
        held = units(layout.text())  # read back (a lone surrogate would be dropped here)
        assert held == units(qt_safe(own))
        for cp in range(block.start, block.end):
            local = paragraphs.to_local(block, cp)
            assert held[local] == units(qt_safe(own)[cp - block.start])[0]
            assert paragraphs.from_local(block, local) == cp
        assert paragraphs.to_local(block, block.end) == len(held)
        block = paragraphs.next_block(block)
