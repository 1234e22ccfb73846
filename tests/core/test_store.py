"""Corpus: .txt and .jsonl sources, exact round trips, lazy opening, journal, safe atomic saving."""

from __future__ import annotations

import codecs
import errno
import json
import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from annotator.edits import AddSpan, RemoveSpan, SetNote, SetStatus
from annotator.effects import Effect
from annotator.errors import ChangedOnDiskError, InputError, SaveError
from annotator.formats.registry import get
from annotator.model import Document, Span
from annotator.schema import LabelSchema
from annotator.storage import fileio
from annotator.storage.corpus import Corpus
from annotator.storage.fileio import atomic_write_bytes

GOOD = Path(__file__).parent / "fixtures" / "good"
TEXT = "زار محمد القاهرة"


def _copy(name: str, folder: Path) -> Path:
    shutil.copyfile(GOOD / name, folder / name)
    return folder / name


def _jsonl(path: Path, *records: dict) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


# -- .txt sources -------------------------------------------------------------


def test_article_round_trips_exactly(tmp_path: Path, article_path: Path) -> None:
    source = tmp_path / article_path.name
    shutil.copyfile(article_path, source)
    original = source.read_bytes()
    text = original.decode("utf-8")
    with Corpus.open(source) as corpus:
        assert corpus.path == tmp_path / "article-ar.annotations.jsonl"
        assert corpus.source == source
        assert len(corpus) == 1 and corpus[0].text == text
        start = text.index("محمد") if "محمد" in text else 0
        corpus.apply(0, AddSpan(Span(start, start + 4, "PERS")))
        corpus.save()
    with Corpus.open(source) as again:
        doc = again[0]
        assert doc.text == text
        assert [(s.start, s.end, s.label) for s in doc.spans] == [(start, start + 4, "PERS")]
        record = json.loads(again.path.read_text(encoding="utf-8"))
        assert record["spans"][0]["text"] == text[start : start + 4]
        assert record["offset_unit"] == "codepoint"
    assert source.read_bytes() == original  # the source is never written


@pytest.mark.parametrize("name", ["bom_crlf.txt", "utf16_bom.txt"])
def test_txt_text_is_kept_exactly(tmp_path: Path, name: str) -> None:
    source = _copy(name, tmp_path)
    raw = source.read_bytes()
    expected = raw.decode("utf-8-sig") if name.startswith("bom") else raw.decode("utf-16")
    with Corpus.open(source) as corpus:
        assert corpus[0].text == expected
        assert ("\r\n" in corpus[0].text) == (b"\r\n" in raw)
        corpus.apply(0, SetStatus("todo", "done"))
        corpus.save()
    with Corpus.open(source) as corpus:
        assert corpus[0].text == expected
    assert source.read_bytes() == raw


def test_txt_in_a_legacy_encoding_needs_encoding(tmp_path: Path) -> None:
    source = _copy("cp1256.txt", tmp_path)
    with pytest.raises(InputError, match="--encoding cp1256"):
        Corpus.open(source)
    with Corpus.open(source, encoding="cp1256") as corpus:
        assert corpus[0].text == "بسم الله\r\nزار محمد القاهرة\r\n"


