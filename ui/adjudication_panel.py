"""The Adjudication panel: progress, the disagreement under the caret with each annotator's
version and the key that picks it, and the list of the document's disagreements.

It shows what ui/adjudication.py hands it and reports clicks; it decides nothing (the items,
their kinds and decisions are the core's, annotator.team.adjudication). Every text is plain:
names escaped, document text isolated and right-aligned when it reads right to left.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.team.adjudication import Item
from ui import shown
from ui.layer_painter import LANE_STYLES
from ui.models import is_rtl_text
from ui.view_font import LANE_WIDTH

PREVIEW = 60  # characters of document text in a cell
TEXT_COLUMN = 2
ROW_ROLE = Qt.ItemDataRole.UserRole  # a top-level row's index into the items


def preview(text: str) -> str:
    """Document text for one line of a cell: line breaks shown, long texts cut."""
    flat = text.replace("\r\n", " ⏎ ").replace("\n", " ⏎ ")
    return shown.document_text(flat if len(flat) <= PREVIEW else flat[:PREVIEW] + "…")


def decision_text(item: Item) -> str:
    if item.decided is None:
        return QCoreApplication.translate("AdjudicationPanel", "open")
    if not item.decided:
        return "✓ " + QCoreApplication.translate("AdjudicationPanel", "neither")
    if len(item.decided) == len(item.names) > 1:
        if len(item.names) > 2:
            return "✓ " + QCoreApplication.translate("AdjudicationPanel", "all")
        return "✓ " + QCoreApplication.translate("AdjudicationPanel", "both")
    joined = QCoreApplication.translate("AdjudicationPanel", " and ").join(
        shown.name(n) for n in item.decided
    )
    return "✓ " + joined


def lane_icon(lane: int, colour: QColor) -> QIcon:
    """A short line in lane ``lane``'s dash (as the view draws that annotator's spans)."""
    pixmap = QPixmap(30, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    pen = QPen(colour, LANE_WIDTH + 1, LANE_STYLES[lane % len(LANE_STYLES)])
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(1, 6, 29, 6)
    painter.end()
    return QIcon(pixmap)


def _plain(text: str = "", *, rtl: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    if rtl:
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


class AdjudicationPanel(QWidget):
    """Bottom dock of an adjudication corpus; signals what the user clicked."""

    item_chosen = Signal(int)  # index into the items shown
    pick_chosen = Signal(object)  # list[str]: the annotators whose versions to accept

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("adjudication-panel")
        self.items: list[Item] = []
        self.progress = _plain()
        self.progress.setWordWrap(True)
        self.current = QGroupBox(QCoreApplication.translate("AdjudicationPanel", "Under the caret"))
        self.state = _plain()
        self.state.setWordWrap(True)
        self.versions = QGridLayout()
        self.versions.setColumnStretch(2, 1)
        box = QVBoxLayout(self.current)
        box.addWidget(self.state)
        box.addLayout(self.versions)
        box.addStretch(1)
        self.buttons: list[QPushButton] = []
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("AdjudicationPanel", "Disagreement"),
                QCoreApplication.translate("AdjudicationPanel", "Label"),
                QCoreApplication.translate("AdjudicationPanel", "Text"),
                QCoreApplication.translate("AdjudicationPanel", "Decision"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for col in range(4):
            fit = QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == 2 else fit)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        left = QVBoxLayout()
        left.addWidget(self.progress)
        left.addWidget(self.current, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.addLayout(left, 2)
        row.addWidget(self.tree, 3)

    # -- the list ---------------------------------------------------------------------

    def set_items(self, items: Sequence[Item], text: str, keys: Sequence[str]) -> None:
        """List ``items`` (a document's disagreements, text order); ``keys[k]`` picks lane k."""
        self.items = list(items)
        self.tree.clear()
        rows = []
        for n, item in enumerate(self.items):
            top = QTreeWidgetItem([f"{n + 1} · {item.kind}", ""])
            _text_cell(top, text[item.start : item.end])
            top.setData(0, ROW_ROLE, n)
            self._decided(top, item)
            top.setToolTip(TEXT_COLUMN, shown.tooltip(f"[{item.start}, {item.end})"))
            for lane, (name, spans) in enumerate(item.candidates):
                who = f"{keys[lane]}  {shown.name(name)}" if lane < len(keys) else shown.name(name)
                rows_of = (
                    [
                        QTreeWidgetItem(
                            [
                                who,
                                "—",
                                QCoreApplication.translate("AdjudicationPanel", "(nothing here)"),
                            ]
                        )
                    ]
                    if not spans
                    else []
                )
                for k, span in enumerate(spans):
                    child = QTreeWidgetItem([who if k == 0 else "", shown.name(span.label)])
                    _text_cell(child, text[span.start : span.end])
                    child.setToolTip(TEXT_COLUMN, shown.tooltip(f"[{span.start}, {span.end})"))
                    rows_of.append(child)
                rows_of[0].setIcon(0, self._icon(lane))
                for child in rows_of:
                    child.setData(0, ROW_ROLE, n)
                    top.addChild(child)
            rows.append(top)
        self.tree.addTopLevelItems(rows)
        for top in rows:
            top.setExpanded(True)

    def update_decisions(self, items: Sequence[Item]) -> None:
        """The same disagreements after an edit: only their decisions changed."""
        self.items = list(items)
        for n, item in enumerate(self.items):
            top = self.tree.topLevelItem(n)
            if top is not None:
                self._decided(top, item)

    @staticmethod
    def _decided(top: QTreeWidgetItem, item: Item) -> None:
        top.setText(3, decision_text(item))
        font = QFont(top.font(0))
        font.setBold(item.decided is None)
        top.setFont(0, font)

    def select_row(self, n: int | None) -> None:
        """Highlight the row of item ``n`` (None: none), without signalling."""
        top = self.tree.topLevelItem(n) if n is not None else None
        self.tree.blockSignals(True)
        if top is None:
            self.tree.clearSelection()
        else:
            self.tree.setCurrentItem(top)
            self.tree.scrollToItem(top)
        self.tree.blockSignals(False)

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        n = row.data(0, ROW_ROLE)
        if isinstance(n, int):
            self.item_chosen.emit(n)

    # -- under the caret ----------------------------------------------------------------

    def show_current(
        self, n: int | None, text: str, keys: Sequence[str], both: str, neither: str, said: str
    ) -> None:
        """Item ``n`` with a button per annotator's version (``keys`` by lane), both/all and
        neither; none: ``said`` (why there is nothing to pick)."""
        self._clear_versions()
        item = self.items[n] if n is not None and 0 <= n < len(self.items) else None
        if item is None:
            self.state.setText(said)
            return
        assert n is not None
        said = QCoreApplication.translate(
            "AdjudicationPanel", "Disagreement {n} of {count}: {kind} · {decision}"
        ).format(n=n + 1, count=len(self.items), kind=item.kind, decision=decision_text(item))
        self.state.setText(said)
        for lane, (name, spans) in enumerate(item.candidates):
            key = keys[lane] if lane < len(keys) else ""
            self._button(lane, f"{key}  {shown.name(name)}".strip(), [name])
            self.buttons[-1].setIcon(self._icon(lane))
            labels = ", ".join(shown.name(s.label) for s in spans) or "—"
            self.versions.addWidget(_plain(labels), lane, 1)
            words = " · ".join(text[s.start : s.end] for s in spans)
            said_text = (
                preview(words)
                if spans
                else QCoreApplication.translate("AdjudicationPanel", "(nothing here)")
            )
            self.versions.addWidget(_plain(said_text, rtl=is_rtl_text(words)), lane, 2)
        rows = len(item.candidates)
        everyone = (
            QCoreApplication.translate("AdjudicationPanel", "all")
            if rows > 2
            else QCoreApplication.translate("AdjudicationPanel", "both")
        )
        none = QCoreApplication.translate("AdjudicationPanel", "neither")
        self._button(rows, f"{both}  {everyone}".strip(), list(item.names))
        self._button(rows + 1, f"{neither}  {none}".strip(), [])

    def _icon(self, lane: int) -> QIcon:
        return lane_icon(lane, self.palette().text().color())

    def _button(self, row: int, title: str, names: list[str]) -> None:
        button = QPushButton(title)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the document
        button.clicked.connect(lambda _=False, chosen=names: self.pick_chosen.emit(chosen))
        self.versions.addWidget(button, row, 0)
        self.buttons.append(button)

    def _clear_versions(self) -> None:
        self.buttons = []
        while self.versions.count():
            taken = self.versions.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()


def _text_cell(row: QTreeWidgetItem, text: str) -> None:
    """Document text in the Text column: isolated, right-aligned when it reads right to left
    (decided on the text itself: an isolate hides its direction from the cell)."""
    row.setText(TEXT_COLUMN, preview(text))
    if is_rtl_text(text):
        flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        row.setTextAlignment(TEXT_COLUMN, flags)
