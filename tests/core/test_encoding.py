"""Decoding: BOMs, UTF-16, named codecs, and clear refusals instead of guesses or mojibake."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.errors import InputError
from annotator.storage.encoding import (
    TextEncoding,
    decode_bytes,
    decode_with_encoding,
    line_and_column,
    read_text,
    read_text_with_encoding,
)

ARABIC = "زار محمد القاهرة\r\nسطر ثان 😀\n"


@pytest.mark.parametrize(
    ("data", "codec", "bom"),
    [
        (ARABIC.encode("utf-8"), "utf-8", b""),
        (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8", codecs.BOM_UTF8),
        (codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"), "utf-16-le", codecs.BOM_UTF16_LE),
        (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16-be", codecs.BOM_UTF16_BE),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom"],
)
def test_supported_encodings_decode_exactly_and_keep_the_bom(
    data: bytes, codec: str, bom: bytes
) -> None:
    text, enc = decode_with_encoding(data, "f.txt")
    assert text == ARABIC  # CRLF kept, BOM not part of the text
    assert enc == TextEncoding(codec, bom)
    assert enc.bom + enc.encode(text) == data  # saving back reproduces the bytes


def test_legacy_arabic_is_refused_with_a_hint_naming_line_and_byte() -> None:
    data = b"first line\n" + "زار محمد".encode("cp1256")
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "legacy.txt")
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == ("legacy.txt", 2)
    assert "offset 11 (column 1)" in problem.message
    assert "--encoding cp1256" in problem.message


@pytest.mark.parametrize("codec", ["cp1256", "iso8859-6", "windows-1256"])
def test_named_codec_decodes_legacy_text(codec: str) -> None:
    assert decode_bytes("زار محمد\r\n".encode(codec), "f.txt", codec) == "زار محمد\r\n"


def test_named_legacy_codec_on_utf8_text_is_refused_not_garbled() -> None:
    with pytest.raises(InputError, match="valid UTF-8 but --encoding cp1256"):
        decode_bytes("زار".encode(), "f.txt", "cp1256")


def test_named_codec_contradicting_the_bom_is_refused() -> None:
    with pytest.raises(InputError, match="utf-8 byte-order mark but --encoding cp1256"):
        decode_bytes(codecs.BOM_UTF8 + b"abc", "f.txt", "cp1256")


def test_named_codec_matching_the_bom_is_accepted() -> None:
    assert decode_bytes(codecs.BOM_UTF16_LE + "م".encode("utf-16-le"), "f.txt", "utf-16") == "م"
    assert decode_bytes(codecs.BOM_UTF8 + b"abc", "f.txt", "utf-8") == "abc"


def test_utf16_without_bom_needs_an_explicit_byte_order() -> None:
    data = "abc".encode("utf-16-le")
    with pytest.raises(InputError, match="NUL byte"):
        decode_bytes(data, "f.txt")
    with pytest.raises(InputError, match="utf-16-le or utf-16-be"):
        decode_bytes(data, "f.txt", "utf-16")
    assert decode_bytes(data, "f.txt", "utf-16-le") == "abc"


def test_unknown_codec_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        decode_bytes(b"abc", "f.txt", "klingon")


def test_invalid_bytes_in_a_named_codec() -> None:
    with pytest.raises(InputError, match="not valid utf-16-le"):
        decode_bytes(b"\x00\xd8", "f.txt", "utf-16-le")  # a lone high surrogate


def test_empty_and_bom_only_files_are_errors_unless_allowed() -> None:
    with pytest.raises(InputError, match="the file is empty$"):
        decode_bytes(b"", "f.txt")
    with pytest.raises(InputError, match="only a byte-order mark"):
        decode_bytes(codecs.BOM_UTF8, "f.txt")
    assert decode_bytes(b"", "f.txt", allow_empty=True) == ""


def test_nul_character_from_a_named_codec_is_refused() -> None:
    with pytest.raises(InputError, match="NUL character"):
        decode_bytes("a\0b".encode("utf-16-le"), "f.txt", "utf-16-le")


def test_read_text_keeps_crlf_and_reports_os_errors(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + "سطر\r\nآخر\r".encode())
    assert read_text(path) == "سطر\r\nآخر\r"
    assert read_text_with_encoding(path)[1].bom == codecs.BOM_UTF8
    with pytest.raises(InputError, match="is a folder"):
        read_text(tmp_path)
    with pytest.raises(InputError, match="cannot read the file"):
        read_text(tmp_path / "missing.txt")


def test_line_and_column() -> None:
    assert line_and_column(b"ab\ncd", 4) == (2, 2)
    assert line_and_column(b"ab\ncd", 0) == (1, 1)


@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), min_size=1
    )
)
def test_any_text_round_trips_through_every_supported_encoding(text: str) -> None:
    for bom, codec in (
        (b"", "utf-8"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        data = bom + text.encode(codec)
        decoded, enc = decode_with_encoding(data, "f.txt")
        assert decoded == text
        assert enc.bom + enc.encode(decoded) == data