def test_folder_is_a_corpus_ordered_by_name_with_annotations_in_the_parent(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in [
        ("b.txt", "ب"),
        ("a.txt", "أ"),
        ("c.TXT", "ج"),
        (".hidden.txt", "x"),
        ("notes.md", "x"),
    ]:
        (folder / name).write_text(text, encoding="utf-8")
    with Corpus.open(folder) as corpus:
        assert corpus.path == tmp_path / "news.annotations.jsonl"
        assert [corpus[i].id for i in range(len(corpus))] == ["a.txt", "b.txt", "c.TXT"]
        corpus.apply(1, AddSpan(Span(0, 1, "LOC")))
        corpus.save()
    (folder / "aa.txt").write_text("جديد", encoding="utf-8")  # a new file appears between sessions
    with Corpus.open(folder) as corpus:
        assert [corpus[i].id for i in range(len(corpus))] == ["a.txt", "aa.txt", "b.txt", "c.TXT"]
        assert corpus[2].spans == [Span(0, 1, "LOC")]


def test_changed_source_text_with_annotations_is_an_error_and_nothing_changes(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text("نص", encoding="utf-8")
    with Corpus.open(folder) as corpus:
        corpus.apply(0, AddSpan(Span(4, 8, "PERS")))
        corpus.save()
    (folder / "a.txt").write_text("نص آخر تماما", encoding="utf-8")
    (folder / "b.txt").write_text(
        "نص معدل", encoding="utf-8"
    )  # no annotations on it: simply updated
    before = corpus.path.read_bytes()
    with pytest.raises(InputError) as caught:
        Corpus.open(folder)
    assert [Path(p.path).name for p in caught.value.problems] == ["a.txt"]
    assert "text changed since it was annotated (1 span(s)" in str(caught.value)
    assert corpus.path.read_bytes() == before
    assert not corpus.path.with_name(corpus.path.name + ".lock").exists()


def test_unannotated_changed_text_is_updated_and_missing_sources_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("قديم", encoding="utf-8")
    (folder / "b.txt").write_text("باق", encoding="utf-8")
    Corpus.open(folder).close()
    (folder / "a.txt").write_text("جديد", encoding="utf-8")
    (folder / "b.txt").unlink()
    (folder / "c.txt").write_text("ج", encoding="utf-8")
    with Corpus.open(folder) as corpus:
        assert [(d.id, d.text) for d in corpus.iter_documents()] == [
            ("a.txt", "جديد"),
            ("b.txt", "باق"),
            ("c.txt", "ج"),
        ]
        assert "no source file any more and are kept: b.txt" in corpus.warnings[0]


# -- .jsonl -------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "crlf.jsonl",
        "bom_utf8.jsonl",
        "utf16_bom.jsonl",
        "blank_lines.jsonl",
        "no_final_newline.jsonl",
        "foreign.jsonl",
    ],
)
def test_save_after_one_edit_changes_only_that_line(tmp_path: Path, name: str) -> None:
    path = _copy(name, tmp_path)
    raw = path.read_bytes()
    with Corpus.open(path) as corpus:
        first = corpus[0]
        corpus.apply(0, SetNote("", "ملاحظة"))
        corpus.save()
        corpus.apply(0, SetNote("ملاحظة", ""))
        corpus.save()
        saved_ids = [d.id for d in corpus.iter_documents()]
    with Corpus.open(path) as again:
        assert (
            again[0].text == first.text
            and again[0].spans == first.spans
            and again[0].extra == first.extra
        )
        assert [d.id for d in again.iter_documents()] == saved_ids
    new = path.read_bytes()
    enc = "utf-16" if name.startswith("utf16") else "utf-8"
    old_lines, new_lines = raw.decode(enc).split("\n"), new.decode(enc).split("\n")
    assert len(old_lines) == len(
        new_lines
    )  # blank lines, CRLF and a missing final newline are kept
    first_doc_line = next(i for i, line in enumerate(old_lines) if line.strip())
    ours = "foreign" not in name and "utf16" not in name
    for i, (old, line) in enumerate(zip(old_lines, new_lines)):
        if i != first_doc_line and ours:
            assert old == line
    assert new.startswith(codecs.BOM_UTF8) == raw.startswith(codecs.BOM_UTF8)
    assert new.startswith(codecs.BOM_UTF16_LE) == raw.startswith(codecs.BOM_UTF16_LE)


