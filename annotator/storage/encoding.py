"""Decoding input bytes exactly: UTF-8 (BOM or not), UTF-16 with BOM, or a codec the user names.

Nothing is ever guessed: bytes that are not valid in the chosen encoding are an
InputError naming the file, line and byte, suggesting ``--encoding``. The BOM
belongs to the encoding, never to the text, and is kept so a save writes it back.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from annotator.errors import InputError
from annotator.filekinds import MISSING, reading_problem

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ARABIC_HINT = (
    "if it is Windows Arabic pass --encoding cp1256"
    " (ISO Arabic: --encoding iso8859-6; any Python codec works)"
)


@dataclass(frozen=True)
class TextEncoding:
    """How a file's bytes map to its text: codec name (BOM-less form), the BOM it started with."""

    codec: str = "utf-8"
    bom: bytes = b""

    @property
    def ascii_compatible(self) -> bool:
        """True when b"\\n" and ASCII bytes mean themselves (so lines can be found in raw bytes)."""
        return codecs.lookup(self.codec).name not in {
            "utf-16-le",
            "utf-16-be",
            "utf-16",
            "utf-32-le",
            "utf-32-be",
            "utf-32",
        }

    @property
    def is_utf8(self) -> bool:
        return codecs.lookup(self.codec).name == "utf-8"

    def encode(self, text: str) -> bytes:
        """The text's bytes in this codec, no BOM (write ``bom`` once at the start of the file)."""
        return text.encode(self.codec)

    def describe(self) -> str:
        return f"{self.codec}{' with BOM' if self.bom else ''}"


UTF8 = TextEncoding()
JSON_ESCAPE = "annotator-json-escape"


