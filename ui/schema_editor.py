"""Edit > Label schema…: add, rename, recolour and reorder labels; hotkeys and descriptions.

The dialog only edits a list of rows; what a change means (renamed spans across the corpus, no
label dropped, the schema's rules) is the core's (annotator.storage.schema_change). Problems
are shown as the table is edited, and OK waits until there are none.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.app.actions import hotkey_conflicts
from annotator.app.i18n import QT_TRANSLATE_NOOP
from annotator.errors import SchemaError
from annotator.schema import Label
from annotator.storage.schema_change import check_renames
from ui import shown

NAME, COLOUR, KEY, ALT_KEY, DESCRIPTION = range(5)
HEADERS = (  # translated where shown
    QT_TRANSLATE_NOOP("SchemaEditor", "Name"),
    QT_TRANSLATE_NOOP("SchemaEditor", "Colour"),
    QT_TRANSLATE_NOOP("SchemaEditor", "Key"),
    QT_TRANSLATE_NOOP("SchemaEditor", "2nd key"),
    QT_TRANSLATE_NOOP("SchemaEditor", "Description"),
)
ORIGINAL = Qt.ItemDataRole.UserRole  # the Label a row started from (None for a new one)
NEW_COLOURS = ("#ffd1d1", "#d1e7ff", "#d6f5d6", "#fff0b3", "#ead1ff", "#ffe0c2", "#c9f2ef")


class SchemaEditor(QDialog):
    """One row per label, in order; the result is (labels, renames) for ``change_schema``."""

    def __init__(
        self, parent: QWidget | None, labels: list[Label], keys: dict[str, tuple[str, ...]]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SchemaEditor", "Label schema"))
        self.old = list(labels)
        self.keys = keys
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("SchemaEditor", h) for h in HEADERS]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for label in labels:
            self._append(label)
        self.table.itemChanged.connect(lambda _item: self.check())
        self.problems = QLabel()
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a00000;")
        row = QHBoxLayout()
        for text, slot in (
            ("&Add", self.add_label),
            (QCoreApplication.translate("SchemaEditor", "Move &up"), lambda: self.move_row(-1)),
            (QCoreApplication.translate("SchemaEditor", "Move &down"), lambda: self.move_row(+1)),
            ("&Colour…", self.choose_colour),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            row.addWidget(button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(
            QCoreApplication.translate(
                "SchemaEditor",
                "Renaming a label renames its spans in every document (one undo step). "
                "Labels are never removed. Hotkeys: 1–9 or a–z.",
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self.check()

    def _append(self, label: Label | None) -> None:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = label.name if label else ""
        cells = (
            name,
            label.color if label else NEW_COLOURS[row % len(NEW_COLOURS)],
            (label.hotkey or "") if label else "",
            (label.alt_hotkey or "") if label else "",
            label.description if label else "",
        )
        for col, text in enumerate(cells):
            self.table.setItem(row, col, QTableWidgetItem(text))
        self._item(row, NAME).setData(ORIGINAL, label)
        self._paint_colour(row)
        self.table.blockSignals(False)

    def _paint_colour(self, row: int) -> None:
        item = self._item(row, COLOUR)
        color = QColor(item.text().strip())
        if color.isValid():
            item.setBackground(color)
            item.setForeground(QColor("#000000" if color.lightnessF() > 0.55 else "#ffffff"))

    def add_label(self) -> None:
        self._append(None)
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self._item(row, NAME))
        self.check()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self.table.blockSignals(True)
        for col in range(self.table.columnCount()):
            a, b = self.table.takeItem(row, col), self.table.takeItem(target, col)
            self.table.setItem(row, col, b)
            self.table.setItem(target, col, a)
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, self.table.currentColumn())
        self.check()

    def choose_colour(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        current = QColor(self._cell(row, COLOUR))
        color = QColorDialog.getColor(
            current, self, QCoreApplication.translate("SchemaEditor", "Label colour")
        )
        if color.isValid():
            self._item(row, COLOUR).setText(color.name())

    def _cell(self, row: int, col: int) -> str:
        return self._item(row, col).text().strip()

    def _item(self, row: int, col: int) -> QTableWidgetItem:
        item = self.table.item(row, col)
        assert item is not None, "every cell is filled when its row is added"
        return item

    def result(self) -> tuple[list[Label], dict[str, str]]:  # type: ignore[override]
        """The labels in the table's order and {old name: new name} for each renamed label."""
        labels: list[Label] = []
        renames: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            original = self._item(row, NAME).data(ORIGINAL)
            key, alt = self._cell(row, KEY).lower(), self._cell(row, ALT_KEY).lower()
            label = Label(
                name=self._cell(row, NAME),
                color=self._cell(row, COLOUR).lower(),
                hotkey=key or None,
                description=self._cell(row, DESCRIPTION),
                alt_hotkey=alt or None,
            )
            if isinstance(original, Label):
                label = replace(label, extra=original.extra)  # keys of the file we do not edit
                if original.name != label.name:
                    renames[original.name] = label.name
            labels.append(label)
        return labels, renames

    def check(self) -> bool:
        """Show what is wrong (nothing: OK is enabled)."""
        blocked = self.table.blockSignals(True)  # painting a swatch is no edit
        for row in range(self.table.rowCount()):
            self._paint_colour(row)
        self.table.blockSignals(blocked)
        labels, renames = self.result()
        try:
            check_renames(self.old, labels, renames)
        except SchemaError as exc:
            problems = str(exc)
        else:
            hotkeys = {label.name: label.hotkeys for label in labels}
            clashes = hotkey_conflicts(hotkeys, self.keys)
            problems = "\n".join(
                QCoreApplication.translate("SchemaEditor", "Shortcut conflict: {conflict}.").format(
                    conflict=c
                )
                for c in clashes
            )
        self.problems.setText(shown.message(problems))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
        return not problems
