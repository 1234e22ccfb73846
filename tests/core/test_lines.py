"""One line scanner: the store's index, the streaming reader and validate agree on every line.

Each tricky file goes through all three readers (storage.lines.load_index + validate_index,
storage.stream.scan_documents / formats.jsonl.read_jsonl, commands.validate.DocumentSource)
and through a reference split of the bytes: the same lines are documents, under the same
numbers, and the same problems are named with the same words.
"""

from __future__ import annotations

import codecs
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.commands.validate import DocumentSource, Located
from annotator.errors import InputError, Problem
from annotator.formats.jsonl import read_jsonl
from annotator.model import Document
from annotator.storage import line_split, lines
from annotator.storage.lines import BLANK_BYTES, LineScan, load_index, validate_index
from annotator.storage.stream import scan_documents
from annotator.storage.strict_json import ENCODING_HINT

Found = tuple[list[tuple[int, Document]], list[Problem]]  # (line, document) pairs, problems

# Pieces of a file, one line each: (bytes, is it a document?)
GOOD = [
    '{"text": "مرحبا"}'.encode(),
    '{"id": "s", "text": "سطر\u2028ثان\u0085ثالث"}'.encode(),  # breaks only for str.splitlines
    b'{"text": "a\\r\\nb", "status": "done"}',  # CR LF escaped inside the string
    '\ufeff{"text": "بعد BOM"}'.encode(),  # a BOM starting a later line is skipped, as json does
    b'  {"text": "indented"}\t',
]
BAD = [
    b'{"text": "a\rb"}',  # a lone CR inside a string: invalid JSON, not a line break
    b"not json",
    b'{"text": 5}',
    '{"text": "زار"}'.encode("cp1256"),  # not UTF-8
]
BLANK = [b"", b"  ", b"\t", b" \t\f\v ", b"\r"]
LIMIT = 120  # MAX_LINE_BYTES while the property runs
LONG = b'{"text": "' + b"m" * LIMIT + b'"}'  # over the limit


def store(path: Path) -> Found:
    """What the store makes of the file: its index (or the problems refusing it), lines parsed."""
    try:
        index = load_index(path.read_bytes(), path)
    except InputError as exc:
        return [], exc.problems
    problems, _more, _labels = validate_index(index)
    found = []
    for i in range(len(index)):
        try:
            found.append((index.lines[i], index.parse(i)))
        except InputError:
            continue
    return found, problems


def stream(path: Path) -> Found:
    found: list[tuple[int, Document]] = []
    problems: list[Problem] = []
    for item in scan_documents(path):
        if isinstance(item, InputError):
            problems += item.problems
        else:
            found.append(item)
    return found, problems


def validated(path: Path) -> Found:
    found: list[tuple[int, Document]] = []
    problems: list[Problem] = []
    for item in DocumentSource(path).scan():
        if isinstance(item, Located):
            assert item.line is not None
            found.append((item.line, item.document))
        else:
            problems.append(item)
    return found, problems


def non_blank_lines(data: bytes) -> list[int]:
    """The reference: split on b"\\n" only, a CR before it dropped, blank = only BLANK_BYTES."""
    body = data.removeprefix(codecs.BOM_UTF8)
    return [
        n
        for n, line in enumerate(body.split(b"\n"), 1)
        if line.removesuffix(b"\r").strip(BLANK_BYTES)
    ]


def _is_line_problem(problem: Problem) -> bool:
    """Problems the scanner itself finds (the store refuses the file for them before parsing)."""
    words = ("over the", "not valid UTF-8", "only blank lines", "file is empty", "NUL byte")
    return any(w in problem.message for w in words)


@dataclass
class Agreed:
    documents: list[int]
    problems: list[Problem]


