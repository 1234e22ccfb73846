"""Dialogs: errors said plainly with what to do, shortcuts, file choosers, conversion progress."""

from __future__ import annotations

import errno
import logging
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Self

from PySide6.QtCore import QCoreApplication, Qt
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

from annotator.app.actions import shortcut_rows
from annotator.app.i18n import QT_TRANSLATE_NOOP
from annotator.errors import (
    AnnotatorError,
    ChangedOnDiskError,
    InputError,
    LockedError,
    LockFileError,
    ReadOnlyError,
    SaveError,
    SchemaError,
)
from annotator.formats.conversion import ConversionReport
from annotator.formats.registry import Format
from annotator.schema import Label
from ui import i18n, shown

log = logging.getLogger(__name__)
JOURNAL_SAFE = QT_TRANSLATE_NOOP(
    "Dialogs",
    "Your edits are safe in the journal beside the file and will be restored when you reopen it.",
)


def explain(exc: BaseException) -> tuple[str, str]:
    """(what happened, what to do) for an error, in words a user can act on."""
    if isinstance(exc, LockFileError):
        return (
            str(exc),
            QCoreApplication.translate(
                "Dialogs",
                "Nothing was changed on disk. Remove what the message names, "
                "then open the file again.",
            ),
        )
    if isinstance(exc, LockedError):
        return (
            str(exc),
            QCoreApplication.translate(
                "Dialogs", "Close the other annotator window using this file, then open it again."
            ),
        )
    if isinstance(exc, ReadOnlyError):
        return (
            str(exc),
            (
                QCoreApplication.translate(
                    "Dialogs",
                    "Nothing was changed. To annotate this file, make it writable or copy it to a "
                    "folder you can write to, then open it again.",
                )
            ),
        )
    if isinstance(exc, ChangedOnDiskError):
        return (
            str(exc),
            QCoreApplication.translate(
                "Dialogs",
                "Another program changed the file. Save under a new name (or copy the file "
                "away) and compare; ",
            )
            + QCoreApplication.translate("Dialogs", JOURNAL_SAFE),
        )
    if isinstance(exc, SaveError):
        return (
            str(exc),
            (
                QCoreApplication.translate(
                    "Dialogs",
                    "Free some disk space or check the folder's permissions, "
                    "then save again (Ctrl+S). ",
                )
            )
            + QCoreApplication.translate("Dialogs", JOURNAL_SAFE),
        )
    if isinstance(exc, InputError):
        return (
            QCoreApplication.translate("Dialogs", "The file could not be read:\n") + str(exc),
            (
                QCoreApplication.translate(
                    "Dialogs",
                    "Fix the lines named above (or pick the right encoding), then open it again. "
                    "Nothing was changed on disk.",
                )
            ),
        )
    if isinstance(exc, SchemaError):
        return (
            QCoreApplication.translate("Dialogs", "The label schema is invalid:\n") + str(exc),
            QCoreApplication.translate("Dialogs", "Fix the .labels.toml file beside the corpus."),
        )
    if isinstance(exc, AnnotatorError):
        return (str(exc), QCoreApplication.translate("Dialogs", "Nothing was changed on disk."))
    if isinstance(exc, OSError):
        what = f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
        if exc.errno == errno.ENOSPC:
            return (
                QCoreApplication.translate("Dialogs", "The disk is full. ") + what,
                QCoreApplication.translate(
                    "Dialogs", "Free some disk space, then save again (Ctrl+S). "
                )
                + QCoreApplication.translate("Dialogs", JOURNAL_SAFE),
            )
        if exc.errno in (errno.EACCES, errno.EPERM):
            return (
                QCoreApplication.translate("Dialogs", "Permission denied. ") + what,
                QCoreApplication.translate(
                    "Dialogs", "Check the file's permissions or choose another folder."
                ),
            )
        if exc.errno == errno.ENOENT:
            return (
                QCoreApplication.translate("Dialogs", "The file does not exist. ") + what,
                QCoreApplication.translate("Dialogs", "Check the path and try again."),
            )
        return (
            what,
            QCoreApplication.translate("Dialogs", "Check the file and the disk, then try again."),
        )
    return (
        QCoreApplication.translate(
            "Dialogs", "An unexpected error happened: {kind}: {error}"
        ).format(kind=exc.__class__.__name__, error=exc),
        (
            QCoreApplication.translate(
                "Dialogs",
                "Your edits are journalled as you make them. Please report this with the log file; "
                "saving (Ctrl+S) and reopening is safe.",
            )
        ),
    )


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """A modal dialog saying what happened and what to do (never a traceback)."""
    what, todo = explain(exc)
    log.warning("%s: %s", title, what)
    box = plain_box(QMessageBox.Icon.Warning, title, what, parent)
    box.setInformativeText(shown.message(todo))
    box.exec()