def test_missing_ids_are_derived_from_the_line_and_never_written(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    original = '{"text": "أ"}\n\n{"text": "ب", "id": "keep"}\n{"text": "ج"}\n'
    path.write_text(original, encoding="utf-8")
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    with Corpus.open(path) as corpus:
        assert [d.id for d in corpus.iter_documents()] == ["line-1", "keep", "line-4"]
        assert corpus.dirty is False
        corpus.save()  # nothing changed: nothing written, not even the ids
    assert path.read_text(encoding="utf-8") == original
    assert path.stat().st_mtime_ns == 1_000_000_000
    with Corpus.open(path) as corpus:
        corpus.apply(2, SetStatus("todo", "done"))
        corpus.save()
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[:3] == ['{"text": "أ"}', "", '{"text": "ب", "id": "keep"}']  # byte for byte
    assert json.loads(lines[3]) == {  # re-serialised, still without an id of its own
        "status": "done",
        "text": "ج",
        "spans": [],
        "meta": {},
        "offset_unit": "codepoint",
    }
    with Corpus.open(path) as again:
        assert [d.id for d in again.iter_documents()] == ["line-1", "keep", "line-4"]
        assert again[2].status == "done"


def test_foreign_keys_survive_a_save(tmp_path: Path) -> None:
    path = _copy("foreign.jsonl", tmp_path)
    with Corpus.open(path) as corpus:
        corpus.apply(0, AddSpan(Span(9, 16, "LOC")))
        corpus.apply(1, SetStatus("todo", "flagged"))
        corpus.save()
    first, second = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    assert (
        first["answer"] == "accept"
        and first["_input_hash"] == 123
        and first["meta"] == {"source": "x"}
    )
    assert first["spans"][0] == {
        "start": 4,
        "end": 8,
        "label": "PER",
        "text": "محمد",
        "token_start": 1,
        "token_end": 1,
    }
    assert second["label"] == "keep me" and second["id"] == "7" and second["status"] == "flagged"


def test_lazy_open_reads_status_and_summaries_without_parsing(tmp_path: Path) -> None:
    docs = [
        Document(f"d{i}", f"نص رقم {i}", status=("done" if i % 3 == 0 else "todo"))
        for i in range(30)
    ]
    path = tmp_path / "c.jsonl"
    get("jsonl").write(docs, path, {})
    path.write_bytes(path.read_bytes() + b'{"text": "foreign", "status": "skipped"}\n{"text": 1}\n')
    with Corpus.open(path, eager_limit=0) as corpus:
        assert len(corpus) == 32
        assert corpus.status_counts() == {"done": 10, "todo": 20, "skipped": 1, "invalid": 1}
        assert len(corpus._weak) == 0  # nothing was parsed into a Document
        assert corpus.summary(3) == corpus.summary(3)
        assert (corpus.summary(3).id, corpus.summary(3).status, corpus.summary(3).preview) == (
            "d3",
            "done",
            "نص رقم 3",
        )
        assert corpus.summary(31).status == "invalid" and "c.jsonl:32" in (
            corpus.summary(31).problem or ""
        )
        doc = corpus[4]
        assert corpus[4] is doc  # same object while held
        corpus.apply(4, SetStatus("todo", "skipped"))
        assert corpus.status_counts()["skipped"] == 2


def test_labels_met_in_data_are_added_to_the_schema_and_saved(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "c.jsonl", {"text": TEXT, "spans": [{"start": 4, "end": 8, "label": "شخص"}]}
    )
    with Corpus.open(path) as corpus:
        assert "شخص" in corpus.schema.names
        assert corpus.schema.names == ["شخص"]  # from the data: not the default on top of it
        corpus.apply(0, AddSpan(Span(9, 16, "مكان")))
        assert "مكان" in corpus.schema.names
        corpus.save()
        assert corpus.schema_path.exists()
    assert {"شخص", "مكان"} <= set(LabelSchema.load(corpus.schema_path).names)


def test_listeners_hear_every_applied_edit_and_failed_edits_change_nothing(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    heard: list[tuple[int, tuple[Span, ...]]] = []
    with Corpus.open(path) as corpus:
        corpus.add_listener(
            lambda changes: heard.extend((i, e.added) for i, e in changes.effects.items())
        )
        corpus.apply(0, AddSpan(Span(4, 8, "PERS")))
        with pytest.raises(ValueError):
            corpus.apply(0, RemoveSpan(Span(0, 3, "PERS")))  # no such span
        assert heard == [(0, (Span(4, 8, "PERS"),))]
        assert corpus.dirty
        lines = corpus.journal.path.read_text(encoding="utf-8").splitlines()
        assert len(lines) == 2  # header + the one edit that applied


def test_readonly_open_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    with Corpus.open(source, readonly=True) as corpus:
        assert corpus[0].text == TEXT
        with pytest.raises(SaveError, match="read-only"):
            corpus.apply(0, SetStatus("todo", "done"))
        with pytest.raises(SaveError, match="read-only"):
            corpus.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_txt_format_entry_reads_and_writes_a_folder(tmp_path: Path) -> None:
    fmt = get("txt")
    out = tmp_path / "out"
    report = fmt.write(
        [Document("a.txt", "سطر\r\n", [Span(0, 3, "X")]), Document("b/c", "ب")], out, {}
    )
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b_c.txt"]
    assert (out / "a.txt").read_bytes() == "سطر\r\n".encode()
    assert any("1 span(s) not written" in w for w in report.warnings)
    assert [(d.id, d.text) for d in fmt.read(out, {})] == [("a.txt", "سطر\r\n"), ("b_c.txt", "ب")]


# -- journal ------------------------------------------------------------------


def test_unsaved_edits_are_replayed_on_the_next_open_then_cleared_by_save(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT}, {"id": "b", "text": "ب"})
    before = path.read_bytes()
    corpus = Corpus.open(path)
    corpus.apply(0, AddSpan(Span(4, 8, "PERS")))
    corpus.apply(1, SetNote("", "راجع"))
    corpus.close()  # not saved
    assert path.read_bytes() == before
    with Corpus.open(path) as again:
        assert again.recovered_edits == 2
        assert again[0].spans == [Span(4, 8, "PERS")] and again[1].note == "راجع"
        again.apply(1, SetStatus("todo", "done"))  # appended to the same journal
    with Corpus.open(path) as again:
        assert again.recovered_edits == 3
        again.save()
        assert not again.journal.path.exists()
    with Corpus.open(path) as last:
        assert last.recovered_edits == 0 and last[1].status == "done"


def test_torn_last_journal_line_is_ignored(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    corpus = Corpus.open(path)
    corpus.apply(0, SetStatus("todo", "done"))
    corpus.close()
    journal = corpus.journal.path
    journal.write_bytes(journal.read_bytes() + b'{"i": 0, "id": "a", "edit": {"kind": "no')
    with Corpus.open(path) as again:
        assert again.recovered_edits == 1 and again[0].status == "done"
        again.apply(0, SetNote("", "x"))
    assert all(json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines())


def test_discarding_on_close_drops_the_journal(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    corpus = Corpus.open(path)
    corpus.apply(0, SetStatus("todo", "done"))
    corpus.close(discard=True)
    with Corpus.open(path) as again:
        assert again.recovered_edits == 0 and again[0].status == "todo"


def test_journal_for_another_version_of_the_file_is_set_aside_with_a_warning(
    tmp_path: Path,
) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    corpus = Corpus.open(path)
    corpus.apply(0, SetStatus("todo", "done"))
    corpus.close()
    _jsonl(path, {"id": "a", "text": TEXT, "note": "edited elsewhere"})
    with Corpus.open(path) as again:
        assert again.recovered_edits == 0 and again[0].status == "todo"
        assert "1 unsaved edit(s) made to a different version" in again.warnings[0]
    assert len(list(tmp_path.glob("c.jsonl.journal.stale-*"))) == 1


def test_journal_of_a_save_that_finished_before_a_crash_is_not_applied_twice(
    tmp_path: Path,
) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    corpus = Corpus.open(path)
    corpus.apply(0, AddSpan(Span(4, 8, "PERS")))
    journal = corpus.journal.path
    kept = journal.read_bytes()
    corpus.save()
    corpus.close()
    # Re-create the state a kill between os.replace and clearing the journal leaves behind.
    state = fileio.current_state(path)
    assert state is not None
    journal.write_bytes(
        kept + json.dumps({"saving": {"size": state.size, "digest": state.digest}}).encode() + b"\n"
    )
    with Corpus.open(path) as again:
        assert (
            again.recovered_edits == 0
            and again[0].spans == [Span(4, 8, "PERS")]
            and not again.warnings
        )
    assert not journal.exists()


# -- careful saving -----------------------------------------------------------


def test_changed_on_disk_is_not_overwritten_unless_forced(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    with Corpus.open(path) as corpus:
        corpus.apply(0, SetStatus("todo", "done"))
        _jsonl(path, {"id": "a", "text": TEXT, "note": "someone else"})
        theirs = path.read_bytes()
        with pytest.raises(ChangedOnDiskError, match="changed by another program"):
            corpus.save()
        assert path.read_bytes() == theirs
        corpus.save(force=True)
    with Corpus.open(path) as again:
        assert again[0].status == "done" and again[0].note == ""


def test_touching_without_changing_is_not_a_change(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    with Corpus.open(path) as corpus:
        corpus.apply(0, SetStatus("todo", "done"))
        os.utime(path, ns=(1, 1))
        corpus.save()


def test_save_failure_keeps_the_previous_file_and_the_edits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    before = path.read_bytes()
    with Corpus.open(path) as corpus:
        corpus.apply(0, SetStatus("todo", "done"))
        real_fsync = os.fsync

        def disk_full(fd: int) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(os, "fsync", disk_full)
        with pytest.raises(SaveError, match="No space left on device.*previous file is unchanged"):
            corpus.save()
        monkeypatch.setattr(os, "fsync", real_fsync)

        def denied(src: str, dst: str) -> None:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

        monkeypatch.setattr(os, "replace", denied)
        with pytest.raises(SaveError, match="Permission denied"):
            corpus.save()
        monkeypatch.undo()
        assert path.read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
        assert corpus.dirty
        corpus.save()
    with Corpus.open(path) as again:
        assert again[0].status == "done" and again.recovered_edits == 0


def test_disk_full_on_a_real_tiny_filesystem(tmp_path: Path) -> None:
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        path = _jsonl(mount / "c.jsonl", *({"id": f"d{i}", "text": "م" * 900} for i in range(18)))
        before = path.read_bytes()
        corpus = Corpus.open(path, journal_fsync=False)
        corpus.apply(0, SetStatus("todo", "done"))
        with pytest.raises(SaveError, match="No space left on device"):
            corpus.save()
        assert path.read_bytes() == before
        assert not [p for p in mount.iterdir() if p.name.endswith(".tmp")]
        corpus.close()
        with Corpus.open(path, readonly=True) as again:
            assert again.recovered_edits == 1 and again[0].status == "done"
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_atomic_write_bytes_keeps_permissions_and_raises_save_error(tmp_path: Path) -> None:
    path = tmp_path / "f.txt"
    path.write_bytes(b"old")
    path.chmod(0o640)
    atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"new" and path.stat().st_mode & 0o777 == 0o640
    with pytest.raises(SaveError, match="cannot create a file in"):
        atomic_write_bytes(tmp_path / "missing" / "f.txt", b"x")


def test_jsonl_in_a_legacy_encoding_is_saved_back_in_it(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(
        ('{"id": "a", "text": "' + TEXT + '"}\n{"id": "b", "text": "ب"}\n').encode("cp1256")
    )
    second_line = path.read_bytes().split(b"\n")[1]
    with pytest.raises(InputError, match="--encoding cp1256"):
        Corpus.open(path)
    with Corpus.open(path, encoding="cp1256") as corpus:
        corpus.apply(0, SetNote("", "تحقق 😀"))  # the emoji has no cp1256 byte
        corpus.save()
    raw = path.read_bytes()
    assert raw.split(b"\n")[1] == second_line  # unchanged line, same bytes
    assert json.loads(raw.decode("cp1256").split("\n")[0])["note"] == "تحقق 😀"
    with Corpus.open(path, encoding="cp1256") as again:
        assert again[0].note == "تحقق 😀" and again[0].text == TEXT


def test_journal_replay_across_more_documents_than_the_cache_holds(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    get("jsonl").write([Document(f"d{i}", f"نص {i}") for i in range(400)], path, {})
    corpus = Corpus.open(path, eager_limit=0, journal_fsync=False)
    for i in range(400):
        corpus.apply(i, SetNote("", f"n{i}"))
    corpus.close()
    with Corpus.open(path, eager_limit=0) as again:
        assert again.recovered_edits == 400
        assert [d.note for d in again.iter_documents()] == [f"n{i}" for i in range(400)]
        again.save()
    with Corpus.open(path, readonly=True) as last:
        assert last[399].note == "n399"


def test_readonly_open_replays_the_journal_in_memory_only(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    corpus = Corpus.open(path)
    corpus.apply(0, SetStatus("todo", "done"))
    corpus.close()
    journal = corpus.journal.path.read_bytes()
    with Corpus.open(path, readonly=True) as reader:
        assert reader[0].status == "done" and reader.recovered_edits == 1
    assert corpus.journal.path.read_bytes() == journal


def test_a_journal_entry_that_does_not_fit_is_named_and_nothing_changes(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    corpus = Corpus.open(path)
    corpus.apply(0, SetStatus("todo", "done"))
    corpus.close()
    journal = corpus.journal.path
    journal.write_bytes(journal.read_bytes() + b'{"i": 0, "id": "b", "edit": {"kind": "note"}}\n')
    before = journal.read_bytes()
    with pytest.raises(
        InputError, match=r"c.jsonl.journal:3: names document 'b' but document 0 is 'a'"
    ):
        Corpus.open(path)
    assert journal.read_bytes() == before
    assert not (tmp_path / "c.jsonl.lock").exists()


def test_an_edit_that_cannot_be_journalled_is_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    heard: list[int] = []
    with Corpus.open(path) as corpus:
        corpus.add_listener(lambda i, edit: heard.append(i))

        def disk_full(fd: int, data: object) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(os, "write", disk_full)
        with pytest.raises(SaveError, match="cannot record the edit.*No space left"):
            corpus.apply(0, AddSpan(Span(4, 8, "PERS")))
        monkeypatch.undo()
        assert corpus[0].spans == [] and not corpus.dirty and heard == []


def test_a_failed_journal_append_leaves_no_torn_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    real_write = os.write
    with Corpus.open(path) as corpus:
        corpus.apply(0, SetStatus("todo", "done"))

        def half_then_full(fd: int, data: bytes) -> int:
            real_write(
                fd, bytes(data[:5])
            )  # part of the line reaches the file, then the disk is full
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(os, "write", half_then_full)
        with pytest.raises(SaveError):
            corpus.apply(0, SetNote("", "x"))
        monkeypatch.undo()
        corpus.apply(0, SetNote("", "y"))
    with Corpus.open(path) as again:
        assert again.recovered_edits == 2 and again[0].note == "y" and again[0].status == "done"


def test_lazy_save_copies_every_unchanged_line_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    get("jsonl").write(
        [Document(f"d{i}", f"نص {i}", [Span(0, 2, "LOC")]) for i in range(1000)], path, {}
    )
    before = path.read_bytes().split(b"\n")
    with Corpus.open(path, eager_limit=0) as corpus:
        corpus.apply(500, SetStatus("todo", "done"))
        corpus.apply(7, RemoveSpan(Span(0, 2, "LOC")))
        corpus.save()
        assert corpus[500].status == "done" and corpus[999].id == "d999"
    after = path.read_bytes().split(b"\n")
    assert [i for i, (a, b) in enumerate(zip(before, after)) if a != b] == [7, 500]
    assert len(before) == len(after)


def test_index_stays_exact_through_random_edits_and_saves(tmp_path: Path) -> None:
    import random

    rng = random.Random(5)
    path = tmp_path / "c.jsonl"
    get("jsonl").write([Document(f"d{i}", "م" * rng.randint(5, 40)) for i in range(60)], path, {})
    with Corpus.open(path, eager_limit=0, journal_fsync=False) as corpus:
        for _round in range(4):
            for _ in range(25):
                i = rng.randrange(len(corpus))
                doc = corpus[i]
                start = rng.randrange(len(doc.text) - 1)
                span = Span(
                    start, rng.randint(start + 1, len(doc.text)), rng.choice(["PERS", "LOC"])
                )
                if doc.has_span(span):
                    corpus.apply(i, RemoveSpan(span))
                else:
                    corpus.apply(i, AddSpan(span, tuple(doc.overlapping(span.start, span.end))))
                corpus.apply(i, SetNote(doc.note, doc.note + "x" * rng.randint(0, 3)))
            corpus.save()
            for i in range(len(corpus)):
                assert corpus.index.parse(i) == corpus[i]
        expected = list(corpus.iter_documents())
    with Corpus.open(path) as again:
        assert list(again.iter_documents()) == expected


def test_saving_through_a_symlink_writes_the_target(tmp_path: Path) -> None:
    target = _jsonl(tmp_path / "real.jsonl", {"id": "a", "text": TEXT})
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    with Corpus.open(link) as corpus:
        corpus.apply(0, SetStatus("todo", "done"))
        corpus.save()
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["status"] == "done"


# -- status_of and the labels an edit brings -------------------------------------------------------


def test_status_of_reads_line_heads_without_parsing_and_follows_edits(tmp_path: Path) -> None:
    docs = [Document(f"d{i}", f"نص {i}", status=("done" if i % 2 else "todo")) for i in range(6)]
    path = tmp_path / "c.jsonl"
    get("jsonl").write(docs, path, {})
    path.write_bytes(path.read_bytes() + b'{"text": "foreign", "status": "flagged"}\n{"text": 1}\n')
    with Corpus.open(path, eager_limit=0) as corpus:
        assert [corpus.status_of(i) for i in range(6)] == [d.status for d in docs]
        assert len(corpus._weak) == 0  # our lines: read from the head, nothing parsed
        assert (corpus.status_of(6), corpus.status_of(7), corpus.status_of(-1)) == (
            "flagged",
            "invalid",
            "invalid",
        )
        with pytest.raises(IndexError):
            corpus.status_of(8)
        corpus.apply(0, SetStatus("todo", "skipped"))
        assert corpus.status_of(0) == "skipped"
        counts = corpus.status_counts()
        assert counts == dict(Counter(corpus.status_of(i) for i in range(len(corpus))))
        corpus.save()
        assert corpus.status_of(0) == "skipped"
    with Corpus.open(path, eager_limit=0) as again:
        assert again.status_of(0) == "skipped" and len(again._weak) == 0


class _InsertTwo:
    """An edit defined outside annotator.edits (as a plugin would): it reports its own effect."""

    kind = "insert-two"

    def __init__(self, spans: list[Span]) -> None:
        self._payload = {"spans": spans}

    def apply(self, doc: Document) -> Effect:
        for span in self._payload["spans"]:
            doc.insert_span(span)
        return Effect(added=tuple(self._payload["spans"]))

    def inverse(self) -> RemoveSpan:  # only used by undo, not here
        return RemoveSpan(self._payload["spans"][0])

    def describe(self) -> str:
        return "insert two"

    def to_json(self) -> dict:
        return {"kind": "add", "span": {"start": 0, "end": 3, "label": "X"}}


def test_every_label_an_edit_brings_is_added_to_the_schema(tmp_path: Path) -> None:
    from annotator.edits import RelabelSpan

    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    with Corpus.open(path) as corpus:
        add = AddSpan(Span(4, 8, "أ"))
        corpus.apply(0, add)
        corpus.apply(0, RelabelSpan(Span(4, 8, "أ"), "ب"))
        corpus.apply(0, _InsertTwo([Span(0, 3, "ج"), Span(9, 16, "د")]))
        assert {"أ", "ب", "ج", "د"} <= set(corpus.schema.names)
        assert [s.label for s in corpus[0].spans] == ["ج", "ب", "د"]


@pytest.mark.parametrize(
    "journal", [b"", b'{"journal": 1, "annot', "header"], ids=["empty", "torn", "header-only"]
)
def test_a_journal_killed_while_starting_holds_no_edit_and_is_dropped(
    tmp_path: Path, journal: bytes | str
) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    with Corpus.open(path) as corpus:
        corpus.apply(0, SetNote("", "x"))
        corpus.save()
        if journal == "header":
            corpus.apply(0, SetNote("x", "y"))
            header = corpus.journal.path.read_bytes().split(b"\n")[0] + b"\n"
    jpath = tmp_path / "c.jsonl.journal"
    jpath.write_bytes(header if journal == "header" else journal)  # type: ignore[arg-type]
    before = path.read_bytes()
    with Corpus.open(path) as again:
        assert not again.warnings and again.recovered_edits == 0 and again[0].note == "x"
        again.save()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "c.jsonl",
        "c.labels.toml",
    ]  # nothing set aside or left


def test_temp_files_of_killed_saves_are_removed_for_the_schema_too(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    dead = [tmp_path / ".c.jsonl.k3j2.tmp", tmp_path / ".c.labels.toml.x9q1.tmp"]
    for file in dead:
        file.write_bytes(b"half written")
    with Corpus.open(path, readonly=True):
        assert all(file.exists() for file in dead)  # a reader never deletes anything
    with Corpus.open(path) as corpus:
        corpus.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl", "c.labels.toml"]