def agree(path: Path) -> Agreed:
    """Read ``path`` with every reader, assert they agree, return documents' lines and problems."""
    streamed, validate_says = stream(path), validated(path)
    assert streamed == validate_says
    documents, problems = streamed
    try:
        read = list(read_jsonl(path, {}))
    except InputError as exc:
        assert problems and exc.problems == problems
    else:
        assert not problems and read == [doc for _, doc in documents]
    indexed, store_problems = store(path)
    if any(_is_line_problem(p) for p in problems):
        assert not indexed and store_problems == [p for p in problems if _is_line_problem(p)]
    else:
        assert (indexed, store_problems) == streamed
        assert load_index(path.read_bytes(), path).lines.tolist() == non_blank_lines(
            path.read_bytes()
        )
    return Agreed([n for n, _ in documents], problems)


@contextmanager
def _file(data: bytes) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.jsonl"
        path.write_bytes(data)
        yield path


_piece = st.one_of(
    st.sampled_from(GOOD).map(lambda b: (b, True)),
    st.sampled_from(BAD).map(lambda b: (b, False)),
    st.sampled_from(BLANK).map(lambda b: (b, None)),
    st.just((LONG, False)),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pieces=st.lists(_piece, max_size=12),
    endings=st.lists(st.sampled_from([b"\n", b"\r\n"]), min_size=12, max_size=12),
    final_newline=st.booleans(),
    bom=st.booleans(),
    small_windows=st.booleans(),
)
def test_every_reader_agrees_on_every_line(
    pieces: list[tuple[bytes, bool | None]],
    endings: list[bytes],
    final_newline: bool,
    bom: bool,
    small_windows: bool,
) -> None:
    body = b"".join(p + e for (p, _), e in zip(pieces, endings, strict=False))
    if pieces and not final_newline:
        body = body.removesuffix(b"\n").removesuffix(b"\r")
    data = (codecs.BOM_UTF8 if bom else b"") + body
    with pytest.MonkeyPatch.context() as mp, _file(data) as path:
        mp.setattr(lines, "MAX_LINE_BYTES", LIMIT)
        if small_windows:  # many look-aheads and page releases on a small file
            mp.setattr(lines, "NUL_WINDOW", 7)
            mp.setattr(lines, "RELEASE_BYTES", 1)
        if not body:
            assert agree(path).problems == [
                _problem(path, None, "the file is empty (no documents)")
            ]
            return
        found = agree(path)
    expected = [n for n, (_, good) in enumerate(pieces, 1) if good]
    assert found.documents == expected
    if all(good is None for _, good in pieces):
        assert found.problems == [
            _problem(path, None, "no documents: the file holds only blank lines")
        ]
    bad_lines = {n for n, (_, good) in enumerate(pieces, 1) if good is False}
    named = {p.line for p in found.problems if p.line is not None}
    assert named <= bad_lines  # every problem names a bad line, never a good one
    if bad_lines:
        assert min(bad_lines) in named  # and the first bad line is always named


def _problem(path: Path, line: int | None, message: str) -> Problem:
    return Problem(str(path), line, message)


@pytest.mark.parametrize("window", [lines.NUL_WINDOW, 16])
def test_a_nul_byte_is_one_problem_naming_its_line(tmp_path: Path, window: int) -> None:
    path = tmp_path / "nul.jsonl"
    data = b'{"text": "a"}\r\n\n{"text": 3}\n{"text": "b\x00"}\n{"text": 4}\n'
    path.write_bytes(data)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(lines, "NUL_WINDOW", window)
        streamed, validate_says = stream(path), validated(path)
        indexed, store_problems = store(path)
    nul = _problem(
        path,
        4,
        f"a NUL byte at offset {data.index(0)}: a binary file, not JSON lines "
        "(or UTF-16 without a byte-order mark: then pass --encoding utf-16-le)",
    )
    assert store_problems == [nul] and not indexed
    assert streamed == validate_says
    documents, problems = streamed
    assert problems[-1] == nul  # the scan stops there: line 5 is never read
    # in one window the NUL alone is reported; with small windows, what came before it too
    if window > len(data):
        assert (documents, problems) == ([], [nul])
    else:
        assert [n for n, _ in documents] == [1]
        assert problems[:-1] == [_problem(path, 3, '"text" must be a string, got a number')]


