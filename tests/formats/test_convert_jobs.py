"""``annotator convert --jobs N``: byte for byte what one process writes, on real corpora."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.commands.cli import main
from annotator.formats import conversion_jobs, parallel, registry
from annotator.formats.conversion import WarningSink

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


@pytest.fixture(autouse=True)
def _small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "PIECE_BYTES", 20_000)


def _convert(
    capsys: pytest.CaptureFixture[str], source: Path, out: Path, jobs: str, *more: str
) -> tuple[int, bytes | None, str]:
    code = main(["convert", str(source), str(out), "--no-progress", "--jobs", jobs, *more])
    said = capsys.readouterr()
    data = out.read_bytes() if out.exists() else None
    if out.exists():
        out.unlink()
    return code, data, (said.out + said.err).replace(str(out), "OUT")


def _same_for_every_jobs(
    capsys: pytest.CaptureFixture[str], source: Path, out: Path, *more: str
) -> tuple[int, bytes | None, str]:
    one = _convert(capsys, source, out, "1", *more)
    for jobs in ("2", "3"):
        assert _convert(capsys, source, out, jobs, *more) == one
    return one


def _aqmar(tmp_path: Path, names: int = 6) -> Path:
    source = tmp_path / "aqmar.conll"
    files = sorted((DATA / "aqmar").glob("*.txt"))[:names]
    source.write_bytes(b"".join(p.read_bytes() for p in files))
    return source


def test_conll_to_jsonl_and_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _aqmar(tmp_path)
    code, jsonl, said = _same_for_every_jobs(capsys, source, tmp_path / "a.jsonl")
    assert code == 0 and jsonl is not None and "malformed tag" in said
    middle = tmp_path / "middle.jsonl"
    middle.write_bytes(jsonl)
    code, back, _ = _same_for_every_jobs(capsys, middle, tmp_path / "back.conll")
    assert code == 0 and back == source.read_bytes()


def test_parstwiner_tab_separated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "dev.conll"
    source.write_bytes((DATA / "parstwiner" / "dev.txt").read_bytes())
    code, jsonl, _ = _same_for_every_jobs(capsys, source, tmp_path / "p.jsonl")
    assert code == 0 and jsonl is not None


def test_jsonl_written_by_another_tool(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No ids (they come from line numbers), keys in another order, escapes, blank lines."""
    lines = []
    for i in range(600):
        text = f"زار محمد {i} الرباط"
        rec = {"spans": [{"label": "PER", "end": 8, "start": 4}], "text": text, "meta": {"i": i}}
        lines.append(json.dumps(rec, ensure_ascii=i % 2 == 0) + ("\r\n" if i % 3 else "\n"))
        if i % 50 == 0:
            lines.append("\n")
    source = tmp_path / "other.jsonl"
    source.write_text("".join(lines), encoding="utf-8")
    code, out, _ = _same_for_every_jobs(capsys, source, tmp_path / "ours.jsonl")
    assert code == 0 and out is not None and b'"id": "line-612"' in out
    code, _conll, said = _same_for_every_jobs(capsys, source, tmp_path / "ours.conll")
    assert code == 0 and "tokenized with" in said  # not read from CoNLL: one process writes it


def test_a_bad_line_is_named_the_same_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _aqmar(tmp_path, 3)
    text = source.read_text(encoding="utf-8").splitlines(keepends=True)
    text[4000] = "a b c\n"
    source.write_text("".join(text), encoding="utf-8")
    code, out, said = _same_for_every_jobs(capsys, source, tmp_path / "x.jsonl")
    assert code == 1 and out is None and ":4001: 3 columns" in said
    jsonl = tmp_path / "bad.jsonl"
    rows = [json.dumps({"text": f"t{i}"}) for i in range(2000)]
    rows[1500] = '{"text": "a", "text": "b"}'
    jsonl.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, said = _same_for_every_jobs(capsys, jsonl, tmp_path / "y.jsonl")
    assert code == 1 and out is None and 'bad.jsonl:1501: the key "text" appears twice' in said


@pytest.mark.parametrize(("suffix", "target"), [(".conll", "jsonl"), (".jsonl", "jsonl")])
def test_clean_files_are_really_converted_in_pieces(
    tmp_path: Path, suffix: str, target: str
) -> None:
    source = _aqmar(tmp_path)
    if suffix == ".jsonl":
        middle = tmp_path / "m.jsonl"
        main(["convert", str(source), str(middle), "--no-progress"])
        source = middle
    reader = registry.get("conll" if suffix == ".conll" else "jsonl")
    writer = registry.get(target)
    out = tmp_path / f"out.{target}"
    seen: list[int] = []

    def write(fmt: registry.Format) -> registry.WriteReport:
        assert fmt.write is not None
        return fmt.write((), out, {})

    report = conversion_jobs.try_pieces(
        source, reader, writer, {}, {}, 2, WarningSink(), seen.append, write
    )
    assert report is not None and report.documents > 100
    assert len(seen) > 3 and seen[-1] == source.stat().st_size


@pytest.mark.parametrize("encoding", ["UTF8", "utf-8", "utf_8"])
def test_an_encoding_named_on_the_command_line_gives_the_same_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    """One process records the --encoding as given; pieces must write the same records."""
    source = _aqmar(tmp_path, names=3)
    code, jsonl, _ = _same_for_every_jobs(
        capsys, source, tmp_path / "a.jsonl", "--encoding", encoding
    )
    assert code == 0 and jsonl is not None
