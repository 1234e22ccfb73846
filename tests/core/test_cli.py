"""The `annotator` command run as a subprocess on real files: exit codes, messages, output bytes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.commands.terminal import visual_line
from annotator.model import Document, Span
from annotator.storage.corpus import Corpus
from annotator.storage.records import dumps_record

TIMEOUT = 120


def run_cli(
    *args: str | Path, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """`python -m annotator ARGS` with stdout/stderr captured as bytes (a pipe, not a terminal)."""
    full_env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("ANNOTATOR_BIDI", "DISPLAY", "WAYLAND_DISPLAY")
    }
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )


def _text(out: bytes) -> str:
    return out.decode("utf-8")


def _corpus(path: Path, article_text: str) -> Path:
    """A JSONL of the article's paragraphs with their place and person names labelled."""
    docs = []
    statuses = ["todo", "done", "done", "skipped", "flagged"]
    for i, line in enumerate(l for l in article_text.split("\n") if l.strip()):
        spans = []
        for name, label in (("المغرب", "LOC"), ("«كوخافي»", "PERS"), ("(Ran Kochav)", "PERS")):
            at = line.find(name)
            if at >= 0:
                spans.append(Span(at, at + len(name), label))
        docs.append(Document(id=f"p{i + 1}", text=line, spans=spans, status=statuses[i % 5]))
    path.write_text("".join(dumps_record(d) + "\n" for d in docs), encoding="utf-8", newline="\n")
    return path


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _no_traceback(result: subprocess.CompletedProcess[bytes]) -> None:
    assert b"Traceback" not in result.stderr and b"Traceback" not in result.stdout


# -- validate ---------------------------------------------------------------------


def test_validate_clean_file_prints_summary(tmp_path: Path, article_text: str) -> None:
    path = _corpus(tmp_path / "corpus.jsonl", article_text)
    before = _snapshot(tmp_path)
    result = run_cli("validate", path.name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    spans = sum(
        len(json.loads(line)["spans"]) for line in path.read_text(encoding="utf-8").splitlines()
    )
    docs = len(path.read_text(encoding="utf-8").splitlines())
    assert _text(result.stdout) == f"ok: {docs} documents, {spans} spans, 2 labels\n"
    assert _snapshot(tmp_path) == before  # bytes and mtime unchanged, no lock or journal created


def test_validate_reports_every_problem_as_file_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"text": "زار المغرب"}\n'
        "{not json\n"
        '{"text": "زار المغرب", "spans": [{"start": 4, "end": 40, "label": "LOC"}]}\n'
        "\n"
        '{"text": "زار المغرب", "status": "finished"}\n',
        encoding="utf-8",
    )
    before = _snapshot(tmp_path)
    result = run_cli("validate", "bad.jsonl", cwd=tmp_path)
    _no_traceback(result)
    assert result.returncode == 1
    lines = _text(result.stdout).splitlines()
    assert [line.split(":")[:2] for line in lines] == [
        ["bad.jsonl", "2"],
        ["bad.jsonl", "3"],
        ["bad.jsonl", "5"],
    ]
    assert (
        "invalid JSON" in lines[0] and "out of range" in lines[1] and "unknown status" in lines[2]
    )
    assert "3 problem(s)" in _text(result.stderr)
    assert _snapshot(tmp_path) == before


