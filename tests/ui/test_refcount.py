"""PySide6 6.12.0 on Python < 3.12 drops a reference to None on every void Qt call (RTL.md §1)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for i in range(10_000):
        widget.setObjectName("x")  # returns void: the broken binding decrefs None here
        widget.resize(10 + i % 2, 10)
    after = sys.getrefcount(None)
    # Other code may take or release a few references meanwhile; the bug loses 20,000.
    assert after >= before - 100, f"None lost {before - after} references: PySide6 build is broken"