def _json_escape(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: write characters a legacy codec lacks as JSON \\u escapes.

    The escapes are valid only inside JSON text.
    """
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for ch in exc.object[exc.start : exc.end]:
        cp = ord(ch)
        if cp > 0xFFFF:
            cp -= 0x10000
            out.append(f"\\u{0xD800 + (cp >> 10):04x}\\u{0xDC00 + (cp & 0x3FF):04x}")
        else:
            out.append(f"\\u{cp:04x}")
    return "".join(out), exc.end


codecs.register_error(JSON_ESCAPE, _json_escape)


def line_and_column(data: bytes, offset: int, newline: bytes = b"\n") -> tuple[int, int]:
    """1-based line and 1-based byte column of ``offset`` in ``data``."""
    line = data.count(newline, 0, offset) + 1
    start = data.rfind(newline, 0, offset)
    column = offset - (start + len(newline) if start >= 0 else 0) + 1
    return line, column


def _canonical(codec: str, path: str | Path) -> str:
    """The codec's canonical name; InputError for an unknown codec or one that is not text."""
    try:
        info = codecs.lookup(codec)
    except LookupError:
        raise InputError.single(
            path,
            None,
            f"unknown encoding {codec!r}"
            " (use a Python codec name such as cp1256, iso8859-6, utf-16)",
        ) from None
    if not getattr(info, "_is_text_encoding", True):  # hex, base64, rot13, zlib...
        raise InputError.single(
            path,
            None,
            f"{codec!r} is not a text encoding (it turns bytes into bytes, or text into text); "
            "name the encoding the file's text is in, such as utf-8, cp1256 or iso8859-6",
        )
    return info.name


def check_encoding(codec: str | None, path: str | Path) -> None:
    """InputError unless ``codec`` is None or names a text encoding Python knows."""
    if codec is not None:
        _canonical(codec, path)


def sniff_encoding(data: bytes, path: str | Path, encoding: str | None = None) -> TextEncoding:
    """The encoding to decode ``data`` with: its BOM, else the named codec, else UTF-8.

    UTF-8 is not checked here but when decoding.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if encoding is not None:
                named = _canonical(encoding, path)
                family = codec[:6]  # "utf-8-", "utf-16", "utf-32"
                if named not in {
                    codec,
                    family.rstrip("-"),
                    "utf-8-sig" if codec == "utf-8" else codec,
                }:
                    raise InputError.single(
                        path,
                        1,
                        f"the file starts with a {codec} byte-order mark "
                        f"but --encoding {encoding} was given; drop --encoding",
                    )
            elif codec.startswith("utf-32"):
                raise InputError.single(
                    path, 1, "the file is UTF-32; pass --encoding utf-32 if that is intended"
                )
            return TextEncoding(codec, bom)
    if encoding is None:
        return UTF8
    named = _canonical(encoding, path)
    if named in {"utf-8-sig"}:
        return UTF8
    if named in {"utf-16", "utf-32"}:
        raise InputError.single(
            path,
            1,
            f"--encoding {encoding} needs a byte-order mark and the file has none; "
            f"use {named}-le or {named}-be",
        )
    return TextEncoding(encoding)


def _check_nul(data: bytes, path: str | Path) -> None:
    at = data.find(b"\0")
    if at >= 0:
        line, col = line_and_column(data, at)
        raise InputError.single(
            path,
            line,
            f"a NUL byte at offset {at} (column {col}): a binary file, not text "
            "(or UTF-16 without a byte-order mark: then pass --encoding utf-16-le)",
        )


def _check_text_nul(text: str, path: str | Path) -> None:
    at = text.find("\0")
    if at >= 0:
        line = text.count("\n", 0, at) + 1
        raise InputError.single(
            path,
            line,
            f"the text contains a NUL character (U+0000) at character {at}; not a text file",
        )


def decode_bytes(
    data: bytes, path: str | Path, encoding: str | None = None, *, allow_empty: bool = False
) -> str:
    """The exact text of ``data`` (BOM removed), or InputError.

    The error names the file, line and byte of the first bad byte.
    """
    return decode_with_encoding(data, path, encoding, allow_empty=allow_empty)[0]


def decode_with_encoding(
    data: bytes, path: str | Path, encoding: str | None = None, *, allow_empty: bool = False
) -> tuple[str, TextEncoding]:
    """Like decode_bytes, plus the TextEncoding to write the text back with (codec and BOM kept)."""
    enc = sniff_encoding(data, path, encoding)
    body = memoryview(data)[len(enc.bom) :]
    if not allow_empty and len(body) == 0:
        raise InputError.single(
            path, None, "the file is empty" + (" (only a byte-order mark)" if enc.bom else "")
        )
    if enc.ascii_compatible:
        _check_nul(data, path)
    try:
        text = codecs.decode(body, enc.codec, "strict")
    except UnicodeDecodeError as exc:
        raise _decode_error(
            data, len(enc.bom) + exc.start, path, enc, encoding, exc.reason
        ) from None
    if encoding is not None and not enc.is_utf8 and enc.ascii_compatible and not data.isascii():
        _refuse_utf8_as_legacy(data, path, encoding)
    _check_text_nul(text, path)
    return text, enc


def _decode_error(
    data: bytes, at: int, path: str | Path, enc: TextEncoding, named: str | None, reason: str
) -> InputError:
    line, col = line_and_column(data, at) if enc.ascii_compatible else (None, 0)
    byte = data[at : at + 1].hex().upper()
    where = f"byte 0x{byte} at offset {at}" + (f" (column {col})" if line else "")
    if named is None and enc.is_utf8:
        return InputError.single(
            path,
            line,
            f"not valid UTF-8: {where}: {reason}; the file is in another encoding — {_ARABIC_HINT}",
        )
    return InputError.single(
        path,
        line,
        f"not valid {enc.codec}: {where}: {reason}; pass the file's real encoding with --encoding",
    )


def _refuse_utf8_as_legacy(data: bytes, path: str | Path, encoding: str) -> None:
    """A file that is valid UTF-8 read as a legacy codec would be mojibake: refuse instead."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return
    raise InputError.single(
        path,
        None,
        f"the file is valid UTF-8 but --encoding {encoding} was given, "
        "which would garble it; drop --encoding",
    )


def read_text(path: str | Path, encoding: str | None = None, *, allow_empty: bool = False) -> str:
    """The exact text of a file (newlines untouched: CRLF stays CRLF)."""
    return read_text_with_encoding(path, encoding, allow_empty=allow_empty)[0]


def check_readable(path: str | Path) -> None:
    """InputError unless ``path`` is a regular file: a FIFO, device or socket is never opened."""
    problem = reading_problem(path)
    if problem is not None:
        missing = problem == MISSING
        raise InputError.single(
            path, None, "cannot read the file: no such file" if missing else problem
        )


def file_error(path: str | Path, exc: OSError, what: str = "file") -> InputError:
    """The plain message for a file that could not be opened: a folder, missing, or unreadable."""
    if isinstance(exc, IsADirectoryError):
        return InputError.single(path, None, f"is a folder, not a {what}")
    if isinstance(exc, FileNotFoundError):
        return InputError.single(path, None, "cannot read the file: no such file")
    return InputError.single(path, None, f"cannot read the file: {exc.strerror or exc}")


def read_text_with_encoding(
    path: str | Path, encoding: str | None = None, *, allow_empty: bool = False
) -> tuple[str, TextEncoding]:
    """The exact text of a file and the TextEncoding it was written in (OSError -> InputError)."""
    check_readable(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise file_error(path, exc) from None
    return decode_with_encoding(data, path, encoding, allow_empty=allow_empty)
