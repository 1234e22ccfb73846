"""Annotation window: document view, panels, menus from the action registry, edits via the corpus.

Every change is a core edit applied with ``Corpus.apply`` (journalled before it returns);
the window repaints from the ``ChangeSet`` the corpus hands its listeners, whether the
change was an edit, an undo or a redo. Undo and redo are the corpus's own history.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from annotator.app import paths
from annotator.app.actions import action_conflicts, effective_keys, hotkey_conflicts
from annotator.app.i18n import QT_TRANSLATE_NOOP
from annotator.edits import Edit, SetNote
from annotator.errors import AnnotatorError, SpanError
from annotator.history import ChangeSet
from annotator.model import Document, Span
from annotator.schema import Label
from annotator.storage.corpus import Corpus
from ui import dialogs, fonts, shown
from ui.actions import build_actions, populate_menus, show_history
from ui.adjudication import AdjudicationCommands
from ui.document_commands import DocumentCommands
from ui.document_view import DocumentView
from ui.file_commands import FileCommands
from ui.language_menu import LanguageMenu
from ui.layout_shortcuts import LayoutShortcuts
from ui.models import CorpusLabelCounter
from ui.panels import DocumentsPanel, LabelsPanel, NoteEditor, SpansPanel
from ui.reading_comfort import ReadingComfort
from ui.search_commands import SearchCommands
from ui.span_commands import EDGE_ACTIONS, SpanCommands
from ui.status import StatusLine
from ui.suggestions import SuggestionCommands
from ui.team import TeamCommands
from ui.view_options import ViewOptions
from ui.window_layout import LEFT, RIGHT, add_docks, notice_bar, set_central, size_docks

log = logging.getLogger(__name__)
REMEMBER_DELAY_MS = 1500
SPANS_PANEL_DELAY_MS = 40


class HotkeyFilter(QObject):
    """Label hotkeys on the document view, whatever the keyboard layout (see ui/actions.py)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.window.suggestions.by_key(event) or self.window.spans.label_by_key(event)
        return False


class CommandPart(Protocol):
    """An object the window owns that brings handlers for some of the action table's ids."""

    def handlers(self) -> dict[str, Callable[[], object]]: ...


def panel_docks(window: MainWindow) -> list[tuple[str, QWidget, Qt.DockWidgetArea]]:
    """The four panels around the document: title (translated when shown), widget, side."""
    return [
        (QT_TRANSLATE_NOOP("MainWindow", "Labels"), window.labels_panel, RIGHT),
        (QT_TRANSLATE_NOOP("MainWindow", "Spans"), window.spans_panel, RIGHT),
        (QT_TRANSLATE_NOOP("MainWindow", "Documents"), window.documents_panel, LEFT),
        (QT_TRANSLATE_NOOP("MainWindow", "Note"), window.note_editor, LEFT),
    ]


def connect_widgets(window: MainWindow) -> None:
    """The view's and the panels' signals to the window's commands."""
    view, spans = window.view, window.spans
    view.selection_changed.connect(lambda _r: window._update_status())
    view.caret_moved.connect(lambda _c: window._update_status())
    view.span_clicked.connect(window.spans_panel.show_span)
    window.labels_panel.label_chosen.connect(spans.apply_label)
    window.label_counter.counted.connect(window.labels_panel.model.set_corpus_counts)
    window.spans_panel.span_activated.connect(spans.jump_to_span)
    window.spans_panel.span_delete_requested.connect(spans.delete_span)
    window.documents_panel.document_chosen.connect(window.go_to)
    window.note_editor.note_committed.connect(window._note_committed)


