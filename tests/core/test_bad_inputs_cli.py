"""The bad-input catalogue through the commands, as subprocesses: validate, stats and convert
(to JSONL and to Label Studio) each name the file and line, print no traceback, create no
output and change nothing on disk. Also: what is kept rather than refused (a lone surrogate
in meta) goes through every reader and writer."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.edits import SetStatus
from annotator.formats import registry
from annotator.storage.corpus import Corpus
from tests.core.test_bad_inputs import BAD, CATALOGUE

TIMEOUT = 120
# The entries this issue added: JSON that json.loads lets through or fails on untidily.
STRICT = [
    entry
    for entry in CATALOGUE
    if entry[0].startswith(("duplicate_key", "nan", "infinity", "float_", "huge_", "deep_"))
    or entry[0].startswith(("nested_", "surrogate_", "nul_in"))
]


def run_cli(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_the_strict_entries_are_in_the_catalogue() -> None:
    assert len(STRICT) == 14


@pytest.mark.parametrize(("name", "line", "words"), STRICT, ids=[c[0] for c in STRICT])
def test_every_command_names_the_line_and_writes_nothing(
    tmp_path: Path, name: str, line: int, words: tuple[str, ...]
) -> None:
    shutil.copyfile(BAD / name, tmp_path / name)
    before = _snapshot(tmp_path)
    commands = [
        ["validate", name],
        ["stats", name],
        ["convert", name, "out.jsonl"],
        ["convert", name, "out.json", "--to", "labelstudio"],
    ]
    for args in commands:
        result = run_cli(*args, cwd=tmp_path)
        said = result.stdout + result.stderr
        assert result.returncode == 1, (args, said)
        assert f"{name}:{line}: " in said, (args, said)
        for word in words:
            assert word in said, (args, said)
        assert "Traceback" not in said, (args, said)
        assert _snapshot(tmp_path) == before, args  # no output, no temp, input unchanged


@pytest.mark.parametrize("codec", ["hex", "rot13", "base64"])
def test_a_codec_that_is_not_a_text_encoding_is_refused(tmp_path: Path, codec: str) -> None:
    (tmp_path / "c.jsonl").write_text('{"text": "نص"}\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    before = _snapshot(tmp_path)
    for args in (
        ["validate", "c.jsonl"],
        ["stats", "a.txt"],
        ["convert", "c.jsonl", "out.jsonl"],
        ["convert", "c.jsonl", "out.jsonl", "--from", "doccano"],
    ):
        result = run_cli(*args, "--encoding", codec, cwd=tmp_path)
        assert result.returncode == 1, args
        assert f"'{codec}' is not a text encoding" in result.stdout + result.stderr, args
        assert "Traceback" not in result.stderr
    assert _snapshot(tmp_path) == before


META = (
    '{"id": "a", "text": "abc def", "spans": [{"start": 0, "end": 3, "label": "PERS", '
    '"why": "\\udc80"}], "meta": {"k\\ud800": "\\udc80", "deep": [1, {"x": "\\ud83d"}]}, '
    '"answer": "\\ud800"}\n'
)


def test_a_lone_surrogate_in_meta_is_kept_escaped_by_every_reader_and_writer(
    tmp_path: Path,
) -> None:
    path = tmp_path / "m.jsonl"
    path.write_text(META, encoding="ascii")
    assert run_cli("validate", "m.jsonl", cwd=tmp_path).returncode == 0
    for args in (["stats", "m.jsonl"], ["stats", "--json", "m.jsonl"]):
        result = run_cli(*args, cwd=tmp_path)
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    writers = sorted(f.name for f in registry.load_all().values() if f.write)
    for fmt in writers:
        result = run_cli("convert", "m.jsonl", f"out-{fmt}", "--to", fmt, cwd=tmp_path)
        assert result.returncode == 0, (fmt, result.stderr)
    back = run_cli("convert", "out-jsonl", "back.jsonl", "--from", "jsonl", cwd=tmp_path)
    assert back.returncode == 0, back.stderr
    record = json.loads((tmp_path / "back.jsonl").read_text(encoding="utf-8"))
    assert record["meta"] == {"k\ud800": "\udc80", "deep": [1, {"x": "\ud83d"}]}
    with Corpus.open(path) as corpus:
        corpus.apply(0, SetStatus("todo", "done"))
        corpus.save()
    saved = json.loads(path.read_bytes())
    assert saved["status"] == "done" and saved["answer"] == "\ud800"
    assert saved["spans"][0]["why"] == "\udc80"


def test_nesting_up_to_the_limit_is_read_and_written_everywhere(tmp_path: Path) -> None:
    from annotator.storage.strict_json import MAX_NESTING

    deep = "[" * (MAX_NESTING - 1) + "]" * (MAX_NESTING - 1)  # the record is one level more
    path = tmp_path / "d.jsonl"
    path.write_text(f'{{"id": "a", "text": "abc", "meta": {{"x": {deep[1:-1]}}}}}\n', "utf-8")
    assert run_cli("validate", "d.jsonl", cwd=tmp_path).returncode == 0
    for fmt in sorted(f.name for f in registry.load_all().values() if f.write):
        result = run_cli("convert", "d.jsonl", f"out-{fmt}", "--to", fmt, cwd=tmp_path)
        assert result.returncode == 0, (fmt, result.stderr)
    with Corpus.open(path) as corpus:
        corpus.apply(0, SetStatus("todo", "done"))
        corpus.save()
    assert json.loads(path.read_bytes())["status"] == "done"


def test_foreign_json_readers_name_a_number_too_long_to_read(tmp_path: Path) -> None:
    digits = "9" * 5000
    (tmp_path / "d.jsonl").write_text(f'{{"text": "abc", "label": [], "n": {digits}}}\n', "utf-8")
    (tmp_path / "ls.json").write_text(f'[{{"data": {{"text": "abc"}}, "n": {digits}}}]\n', "utf-8")
    for source, fmt in (("d.jsonl", "doccano"), ("ls.json", "labelstudio")):
        result = run_cli("convert", source, "out.jsonl", "--from", fmt, cwd=tmp_path)
        assert result.returncode == 1, result.stderr
        assert f"{source}:1: a number with more digits than Python reads" in result.stderr
        assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.jsonl", "ls.json"]
