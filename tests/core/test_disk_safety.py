"""Nothing harmed on disk: changes by other programs are seen, special files are never replaced,
read-only files stay untouched, and a save with nothing to save writes nothing."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from annotator.edits import SetStatus
from annotator.errors import ChangedOnDiskError
from annotator.storage import fileio
from annotator.storage.corpus import Corpus

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
        with pytest.raises(ChangedOnDiskError, match="changed by another program"):
            corpus.save()
        assert path.read_bytes() == theirs


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
    real = hashlib.sha256(path.read_bytes()).hexdigest()
    seen = _state_seen_long_ago(path, "not-read-again")
    assert fileio.current_state(path, seen) is seen  # all equal, looked long after: cheap
    ctime = path.stat().st_ctime_ns
    for changed in (
        {"ino": path.stat().st_ino + 1},
        {"ctime_ns": ctime - 1, "checked_ns": ctime + 10 * fileio.RACY_NS},
        {"checked_ns": ctime + 1},  # looked in the same tick as the last change: racy
    ):
        state = fileio.current_state(path, _state_seen_long_ago(path, "stale", **changed))
        assert state is not None and state.sha256 == real, changed
