"""The Guidelines dock: each label of the schema with its colour, keys and description."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.schema import Label
from ui import shown
from ui.tables import DirectionalDelegate


class GuidelinesPanel(QWidget):
    """Read-only: a row per label (name and keys; description, wrapped, in its own direction)."""

    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["Label", "Description"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setItemDelegateForColumn(1, DirectionalDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)

    def set_labels(self, labels: list[Label]) -> None:
        self.table.setRowCount(len(labels))
        for row, label in enumerate(labels):
            keys = f" [{'/'.join(label.hotkeys)}]" if label.hotkeys else ""
            name = QTableWidgetItem(shown.name(label.name) + keys)
            name.setData(1, QColor(label.color))  # DecorationRole: the label's colour
            text = label.description or "(no description: Edit > Label schema… adds one)"
            description = QTableWidgetItem(shown.message(text))
            description.setToolTip(shown.tooltip(label.description or label.name))
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, description)
        self.table.resizeRowsToContents()

    def description_of(self, row: int) -> str:
        item = self.table.item(row, 1)
        return item.text() if item is not None else ""
