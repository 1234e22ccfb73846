"""Dialogs: errors said plainly with what to do, the shortcut list, import and export with progress."""

from __future__ import annotations

import errno
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.app import paths
from annotator.app.actions import shortcut_rows
from annotator.errors import (
    AnnotatorError,
    ChangedOnDiskError,
    InputError,
    LockedError,
    SaveError,
    SchemaError,
)
from annotator.model import Document

log = logging.getLogger(__name__)
JOURNAL_SAFE = (
    "Your edits are safe in the journal beside the file and will be restored when you reopen it."
)


def explain(exc: BaseException) -> tuple[str, str]:
    """(what happened, what to do) for an error, in words a user can act on."""
    if isinstance(exc, LockedError):
        return (str(exc), "Close the other annotator window using this file, then open it again.")
    if isinstance(exc, ChangedOnDiskError):
        return (
            str(exc),
            "Another program changed the file. Save under a new name (or copy the file "
            "away) and compare; " + JOURNAL_SAFE,
        )
    if isinstance(exc, SaveError):
        return (
            str(exc),
            ("Free some disk space or check the folder's permissions, then save again (Ctrl+S). ")
            + JOURNAL_SAFE,
        )
    if isinstance(exc, InputError):
        return (
            "The file could not be read:\n" + str(exc),
            (
                "Fix the lines named above (or pick the right encoding), then open it again. "
                "Nothing was changed on disk."
            ),
        )
    if isinstance(exc, SchemaError):
        return (
            "The label schema is invalid:\n" + str(exc),
            "Fix the .labels.toml file beside the corpus.",
        )
    if isinstance(exc, AnnotatorError):
        return (str(exc), "Nothing was changed on disk.")
    if isinstance(exc, OSError):
        what = f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
        if exc.errno == errno.ENOSPC:
            return (
                "The disk is full. " + what,
                "Free some disk space, then save again (Ctrl+S). " + JOURNAL_SAFE,
            )
        if exc.errno in (errno.EACCES, errno.EPERM):
            return (
                "Permission denied. " + what,
                "Check the file's permissions or choose another folder.",
            )
        if exc.errno == errno.ENOENT:
            return ("The file does not exist. " + what, "Check the path and try again.")
        return (what, "Check the file and the disk, then try again.")
    return (
        f"An unexpected error happened: {exc.__class__.__name__}: {exc}",
        (
            "Your edits are journalled as you make them. Please report this with the log file; "
            "saving (Ctrl+S) and reopening is safe."
        ),
    )


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """A modal dialog saying what happened and what to do (never a traceback)."""
    what, todo = explain(exc)
    log.warning("%s: %s", title, what)
    box = QMessageBox(QMessageBox.Icon.Warning, title, what, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(todo)
    box.exec()


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: every action's keys, from the registry, plus the label hotkeys."""

    def __init__(
        self, parent: QWidget | None, keys: dict[str, tuple[str, ...]], labels: Iterable[Any]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = [(m, k, t) for m, k, t in shortcut_rows(keys) if not k.startswith("label hotkey")]
        rows += [
            ("Label", ", ".join(label.hotkeys), f"Label as {label.name}")
            for label in labels
            if label.hotkeys
        ]
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(["Menu", "Keys", "Action"])
        self.table.verticalHeader().hide()
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 560)


def choose_format(parent: QWidget | None, formats: dict[str, Any], for_writing: bool) -> Any | None:
    """Pick one of the registered formats that can read (import) or write (export)."""
    usable = [f for f in formats.values() if (f.write if for_writing else f.read) is not None]
    if not usable:
        QMessageBox.information(parent, "No formats", "No format is available for this yet.")
        return None
    titles = [f"{f.title} ({f.name})" for f in usable]
    verb = "Export to" if for_writing else "Import from"
    title, ok = QInputDialog.getItem(parent, verb, f"{verb} which format?", titles, 0, False)
    return usable[titles.index(title)] if ok else None


def _pattern(fmt: Any) -> str:
    exts = " ".join(f"*{e}" for e in fmt.extensions if e)
    return f"{fmt.title} ({exts})" if exts else ""


def ask_import_source(parent: QWidget | None, fmt: Any) -> Path | None:
    if "" in fmt.extensions and not [e for e in fmt.extensions if e]:
        folder = QFileDialog.getExistingDirectory(parent, f"Import {fmt.title} folder")
        return Path(folder) if folder else None
    name, _ = QFileDialog.getOpenFileName(
        parent, f"Import {fmt.title}", "", _pattern(fmt) + ";;All files (*)"
    )
    return Path(name) if name else None


def ask_save_path(
    parent: QWidget | None, caption: str, suggestion: str, pattern: str
) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, caption, suggestion, pattern)
    return Path(name) if name else None


