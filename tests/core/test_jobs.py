"""``--jobs N`` for validate and stats: the same output as one process, whatever the file holds."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import pytest

from annotator.commands import jobs as jobs_module
from annotator.commands.cli import main
from annotator.commands.validate import DocumentSource, ValidationReport
from annotator.formats import parallel
from annotator.model import STATUSES, Document, Span
from annotator.storage.records import dumps_record

WORDS = ["زار", "محمد", "الرباط", "amid", "Ynet: TV", "كوخافي", "\u200f", "“x”"]


def _documents(count: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    docs = []
    for i in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 12))]
        text = " ".join(words)
        spans, pos = [], 0
        for w in words:
            if rng.random() < 0.3:
                spans.append(Span(pos, pos + len(w), rng.choice(["PER", "LOC", "مكان"])))
            pos += len(w) + 1
        docs.append(Document(f"d{i}", text, spans, status=rng.choice(STATUSES), meta={"n": i}))
    return docs


def _ours(path: Path, docs: list[Document]) -> Path:
    path.write_text("".join(dumps_record(d) + "\n" for d in docs), encoding="utf-8")
    return path


def _foreign(path: Path, docs: list[Document], ascii_only: bool) -> Path:
    """Written by another tool: keys in another order, no ids, \\u escapes, CRLF, blank lines."""
    lines = []
    for i, d in enumerate(docs):
        rec = {
            "spans": [{"label": s.label, "end": s.end, "start": s.start} for s in d.spans],
            "text": d.text,
            "status": d.status,
        }
        lines.append(json.dumps(rec, ensure_ascii=ascii_only) + ("\r\n" if i % 3 else "\n"))
        if i % 17 == 0:
            lines.append("  \n")
    path.write_bytes(("\ufeff" if ascii_only else "").encode() + "".join(lines).encode())
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture(autouse=True)
def _small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "PIECE_BYTES", 4096)


def _files(tmp_path: Path) -> list[Path]:
    docs = _documents(400)
    bad = tmp_path / "bad.jsonl"
    lines = [dumps_record(d) for d in docs]
    lines[250] = lines[250].replace('"status": ', '"status": "done", "status": ', 1)
    lines[300] = '{"text": "a", "meta": {"x": NaN}}'
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [
        _ours(tmp_path / "ours.jsonl", docs),
        _foreign(tmp_path / "foreign.jsonl", docs, ascii_only=False),
        _foreign(tmp_path / "foreign_ascii.jsonl", docs, ascii_only=True),
        bad,
    ]


@pytest.mark.parametrize("command", [["validate"], ["stats"], ["stats", "--json", "--top", "3"]])
def test_jobs_give_the_same_output_as_one_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    for path in _files(tmp_path):
        one = _run(capsys, *command, str(path), "--jobs", "1")
        for jobs in ("2", "3", "auto"):
            assert _run(capsys, *command, str(path), "--jobs", jobs) == one
    assert 'bad.jsonl:251: the key "status" appears twice' in one[1]


def test_a_label_outside_the_schema_is_named_with_jobs_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _ours(tmp_path / "c.jsonl", _documents(300))
    schema = tmp_path / "labels.toml"
    schema.write_text(
        '[[labels]]\nname = "PER"\ncolor = "#ff0000"\nhotkey = "1"\n'
        '[[labels]]\nname = "LOC"\ncolor = "#3366cc"\nhotkey = "2"\n',
        encoding="utf-8",
    )
    one = _run(capsys, "validate", str(path), "--labels", str(schema), "--jobs", "1")
    assert one[0] == 1 and "'مكان' is not in the label schema" in one[1]
    assert _run(capsys, "validate", str(path), "--labels", str(schema), "--jobs", "2") == one


def test_a_clean_file_is_really_read_in_pieces(tmp_path: Path) -> None:
    path = _foreign(tmp_path / "f.jsonl", _documents(300), ascii_only=True)
    source = DocumentSource(path)
    seen: list[int] = []

    def refuse() -> ValidationReport:
        raise AssertionError("read in one process")

    report = jobs_module.validate_in_pieces(source, 2, on_bytes=seen.append, fallback=refuse)
    assert report.documents == 300
    assert len(seen) > 5 and sum(seen) == path.stat().st_size - 3  # every byte after the BOM
    accumulated = jobs_module.stats_in_pieces(source, 2, lambda _n: None)
    assert accumulated is not None and accumulated.documents == 300


def test_cuts_fall_after_line_breaks_and_cover_the_file(tmp_path: Path) -> None:
    path = _ours(tmp_path / "c.jsonl", _documents(300))
    data = path.read_bytes()
    cuts = parallel.cut_points(path, 0, 1000)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(data)
    assert all(b == c for (_, b), (c, _) in itertools.pairwise(cuts))
    assert all(data[b - 1 : b] == b"\n" for _, b in cuts)


def test_jobs_must_be_a_count_or_auto(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["validate", "x.jsonl", "--jobs", "0"])
    assert "--jobs takes a number of processes" in capsys.readouterr().err
    assert parallel.effective_jobs(parallel.AUTO, 10) == 1
    assert parallel.effective_jobs(3, 10) == 3


def test_a_problem_in_a_later_piece_starts_the_progress_over(tmp_path: Path) -> None:
    """A bad line near the end: the pieces before it were counted, then the file is read in
    one process; the bytes reported come back to zero first, so the bar never passes 100%."""
    path = _ours(tmp_path / "c.jsonl", _documents(300))
    with path.open("ab") as f:
        f.write(b'{"text": 1}\n')
    source = DocumentSource(path)
    seen: list[int] = []
    report = jobs_module.validate_in_pieces(
        source, 2, on_bytes=seen.append, fallback=lambda: ValidationReport(path=path)
    )
    assert report.documents == 0  # the fallback's report
    assert len(seen) > 1 and sum(seen) == 0 and seen[-1] < 0
