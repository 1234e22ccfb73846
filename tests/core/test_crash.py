"""Crash safety: a writer SIGKILLed at random points (some mid-save) loses no acknowledged edit."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from annotator.formats.jsonl import read_jsonl
from annotator.model import Span
from annotator.storage.corpus import Corpus

DOCS = 150
TEXT = "والتقى يوم الثلاثاء بوزير الدفاع المغربي وقائد القوات المسلحة الملكية ورئيس المخابرات " * 2

WRITER = r"""
import sys
from annotator.edits import AddSpan, SetNote
from annotator.model import Span
from annotator.storage.corpus import Corpus

path, save_every = sys.argv[1], int(sys.argv[2])
corpus = Corpus.open(path)
n = max(int(d.note or -1) for d in corpus.iter_documents()) + 1
while True:
    i = n % len(corpus)
    doc = corpus[i]
    corpus.apply(i, SetNote(doc.note, str(n)))
    if n % 2 == 0:
        p = (n // len(corpus)) % len(doc.text)
        if not doc.has_span(Span(p, p + 1, "PERS")):
            corpus.apply(i, AddSpan(Span(p, p + 1, "PERS")))
    print("ACK", n, flush=True)
    n += 1
    if n % save_every == 0:
        print("SAVING", flush=True)
        corpus.save()
        print("SAVED", flush=True)
"""


def _expected_span(n: int) -> Span:
    return Span((n // DOCS) % len(TEXT), (n // DOCS) % len(TEXT) + 1, "PERS")


def _run_and_kill(path: Path, rng: random.Random, during_save: bool) -> list[int]:
    """Start the writer, SIGKILL it and return the acknowledged edits.

    The kill comes at a random time, or just as a save starts.
    """
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(rng.choice([7, 25, 60]))],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    timer = threading.Timer(rng.uniform(0.0, 0.5), proc.send_signal, (signal.SIGKILL,))
    acked: list[int] = []
    saves_seen, kill_at_save = 0, rng.randint(1, 3)
    for line in proc.stdout:
        if not line.endswith("\n"):
            break  # killed mid-print: a torn line acknowledges nothing
        if line.startswith("ACK "):
            acked.append(int(line.split()[1]))
            if len(acked) == 1 and not during_save:
                # a random point after start-up: mid-edit, mid-journal-write or mid-save
                timer.start()
        elif line.startswith("SAVING") and during_save:
            saves_seen += 1
            if saves_seen == kill_at_save:
                time.sleep(rng.uniform(0, 0.004))  # somewhere inside the save
                proc.send_signal(signal.SIGKILL)
    timer.cancel()
    assert proc.wait(timeout=30) == -signal.SIGKILL
    return acked


def test_sigkill_never_loses_an_acknowledged_edit(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": f"d{i}", "text": TEXT}, ensure_ascii=False) + "\n"
            for i in range(DOCS)
        ),
        encoding="utf-8",
    )
    rng = random.Random(int(os.environ.get("CRASH_SEED", "2")))
    all_acked: list[int] = []
    for run in range(6):
        acked = _run_and_kill(path, rng, during_save=run % 2 == 1)
        assert acked, "the writer was killed before acknowledging anything"
        all_acked.extend(acked)
        assert len(list(read_jsonl(path, {}))) == DOCS  # the file itself always parses completely
        with Corpus.open(path, readonly=True) as corpus:
            notes = [int(d.note or -1) for d in corpus.iter_documents()]
            spans = [set(d.spans) for d in corpus.iter_documents()]
        for n in all_acked:
            assert notes[n % DOCS] >= n, f"acknowledged edit {n} lost after run {run}"
            if n % 2 == 0:
                assert _expected_span(n) in spans[n % DOCS], (
                    f"acknowledged span of edit {n} lost after run {run}"
                )
        assert max(notes) <= max(all_acked) + 1  # at most the one edit in flight when killed
    with Corpus.open(
        path
    ) as corpus:  # a writer opens it again: stale lock taken over, dead temp files removed
        corpus.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl", "c.labels.toml"]
