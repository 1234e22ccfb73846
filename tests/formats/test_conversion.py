"""The conversion service: warnings as values, progress, cancel, atomic output (no Qt)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.errors import Problem
from annotator.formats import conversion
from annotator.formats.conversion import ConversionCancelled, ConversionReport, WarningSink
from annotator.model import Document, Span
from tests.conftest import DATA

FERMI = DATA / "aqmar" / "Enrico_Fermi.txt"  # line 2268: the tag "I--ORG" (a typo, kept)
PARSTWINER = DATA / "parstwiner" / "dev.txt"
DOCCANO_OVERLAPPING = DATA / "format-samples" / "doccano" / "tests_example_overlapping.jsonl"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".converting-" in p.name)


def _overlapping() -> Document:
    text = "زار محمد بن سلمان القاهرة"
    return Document(
        "d1", text, [Span(4, 17, "PER"), Span(9, 17, "PER"), Span(text.index("القاهرة"), 25, "LOC")]
    )


def test_reader_warnings_come_back_as_values(tmp_path: Path) -> None:
    output = tmp_path / "fermi.jsonl"
    report = conversion.convert(FERMI, output, from_format="conll")
    assert (report.from_format, report.to_format, report.output) == ("conll", "jsonl", output)
    assert report.documents > 0 and report.spans > 0 and output.exists()
    assert report.read_warnings_total == len(report.read_warnings) >= 1
    typo = [w for w in report.read_warnings if "'I--ORG'" in w.message]
    assert typo and typo[0].path == str(FERMI) and typo[0].line == 2268
    assert report.write_warnings == () and report.warnings_total == report.read_warnings_total


def test_reader_and_writer_warnings_are_kept_apart(tmp_path: Path) -> None:
    """doccano's sample repeats a span (reader warning); CoNLL cannot hold an overlap (writer's)."""
    source = tmp_path / "overlapping.jsonl"
    source.write_bytes(DOCCANO_OVERLAPPING.read_bytes())
    report = conversion.convert(source, tmp_path / "out.conll", from_format="doccano")
    assert [w.line for w in report.read_warnings] == [1]
    assert "repeated: kept once" in report.read_warnings[0].message
    exported = conversion.export_documents([_overlapping()], 1, tmp_path / "o.conll", "conll")
    assert exported.from_format is None and exported.read_warnings_total == 0
    assert exported.write_summary[0].startswith("1 overlapping span(s) not written")
    assert any("overlaps another span" in w for w in exported.write_warnings)
    assert exported.warnings_total == len(exported.write_warnings)


def test_progress_counts_bytes_up_to_the_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    conversion.convert(
        PARSTWINER,
        tmp_path / "p.jsonl",
        from_format="conll",
        progress=lambda done, total: calls.append((done, total)),
    )
    size = PARSTWINER.stat().st_size
    assert calls[0] == (0, size) and calls[-1] == (size, size)
    assert {total for _, total in calls} == {size}
    done = [d for d, _ in calls]
    assert done == sorted(set(done)) and len(done) > 2  # strictly increasing, with steps between


def test_export_progress_counts_documents(tmp_path: Path) -> None:
    docs = [Document(f"d{i}", f"نص رقم {i}") for i in range(5)]
    calls: list[tuple[int, int]] = []
    report = conversion.export_documents(
        iter(docs), len(docs), tmp_path / "x.jsonl", "doccano", progress=lambda *a: calls.append(a)
    )
    assert calls == [(n, 5) for n in range(6)]
    assert (report.documents, report.to_format) == (5, "doccano")


def _stop_after(n: int) -> tuple[list[int], conversion.Cancelled]:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > n

    return asked, cancelled


@pytest.mark.parametrize("target", ["out.jsonl", "out_folder"])
def test_cancel_writes_nothing_and_leaves_no_temp(tmp_path: Path, target: str) -> None:
    output = tmp_path / target
    asked, cancelled = _stop_after(3)
    with pytest.raises(ConversionCancelled):
        conversion.convert(
            PARSTWINER,
            output,
            from_format="conll",
            to_format="jsonl" if output.suffix else "brat",
            cancelled=cancelled,
        )
    assert len(asked) == 4  # asked between documents, stopped at the fourth
    assert not output.exists() and _leftovers(tmp_path) == []


def test_cancel_keeps_the_previous_output_and_side_files_unwritten(tmp_path: Path) -> None:
    output = tmp_path / "tasks.json"
    output.write_bytes(b"previous\n")
    docs = [_overlapping(), Document("d2", "ثم عاد")]
    _, cancelled = _stop_after(2)  # both documents given to the writer, stopped before it ends
    with pytest.raises(ConversionCancelled):
        conversion.export_documents(docs, 2, output, "labelstudio", cancelled=cancelled)
    assert output.read_bytes() == b"previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tasks.json"]  # no config XML, no temp


def test_output_appears_only_when_complete(tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    output.write_bytes(b"previous\n")
    during: list[tuple[bytes, list[str]]] = []

    def probe() -> bool:
        during.append((output.read_bytes(), _leftovers(tmp_path)))
        return False

    report = conversion.convert(FERMI, output, from_format="conll", cancelled=probe)
    assert len(during) == report.documents + 1
    assert {seen for seen, _ in during} == {b"previous\n"}  # OUT untouched while writing
    assert all(temps for _, temps in during[1:])  # the writer's temp file beside OUT
    assert output.read_bytes() != b"previous\n" and _leftovers(tmp_path) == []


def test_import_to_jsonl_writes_the_native_format(tmp_path: Path) -> None:
    source = tmp_path / "overlapping.jsonl"
    source.write_bytes(DOCCANO_OVERLAPPING.read_bytes())
    target = tmp_path / "ours.jsonl"
    report = conversion.import_to_jsonl(source, "doccano", target)
    assert (report.from_format, report.to_format, report.documents) == ("doccano", "jsonl", 1)
    assert report.read_warnings_total == 1
    first = conversion.convert(target, tmp_path / "again.jsonl")
    assert (first.documents, first.spans) == (1, 1)


def test_reader_warnings_are_capped_but_counted() -> None:
    sink = WarningSink(keep=2)
    for n in range(5):
        sink.append(Problem("f", n + 1, "w"))
    assert (len(sink), sink.total) == (2, 5)
    report = ConversionReport(
        output=Path("o"),
        from_format="conll",
        to_format="jsonl",
        documents=1,
        spans=0,
        read_warnings=tuple(sink),
        read_warnings_total=sink.total,
        write_warnings=("w1", "w2"),
    )
    assert report.warnings_total == 7
    assert report.warning_lines() == (["f:1: w", "f:2: w", "w1", "w2"], 3)
    assert report.warning_lines(3) == (["f:1: w", "f:2: w", "w1"], 4)
    assert report.warning_lines(1) == (["f:1: w"], 6)


def test_documents_are_streamed_not_held(tmp_path: Path) -> None:
    """The writer pulls documents one at a time from the reader (memory stays flat)."""
    pulled: list[int] = []

    def docs() -> Iterator[Document]:
        for n in range(3):
            pulled.append(n)
            yield Document(f"d{n}", "نص")

    def cancelled() -> bool:
        seen.append(len(pulled))
        return False

    seen: list[int] = []
    conversion.export_documents(docs(), 3, tmp_path / "x.jsonl", "jsonl", cancelled=cancelled)
    assert seen == [1, 2, 3, 3]
