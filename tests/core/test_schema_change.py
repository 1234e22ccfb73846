"""Editing a corpus's label schema: renamed spans in one undo step, nothing lost, saved on save."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from annotator.app.actions import ACTIONS, effective_keys, overrides_from
from annotator.errors import SchemaError
from annotator.model import Document, Span
from annotator.schema import Label, LabelSchema
from annotator.storage.corpus import Corpus
from annotator.storage.records import dumps_record
from annotator.storage.schema_change import (
    change_schema,
    check_renames,
    rename_steps,
    set_direction,
)


@pytest.fixture
def corpus(tmp_path: Path):
    docs = [
        Document("a", "زار محمد القاهرة", [Span(4, 8, "PERS"), Span(9, 16, "LOC")]),
        Document("b", "no spans here"),
        Document("c", "محمد في الرباط", [Span(0, 4, "PERS"), Span(8, 14, "LOC")]),
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(dumps_record(d) + "\n" for d in docs), encoding="utf-8")
    opened = Corpus.open(path)
    yield opened
    opened.close()


def _renamed(labels: list[Label], old: str, new: str) -> list[Label]:
    return [replace(x, name=new) if x.name == old else x for x in labels]


def test_renaming_a_label_renames_its_spans_everywhere_as_one_undo_step(corpus) -> None:
    labels = _renamed(corpus.schema.labels, "PERS", "PER")
    seen: list[tuple[int, int]] = []
    result = change_schema(
        corpus, labels, {"PERS": "PER"}, progress=lambda done, total: seen.append((done, total))
    )
    assert result.applied and result.renamed_spans == 2
    assert seen[-1] == (3, 3)
    assert [s.label for s in corpus[0].spans] == ["PER", "LOC"]
    assert [s.label for s in corpus[2].spans] == ["PER", "LOC"]
    assert corpus.schema.names[0] == "PER" and "PERS" not in corpus.schema.names
    assert corpus.schema.labels[0].color == labels[0].color
    assert corpus.schema_changed
    assert corpus.history.undo_text() == "Rename PERS → PER"
    corpus.undo()  # one step takes every document back
    assert [s.label for s in corpus[0].spans] == ["PERS", "LOC"]
    assert [s.label for s in corpus[2].spans] == ["PERS", "LOC"]
    assert "PERS" in corpus.schema.names  # the spans' label comes back, never dropped


def test_the_schema_file_is_written_on_save(corpus) -> None:
    labels = list(corpus.schema.labels)
    labels[1] = replace(labels[1], color="#123456", description="Organisations")
    labels.reverse()
    assert change_schema(corpus, labels, {}).changes is None
    corpus.save()
    saved = LabelSchema.load(corpus.schema_path)
    assert saved.names == [x.name for x in labels]
    assert saved.by_name(labels[-2].name).color == "#123456"


def test_cancel_changes_nothing(corpus) -> None:
    labels = _renamed(corpus.schema.labels, "LOC", "PLACE")
    before = list(corpus.schema.labels)
    corpus.save()  # the default schema is written: nothing left to save
    assert not change_schema(corpus, labels, {"LOC": "PLACE"}, cancelled=lambda: True).applied
    assert corpus.schema.labels == before and not corpus.dirty and not corpus.schema_changed


def test_invalid_edits_are_refused_before_anything_changes(corpus) -> None:
    old = list(corpus.schema.labels)
    with pytest.raises(SchemaError, match="dropped"):
        change_schema(corpus, old[1:], {})
    with pytest.raises(SchemaError, match="defined twice"):
        change_schema(corpus, [*old, old[0]], {})
    swap = _renamed(_renamed(old, "PERS", "TMP"), "LOC", "PERS")
    with pytest.raises(SchemaError, match="two steps"):
        check_renames(old, swap, {"PERS": "TMP", "LOC": "PERS"})
    assert corpus.schema.labels == old and not corpus.dirty


def test_rename_steps_merge_into_existing_spans(tmp_path: Path) -> None:
    doc = Document("x", "abc def", [Span(0, 3, "A"), Span(0, 3, "B"), Span(4, 7, "A")])
    path = tmp_path / "m.jsonl"
    path.write_text(dumps_record(doc) + "\n", encoding="utf-8")
    with Corpus.open(path, labels=LabelSchema([], allow_overlap=True)) as corpus:
        steps = rename_steps(corpus, {"A": "B"})
        assert steps is not None and len(steps) == 1
        corpus.apply_steps(steps, "merge")
        assert [s.key for s in corpus[0].spans] == [(0, 3, "B"), (4, 7, "B")]


def test_shortcut_overrides_keep_only_what_differs() -> None:
    keys = {a.id: list(a.keys) for a in ACTIONS}
    assert overrides_from(keys) == {}
    keys["annotator.file.save"] = ["ctrl+shift+s"]
    keys["annotator.edit.redo"] = ["Ctrl+Shift+Z", "Ctrl+Y"]
    keys["annotator.help.about"] = [""]
    assert overrides_from(keys) == {"annotator.file.save": ["ctrl+shift+s"]}
    assert effective_keys(overrides_from(keys))["annotator.file.save"] == ("ctrl+shift+s",)
    keys["annotator.span.choose_label"] = []
    assert overrides_from(keys)["annotator.span.choose_label"] == []


def test_the_direction_mode_is_kept_in_the_schema_file(corpus) -> None:
    corpus.save()  # a corpus opened without a schema file writes one on its first save
    assert corpus.schema.direction == "first"
    assert not set_direction(corpus, "first")
    assert not corpus.schema_changed
    assert set_direction(corpus, "majority")
    assert corpus.schema_changed and corpus.schema.direction == "majority"
    with pytest.raises(SchemaError):
        set_direction(corpus, "sideways")
    corpus.save()
    assert not corpus.schema_changed
    assert LabelSchema.load(corpus.schema_path).direction == "majority"
