"""Nothing harmed on disk: changes by other programs are seen, special files are never replaced,
read-only files stay untouched, and a save with nothing to save writes nothing."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.edits import SetStatus
from annotator.errors import (
    ChangedOnDiskError,
    InputError,
    LockedError,
    ReadOnlyError,
    SaveError,
    SchemaError,
)
from annotator.storage import fileio
from annotator.storage.corpus import Corpus
from annotator.storage.digest import digest_of

TEXT = "زار محمد القاهرة"


def _jsonl(path: Path, *records: dict[str, object]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


# -- 7. changed on disk, same size, mtime restored ----------------------------------


def test_same_size_rewrite_with_the_mtime_restored_is_seen(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT, "note": "mine"})
    with Corpus.open(path) as corpus:
        corpus.apply(0, SetStatus("todo", "done"))
        st = path.stat()
        theirs = path.read_bytes().replace(b'"mine"', b'"MINE"')
        with open(path, "r+b") as f:  # in place: same inode, same size
            f.write(theirs)
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
        assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns
        with pytest.raises(ChangedOnDiskError, match="changed by another program") as caught:
            corpus.save()
        assert path.read_bytes() == theirs
        assert "(in the window: answer Yes to the question; in Python: save(force=True))" in str(
            caught.value
        )


def _state_seen_long_ago(path: Path, sha256: str, **changes: int) -> fileio.FileState:
    st = path.stat()
    fields: dict[str, int] = {
        "size": st.st_size,
        "mtime_ns": st.st_mtime_ns,
        "ino": st.st_ino,
        "ctime_ns": st.st_ctime_ns,
        "checked_ns": st.st_ctime_ns + 10 * fileio.RACY_NS,
    }
    fields.update(changes)
    return fileio.FileState(
        fields["size"],
        fields["mtime_ns"],
        sha256,
        fields["ino"],
        fields["ctime_ns"],
        fields["checked_ns"],
    )


def test_the_hash_is_reused_only_when_size_mtime_inode_and_ctime_all_match(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"text": "x"}\n')
    real = digest_of(path.read_bytes())
    seen = _state_seen_long_ago(path, "not-read-again")
    assert fileio.current_state(path, seen) is seen  # all equal, looked long after: cheap
    ctime = path.stat().st_ctime_ns
    for changed in (
        {"ino": path.stat().st_ino + 1},
        {"ctime_ns": ctime - 1, "checked_ns": ctime + 10 * fileio.RACY_NS},
        {"checked_ns": ctime + 1},  # looked in the same tick as the last change: racy
    ):
        state = fileio.current_state(path, _state_seen_long_ago(path, "stale", **changed))
        assert state is not None and state.digest == real, changed


# -- 6. symlinks and special files ----------------------------------------------------

TIMEOUT = 60


def run_cli(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`python -m annotator ARGS`; a FIFO read by mistake would block: the timeout fails it."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def _device(path: Path, minor: int) -> Path:
    """A character device node in tmp_path: minor 3 is a null device, 5 a zero device."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return path


def _listing(folder: Path) -> dict[str, str]:
    """Each entry's kind and, for a file, its bytes: what must not change."""
    out = {}
    for p in sorted(folder.iterdir()):
        if p.is_symlink():
            out[p.name] = f"link -> {os.readlink(p)}"
        elif p.is_file():
            out[p.name] = p.read_bytes().decode("utf-8", "replace")
        else:
            out[p.name] = oct(p.lstat().st_mode)
    return out


def test_a_lock_that_is_a_symlink_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    precious = tmp_path / "precious.txt"
    precious.write_text("do not overwrite", encoding="utf-8")
    (tmp_path / "c.jsonl.lock").symlink_to(precious)
    before = _listing(tmp_path)
    with pytest.raises(LockedError) as caught:
        Corpus.open(path)
    assert "c.jsonl.lock" in str(caught.value) and "symbolic link" in str(caught.value)
    assert _listing(tmp_path) == before


@pytest.mark.parametrize("name", ["c.jsonl.lock", "c.jsonl.journal"])
def test_a_fifo_lock_or_journal_is_refused_without_waiting(tmp_path: Path, name: str) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    os.mkfifo(tmp_path / name)
    before = _listing(tmp_path)
    with pytest.raises((LockedError, InputError), match="FIFO"):
        Corpus.open(path)
    assert _listing(tmp_path) == before


