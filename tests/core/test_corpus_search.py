"""The corpus-wide search of the window's "Search results": in slices, exact offsets, the byte
filter skipping documents without decoding them, unreadable documents counted."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.commands.search_scan import quick_text
from annotator.errors import InputError, Problem
from annotator.model import Document, Span
from annotator.search import Matcher, SearchOptions
from annotator.search.corpus_search import CorpusSearch, context_around
from annotator.storage.corpus import Corpus
from annotator.storage.records import dumps_record

TEXTS = [
    "زار وفد المَغْرِب ثم عاد إلى المغرب",
    "لا شيء هنا",
    "في بالمغرب\nوللمغرب اليوم",
    "Morocco is المغرب",
    "نص آخر بلا شيء",
]


def _corpus(tmp_path: Path, *, ascii_lines: bool = False) -> Corpus:
    path = tmp_path / "c.jsonl"
    docs = [Document(f"d{i}", t) for i, t in enumerate(TEXTS)]
    docs[0].spans = [Span(4, 7, "ORG")]
    if ascii_lines:  # as other tools write it: ensure_ascii, keys in another order
        lines = [json.dumps({"text": d.text, "id": d.id}) for d in docs]
    else:
        lines = [dumps_record(d) for d in docs]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return Corpus.open(path)


def _expected(matcher: Matcher) -> list[tuple[int, int, int]]:
    return [(i, s, e) for i, t in enumerate(TEXTS) for s, e in matcher.finditer(t)]


def test_finds_every_match_in_slices_with_stored_offsets(tmp_path: Path) -> None:
    for ascii_lines in (False, True):
        corpus = _corpus(tmp_path, ascii_lines=ascii_lines)
        matcher = Matcher("المغرب", SearchOptions(clitics=True))
        run = CorpusSearch(matcher, len(corpus), corpus.__getitem__, corpus.index.raw, quick_text)
        seen: list[tuple[int, int, int]] = []
        while not run.advance(1):  # one document per slice, as from idle time
            seen += [(m.index, m.start, m.end) for m in run.take_new()]
        seen += [(m.index, m.start, m.end) for m in run.take_new()]
        assert seen == _expected(matcher)
        assert len(seen) == 5 and run.found == 5 and not run.truncated
        assert run.documents == [0, 2, 3]
        for m in run.matches:
            assert TEXTS[m.index][m.start : m.end] == m.text
            assert m.id == f"d{m.index}"
        assert run.matches[0].text == "المَغْرِب"  # the harakat of the stored text kept
        # the byte filter ruled out the two documents without a match: never decoded
        assert run.decoded == 3
        # our own lines give id and text without a parse; another tool's are read in full
        assert run.parsed == (3 if ascii_lines else 0)
        corpus.close()
        (tmp_path / "c.jsonl").unlink()


def test_without_lines_every_document_is_read(tmp_path: Path) -> None:
    docs = [Document(f"d{i}", t) for i, t in enumerate(TEXTS)]
    matcher = Matcher("المغرب")
    run = CorpusSearch(matcher, len(docs), docs.__getitem__)
    run.finish()
    assert run.decoded == run.parsed == len(docs)
    assert [(m.index, m.start, m.end) for m in run.matches] == _expected(matcher)


def test_limit_keeps_the_first_matches_and_counts_all() -> None:
    docs = [Document(f"d{i}", t) for i, t in enumerate(TEXTS)]
    matcher = Matcher("المغرب")
    run = CorpusSearch(matcher, len(docs), docs.__getitem__, limit=2)
    run.finish()
    assert len(run.matches) == 2 and run.found == len(_expected(matcher)) and run.truncated
    assert run.documents == [0, 2, 3]


def test_unreadable_documents_are_counted_not_raised() -> None:
    docs = [Document(f"d{i}", t) for i, t in enumerate(TEXTS)]

    def read(i: int) -> Document:
        if i == 1:
            raise InputError(Problem("c.jsonl", 2, "not JSON"))
        return docs[i]

    run = CorpusSearch(Matcher("هنا"), len(docs), read)
    run.finish()
    assert run.unreadable == 1 and run.found == 0 and run.complete


def test_regex_mode_reads_every_document() -> None:
    docs = [Document(f"d{i}", t) for i, t in enumerate(TEXTS)]
    run = CorpusSearch(Matcher(r"ال\w+", SearchOptions(regex=True)), len(docs), docs.__getitem__)
    run.finish()
    assert run.found > 0
    for m in run.matches:
        assert docs[m.index].text[m.start : m.end] == m.text


def test_context_stops_at_line_breaks() -> None:
    text = "سطر أول\nفي بالمغرب\nوللمغرب اليوم"
    start = text.index("المغرب")
    before, after = context_around(text, start, start + 6, width=40)
    assert before == "في ب" and after == ""
    before, after = context_around("abcdef", 2, 3, width=1)
    assert (before, after) == ("b", "d")
