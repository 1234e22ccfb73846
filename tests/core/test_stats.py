"""Corpus statistics: counts by status, spans per label, frequent texts, from streamed documents."""

from __future__ import annotations

import json

from annotator.commands.stats import StatsAccumulator, compute_stats
from annotator.model import Document, Span


def _doc(i: int, text: str, spans: list[tuple[str, str]], status: str = "todo") -> Document:
    """A document whose spans are the first occurrence of each (text, label)."""
    found = []
    for piece, label in spans:
        start = text.index(piece)
        found.append(Span(start, start + len(piece), label))
    return Document(id=str(i), text=text, spans=found, status=status)


def _corpus(article_text: str) -> list[Document]:
    lines = [line for line in article_text.splitlines() if line]
    return [
        _doc(1, lines[0], [("عبد اللطيف الوديي", "PERS"), ("بلخير الفاروق", "PERS")], "done"),
        _doc(2, lines[4], [("ران كوخاف", "PERS"), ("المغرب", "LOC"), ("Ynet TV", "ORG")], "done"),
        _doc(3, lines[5], [("كوخافي", "PERS"), ("محمد الخامس", "PERS")], "flagged"),
        _doc(4, "زار المغرب ثم المغرب", [("المغرب", "LOC")]),
        _doc(5, "لا شيء هنا", []),
    ]


def test_counts_by_status_and_label(article_text: str) -> None:
    stats = compute_stats(_corpus(article_text))
    assert stats.documents == 5
    assert stats.by_status == {"todo": 2, "done": 2, "skipped": 0, "flagged": 1}
    assert stats.spans == 8
    assert stats.documents_with_spans == 4
    assert stats.spans_per_label == {"PERS": 5, "LOC": 2, "ORG": 1}
    assert [item.label for item in stats.labels] == ["PERS", "LOC", "ORG"]  # most used first


def test_frequent_texts_sliced_from_the_document(article_text: str) -> None:
    docs = _corpus(article_text) + [_doc(6, "في المغرب", [("المغرب", "LOC")])]
    stats = compute_stats(docs, top=2)
    loc = next(item for item in stats.labels if item.label == "LOC")
    assert loc.top_texts == [("المغرب", 3)]
    assert loc.documents == 3 and loc.distinct_texts == 1
    pers = next(item for item in stats.labels if item.label == "PERS")
    assert len(pers.top_texts) == 2 and pers.distinct_texts == 5
    # ties broken by text, so the output is the same on every run
    assert pers.top_texts == sorted(pers.top_texts, key=lambda t: (-t[1], t[0]))


def test_top_zero_lists_no_texts(article_text: str) -> None:
    stats = compute_stats(_corpus(article_text), top=0)
    assert all(item.top_texts == [] for item in stats.labels)
    assert stats.spans == 8


def test_streams_documents_once() -> None:
    produced = []

    def stream():  # a generator: compute_stats must not need len() or a second pass
        for i in range(1000):
            doc = Document(id=str(i), text="محمد في الرباط", spans=[Span(8, 14, "LOC")])
            produced.append(i)
            yield doc

    stats = compute_stats(stream())
    assert len(produced) == 1000
    assert stats.spans_per_label == {"LOC": 1000}
    assert stats.labels[0].top_texts == [("الرباط", 1000)]


def test_json_round_trips(article_text: str) -> None:
    data = json.loads(
        json.dumps(compute_stats(_corpus(article_text)).to_json(), ensure_ascii=False)
    )
    assert data["by_status"]["done"] == 2
    assert data["spans_per_label"]["PERS"] == 5
    assert {"text": "المغرب", "count": 2} in data["labels"]["LOC"]["top_texts"]


def test_accumulator_gives_figures_so_far() -> None:
    acc = StatsAccumulator()
    assert acc.result().documents == 0 and acc.result().labels == []
    acc.add(Document(id="a", text="القدس", spans=[Span(0, 5, "LOC")], status="skipped"))
    assert acc.result().by_status["skipped"] == 1
    assert acc.result().characters == 5


def test_table_lines(article_text: str) -> None:
    from annotator.commands.stats import stats_table

    stats = compute_stats(_corpus(article_text), top=3)
    lines = stats_table(stats, "corpus.jsonl", fragment=lambda s: f"[{s}]")
    assert (
        lines[0]
        == "corpus.jsonl: 5 documents, 8 spans, 3 labels, " + f"{stats.characters} characters"
    )
    assert "  done             2" in lines
    assert "most frequent [LOC]:" in lines
    assert "        2  [المغرب]" in lines
    multi = compute_stats([Document(id="x", text="سطر\nثان", spans=[Span(0, 7, "MISC")])])
    assert "        1  سطر\\nثان" in stats_table(multi, "t")
    assert stats_table(compute_stats([]), "empty")[-1] == "no spans yet"
