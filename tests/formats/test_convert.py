"""``annotator convert``: real files through the command, format guessing, atomic output.

Also bad input, reported without tracebacks.
"""

from __future__ import annotations

import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from annotator.commands.cli import main
from annotator.errors import InputError
from annotator.formats import jsonl as jsonl_format
from annotator.formats import registry
from annotator.model import Document, Span
from annotator.storage import lines
from annotator.storage.corpus import Corpus
from annotator.storage.records import record_line_bytes
from tests.conftest import DATA
from tests.core.test_bad_inputs import BAD, CATALOGUE

LINUX = DATA / "aqmar" / "Linux.txt"
PARSTWINER = DATA / "parstwiner" / "dev.txt"


def _convert(*args: str | Path) -> int:
    return main(["convert", *map(str, args)])


def _leftovers(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.iterdir() if ".converting-" in p.name or p.name.endswith(".tmp")
    )


@pytest.mark.parametrize("source, name", [(LINUX, "Linux.txt"), (PARSTWINER, "dev.txt")])
def test_conll_to_jsonl_to_conll_is_byte_for_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path, name: str
) -> None:
    jsonl, back = tmp_path / "x.jsonl", tmp_path / "y.conll"
    assert _convert(source, jsonl, "--from", "conll") == 0
    assert _convert(jsonl, back) == 0
    assert back.read_bytes() == source.read_bytes()
    out = capsys.readouterr().out
    assert f"wrote {back} (conll):" in out and " documents, " in out and " spans, 0 warnings" in out
    assert _leftovers(tmp_path) == []


def test_txt_is_not_guessed_as_conll_and_unknown_extensions_list_the_choices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "data.weird"
    odd.write_bytes(LINUX.read_bytes())
    assert _convert(odd, tmp_path / "x.jsonl") == 1
    err = capsys.readouterr().err
    assert "pass --from" in err and "conll" in err and "jsonl" in err and "Traceback" not in err
    assert _convert(LINUX, tmp_path / "x.out", "--from", "conll") == 1
    assert "pass --to" in capsys.readouterr().err
    assert _convert(LINUX, tmp_path / "x.jsonl") == 1  # .txt is plain text too: refuse to guess
    assert "could be any of: conll, txt" in capsys.readouterr().err
    assert not (tmp_path / "x.jsonl").exists()
    prose = tmp_path / "prose.txt"
    prose.write_text("زار محمد القاهرة\nثم عاد\n", encoding="utf-8")
    assert _convert(prose, tmp_path / "p.jsonl") == 0  # a real plain-text file is still guessed


def test_input_is_never_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "x.conll"
    source.write_bytes(b"a O\nb B-PER\n\n")
    assert _convert(source, source) == 1
    assert "is the input file" in capsys.readouterr().err
    assert source.read_bytes() == b"a O\nb B-PER\n\n"


def test_bad_input_prints_file_and_line_and_leaves_the_old_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.conll"
    source.write_bytes(b"a O\nb B-PER\n\nc\nd O O\n")
    output = tmp_path / "out.jsonl"
    output.write_bytes(b"previous content\n")
    assert _convert(source, output) == 1
    err = capsys.readouterr().err
    assert f"{source}:4: no space separator" in err and f"{source}:5: 3 columns" in err
    assert "Traceback" not in err
    assert output.read_bytes() == b"previous content\n"
    assert _leftovers(tmp_path) == []


def test_missing_input_and_missing_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _convert(tmp_path / "nope.conll", tmp_path / "x.jsonl") == 1
    assert "no such file" in capsys.readouterr().err
    assert _convert(LINUX, tmp_path / "no" / "x.jsonl", "--from", "conll") == 1
    assert "does not exist" in capsys.readouterr().err


def test_scheme_and_sep_rewrite_the_conll_output(tmp_path: Path) -> None:
    source = tmp_path / "x.iob"
    source.write_bytes(b"a B-PER\nb I-PER\nc O\nd B-LOC\n\n")
    output = tmp_path / "y.conll"
    assert _convert(source, output, "--scheme", "bioes", "--sep", "tab") == 0
    assert output.read_bytes() == b"a\tB-PER\nb\tE-PER\nc\tO\nd\tS-LOC\n\n"


