"""``annotator convert``: real files through the command, format guessing, atomic output, bad input without tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.formats import registry
from tests.conftest import DATA

LINUX = DATA / "aqmar" / "Linux.txt"
PARSTWINER = DATA / "parstwiner" / "dev.txt"


def _convert(*args: str | Path) -> int:
    return main(["convert", *map(str, args)])


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".converting-" in p.name or p.name.endswith(".tmp"))


@pytest.mark.parametrize("source, name", [(LINUX, "Linux.txt"), (PARSTWINER, "dev.txt")])
def test_conll_to_jsonl_to_conll_is_byte_for_byte(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  source: Path, name: str) -> None:
    jsonl, back = tmp_path / "x.jsonl", tmp_path / "y.conll"
    assert _convert(source, jsonl, "--from", "conll") == 0
    assert _convert(jsonl, back) == 0
    assert back.read_bytes() == source.read_bytes()
    out = capsys.readouterr().out
    assert f"wrote {back} (conll):" in out and " documents, " in out and " spans, 0 warnings" in out
    assert _leftovers(tmp_path) == []


def test_txt_is_not_guessed_as_conll_and_unknown_extensions_list_the_choices(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
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


def test_bad_input_prints_file_and_line_and_leaves_the_old_output(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
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


def test_missing_input_and_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
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


def test_scheme_for_formats_other_than_conll_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "x.jsonl"
    source.write_text('{"text": "a b"}\n', encoding="utf-8")
    assert _convert(source, tmp_path / "y.jsonl", "--scheme", "IOB2") == 1
    assert "applies to CoNLL only" in capsys.readouterr().err


def test_documents_from_plain_jsonl_export_with_the_tokenizer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "x.jsonl"
    source.write_text('{"id": "d1", "text": "زار محمد الرياض", "spans": [{"start": 4, "end": 8, "label": "PER"},'
                      ' {"start": 9, "end": 11, "label": "LOC"}]}\n', encoding="utf-8")
    output = tmp_path / "y.conll"
    assert _convert(source, output) == 0
    assert output.read_text(encoding="utf-8") == "زار\tO\nمحمد\tB-PER\nالرياض\tO\n\n"
    captured = capsys.readouterr()
    assert "document 'd1': span [9, 11) LOC 'ال' cuts a token" in captured.err
    assert "1 documents, 1 spans" in captured.out


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
    done = subprocess.run([sys.executable, "-m", "annotator.formats.convert", str(source), str(tmp_path / "x.jsonl")],
                          check=False, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.startswith(f"{source}: the file is empty") and "Traceback" not in done.stderr