def with_progress(
    parent: QWidget | None, label: str, items: Iterable[Document], total: int
) -> Iterator[Document]:
    """Yield ``items`` while a QProgressDialog counts them (total 0 = busy indicator); Cancel stops it."""
    dialog = QProgressDialog(label, "Cancel", 0, total, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    try:
        for n, item in enumerate(items, 1):
            if dialog.wasCanceled():
                raise InterruptedError("cancelled")
            yield item
            if n % 50 == 0 or n == total:
                dialog.setValue(min(n, total) if total else 0)
                QApplication.processEvents()
    finally:
        dialog.close()


def show_write_report(parent: QWidget | None, path: Path, report: Any) -> None:
    """Summary of an export: counts and everything the format could not represent."""
    text = f"Wrote {report.documents} document(s) and {report.spans} span(s) to {path}."
    box = QMessageBox(
        QMessageBox.Icon.Information, "Export finished", text, QMessageBox.StandardButton.Ok, parent
    )
    if report.warnings:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setInformativeText(
            f"{len(report.warnings)} thing(s) could not be represented in this format "
            "(see details)."
        )
        box.setDetailedText("\n".join(report.warnings))
    box.exec()


def import_flow(window: Any) -> None:
    """File > Import…: format, source, where to keep the annotations; then open the result."""
    from annotator.formats import registry

    fmt = choose_format(window, registry.load_all(), for_writing=False)
    if fmt is None:
        return
    source = ask_import_source(window, fmt)
    if source is None:
        return
    target = ask_save_path(
        window,
        "Keep the imported annotations in",
        str(source.with_suffix(".jsonl")),
        "Annotations (*.jsonl)",
    )
    if target is None:
        return
    try:
        docs = list(with_progress(window, f"Reading {source.name}…", fmt.read(source, {}), 0))
        writer = registry.get("jsonl").write
        if writer is None:
            raise AnnotatorError("the native JSONL writer is not available")
        writer(docs, target, {})
    except InterruptedError:
        return
    except (AnnotatorError, OSError, UnicodeError) as exc:
        show_error(window, f"Could not import {source.name}", exc)
        return
    window.open_path(target)


def export_flow(window: Any) -> None:
    """File > Export…: format and target, a progress dialog, then what could not be represented."""
    from annotator.formats import registry

    fmt = choose_format(window, registry.load_all(), for_writing=True)
    if fmt is None:
        return
    window.note_editor.commit()
    corpus = window.corpus
    suggestion = str(
        Path(str(corpus.path)).with_suffix(fmt.extensions[0] if fmt.extensions else "")
    )
    if fmt.extensions and not fmt.extensions[0]:
        folder = QFileDialog.getExistingDirectory(window, f"Export {fmt.title} into folder")
        target = Path(folder) if folder else None
    else:
        target = ask_save_path(
            window, f"Export {fmt.title}", suggestion, _pattern(fmt) or "All files (*)"
        )
    if target is None:
        return
    docs = (corpus[i] for i in range(len(corpus)))
    try:
        report = fmt.write(
            with_progress(window, f"Writing {target.name}…", docs, len(corpus)), target, {}
        )
    except InterruptedError:
        return
    except (AnnotatorError, OSError, UnicodeError) as exc:
        show_error(window, f"Could not export to {target.name}", exc)
        return
    show_write_report(window, target, report)


class FileCommands:
    """File menu behaviour of the main window (mixed into MainWindow): open, save, close, recent, import, export."""

    corpus: Any
    store: Any
    note_editor: Any
    label_counter: Any
    recent_menu: Any
    _remember_timer: Any

    if TYPE_CHECKING:

        def statusBar(self) -> Any: ...
        def set_corpus(self, corpus: Any) -> None: ...
        def _remember_document(self) -> None: ...
        def _show_history(self) -> None: ...

    def save(self) -> bool:
        """Ctrl+S: write the annotations file atomically; a failure is a dialog (the journal keeps the edits)."""
        self.note_editor.commit()
        try:
            try:
                self.corpus.save()
            except ChangedOnDiskError as exc:
                if not ask_yes_no(
                    self,
                    "The file changed on disk",
                    f"{exc}\n\nOverwrite it with your version? (No keeps both: your "
                    "edits stay in the journal; copy the file away and save again.)",
                ):
                    return False
                self.corpus.save(force=True)
        except (AnnotatorError, OSError) as exc:
            show_error(self, "Could not save", exc)
            return False
        self._show_history()
        self.statusBar().showMessage(f"Saved {self.corpus.path}", 4000)
        return True

    def close_corpus(self) -> None:
        """Save and release the current corpus (its journal keeps everything if saving fails)."""
        if self.corpus is None:
            return
        self.save()
        self._remember_timer.stop()
        self._remember_document()
        self.label_counter.stop()
        try:
            self.corpus.close()
        except (AnnotatorError, OSError) as exc:
            show_error(self, "Could not close the file", exc)
        self.corpus = None

    def open_path(self, path: str | Path) -> bool:
        from annotator.storage.corpus import Corpus

        try:
            corpus = Corpus.open(Path(path))
        except (AnnotatorError, OSError, UnicodeError) as exc:
            show_error(self, "Could not open the file", exc)
            return False
        self.close_corpus()
        self.set_corpus(corpus)
        return True

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Open", "", "Annotations or text (*.jsonl *.txt);;All files (*)"
        )
        if name:
            self.open_path(name)

    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open a folder of .txt files")
        if folder:
            self.open_path(folder)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for item in paths.recent_files(self.store):
            self.recent_menu.addAction(item, lambda p=item: self.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("(none)").setEnabled(False)

    def import_dialog(self) -> None:
        import_flow(self)

    def export_dialog(self) -> None:
        export_flow(self)
