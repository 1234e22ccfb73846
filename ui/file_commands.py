"""The File menu of the main window: open, save, close, recent files, import and export."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from annotator.app import paths
from annotator.errors import AnnotatorError, ChangedOnDiskError
from annotator.formats import conversion, registry
from annotator.formats.conversion import ConversionCancelled
from annotator.storage.corpus import Corpus
from ui import shown
from ui.dialogs import (
    ConversionProgress,
    ask_export_target,
    ask_import_source,
    ask_save_path,
    ask_yes_no,
    choose_format,
    show_conversion_report,
    show_error,
)

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class FileCommands:
    """What the File menu does to the window that owns it (conversions go to the core's service)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def save(self) -> bool:
        """Ctrl+S: save atomically; a failure is a dialog (the journal keeps the edits)."""
        window = self.window
        corpus = window.corpus
        if corpus is None:
            return False
        window.note_editor.commit()
        if corpus.readonly and not corpus.dirty:
            return True  # nothing to save, and nothing may be written
        try:
            try:
                corpus.save()
            except ChangedOnDiskError as exc:
                if not ask_yes_no(
                    window,
                    QCoreApplication.translate("FileCommands", "The file changed on disk"),
                    QCoreApplication.translate(
                        "FileCommands",
                        "{error}\n\nOverwrite it with your version? (No keeps both: your "
                        "edits stay in the journal; copy the file away and save again.)",
                    ).format(error=exc),
                ):
                    return False
                corpus.save(force=True)
        except (AnnotatorError, OSError, UnicodeError) as exc:
            show_error(window, QCoreApplication.translate("FileCommands", "Could not save"), exc)
            return False
        window.show_history()
        window.statusBar().showMessage(
            shown.message(
                QCoreApplication.translate("FileCommands", "Saved {path}").format(path=corpus.path)
            ),
            4000,
        )
        return True

    def close_corpus(self) -> None:
        """Save and release the current corpus (its journal keeps everything if saving fails)."""
        window = self.window
        corpus = window.corpus
        if corpus is None:
            return
        self.save()
        window.remember_document()
        window.label_counter.stop()
        window.adjudication.stop()
        try:
            corpus.close()
        except (AnnotatorError, OSError) as exc:
            show_error(
                window, QCoreApplication.translate("FileCommands", "Could not close the file"), exc
            )
        window.corpus = None

    def open_path(self, path: str | Path) -> bool:

        try:
            corpus = Corpus.open(Path(path))
        except (AnnotatorError, OSError, UnicodeError) as exc:
            show_error(
                self.window,
                QCoreApplication.translate("FileCommands", "Could not open the file"),
                exc,
            )
            return False
        self.close_corpus()
        self.window.set_corpus(corpus)
        return True

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("FileCommands", "Open"),
            "",
            QCoreApplication.translate(
                "FileCommands", "Annotations or text (*.jsonl *.txt);;All files (*)"
            ),
        )
        if name:
            self.open_path(name)

    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, QCoreApplication.translate("FileCommands", "Open a folder of .txt files")
        )
        if folder:
            self.open_path(folder)

    def fill_recent(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        for item in paths.recent_files(self.window.store):
            menu.addAction(item, partial(self.open_path, item))
        if menu.isEmpty():
            menu.addAction("(none)").setEnabled(False)

    def import_dialog(self) -> None:
        """File > Import…: format, source, where to keep the annotations; then open the result."""
        window = self.window
        fmt = choose_format(window, registry.load_all(), for_writing=False)
        if fmt is None:
            return
        source = ask_import_source(window, fmt)
        if source is None:
            return
        suggestion = source.with_suffix(".jsonl")
        if suggestion == source:  # a doccano or Prodigy .jsonl: never suggest the input itself
            suggestion = source.with_name(f"{source.stem}-annotations.jsonl")
        target = ask_save_path(
            window,
            QCoreApplication.translate("FileCommands", "Keep the imported annotations in"),
            str(suggestion),
            QCoreApplication.translate("FileCommands", "Annotations (*.jsonl)"),
        )
        if target is None:
            return
        try:
            with ConversionProgress(
                window,
                QCoreApplication.translate("FileCommands", "Reading {name}…").format(
                    name=source.name
                ),
            ) as bar:
                report = conversion.import_to_jsonl(
                    source, fmt.name, target, progress=bar.progress, cancelled=bar.cancelled
                )
        except ConversionCancelled:
            return
        except (AnnotatorError, OSError, UnicodeError) as exc:
            show_error(
                window,
                QCoreApplication.translate("FileCommands", "Could not import {name}").format(
                    name=source.name
                ),
                exc,
            )
            return
        if not self.open_path(target):
            return
        summary = QCoreApplication.translate(
            "FileCommands",
            "Imported {documents} document(s) and {spans} span(s) from {name} into {target}.",
        ).format(documents=report.documents, spans=report.spans, name=source.name, target=target)
        window.status.say(summary, 6000)
        if report.warnings_total:
            show_conversion_report(
                window,
                QCoreApplication.translate("FileCommands", "Import finished"),
                summary,
                report,
            )

    def export_dialog(self) -> None:
        """File > Export…: format and target, a progress dialog, then every warning."""
        window = self.window
        fmt = choose_format(window, registry.load_all(), for_writing=True)
        if fmt is None:
            return
        window.note_editor.commit()
        corpus = window.corpus
        if corpus is None:
            return
        target = ask_export_target(window, fmt, Path(str(corpus.path)))
        if target is None:
            return
        documents = (corpus[i] for i in range(len(corpus)))
        try:
            with ConversionProgress(
                window,
                QCoreApplication.translate("FileCommands", "Writing {name}…").format(
                    name=target.name
                ),
            ) as bar:
                report = conversion.export_documents(
                    documents,
                    len(corpus),
                    target,
                    fmt.name,
                    progress=bar.progress,
                    cancelled=bar.cancelled,
                )
        except ConversionCancelled:
            return
        except (AnnotatorError, OSError, UnicodeError) as exc:
            show_error(
                window,
                QCoreApplication.translate("FileCommands", "Could not export to {name}").format(
                    name=target.name
                ),
                exc,
            )
            return
        summary = QCoreApplication.translate(
            "FileCommands", "Wrote {documents} document(s) and {spans} span(s) to {target}."
        ).format(documents=report.documents, spans=report.spans, target=target)
        show_conversion_report(
            window, QCoreApplication.translate("FileCommands", "Export finished"), summary, report
        )
