"""How the main window is laid out: the notice bar over the document view, the panels in docks.

Plain construction, kept out of MainWindow so the window's class holds behaviour, not layout.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QVBoxLayout, QWidget

RIGHT, LEFT = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea


def notice_bar() -> QLabel:
    """The yellow bar over the document: restored edits, warnings, clashes (plain text)."""
    notice = QLabel()
    notice.setObjectName("notice")
    notice.setTextFormat(Qt.TextFormat.PlainText)
    notice.setWordWrap(True)
    notice.setStyleSheet("QLabel#notice { background: #fff3c4; color: #3a2e00; padding: 6px; }")
    notice.hide()
    return notice


def set_central(window: QMainWindow, notice: QLabel, view: QWidget) -> None:
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(notice)
    layout.addWidget(view, 1)
    window.setCentralWidget(central)


def add_docks(
    window: QMainWindow, panels: list[tuple[str, QWidget, Qt.DockWidgetArea]]
) -> dict[str, QDockWidget]:
    """One dock per panel, named after its English title (``dock-labels``...), in the given
    area; the title shown is translated (context "MainWindow")."""
    docks: dict[str, QDockWidget] = {}
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for title, widget, side in panels:
        area = {LEFT: RIGHT, RIGHT: LEFT}.get(side, side) if rtl else side  # Qt does not mirror
        dock = QDockWidget(QCoreApplication.translate("MainWindow", title), window)
        dock.setObjectName(f"dock-{title.lower()}")
        dock.setWidget(widget)
        window.addDockWidget(area, dock)
        docks[title] = dock
    return docks


def size_docks(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """The first size: narrow docks, so the text keeps most of a 1280-pixel window."""
    window.resize(1280, 820)
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    window.resizeDocks([docks["Labels"], docks["Documents"]], [250, 230], horizontal)
    window.resizeDocks([docks["Labels"], docks["Spans"]], [400, 330], vertical)