def test_reader_options_pass_through(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "x.conll"
    source.write_bytes(b"a O\nb I-PER\nc B-LOC\n\n")
    output = tmp_path / "y.jsonl"
    assert _convert(source, output, "--option", "in.i_start=ignore") == 0
    captured = capsys.readouterr()
    assert f"{source}:2: 'I-PER' does not continue an entity" in captured.err
    assert "1 documents, 1 spans, 1 warnings" in captured.out
    assert _convert(source, tmp_path / "z.jsonl", "--option", "nonsense") == 1
    assert "expected KEY=VALUE" in capsys.readouterr().err


def test_scheme_for_formats_other_than_conll_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "x.jsonl"
    source.write_text('{"text": "a b"}\n', encoding="utf-8")
    assert _convert(source, tmp_path / "y.jsonl", "--scheme", "IOB2") == 1
    assert "applies to CoNLL only" in capsys.readouterr().err


def test_documents_from_plain_jsonl_export_with_the_tokenizer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "x.jsonl"
    source.write_text(
        '{"id": "d1", "text": "زار محمد الرياض", "spans": [{"start": 4, "end": 8, "label": "PER"},'
        ' {"start": 9, "end": 11, "label": "LOC"}]}\n',
        encoding="utf-8",
    )
    output = tmp_path / "y.conll"
    assert _convert(source, output) == 0
    assert output.read_text(encoding="utf-8") == "زار\tO\nمحمد\tB-PER\nال\tB-LOC\nرياض\tO\n\n"
    captured = capsys.readouterr()
    assert "note: 1 token(s) split at span edges (cut=split)" in captured.err
    assert "split: document 'd1': 'الرياض' -> 'ال' + 'رياض'" in captured.err
    assert "1 documents, 2 spans" in captured.out


OTHER_FORMATS = {"doccano": ".jsonl", "prodigy": ".jsonl", "labelstudio": ".json", "brat": ""}


@pytest.mark.parametrize("name", sorted(OTHER_FORMATS))
def test_conll_through_other_formats_keeps_the_spans(tmp_path: Path, name: str) -> None:
    formats = registry.load_all()
    if name not in formats or not (formats[name].read and formats[name].write):
        pytest.skip(f"format {name} not available")
    ours = tmp_path / "ours.jsonl"
    assert _convert(PARSTWINER, ours, "--from", "conll") == 0
    middle = tmp_path / f"middle{OTHER_FORMATS[name]}"
    assert _convert(ours, middle, "--to", name) == 0
    back = tmp_path / "back.jsonl"
    assert _convert(middle, back, "--from", name, "--to", "jsonl") == 0
    jsonl = formats["jsonl"]
    before = [(d.text, [s.key for s in d.spans]) for d in jsonl.read(ours, {})]  # type: ignore[misc]
    after = [(d.text, [s.key for s in d.spans]) for d in jsonl.read(back, {})]  # type: ignore[misc]
    assert sorted(after) == sorted(before)  # a folder format (brat) lists documents by file name


def test_the_installed_command_exits_1_without_traceback(tmp_path: Path) -> None:
    source = tmp_path / "empty.conll"
    source.write_bytes(b"")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "annotator.commands.convert",
            str(source),
            str(tmp_path / "x.jsonl"),
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.startswith(f"{source}: the file is empty") and "Traceback" not in done.stderr


# -- one streaming reader of native JSONL (registry reader and convert) ---------------------------


CORE_GOOD = Path(__file__).parents[1] / "core" / "fixtures" / "good"
BAD_JSONL = [c for c in CATALOGUE if c[0].endswith(".jsonl")]


@pytest.mark.parametrize(("name", "line", "words"), BAD_JSONL, ids=[c[0] for c in BAD_JSONL])
def test_streaming_reader_names_the_same_problem_as_opening(
    name: str, line: int | None, words: tuple[str, ...]
) -> None:
    with pytest.raises(InputError) as caught:
        list(jsonl_format.read_jsonl(BAD / name, {}))
    first = caught.value.problems[0]
    assert (first.path, first.line) == (str(BAD / name), line)
    message = str(caught.value)
    assert all(word in message for word in words), message


@pytest.mark.parametrize("name", sorted(p.name for p in CORE_GOOD.glob("*.jsonl")))
def test_streaming_reader_reads_what_the_corpus_opens(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes((CORE_GOOD / name).read_bytes())
    with Corpus.open(path, readonly=True) as corpus:
        opened = list(corpus.iter_documents())
    assert list(jsonl_format.read_jsonl(path, {})) == opened


def test_every_problem_is_collected_and_raised_after_the_last_line(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_bytes((BAD / "many_bad_lines.jsonl").read_bytes() + b'{"text": 7}\n')
    seen: list[Document] = []
    with pytest.raises(InputError) as caught:
        seen.extend(jsonl_format.read_jsonl(path, {}))  # extend keeps what came before the error
    assert [p.line for p in caught.value.problems] == [2, 4, 6, 7]
    assert len(seen) == 1  # documents stop after the first problem: nothing partial is committed
    lots = tmp_path / "lots.jsonl"
    lots.write_text("{\n" * 150, encoding="utf-8")
    with pytest.raises(InputError) as capped:
        list(jsonl_format.read_jsonl(lots, {}))
    assert (len(capped.value.problems), capped.value.more) == (lines.MAX_PROBLEMS, 50)


def test_streaming_reader_keeps_encodings_line_endings_and_blank_lines(tmp_path: Path) -> None:
    docs = [
        Document("a", "زار محمد"),
        Document("b", "القاهرة\r\nمدينة", [Span(0, 7, "LOC")], status="done"),
    ]
    body = b"\n\n".join(record_line_bytes(d) for d in docs).decode("utf-8")
    for encoding, bom, name in (
        ("utf-16-le", b"\xff\xfe", None),
        ("utf-8", b"\xef\xbb\xbf", None),
        ("cp1256", b"", "cp1256"),
    ):
        path = tmp_path / f"x-{encoding}.jsonl"
        path.write_bytes(
            bom + body.replace("\n", "\r\n").encode(encoding, "strict") + b"\r\n"
            if encoding != "utf-16-le"
            else bom + (body.replace("\n", "\r\n") + "\r\n").encode(encoding)
        )
        options = {"encoding": name} if name else {}
        assert list(jsonl_format.read_jsonl(path, options)) == docs, encoding
    utf8 = tmp_path / "utf8.jsonl"
    utf8.write_bytes(body.encode("utf-8"))
    with pytest.raises(InputError, match="valid UTF-8 but --encoding cp1256 was given"):
        list(jsonl_format.read_jsonl(utf8, {"encoding": "cp1256"}))
    with pytest.raises(
        InputError,
        match=r"x-cp1256.jsonl:1: not valid UTF-8: byte 0x.. at column \d+.*--encoding cp1256",
    ):
        list(jsonl_format.read_jsonl(tmp_path / "x-cp1256.jsonl", {}))


@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-16-le", b"\xff\xfe")])
def test_streaming_reader_refuses_a_line_over_the_limit_and_reads_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str, bom: bytes
) -> None:
    monkeypatch.setattr(lines, "MAX_LINE_BYTES", 1000)
    path = tmp_path / "huge.jsonl"
    path.write_bytes(
        bom + ('{"text": "a"}\n{"text": "' + "م" * 2000 + '"}\n{"text": 5}\n').encode(encoding)
    )
    with pytest.raises(InputError) as caught:
        list(jsonl_format.read_jsonl(path, {}))
    assert [p.line for p in caught.value.problems] == [2, 3]
    assert "over the 1,000 bytes limit for one document" in caught.value.problems[0].message
    if encoding == "utf-8":
        assert caught.value.problems[0].message.startswith("the line is 4,012 bytes")


def test_streaming_reader_memory_stays_flat_on_a_large_file(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    doc = Document("d", "والتقى يوم الثلاثاء بوزير الدفاع المغربي " * 20, [Span(0, 6, "X")])
    line = record_line_bytes(doc) + b"\n"
    path.write_bytes(line * (8 * (1 << 20) // len(line)))  # 8 MB
    tracemalloc.start()
    try:
        count = sum(1 for _ in jsonl_format.read_jsonl(path, {}))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 8 * (1 << 20) // len(line)
    assert peak < 1 << 20  # well under the file's 8 MB: one line at a time


def test_convert_of_native_jsonl_goes_through_the_streaming_reader(tmp_path: Path) -> None:
    source = tmp_path / "x.jsonl"
    source.write_bytes((BAD / "many_bad_lines.jsonl").read_bytes())
    output = tmp_path / "y.jsonl"
    output.write_bytes(b"previous\n")
    assert _convert(source, output) == 1
    assert output.read_bytes() == b"previous\n" and _leftovers(tmp_path) == []
    utf16 = tmp_path / "u.jsonl"
    utf16.write_bytes((CORE_GOOD / "utf16_bom.jsonl").read_bytes())
    assert _convert(utf16, output) == 0
    assert list(jsonl_format.read_jsonl(output, {})) == list(jsonl_format.read_jsonl(utf16, {}))


def test_a_line_exactly_at_the_limit_is_read_whatever_its_ending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lines, "MAX_LINE_BYTES", 1000)
    line = b'{"text": "' + b"a" * 988 + b'"}'
    assert len(line) == 1000
    for ending in (b"\r\n", b"\n", b""):
        path = tmp_path / "edge.jsonl"
        path.write_bytes(line + ending)
        assert [d.text for d in jsonl_format.read_jsonl(path, {})] == ["a" * 988]
        path.write_bytes(line[:-2] + b'a"}' + ending)  # one byte over
        with pytest.raises(InputError, match="the line is 1,001 bytes, over the 1,000 bytes limit"):
            list(jsonl_format.read_jsonl(path, {}))


def test_cut_fail_exits_non_zero_naming_the_document_and_span(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "x.jsonl"
    source.write_text(
        '{"id": "tweet-9", "text": "زار والمغرب", '
        '"spans": [{"start": 5, "end": 11, "label": "LOC"}]}\n',
        encoding="utf-8",
    )
    output = tmp_path / "y.conll"
    assert _convert(source, output, "--cut", "fail") == 1
    err = capsys.readouterr().err
    assert "'tweet-9': span [5, 11) LOC 'المغرب' cuts the token 'والمغرب' (cut=fail)" in err
    assert not output.exists()
    assert _convert(source, output, "--cut", "skip") == 0
    assert "note: 1 span(s) not written: cutting a token (cut=skip)" in capsys.readouterr().err
    assert output.read_text(encoding="utf-8") == "زار\tO\nوالمغرب\tO\n\n"
