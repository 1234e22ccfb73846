"""Terminal display of Arabic: reordered and shaped for terminals without bidi, else logical."""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
from bidi import get_display
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from annotator.commands.terminal import (
    ENV_VAR,
    MIRRORED,
    TerminalWriter,
    known_bidi_terminal,
    resolve_mode,
    to_visual,
    visual_line,
)


class _TtyStream(io.StringIO):
    """A text stream that says it is a terminal (what sys.stdout is in an interactive shell)."""

    def isatty(self) -> bool:
        return True


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


def _unshape(text: str) -> str:
    """Presentation forms back to the letters they show (lam-alef ligature -> lam + alef)."""
    return "".join(
        unicodedata.normalize("NFKC", ch)
        if 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF
        else ch
        for ch in text
    )


def _clusters(text: str) -> list[str]:
    """A base character with the combining marks that follow it, as a terminal draws one cell."""
    out: list[str] = []
    for ch in text:
        if out and _is_mark(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _read_back(visual: str) -> str:
    """Undo the display transform of a purely RTL line: reverse cells, unmirror, unshape."""
    cells = [MIRRORED.get(c, c) if len(c) == 1 else c for c in reversed(_clusters(visual))]
    return _unshape("".join(cells))


def _pure_rtl_lines(text: str) -> list[str]:
    """Sample lines with no Latin letters or digits: the whole line is one right-to-left run."""
    return [line for line in text.splitlines() if line and not re.search(r"[A-Za-z0-9٠-٩]", line)]


def test_pure_arabic_lines_read_back_to_the_logical_text(article_text: str) -> None:
    lines = _pure_rtl_lines(article_text)
    assert len(lines) >= 3
    for line in lines:
        visual = visual_line(line)
        assert visual != line
        assert _read_back(visual) == line


def test_letter_forms_are_shaped_and_reversed() -> None:
    visual = visual_line("المغرب")
    # isolated-form letters would print unjoined: the output uses presentation forms instead
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in visual)
    assert _unshape(visual[::-1]) == "المغرب"


def test_brackets_and_guillemets_mirrored_in_the_sample(article_text: str) -> None:
    line = next(line for line in article_text.splitlines() if "(Ran Kochav)" in line)
    visual = visual_line(line)
    assert "(Ran Kochav)" in visual  # python-bidi alone prints ")Ran Kochav("
    assert ")Ran Kochav(" in get_display(line)
    name = visual_line("ران كوخاف")
    assert "«" + name + "»" in visual
    first = next(line for line in article_text.splitlines() if "«عبد اللطيف الوديي»" in line)
    assert "«" + visual_line("عبد اللطيف الوديي") + "»" in visual_line(first)


def test_latin_inside_arabic_keeps_its_own_order(article_text: str) -> None:
    line = next(line for line in article_text.splitlines() if '"Ynet TV"' in line)
    assert "Ynet TV" in visual_line(line)


def test_order_agrees_with_python_bidi(article_text: str) -> None:
    """Apart from mirroring and marks kept after their base, the order is python-bidi's."""
    from annotator.text.visual import _RESHAPER

    for line in article_text.splitlines():
        ours = "".join(
            MIRRORED.get(ch, ch) if ch in "()[]{}<>«»" else ch for ch in visual_line(line)
        )
        theirs = get_display(_RESHAPER.reshape(line))
        strip = lambda s: "".join(ch for ch in s if not _is_mark(ch))
        # unmirroring every bracket also flips the left-to-right ones, so compare bracket-free
        assert re.sub(r"[()\[\]{}<>«»]", "", strip(ours)) == re.sub(
            r"[()\[\]{}<>«»]", "", strip(theirs)
        )


def test_harakat_kept_after_their_letter() -> None:
    word = "مُحَمَّدٌ"
    visual = visual_line(word)
    assert sorted(ch for ch in visual if _is_mark(ch)) == sorted(ch for ch in word if _is_mark(ch))
    assert not _is_mark(visual[0])
    assert _read_back(visual) == word


def test_left_to_right_lines_are_untouched(article_text: str) -> None:
    for line in article_text.splitlines():
        if not re.search(r"[\u0590-\u08ff]", line):
            assert visual_line(line) == line


