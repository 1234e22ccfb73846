"""Who did what: span authors ("by"), the document's "changed" stamp, carried through edits."""

from __future__ import annotations

import json
import re
from pathlib import Path

from annotator.edits import AddSpan, RemoveSpan, SetField, SetStatus, edit_from_json
from annotator.model import Document, Span
from annotator.storage.corpus import Corpus
from annotator.storage.records import _fast_fields, document_from_line, dumps_record

TEXT = "زار محمد القاهرة"
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def _file(path: Path) -> Path:
    rec = {"id": "d0", "status": "todo", "text": TEXT, "spans": [], "meta": {}}
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_span_author_is_read_on_the_fast_path_and_written_back() -> None:
    line = json.dumps(
        {
            "id": "d",
            "status": "done",
            "text": TEXT,
            "spans": [{"start": 4, "end": 8, "label": "PER", "text": "محمد", "by": "sara"}],
        },
        ensure_ascii=False,
    )
    assert _fast_fields(json.loads(line), 1) is not None  # "by" keeps the fast path
    doc = document_from_line(line.encode(), "f.jsonl", 1)
    assert doc.spans[0].by == "sara"
    written = json.loads(dumps_record(doc))
    assert written["by"] == "sara" and "by" not in written["spans"][0]  # said once
    assert document_from_line(dumps_record(doc), "f.jsonl", 1).spans[0].by == "sara"
    plain = document_from_line(line.replace(', "by": "sara"', "").encode(), "f.jsonl", 1)
    assert plain.spans[0].by is None and "by" not in dumps_record(plain)


def test_other_span_keys_beside_the_author_are_kept() -> None:
    raw = {"start": 4, "end": 8, "label": "PER", "by": "sara", "score": 0.5}
    line = json.dumps({"id": "d", "text": TEXT, "spans": [raw]}, ensure_ascii=False)
    doc = document_from_line(line, "f.jsonl", 1)
    assert dict(doc.spans[0].meta or {}) == {"by": "sara", "score": 0.5}


def test_authored_span_keeps_its_meta() -> None:
    span = Span(4, 8, "PER", {"score": 1}).authored("omar")
    assert span.by == "omar" and span.meta == {"score": 1, "by": "omar"}
    assert Span(4, 8, "PER").authored(None).meta is None


def test_corpus_stamps_each_document_it_changes_and_undo_restores(tmp_path: Path) -> None:
    corpus = Corpus.open(_file(tmp_path / "c.jsonl"))
    corpus.annotator = "sara"
    corpus.apply(0, AddSpan(Span(4, 8, "PER").authored("sara")))
    stamp = corpus[0].extra["changed"]
    assert stamp["by"] == "sara" and ISO.match(stamp["at"])
    assert corpus[0].changed == ("sara", stamp["at"])
    assert corpus.history.undo_text() == "Label PER"  # the stamp adds no menu text
    corpus.undo()
    assert "changed" not in corpus[0].extra  # undo: the document is as it was, stamp too
    corpus.redo()
    assert corpus[0].extra["changed"] == stamp  # redo: the edit's own stamp
    corpus.annotator = "omar"
    corpus.apply(0, SetStatus("todo", "done"))
    assert corpus[0].changed is not None and corpus[0].changed[0] == "omar"
    corpus.undo()
    assert corpus[0].extra["changed"] == stamp  # the previous stamp, not none
    corpus.save()
    corpus.close()
    raw = (tmp_path / "c.jsonl").read_text(encoding="utf-8")
    line = json.loads(raw)
    assert line["changed"] == stamp
    assert '"by": "sara"' in raw and raw.count('"by"') == 1  # only in the stamp: it implies
    assert document_from_line(raw.strip(), "c.jsonl", 1).spans[0].by == "sara"


def test_stamps_are_journalled_and_replayed(tmp_path: Path) -> None:
    path = _file(tmp_path / "c.jsonl")
    corpus = Corpus.open(path)
    corpus.annotator = "sara"
    corpus.apply(0, AddSpan(Span(0, 3, "LOC")))
    corpus.close()  # unsaved: the journal holds it
    again = Corpus.open(path)
    assert again.recovered_edits == 1
    assert again[0].changed is not None and again[0].changed[0] == "sara"
    again.close(discard=True)


def test_without_a_name_nothing_is_stamped(tmp_path: Path) -> None:
    corpus = Corpus.open(_file(tmp_path / "c.jsonl"))
    corpus.apply(0, AddSpan(Span(0, 3, "LOC")))
    corpus.apply(0, RemoveSpan(Span(0, 3, "LOC")))
    assert "changed" not in corpus[0].extra
    corpus.close(discard=True)


def test_set_field_round_trips_through_json() -> None:
    edit = SetField("changed", None, {"by": "a", "at": "2026-01-01T00:00:00Z"})
    assert edit_from_json(edit.to_json()) == edit
    assert edit.inverse() == SetField("changed", edit.new, None)


def _round_trip(spans: list[Span], changed_by: str | None) -> tuple[dict, list[str | None]]:
    extra = {"changed": {"by": changed_by, "at": "2026-12-01T00:00:00Z"}} if changed_by else {}
    doc = Document("d", TEXT, spans, extra=extra)
    line = dumps_record(doc)
    back = document_from_line(line, "f.jsonl", 1)
    unsorted = json.loads(line)
    unsorted["spans"].reverse()  # not the shape we write: read by the general path
    assert _fast_fields(unsorted, 1) is None or len(spans) < 2
    general = document_from_line(json.dumps(unsorted, ensure_ascii=False), "f", 1)
    assert [s.by for s in general.spans] == [s.by for s in back.spans]
    return json.loads(line), [s.by for s in back.spans]


def test_authors_are_said_once_and_read_back_exactly() -> None:
    a, b, c = Span(0, 3, "LOC"), Span(4, 8, "PER"), Span(9, 16, "LOC")
    rec, back = _round_trip([a.authored("sara"), b.authored("sara"), c.authored("omar")], "sara")
    assert "by" not in rec and [s.get("by") for s in rec["spans"]] == [None, None, "omar"]
    assert back == ["sara", "sara", "omar"]
    rec, back = _round_trip([a.authored("sara"), b.authored("sara"), c], "omar")
    assert rec["by"] == "sara" and rec["spans"][2]["by"] is None
    assert back == ["sara", "sara", None]
    rec, back = _round_trip([a, b], "omar")
    assert rec["by"] is None and back == [None, None]
    rec, back = _round_trip([a, b], None)
    assert "by" not in rec and back == [None, None]