def test_validate_does_not_need_the_write_lock(tmp_path: Path, article_text: str) -> None:
    path = _corpus(tmp_path / "corpus.jsonl", article_text)
    corpus = Corpus.open(path)  # this process holds the file open for writing
    try:
        before = _snapshot(tmp_path)
        result = run_cli("validate", path.name, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert _snapshot(tmp_path) == before
    finally:
        corpus.close()


def test_validate_with_a_label_schema(tmp_path: Path, article_text: str) -> None:
    path = _corpus(tmp_path / "corpus.jsonl", article_text)
    (tmp_path / "places.toml").write_text(
        '[[labels]]\nname = "LOC"\ncolor = "#3366cc"\nhotkey = "1"\n', encoding="utf-8"
    )
    result = run_cli("validate", path.name, "--labels", "places.toml", cwd=tmp_path)
    assert result.returncode == 1
    out = _text(result.stdout).splitlines()
    assert out and all(
        line.startswith("corpus.jsonl:") and "'PERS' is not in the label schema places.toml" in line
        for line in out
    )
    missing = run_cli("validate", path.name, "--labels", "nope.toml", cwd=tmp_path)
    _no_traceback(missing)
    assert missing.returncode == 1 and "nope.toml" in _text(missing.stderr)


def test_validate_text_file_and_encoding_errors(tmp_path: Path, article_path: Path) -> None:
    result = run_cli("validate", article_path, cwd=tmp_path)
    assert result.returncode == 0 and _text(result.stdout) == "ok: 1 documents, 0 spans, 0 labels\n"
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("مرحبا بالعالم".encode("cp1256"))
    bad = run_cli("validate", legacy.name, cwd=tmp_path)
    _no_traceback(bad)
    assert bad.returncode == 1 and "--encoding cp1256" in _text(bad.stdout)
    assert _text(bad.stdout).startswith("legacy.txt")
    good = run_cli("validate", legacy.name, "--encoding", "cp1256", cwd=tmp_path)
    assert good.returncode == 0, good.stdout
    unknown = run_cli("validate", legacy.name, "--encoding", "martian", cwd=tmp_path)
    _no_traceback(unknown)
    assert unknown.returncode == 1 and "unknown encoding 'martian'" in _text(unknown.stderr)


@pytest.mark.parametrize(
    "args",
    [
        ("validate", "missing.jsonl"),
        ("stats", "missing.jsonl"),
        ("stats", "folder"),
        ("validate", "binary.jsonl"),
        ("stats", "bad.jsonl"),
    ],
)
def test_user_errors_are_one_message_never_a_traceback(
    tmp_path: Path, args: tuple[str, str]
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "binary.jsonl").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00")
    (tmp_path / "bad.jsonl").write_text('{"text": "أ"}\n[1, 2]\n', encoding="utf-8")
    result = run_cli(*args, cwd=tmp_path)
    _no_traceback(result)
    assert result.returncode == 1
    message = _text(result.stderr) + _text(result.stdout)
    assert args[1] in message


# -- stats ------------------------------------------------------------------------


def test_stats_json_is_parseable_and_logical(tmp_path: Path, article_text: str) -> None:
    path = _corpus(tmp_path / "corpus.jsonl", article_text)
    result = run_cli("stats", path.name, "--json", "--bidi", "visual", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["documents"] == len(path.read_text(encoding="utf-8").splitlines())
    assert sum(data["by_status"].values()) == data["documents"]
    assert data["spans_per_label"]["LOC"] >= 5
    texts = {t["text"] for t in data["labels"]["PERS"]["top_texts"]}
    assert {"«كوخافي»", "(Ran Kochav)"} <= texts  # logical text, brackets as stored


def test_stats_piped_output_is_the_logical_text(tmp_path: Path, article_text: str) -> None:
    path = _corpus(tmp_path / "corpus.jsonl", article_text)
    result = run_cli("stats", path.name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "«كوخافي»".encode() in out and "المغرب".encode() in out
    assert b"documents by status:" in out and b"spans per label:" in out
    assert result.stderr == b""  # no progress bar when stderr is not a terminal


def test_stats_visual_when_asked(tmp_path: Path, article_text: str) -> None:
    path = _corpus(tmp_path / "corpus.jsonl", article_text)
    for flag, env in ((["--bidi", "visual"], {}), ([], {"ANNOTATOR_BIDI": "visual"})):
        result = run_cli("stats", path.name, *flag, cwd=tmp_path, env=env)
        assert result.returncode == 0, result.stderr
        out = _text(result.stdout)
        assert "المغرب" not in out  # reshaped presentation forms, reversed
        assert f"  {visual_line('المغرب')}\n" in out
        assert "  «" + visual_line("كوخافي") + "»\n" in out  # guillemets mirrored
        assert "(Ran Kochav)" in out


def test_stats_on_the_sample_article(article_path: Path, tmp_path: Path) -> None:
    result = run_cli("stats", article_path, "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["documents"] == 1 and data["by_status"]["todo"] == 1 and data["spans"] == 0
    assert data["characters"] == len(article_path.read_text(encoding="utf-8"))


def test_stats_top_limits_texts(tmp_path: Path, article_text: str) -> None:
    path = _corpus(tmp_path / "corpus.jsonl", article_text)
    data = json.loads(run_cli("stats", path.name, "--json", "--top", "1", cwd=tmp_path).stdout)
    assert all(len(item["top_texts"]) <= 1 for item in data["labels"].values())


# -- the rest of the command ---------------------------------------------------------


def test_version(tmp_path: Path) -> None:
    from annotator import __version__

    result = run_cli("--version", cwd=tmp_path)
    assert result.returncode == 0 and _text(result.stdout).strip() == f"annotator {__version__}"


def test_console_script_is_installed(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("annotator")
    if not script.exists():
        pytest.skip("no console script next to this interpreter")
    result = subprocess.run(
        [str(script), "--help"], capture_output=True, timeout=TIMEOUT, cwd=tmp_path, check=False
    )
    assert result.returncode == 0 and b"validate" in result.stdout and b"stats" in result.stdout


def test_window_without_a_display_is_a_clear_message(tmp_path: Path) -> None:
    result = run_cli(cwd=tmp_path, env={"QT_QPA_PLATFORM": ""})
    _no_traceback(result)
    assert result.returncode == 2 and b"no display" in result.stderr


def test_window_without_pyside6_is_a_clear_message(tmp_path: Path, article_path: Path) -> None:
    blocker = tmp_path / "blocked"
    (blocker / "PySide6").mkdir(parents=True)
    (blocker / "PySide6" / "__init__.py").write_text(
        "raise ImportError('PySide6 is not installed here')\n"
    )
    env = {"PYTHONPATH": str(blocker), "QT_QPA_PLATFORM": "offscreen"}
    result = run_cli(article_path, cwd=tmp_path, env=env)
    _no_traceback(result)
    assert result.returncode == 2
    assert b"PySide6" in result.stderr and b"validate" in result.stderr


def test_window_on_a_missing_path(tmp_path: Path) -> None:
    result = run_cli("nowhere.jsonl", cwd=tmp_path, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2 and b"nowhere.jsonl" in result.stderr


def test_convert_is_a_built_in_command(tmp_path: Path) -> None:
    result = run_cli("convert", "--help", cwd=tmp_path)
    assert result.returncode == 0 and b"usage: annotator convert" in result.stdout


def test_closed_pipe_is_quiet(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text(
        "[1]\n" * 1500, encoding="utf-8"
    )  # 1,000 problem lines: more than a pipe buffer
    proc = subprocess.Popen(
        [sys.executable, "-m", "annotator", "validate", path.name],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith(b"many.jsonl:1:")
    proc.stdout.close()
    stderr = proc.stderr.read()
    assert proc.wait(timeout=TIMEOUT) == 141
    assert b"Traceback" not in stderr


SLOW_VALIDATE = """
import sys, time
from pathlib import Path
import annotator.commands.validate as validate
from annotator.commands.cli import main

def slow_scan(*args, **kwargs):  # a stand-in for a file on a slow network drive
    Path("reading").touch()
    time.sleep(60)
    yield from ()

validate.scan_documents = validate.scan_counted = slow_scan
sys.exit(main(["validate", "c.jsonl"]))
"""


def test_interrupt_exits_130_quietly(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_VALIDATE],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not (tmp_path / "reading").exists():  # wait until it is reading
        if proc.poll() is not None:
            pytest.fail(f"the command ended early: {proc.communicate()}")
        assert time.monotonic() < deadline
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == 130
    assert err == b"" and out == b""


def run_on_terminal(*args: str | Path, cwd: Path, env: dict[str, str]) -> tuple[int, bytes, bytes]:
    """Run the command with stdout and stderr each on its own pseudo-terminal (isatty() is true)."""
    import fcntl
    import pty
    import struct
    import termios

    full_env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("ANNOTATOR_BIDI", "VTE_VERSION", "KONSOLE_VERSION", "MLTERM")
    }
    full_env.update({"TERM": "xterm", **env})
    out_master, out_slave = pty.openpty()
    err_master, err_slave = pty.openpty()
    for fd in (out_slave, err_slave):  # a new pty is 0 columns wide; make it an 80x24 terminal
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    proc = subprocess.Popen(
        [sys.executable, "-m", "annotator", *map(str, args)],
        cwd=cwd,
        env=full_env,
        stdin=subprocess.DEVNULL,
        stdout=out_slave,
        stderr=err_slave,
    )
    os.close(out_slave)
    os.close(err_slave)
    chunks: dict[int, list[bytes]] = {out_master: [], err_master: []}
    open_fds = set(chunks)
    import select

    while open_fds:
        ready, _, _ = select.select(list(open_fds), [], [], TIMEOUT)
        if not ready:
            break
        for fd in ready:
            try:
                data = os.read(fd, 65536)
            except OSError:  # EIO: the other end closed
                data = b""
            if data:
                chunks[fd].append(data)
            else:
                open_fds.discard(fd)
                os.close(fd)
    code = proc.wait(timeout=TIMEOUT)
    # the terminal turns "\n" into "\r\n"
    return code, b"".join(chunks[out_master]).replace(b"\r\n", b"\n"), b"".join(chunks[err_master])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs pseudo-terminals")
def test_auto_mode_on_a_real_terminal(tmp_path: Path, article_text: str) -> None:
    path = _corpus(tmp_path / "corpus.jsonl", article_text)
    code, out, _ = run_on_terminal("stats", path.name, cwd=tmp_path, env={})
    assert code == 0
    assert visual_line("«كوخافي»", "L").encode() in out and "المغرب".encode() not in out
    code, out, _ = run_on_terminal("stats", path.name, cwd=tmp_path, env={"VTE_VERSION": "7600"})
    assert code == 0
    assert "«كوخافي»".encode() in out  # GNOME Terminal does its own bidi: logical text
    code, out, _ = run_on_terminal("stats", path.name, "--json", cwd=tmp_path, env={})
    assert code == 0 and "«كوخافي»".encode() in out
    json.loads(out)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs pseudo-terminals")
def test_progress_bar_only_on_a_terminal_for_large_files(tmp_path: Path, article_text: str) -> None:
    path = _corpus(tmp_path / "corpus.jsonl", article_text)
    code, _, err = run_on_terminal(
        "stats", path.name, cwd=tmp_path, env={"ANNOTATOR_PROGRESS_BYTES": "1"}
    )
    assert code == 0 and b"reading:" in err and b"B/s]" in err
    code, _, err = run_on_terminal("stats", path.name, cwd=tmp_path, env={})  # small file: no bar
    assert code == 0 and err == b""


def test_validate_mentions_unsaved_edits(tmp_path: Path, article_text: str) -> None:
    from annotator.edits import SetStatus

    path = _corpus(tmp_path / "corpus.jsonl", article_text)
    corpus = Corpus.open(path)
    corpus.apply(0, SetStatus(corpus[0].status, "flagged"))
    corpus.close()  # not saved: the edit lives in the journal beside the file
    before = _snapshot(tmp_path)
    result = run_cli("validate", path.name, cwd=tmp_path)
    assert result.returncode == 0
    assert b"not yet saved" in result.stderr and b"corpus.jsonl" in result.stderr
    assert _snapshot(tmp_path) == before  # the journal is not replayed, nor removed


def test_piped_problem_lines_are_byte_for_byte_logical(tmp_path: Path) -> None:
    from annotator.errors import InputError
    from annotator.storage.records import document_from_line

    line = (
        '{"text": "زار «الرباط» (Rabat)", '
        '"spans": [{"start": 4, "end": 12, "label": "مكان", "text": "زار"}]}'
    )
    (tmp_path / "drift.jsonl").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        document_from_line(line.encode(), "drift.jsonl", 1)
    expected = "".join(f"{p}\n" for p in caught.value.problems)
    assert "«الرباط»" in expected
    result = run_cli("validate", "drift.jsonl", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == expected.encode("utf-8")