def test_to_visual_keeps_line_endings() -> None:
    text = "سطر أول\r\nسطر ثان\nEnglish\n"
    out = to_visual(text)
    assert out.count("\r\n") == 1 and out.endswith("English\n")
    assert out.splitlines() == [visual_line(line) for line in text.splitlines()]


arabic_letters = st.sampled_from(
    [chr(c) for c in range(0x0621, 0x064B) if unicodedata.category(chr(c)) == "Lo"]
)
harakat = st.sampled_from([chr(c) for c in range(0x064B, 0x0653)])
neutral = st.sampled_from(list(" ()[]«»،.!؟"))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(arabic_letters, st.lists(harakat, max_size=2)) | neutral.map(lambda c: (c, [])),
        min_size=1,
        max_size=30,
    )
)
def test_any_arabic_line_reads_back(cells: list[tuple[str, list[str]]]) -> None:
    line = "".join(base + "".join(marks) for base, marks in cells)
    assume(re.search("[\u0621-\u064a]", line))  # a line of neutrals alone is left-to-right
    back = _read_back(visual_line(line))
    bare = lambda s: "".join(ch for ch in s if not _is_mark(ch))
    # letters and order exact; harakat all kept (one between lam and alef moves onto the ligature)
    assert bare(back) == bare(line)
    assert sorted(ch for ch in back if _is_mark(ch)) == sorted(ch for ch in line if _is_mark(ch))


# -- choosing the mode ----------------------------------------------------------


def test_piped_output_is_logical() -> None:
    assert resolve_mode(None, io.StringIO(), environ={}) == "logical"
    assert resolve_mode("auto", io.StringIO(), environ={}) == "logical"


def test_terminal_without_bidi_gets_visual() -> None:
    assert resolve_mode(None, _TtyStream(), environ={"TERM": "xterm-256color"}) == "visual"


@pytest.mark.parametrize(
    "environ",
    [
        {"VTE_VERSION": "7200"},
        {"KONSOLE_VERSION": "230805"},
        {"TERM": "mlterm"},
        {"MLTERM": "3.9.3"},
    ],
)
def test_terminals_that_do_bidi_get_logical(environ: dict[str, str]) -> None:
    assert known_bidi_terminal(environ)
    assert resolve_mode(None, _TtyStream(), environ=environ) == "logical"


def test_json_is_always_logical() -> None:
    assert resolve_mode("visual", _TtyStream(), json_output=True, environ={}) == "logical"


def test_explicit_choice_and_environment_variable() -> None:
    tty = _TtyStream()
    assert resolve_mode("logical", tty, environ={}) == "logical"
    assert resolve_mode(None, tty, environ={ENV_VAR: "logical"}) == "logical"
    assert resolve_mode(None, io.StringIO(), environ={ENV_VAR: "visual"}) == "visual"
    # the flag wins over the variable; a nonsense value falls back to auto
    assert resolve_mode("visual", tty, environ={ENV_VAR: "logical"}) == "visual"
    assert resolve_mode(None, tty, environ={ENV_VAR: "sideways"}) == "visual"


def test_writer_prints_logical_text_unchanged(article_text: str) -> None:
    stream = io.StringIO()
    writer = TerminalWriter(stream, "logical")
    for line in article_text.splitlines():
        writer.line(line)
    assert stream.getvalue() == "".join(line + "\n" for line in article_text.splitlines())


def test_writer_in_visual_mode_shapes() -> None:
    stream = io.StringIO()
    TerminalWriter(stream, "visual").line("file.jsonl:3: label «شخص»")
    out = stream.getvalue()
    assert out.startswith("file.jsonl:3: label «") and out.endswith("»\n")
    assert "شخص" not in out and _unshape(out[out.index("«") + 1 : out.index("»")][::-1]) == "شخص"


def test_falls_back_to_plain_get_display_if_levels_unreadable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A future python-bidi with another debug format still gives the right order.

    Brackets are still unmirrored.
    """
    from annotator.text import visual as terminal  # where visual_line lives

    real = terminal.get_display

    def no_debug(text: str, base_dir: str | None = None, debug: bool = False) -> str:
        return real(text, base_dir=base_dir)  # ignores debug=True

    monkeypatch.setattr(terminal, "get_display", no_debug)
    line = "قال «ران كوخاف» (Ran Kochav)"
    assert visual_line(line) == real(terminal._RESHAPER.reshape(line))
