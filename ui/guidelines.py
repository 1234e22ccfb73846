"""The Guidelines dock: each label of the schema with its colour, keys and description."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.app.i18n import QT_TRANSLATE_NOOP
from annotator.schema import Label
from ui import shown

NO_DESCRIPTION = QT_TRANSLATE_NOOP(
    "GuidelinesPanel", "(no description yet: Edit > Label schema… adds one)"
)


class GuidelinesPanel(QWidget):
    """Read-only: an entry per label, its name and keys over its description, wrapped."""

    def __init__(self) -> None:
        super().__init__()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)

    def set_labels(self, labels: list[Label]) -> None:
        self.list.clear()
        for label in labels:
            keys = f" [{'/'.join(label.hotkeys)}]" if label.hotkeys else ""
            text = (
                shown.name(label.name)
                + keys
                + "\n"
                + shown.message(
                    label.description
                    or QCoreApplication.translate("GuidelinesPanel", NO_DESCRIPTION)
                )
            )
            item = QListWidgetItem(text)
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(label.color))
            item.setIcon(QIcon(swatch))
            item.setToolTip(shown.tooltip(label.description or label.name))
            self.list.addItem(item)

    def description_of(self, row: int) -> str:
        item = self.list.item(row)
        return item.text().split("\n", 1)[1] if item is not None else ""
