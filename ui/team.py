"""What the window does for a team project, kept out of MainWindow (which only creates it).

The annotator's name: asked once on first start (``ask_name_on_first_start``, called by the
application after the window shows), kept in settings, shown in the status bar, changeable from
Edit > Annotator name…, and given to every corpus the window opens (``Corpus.annotator``:
the corpus stamps ``"changed"`` on what it edits, and new spans carry their author).
View > Agreement… (ui/agreement_dialog.py): a disagreement activated there is shown here, when
it is a document of the open corpus (annotator.team.locate decides). View > Statistics…
(ui/statistics_dialog.py): the figures of ``stats --plot`` for the open corpus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from annotator.app.identity import remember_name, stored_name
from annotator.storage.corpus import Corpus
from annotator.team.locate import id_index, locate
from ui import dialogs
from ui.agreement_dialog import AgreementDialog
from ui.annotator_name import NameDialog
from ui.statistics_dialog import StatisticsDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class TeamCommands(QObject):
    """Owned by the window; answers the actions listed in ``handlers``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.name_dialog: NameDialog | None = None
        self.agreement: AgreementDialog | None = None
        self.statistics: StatisticsDialog | None = None
        self._ids: tuple[Corpus, dict[str, int]] | None = None  # document ids of the open corpus
        self.window.status.show_annotator(self.name)

    @property
    def name(self) -> str | None:
        """The annotator's name, None when there is none (never asked, or skipped)."""
        return stored_name(self.window.store) or None

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "annotator.edit.annotator_name": self.ask_name,
            "annotator.view.agreement": self.show_agreement,
            "annotator.view.statistics": self.show_statistics,
        }

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
            dialogs.show_error(
                self.window,
                QCoreApplication.translate("TeamCommands", "The name could not be kept"),
                exc,
            )
            return
        if self.window.corpus is not None:
            self.window.corpus.annotator = name or None
        self.window.status.show_annotator(name or None)

    # -- statistics -----------------------------------------------------------------------

    def show_statistics(self) -> StatisticsDialog | None:
        """View > Statistics…: counted afresh each time it is asked for."""
        corpus = self.window.corpus
        if corpus is None:
            return None
        dialog = self.statistics
        if dialog is None or dialog.corpus is not corpus:
            if dialog is not None:
                dialog.cancel()
                dialog.deleteLater()
            dialog = self.statistics = StatisticsDialog(self.window, corpus)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.refresh()
        return dialog

    # -- agreement ------------------------------------------------------------------------

    def show_agreement(self) -> AgreementDialog:
        """View > Agreement…: one dialog per open corpus, kept with its figures while it lasts."""
        corpus = self.window.corpus
        dialog = self.agreement
        if dialog is None or dialog.corpus is not corpus:
            paths = dialog.paths() if dialog is not None else []
            if dialog is not None:
                dialog.cancel()
                dialog.deleteLater()
            dialog = self.agreement = AgreementDialog(self.window, corpus)
            dialog.add_paths(paths)
            dialog.view.disagreement_activated.connect(self.show_disagreement)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_disagreement(self, item: dict[str, object]) -> None:
        """Open the disagreement's document in the window and select its range (or span)."""
        window, corpus = self.window, self.window.corpus
        if corpus is None:
            return
        if self._ids is None or self._ids[0] is not corpus:
            self._ids = (corpus, id_index(corpus))
        place = locate(corpus, self._ids[1], item)
        if place is None:
            said = QCoreApplication.translate(
                "TeamCommands",
                "Document {document} is not in the open file: open its file to see it.",
            ).format(document=item.get("document"))
            if self.agreement is not None:
                self.agreement.say(said)
            return
        window.go_to(place.index)
        if place.span is not None:
            window.spans.jump_to_span(place.span)
        else:
            window.view.select_range(place.start, place.end)
            window.view.setFocus()
        window.raise_()
        window.activateWindow()