class MainWindow(QMainWindow):
    """One corpus at a time; every change is an Edit applied through Corpus.apply."""

    document_shown = Signal(int)

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.files = FileCommands(self)
        self.corpus: Corpus | None = None
        self.index = -1
        self.doc: Document | None = None
        self.store = paths.settings()
        self.keys = effective_keys(self.store.get("shortcuts", {}))
        self.spans = SpanCommands(self)
        self.documents = DocumentCommands(self)
        self.label_counter = CorpusLabelCounter(self)
        # the spans table follows edits a moment later, so the highlight is painted first
        self._spans_timer = QTimer(self, singleShot=True, interval=SPANS_PANEL_DELAY_MS)
        self._spans_timer.timeout.connect(self._refresh_spans_panel)
        self._remember_timer = QTimer(self, singleShot=True, interval=REMEMBER_DELAY_MS)
        self._remember_timer.timeout.connect(self.remember_document)
        self._build_widgets()
        self.suggestions = SuggestionCommands(self)  # shown, Tab/Enter/x, the Suggestions menu
        self.comfort = ReadingComfort(self)
        self.team = TeamCommands(self)
        self.adjudication = AdjudicationCommands(self)  # File > Adjudicate…, lanes, picks
        self.display = ViewOptions(self)  # the View menu's choices
        self.search = SearchCommands(self)  # find bar, Search results, label all occurrences
        self.actions_by_id = build_actions(self, self._handlers(), self.keys)
        self._build_menus()
        self.layout_shortcuts = LayoutShortcuts(self, lambda: self.actions_by_id)
        self.set_corpus(corpus)

    # -- construction --------------------------------------------------------

    def _build_widgets(self) -> None:
        self.view = DocumentView()
        self.view.apply_font(fonts.reading_families(), fonts.DEFAULT_POINT_SIZE)
        self.notice = notice_bar()
        set_central(self, self.notice, self.view)
        self.labels_panel = LabelsPanel()
        self.spans_panel = SpansPanel()
        self.documents_panel = DocumentsPanel()
        self.note_editor = NoteEditor()
        self.docks = add_docks(self, panel_docks(self))
        self.status = StatusLine(self.statusBar())
        self.hotkeys = HotkeyFilter(self)
        for target in (self.view, self.view.viewport()):
            target.installEventFilter(self.hotkeys)
        connect_widgets(self)
        size_docks(self, self.docks)

    def _handlers(self) -> dict[str, Callable[[], object]]:
        view, spans, documents, files = self.view, self.spans, self.documents, self.files
        handlers: dict[str, Callable[[], object]] = {
            "annotator.file.open": files.open_dialog,
            "annotator.file.save": files.save,
            "annotator.file.import": files.import_dialog,
            "annotator.file.export": files.export_dialog,
            "annotator.file.quit": self.close,
            "annotator.edit.undo": self.undo,
            "annotator.edit.redo": self.redo,
            "annotator.span.delete": lambda: spans.delete_span(view.selected_span()),
            "annotator.span.clear": view.clear_selection,
            "annotator.span.exact": spans.exact_toggled,
            "annotator.document.next": lambda: self.go_to(self.index + 1),
            "annotator.document.previous": lambda: self.go_to(self.index - 1),
            "annotator.document.next_unfinished": documents.next_unfinished,
            "annotator.document.done_next": lambda: documents.set_status_and_move("done"),
            "annotator.document.skip": lambda: documents.set_status_and_move("skipped"),
            "annotator.document.flag": documents.toggle_flag,
            "annotator.document.note": self.note_editor.editor.setFocus,
            "annotator.help.shortcuts": self.show_shortcuts,
        }
        for action_id, (edge, unit, step) in EDGE_ACTIONS.items():
            handlers[action_id] = partial(spans.resize_selected, edge, unit, step)
        owned: tuple[CommandPart, ...] = (self.comfort, self.team, self.adjudication, self.display)
        owned += (self.search, self.suggestions)
        return handlers | {k: v for part in owned for k, v in part.handlers().items()}

    def _build_menus(self) -> None:
        self.recent_menu = QMenu(QCoreApplication.translate("MainWindow", "Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self.files.fill_recent)
        menus = populate_menus(self, self.actions_by_id, self.view)
        self.language_menu = LanguageMenu(self, menus["View"], self.store)
        file_menu = menus["File"]
        actions = file_menu.actions()
        folder = QAction(QCoreApplication.translate("MainWindow", "Open &folder…"), self)
        folder.triggered.connect(lambda _=False: self.files.open_folder_dialog())
        if len(actions) > 1:
            file_menu.insertAction(actions[1], folder)
            file_menu.insertMenu(actions[1], self.recent_menu)
        else:
            file_menu.addAction(folder)
            file_menu.addMenu(self.recent_menu)

    # -- corpus and documents -----------------------------------------------

    def set_corpus(self, corpus: Corpus) -> None:
        """Show a freshly opened corpus at the document the user was last on."""
        self.corpus = corpus
        self.index = -1
        corpus.annotator = self.team.name  # the corpus stamps "changed"; new spans carry it
        corpus.add_listener(self._on_changes)
        corpus.listener_failed = self._listener_failed
        self.adjudication.set_corpus(corpus)  # its listener after ours: it reads self.doc
        labels = self._show_labels()
        self.documents_panel.set_corpus(corpus)
        self.label_counter.start(corpus)
        messages = (
            [QCoreApplication.translate("MainWindow", "Read-only: nothing can be edited or saved.")]
            if corpus.readonly
            else []
        )
        if corpus.recovered_edits:
            messages.append(
                QCoreApplication.translate(
                    "MainWindow",
                    "Restored {count} edit(s) that were made after the last save "
                    "(the program had stopped without saving). They are saved with your next save.",
                ).format(count=corpus.recovered_edits)
            )
        messages += corpus.warnings[:5]
        hotkeys = {label.name: label.hotkeys for label in labels}
        conflicts = action_conflicts(self.keys) + hotkey_conflicts(hotkeys, self.keys)
        messages += [
            QCoreApplication.translate("MainWindow", "Shortcut conflict: {conflict}.").format(
                conflict=c
            )
            for c in conflicts
        ]
        self.set_notice(" ".join(messages))
        self.setWindowTitle(f"{shown.name(corpus.path.name)}[*] — annotator")
        self.show_history()
        try:
            paths.add_recent_file(corpus.source or corpus.path, self.store)
        except OSError as exc:
            log.warning("could not record recent file: %s", exc)
        start = paths.last_document(corpus.path, self.store) or 0
        self.go_to(min(start, len(corpus) - 1) if len(corpus) else 0)

    def _show_labels(self) -> list[Label]:
        assert self.corpus is not None
        labels = list(self.corpus.schema.labels)
        self.labels_panel.set_labels(labels)
        counter = self.label_counter
        self.labels_panel.model.set_corpus_counts(counter.counts, counter.complete)
        self.spans_panel.model.set_colors({label.name: label.color for label in labels})
        self.spans_panel.fit_columns([label.name for label in labels])
        return labels

    def set_notice(self, text: str) -> None:
        self.notice.setText(shown.message(text))
        self.notice.setVisible(bool(text))

    def go_to(self, index: int) -> None:
        """Show document ``index`` (ignored when out of range)."""
        corpus = self.corpus
        if corpus is None or not 0 <= index < len(corpus):
            return
        if index != self.index:
            self.note_editor.commit()
        try:
            doc = corpus[index]
        except AnnotatorError as exc:
            dialogs.show_error(
                self,
                QCoreApplication.translate("MainWindow", "Document {number} cannot be read").format(
                    number=index + 1
                ),
                exc,
            )
            return
        self.index, self.doc = index, doc
        if len(corpus.schema.labels) != len(self.labels_panel.model.labels):
            self._show_labels()  # the store added labels met in this document's data
        self.view.set_document(doc, corpus.schema)
        self.suggestions.show(doc)
        self._spans_timer.stop()
        self.spans_panel.model.set_document(doc)
        self.labels_panel.model.set_document(doc)
        self.note_editor.set_note(doc.note)
        self.documents_panel.show_document(index)
        self._remember_timer.start()
        self._update_status()
        self.document_shown.emit(index)

    def _refresh_spans_panel(self) -> None:
        self.spans_panel.model.set_document(self.doc)
        self.spans_panel.show_span(self.view.selected_span())

    # -- edits, undo, redo -------------------------------------------------

    def do(self, edit: Edit) -> bool:
        """Apply an edit to the current document, journalled; a refused edit is said, not raised."""
        corpus, index = self.corpus, self.index
        if corpus is None:
            return False
        record = QT_TRANSLATE_NOOP("MainWindow", "Could not record the edit")
        return self._guard(record, lambda: corpus.apply(index, edit))

    def apply_steps(self, steps: Sequence[tuple[int, Edit]], description: str) -> bool:
        """Apply edits to several documents as one transaction (one undo step), journalled."""
        corpus = self.corpus
        if corpus is None:
            return False
        return self._guard(
            "Could not record the edit", lambda: corpus.apply_steps(steps, description)
        )

    def undo(self) -> None:
        if self.corpus is not None:
            self._guard(QT_TRANSLATE_NOOP("MainWindow", "Could not undo"), self.corpus.undo)

    def redo(self) -> None:
        if self.corpus is not None:
            self._guard(QT_TRANSLATE_NOOP("MainWindow", "Could not redo"), self.corpus.redo)

    def _guard(self, title: str, step: Callable[[], object]) -> bool:
        """Run a corpus change; a refusal goes to the status bar, a failure to write to a dialog
        (``title``: English, translated here)."""
        try:
            step()
        except SpanError as exc:  # the core refused it: nothing changed
            self.status.say(str(exc), 6000)
            return False
        except (AnnotatorError, OSError) as exc:  # the journal could not be written
            dialogs.show_error(self, QCoreApplication.translate("MainWindow", title), exc)
            return False
        return True

    def _listener_failed(self, exc: BaseException) -> None:
        """A panel failed to follow an edit; the edit itself is journalled and undoable."""
        QTimer.singleShot(
            0,
            lambda: dialogs.show_error(
                self, QCoreApplication.translate("MainWindow", "The window could not update"), exc
            ),
        )

    def _on_changes(self, changes: ChangeSet) -> None:
        """Corpus listener: repaint whatever the change set says changed."""
        self.label_counter.edited(changes)
        for i in changes.documents:
            self.documents_panel.model.document_changed(i)
        if changes.status_changes() and self.corpus is not None:
            self.documents_panel.update_progress(self.corpus)
        if changes.origin != "edit" and self.index not in changes.effects:
            self.go_to(changes.documents[0])  # undo/redo in another document: show it
        effect = changes.effects.get(self.index)
        if effect is not None and self.corpus is not None:
            self.doc = self.corpus[self.index]
            if effect.spans_changed:
                self.view.refresh_spans(self.doc)
                self._spans_timer.start()
                self.labels_panel.model.apply_delta(effect.label_delta())
            if effect.spans_changed or effect.suggestions_changed:
                self.suggestions.show(self.doc)
            if effect.note is not None:
                self.note_editor.set_note(self.doc.note)
            self._update_status()
        self.show_history()

    def show_history(self) -> None:
        if self.corpus is not None:
            show_history(self.corpus.history, self.actions_by_id)
            self.setWindowModified(self.corpus.modified)

    def _note_committed(self, text: str) -> None:
        if self.doc is not None and self.doc.note != text:
            self.do(SetNote(self.doc.note, text))

    # -- status, memory, help ------------------------------------------------

    def _update_status(self) -> None:
        if self.corpus is None or self.doc is None:
            return
        self.status.show(self.index, len(self.corpus), self.doc, self.view)

    def remember_document(self) -> None:
        """Note which document is shown, so reopening the corpus comes back to it."""
        self._remember_timer.stop()
        if self.corpus is not None and self.index >= 0:
            try:
                paths.remember_document(self.corpus.path, self.index, self.store)
            except OSError as exc:
                log.warning("could not remember the document: %s", exc)

    def show_shortcuts(self) -> None:
        labels = self.corpus.schema.labels if self.corpus else []
        dialogs.ShortcutsDialog(self, self.keys, labels).exec()

    def jump_to_span(self, span: Span) -> None:
        self.spans.jump_to_span(span)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.files.close_corpus()
        event.accept()