def test_undecodable_lines_are_named_once_then_counted(tmp_path: Path) -> None:
    path = tmp_path / "cp1256.jsonl"
    path.write_bytes(b'{"text": "a"}\n' + '{"text": "زار"}\n'.encode("cp1256") * 3)
    found = agree(path)
    first = found.problems[0]
    assert first.line == 2 and first.message.startswith("not valid UTF-8: byte 0xD2 at column 11: ")
    assert "--encoding cp1256" in first.message
    assert found.problems[1:] == [
        _problem(
            path,
            None,
            "2 more line(s) are not valid UTF-8 either; "
            "pass the file's real encoding with --encoding",
        )
    ]


def test_a_line_over_the_limit_is_named_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_bytes(b'{"text": "a"}\n' + LONG + b"\r\n" + b'{"text": "b"}')
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(lines, "MAX_LINE_BYTES", LIMIT)
        found = agree(path)
    assert found.documents == [1, 3]
    assert found.problems == [
        _problem(
            path,
            2,
            f"the line is {len(LONG)} bytes, over the {LIMIT} bytes limit for one document; "
            "split it",
        )
    ]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "cp1256"])
def test_other_encodings_are_read_as_the_same_lines(tmp_path: Path, codec: str) -> None:
    text = '{"text": "زار"}\r\n\r\n  \n{"text": "محمد"}\n'
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    path = tmp_path / "other.jsonl"
    path.write_bytes(bom + text.encode(codec))
    named = None if bom else codec
    streamed = [(n, d.text) for n, d in _documents(scan_documents(path, named))]
    validate_says = [
        (item.line, item.document.text)
        for item in DocumentSource(path, named).scan()
        if isinstance(item, Located)
    ]
    index = load_index(path.read_bytes(), path, named)
    stored = [(index.lines[i], index.parse(i).text) for i in range(len(index))]
    assert streamed == validate_says == stored == [(1, "زار"), (4, "محمد")]


def _documents(items: Iterator[tuple[int, Document] | InputError]) -> list[tuple[int, Document]]:
    found = []
    for item in items:
        assert not isinstance(item, InputError), item
        found.append(item)
    return found


