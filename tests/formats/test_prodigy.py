"""Prodigy JSONL: the real db-out sample (373 tasks, 303 spans, one ignore) and our own tasks.

Also bad lines.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.commands.cli import main
from annotator.errors import AnnotatorError, InputError
from annotator.formats import prodigy
from annotator.formats.registry import get
from annotator.model import Document, Span
from annotator.text.tokenize import tokenize
from tests.conftest import DATA

SAMPLE = (
    DATA / "format-samples" / "prodigy" / "annotated_news_headlines-ORG-PERSON-LOCATION-ner.jsonl"
)
FIXTURES = Path(__file__).parent / "fixtures"
TEXT = "زار محمد القاهرة"


def lines(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def test_real_sample_keeps_every_task_and_span_and_the_ignored_one() -> None:
    docs = list(prodigy.read(SAMPLE, {}))
    assert len(docs) == 373
    assert sum(len(d.spans) for d in docs) == 303
    assert [d.status for d in docs].count("done") == 372
    [ignored] = [d for d in docs if d.status == "skipped"]
    assert ignored.extra["answer"] == "ignore" and ignored.text.startswith("The New Japan Inc.")
    first = docs[0]
    assert [(s.key, first.span_text(s)) for s in first.spans] == [
        ((0, 4, "ORG"), "Uber"),
        ((15, 29, "LOCATION"), "Silicon Valley"),
    ]
    assert first.extra["_input_hash"] == 1886699658 and first.meta == {
        "source": "The New York Times"
    }


def test_real_sample_written_back_keeps_hashes_answers_tokens_and_token_indices(
    tmp_path: Path,
) -> None:
    out = tmp_path / "back.jsonl"
    report = prodigy.write(prodigy.read(SAMPLE, {}), out, {})
    assert (report.documents, report.spans, report.warnings) == (373, 303, [])
    for orig, new in zip(lines(SAMPLE), lines(out), strict=True):
        for key in ("text", "meta", "_input_hash", "_task_hash", "_view_id", "answer", "tokens"):
            assert new[key] == orig[key], key
        strip = [{k: v for k, v in s.items() if k != "text"} for s in new["spans"]]
        assert strip == [{k: v for k, v in s.items() if k != "text"} for s in orig.get("spans", [])]
        assert all(new["text"][s["start"] : s["end"]] == s["text"] for s in new["spans"])


def test_real_sample_through_native_jsonl_and_back(tmp_path: Path) -> None:
    native = tmp_path / "corpus.jsonl"
    get("jsonl").write(prodigy.read(SAMPLE, {}), native, {})
    via_native, direct = tmp_path / "via.jsonl", tmp_path / "direct.jsonl"
    prodigy.write(get("jsonl").read(native, {}), via_native, {})
    prodigy.write(prodigy.read(SAMPLE, {}), direct, {})
    assert via_native.read_bytes() == direct.read_bytes()
    assert list(prodigy.read(via_native, {})) == list(prodigy.read(SAMPLE, {}))


def test_our_documents_get_tokens_with_ws_inclusive_token_end_and_stable_hashes(
    tmp_path: Path,
) -> None:
    doc = Document("d1", TEXT + "، 2024", [Span(0, 8, "X"), Span(9, 16, "LOC")], "done")
    out = tmp_path / "p.jsonl"
    prodigy.write([doc], out, {})
    [task] = lines(out)
    assert [(t["start"], t["end"]) for t in task["tokens"]] == [
        (t.start, t.end) for t in tokenize(doc.text)
    ]
    assert [t["ws"] for t in task["tokens"]] == [True, True, False, True, False]
    assert [(s["token_start"], s["token_end"], s["text"]) for s in task["spans"]] == [
        (0, 1, "زار محمد"),
        (2, 2, "القاهرة"),
    ]
    assert task["answer"] == "accept" and task["_view_id"] == "ner_manual"
    assert task["_input_hash"] == prodigy.input_hash(doc.text)
    assert task["_task_hash"] == prodigy.task_hash(doc.text, doc.spans)
    assert -(2**31) <= task["_input_hash"] < 2**31
    assert prodigy.task_hash(doc.text, doc.spans[:1]) != task["_task_hash"]
    assert list(prodigy.read(out, {})) == [
        Document(
            "d1",
            doc.text,
            doc.spans,
            "done",
            extra={
                k: task[k] for k in ("_input_hash", "_task_hash", "tokens", "_view_id", "answer")
            },
        )
    ]


def test_status_change_changes_the_answer_and_todo_writes_none(tmp_path: Path) -> None:
    docs = list(prodigy.read(SAMPLE, {}))[:3]
    docs[0].status, docs[1].status, docs[2].status = "skipped", "flagged", "todo"
    out = tmp_path / "s.jsonl"
    prodigy.write(docs, out, {})
    assert [t.get("answer") for t in lines(out)] == ["ignore", "reject", None]


def _indexed(task: dict) -> list[tuple[str, str]]:
    """Each span's text and the text its token indices cover (token_end inclusive)."""
    tokens = task["tokens"]
    return [
        (
            task["text"][s["start"] : s["end"]],
            task["text"][tokens[s["token_start"]]["start"] : tokens[s["token_end"]]["end"]],
        )
        for s in task["spans"]
    ]


