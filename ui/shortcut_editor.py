"""Edit > Customise shortcuts…: every action of the registry with its keys, editable.

Conflicts (two actions on one key, a label hotkey that an action also uses: the core's
``action_conflicts`` / ``hotkey_conflicts``) and keys Qt cannot read are shown as you type,
their rows marked; OK waits until there are none. The window stores only what differs from
the defaults (``overrides_from``) and gives its QActions the new keys at once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
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

from annotator.app.actions import ACTIONS, action_conflicts, hotkey_conflicts
from ui import i18n, shown

MENU, TITLE, KEYS, DEFAULT = range(4)
CONFLICT = QColor("#ffd6d6")
_SEPARATOR = re.compile(r",\s+")  # "Ctrl+Shift+Z, Ctrl+Y" (a key "Ctrl+," keeps its comma)


def parse_keys(text: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in _SEPARATOR.split(text.strip()) if k.strip())


def readable(key: str) -> bool:
    """Whether Qt understands ``key`` as a key sequence."""
    sequence = QKeySequence.fromString(key, QKeySequence.SequenceFormat.PortableText)
    return not sequence.isEmpty() and sequence.toString() != ""


class ShortcutEditor(QDialog):
    """A row per action: menu, title, keys (edit them: comma-separated), default keys."""

    def __init__(
        self,
        parent: QWidget | None,
        keys: Mapping[str, tuple[str, ...]],
        label_hotkeys: Mapping[str, tuple[str, ...]],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ShortcutEditor", "Customise shortcuts"))
        self.label_hotkeys = dict(label_hotkeys)
        self.ids = [spec.id for spec in ACTIONS]
        self.table = QTableWidget(len(ACTIONS), 4)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ShortcutEditor", "Menu"),
                QCoreApplication.translate("ShortcutEditor", "Action"),
                QCoreApplication.translate("ShortcutEditor", "Keys"),
                QCoreApplication.translate("ShortcutEditor", "Default"),
            ]
        )
        self.table.verticalHeader().hide()
        for row, spec in enumerate(ACTIONS):
            cells = (
                i18n.menu_path(spec.menu),
                i18n.bare(spec),
                ", ".join(keys.get(spec.id, spec.keys)),
                ", ".join(spec.keys),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col != KEYS:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(shown.tooltip(i18n.action_description(spec)))
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KEYS, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self.check())
        self.problems = QLabel()
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a00000;")
        reset = QPushButton(QCoreApplication.translate("ShortcutEditor", "&Reset to default"))
        reset.clicked.connect(self.reset_current)
        reset_all = QPushButton(QCoreApplication.translate("ShortcutEditor", "Reset &all"))
        reset_all.clicked.connect(self.reset_all)
        bar = QHBoxLayout()
        bar.addWidget(reset)
        bar.addWidget(reset_all)
        bar.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "ShortcutEditor",
                    "Double-click a Keys cell to change it; separate keys by ', '.",
                )
            )
        )
        layout.addWidget(self.table)
        layout.addLayout(bar)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(720, 620)
        self.check()

    def _item(self, row: int, col: int) -> QTableWidgetItem:
        item = self.table.item(row, col)
        assert item is not None, "every cell is filled in __init__"
        return item

    def keys(self) -> dict[str, tuple[str, ...]]:
        """Each action's keys as the table has them now."""
        return {
            action_id: parse_keys(self._item(row, KEYS).text())
            for row, action_id in enumerate(self.ids)
        }

    def set_keys(self, action_id: str, text: str) -> None:
        self._item(self.ids.index(action_id), KEYS).setText(text)

    def reset_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self._item(row, KEYS).setText(self._item(row, DEFAULT).text())

    def reset_all(self) -> None:
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            self._item(row, KEYS).setText(self._item(row, DEFAULT).text())
        self.table.blockSignals(False)
        self.check()

    def check(self) -> bool:
        """Show conflicts and unreadable keys, mark their rows; True when there are none."""
        keys = self.keys()
        problems: list[str] = []
        marked: set[str] = set()
        for action_id, sequence in keys.items():
            for key in sequence:
                if not readable(key):
                    problems.append(
                        QCoreApplication.translate(
                            "ShortcutEditor", "{key} is not a key Qt understands."
                        ).format(key=repr(key))
                    )
                    marked.add(action_id)
        for conflict in action_conflicts(keys) + hotkey_conflicts(self.label_hotkeys, keys):
            problems.append(
                QCoreApplication.translate("ShortcutEditor", "Conflict: {conflict}.").format(
                    conflict=conflict
                )
            )
            marked.update({conflict.first, conflict.second})
        self.table.blockSignals(True)
        for row, action_id in enumerate(self.ids):
            brush = CONFLICT if action_id in marked else QColor(0, 0, 0, 0)
            for col in range(self.table.columnCount()):
                self._item(row, col).setBackground(brush)
        self.table.blockSignals(False)
        self.problems.setText(shown.message("\n".join(problems)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        return not problems
