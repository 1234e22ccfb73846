"""The View menu's choices, kept out of MainWindow (which only creates this object).

Show invisible characters, show tatweel and compact lines are the user's, kept in settings
(key "view"); the paragraph direction mode belongs to the corpus, kept in its label schema
(``annotator.storage.schema_change.set_direction``: the schema file is written with the next
save). Zoom is wired here too. The status bar shows the document's count of invisible
characters and the mode; menu check marks follow the document shown.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from annotator.app.i18n import QT_TRANSLATE_NOOP
from annotator.errors import AnnotatorError
from annotator.storage.schema_change import set_direction
from annotator.text.direction import DIRECTION_MODES, DirectionMode
from ui import dialogs

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["MODE_NAMES", "SETTINGS_KEY", "ViewOptions"]

SETTINGS_KEY = "view"
MODE_NAMES: dict[DirectionMode, str] = {  # translated where shown
    "first": QT_TRANSLATE_NOOP("ViewOptions", "first strong letter"),
    "majority": QT_TRANSLATE_NOOP("ViewOptions", "majority of letters"),
    "rtl": QT_TRANSLATE_NOOP("ViewOptions", "all right to left"),
    "ltr": QT_TRANSLATE_NOOP("ViewOptions", "all left to right"),
}
_CHOICES = ("invisibles", "tatweel", "compact")


class ViewOptions(QObject):
    """Owned by the window; answers the View actions listed in ``handlers``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        stored: Any = window.store.get(SETTINGS_KEY)
        stored = stored if isinstance(stored, dict) else {}
        self.chosen = {name: stored.get(name) is True for name in _CHOICES}
        self._apply()
        window.document_shown.connect(lambda _i: self.document_shown())

    def handlers(self) -> dict[str, Callable[[], object]]:
        view = self.window.view
        found: dict[str, Callable[[], object]] = {
            "annotator.view.zoom_in": view.zoom_in,
            "annotator.view.zoom_out": view.zoom_out,
            "annotator.view.zoom_reset": view.reset_zoom,
        }
        for name in _CHOICES:
            found[f"annotator.view.{name}"] = partial(self._toggled, name)
        for mode in DIRECTION_MODES:
            found[f"annotator.view.direction_{mode}"] = partial(self.set_direction, mode)
        return found

    # -- the user's choices ---------------------------------------------------------------

    def choose(self, name: str, on: bool) -> None:
        """Turn ``name`` (invisibles, tatweel, compact) on or off, and remember it."""
        self.chosen[name] = on
        self._apply()
        self._sync_checks()
        self.show_status()
        try:
            self.window.store.set(SETTINGS_KEY, dict(self.chosen))
        except OSError as exc:  # the choice holds for this session
            self.window.statusBar().showMessage(
                QCoreApplication.translate("ViewOptions", "Not remembered: {error}").format(
                    error=exc
                ),
                4000,
            )

    def _toggled(self, name: str) -> None:
        action = self.window.actions_by_id.get(f"annotator.view.{name}")
        self.choose(name, action.isChecked() if action is not None else not self.chosen[name])

    def _apply(self) -> None:
        view = self.window.view
        view.set_show_invisibles(self.chosen["invisibles"], tatweel=self.chosen["tatweel"])
        if view.compact_lines() != self.chosen["compact"]:
            view.set_compact_lines(self.chosen["compact"])

    # -- the corpus's direction mode --------------------------------------------------------

    def set_direction(self, mode: DirectionMode) -> None:
        """Paragraphs of this corpus take their direction by ``mode`` (kept in its schema)."""
        window = self.window
        if window.corpus is None:
            return
        try:
            changed = set_direction(window.corpus, mode)
        except AnnotatorError as exc:
            dialogs.show_error(
                window,
                QCoreApplication.translate("ViewOptions", "The direction mode was not changed"),
                exc,
            )
            return
        window.view.set_direction_mode(mode)
        self._sync_checks()
        self.show_status()
        if changed:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "ViewOptions", "Paragraph direction: {mode} (kept in the label schema on save)"
                ).format(mode=QCoreApplication.translate("ViewOptions", MODE_NAMES[mode])),
                6000,
            )

    # -- what the window shows ---------------------------------------------------------------

    def document_shown(self) -> None:
        self._sync_checks()
        self.show_status()

    def _sync_checks(self) -> None:
        actions = self.window.actions_by_id
        for name in _CHOICES:
            action = actions.get(f"annotator.view.{name}")
            if action is not None:
                action.setChecked(self.chosen[name])
        mode = self.window.view.direction_mode()
        for each in DIRECTION_MODES:
            action = actions.get(f"annotator.view.direction_{each}")
            if action is not None:
                action.setChecked(each == mode)

    def show_status(self) -> None:
        view = self.window.view
        count = view.invisible_count()
        self.window.status.show_view(
            count,
            self.chosen["tatweel"],
            QCoreApplication.translate("ViewOptions", MODE_NAMES[view.direction_mode()]),
        )
