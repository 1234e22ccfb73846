"""The Labels panel: a filter line, the labels table (colour, keys, counts) and hotkey buttons.

However many labels a schema has, the panel stays as narrow as the dock it is in: the table
scrolls, the buttons (one per label that has a hotkey) wrap in a FlowLayout inside a short
scroll area. Typing in the filter keeps the labels whose name or description contains the
text; Enter labels the selection with the first one; Esc goes back to the document.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from annotator.schema import Label
from ui import shown
from ui.flow_layout import FlowLayout
from ui.models import LabelTableModel
from ui.tables import fit_columns, make_table

BUTTON_MAX_WIDTH = 200  # px: a long label name is elided on its button (full in the tooltip)
PALETTE_ROWS = 2  # rows of buttons shown before the palette scrolls


class LabelFilter(QSortFilterProxyModel):
    """Labels whose name or description contains the filter text (case-insensitive).

    Names that start with it come first, then names that contain it, then descriptions; the
    schema's order within each (Enter takes the first).
    """

    def __init__(self, source: LabelTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = source
        self.needle = ""
        self.setSourceModel(source)

    def set_text(self, text: str) -> None:
        self.needle = text.strip().casefold()
        self.invalidate()
        self.sort(0 if self.needle else -1)

    def rank(self, row: int) -> tuple[int, int]:
        name = self.labels.label_at(row).name.casefold()
        if name.startswith(self.needle):
            return (0, row)
        return (1, row) if self.needle in name else (2, row)

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return self.rank(left.row()) < self.rank(right.row())

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.needle:
            return True
        label = self.labels.label_at(row)
        return self.needle in label.name.casefold() or self.needle in label.description.casefold()

    def label_at(self, row: int) -> Label:
        return self.labels.label_at(self.mapToSource(self.index(row, 0)).row())


class FilterLine(QLineEdit):
    """The filter: Enter chooses, Esc leaves, Down goes into the table."""

    leave_requested = Signal()
    down_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            return
        if event.key() == Qt.Key.Key_Down:
            self.down_requested.emit()
            return
        super().keyPressEvent(event)


class PaletteArea(QScrollArea):
    """The wrapped buttons, as tall as their rows up to PALETTE_ROWS, never wider than the dock."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.content = QWidget()
        self.flow = FlowLayout(self.content)
        self.setWidget(self.content)

    def _wanted_height(self) -> int:
        if not self.flow.count():
            return 0
        items = [self.flow.itemAt(i) for i in range(self.flow.count())]
        row = max(item.sizeHint().height() for item in items if item is not None)
        cap = PALETTE_ROWS * row + (PALETTE_ROWS - 1) * 4
        return min(cap, self.flow.heightForWidth(max(1, self.viewport().width())))

    def sizeHint(self) -> QSize:
        return QSize(0, self._wanted_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._wanted_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


class LabelsPanel(QWidget):
    """The schema's labels: filter, table with counts, and buttons that label like hotkeys do."""

    label_chosen = Signal(str)
    leave_requested = Signal()  # the document should take the keyboard back

    def __init__(self) -> None:
        super().__init__()
        self.model = LabelTableModel()
        self.proxy = LabelFilter(self.model, self)
        self.filter = FilterLine()
        self.filter.setPlaceholderText(
            QCoreApplication.translate("LabelsPanel", "Filter labels — Enter labels the selection")
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.filter.returnPressed.connect(self.choose_first)
        self.filter.leave_requested.connect(self._leave)
        self.filter.down_requested.connect(self._into_table)
        self.table = make_table(self.proxy)
        self.table.activated.connect(self._activated)
        fit_columns(self.table, 0)
        self.palette_area = PaletteArea()
        self.palette_row = self.palette_area.content  # older name, kept for callers
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.palette_area)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)

    def set_labels(self, labels: list[Label]) -> None:
        self.model.set_labels(labels)
        for button in self.buttons.values():
            self.palette_area.flow.removeWidget(button)
            button.deleteLater()
        self.buttons.clear()
        for label in labels:
            if label.hotkeys:
                self._add_button(label)
        self.palette_area.updateGeometry()

    def _add_button(self, label: Label) -> None:
        text = shown.name(label.name) + f" [{'/'.join(label.hotkeys)}]"
        elided = self.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideMiddle, BUTTON_MAX_WIDTH - 16
        )
        button = QPushButton(elided.replace("&", "&&"))
        button.setObjectName(f"palette-{label.name}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the caret in the document view
        button.setToolTip(shown.tooltip(f"{label.name}: {label.description}".rstrip(": ")))
        button.setMaximumWidth(BUTTON_MAX_WIDTH)
        color = QColor(label.color)
        ink = "#000000" if color.lightnessF() > 0.55 else "#ffffff"
        button.setStyleSheet(
            f"QPushButton {{ background: {color.name()}; color: {ink}; padding: 2px 6px; }}"
        )
        button.clicked.connect(lambda _=False, name=label.name: self.label_chosen.emit(name))
        self.palette_area.flow.addWidget(button)
        self.buttons[label.name] = button

    def focus_filter(self) -> None:
        """Ctrl+L: the keyboard goes to the filter, its text selected to be typed over."""
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def choose_first(self) -> None:
        """Enter in the filter: label with the first label shown, then back to the document."""
        if self.proxy.rowCount() == 0:
            return
        name = self.proxy.label_at(0).name
        self._leave()
        self.label_chosen.emit(name)

    def _leave(self) -> None:
        self.filter.clear()
        self.leave_requested.emit()

    def _into_table(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _activated(self, index: QModelIndex) -> None:
        self.label_chosen.emit(self.proxy.label_at(index.row()).name)
