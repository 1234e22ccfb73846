"""Write lock: a second writer is refused with who holds it; a dead holder's lock is taken over."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.errors import LockedError
from annotator.storage.corpus import Corpus
from annotator.storage.lock import FileLock, lock_path_for

HOLD = """
import sys, time
from annotator.storage.corpus import Corpus
corpus = Corpus.open(sys.argv[1])
print("OPEN", flush=True)
time.sleep(60)
"""


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "نص"}\n', encoding="utf-8")
    return path


def _holder(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "OPEN"
    return proc


def test_second_writer_in_the_same_process_is_refused_and_readers_are_not(tmp_path: Path) -> None:
    path = _corpus(tmp_path)
    with Corpus.open(path) as first:
        with pytest.raises(LockedError) as caught:
            Corpus.open(path)
        assert (
            f"already open for writing by process {os.getpid()} on {socket.gethostname()}"
            in str(caught.value)
        )
        with Corpus.open(path, readonly=True) as reader:
            assert reader[0].text == "نص"
        assert first.lock.held
    assert not lock_path_for(path).exists()  # released on close
    Corpus.open(path).close()


def test_a_live_process_holding_the_lock_is_named(tmp_path: Path) -> None:
    path = _corpus(tmp_path)
    proc = _holder(path)
    try:
        with pytest.raises(LockedError, match=rf"by process {proc.pid} on .*Close it there first"):
            Corpus.open(path)
        info = json.loads(lock_path_for(path).read_text())
        assert info["pid"] == proc.pid
    finally:
        proc.kill()
        proc.wait()


def test_lock_of_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    path = _corpus(tmp_path)
    proc = _holder(path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert lock_path_for(path).exists()  # SIGKILL left the lock file behind
    with Corpus.open(path) as corpus:
        assert json.loads(lock_path_for(path).read_text())["pid"] == os.getpid()
        assert corpus.lock.held


def test_stale_lock_file_with_a_dead_pid_and_no_holder_is_taken_over(tmp_path: Path) -> None:
    path = _corpus(tmp_path)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    lock_path_for(path).write_text(
        json.dumps({"pid": int(dead.stdout), "host": socket.gethostname(), "time": 0})
    )
    with FileLock(path) as lock:
        assert lock.held


def test_garbage_lock_file_without_a_holder_is_taken_over(tmp_path: Path) -> None:
    path = _corpus(tmp_path)
    lock_path_for(path).write_bytes(b"\x00garbage")
    with FileLock(path) as lock:
        assert json.loads(lock.path.read_text())["pid"] == os.getpid()