def test_the_scanner_yields_ranges_without_cr_lf(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + b'{"a": 1}\r\n \t\n\r\n{"b": 2}\r{"c": 3}\n\n{"d": 4}\r'
    scan = LineScan(data, len(codecs.BOM_UTF8), tmp_path / "x.jsonl")
    ranges = [(n, data[s:e], p) for n, s, e, p in scan]
    assert ranges == [
        (1, b'{"a": 1}', None),
        (4, b'{"b": 2}\r{"c": 3}', None),  # a lone CR is no line break
        (6, b'{"d": 4}', None),  # a CR ending the file goes with it
    ]
    assert scan.non_blank == 3 and scan.closing_problems() == []


def test_progress_adds_up_to_the_file_and_pages_are_released(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    line = '{"text": "والتقى يوم الثلاثاء بوزير الدفاع المغربي"}\n'.encode()
    path.write_bytes(line * 5000)  # ~0.5 MB: several look-ahead windows and page releases
    seen: list[int] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(lines, "NUL_WINDOW", 10_000)
        mp.setattr(lines, "RELEASE_BYTES", 20_000)
        documents = _documents(scan_documents(path, on_bytes=seen.append))
    assert len(documents) == 5000 and documents[-1][0] == 5000
    assert sum(seen) == path.stat().st_size and len(seen) > 10


@pytest.mark.parametrize("chunk", [1, 3, 7, 64, lines.UTF8_CHECK_CHUNK])
def test_the_utf8_check_finds_the_line_across_chunk_boundaries(tmp_path: Path, chunk: int) -> None:
    path = tmp_path / "x.jsonl"
    good = ('{"text": "' + "م" * 10 + '"}\n').encode()
    data = good + good[:-3] + b"\xff" + b'"}\n' + good
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(lines, "UTF8_CHECK_CHUNK", chunk)
        with pytest.raises(InputError) as caught:
            load_index(data, path)
        assert caught.value.problems == [
            _problem(
                path,
                2,
                f"not valid UTF-8: byte 0xFF at column {len(good) - 2}: invalid start byte; "
                f"the file is in another encoding — {ENCODING_HINT}",
            )
        ]
        assert len(load_index(good * 30, path)) == 30  # sequences split by a chunk are fine
        assert len(load_index(data, path, check_bytes=len(good))) == 3  # checked: line 1 only


def _line_by_line(scan: LineScan) -> tuple[list[tuple[int, int, int]], bool]:
    """The scanner's own pass: (line number, start, end) of its lines; True if any problem."""
    try:
        found = list(scan)
    except InputError:
        return [], True
    troubled = any(problem is not None for *_, problem in found) or not scan.non_blank
    return [(number, start, end) for number, start, end, problem in found], troubled


_BYTES = [b"\n", b"\r\n", b"\r", b" ", b"\t", b"\v", b"\f", b"{}", b"a", "ا".encode(), b"\xff"]


@given(
    parts=st.lists(st.sampled_from([*_BYTES, b"\0", codecs.BOM_UTF8]), max_size=40),
    bom=st.booleans(),
    max_line_bytes=st.sampled_from([3, 1000]),
    check=st.sampled_from([None, 0, 2, 5]),
    short_chunks=st.booleans(),
)
@settings(max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_whole_file_index_equals_the_line_by_line_scan(
    parts: list[bytes], bom: bool, max_line_bytes: int, check: int | None, short_chunks: bool
) -> None:
    """index_arrays finds the very lines iterating yields, or gives up (None) on a problem."""
    data = (codecs.BOM_UTF8 if bom else b"") + b"".join(parts)
    base = len(codecs.BOM_UTF8) if bom else 0
    until = len(data) if check is None else base + check
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(lines, "short_lines", lambda _data, _base: True)  # every file, here
        if short_chunks:  # lines across chunks and longer than one
            mp.setattr(line_split, "SPLIT_CHUNK", 5)
        args = (data, base, Path("x.jsonl"))
        fast = LineScan(*args, max_line_bytes=max_line_bytes, check_utf8_until=until)
        arrays = fast.index_arrays() if len(data) > base else None
    scan = LineScan(*args, max_line_bytes=max_line_bytes, check_utf8_until=until)
    expected, troubled = _line_by_line(scan)
    if arrays is None:  # a problem, or a (blank) line over the limit: the scan decides
        longest = max(len(line) for line in data[base:].split(b"\n"))
        assert troubled or len(data) <= base or longest > max_line_bytes
        return
    starts, ends, numbers = arrays
    assert not troubled
    assert list(zip(numbers, starts, ends, strict=True)) == expected
    assert fast.non_blank == scan.non_blank == len(expected)


@pytest.mark.parametrize("ending", [b"\n", b"\r\n"])
@pytest.mark.parametrize("lines_per_file", [3, 5000])
def test_load_index_of_short_and_long_lines(ending: bytes, lines_per_file: int) -> None:
    """Short lines (split in chunks) and long ones (found one by one) index alike, blank lines
    and CR LF included."""
    body = [b'{"text": "%d"}' % i if i % 7 else b" \t" for i in range(lines_per_file)]
    data = codecs.BOM_UTF8 + ending.join(body)
    index = load_index(data, Path("x.jsonl"))
    expected = [
        (n, start, start + len(line))
        for n, line, start in _positions(body, ending, len(codecs.BOM_UTF8))
        if line.strip()
    ]
    assert list(zip(index.lines, index.starts, index.ends, strict=True)) == expected
    assert index.parse(0).text == "1"


def _positions(body: list[bytes], ending: bytes, base: int) -> Iterator[tuple[int, bytes, int]]:
    pos = base
    for n, line in enumerate(body, 1):
        yield n, line, pos
        pos += len(line) + len(ending)
