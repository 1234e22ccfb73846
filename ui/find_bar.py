"""The find bar under the document: a query, the matching options, "3 of 17", next/previous.

A widget only: it says what the user asked for (``changed`` when the query or an option
changed, ``step_requested(+1/-1)``, ``closed``, ``search_all_requested``) and shows what it is
told (the count, a problem with the query). ui/search_commands.py runs the matcher
(annotator.search) and moves the document view's selection.

Keys inside the bar: Enter next match, Shift+Enter previous, Esc closes the bar (the caller
puts the keyboard back in the document with the current match selected). F3 / Shift+F3 are
the window's actions and work here too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from annotator.search import SearchOptions
from ui import shown

__all__ = ["FindBar"]


def checked_options(*toggles: QAbstractButton) -> SearchOptions:
    """SearchOptions from the find bar's (or Label all's) toggles: regex, exact, whole word,
    clitics, heh, in that order."""
    regex, exact, whole_word, clitics, heh = (toggle.isChecked() for toggle in toggles)
    return SearchOptions(regex=regex, exact=exact, whole_word=whole_word, clitics=clitics, heh=heh)


class FindBar(QWidget):
    """Query field, option buttons (exact, whole word, clitics, ة = ه, regex), count, moves."""

    changed = Signal()  # the query or an option changed: search again
    step_requested = Signal(int)  # +1 next, -1 previous
    closed = Signal()
    search_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find-bar")
        self.field = QLineEdit()
        self.field.setObjectName("find-query")
        self.field.setPlaceholderText(
            QCoreApplication.translate("FindBar", "Find in this document")
        )
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(220)
        self.field.textChanged.connect(lambda _text: self.changed.emit())
        self.exact = self._option(
            QCoreApplication.translate("FindBar", "Exact"),
            QCoreApplication.translate("FindBar", "Match the stored characters exactly"),
        )
        self.whole_word = self._option(
            QCoreApplication.translate("FindBar", "Whole word"),
            QCoreApplication.translate("FindBar", "Start and end on word edges (the tokenizer's)"),
        )
        self.clitics = self._option(
            QCoreApplication.translate("FindBar", "Clitics"),
            QCoreApplication.translate(
                "FindBar",
                "Whole word, also after و ف ب ك ل ال inside the word (the match is the word)",
            ),
        )
        self.heh = self._option(
            QCoreApplication.translate("FindBar", "ة = ه"),
            QCoreApplication.translate("FindBar", "Taa marbuta and heh match each other"),
        )
        self.regex = self._option(
            QCoreApplication.translate("FindBar", "Regex"),
            QCoreApplication.translate("FindBar", "A regular expression (on the folded text)"),
        )
        self.count = QLabel()
        self.count.setObjectName("find-count")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setMinimumWidth(90)
        self.count.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.previous = self._button(
            "▲", QCoreApplication.translate("FindBar", "Previous match (Shift+Enter, Shift+F3)"), -1
        )
        self.next = self._button(
            "▼", QCoreApplication.translate("FindBar", "Next match (Enter, F3)"), +1
        )
        self.all = QToolButton()
        self.all.setText(QCoreApplication.translate("FindBar", "In all documents"))
        self.all.setToolTip(
            QCoreApplication.translate("FindBar", "List the matches in every document (Ctrl+Alt+F)")
        )
        self.all.clicked.connect(lambda _=False: self.search_all_requested.emit())
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(QCoreApplication.translate("FindBar", "Close (Esc)"))
        close.clicked.connect(lambda _=False: self.close_bar())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.field, 1)
        widgets: list[QWidget] = [self.exact, self.whole_word, self.clitics, self.heh, self.regex]
        widgets += [self.count, self.previous, self.next, self.all, close]
        for widget in widgets:
            layout.addWidget(widget)
        self.hide()

    def _option(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.toggled.connect(lambda _on: self.changed.emit())
        return button

    def _button(self, text: str, tip: str, step: int) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _=False: self.step_requested.emit(step))
        return button

    # -- what was asked --------------------------------------------------------------------

    def query(self) -> str:
        return self.field.text()

    def options(self) -> SearchOptions:
        return checked_options(self.regex, self.exact, self.whole_word, self.clitics, self.heh)

    def open_bar(self, query: str | None = None) -> None:
        """Show the bar with the keyboard in the query (``query`` replaces it), all selected."""
        if query is not None and query != self.field.text():
            self.field.setText(query)
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    # -- what is shown ---------------------------------------------------------------------

    def show_count(self, current: int | None, total: int, *, more: bool = False) -> None:
        """ "3 of 17" (current is 1-based), "17 matches", or "No matches"."""
        self.field.setStyleSheet("")
        if total == 0:
            text = QCoreApplication.translate("FindBar", "No matches")
        elif current is None:
            text = QCoreApplication.translate("FindBar", "{total} matches").format(
                total=f"{total}+" if more else total
            )
        else:
            text = QCoreApplication.translate("FindBar", "{current} of {total}").format(
                current=current, total=f"{total}+" if more else total
            )
        self.count.setText(text)
        self.count.setToolTip("")

    def show_problem(self, message: str) -> None:
        """A query that cannot be searched (a bad regular expression): said here, plainly."""
        self.field.setStyleSheet("QLineEdit { background: #ffe3e3; }")
        self.count.setText(shown.message(message))
        self.count.setToolTip(shown.tooltip(message))

    def clear_count(self) -> None:
        self.field.setStyleSheet("")
        self.count.setText("")
        self.count.setToolTip("")

    # -- keys --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        others = mods & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Escape and not mods:
            self.close_bar()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not others:
            shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            self.step_requested.emit(-1 if shift else +1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