def plain_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    parent: QWidget | None,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """A message box that shows ``text`` literally: plain text, controls visible (ui/shown.py)."""
    box = QMessageBox(icon, shown.name(title), "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file names and file content
    box.setText(shown.message(text))
    return box


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = plain_box(QMessageBox.Icon.Question, title, text, parent, buttons)
    return box.exec() == QMessageBox.StandardButton.Yes


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: every action's keys, from the registry, plus the label hotkeys."""

    def __init__(
        self, parent: QWidget | None, keys: dict[str, tuple[str, ...]], labels: Iterable[Label]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"))
        rows = shortcut_rows(keys, i18n.menu_title)[:-1]  # label hotkeys: one row per label
        rows += [
            (
                QCoreApplication.translate("ShortcutsDialog", "Label"),
                ", ".join(label.hotkeys),
                QCoreApplication.translate("ShortcutsDialog", "Label as {label}").format(
                    label=shown.name(label.name)
                ),
            )
            for label in labels
            if label.hotkeys
        ]
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ShortcutsDialog", "Menu"),
                QCoreApplication.translate("ShortcutsDialog", "Keys"),
                QCoreApplication.translate("ShortcutsDialog", "Action"),
            ]
        )
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


def choose_format(
    parent: QWidget | None, formats: dict[str, Format], for_writing: bool
) -> Format | None:
    """Pick one of the registered formats that can read (import) or write (export)."""
    usable = [f for f in formats.values() if (f.write if for_writing else f.read) is not None]
    if not usable:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Dialogs", "No formats"),
            QCoreApplication.translate("Dialogs", "No format is available for this yet."),
        )
        return None
    titles = [f"{f.title} ({f.name})" for f in usable]
    verb = (
        QCoreApplication.translate("Dialogs", "Export to")
        if for_writing
        else QCoreApplication.translate("Dialogs", "Import from")
    )
    title, ok = QInputDialog.getItem(
        parent,
        verb,
        QCoreApplication.translate("Dialogs", "{verb} which format?").format(verb=verb),
        titles,
        0,
        False,
    )
    return usable[titles.index(title)] if ok else None


def file_pattern(fmt: Format) -> str:
    exts = " ".join(f"*{e}" for e in fmt.extensions if e)
    return f"{fmt.title} ({exts})" if exts else ""


def ask_import_source(parent: QWidget | None, fmt: Format) -> Path | None:
    if "" in fmt.extensions and not [e for e in fmt.extensions if e]:
        folder = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("Dialogs", "Import {format} folder").format(
                format=fmt.title
            ),
        )
        return Path(folder) if folder else None
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Dialogs", "Import {format}").format(format=fmt.title),
        "",
        file_pattern(fmt) + QCoreApplication.translate("Dialogs", ";;All files (*)"),
    )
    return Path(name) if name else None


