"""The annotators' files of File > Adjudicate… and View > Agreement: a list with Add files… and
Remove, each file once (compared resolved), shown by its escaped name and kept as its path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import shown


class FileList(QWidget):
    """``added`` carries the paths a call added (none already listed); ``changed`` follows every
    addition and removal."""

    added = Signal(list)
    changed = Signal()

    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = QListWidget()
        self.files.setMaximumHeight(self.files.fontMetrics().height() * rows)
        self.add_button = QPushButton(QCoreApplication.translate("FileList", "Add files…"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(QCoreApplication.translate("FileList", "Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        side = QVBoxLayout()
        for push in (self.add_button, self.remove_button):
            push.setAutoDefault(False)  # Enter runs the dialog; it never adds or removes a file
            side.addWidget(push)
        side.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.files, 1)
        row.addLayout(side)

    def paths(self) -> list[Path]:
        return [
            Path(self.files.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.files.count())
        ]

    def add_paths(self, paths: list[Path]) -> list[Path]:
        """List the paths not listed yet (a file given twice, or by two names, once)."""
        have = {p.resolve() for p in self.paths()}
        added = []
        for path in paths:
            resolved = path.resolve()
            if resolved not in have:
                have.add(resolved)
                added.append(path)
                self.files.addItem(shown.name(str(path)))
                self.files.item(self.files.count() - 1).setData(Qt.ItemDataRole.UserRole, str(path))
        self.added.emit(added)
        self.changed.emit()
        return added

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate("FileList", "Annotators' files"),
            "",
            QCoreApplication.translate("FileList", "Annotations (*.jsonl);;All files (*)"),
        )
        self.add_paths([Path(n) for n in names])

    def remove_current(self) -> None:
        row = self.files.currentRow()
        if row >= 0:
            self.files.takeItem(row)
        self.changed.emit()
