"""``annotator convert`` options: declared option keys, OUT '-' for standard output, --skip-bad."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.commands.cli import main
from annotator.formats import conversion
from annotator.formats.registry import FormatError, get
from annotator.model import Document, Span
from tests.conftest import DATA

DAMASCUS = DATA / "aqmar" / "Damascus.txt"


def _convert(*args: str | Path) -> int:
    return main(["convert", *map(str, args), "--no-progress"])


def test_an_unknown_option_is_an_error_listing_the_valid_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.jsonl"
    assert _convert(DAMASCUS, out, "--from", "conll", "-o", "schem=IOB2") == 1
    err = capsys.readouterr().err
    assert "unknown option 'schem' for conll -> jsonl" in err
    assert "the reader takes: encoding, i_start, scheme, sep, split, tag_columns" in err
    assert "the writer takes: none" in err
    assert _convert(DAMASCUS, out, "--from", "conll", "-o", "out.cut=skip") == 1
    assert "unknown option 'cut' for the jsonl writer; it takes: no options" in (
        capsys.readouterr().err
    )
    assert not out.exists()


def test_the_service_checks_options_too(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="unknown option 'lang' for the prodigy writer"):
        conversion.export_documents([], 0, tmp_path / "x.jsonl", "prodigy", {"lang": "ar"})


def test_an_option_goes_to_the_side_that_takes_it(tmp_path: Path) -> None:
    native = tmp_path / "d.jsonl"
    get("jsonl").write([Document("d", "زار والمغرب", [Span(5, 11, "LOC")])], native, {})
    out = tmp_path / "d.conll"
    assert _convert(native, out, "-o", "cut=expand") == 0
    assert out.read_text(encoding="utf-8") == "زار\tO\nوالمغرب\tB-LOC\n\n"


def test_dash_writes_to_standard_output(tmp_path: Path) -> None:
    """In a child process, so the bytes on stdout are exactly what a pipe gets."""
    native = tmp_path / "d.jsonl"
    get("jsonl").write([Document("d:1", "😀 زار مصر", [Span(6, 9, "LOC")])], native, {})
    run = subprocess.run(
        [sys.executable, "-m", "annotator.commands.convert", str(native), "-", "--to", "doccano"],
        capture_output=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    record = json.loads(run.stdout.decode("utf-8"))
    assert record["label"] == [[6, 9, "LOC"]] and record["text"] == "😀 زار مصر"
    assert b"wrote standard output (doccano): 1 documents, 1 spans" in run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.jsonl"]  # nothing else written
    studio = subprocess.run(
        [sys.executable, "-m", "annotator.commands.convert", str(native), "-"]
        + ["--to", "labelstudio"],
        capture_output=True,
        check=False,
    )
    assert studio.returncode == 0 and json.loads(studio.stdout)[0]["data"]["text"] == "😀 زار مصر"
    assert b"no labelling config written" in studio.stderr


def test_dash_needs_a_single_file_format_named_with_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _convert(DAMASCUS, "-", "--from", "conll") == 1
    assert "OUT '-' (standard output) needs --to FORMAT" in capsys.readouterr().err
    assert _convert(DAMASCUS, "-", "--from", "conll", "--to", "brat") == 1
    assert "brat writes a folder" in capsys.readouterr().err


def _damascus_with_a_bad_line(tmp_path: Path) -> tuple[Path, int]:
    lines = DAMASCUS.read_bytes().split(b"\n")
    at = 100  # inside a sentence
    assert lines[at - 1] and lines[at]
    lines.insert(at, "كلمة O زائد".encode())  # three columns where the file has two
    source = tmp_path / "Damascus.txt"
    source.write_bytes(b"\n".join(lines))
    return source, at + 1


def test_skip_bad_leaves_out_the_bad_sentence_lists_it_and_converts_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, bad_line = _damascus_with_a_bad_line(tmp_path)
    out = tmp_path / "d.jsonl"
    assert _convert(source, out, "--from", "conll") == 1  # without --skip-bad: nothing written
    assert f"Damascus.txt:{bad_line}: 3 columns" in capsys.readouterr().err
    assert not out.exists()
    assert _convert(source, out, "--from", "conll", "--skip-bad") == 0
    err = capsys.readouterr().err
    assert f"skipped 1: {source}:{bad_line}: 3 columns" in err
    assert "skipped 2: " in err and "left out: it holds a bad line" in err
    assert "--skip-bad: 2 bad record(s) or line(s) listed above were left out" in err
    whole = list(get("conll").read(DAMASCUS, {}))
    kept = list(get("jsonl").read(out, {}))
    assert len(kept) == len(whole) - 1
    assert [d.text for d in kept] == [d.text for d in whole if d.text in {k.text for k in kept}]


def test_skip_bad_keeps_the_good_lines_of_a_jsonl_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "x"}\n{"id": "b", "text": 5}\n{"text": "y"}\n')
    out = tmp_path / "out.conll"
    assert _convert(source, out, "--skip-bad") == 0
    assert "skipped 1: " in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "x\tO\n\ny\tO\n\n"


def test_skip_bad_still_fails_when_nothing_can_be_read(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("not json\n")
    assert _convert(source, tmp_path / "o.conll", "--skip-bad") == 1
    assert not (tmp_path / "o.conll").exists()


def test_validate_skip_bad_lists_what_would_be_skipped_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "x"}\n{"id": "b", "text": 5}\n')
    assert main(["validate", str(source)]) == 1
    capsys.readouterr()
    assert main(["validate", str(source), "--skip-bad"]) == 0
    out = capsys.readouterr().out
    assert f"skipped 1: {source}:2: " in out
    assert "ok: 1 documents, 0 spans, 0 labels; 1 bad record(s) skipped" in out
