"""Suggestions: kept apart from spans, stored under their own key, edited with undo and journal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.edits import Compound, edit_from_json
from annotator.errors import InputError, SpanError
from annotator.model import Document, Span, Suggestion
from annotator.storage.corpus import Corpus
from annotator.storage.records import document_from_line, dumps_record
from annotator.suggestion_edits import (
    AcceptSuggestion,
    RejectSuggestion,
    SetSuggestions,
    accept_all,
    accept_suggestion,
    set_suggestions,
)

TEXT = "زار محمد الرباط والمغرب"
LOC = Suggestion(9, 15, "LOC", "gazetteer", 0.5)
PER = Suggestion(4, 8, "PER", "model")


def _doc() -> Document:
    return Document("d", TEXT, [Span(18, 23, "LOC")], suggestions=[LOC, PER])


def test_a_suggestion_is_checked_like_a_span() -> None:
    with pytest.raises(SpanError):
        Suggestion(3, 3, "LOC", "gazetteer")
    with pytest.raises(SpanError, match="source"):
        Suggestion(0, 3, "LOC", "")
    with pytest.raises(SpanError, match="score"):
        Suggestion(0, 3, "LOC", "model", "high")  # type: ignore[arg-type]
    with pytest.raises(SpanError):
        Document("d", "ab", suggestions=[Suggestion(0, 3, "LOC", "model")])


def test_records_round_trip_and_keep_extra_keys() -> None:
    doc = _doc()
    line = dumps_record(doc)
    record = json.loads(line)
    assert list(record)[:5] == ["id", "status", "text", "spans", "suggestions"]
    assert record["suggestions"][0] == {
        "source": "model",
        "start": 4,
        "end": 8,
        "label": "PER",
        "text": "محمد",
    }
    record["suggestions"][1]["why"] = "list v2"
    again = document_from_line(json.dumps(record, ensure_ascii=False), "c.jsonl", 3)
    assert again == doc and again.suggestions[1].meta == {"why": "list v2"}
    assert again.suggestions[1].score == 0.5 and again.spans == doc.spans
    assert "suggestions" not in again.extra
    assert "why" in dumps_record(again)


@pytest.mark.parametrize(
    ("suggestion", "message"),
    [
        ({"source": "g", "start": 4, "end": 8, "label": "PER", "text": "الرباط"}, "differs"),
        ({"start": 4, "end": 8, "label": "PER"}, '"source"'),
        ({"source": "g", "start": 4, "end": 99, "label": "PER"}, "out of range"),
        ({"source": "g", "start": 4, "end": 8, "label": "PER", "score": "x"}, "score"),
    ],
)
def test_bad_suggestions_name_the_line(suggestion: dict[str, object], message: str) -> None:
    line = json.dumps({"id": "d", "text": TEXT, "suggestions": [suggestion]}, ensure_ascii=False)
    with pytest.raises(InputError, match=message) as caught:
        document_from_line(line, "c.jsonl", 7)
    assert str(caught.value).startswith("c.jsonl:7:")


def test_suggestions_are_not_spans() -> None:
    doc = _doc()
    effect = AcceptSuggestion(LOC).apply(doc)
    assert effect.label_delta() == {"LOC": 1} and effect.unsuggested == (LOC,)
    assert RejectSuggestion(PER).apply(doc).label_delta() == {}
    assert [s.key for s in doc.spans] == [(9, 15, "LOC"), (18, 23, "LOC")]
    assert doc.suggestions == []


@pytest.mark.parametrize(
    "edit",
    [
        AcceptSuggestion(LOC),
        RejectSuggestion(PER),
        SetSuggestions("model", (PER,), (Suggestion(0, 3, "PER", "model"),)),
        Compound((AcceptSuggestion(PER), RejectSuggestion(LOC)), "two"),
    ],
)
def test_every_suggestion_edit_has_an_inverse_and_a_journal_form(edit: object) -> None:
    doc, before = _doc(), _doc()
    replayed = edit_from_json(json.loads(json.dumps(edit.to_json())))  # type: ignore[attr-defined]
    assert replayed == edit
    effect = replayed.apply(doc)
    assert doc != before and (effect.suggestions_changed or effect.spans_changed)
    replayed.inverse().apply(doc)
    assert doc == before


def test_sources_never_overwrite_annotations() -> None:
    doc = _doc()
    over = Suggestion(16, 23, "ORG", "gazetteer")  # overlaps the LOC span والمغرب
    edit = set_suggestions(doc, "gazetteer", [LOC, over, LOC])
    assert edit is None  # only LOC fits, and it is there already
    doc.insert_span(Span(5, 8, "X"))
    with pytest.raises(SpanError, match="never overwrite"):
        accept_suggestion(doc, PER, allow_overlap=False)
    assert isinstance(accept_suggestion(doc, PER, allow_overlap=True), AcceptSuggestion)


def test_accept_all_skips_what_would_overlap() -> None:
    doc = _doc()
    doc.insert_suggestion(Suggestion(4, 15, "ORG", "model"))  # overlaps both others
    doc.insert_suggestion(Suggestion(9, 15, "LOC", "model"))  # same span as LOC from gazetteer
    edit, skipped = accept_all(doc, allow_overlap=False)
    edit.apply(doc)
    assert [s.key for s in doc.spans] == [(4, 15, "ORG"), (18, 23, "LOC")]
    assert {s.key for s in skipped} == {PER.key, LOC.key, (9, 15, "LOC", "model")}


def test_through_a_corpus_journal_undo_and_save(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(dumps_record(Document("d", TEXT)) + "\n", encoding="utf-8")
    with Corpus.open(path) as corpus:
        edit = set_suggestions(corpus[0], "gazetteer", [LOC])
        assert edit is not None
        changes = corpus.apply(0, edit)
        assert changes.suggestions_changed(0) and not changes.label_delta()
    with Corpus.open(path) as corpus:  # not saved: the journal brings it back
        assert corpus.recovered_edits == 1 and corpus[0].suggestions == [LOC]
        corpus.apply(0, accept_suggestion(corpus[0], LOC, allow_overlap=False))
        assert corpus[0].spans == [LOC.span] and corpus[0].suggestions == []
        corpus.undo()
        assert corpus[0].suggestions == [LOC] and corpus[0].spans == []
        corpus.save()
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["spans"] == [] and record["suggestions"][0]["label"] == "LOC"
