"""The annotation window: document view, panels, menus from the action registry, edits through the journal."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from annotator.app import paths
from annotator.app.actions import effective_keys, hotkey_conflicts
from annotator.edits import Edit, RelabelSpan, RemoveSpan, ResizeSpan, SetNote, SetStatus, add_span
from annotator.errors import AnnotatorError
from annotator.model import Span
from ui import dialogs, fonts
from ui.actions import build_actions, connect_undo_texts, hotkey_candidates, populate_menus
from ui.document_view import DocumentView
from ui.file_commands import FileCommands
from ui.models import CorpusLabelCounter, label_deltas
from ui.panels import DocumentsPanel, LabelsPanel, NoteEditor, SpansPanel
from ui.undo import EditHistory

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
            return self.window.label_by_key(event)
        return False


class MainWindow(QMainWindow):
    """One corpus at a time; every change is an Edit applied through Corpus.apply and the undo stack."""

    document_shown = Signal(int)

    def __init__(self, corpus: Any) -> None:
        super().__init__()
        self.files = FileCommands(self)
        self.corpus: Any = None
        self.index = -1
        self.doc: Any = None
        self.store = paths.settings()
        self.keys = effective_keys(self.store.get("shortcuts", {}))
        self.history = EditHistory(show=self._show_for_history, parent=self)
        self.label_counter = CorpusLabelCounter(self)
        # the spans table follows edits a moment later, so the highlight is painted first
        self._spans_timer = QTimer(
            self, singleShot=True, interval=SPANS_PANEL_DELAY_MS, timeout=self._refresh_spans_panel
        )
        self._remember_timer = QTimer(
            self, singleShot=True, interval=REMEMBER_DELAY_MS, timeout=self._remember_document
        )
        self._build_widgets()
        self.actions_by_id = build_actions(self, self._handlers(), self.store.get("shortcuts", {}))
        self._build_menus()
        self.history.stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self.set_corpus(corpus)

    # -- construction --------------------------------------------------------

    def _build_widgets(self) -> None:
        self.view = DocumentView()
        self.view.apply_font(fonts.reading_families(), fonts.DEFAULT_POINT_SIZE)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel#notice { background: #fff3c4; color: #3a2e00; padding: 6px; }"
        )
        self.notice.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.labels_panel = LabelsPanel()
        self.spans_panel = SpansPanel()
        self.documents_panel = DocumentsPanel()
        self.note_editor = NoteEditor()
        self.docks: dict[str, QDockWidget] = {}
        for title, widget, area in (
            ("Labels", self.labels_panel, Qt.DockWidgetArea.RightDockWidgetArea),
            ("Spans", self.spans_panel, Qt.DockWidgetArea.RightDockWidgetArea),
            ("Documents", self.documents_panel, Qt.DockWidgetArea.LeftDockWidgetArea),
            ("Note", self.note_editor, Qt.DockWidgetArea.LeftDockWidgetArea),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock-{title.lower()}")
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self.docks[title] = dock
        self.status_doc, self.status_caret, self.status_sel, self.status_dir = (
            QLabel() for _ in range(4)
        )
        for label in (self.status_doc, self.status_caret, self.status_sel, self.status_dir):
            self.statusBar().addPermanentWidget(label)
        self.hotkeys = HotkeyFilter(self)
        for target in {
            self.view,
            self.view.focusProxy(),
            getattr(self.view, "viewport", lambda: None)(),
        }:
            if target is not None:
                target.installEventFilter(self.hotkeys)
        self.view.selection_changed.connect(lambda _r: self._update_status())
        self.view.caret_moved.connect(lambda _c: self._update_status())
        self.view.span_clicked.connect(lambda span: self.spans_panel.show_span(span))
        self.labels_panel.label_chosen.connect(self.apply_label)
        self.label_counter.counted.connect(self.labels_panel.model.set_corpus_counts)
        self.spans_panel.span_activated.connect(self.jump_to_span)
        self.spans_panel.span_delete_requested.connect(self.delete_span)
        self.documents_panel.document_chosen.connect(self.go_to)
        self.note_editor.note_committed.connect(self._note_committed)
        self.resize(1280, 820)
        self.resizeDocks(
            [self.docks["Labels"], self.docks["Documents"]], [380, 300], Qt.Orientation.Horizontal
        )
        self.resizeDocks(
            [self.docks["Labels"], self.docks["Spans"]], [230, 500], Qt.Orientation.Vertical
        )

    def _handlers(self) -> dict[str, Any]:
        h: dict[str, Any] = {
            "annotator.file.open": self.files.open_dialog,
            "annotator.file.save": self.files.save,
            "annotator.file.import": self.files.import_dialog,
            "annotator.file.export": self.files.export_dialog,
            "annotator.file.quit": self.close,
            "annotator.edit.undo": lambda: self._guard("Could not undo", self.history.undo),
            "annotator.edit.redo": lambda: self._guard("Could not redo", self.history.redo),
            "annotator.span.delete": lambda: self.delete_span(self.view.selected_span()),
            "annotator.span.clear": self.view.clear_selection,
            "annotator.span.next": lambda: self.step_span(+1),
            "annotator.span.previous": lambda: self.step_span(-1),
            "annotator.document.next": lambda: self.go_to(self.index + 1),
            "annotator.document.previous": lambda: self.go_to(self.index - 1),
            "annotator.document.next_unfinished": self.next_unfinished,
            "annotator.document.done_next": lambda: self.set_status_and_move("done"),
            "annotator.document.skip": lambda: self.set_status_and_move("skipped"),
            "annotator.document.flag": self.toggle_flag,
            "annotator.document.note": lambda: self.note_editor.editor.setFocus(),
            "annotator.view.zoom_in": self.view.zoom_in,
            "annotator.view.zoom_out": self.view.zoom_out,
            "annotator.help.shortcuts": self.show_shortcuts,
        }
        for edge in ("start", "end"):
            for grow in (True, False):
                for unit in ("word", "char"):
                    verb = "grow" if grow else "shrink"
                    h[f"annotator.span.{verb}_{edge}_{unit}"] = lambda e=edge, g=grow, u=unit: (
                        self.resize_selected(e, g, u)
                    )
        return h

    def _build_menus(self) -> None:
        self.recent_menu = QMenu("Open &recent", self)
        self.recent_menu.aboutToShow.connect(self.files.fill_recent)
        menus = populate_menus(self, self.actions_by_id, self.view)
        file_menu = menus["File"]
        first = file_menu.actions()[1] if len(file_menu.actions()) > 1 else None
        folder = QAction("Open &folder…", self)
        folder.triggered.connect(lambda _=False: self.files.open_folder_dialog())
        file_menu.insertAction(first, folder)
        file_menu.insertMenu(first, self.recent_menu)
        connect_undo_texts(self.history.stack, self.actions_by_id)

    # -- corpus and documents -----------------------------------------------

    def set_corpus(self, corpus: Any) -> None:
        """Show a freshly opened corpus at the document the user was last on."""
        self.corpus = corpus
        self.index = -1
        self.history.attach(corpus)
        corpus.add_listener(self._on_edit)
        labels = self._show_labels()
        self.documents_panel.set_corpus(corpus)
        self.label_counter.start(corpus)
        messages = []
        recovered = corpus.recovered_edits
        n_recovered = recovered if isinstance(recovered, int) else len(recovered or ())
        if n_recovered:
            messages.append(
                f"Restored {n_recovered} edit(s) that were made after the last save "
                "(the program had stopped without saving). They are saved with your next save."
            )
        messages += [str(w) for w in getattr(corpus, "warnings", [])[:5]]
        conflicts = hotkey_conflicts({label.name: label.hotkeys for label in labels}, self.keys)
        messages += [f"Hotkey conflict: {c}." for c in conflicts]
        self.set_notice(" ".join(messages))
        name = Path(str(corpus.path)).name
        self.setWindowTitle(f"{name}[*] — annotator")
        try:
            paths.add_recent_file(corpus.source or corpus.path, self.store)
        except OSError as exc:
            log.warning("could not record recent file: %s", exc)
        start = paths.last_document(corpus.path, self.store) or 0
        self.go_to(min(start, len(corpus) - 1) if len(corpus) else 0)

    def _show_labels(self) -> list[Any]:
        labels = list(self.corpus.schema.labels)
        self.labels_panel.set_labels(labels)
        self.labels_panel.model.set_corpus_counts(
            self.label_counter.counts, self.label_counter.complete
        )
        self.spans_panel.model.set_colors({label.name: label.color for label in labels})
        self.spans_panel.fit_columns([label.name for label in labels])
        return labels

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def go_to(self, index: int) -> None:
        """Show document ``index`` (ignored when out of range)."""
        if self.corpus is None or not 0 <= index < len(self.corpus):
            return
        if index != self.index:
            self.note_editor.commit()
        try:
            doc = self.corpus[index]
        except AnnotatorError as exc:
            dialogs.show_error(self, f"Document {index + 1} cannot be read", exc)
            return
        self.index = index
        self.doc = doc
        if len(self.corpus.schema.labels) != len(self.labels_panel.model.labels):
            self._show_labels()  # the store added labels met in this document's data
        self.view.set_document(self.doc, self.corpus.schema)
        self._spans_timer.stop()
        self.spans_panel.model.set_document(self.doc)
        self.labels_panel.model.set_document(self.doc)
        self.note_editor.set_note(self.doc.note)
        self.documents_panel.show_document(index)
        self._remember_timer.start()
        self._update_status()
        self.document_shown.emit(index)

    def _refresh_spans_panel(self) -> None:
        self.spans_panel.model.set_document(self.doc)
        self.spans_panel.show_span(self.view.selected_span())

    def _show_for_history(self, index: int) -> None:
        if index != self.index:
            self.go_to(index)

    def _status_of(self, index: int) -> str:
        status_of = getattr(
            self.corpus, "status_of", None
        )  # fast path from the line head, when the store has it
        return (
            str(status_of(index)) if callable(status_of) else self.documents_panel.status_of(index)
        )

    def next_unfinished(self) -> bool:
        """Go to the next document still to do (wrapping round); False when every one is finished."""
        n = len(self.corpus) if self.corpus is not None else 0
        for step in range(1, n + 1):
            j = (self.index + step) % n
            if self._status_of(j) == "todo":
                self.go_to(j)
                return True
        self.statusBar().showMessage("Every document is finished.", 5000)
        return False

    def set_status_and_move(self, status: str) -> None:
        if self.doc is None:
            return
        if self.doc.status != status and not self.do(SetStatus(self.doc.status, status)):
            return
        self.next_unfinished()

    def toggle_flag(self) -> None:
        if self.doc is None:
            return
        new = "todo" if self.doc.status == "flagged" else "flagged"
        self.do(SetStatus(self.doc.status, new))

    # -- edits ----------------------------------------------------------------

    def do(self, edit: Edit, index: int | None = None) -> bool:
        """Apply an edit through the journal and the undo stack; a refused edit is said, not raised."""
        try:
            self.history.do(self.index if index is None else index, edit)
        except AnnotatorError as exc:
            self.statusBar().showMessage(str(exc), 6000)
            if not isinstance(exc, ValueError):  # SaveError etc.: the journal could not be written
                dialogs.show_error(self, "Could not record the edit", exc)
            return False
        except OSError as exc:
            dialogs.show_error(self, "Could not record the edit", exc)
            return False
        return True

    def _guard(self, title: str, step: Any) -> None:
        try:
            step()
        except Exception as exc:  # noqa: BLE001 - the core refused an undo/redo; history dropped
            dialogs.show_error(self, title, exc)

    def _on_edit(self, index: int, edit: Edit) -> None:
        """Corpus listener: repaint whatever the edit changed."""
        delta = label_deltas(edit)
        self.label_counter.edited(index, delta)
        self.documents_panel.model.document_changed(index)
        if isinstance(edit, SetStatus):
            self.documents_panel.update_progress(self.corpus)
        if index == self.index:
            self.doc = self.corpus[index]
            self.view.refresh_spans(self.doc)
            self._spans_timer.start()
            self.labels_panel.model.apply_delta(delta)
            if isinstance(edit, SetNote):
                self.note_editor.set_note(self.doc.note)
            self._update_status()

    def label_by_key(self, event: QKeyEvent) -> bool:
        """Label the selection if the key is a label hotkey (any layout); True when it was one."""
        schema = self.corpus.schema if self.corpus else None
        if schema is None:
            return False
        for key in hotkey_candidates(event):
            label = schema.by_hotkey(key)
            if label is not None:
                self.apply_label(label.name)
                return True
        return False

    def apply_label(self, name: str) -> None:
        """Relabel the selected span, or label the selection as a new span."""
        if self.doc is None:
            return
        span = self.view.selected_span()
        if span is not None:
            if span.label != name and self.do(RelabelSpan(span, name)):
                self.view.select_span(span.with_label(name))
            return
        selected = self.view.selection()
        if selected is None:
            self.statusBar().showMessage(
                "Select some text first (Shift+arrows or the mouse).", 4000
            )
            return
        start, end = selected
        try:
            edit = add_span(
                self.doc, Span(start, end, name), allow_overlap=self.corpus.schema.allow_overlap
            )
        except AnnotatorError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return
        if self.do(edit):
            self.view.select_span(edit.span)

    def delete_span(self, span: Span | None) -> None:
        if span is None:
            self.statusBar().showMessage("No span selected (Tab selects the next one).", 4000)
            return
        if self.do(RemoveSpan(span)):
            self.view.clear_selection()

    def resize_selected(self, edge: str, grow: bool, unit: str) -> None:
        """Move one end of the selected span (or of the plain selection) by a word or a character."""
        span = self.view.selected_span()
        move = getattr(self.view, f"{'grow' if grow else 'shrink'}_{edge}")
        new_range = move(unit)
        if span is None or new_range is None:
            return
        start, end = new_range
        if (start, end) == (span.start, span.end) or start >= end:
            self.view.select_span(span)
            return
        if not self.corpus.schema.allow_overlap and any(
            s.key != span.key for s in self.doc.overlapping(start, end)
        ):
            self.statusBar().showMessage("That would overlap another span.", 4000)
            self.view.select_span(span)
            return
        if self.do(ResizeSpan(span, start, end)):
            self.view.select_span(span.with_range(start, end))
        else:
            self.view.select_span(span)

    def step_span(self, direction: int) -> None:
        """Select the next (+1) or previous (-1) span from the selected span or the caret, wrapping round."""
        spans = self.doc.spans if self.doc is not None else []
        if not spans:
            return
        current = self.view.selected_span()
        keys = [s.key for s in spans]
        if current is not None and current.key in keys:
            target = spans[(keys.index(current.key) + direction) % len(spans)]
        elif direction > 0:
            caret = self.view.caret()
            target = next((s for s in spans if s.start >= caret), spans[0])
        else:
            caret = self.view.caret()
            target = next((s for s in reversed(spans) if s.start < caret), spans[-1])
        self.jump_to_span(target)

    def jump_to_span(self, span: Span) -> None:
        self.view.select_span(span)
        self.spans_panel.show_span(span)
        self.view.setFocus()

    def _note_committed(self, text: str) -> None:
        if self.doc is not None and self.doc.note != text:
            self.do(SetNote(self.doc.note, text))

    # -- status, counts, memory ----------------------------------------------

    def _update_status(self) -> None:
        if self.corpus is None or self.doc is None:
            return
        self.status_doc.setText(
            f"Document {self.index + 1} of {len(self.corpus)} · {self.doc.status}"
        )
        caret = self.view.caret()
        self.status_caret.setText(f"Caret {caret}")
        selected = self.view.selection()
        self.status_sel.setText(
            f"Selection [{selected[0]}, {selected[1]})" if selected else "No selection"
        )
        direction = self.view.paragraph_direction_at(caret)
        rtl = direction in (Qt.LayoutDirection.RightToLeft, "rtl", "RTL", "R")
        self.status_dir.setText("Paragraph RTL" if rtl else "Paragraph LTR")

    def _remember_document(self) -> None:
        if self.corpus is not None and self.index >= 0:
            try:
                paths.remember_document(self.corpus.path, self.index, self.store)
            except OSError as exc:
                log.warning("could not remember the document: %s", exc)

    # -- help -----------------------------------------------------------------

    def show_shortcuts(self) -> None:
        dialogs.ShortcutsDialog(
            self, self.keys, self.corpus.schema.labels if self.corpus else []
        ).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.files.close_corpus()
        event.accept()

    # -- the File menu's commands, kept here for callers of the window ------

    def save(self) -> bool:
        return self.files.save()

    def open_path(self, path: str | Path) -> bool:
        return self.files.open_path(path)

    def close_corpus(self) -> None:
        self.files.close_corpus()

    def import_dialog(self) -> None:
        self.files.import_dialog()

    def export_dialog(self) -> None:
        self.files.export_dialog()

    def _fill_recent(self) -> None:
        self.files.fill_recent()