def test_a_span_leaving_out_a_clitic_splits_the_token_and_keeps_its_indices(
    tmp_path: Path,
) -> None:
    text = "وصل بالرياض والمغرب"
    doc = Document("d", text, [Span(5, 11, "LOC"), Span(13, 19, "LOC")])  # ب and و left out
    out = tmp_path / "cut.jsonl"
    report = prodigy.write([doc], out, {})
    [task] = lines(out)
    assert [t["text"] for t in task["tokens"]] == ["وصل", "ب", "الرياض", "و", "المغرب"]
    assert [t["ws"] for t in task["tokens"]] == [True, False, True, False, False]
    assert _indexed(task) == [("الرياض", "الرياض"), ("المغرب", "المغرب")]
    assert report.summary[0].startswith("2 token(s) split at span edges")
    assert [s.key for s in next(prodigy.read(out, {})).spans] == [s.key for s in doc.spans]


def test_white_space_at_a_span_edge_becomes_a_token_of_its_own(tmp_path: Path) -> None:
    text = "زار  محمد"
    doc = Document("d", text, [Span(4, 9, "PER")])  # the second space is in the span
    out = tmp_path / "ws.jsonl"
    prodigy.write([doc], out, {})
    [task] = lines(out)
    assert [t["text"] for t in task["tokens"]] == ["زار", " ", "محمد"]
    assert _indexed(task) == [(" محمد", " محمد")]


def test_prodigy_tokens_are_kept_when_every_span_is_on_them(tmp_path: Path) -> None:
    docs = list(prodigy.read(SAMPLE, {}))[:20]
    out = tmp_path / "same.jsonl"
    report = prodigy.write(docs, out, {})
    assert report.warnings == []
    originals = [json.loads(x) for x in SAMPLE.read_text(encoding="utf-8").splitlines()[:20]]
    assert [t["tokens"] for t in lines(out)] == [t["tokens"] for t in originals]


def test_cut_fail_stops_the_prodigy_export_naming_the_span(tmp_path: Path) -> None:
    doc = Document("tweet-3", "وصل بالرياض", [Span(5, 11, "LOC")])
    with pytest.raises(AnnotatorError, match=r"tweet-3.*\[5, 11\) LOC 'الرياض'"):
        prodigy.write([doc], tmp_path / "x.jsonl", {"cut": "fail"})


@pytest.mark.parametrize("name", ["Damascus.txt", "Ibn_Tolun_Mosque.txt"])
def test_aqmar_through_jsonl_to_prodigy_keeps_token_indices_on_every_span(
    tmp_path: Path, name: str
) -> None:
    """AQMAR tokens with bidi marks (Damascus.txt line 2393, Ibn_Tolun_Mosque.txt line 643)."""
    native, out = tmp_path / "a.jsonl", tmp_path / "a.prodigy.jsonl"
    assert main(["convert", str(DATA / "aqmar" / name), str(native), "--from", "conll"]) == 0
    docs = list(get("jsonl").read(native, {}))
    marked = [d for d in docs if "\u200f" in d.text or "\u200e" in d.text]
    assert marked  # the marks are in the text, inside the CoNLL tokens
    shrunk = 0
    for doc in docs:  # leave out a clitic: shrink spans that start with و, ب or ال
        for i, span in enumerate(doc.spans):
            if doc.span_text(span)[0] in "وب" and span.end - span.start > 2:
                doc.spans[i] = Span(span.start + 1, span.end, span.label)
                shrunk += 1
    assert shrunk
    get("jsonl").write(docs, native, {})
    assert main(["convert", str(native), str(out), "--to", "prodigy"]) == 0
    tasks = lines(out)
    assert sum(len(t["spans"]) for t in tasks) == sum(len(d.spans) for d in docs)
    for task in tasks:
        for span in task["spans"]:
            assert "token_start" in span and "token_end" in span
        assert all(a == b for a, b in _indexed(task))
    by_text = {t["text"]: t for t in tasks}
    for doc in marked:  # the CoNLL file's own tokens (split at most): marks stay inside them
        written = [t["text"] for t in by_text[doc.text]["tokens"]]
        record = doc.extra["conll"]["tokens"]
        assert "".join(written) == "".join(record)
        marks_only = sorted(t for t in record if not t.strip("\u200e\u200f"))
        assert sorted(t for t in written if not t.strip("\u200e\u200f")) == marks_only


def test_every_bad_line_is_reported_with_its_number() -> None:
    with pytest.raises(InputError) as caught:
        list(prodigy.read(FIXTURES / "prodigy_bad.jsonl", {}))
    by_line = {p.line: p.message for p in caught.value.problems}
    assert sorted(by_line) == [2, 3, 4, 5, 6, 7, 8, 9]
    assert "tokens[2]" in by_line[2] and "drifted" in by_line[2]
    assert "token_start/token_end 2..2" in by_line[3]
    assert "drift by -4" in by_line[4]
    assert "outside the text" in by_line[5]
    assert "no text" in by_line[6]
    assert "invalid JSON" in by_line[7]


def test_an_unknown_answer_is_kept_and_reported(tmp_path: Path) -> None:
    src = tmp_path / "odd.jsonl"
    src.write_text(json.dumps({"text": "abc", "answer": ["maybe"]}) + "\n", encoding="utf-8")
    warnings: list = []
    [doc] = prodigy.read(src, {"warnings": warnings})
    assert doc.status == "todo" and doc.extra["answer"] == ["maybe"]
    assert [(w.line, "unknown answer" in w.message) for w in warnings] == [(1, True)]
    out = tmp_path / "out.jsonl"
    prodigy.write([doc], out, {})
    assert lines(out)[0]["answer"] == ["maybe"]
