"""The View menu through the real window: invisible characters, tatweel and compact lines
(remembered in settings, counted in the status bar) and the corpus's paragraph direction mode
(kept in its label schema), checked against python-bidi line by line."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from annotator.app import paths
from annotator.model import Document
from annotator.schema import LabelSchema
from tests.ui.test_main_window import open_window, write_jsonl
from tests.ui.test_visual_order import line_order, resolved_levels
from ui.main_window import MainWindow

LRM = "\u200e"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute


def lrm_led(*paragraphs: str) -> str:
    """Every token led by U+200E, as some exporters write them."""
    return "\n".join(" ".join(LRM + word for word in p.split(" ")) for p in paragraphs)


DOCS = [
    Document(
        "a",
        lrm_led(
            "قال الرئيس إن المغرب بلد جميل جدا ويستحق الزيارة.",
            "Hello from Rabat today.",
            "زار محمد القاهرة أمس (2022) مع فريق Morocco الوطني.",
        ),
    ),
    Document("b", lrm_led("وصل الوفد إلى الرباط صباح اليوم.", "عاد الوفد مساء.")),
]


def action(window: MainWindow, action_id: str):
    found = window.actions_by_id[action_id]
    assert found.isCheckable()
    return found


def assert_lines_in_python_bidi_order(window: MainWindow) -> int:
    """Each visual line's clusters, sorted by x, come in python-bidi's order for its base
    direction (tests/ui/test_visual_order.py); returns how many lines were checked."""
    view = window.view
    text = view.text
    paragraphs = view.paragraphs
    checked = 0
    for i in range(len(paragraphs)):
        start, end = paragraphs.start(i), paragraphs.content_end(i)
        layout = view.layouts.at(start)
        paragraph = text[start:end]
        levels = resolved_levels(paragraph, layout.rtl)
        for n in range(layout.line_count):
            cells = layout.cells(n)
            shown = [c.start - start for c in sorted(cells, key=lambda c: c.left + c.right)]
            cluster = {cp - start: c.start - start for c in cells for cp in range(c.start, c.end)}
            a, b = layout.line_starts[n] - start, layout.line_end(n) - start
            expected: list[int] = []
            for cp in line_order(paragraph, levels, a, b, layout.rtl):
                if cluster[cp] not in expected:
                    expected.append(cluster[cp])
            assert shown == expected, (i, n, paragraph[a:b])
            checked += 1
    return checked


def test_lrm_led_tokens_read_ltr_first_and_rtl_by_majority(qtbot, tmp_path) -> None:
    window = open_window(qtbot, write_jsonl(tmp_path / "lrm.jsonl", DOCS))
    window.resize(1500, 900)
    view = window.view
    assert window.corpus.schema.direction == "first"
    for index in (0, 1):  # the first letter is always an LRM: every paragraph reads LTR
        window.go_to(index)
        assert not any(
            view.layouts.at(view.paragraphs.start(i)).rtl for i in range(len(view.paragraphs))
        )
    assert action(window, "annotator.view.direction_first").isChecked()
    window.go_to(0)
    assert assert_lines_in_python_bidi_order(window) >= 3  # LTR, as python-bidi says too
    first = [c.start for c in sorted(view.layouts.at(0).cells(0), key=lambda c: c.left)]
    action(window, "annotator.view.direction_majority").trigger()
    assert window.corpus.schema.direction == "majority" and window.corpus.schema_changed
    assert action(window, "annotator.view.direction_majority").isChecked()
    assert not action(window, "annotator.view.direction_first").isChecked()  # radio
    assert window.status.mode.text() == "Directions: majority of letters"
    expected = [True, False, True]  # Arabic, "Hello from Rabat today.", Arabic
    for i, rtl in enumerate(expected):
        layout = view.layouts.at(view.paragraphs.start(i))
        assert layout.rtl is rtl
        assert (layout.layout.textOption().alignment() == RIGHT) is rtl
        if rtl:  # right-aligned: the line ends at the text area's right edge
            assert max(c.right for c in layout.cells(0)) > view.layouts.width - 2
    assert assert_lines_in_python_bidi_order(window) >= 3
    assert [c.start for c in sorted(view.layouts.at(0).cells(0), key=lambda c: c.left)] != first
    window.go_to(1)  # the next document takes the corpus's mode
    assert all(view.layouts.at(view.paragraphs.start(i)).rtl for i in range(2))
    assert assert_lines_in_python_bidi_order(window) >= 2
    assert window.files.save()
    assert LabelSchema.load(window.corpus.schema_path).direction == "majority"
    window.close()
    again = open_window(qtbot, write_jsonl(tmp_path / "lrm.jsonl", DOCS))
    assert action(again, "annotator.view.direction_majority").isChecked()
    assert again.view.direction_mode() == "majority"


def test_invisibles_tatweel_and_compact_are_remembered(qtbot, tmp_path) -> None:
    text = "قال بن\u200cلادن\u200f كلمة\u0640\u0640 هنا\u00a0الآن"
    path = write_jsonl(tmp_path / "i.jsonl", [Document("i", text)])
    window = open_window(qtbot, path)
    assert window.status.invisibles.text() == "Invisible characters: 3"
    invisibles = action(window, "annotator.view.invisibles")
    assert not invisibles.isChecked()
    height = window.view.lines.on_screen()[0][0].height
    invisibles.trigger()  # View > Show invisible characters
    assert invisibles.isChecked()
    assert window.view.lines.on_screen()[0][0].height > height  # the row for the symbols
    action(window, "annotator.view.tatweel").trigger()
    assert window.status.invisibles.text() == "Invisible characters and tatweels: 5"
    action(window, "annotator.view.compact").trigger()
    assert window.view.compact_lines()
    stored = json.loads((paths.config_dir() / "settings.json").read_text(encoding="utf-8"))
    assert stored["view"] == {"invisibles": True, "tatweel": True, "compact": True}
    assert window.view.text == text
    window.close()
    again = open_window(qtbot, path)
    for name in ("invisibles", "tatweel", "compact"):
        assert action(again, f"annotator.view.{name}").isChecked()
    assert again.view.compact_lines()
    marked = again.view.lines.on_screen()[0][0].height
    action(again, "annotator.view.invisibles").trigger()  # off again: the row goes
    assert again.view.lines.on_screen()[0][0].height < marked