def test_a_dangling_symlink_journal_is_refused_and_nothing_is_created(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    target = tmp_path / "elsewhere.journal"
    (tmp_path / "c.jsonl.journal").symlink_to(target)
    before = _listing(tmp_path)
    with pytest.raises(InputError) as caught:
        Corpus.open(path)
    assert str(caught.value).startswith(f"{tmp_path / 'c.jsonl.journal'}: ")
    assert "symbolic link" in str(caught.value)
    assert _listing(tmp_path) == before and not target.exists()


def test_a_journal_link_made_after_opening_is_not_written_through(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    target = tmp_path / "elsewhere.journal"
    with Corpus.open(path) as corpus:
        (tmp_path / "c.jsonl.journal").symlink_to(target)
        with pytest.raises(SaveError, match="symbolic link"):
            corpus.apply(0, SetStatus("todo", "done"))
        assert corpus[0].status == "todo"  # not journalled, so not made
    assert not target.exists()


def test_the_corpus_and_its_schema_are_saved_through_their_links(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    _jsonl(real / "c.jsonl", {"id": "a", "text": TEXT})
    (real / "c.labels.toml").write_text(
        '[[labels]]\nname = "PERS"\ncolor = "#ff0000"\n', encoding="utf-8"
    )
    (tmp_path / "c.jsonl").symlink_to(real / "c.jsonl")
    with Corpus.open(tmp_path / "c.jsonl") as corpus:
        corpus.apply(0, SetStatus("todo", "done"))
        corpus.ensure_labels(["LOC"])
        corpus.save()
    assert (tmp_path / "c.jsonl").is_symlink()
    assert json.loads((real / "c.jsonl").read_text(encoding="utf-8"))["status"] == "done"
    assert "LOC" in (real / "c.labels.toml").read_text(encoding="utf-8")
    assert sorted(p.name for p in real.iterdir()) == ["c.jsonl", "c.labels.toml"]


def test_convert_writes_through_a_symlink_and_keeps_the_link(tmp_path: Path) -> None:
    _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": TEXT})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "out.jsonl").symlink_to(elsewhere / "real.jsonl")
    result = run_cli("convert", "in.jsonl", "out.jsonl", "--to", "doccano", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert os.readlink(tmp_path / "out.jsonl") == str(elsewhere / "real.jsonl")
    assert json.loads((elsewhere / "real.jsonl").read_text(encoding="utf-8"))["text"] == TEXT
    assert sorted(p.name for p in elsewhere.iterdir()) == ["real.jsonl"]  # no temp left
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere", "in.jsonl", "out.jsonl"]


@pytest.mark.parametrize("fmt", ["jsonl", "labelstudio"])
def test_convert_to_a_character_device_writes_into_it_and_never_replaces_it(
    tmp_path: Path, fmt: str
) -> None:
    _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": TEXT})
    null = _device(tmp_path / "null", 3)
    result = run_cli("convert", "in.jsonl", "null", "--to", fmt, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(null.lstat().st_mode)  # still the device node
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "null"]  # no temp, no XML


def test_convert_writes_into_a_fifo_as_it_goes(tmp_path: Path) -> None:
    _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": TEXT})
    os.mkfifo(tmp_path / "pipe")
    reader = subprocess.Popen(["cat", str(tmp_path / "pipe")], stdout=subprocess.PIPE)
    result = run_cli("convert", "in.jsonl", "pipe", "--to", "jsonl", cwd=tmp_path)
    out, _ = reader.communicate(timeout=TIMEOUT)
    assert result.returncode == 0, result.stderr
    assert json.loads(out)["text"] == TEXT
    assert stat.S_ISFIFO((tmp_path / "pipe").lstat().st_mode)


@pytest.mark.parametrize("command", ["validate", "stats", "convert"])
def test_a_fifo_or_device_as_input_is_refused_at_once(tmp_path: Path, command: str) -> None:
    os.mkfifo(tmp_path / "pipe.jsonl")
    zero = _device(tmp_path / "zero.jsonl", 5)
    for source in ("pipe.jsonl", zero.name):
        args = [command, source] + (
            ["out.jsonl", "--from", "jsonl"] if command == "convert" else []
        )
        result = run_cli(*args, cwd=tmp_path)
        kind = "FIFO (named pipe)" if source == "pipe.jsonl" else "character device"
        assert result.returncode == 1
        assert f"{source}: is a {kind}, not a regular file" in result.stderr + result.stdout
        assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.jsonl", "zero.jsonl"]


def test_a_fifo_among_the_texts_or_as_the_schema_is_named_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(folder / "b.txt")
    with pytest.raises(InputError) as caught:
        Corpus.open(folder)
    assert str(caught.value).startswith(f"{folder / 'b.txt'}: is a FIFO (named pipe)")
    result = run_cli("validate", "news", cwd=tmp_path)
    assert result.returncode == 1 and "b.txt: is a FIFO (named pipe)" in result.stdout
    (folder / "b.txt").unlink()
    os.mkfifo(tmp_path / "news.annotations.labels.toml")
    with pytest.raises(
        SchemaError, match="news.annotations.labels.toml: cannot read the label schema: is a FIFO"
    ):
        Corpus.open(folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news", "news.annotations.labels.toml"]


def test_a_symlink_loop_is_called_a_loop(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").symlink_to(tmp_path / "b.jsonl")
    (tmp_path / "b.jsonl").symlink_to(tmp_path / "a.jsonl")
    with pytest.raises(InputError, match="a.jsonl: a symlink loop"):
        Corpus.open(tmp_path / "a.jsonl")
    for args in (["validate"], ["stats"], ["convert", "--from", "jsonl"]):
        command = [args[0], "a.jsonl", *(["out.jsonl", *args[1:]] if len(args) > 1 else [])]
        result = run_cli(*command, cwd=tmp_path)
        assert result.returncode == 1, command
        assert "a.jsonl: a symlink loop" in result.stderr + result.stdout, command
        assert "Traceback" not in result.stderr
    _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": TEXT})
    result = run_cli("convert", "in.jsonl", "a.jsonl", cwd=tmp_path)
    assert result.returncode == 1 and "a symlink loop" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl", "b.jsonl", "in.jsonl"]


# -- 9. read-only files and folders -----------------------------------------------------


def _state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and mtime: what a read-only open must leave as it was."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}


def test_a_file_without_write_permission_is_opened_read_only_and_never_replaced(
    tmp_path: Path,
) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT})
    path.chmod(0o444)
    before = _state(tmp_path)
    with Corpus.open(path) as corpus:  # we run as root: the mode bits are honoured anyway
        assert corpus.readonly
        assert "c.jsonl is read-only (no write permission)" in corpus.warnings[0]
        assert corpus[0].text == TEXT
        with pytest.raises(ReadOnlyError, match="open read-only; it cannot be edited"):
            corpus.apply(0, SetStatus("todo", "done"))
        with pytest.raises(ReadOnlyError, match="open read-only; it cannot be saved"):
            corpus.save()
    assert _state(tmp_path) == before  # no lock, journal, schema or temp file either


def test_a_folder_without_write_permission_opens_read_only_with_the_reason(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = _jsonl(folder / "c.jsonl", {"id": "a", "text": TEXT})
    folder.chmod(0o555)
    try:
        before = _state(folder)
        with Corpus.open(path) as corpus:
            assert corpus.readonly
            assert f"The folder {folder} cannot be written to" in corpus.warnings[0]
            assert "copy it to a folder you can write to" in corpus.warnings[0]
        assert _state(folder) == before
    finally:
        folder.chmod(0o755)


def test_a_read_only_output_is_not_replaced_by_convert(tmp_path: Path) -> None:
    _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": TEXT})
    out = tmp_path / "out.jsonl"
    out.write_text("keep me\n", encoding="utf-8")
    out.chmod(0o444)
    result = run_cli("convert", "in.jsonl", "out.jsonl", cwd=tmp_path)
    assert result.returncode == 1
    assert "out.jsonl: it is read-only (no write permission)" in result.stderr
    assert out.read_text(encoding="utf-8") == "keep me\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_storage_errors_escape_the_file_names_they_print(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c\n\x1b[2Jforged.jsonl", {"id": "a", "text": TEXT})
    caught: list[str] = []
    with Corpus.open(path) as corpus:
        with pytest.raises(LockedError) as locked:
            Corpus.open(path)
        caught.append(str(locked.value))
        corpus.apply(0, SetStatus("todo", "done"))
        path.write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
        with pytest.raises(ChangedOnDiskError) as changed:
            corpus.save()
        caught.append(str(changed.value))
    with Corpus.open(path, readonly=True) as reader:
        with pytest.raises(ReadOnlyError) as readonly:
            reader.apply(0, SetStatus("todo", "done"))
        caught.append(str(readonly.value))
    for message in caught:
        assert "\n" not in message and "\x1b" not in message
        assert "c\\x0a\\x1b[2Jforged.jsonl" in message


def test_in_a_folder_of_texts_a_loop_is_named_and_a_dangling_link_left_out(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    with Corpus.open(folder) as corpus:
        assert [corpus[i].id for i in range(len(corpus))] == ["a.txt"]
    (folder / "x.txt").symlink_to(folder / "y.txt")
    (folder / "y.txt").symlink_to(folder / "x.txt")
    with pytest.raises(InputError) as caught:
        Corpus.open(folder)
    assert [(Path(p.path).name, p.message) for p in caught.value.problems] == [
        ("x.txt", "a symlink loop (the link leads back to itself)"),
        ("y.txt", "a symlink loop (the link leads back to itself)"),
    ]


def test_a_writer_that_cannot_encode_is_a_save_error_and_writes_nothing(tmp_path: Path) -> None:
    from annotator.formats.conversion import export_documents
    from annotator.model import Document

    made_in_memory = Document("a", "x\ud800")  # files cannot bring this in; code can
    with pytest.raises(SaveError, match=r"cannot write .*out as txt: '\\ud800' cannot be"):
        export_documents([made_in_memory], 1, tmp_path / "out", "txt")
    assert list(tmp_path.iterdir()) == []
