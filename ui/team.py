"""What the window does for a team project, kept out of MainWindow (which only creates it).

The annotator's name: asked once on first start (``ask_name_on_first_start``, called by the
application after the window shows), kept in settings, shown in the status bar, changeable from
Edit > Annotator name…, and given to every corpus the window opens (``Corpus.annotator``:
the corpus stamps ``"changed"`` on what it edits, and new spans carry their author).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from annotator.app.identity import remember_name, stored_name
from ui import dialogs
from ui.annotator_name import NameDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class TeamCommands(QObject):
    """Owned by the window; answers the actions listed in ``handlers``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.name_dialog: NameDialog | None = None
        self.window.status.show_annotator(self.name)

    @property
    def name(self) -> str | None:
        """The annotator's name, None when there is none (never asked, or skipped)."""
        return stored_name(self.window.store) or None

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"annotator.edit.annotator_name": self.ask_name}

    # -- the annotator's name ------------------------------------------------------

    def ask_name_on_first_start(self) -> None:
        """The name dialog, unless the name was given or skipped before."""
        if stored_name(self.window.store) is None:
            self.ask_name(first=True)

    def ask_name(self, *, first: bool = False) -> NameDialog:
        """Edit > Annotator name…: a window-modal dialog; the answer applies when it closes."""
        dialog = NameDialog(self.window, self.name or "", first=first)
        dialog.finished.connect(lambda _code: self._named(dialog))
        self.name_dialog = dialog
        dialog.open()
        return dialog

    def _named(self, dialog: NameDialog) -> None:
        dialog.deleteLater()
        if self.name_dialog is dialog:
            self.name_dialog = None
        answer = dialog.name()
        if answer is None:
            return
        try:
            name = remember_name(self.window.store, answer)
        except OSError as exc:
            dialogs.show_error(self.window, "The name could not be kept", exc)
            return
        if self.window.corpus is not None:
            self.window.corpus.annotator = name or None
        self.window.status.show_annotator(name or None)
