"""Saves that copy unchanged byte ranges file to file, the content digest, the corpus facts."""

from __future__ import annotations

import errno
import io
import json
import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.edits import AddSpan, SetStatus
from annotator.errors import ChangedOnDiskError
from annotator.model import Document, Span
from annotator.storage import digest, fileio, opening
from annotator.storage.corpus import Corpus
from annotator.storage.digest import CHUNK_LINES, digest_of, digest_of_stream
from annotator.storage.records import record_line_bytes

TEXTS = ["كتب الطالب الدرس", "ذهب محمد إلى السوق", "قرأ علي الكتاب"]


def _foreign(path: Path, n: int, *, crlf: bool = False) -> list[bytes]:
    """A corpus another tool wrote: keys in another order, no ids, \\u escapes, blank lines."""
    lines: list[bytes] = []
    for i in range(n):
        rec: dict[str, object] = {"text": TEXTS[i % 3] + f" {i}", "meta": {"n": i}}
        if i % 4:
            rec["status"] = ("todo", "done", "skipped")[i % 3]
        if i % 5 == 0:
            rec["spans"] = [{"label": "PER", "end": 3, "start": 0}]
        if i % 7 == 3:
            rec = {"id": i, **rec}  # some lines name an (integer) id, after other tools' fashion
        lines.append(json.dumps(rec, ensure_ascii=i % 2 == 0).encode())
    sep = b"\r\n" if crlf else b"\n"
    body = sep.join(lines[: n // 2]) + sep + b"   " + sep + sep.join(lines[n // 2 :]) + sep
    path.write_bytes(body)
    return lines


def _expected(before: bytes, changed: dict[int, bytes], sep: bytes = b"\n") -> bytes:
    """The file with document lines ``changed`` replaced, everything else byte for byte."""
    out, doc = [], 0
    for raw in before.split(b"\n"):
        line = raw.removesuffix(b"\r")
        if line.strip():
            if doc in changed:
                raw = changed[doc] + (b"\r" if raw.endswith(b"\r") else b"")
            doc += 1
        out.append(raw)
    return b"\n".join(out)


def _without_id(body: bytes, doc_id: str) -> bytes:
    head = b'{"id": ' + json.dumps(doc_id).encode() + b", "
    return b"{" + body[len(head) :] if body.startswith(head) else body


@pytest.mark.parametrize("crlf", [False, True])
def test_editing_first_middle_and_last_document_of_a_foreign_corpus(
    tmp_path: Path, crlf: bool
) -> None:
    path = tmp_path / "f.jsonl"
    n = 3 * CHUNK_LINES + 17  # several digest chunks
    _foreign(path, n, crlf=crlf)
    before = path.read_bytes()
    changed: dict[int, bytes] = {}
    with Corpus.open(path, eager_limit=0) as corpus:
        for i in (0, n // 2, n - 1):
            corpus.apply(i, SetStatus(corpus[i].status, "flagged"))
            doc = corpus[i]
            body = record_line_bytes(doc)
            changed[i] = body if corpus.facts.own_id(i) else _without_id(body, doc.id)
        corpus.save()
        assert path.read_bytes() == _expected(before, changed)
        assert corpus.disk_state is not None
        assert corpus.disk_state.digest == digest_of(path.read_bytes())  # incremental == full
        # a later save: another document, the file copied from the one just written
        second = n // 3 if n // 3 % 7 != 3 else n // 3 + 1
        corpus.apply(second, AddSpan(Span(0, 3, "LOC")))
        doc = corpus[second]
        changed[second] = _without_id(record_line_bytes(doc), doc.id)
        corpus.save()
        assert path.read_bytes() == _expected(before, changed)
        assert corpus.disk_state.digest == digest_of(path.read_bytes())
        assert corpus[second].spans[-1] == Span(0, 3, "LOC")  # read back from the overlay
        assert corpus.id_of(second) == f"line-{second + 1 + (second >= n // 2)}"
    with Corpus.open(path, eager_limit=0) as again:
        assert [again.status_of(i) for i in (0, n // 2, n - 1)] == ["flagged"] * 3
        assert again[second].spans[-1] == Span(0, 3, "LOC")
        assert not again.journal.path.exists() and again.recovered_edits == 0


@pytest.mark.parametrize(
    "ways", [["sendfile", "read_write"], ["read_write"], ["copy_file_range", "read_write"]]
)
def test_every_way_of_copying_writes_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ways: list[str]
) -> None:
    monkeypatch.setattr(fileio, "COPY_WAYS", [w for w in ways if hasattr(os, w) or "_" in w])
    monkeypatch.setattr(fileio, "COPY_BLOCK", 1000)  # several reads per range
    if "copy_file_range" in ways and hasattr(os, "copy_file_range"):

        def refused(*_args: object) -> int:
            raise OSError(errno.ENOSYS, "not implemented")

        monkeypatch.setattr(os, "copy_file_range", refused)  # lacking: the next way goes on
    path = tmp_path / "f.jsonl"
    _foreign(path, 500)
    before = path.read_bytes()
    with Corpus.open(path) as corpus:
        corpus.apply(250, SetStatus(corpus[250].status, "done"))
        doc = corpus[250]
        corpus.save()
    assert path.read_bytes() == _expected(
        before, {250: _without_id(record_line_bytes(doc), doc.id)}
    )
    assert fileio.COPY_WAYS[-1] == "read_write"
    if "copy_file_range" in ways:
        assert "copy_file_range" not in fileio.COPY_WAYS


def test_a_file_changed_while_it_is_copied_is_not_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "f.jsonl"
    _foreign(path, 50)
    real_copy = fileio.copy_range

    def meddling(source: int, dest: int, offset: int, count: int) -> None:
        with open(path, "r+b") as f:  # another program writes the same bytes in place
            f.write(path.read_bytes()[:10])
        real_copy(source, dest, offset, count)

    with Corpus.open(path) as corpus:
        corpus.apply(30, SetStatus(corpus[30].status, "flagged"))
        before = path.read_bytes()
        monkeypatch.setattr(fileio, "copy_range", meddling)
        with pytest.raises(ChangedOnDiskError):
            corpus.save()
        assert path.read_bytes() == before and corpus.dirty
        assert corpus.journal.path.exists()  # the edit is still journalled
        assert not list(tmp_path.glob(".f.jsonl.*.tmp"))


def test_a_change_right_after_a_save_is_seen_without_rehashing_every_save(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    _foreign(path, 40)
    with Corpus.open(path) as corpus:
        corpus.apply(3, SetStatus(corpus[3].status, "done"))
        corpus.save()
        state = corpus.disk_state
        assert state is not None
        st = path.stat()
        assert state.unchanged(st) == state.settled
        if sys.platform.startswith("linux"):  # a nanosecond file system: no rehash next time
            assert state.settled or st.st_ctime_ns % 1_000_000 == 0
        corpus.apply(4, SetStatus(corpus[4].status, "done"))
        data = path.read_bytes()
        path.write_bytes(data.replace(b"\\u0643", b"\\u0644", 1))  # same size, at once
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the mtime put back
        with pytest.raises(ChangedOnDiskError):
            corpus.save()


def test_a_journal_naming_the_file_by_plain_sha256_is_still_replayed(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "f.jsonl"
    _foreign(path, 20)
    corpus = Corpus.open(path)
    corpus.apply(2, SetStatus(corpus[2].status, "flagged"))
    corpus.close()  # the journal keeps the edit
    journal = corpus.journal.path
    lines = journal.read_bytes().split(b"\n")
    header = json.loads(lines[0])
    del header["digest"]
    header["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    journal.write_bytes(b"\n".join([json.dumps(header).encode(), *lines[1:]]))
    with Corpus.open(path) as again:
        assert again.recovered_edits == 1 and again.status_of(2) == "flagged"


def test_facts_follow_edits_and_saves_without_reading_lines_again(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    lines = _foreign(path, 300)
    with Corpus.open(path, eager_limit=0) as corpus:
        assert not corpus.counts_ready
        facts = corpus.facts
        parsed = [json.loads(raw) for raw in lines]
        expected = [p.get("status", "todo") for p in parsed]
        assert [corpus.status_of(i) for i in range(300)] == expected
        assert [corpus.span_count(i) for i in range(300)] == [
            len(p.get("spans", [])) for p in parsed
        ]
        assert [corpus.facts.own_id(i) for i in range(300)] == [
            str(p["id"]) if "id" in p else None for p in parsed
        ]
        assert len(corpus._weak) == 0  # no document was parsed for any of that
        counts = corpus.status_counts()
        corpus.apply(1, SetStatus(expected[1], "flagged"))
        corpus.apply(0, AddSpan(Span(4, 8, "LOC")))
        after = corpus.status_counts()
        assert after[expected[1]] == counts[expected[1]] - 1 and after["flagged"] == 1
        assert corpus.span_count(0) == len(parsed[0].get("spans", [])) + 1
        corpus.save()
        assert corpus.facts is facts and corpus.status_counts() == after
        corpus.undo()
        assert corpus.span_count(0) == len(parsed[0].get("spans", []))


def test_a_foreign_line_counts_as_what_opening_it_gives(tmp_path: Path, monkeypatch) -> None:
    """In a corpus opened lazily (over 16 MB: its lines are not all checked on open), another
    tool's lines whose heads look fine but whose spans or keys do not read are "invalid" in the
    facts (the documents list, status counts), as opening them says; good lines keep their
    status without a parse."""
    monkeypatch.setattr(opening, "EAGER_VALIDATION_BYTES", 0)
    lines = [
        '{"text": "ab", "spans": [{"start": 5, "end": 9, "label": "X"}], "status": "done"}',
        '{"status": "done", "text": "ab", "text": "cd"}',
        '{"text": "ab", "spans": [{"label": "X", "end": 2, "start": 0}], "status": "done"}',
        '{"status": "skipped", "text": "سلام"}',
    ]
    path = tmp_path / "foreign.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = Corpus.open(path)
    try:
        assert [corpus.status_of(i) for i in range(4)] == ["invalid", "invalid", "done", "skipped"]
        assert corpus.status_counts() == {"invalid": 2, "done": 1, "skipped": 1}
        assert [corpus.span_count(i) for i in range(4)] == [-1, -1, 1, 0]
    finally:
        corpus.close()


def test_labels_of_a_line_that_does_not_read_are_none(tmp_path: Path, monkeypatch) -> None:
    """The labels panel counts labels line by line from idle time: a line we wrote whose span
    lost its label gives none (no exception that would come back on every idle turn)."""
    monkeypatch.setattr(opening, "EAGER_VALIDATION_BYTES", 0)
    good = record_line_bytes(Document("a", "سلام عليكم", [Span(0, 4, "LOC")])).decode()
    bad = good.replace('"label": "LOC"', '"label": 7').replace('"id": "a"', '"id": "b"')
    assert bad != good
    path = tmp_path / "ours.jsonl"
    path.write_text(good + "\n" + bad + "\n", encoding="utf-8")
    corpus = Corpus.open(path)
    try:
        assert corpus.span_labels(0) == ["LOC"] and corpus.span_labels(1) == []
    finally:
        corpus.close()


def test_a_copy_refused_for_one_pair_of_files_is_tried_again_next_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """EXDEV (another file system) refuses one copy, not the call: the range is copied another
    way and copy_file_range stays first for the next save; the bytes are those of plain reads
    and writes."""
    if not hasattr(os, "copy_file_range"):
        pytest.skip("no copy_file_range here")

    def edit_and_save_twice(path: Path) -> bytes:
        with Corpus.open(path) as corpus:
            for i in (50, 150):
                corpus.apply(i, SetStatus(corpus[i].status, "done"))
                corpus.save()
        return path.read_bytes()

    _foreign(tmp_path / "plain.jsonl", 200)
    monkeypatch.setattr(fileio, "COPY_WAYS", ["read_write"])
    want = edit_and_save_twice(tmp_path / "plain.jsonl")
    monkeypatch.setattr(fileio, "COPY_WAYS", ["copy_file_range", "read_write"])
    real, calls = os.copy_file_range, []

    def once_refused(*args: int) -> int:
        calls.append(args)
        if len(calls) == 1:
            raise OSError(errno.EXDEV, "cross-device")
        return real(*args)

    monkeypatch.setattr(os, "copy_file_range", once_refused)
    _foreign(tmp_path / "f.jsonl", 200)
    assert edit_and_save_twice(tmp_path / "f.jsonl") == want
    assert fileio.COPY_WAYS[0] == "copy_file_range" and len(calls) > 1


@settings(max_examples=200, deadline=None)
@given(
    data=st.lists(st.sampled_from([b"\n", b"a", b"\r\n", "ع".encode(), b"x" * 7]), max_size=300),
    block=st.integers(1, 64),
)
def test_the_streamed_digest_is_the_digest_of_the_bytes(data: list[bytes], block: int) -> None:
    """What a save compares the file on disk by, read a block at a time (small chunks of lines
    here, so every chunk edge meets a block edge somewhere), equals the in-memory digest."""
    raw = b"".join(data)
    kept = digest.CHUNK_LINES
    digest.CHUNK_LINES = 3
    try:
        assert digest_of_stream(io.BytesIO(raw), block) == (len(raw), digest_of(raw))
    finally:
        digest.CHUNK_LINES = kept
    assert digest_of_stream(io.BytesIO(raw), block) == (len(raw), digest_of(raw))


def test_a_save_stopped_mid_copy_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "f.jsonl"
    _foreign(path, 50)
    before = path.read_bytes()

    def broken(*_args: object) -> object:
        raise RuntimeError("stopped")

    with Corpus.open(path) as corpus:
        corpus.apply(10, SetStatus(corpus[10].status, "done"))
        monkeypatch.setattr(type(corpus.index), "pieces", broken)
        with pytest.raises(RuntimeError):
            corpus.save()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == []
    assert path.read_bytes() == before
