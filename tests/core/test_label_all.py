"""Label all occurrences and rename a label across a corpus (one undo step each); the schema
of a corpus without a schema file comes from its data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.model import Document, Span
from annotator.schema import LabelSchema
from annotator.search import Matcher, SearchOptions
from annotator.search.label_all import plan_label_all
from annotator.span_rules import relabel_steps
from annotator.storage.corpus import Corpus
from annotator.storage.records import dumps_record

TEXTS = [
    "زار وفد المغرب ثم عاد إلى المغرب",
    "في بالمغرب وللمغرب",
    "لا شيء هنا",
    "المملكة المغربية والمغرب",
]


def _corpus(tmp_path: Path, docs: list[Document]) -> Path:
    path = tmp_path / "c.jsonl"
    path.write_text("".join(dumps_record(d) + "\n" for d in docs), encoding="utf-8")
    return path


def _keys(corpus: Corpus) -> list[list[tuple[int, int, str]]]:
    return [[s.key for s in corpus[i].spans] for i in range(len(corpus))]


def test_label_all_is_one_undo_step_and_skips_overlaps(tmp_path: Path) -> None:
    docs = [Document(f"d{i}", t) for i, t in enumerate(TEXTS)]
    # an existing span overlapping the first المغرب of d3 ("المملكة المغربية" as ORG)
    docs[3].spans = [Span(0, 16, "ORG")]
    docs[0].spans = [Span(8, 14, "LOC")]  # already labelled
    path = _corpus(tmp_path, docs)
    with Corpus.open(path) as corpus:
        before = _keys(corpus)
        matcher = Matcher("المغرب", SearchOptions(clitics=True))
        plan = plan_label_all(
            enumerate(corpus.iter_documents()), matcher, "LOC", allow_overlap=False
        )
        assert (plan.found, plan.to_add, plan.already, plan.overlapping) == (5, 4, 1, 0)
        assert plan.documents == 3
        changes = corpus.apply_steps(list(plan.steps), plan.description)
        assert changes.label_delta() == {"LOC": 4}
        assert [corpus[1].span_text(s) for s in corpus[1].spans] == ["المغرب", "لمغرب"]
        assert corpus.history.undo_text() == plan.description
        corpus.undo()
        assert _keys(corpus) == before
        corpus.redo()
        assert len(corpus[3].spans) == 2


def test_overlapping_occurrences_are_counted_as_skipped(tmp_path: Path) -> None:
    path = _corpus(tmp_path, [Document("a", "قال محمد الخامس", [Span(4, 15, "PERS")])])
    with Corpus.open(path) as corpus:
        plan = plan_label_all(
            enumerate(corpus.iter_documents()), Matcher("الخامس"), "MISC", allow_overlap=False
        )
        assert (plan.found, plan.to_add, plan.overlapping, plan.steps) == (1, 0, 1, ())
        assert "1 overlapping" in plan.summary()
        allowed = plan_label_all(
            enumerate(corpus.iter_documents()), Matcher("الخامس"), "MISC", allow_overlap=True
        )
        assert allowed.to_add == 1


def test_rename_and_merge_a_label_across_the_corpus(tmp_path: Path) -> None:
    docs = [
        Document("a", "زار محمد المغرب", [Span(4, 8, "PER"), Span(9, 15, "LOC")]),
        Document("b", "محمد", [Span(0, 4, "PER"), Span(0, 4, "PERS")]),
        Document("c", "لا شيء"),
    ]
    path = _corpus(tmp_path, docs)
    schema = LabelSchema.from_counts({"PER": 2, "LOC": 1, "PERS": 1}, allow_overlap=True)
    with Corpus.open(path, labels=schema) as corpus:
        steps = relabel_steps(enumerate(corpus.iter_documents()), "PER", "PERS")
        assert [i for i, _ in steps] == [0, 1]
        changes = corpus.apply_steps(steps, "Rename PER → PERS")
        assert changes.label_delta() == {"PER": -2, "PERS": 1}
        assert {s.label for i in range(3) for s in corpus[i].spans} == {"PERS", "LOC"}
        assert corpus.schema.rename("PER", "PERS") and "PER" not in corpus.schema.names
        corpus.undo()
        assert [s.label for s in corpus[1].spans] == ["PER", "PERS"]


def test_schema_from_counts_gives_hotkeys_by_frequency() -> None:
    schema = LabelSchema.from_counts({"MIS1": 3, "PER": 40, "LOC": 25, "ORG": 9, "MIS0": 3})
    assert schema.names == ["PER", "LOC", "ORG", "MIS1", "MIS0"]
    assert [(lb.hotkey, lb.alt_hotkey) for lb in schema] == [
        ("1", "p"),
        ("2", "l"),
        ("3", "o"),
        ("4", "m"),
        ("5", "i"),  # m is taken: the next free letter of the name
    ]
    names = [c * 2 for c in "ABCDEFGHIJ"] + ["BA"]
    many = LabelSchema.from_counts({name: 20 - n for n, name in enumerate(names)})
    assert (many.labels[9].hotkey, many.labels[9].alt_hotkey) == ("j", None)  # past 9: a letter
    assert many.labels[10].hotkey is None  # no digit and no letter of "BA" left


def test_schema_rename_keeps_colour_and_keys() -> None:
    schema = LabelSchema.default()
    colour = schema.colour_of("PERS")
    assert schema.rename("PERS", "PER")
    assert schema.colour_of("PER") == colour and schema.by_hotkey("p").name == "PER"  # type: ignore[union-attr]
    assert not schema.rename("nope", "X")


@pytest.mark.parametrize("eager_limit", [None, 0])  # files checked whole on open, or lazily
def test_a_labelled_corpus_without_schema_file_gets_its_own_labels(
    tmp_path: Path, eager_limit: int | None
) -> None:
    spans = [{"start": 0, "end": 1, "label": "LOC"}, {"start": 1, "end": 2, "label": "PER"}]
    records = [{"text": "ab", "spans": spans}, {"text": "ab", "spans": spans[1:]}]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with Corpus.open(path, eager_limit=eager_limit) as corpus:
        assert corpus.schema.names == ["PER", "LOC"]
        assert corpus.schema.by_hotkey("p").name == "PER"  # type: ignore[union-attr]
        assert corpus.schema_changed  # written beside the file on the first save


def test_an_unlabelled_corpus_gets_the_default_schema(tmp_path: Path) -> None:
    path = _corpus(tmp_path, [Document("a", "نص")])
    with Corpus.open(path) as corpus:
        assert corpus.schema == LabelSchema.default()


def test_label_all_spans_carry_their_author() -> None:
    docs = [(i, Document(f"d{i}", t)) for i, t in enumerate(TEXTS)]
    plan = plan_label_all(docs, Matcher("المغرب"), "LOC", allow_overlap=False, author="salma")
    spans = [edit.span for _i, compound in plan.steps for edit in compound.edits]
    assert spans and all(s.by == "salma" for s in spans)
    plain = plan_label_all(docs, Matcher("المغرب"), "LOC", allow_overlap=False)
    assert all(e.span.by is None for _i, c in plain.steps for e in c.edits)
