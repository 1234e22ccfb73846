"""The paragraph view's vertical scroll bar: it holds the top line's first code point.

Range 0 … the top line of the last full page (``ViewLines.max_top``), so a drag to 50% shows
the middle of the text, whatever its length; arrow and page clicks on the bar scroll by whole
lines and screens instead of code points.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QScrollBar

from ui.view_lines import ViewLines

__all__ = ["ScrollBarLink"]

_ACTIONS = QScrollBar.SliderAction


class ScrollBarLink:
    """Keeps ``bar`` and ``lines`` in step; ``scrolled`` is called when the bar moved the view."""

    def __init__(self, bar: QScrollBar, lines: ViewLines, scrolled: Callable[[], None]) -> None:
        self.bar = bar
        self.lines = lines
        self._scrolled = scrolled
        self._syncing = False
        bar.valueChanged.connect(self._moved)
        bar.actionTriggered.connect(self._action)
        bar.sliderReleased.connect(self.sync)

    def sync(self) -> None:
        """Show the view's position (and the last page's top as the maximum) on the bar."""
        bar, lines = self.bar, self.lines
        self._syncing = True
        try:
            bar.setRange(0, lines.max_top())
            bar.setValue(lines.top_cp)
            start, end = lines.visible_range()
            bar.setPageStep(max(1, end - start))
            bar.setSingleStep(max(1, (end - start) // lines.full_lines()))
        finally:
            self._syncing = False

    def _moved(self, value: int) -> None:
        if not self._syncing:
            self.lines.set_top(value)
            self._scrolled()

    def _action(self, action: int) -> None:
        """Arrow and page clicks on the bar scroll by lines and screens, not by code points."""
        screen = self.lines.full_lines()
        lines = {
            _ACTIONS.SliderSingleStepAdd.value: 1,
            _ACTIONS.SliderSingleStepSub.value: -1,
            _ACTIONS.SliderPageStepAdd.value: max(1, screen - 1),
            _ACTIONS.SliderPageStepSub.value: -max(1, screen - 1),
        }.get(int(action))
        if lines:
            self.lines.scroll_lines(lines)
            self.bar.setSliderPosition(self.lines.top_cp)
