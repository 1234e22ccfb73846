"""brat standoff: exact .txt bytes (CRLF), mapped label names, notes, discontinuous spans.

Also kept lines and bad .ann lines.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from annotator.errors import InputError
from annotator.formats import brat
from annotator.formats.registry import get
from annotator.model import Document, Span

FIXTURES = Path(__file__).parent / "fixtures"
TEXT = "زار محمد\r\nالقاهرة 😀\tx"


def sample() -> Document:
    return Document(
        "تقرير 1",
        TEXT,
        [Span(4, 8, "شخص", {"note": "check spelling"}), Span(10, 17, "LOC"), Span(4, 17, "مكان")],
        "done",
        "whole document",
        {"src": 1},
        {"k": [1]},
    )


def test_round_trip_keeps_text_bytes_spans_notes_and_document_fields(tmp_path: Path) -> None:
    doc = sample()
    report = brat.write([doc], tmp_path, {})
    assert (report.documents, report.spans, report.warnings) == (1, 3, [])
    [txt] = tmp_path.glob("*.txt")
    assert txt.read_bytes() == TEXT.encode("utf-8")  # CRLF kept, no BOM
    ann = txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines()
    assert ann == [
        "T1\tshkhs 4 8\tمحمد",
        "T2\tmkan 4 17\tمحمد  القاهرة",
        "T3\tLOC 10 17\tالقاهرة",
        "#1\tAnnotatorNotes T1\tcheck spelling",
    ]
    [back] = brat.read(tmp_path, {})
    assert back == doc
    assert back.spans[0].meta == {"brat_id": "T1", "note": "check spelling"}


def test_label_mapping_is_written_down_and_reversed_only_with_the_mapping_file(
    tmp_path: Path,
) -> None:
    brat.write([sample()], tmp_path, {})
    conf = (tmp_path / brat.CONF_FILE).read_text(encoding="utf-8")
    assert "#   shkhs = شخص" in conf and "#   mkan = مكان" in conf
    entities = conf.split("[entities]\n")[1].split("[relations]")[0].split()
    assert entities == ["shkhs", "mkan", "LOC"]
    mapping = json.loads((tmp_path / brat.MAPPING_FILE).read_text(encoding="utf-8"))
    assert mapping["labels"] == {"shkhs": "شخص", "mkan": "مكان"}
    (tmp_path / brat.MAPPING_FILE).unlink()
    [plain] = brat.read(tmp_path, {})
    assert sorted(s.label for s in plain.spans) == ["LOC", "mkan", "shkhs"]
    assert plain.status == "todo" and plain.note == ""


def test_mapped_names_never_collide() -> None:
    names = brat.TypeNames()
    assert [names(x) for x in ["شخص", "shkhs", "A B", "A_B", "شخص"]] == [
        "shkhs",
        "shkhs_2",
        "A_B",
        "A_B_2",
        "shkhs",
    ]
    assert names.mapped() == {"shkhs": "شخص", "shkhs_2": "shkhs", "A_B": "A B", "A_B_2": "A_B"}


def test_discontinuous_span_reads_as_fragments_and_is_written_back_whole(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("زار محمد القاهرة".encode())
    ann = (
        "T1\tPER 0 3;9 16\tزار القاهرة\n"
        "R1\tnear Arg1:T1 Arg2:T1\n"
        "#1\tAnnotatorNotes T1\tn\n"
        "#2\tAnnotatorNotes R1\tr\n"
    )
    (tmp_path / "a.ann").write_text(ann, encoding="utf-8")
    warnings: list = []
    [doc] = brat.read(tmp_path, {"warnings": warnings})
    assert [(s.key, s.meta) for s in doc.spans] == [
        ((0, 3, "PER"), {"brat_id": "T1", "fragment": 0, "note": "n"}),
        ((9, 16, "PER"), {"brat_id": "T1", "fragment": 1, "note": "n"}),
    ]
    assert doc.extra["brat"] == ["R1\tnear Arg1:T1 Arg2:T1", "#2\tAnnotatorNotes R1\tr"]
    assert len(warnings) == 1 and warnings[0].line == 1 and "discontinuous" in warnings[0].message
    out = tmp_path / "out"
    brat.write([doc], out, {})
    written = (out / "a.ann").read_text(encoding="utf-8").splitlines()
    assert written == [
        "T1\tPER 0 3;9 16\tزار القاهرة",
        "#3\tAnnotatorNotes T1\tn",
        "R1\tnear Arg1:T1 Arg2:T1",
        "#2\tAnnotatorNotes R1\tr",
    ]
    assert "near\tArg1:<ENTITY>, Arg2:<ENTITY>" in (out / brat.CONF_FILE).read_text(
        encoding="utf-8"
    )


def test_new_spans_get_fresh_ids_and_kept_ids_stay(tmp_path: Path) -> None:
    doc = Document(
        "d",
        "abc def ghi",
        [Span(0, 3, "A", {"brat_id": "T5"}), Span(4, 7, "B"), Span(8, 11, "C", {"brat_id": "T5"})],
    )
    brat.write([doc], tmp_path, {})
    assert (tmp_path / "d.ann").read_text(encoding="utf-8").splitlines() == [
        "T5\tA 0 3\tabc",
        "T6\tB 4 7\tdef",
        "T7\tC 8 11\tghi",
    ]


def test_a_bom_in_a_brat_txt_shifts_its_offsets_by_one(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + "زار محمد".encode())
    (tmp_path / "b.ann").write_text("T1\tPER 5 9\tمحمد\n", encoding="utf-8")
    [doc] = brat.read(tmp_path, {})
    assert doc.text == "زار محمد" and [s.key for s in doc.spans] == [(4, 8, "PER")]


def test_single_pair_path_and_native_jsonl_round_trip(tmp_path: Path) -> None:
    brat.write([sample()], tmp_path / "b", {})
    [ann] = (tmp_path / "b").glob("*.ann")
    [one] = brat.read(ann, {})
    native = tmp_path / "n.jsonl"
    get("jsonl").write([one], native, {})
    shutil.rmtree(tmp_path / "b")
    brat.write(get("jsonl").read(native, {}), tmp_path / "b", {})
    assert list(brat.read(tmp_path / "b", {})) == [sample()]


def test_writing_into_a_folder_with_other_documents_warns(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_text("x", encoding="utf-8")
    report = brat.write([sample()], tmp_path, {})
    assert len(report.warnings) == 1 and "old.txt" in report.warnings[0]


def test_bad_ann_lines_are_reported_with_file_and_line() -> None:
    with pytest.raises(InputError) as caught:
        list(brat.read(FIXTURES / "brat_bad", {}))
    found = {(Path(p.path).name, p.line): p.message for p in caught.value.problems}
    assert sorted(found) == [
        ("doc.ann", 2),
        ("doc.ann", 3),
        ("doc.ann", 4),
        ("doc.ann", 5),
        ("doc.ann", 6),
        ("orphan.ann", None),
    ]
    assert "outside the text" in found[("doc.ann", 2)]
    assert "drifted" in found[("doc.ann", 3)]
    assert "reversed" in found[("doc.ann", 4)]
    assert "without its .txt" in found[("orphan.ann", None)]


def nested_doc() -> Document:
    text = "جامعة القاهرة في مصر وبنك مصر الدولي"
    second = text.index("مصر", text.index("بنك"))
    bank = text.index("بنك")
    return Document(
        "d1",
        text,
        [
            Span(0, 13, "ORG"),
            Span(6, 13, "GPE"),  # GPE inside ORG: "GPE cannot be contained in ORG" without a rule
            Span(bank, len(text), "ORG"),
            Span(second, second + 3, "GPE"),
            Span(second, second + 3, "LOC"),  # the same text twice: equal
            Span(bank, second + 3, "X"),
            Span(second, len(text), "Y"),  # crosses X
        ],
    )


def test_annotation_conf_declares_exactly_the_overlaps_the_spans_hold(tmp_path: Path) -> None:
    """brat's verify_annotations (projectconfig.overlap_types) reads <OVERLAP> Arg1 as the
    inner type and Arg2 as the outer one for contain; equal and cross in either order."""
    out = tmp_path / "brat"
    report = brat.write([nested_doc()], out, {})
    conf = (out / "annotation.conf").read_text(encoding="utf-8").splitlines()
    rules = [line for line in conf if line.startswith("<OVERLAP>")]
    assert rules == [
        "<OVERLAP>\tArg1:GPE, Arg2:LOC, <OVL-TYPE>:equal",
        "<OVERLAP>\tArg1:GPE, Arg2:ORG, <OVL-TYPE>:contain",
        "<OVERLAP>\tArg1:GPE, Arg2:X, <OVL-TYPE>:contain",
        "<OVERLAP>\tArg1:GPE, Arg2:Y, <OVL-TYPE>:contain",
        "<OVERLAP>\tArg1:LOC, Arg2:ORG, <OVL-TYPE>:contain",
        "<OVERLAP>\tArg1:LOC, Arg2:X, <OVL-TYPE>:contain",
        "<OVERLAP>\tArg1:LOC, Arg2:Y, <OVL-TYPE>:contain",
        "<OVERLAP>\tArg1:X, Arg2:ORG, <OVL-TYPE>:contain",
        "<OVERLAP>\tArg1:X, Arg2:Y, <OVL-TYPE>:cross",
        "<OVERLAP>\tArg1:Y, Arg2:ORG, <OVL-TYPE>:contain",
    ]
    assert conf.index(rules[0]) > conf.index("[relations]") and conf.index("[events]") > conf.index(
        rules[-1]
    )
    assert report.summary == [
        (
            "annotation.conf allows the 10 kind(s) of overlap the spans hold (<OVERLAP> rules), "
            "so brat accepts them"
        )
    ]
    assert [s.key for s in next(brat.read(out, {})).spans] == [s.key for s in nested_doc().spans]


def test_annotation_conf_without_overlaps_has_no_overlap_rule(tmp_path: Path) -> None:
    doc = Document("d", "زار محمد القاهرة", [Span(4, 8, "PER"), Span(9, 16, "LOC")])
    report = brat.write([doc], tmp_path / "b", {})
    assert "<OVERLAP>" not in (tmp_path / "b" / "annotation.conf").read_text(encoding="utf-8")
    assert report.summary == []
