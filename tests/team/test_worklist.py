"""What is left to adjudicate: documents with versions found by bytes, counts kept in step with
picks and undo, the next document with a disagreement; the disagreement under a caret; the
window's adjudicate (never over an input, a journal, or a locked file; the schema comes too)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.edits import AddSpan
from annotator.errors import LockedError
from annotator.model import Span
from annotator.storage.corpus import Corpus
from annotator.storage.lock import FileLock
from annotator.storage.records import document_from_line
from annotator.team.adjudication import (
    adjudicate_into,
    adjudication_corpus,
    disagreements,
    index_at,
    item_at,
    pick,
)
from annotator.team.files import TeamError
from annotator.team.merge import merge
from annotator.team.worklist import Worklist, lines_with_versions
from tests.team.aqmar_pair import build_pair


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    sara, omar, _tags = build_pair(tmp_path_factory.mktemp("aqmar"))
    return sara, omar


def test_documents_with_versions_are_found_by_bytes_as_by_parsing(
    pair: tuple[Path, Path], tmp_path: Path
) -> None:
    merged = tmp_path / "merged.jsonl"
    merge(list(pair), merged)
    corpus = Corpus.open(merged)
    parsed = [i for i in range(len(corpus)) if "versions" in corpus[i].extra]
    assert 0 < len(parsed) < len(corpus)
    assert lines_with_versions(corpus.index) == parsed
    corpus.close(discard=True)


def test_counts_follow_picks_and_undo_and_find_the_next_document(
    pair: tuple[Path, Path], tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    report = adjudication_corpus(list(pair), out, accept_agreed=True)
    corpus = Corpus.open(out)
    worklist = Worklist(corpus)
    assert worklist and worklist.total == len(corpus)
    while not worklist.advance(7):
        pass
    assert worklist.items == worklist.left == report.disagreements
    with_items = [i for i in range(len(corpus)) if disagreements(corpus[i])]
    assert worklist.next_document(-1) == with_items[0]
    assert worklist.next_document(with_items[0]) == with_items[1]
    assert worklist.next_document(with_items[1], backwards=True) == with_items[0]
    assert worklist.next_document(with_items[0], backwards=True) is None
    i = with_items[0]
    first = disagreements(corpus[i])[0]
    corpus.apply(i, pick(corpus[i], first, first.names[:1]))
    assert worklist.recount(i).left == len(disagreements(corpus[i])) - 1
    assert worklist.left == report.disagreements - 1
    if len(disagreements(corpus[i])) == 1:  # its only one decided: not open any more
        assert worklist.next_document(-1, open_only=True) == with_items[1]
    corpus.undo()
    worklist.recount(i)
    assert worklist.left == report.disagreements
    # a hand edit decides nothing: the count is kept, the versions not read again
    count = worklist.count_of(i)
    free = next(k for k in range(len(corpus[i].text)) if not corpus[i].index.at(k))
    corpus.apply(i, AddSpan(Span(free, free + 1, "PER")))
    assert worklist.recount(i) is count
    corpus.close(discard=True)


def test_a_count_is_made_when_asked_before_the_slices_reach_it(
    pair: tuple[Path, Path], tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    adjudication_corpus(list(pair), out, accept_agreed=True)
    corpus = Corpus.open(out)
    worklist = Worklist(corpus)
    last = len(corpus) - 1
    assert worklist.count_of(last).total == len(disagreements(corpus[last]))
    assert worklist.done == 0 and not worklist.complete
    corpus.close(discard=True)


def test_the_item_under_a_caret() -> None:
    text = "زار محمد بن سلمان القاهرة ودمشق"
    doc = {
        "id": "d",
        "text": text,
        "versions": {
            "a": {"spans": [{"start": 4, "end": 8, "label": "PER"}]},
            "b": {
                "spans": [
                    {"start": 4, "end": 17, "label": "PER"},
                    {"start": 18, "end": 25, "label": "LOC"},
                ]
            },
        },
    }
    items = disagreements(document_from_line(json.dumps(doc).encode(), Path("x"), 1))
    assert [(i.start, i.end) for i in items] == [(4, 17), (18, 25)]
    assert [index_at(items, k) for k in (0, 3, 4, 10, 17, 18, 24, 25, 26)] == [
        None,
        None,
        0,
        0,
        0,  # ends there
        1,
        1,
        1,
        None,
    ]
    assert item_at(items, 20) == items[1] and item_at(items, 2) is None
    assert items[0].spans_of("a") == (Span(4, 8, "PER"),)


def test_adjudicate_into_refuses_inputs_journals_and_locked_targets(
    pair: tuple[Path, Path], tmp_path: Path
) -> None:
    sara, omar = pair
    with pytest.raises(TeamError, match="two or more"):
        adjudicate_into([sara], tmp_path / "o.jsonl")
    with pytest.raises(TeamError, match="one of the annotators' files"):
        adjudicate_into([sara, omar], omar)
    journalled = tmp_path / "j.jsonl"
    journalled.with_name("j.jsonl.journal").write_text("{}\n", encoding="utf-8")
    with pytest.raises(TeamError, match="not saved yet"):
        adjudicate_into([sara, omar], journalled)
    assert not journalled.exists()
    held = tmp_path / "held.jsonl"
    with FileLock(held), pytest.raises(LockedError, match="already open for writing"):
        adjudicate_into([sara, omar], held)
    schema = sara.with_name("sara.labels.toml")
    schema.write_text('[[labels]]\nname = "PER"\ncolor = "#f4a261"\nhotkey = "1"\n')
    try:
        out = tmp_path / "final.jsonl"
        report = adjudicate_into([sara, omar], out)
        assert report.shared == report.documents
        assert out.with_name("final.labels.toml").read_text() == schema.read_text()
    finally:
        schema.unlink()
