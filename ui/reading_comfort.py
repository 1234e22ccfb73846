"""What the window does for reading comfort, kept out of MainWindow (which only creates it).

The label filter (Ctrl+L), Help > About, the first-start tips, the document font by script,
the guidelines dock, and the label schema and shortcut editors are wired here to the window's
widgets. Every change to the corpus still goes through the core (``change_schema`` applies its
renames with ``Corpus.apply_steps``), and the window repaints from the change set as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QDialog, QDockWidget

from annotator.app.actions import overrides_from
from annotator.errors import AnnotatorError
from annotator.schema import Label
from annotator.storage.schema_change import change_schema
from ui import dialogs, shown, tips
from ui.about import AboutDialog
from ui.actions import rekey
from ui.guidelines import GuidelinesPanel
from ui.reading_font import FontDialog, ReadingFont
from ui.schema_editor import SchemaEditor
from ui.shortcut_editor import ShortcutEditor

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class ReadingComfort(QObject):
    """Owned by the window; adds its panels and answers the actions listed in ``handlers``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.font = ReadingFont(window.view, window.store)
        self.font.apply()
        window.document_shown.connect(lambda _i: self.font.document_shown(window.doc))
        window.labels_panel.leave_requested.connect(self.back_to_document)
        self.guidelines = GuidelinesPanel()
        dock = QDockWidget(QCoreApplication.translate("ReadingComfort", "Guidelines"), window)
        dock.setObjectName("dock-guidelines")
        dock.setWidget(self.guidelines)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        window.tabifyDockWidget(window.docks["Note"], dock)
        window.docks["Note"].raise_()
        window.docks["Guidelines"] = dock
        # the labels panel's model is reset whenever the window shows a schema's labels
        window.labels_panel.model.modelReset.connect(self._labels_shown)
        self.tips = tips.TipsPanel()
        self.tips.dismissed.connect(self.dismiss_tips)
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(1, self.tips)  # under the notice, above the document
        self.tips.setVisible(not window.store.get(tips.SETTINGS_KEY, False))

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "annotator.span.choose_label": self.choose_label,
            "annotator.edit.labels": self.edit_schema,
            "annotator.edit.shortcuts": self.edit_shortcuts,
            "annotator.view.font": lambda: FontDialog(self.window, self.font).exec(),
            "annotator.help.tips": lambda: self.tips.show(),
            "annotator.help.about": lambda: AboutDialog(self.window).exec(),
        }

    # -- labels ---------------------------------------------------------------

    def back_to_document(self) -> None:
        self.window.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def choose_label(self) -> None:
        """Ctrl+L: the Labels dock shows and its filter takes the keyboard."""
        dock = self.window.docks["Labels"]
        dock.show()
        dock.raise_()
        self.window.labels_panel.focus_filter()

    def _labels_shown(self) -> None:
        labels: list[Label] = list(self.window.labels_panel.model.labels)
        self.guidelines.set_labels(labels)
        self.window.documents_panel.set_labels([label.name for label in labels])

    def edit_schema(self) -> None:
        """The schema editor; renames go through the core as one undo step, then it is saved."""
        window, corpus = self.window, self.window.corpus
        if corpus is None:
            return
        editor = SchemaEditor(window, list(corpus.schema.labels), window.keys)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return
        labels, renames = editor.result()
        with dialogs.ConversionProgress(
            window,
            QCoreApplication.translate("ReadingComfort", "Renaming spans in every document…"),
        ) as bar:
            try:
                result = change_schema(corpus, labels, renames, bar.progress, bar.cancelled)
            except (AnnotatorError, OSError) as exc:
                dialogs.show_error(
                    window,
                    QCoreApplication.translate(
                        "ReadingComfort", "The label schema was not changed"
                    ),
                    exc,
                )
                return
        if not result.applied:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "ReadingComfort", "Cancelled: the label schema is unchanged."
                ),
                6000,
            )
            return
        window._show_labels()  # the window's own refresh of every label list
        window.view.refresh_spans()  # new colours (the view reads them from the same schema)
        window.files.save()  # the schema file is written with the annotations
        said = (
            QCoreApplication.translate(
                "ReadingComfort", "Label schema saved; {count} span(s) renamed."
            ).format(count=result.renamed_spans)
            if renames
            else ""
        )
        window.statusBar().showMessage(
            shown.message(
                said or QCoreApplication.translate("ReadingComfort", "Label schema saved.")
            ),
            6000,
        )

    # -- shortcuts, tips --------------------------------------------------------

    def edit_shortcuts(self) -> None:
        """The shortcut editor; new keys apply to the window's actions at once and are kept."""
        window = self.window
        labels = window.corpus.schema.labels if window.corpus else []
        hotkeys = {label.name: label.hotkeys for label in labels}
        editor = ShortcutEditor(window, window.keys, hotkeys)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return
        keys = editor.keys()
        window.keys = keys
        rekey(window.actions_by_id, keys)
        try:
            window.store.set("shortcuts", overrides_from(keys))
        except OSError as exc:
            dialogs.show_error(
                window,
                QCoreApplication.translate("ReadingComfort", "The shortcuts could not be saved"),
                exc,
            )

    def dismiss_tips(self) -> None:
        self.tips.hide()
        try:
            self.window.store.set(tips.SETTINGS_KEY, True)
        except OSError as exc:  # shown again next time: no harm
            self.window.statusBar().showMessage(
                shown.message(
                    QCoreApplication.translate("ReadingComfort", "Not remembered: {error}").format(
                        error=exc
                    )
                ),
                4000,
            )
