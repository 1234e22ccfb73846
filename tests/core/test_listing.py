"""The documents list's order and filters, computed by the core from a corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.model import Document, Span
from annotator.storage.corpus import Corpus
from annotator.storage.listing import Listing, ListingQuery
from annotator.storage.records import dumps_record


def _docs() -> list[Document]:
    return [
        Document("c", "زار محمد القاهرة", [Span(4, 8, "PERS"), Span(9, 16, "LOC")]),
        Document("a", "The minister visited Rabat", [Span(21, 26, "LOC")], status="done"),
        Document("b", "שלום עולם", status="flagged"),
        Document("d", "مدينة الرباط", [Span(6, 12, "LOC")], status="done"),
        Document("e", "لا شيء", status="skipped"),
    ]


@pytest.fixture
def corpus(tmp_path: Path):
    path = tmp_path / "c.jsonl"
    path.write_text("".join(dumps_record(d) + "\n" for d in _docs()), encoding="utf-8")
    opened = Corpus.open(path)
    yield opened
    opened.close()


def _parses(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    parse = corpus.index.parse

    def counting(i: int) -> Document:
        calls.append(i)
        return parse(i)

    monkeypatch.setattr(corpus.index, "parse", counting)
    return calls


def test_sorting_by_id_and_status_reads_line_heads_only(corpus, monkeypatch) -> None:
    calls = _parses(corpus, monkeypatch)
    assert Listing(corpus, ListingQuery(sort="id")).run() == [1, 2, 0, 3, 4]
    assert Listing(corpus, ListingQuery(sort="id", descending=True)).run() == [4, 3, 0, 2, 1]
    # to-do first, then flagged, skipped, done; ties stay in file order
    assert Listing(corpus, ListingQuery(sort="status")).run() == [0, 2, 4, 1, 3]
    assert Listing(corpus, ListingQuery(sort="status", descending=True)).run() == [1, 3, 4, 2, 0]
    assert Listing(corpus, ListingQuery(status="done")).run() == [1, 3]
    assert calls == []


def test_number_order_and_identity() -> None:
    assert ListingQuery().is_identity and not ListingQuery().parses
    assert not ListingQuery(descending=True).is_identity
    assert ListingQuery(text="x").parses and ListingQuery(label="A").parses
    assert not ListingQuery(sort="spans").parses  # span counts come from the corpus facts
    with pytest.raises(ValueError):
        ListingQuery(sort="colour")
    with pytest.raises(ValueError):
        ListingQuery(status="finished")


def test_span_count_label_and_text_filters(corpus) -> None:
    assert Listing(corpus, ListingQuery(sort="spans")).run() == [2, 4, 1, 3, 0]
    assert Listing(corpus, ListingQuery(sort="spans", descending=True)).run() == [0, 1, 3, 2, 4]
    assert Listing(corpus, ListingQuery(label="LOC")).run() == [0, 1, 3]
    assert Listing(corpus, ListingQuery(label="PERS")).run() == [0]
    assert Listing(corpus, ListingQuery(text="الرباط")).run() == [3]
    assert Listing(corpus, ListingQuery(text="RABAT")).run() == [1]  # case-insensitive
    both = ListingQuery(label="LOC", status="done", sort="number", descending=True)
    assert Listing(corpus, both).run() == [3, 1]


def test_listing_follows_edits_not_yet_saved(corpus) -> None:
    from annotator.edits import AddSpan

    corpus.apply(4, AddSpan(Span(0, 2, "MISC")))
    assert Listing(corpus, ListingQuery(label="MISC")).run() == [4]


def test_advancing_in_slices_gives_the_same_rows(corpus) -> None:
    listing = Listing(corpus, ListingQuery(sort="spans", descending=True, label="LOC"))
    steps = 0
    while not listing.advance(2):
        steps += 1
        with pytest.raises(RuntimeError):
            listing.rows()
    assert steps == 2 and listing.done == listing.total == 5
    assert listing.rows() == [0, 1, 3]


def test_unreadable_and_foreign_lines(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    lines = [
        json.dumps({"text": "x y", "id": "z", "spans": [{"start": 0, "end": 1, "label": "A"}]}),
        "{not json",
        json.dumps({"status": "done", "text": "abc", "id": "m"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Corpus.open(path, eager_limit=0) as corpus:  # lazy: the bad line is read when shown
        assert Listing(corpus, ListingQuery(sort="id")).run() == [1, 2, 0]
        assert Listing(corpus, ListingQuery(sort="spans")).run() == [1, 2, 0]
        assert Listing(corpus, ListingQuery(status="invalid")).run() == [1]
        assert Listing(corpus, ListingQuery(text="b")).run() == [2]
        assert Listing(corpus, ListingQuery(label="A")).run() == [0]
