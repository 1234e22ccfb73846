"""Data is never code in the terminal: names, labels and texts from files are printed escaped."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.display import escaped, isolated
from annotator.errors import InputError, Problem
from tests.core.test_cli import run_cli

RETITLE = "\x1b]0;pwned\x07"  # an escape sequence that retitles the terminal
OVERRIDE = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "PER" + RLO + "COL" displays as "PERLOC"


def test_escaped_makes_every_control_visible_and_keeps_the_rest() -> None:
    assert escaped("زار محمد\u200e") == "زار محمد\u200e"  # marks and letters stay
    assert escaped(f"a{RETITLE}b") == "a\\x1b]0;pwned\\x07b"
    assert escaped(f"PER{OVERRIDE}COL") == "PER\\u202eCOL"
    assert escaped("one\ntwo\r\u2028") == "one\\x0atwo\\x0d\\u2028"
    assert escaped("one\ntwo", keep_newlines=True) == "one\ntwo"
    assert isolated("«مصر»") == "\u2068«مصر»\u2069"


def test_a_problem_is_always_one_line() -> None:
    forged = Problem("bad\nok: 3 documents, 0 spans.jsonl", 2, f"label {RETITLE}")
    text = str(forged)
    assert "\n" not in text and "\x1b" not in text and "\\x0aok: 3 documents" in text
    error = InputError([forged, Problem("x.jsonl", 5, "second")])
    assert str(error).count("\n") == 1  # one line per problem, whatever they hold


def test_validate_cannot_be_made_to_print_a_forged_line_or_escape_codes(tmp_path: Path) -> None:
    name = "c\nok: 1 documents, 0 spans, 0 labels\x1b[2K.jsonl"
    path = tmp_path / name
    path.write_text('{"text": "نص", "spans": [{"start": 0, "end": 9, "label": "X"}]}\n')
    result = run_cli("validate", name, cwd=tmp_path)
    assert result.returncode == 1
    out = (result.stdout + result.stderr).decode("utf-8")
    assert "\x1b" not in out
    lines = out.splitlines()
    assert not any(line.startswith("ok:") for line in lines), lines
    assert any("\\x0aok: 1 documents" in line for line in lines)


def test_stats_prints_hostile_labels_and_texts_escaped(tmp_path: Path) -> None:
    label = f"PER{OVERRIDE}COL{RETITLE}"
    record = {
        "id": "d\x1b[31m",
        "text": "زار\nمحمد",
        "spans": [{"start": 0, "end": 8, "label": label}],
    }
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run_cli("stats", path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert "\x1b" not in out and OVERRIDE not in out and "\x07" not in out
    assert "PER\\u202eCOL\\x1b]0;pwned\\x07" in out
    assert "زار\\nمحمد" in out  # the span text stays on its line
