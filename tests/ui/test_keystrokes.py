"""The keystroke benchmark's session, short: the article's first entities labelled by real
keys on the window, with and without suggestions (benchmarks/bench_keystrokes.py has the
whole run and the figures). Counts keys, not time."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location(
        "bench_keystrokes", REPO / "benchmarks" / "bench_keystrokes.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_keystrokes"] = module
    spec.loader.exec_module(module)
    return module


def test_keys_per_entity_with_and_without_suggestions(qapp, tmp_path: Path, bench) -> None:
    gold = bench.GOLD[:9]  # the first paragraphs: Arabic names, an English line, a mixed one
    keyboard = bench.run_session("keyboard", tmp_path, gold)
    suggest = bench.run_session("suggest", tmp_path, gold)
    assert keyboard.saved_ok and suggest.saved_ok  # the saved JSONL holds exactly the gold
    assert len(keyboard.per_entity) == len(suggest.per_entity) == len(gold)
    assert keyboard.median <= 6, keyboard.line()
    assert suggest.median <= 3, suggest.line()
    assert suggest.total < keyboard.total
    # a right suggestion after a right one costs one key (Enter; the next is focused)
    assert suggest.per_entity[1] == 1
