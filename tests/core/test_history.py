"""One edit path: change sets and transactions over documents.

Undo/redo owned by the core; listeners that fail.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.edits import (
    AddSpan,
    Compound,
    RelabelSpan,
    RemoveSpan,
    ResizeSpan,
    SetNote,
    SetStatus,
)
from annotator.effects import Effect
from annotator.errors import SpanError
from annotator.history import ChangeSet, History, Step, Transaction
from annotator.model import Document, Span
from annotator.schema import LabelSchema
from annotator.span_rules import add_spans, relabel_all, resize_span
from annotator.storage.corpus import Corpus

TEXT = "زار محمد القاهرة"


def _corpus_file(path: Path, *texts: str) -> Path:
    lines = [
        json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_every_edit_reports_what_it_did() -> None:
    doc = Document("d", TEXT)
    a, b = Span(4, 8, "PERS"), Span(9, 16, "LOC")
    assert AddSpan(a).apply(doc) == Effect(added=(a,))
    assert RelabelSpan(a, "ORG").apply(doc) == Effect(added=(a.with_label("ORG"),), removed=(a,))
    assert ResizeSpan(a.with_label("ORG"), 4, 16).apply(doc).added == (Span(4, 16, "ORG"),)
    assert AddSpan(b, (Span(4, 16, "ORG"),)).apply(doc) == Effect((b,), (Span(4, 16, "ORG"),))
    assert SetStatus("todo", "done").apply(doc) == Effect(status=("todo", "done"))
    assert SetNote("", "x").apply(doc) == Effect(note=("", "x"))
    assert RemoveSpan(b).apply(doc) == Effect(removed=(b,))


def test_a_compound_edit_is_all_or_nothing_and_nets_its_effect() -> None:
    doc = Document("d", TEXT)
    a, b = Span(4, 8, "PERS"), Span(9, 16, "LOC")
    both = Compound((AddSpan(a), AddSpan(b), RemoveSpan(a)), "two")
    assert both.apply(doc) == Effect(added=(b,))
    assert doc.spans == [b]
    broken = Compound((RemoveSpan(b), RemoveSpan(a)), "a is gone already")
    with pytest.raises(SpanError):
        broken.apply(doc)
    assert doc.spans == [b]  # the first half was rolled back
    both.inverse().apply(doc)
    assert doc.spans == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 14), st.integers(1, 4), st.sampled_from("AB"))))
def test_add_spans_without_overlap_never_overlaps_and_counts_what_it_skips(raw) -> None:
    doc = Document("d", TEXT, [Span(4, 8, "A")])
    wanted = [Span(s, min(s + n, len(TEXT)), lab) for s, n, lab in raw]
    edit, skipped = add_spans(doc, wanted, allow_overlap=False, description="label all")
    effect = edit.apply(doc)
    assert len(effect.added) + len(skipped) == len(wanted)
    for x, y in zip(doc.spans, doc.spans[1:], strict=False):
        assert not x.overlaps(y)


def test_relabel_all_merges_into_existing_spans() -> None:
    doc = Document("d", TEXT, [Span(4, 8, "PER"), Span(4, 8, "PERS"), Span(9, 16, "PER")])
    effect = relabel_all(doc, "PER", "PERS").apply(doc)
    assert [s.key for s in doc.spans] == [(4, 8, "PERS"), (9, 16, "PERS")]
    assert effect.label_delta() == {"PER": -2, "PERS": 1}


def test_resizing_into_another_span_is_refused_by_the_core(tmp_path: Path) -> None:
    doc = Document("d", TEXT, [Span(4, 8, "PERS"), Span(9, 16, "LOC")])
    with pytest.raises(SpanError, match="overlap"):
        resize_span(doc, doc.spans[0], 4, 12, allow_overlap=False)
    assert resize_span(doc, doc.spans[0], 4, 12, allow_overlap=True).result == Span(4, 12, "PERS")
    path = _corpus_file(tmp_path / "c.jsonl", TEXT)
    with Corpus.open(path) as corpus:
        corpus.apply(0, AddSpan(Span(4, 8, "PERS")))
        corpus.apply(0, AddSpan(Span(9, 16, "LOC")))
        with pytest.raises(SpanError, match="overlap"):  # even an edit made by hand
            corpus.apply(0, ResizeSpan(Span(4, 8, "PERS"), 4, 12))
        assert [s.key for s in corpus[0].spans] == [(4, 8, "PERS"), (9, 16, "LOC")]
        assert len(corpus.history) == 2


def test_a_failing_listener_never_takes_back_an_edit(tmp_path: Path) -> None:
    path = _corpus_file(tmp_path / "c.jsonl", TEXT)
    heard: list[ChangeSet] = []
    failures: list[BaseException] = []

    def broken(changes: ChangeSet) -> None:
        raise RuntimeError("panel broke")

    with Corpus.open(path) as corpus:
        corpus.add_listener(broken)
        corpus.add_listener(heard.append)  # the next listener still runs
        corpus.listener_failed = failures.append
        changes = corpus.apply(0, AddSpan(Span(4, 8, "PERS")))
        assert [str(f) for f in failures] == ["panel broke"]
        assert heard == [changes] and corpus[0].spans == [Span(4, 8, "PERS")]
        assert corpus.history.can_undo and corpus.history.undo_text() == "Label PERS"
        undone = corpus.undo()  # ... so it can be undone
        assert undone is not None and undone.origin == "undo"
        assert corpus[0].spans == [] and len(failures) == 2
        journal = corpus.journal.path.read_text(encoding="utf-8").splitlines()
        assert len(journal) == 3  # header, the edit, its undo


def test_an_undo_the_core_refuses_keeps_the_history(tmp_path: Path) -> None:
    path = _corpus_file(tmp_path / "c.jsonl", TEXT)
    with Corpus.open(path) as corpus:
        corpus.apply(0, SetNote("", "one"))
        corpus.apply(0, AddSpan(Span(4, 8, "PERS")))
        corpus[0].spans.clear()  # someone broke the document behind the corpus's back
        with pytest.raises(SpanError):
            corpus.undo()
        assert len(corpus.history) == 2 and corpus.history.position == 2
        corpus[0].insert_span(Span(4, 8, "PERS"))
        corpus.undo()
        corpus.undo()
        assert corpus[0].note == "" and corpus[0].spans == []
        corpus.redo()
        assert corpus[0].note == "one"
        assert corpus.history.can_redo and corpus.history.redo_text() == "Label PERS"


def test_a_transaction_over_documents_is_one_journal_line_and_one_undo(tmp_path: Path) -> None:
    path = _corpus_file(tmp_path / "c.jsonl", TEXT, "محمد في القاهرة", "no match")
    with Corpus.open(path) as corpus:
        changes = corpus.apply_steps(
            [(0, AddSpan(Span(4, 8, "PERS"))), (1, AddSpan(Span(0, 4, "PERS")))], "Label all"
        )
        assert changes.documents == [0, 1] and changes.label_delta() == {"PERS": 2}
        lines = corpus.journal.path.read_text(encoding="utf-8").splitlines()
        assert len(lines) == 2 and len(json.loads(lines[1])["steps"]) == 2
        with pytest.raises(SpanError):  # one step fails: none applies, nothing journalled
            corpus.apply_steps(
                [(2, AddSpan(Span(0, 2, "LOC"))), (0, RemoveSpan(Span(0, 3, "LOC")))], "bad"
            )
        assert corpus[2].spans == [] and len(corpus.history) == 1
    with Corpus.open(path) as again:  # replayed from the journal after a close without saving
        assert again.recovered_edits == 1
        assert [len(again[i].spans) for i in range(3)] == [1, 1, 0]
        assert again.modified
        again.save()
        assert not again.modified


def test_status_counts_follow_change_sets_without_a_recount(tmp_path: Path) -> None:
    path = _corpus_file(tmp_path / "c.jsonl", TEXT, TEXT)
    with Corpus.open(path) as corpus:
        assert corpus.status_counts()["todo"] == 2
        corpus.apply(0, SetStatus("todo", "done"))
        corpus.undo()
        corpus.redo()
        assert corpus.status_counts()["todo"] == 1 and corpus.status_counts()["done"] == 1


def test_note_bursts_merge_into_one_undo_step_but_not_across_a_save() -> None:
    history = History()

    def note(old: str, new: str) -> Transaction:
        return Transaction((Step(0, "d", SetNote(old, new)),), "Edit note")

    history.record(note("", "a"))
    history.record(note("a", "ab"))
    assert len(history) == 1 and history.next_undo() == note("", "ab")
    history.mark_clean()
    history.record(note("ab", "abc"))
    assert len(history) == 2 and not history.is_clean


def test_history_is_bounded_and_forgets_an_unreachable_save() -> None:
    history = History(limit=3)
    step = Transaction((Step(0, "d", SetStatus("todo", "done")),), "x")
    history.record(step)
    history.mark_clean()  # saved after the first step
    for _ in range(3):
        history.record(step)
    assert len(history) == 3 and history.position == 3 and not history.is_clean
    for _ in range(3):
        history.undone()
    assert history.is_clean  # the oldest kept step starts from the saved state
    history.record(step)
    history.mark_clean()
    history.undone()
    history.record(step)  # the saved state was on the redo branch just dropped
    seen = [history.is_clean]
    while history.can_undo:
        history.undone()
        seen.append(history.is_clean)
    assert not any(seen)


def test_schema_overlap_allowed_lets_spans_nest(tmp_path: Path) -> None:
    path = _corpus_file(tmp_path / "c.jsonl", TEXT)
    schema = LabelSchema.default()
    schema.allow_overlap = True
    with Corpus.open(path, labels=schema) as corpus:
        corpus.apply(0, AddSpan(Span(4, 16, "PERS")))
        corpus.apply(0, AddSpan(Span(9, 16, "LOC")))
        assert len(corpus[0].spans) == 2