def ask_export_target(parent: QWidget | None, fmt: Format, suggestion: Path) -> Path | None:
    """A file to write, or a folder for a format written as one (brat, plain text)."""
    if fmt.extensions and not fmt.extensions[0]:
        folder = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("Dialogs", "Export {format} into folder").format(
                format=fmt.title
            ),
        )
        return Path(folder) if folder else None
    suggestion = suggestion.with_suffix(fmt.extensions[0] if fmt.extensions else "")
    return ask_save_path(
        parent,
        QCoreApplication.translate("Dialogs", "Export {format}").format(format=fmt.title),
        str(suggestion),
        file_pattern(fmt) or QCoreApplication.translate("Dialogs", "All files (*)"),
    )


def ask_save_path(
    parent: QWidget | None, caption: str, suggestion: str, pattern: str
) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, caption, suggestion, pattern)
    return Path(name) if name else None


class ConversionProgress:
    """A window-modal QProgressDialog fed by the conversion service's two callbacks.

    ``progress(done, total)`` moves the bar (in thousandths: QProgressDialog counts in 32-bit
    ints, a file's bytes may not fit); ``cancelled()`` says whether Cancel was pressed. Both let
    the event loop run, at most every PUMP_SECONDS, so the dialog paints and Cancel works.
    """

    STEPS = 1000
    PUMP_SECONDS = 0.05

    def __init__(self, parent: QWidget | None, label: str) -> None:
        self.dialog = QProgressDialog(
            label, QCoreApplication.translate("ConversionProgress", "Cancel"), 0, 0, parent
        )
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoReset(False)  # a reset would forget that Cancel was pressed
        self._next_pump = 0.0

    def progress(self, done: int, total: int) -> None:
        if self.dialog.wasCanceled():
            return  # setValue would show the dialog again
        maximum = self.STEPS if total else 0  # 0: a busy indicator
        if self.dialog.maximum() != maximum:
            self.dialog.setMaximum(maximum)
        value = done * self.STEPS // total if total else 0
        if self.dialog.value() != value:
            self.dialog.setValue(value)
        self._pump()

    def cancelled(self) -> bool:
        self._pump()
        return self.dialog.wasCanceled()

    def _pump(self) -> None:
        now = time.monotonic()
        if now >= self._next_pump:
            self._next_pump = now + self.PUMP_SECONDS
            QApplication.processEvents()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


SHOWN_WARNINGS = 500  # lines in a summary's details; the rest are counted


def show_conversion_report(
    parent: QWidget | None, title: str, summary: str, report: ConversionReport
) -> None:
    """What a conversion wrote and every warning of the reader and the writer, as plain text."""
    text = summary
    if report.write_summary:  # what the format made us change: tokens split, spans left out
        text += "\n\n" + "\n".join(report.write_summary)
    if report.warnings_total:
        counts = (
            (
                report.read_warnings_total,
                QCoreApplication.translate("Dialogs", "{count} while reading"),
            ),
            (
                len(report.write_warnings),
                QCoreApplication.translate("Dialogs", "{count} while writing"),
            ),
        )
        where = ", ".join(said.format(count=n) for n, said in counts if n)
        text += QCoreApplication.translate(
            "Dialogs", "\n\n{count} warning(s): {where}. Show Details lists them."
        ).format(count=report.warnings_total, where=where)
        lines, hidden = report.warning_lines(SHOWN_WARNINGS)
        if hidden:
            text += QCoreApplication.translate(
                "Dialogs", " The first {count} are listed; {hidden} more are not."
            ).format(count=len(lines), hidden=hidden)
            lines.append(
                QCoreApplication.translate("Dialogs", "... and {hidden} more warning(s)").format(
                    hidden=hidden
                )
            )
    icon = QMessageBox.Icon.Warning if report.warnings_total else QMessageBox.Icon.Information
    box = plain_box(icon, title, text, parent)
    if report.warnings_total:
        box.setDetailedText(shown.message("\n".join(lines)))
    box.exec()
