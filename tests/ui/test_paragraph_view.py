"""The paragraph view's own caret, keys, scrolling and painting, with real key and mouse events."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from annotator.model import Document, Span
from tests.ui.test_document_view import SCHEMA, make_view

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
K = Qt.Key


def line_of_caret(view) -> tuple[int, int]:
    """(first code point of the caret's visual line, its top on screen)."""
    pos = view.lines.line_at(view.caret())
    return pos.start, view.caret_rect().top()


def test_up_and_down_move_one_visual_line_and_keep_x_in_a_mixed_paragraph(
    qtbot, article_text: str
) -> None:
    """Article paragraph 5 mixes Arabic with (Ran Kochav) and "Ynet TV": ↓ never skips a line
    nor sticks, and the caret keeps its x (within a cluster) all the way down and back up."""
    view = make_view(qtbot, article_text, size=(460, 900))
    start = view.paragraphs.start(4)
    first = view.layouts.at(start)
    assert "Ynet TV" in article_text[start : first.block.end] and first.line_count >= 4
    step = first.tops[1] - first.tops[0]
    width = view.layouts.width
    for fraction in (0.2, 0.5, 0.8):
        view.set_caret(start)
        goal = view.lines.hit(round(8 + width * fraction), view.caret_rect().center().y())
        assert goal is not None
        view.place_caret(goal[0], extend=False, x=goal[1])
        x0 = view.caret_rect().center().x()
        visited = [view.caret_rect().x()]
        for n in range(1, first.line_count):
            before_top = line_of_caret(view)[1]
            qtbot.keyClick(view, K.Key_Down)
            line, top = line_of_caret(view)
            assert (
                line == first.line_starts[n]
                and top - before_top == round(step)
                or (abs(top - before_top - step) <= 1)
            ), (fraction, n)
            if n < first.line_count - 1:  # the last line may be too short to reach x
                assert abs(view.caret_rect().center().x() - x0) <= 12, (fraction, n)
            visited.append(view.caret_rect().x())
        for n in range(first.line_count - 2, -1, -1):
            qtbot.keyClick(view, K.Key_Up)
            assert line_of_caret(view)[0] == first.line_starts[n]
            assert view.caret_rect().x() == visited[n]  # the same places all the way back up


def test_caret_at_the_start_of_an_english_run_stands_before_its_first_letter(
    qtbot, article_text: str
) -> None:
    """Offset 641 is the Y of "Ynet" in an Arabic paragraph: the caret stands at Y's left edge
    (where QTextEdit drew it between Y and n)."""
    view = make_view(qtbot, article_text)
    assert article_text[641:645] == "Ynet"
    view.set_caret(641)
    rect = view.caret_rect()
    pos = view.lines.line_at(641)
    cell = pos.layout.cell_at(pos.line, 641)
    assert cell is not None and not cell.rtl
    assert abs(rect.center().x() - (8 + cell.left) + 2) <= 2  # margin 6 px + half the caret
    y = rect.center().y()
    assert view.char_at(QPoint(rect.center().x() + 3, y)) == 641
    assert view.char_at(QPoint(rect.center().x() - 3, y)) not in range(641, 648)


def test_left_crosses_one_cluster_on_screen_through_both_directions(
    qtbot, article_text: str
) -> None:
    view = make_view(qtbot, article_text)
    view.set_caret(article_text.index('"Ynet'))  # the opening quote, in the Arabic run
    xs, carets = [view.caret_rect().x()], [view.caret()]
    for _ in range(11):
        qtbot.keyClick(view, K.Key_Left)
        xs.append(view.caret_rect().x())
        carets.append(view.caret())
    assert all(b < a for a, b in pairwise(xs)), xs  # always left on screen
    ynet = article_text.index("Ynet")
    # across the quote, then V T ␠ t e n Y from the right, then on into the Arabic run
    assert carets[1:9] == [ynet, ynet + 6, ynet + 5, ynet + 4, ynet + 3, ynet + 2, ynet + 1, ynet]
    for _ in range(11):
        qtbot.keyClick(view, K.Key_Right)
    assert view.caret() == carets[0]


def test_home_end_stay_on_the_visual_line_and_shift_extends(qtbot, article_text: str) -> None:
    view = make_view(qtbot, article_text, size=(380, 700))
    layout = view.layouts.at(0)
    assert layout.line_count >= 3 and layout.rtl
    view.set_caret(layout.line_starts[1] + 5)
    top = view.caret_rect().top()
    qtbot.keyClick(view, K.Key_End)
    assert view.caret_rect().top() == top and view.caret() < layout.line_starts[2]
    assert view.caret_rect().x() < 60  # an Arabic line ends at the left
    qtbot.keyClick(view, K.Key_Home, SHIFT)
    assert view.selection() == (layout.line_starts[1], layout.line_starts[2] - 1)
    assert view.caret_rect().x() > view.viewport().width() - 60


def test_page_keys_scroll_a_screen_less_a_line_and_ctrl_home_end(qtbot, article_text) -> None:
    text = (article_text + "\n") * 10
    view = make_view(qtbot, text, size=(700, 500))
    screen = view.lines.full_lines()
    top = view.lines.top()
    qtbot.keyClick(view, K.Key_PageDown)
    assert view.lines.top().start == view.lines.step(top, screen - 1).start
    assert view.lines.line_at(view.caret()).start == view.lines.top().start
    qtbot.keyClick(view, K.Key_PageDown, SHIFT)
    assert view.selection() is not None and view.selection()[1] == view.caret()
    qtbot.keyClick(view, K.Key_PageUp)
    qtbot.keyClick(view, K.Key_PageUp)
    assert view.lines.top_cp == 0 and view.caret() == 0
    qtbot.keyClick(view, K.Key_End, CTRL | SHIFT)
    assert view.selection() == (0, len(text))
    assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum()
    assert view.visible_range()[1] == len(text)
    qtbot.keyClick(view, K.Key_Home, CTRL)
    assert view.caret() == 0 and view.lines.top_cp == 0 and view.selection() is None


def test_scroll_bar_holds_code_points_and_pages_by_lines(qtbot, article_text: str) -> None:
    text = (article_text + "\n") * 30
    view = make_view(qtbot, text, size=(700, 400))
    bar = view.verticalScrollBar()
    assert bar.maximum() == view.lines.max_top() < len(text)
    middle = len(text) // 2
    bar.setValue(middle)
    top = view.lines.top()
    assert top.start <= middle < top.layout.line_end(top.line)
    before = view.lines.top()
    bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
    assert view.lines.top().start == view.lines.step(before, view.lines.full_lines() - 1).start
    bar.triggerAction(bar.SliderAction.SliderSingleStepSub)
    assert view.lines.top().start == view.lines.step(before, view.lines.full_lines() - 2).start


def _wheel(view, delta: int, mods=Qt.KeyboardModifier.NoModifier) -> None:
    point = QPointF(50, 50)
    event = QWheelEvent(
        point,
        view.viewport().mapToGlobal(point),
        QPoint(),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        mods,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_wheel_scrolls_by_lines_and_ctrl_wheel_zooms(qtbot, article_text: str) -> None:
    view = make_view(qtbot, (article_text + "\n") * 5, size=(700, 400))
    _wheel(view, -120)
    lines = QApplication.wheelScrollLines()
    assert view.lines.top().start == view.lines.step(view.lines.line_at(0), lines).start
    _wheel(view, 120)
    assert view.lines.top_cp == 0
    _wheel(view, 120, CTRL)
    assert view.zoom() == 1


def test_whole_lines_only_so_the_last_label_name_is_never_cut(qtbot, article_text: str) -> None:
    last_word = article_text.rstrip().rsplit(" ", 1)[1]
    end = len(article_text.rstrip())
    span = Span(end - len(last_word), end, "LOC")
    view = make_view(qtbot, article_text, [span], size=(700, 333))
    for _ in range(3):
        qtbot.keyClick(view, K.Key_End, CTRL)
        bottom = view.viewport().height()
        assert all(y + pos.height <= bottom for pos, y in view.lines.on_screen())
        assert span in view.visible_spans()
        view.viewport().repaint()
        image = view.viewport().grab().toImage()
        mark = view.label_colours().mark("LOC").rgb()
        last, top = view.lines.on_screen()[-1]
        band = range(round(top + last.layout.text_bottom(last.line) - last.layout.tops[last.line]),
                     round(top + last.height))  # fmt: skip
        assert any(image.pixel(x, y) == mark for y in band for x in range(image.width()))
        view.resize(700, view.height() + 17)  # other heights: still whole lines


def test_selection_is_painted_and_click_past_a_line_end(qtbot, article_text: str) -> None:
    view = make_view(qtbot, article_text, size=(380, 700))
    start = article_text.index("بلخير")
    view.select_range(start, start + 5)
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    rect = view.caret_rect(start + 2)
    left, right = sorted((view.caret_rect(start).x(), view.caret_rect(start + 5).x()))
    highlight = view.palette().highlight().color().rgb()
    assert highlight in {image.pixel(x, rect.center().y()) for x in range(left, right)}
    layout = view.layouts.at(0)
    y = view.caret_rect(layout.line_starts[1]).center().y()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(1, y))
    assert view.caret() == layout.line_starts[2] - 1  # the line's end, before its break


def test_documents_switch_and_layout_cache_resets(qtbot, article_text: str) -> None:
    view = make_view(qtbot, article_text)
    other = "مرحبا\nhello"
    view.set_document(Document("b", other), SCHEMA)
    assert view.text == other and len(view.paragraphs) == 2 and view.caret() == 0
    assert len(view.layouts) <= 2 and view.visible_range() == (0, len(other))


def test_caret_inside_a_crlf_stands_at_the_paragraphs_end(qtbot) -> None:
    text = "سطر أول\r\nEnglish line\r\n"
    view = make_view(qtbot, text)
    end = text.index("\r")
    view.set_caret(end)
    at_end = view.caret_rect()
    view.set_caret(end + 1)  # between CR and LF
    assert view.caret_rect() == at_end and at_end.x() < view.caret_rect(0).x() - 20  # at the left
    qtbot.keyClick(view, K.Key_Left)  # on into the next paragraph, CRLF crossed as one
    assert view.caret() == end + 2


def test_partial_repaints_leave_what_a_full_repaint_shows(qtbot, article_text: str) -> None:
    """Caret moves, selections and span edits repaint only their lines; the screen (the
    window's backing store) must then be exactly what a full repaint gives."""
    flash = QApplication.cursorFlashTime()
    QApplication.setCursorFlashTime(0)  # a steady caret: both grabs see it alike
    try:
        view = make_view(qtbot, article_text, size=(520, 700))
        doc = Document("d", article_text)
        view.set_document(doc, SCHEMA)

        def screen():
            qtbot.wait(5)
            return view.screen().grabWindow(view.winId()).toImage()

        def check(step: str) -> None:
            shown = screen()
            view.viewport().update()
            assert shown == screen(), step

        start = article_text.index("الجيش الإسرائيلي")
        outer = Span(start, start + len("الجيش الإسرائيلي"), "PER")
        inner = Span(start + 6, outer.end, "LOC")
        for span in (inner, outer):  # the outer one pushes the inner one's underline down
            doc.insert_span(span)
            view.refresh_spans(doc)
            view.select_span(span)
            check(f"label {span}")
        for key, mods in ((K.Key_Left, SHIFT), (K.Key_Down, SHIFT), (K.Key_End, 0), (K.Key_Up, 0)):
            qtbot.keyClick(view, key, Qt.KeyboardModifier(mods))
            check(f"key {key}")
        doc.delete_span(inner)
        view.refresh_spans(doc)
        check("delete")
        view.clear_selection()
        check("clear")
    finally:
        QApplication.setCursorFlashTime(flash)
