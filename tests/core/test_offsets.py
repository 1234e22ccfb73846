"""Code points <-> UTF-16 units <-> QTextDocument positions: exact with emoji, CRLF and BOMs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.errors import AnnotatorError
from annotator.text.offsets import OffsetError, QtPositionMap, Utf16Index

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
    "\u200f",
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
    "\t",
    "١",
    "«",
    "\x00",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le", "surrogatepass")) // 2


def reference_qt_positions(text: str) -> list[int]:
    """Qt position of every code-point offset 0..len(text), computed the slow, obvious way."""
    swapped = text.startswith("\ufffe") and all(ord(c) <= 0xFFFF for c in text)
    seen = text
    if swapped:
        seen = "\ufffe" + "".join(chr(((ord(c) & 0xFF) << 8) | (ord(c) >> 8)) for c in text[1:])
    out, pos = [], 0
    for i, ch in enumerate(seen):
        out.append(pos)
        if i == 0 and ch in "\ufeff\ufffe" and (ch == "\ufeff" or swapped):
            continue  # dropped by the str -> QString conversion
        if ch == "\n" and i > 0 and seen[i - 1] == "\r":
            out[-1] = out[-2]  # the LF of a CRLF shares its CR's position
            continue
        pos += 2 if ord(ch) > 0xFFFF else 1
    out.append(pos)
    return out


def test_rtl_md_example() -> None:
    text = "زار 🇲🇦 المغرب"
    start = text.index("المغرب")
    index = Utf16Index(text)
    assert (start, start + 6) == (7, 13)
    assert (index.to_utf16(7), index.to_utf16(13)) == (9, 15)
    assert index.to_codepoint(9) == 7
    assert index.utf16_length == utf16_len(text) == 15


def test_position_inside_surrogate_pair_raises() -> None:
    index = Utf16Index("a😀b")
    assert [index.to_codepoint(u) for u in (0, 1, 3, 4)] == [0, 1, 2, 3]
    with pytest.raises(OffsetError, match="surrogate pair"):
        index.to_codepoint(2)
    assert issubclass(OffsetError, AnnotatorError) and issubclass(OffsetError, ValueError)


@pytest.mark.parametrize("bad", [-1, 4])
def test_out_of_range_raises(bad: int) -> None:
    index = Utf16Index("abc")
    with pytest.raises(OffsetError):
        index.to_utf16(bad)
    with pytest.raises(OffsetError):
        index.to_codepoint(bad)


def test_lone_surrogate_counts_one_unit() -> None:
    text = "x\ud800y😀"
    index = Utf16Index(text)
    assert index.utf16_length == utf16_len(text) == 5
    assert [index.to_utf16(i) for i in range(5)] == [0, 1, 2, 3, 5]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_utf16_index_matches_encoding(text: str) -> None:
    index = Utf16Index(text)
    assert index.utf16_length == utf16_len(text)
    for cp in range(len(text) + 1):
        u = index.to_utf16(cp)
        assert u == utf16_len(text[:cp])
        assert index.to_codepoint(u) == cp
    inside = {utf16_len(text[:i]) + 1 for i, c in enumerate(text) if ord(c) > 0xFFFF}
    for u in range(index.utf16_length + 1):
        if u in inside:
            with pytest.raises(OffsetError):
                index.to_codepoint(u)
        else:
            assert index.to_utf16(index.to_codepoint(u)) == u


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, texts.map(lambda t: "\ufffe" + t), texts.map(lambda t: "\ufeff" + t)))
def test_qt_map_matches_reference(text: str) -> None:
    qmap = QtPositionMap(text)
    expected = reference_qt_positions(text)
    assert [qmap.to_qt(cp) for cp in range(len(text) + 1)] == expected
    assert qmap.qt_length == expected[-1]
    for pos in range(qmap.qt_length + 1):
        if pos in expected:
            first = expected.index(pos)  # the first code point at that position
            assert qmap.to_codepoint(pos) == first
        else:
            with pytest.raises(OffsetError):
                qmap.to_codepoint(pos)


def test_crlf_shares_one_position() -> None:
    qmap = QtPositionMap("a\r\nb")
    assert [qmap.to_qt(i) for i in range(5)] == [0, 1, 1, 2, 3]
    assert [qmap.to_codepoint(p) for p in range(4)] == [0, 1, 3, 4]
    assert qmap.qt_length == 3


def test_leading_bom_is_dropped_but_not_a_second_one() -> None:
    qmap = QtPositionMap("\ufeff\ufeffab")
    assert [qmap.to_qt(i) for i in range(5)] == [0, 0, 1, 2, 3]
    assert qmap.to_codepoint(0) == 0 and qmap.qt_length == 3


def test_leading_fffe_byte_swaps_only_bmp_text() -> None:
    swapped = QtPositionMap("\ufffe\u0d00\u0a00x")  # swaps to CR LF x
    assert swapped.byte_swapped and swapped.qt_length == 2
    kept = QtPositionMap("\ufffea😀")
    assert not kept.byte_swapped and kept.qt_length == 4


def test_qt_range_helpers() -> None:
    text = "😀 \r\nمحمد"
    qmap = QtPositionMap(text)
    start = text.index("م")
    assert qmap.to_qt_range(start, len(text)) == (4, 8)
    assert qmap.to_codepoint_range(4, 8) == (start, len(text))


def test_large_text_converts_exactly() -> None:
    text = "نص عربي 🇲🇦 مع رموز\r\n" * 20000
    index = Utf16Index(text)
    qmap = QtPositionMap(text)
    last = len(text) - 1
    assert index.to_utf16(last) == utf16_len(text[:last])
    assert qmap.qt_length == utf16_len(text) - text.count("\r\n")
    assert (
        qmap.to_codepoint(qmap.to_qt(last)) == last - 1
    )  # the LF of the last CRLF maps back to its CR


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab😀🇲🇦\r\n\u2028ب", max_size=30), st.data())
def test_local_positions_inside_a_stretch(text: str, data: st.DataObject) -> None:
    """What a QTextLayout holding only text[start:] counts: UTF-16 units from ``start``."""
    index = Utf16Index(text)
    start = data.draw(st.integers(0, len(text)))
    for cp in range(start, len(text) + 1):
        local = index.to_local(start, cp)
        assert local == utf16_len(text[start:cp])
        assert index.from_local(start, local) == cp
