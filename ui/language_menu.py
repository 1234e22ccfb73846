"""View > Interface language: English, العربية, فارسی, עברית; the choice applies on restart.

The choice is kept in settings (ui/i18n.py SETTINGS_KEY); ``annotator --lang`` overrides it for
one run. Switching live would mean re-building every menu, panel and dialog text, so the window
says when the new language takes effect instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from annotator.app.i18n import LANGUAGES
from annotator.app.settings import Settings
from ui import i18n


class LanguageMenu(QMenu):
    """A checkable entry per language, in its own name; the current one checked."""

    def __init__(self, window: QMainWindow, view_menu: QMenu, store: Settings) -> None:
        """At the end of ``view_menu``, the current language (ui/i18n.py) checked."""
        super().__init__(QCoreApplication.translate("LanguageMenu", "Interface &language"), window)
        current = i18n.current_language()
        self.setObjectName("annotator.view.language")
        self.window_ = window
        self.store = store
        self.group = QActionGroup(self)
        self.entries: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setObjectName(f"annotator.view.language_{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.addAction(action)
            self.entries[code] = action
        view_menu.addSeparator()
        view_menu.addMenu(self)

    def choose(self, code: str) -> None:
        """Keep ``code`` in settings and say that it applies when annotator next starts."""
        try:
            self.store.set(i18n.SETTINGS_KEY, code)
        except OSError as exc:
            QMessageBox.warning(
                self.window_,
                QCoreApplication.translate("LanguageMenu", "Interface language"),
                QCoreApplication.translate("LanguageMenu", "Not remembered: {error}").format(
                    error=exc
                ),
            )
            return
        QMessageBox.information(
            self.window_,
            QCoreApplication.translate("LanguageMenu", "Interface language"),
            QCoreApplication.translate(
                "LanguageMenu", "The interface will be in {language} when annotator next starts."
            ).format(language=LANGUAGES[code]),
        )
