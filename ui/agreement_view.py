"""The figures of an agreement report, as View > Agreement shows them: a summary, then for the
chosen pair of annotators the figures per label, the label confusion of their spans, and the
list of disagreements (activating one asks the window to show it).

Every figure is the core's (annotator.team.agreement, as ``annotator agree --json`` gives it);
this module lays it out. Names, labels and ids are shown with their control characters visible,
document text isolated in its own direction (ui/shown.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.app.i18n import QT_TRANSLATE_NOOP
from annotator.team.agreement import AgreementReport, PairResult
from ui import shown
from ui.tables import DirectionalDelegate

LABEL_COLUMNS = (  # translated where shown (AgreementView)
    QT_TRANSLATE_NOOP("AgreementView", "Label"),
    QT_TRANSLATE_NOOP("AgreementView", "n A"),
    QT_TRANSLATE_NOOP("AgreementView", "n B"),
    QT_TRANSLATE_NOOP("AgreementView", "Matched exact"),
    QT_TRANSLATE_NOOP("AgreementView", "Matched overlap"),
    QT_TRANSLATE_NOOP("AgreementView", "F1 exact"),
    QT_TRANSLATE_NOOP("AgreementView", "F1 overlap"),
)
ITEM_COLUMNS = (
    QT_TRANSLATE_NOOP("AgreementView", "Document"),
    QT_TRANSLATE_NOOP("AgreementView", "Kind"),
    QT_TRANSLATE_NOOP("AgreementView", "A's label"),
    QT_TRANSLATE_NOOP("AgreementView", "A's range"),
    QT_TRANSLATE_NOOP("AgreementView", "A's text"),
    QT_TRANSLATE_NOOP("AgreementView", "B's label"),
    QT_TRANSLATE_NOOP("AgreementView", "B's range"),
    QT_TRANSLATE_NOOP("AgreementView", "B's text"),
)
KINDS = {
    "only_a": QT_TRANSLATE_NOOP("AgreementView", "only A"),
    "only_b": QT_TRANSLATE_NOOP("AgreementView", "only B"),
    "label": QT_TRANSLATE_NOOP("AgreementView", "label"),
    "boundary": QT_TRANSLATE_NOOP("AgreementView", "boundary"),
    "both": QT_TRANSLATE_NOOP("AgreementView", "label and boundary"),
}
NONE = QT_TRANSLATE_NOOP("AgreementView", "(none)")


def figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _table(columns: int, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setMinimumSectionSize(24)  # Arabic fonts' metrics make it ~120 px
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _label(value: str | None) -> str:
    return QCoreApplication.translate("AgreementView", NONE) if value is None else shown.name(value)


def _cell(text: str, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)  # a table item's text is plain text, never markup
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class AgreementView(QWidget):
    """One report: ``show_report``; ``disagreement_activated(item)`` with the core's item dict."""

    disagreement_activated = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.report: AgreementReport | None = None
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.pair_box = QComboBox()
        self.pair_box.currentIndexChanged.connect(lambda _i: self._show_pair())
        self.pair_line = QLabel()
        self.pair_line.setTextFormat(Qt.TextFormat.PlainText)
        self.pair_line.setWordWrap(True)
        self.labels = _table(
            len(LABEL_COLUMNS),
            [QCoreApplication.translate("AgreementView", c) for c in LABEL_COLUMNS],
        )
        self.confusion = _table(0, [])
        self.confusion.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.confusion_caption = QLabel()
        self.confusion_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.confusion_caption.setWordWrap(True)
        confusion_tab = QWidget()
        confusion_layout = QVBoxLayout(confusion_tab)
        confusion_layout.setContentsMargins(4, 4, 4, 4)
        confusion_layout.addWidget(self.confusion_caption)
        confusion_layout.addWidget(self.confusion, 1)
        self.items = _table(
            len(ITEM_COLUMNS),
            [QCoreApplication.translate("AgreementView", c) for c in ITEM_COLUMNS],
        )
        for column in (0, 2, 4, 5, 7):  # names and text: each cell in its own direction
            self.items.setItemDelegateForColumn(column, DirectionalDelegate(self.items))
        self.items.itemActivated.connect(self._activated)
        self.items.installEventFilter(self)  # Return shows it, and goes no further (see below)
        self.items.setToolTip(
            QCoreApplication.translate(
                "AgreementView", "Enter or double-click: show it in the window"
            )
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.labels, QCoreApplication.translate("AgreementView", "Per label"))
        self.tabs.addTab(
            confusion_tab, QCoreApplication.translate("AgreementView", "Label confusion")
        )
        self.tabs.addTab(self.items, QCoreApplication.translate("AgreementView", "Disagreements"))
        pair_row = QHBoxLayout()
        pair_row.addWidget(QLabel(QCoreApplication.translate("AgreementView", "Pair:")))
        pair_row.addWidget(self.pair_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(pair_row)
        layout.addWidget(self.pair_line)
        layout.addWidget(self.tabs, 1)

    @property
    def pair(self) -> PairResult | None:
        row = self.pair_box.currentIndex()
        return self.report.pairs[row] if self.report and 0 <= row < len(self.report.pairs) else None

    def show_report(self, report: AgreementReport, note: str = "") -> None:
        self.report = report
        names = ", ".join(shown.name(n) for n in report.annotators) or QCoreApplication.translate(
            "AgreementView", "nobody"
        )
        lines = [
            QCoreApplication.translate(
                "AgreementView", "{count} document(s) that two or more of {names} have"
            ).format(count=report.documents, names=names)
        ]
        lines.append(
            QCoreApplication.translate(
                "AgreementView", "Krippendorff's alpha over tokens: {alpha}"
            ).format(alpha=figure(report.alpha.alpha()))
        )
        if report.fleiss is not None:
            lines.append(
                QCoreApplication.translate(
                    "AgreementView", "Fleiss' kappa over tokens: {kappa}"
                ).format(kappa=figure(report.fleiss.kappa()))
            )
        self.summary.setText("\n".join([*lines, shown.message(note)] if note else lines))
        blocked = self.pair_box.blockSignals(True)
        self.pair_box.clear()
        for pair in report.pairs:
            self.pair_box.addItem(
                QCoreApplication.translate("AgreementView", "{a} (A) and {b} (B)").format(
                    a=shown.name(pair.a), b=shown.name(pair.b)
                )
            )
        self.pair_box.blockSignals(blocked)
        self._show_pair()

    def _show_pair(self) -> None:
        pair = self.pair
        if pair is None:
            self.pair_line.setText("")
            for table in (self.labels, self.confusion, self.items):
                table.setRowCount(0)
            return
        data = pair.to_json()
        overall = data["overall"]
        self.pair_line.setText(
            QCoreApplication.translate(
                "AgreementView",
                "{documents} document(s) both have · F1 exact {exact}, "
                "overlap {overlap} · token kappa {kappa} over {tokens} tokens",
            ).format(
                documents=pair.documents,
                exact=figure(overall["f1_exact"]),
                overlap=figure(overall["f1_overlap"]),
                kappa=figure(overall["kappa_tokens"]),
                tokens=overall["tokens"],
            )
        )
        self._fill_labels(data)
        self._fill_confusion(pair)
        self._fill_items(pair)

    def _fill_labels(self, data: dict[str, Any]) -> None:
        rows = [
            *data["labels"].items(),
            (QCoreApplication.translate("AgreementView", "All labels"), data["overall"]),
        ]
        self.labels.setRowCount(len(rows))
        for r, (label, c) in enumerate(rows):
            values = [c["n_a"], c["n_b"], c["matched_exact"], c["matched_overlap"]]
            cells = [_cell(shown.name(label))] + [_cell(str(v), True) for v in values]
            cells += [_cell(figure(c["f1_exact"]), True), _cell(figure(c["f1_overlap"]), True)]
            for col, cell in enumerate(cells):
                self.labels.setItem(r, col, cell)

    def _fill_confusion(self, pair: PairResult) -> None:
        counts = pair.label_confusion
        rows = sorted({x for x, _y in counts if x is not None}) + [None]
        cols = sorted({y for _x, y in counts if y is not None}) + [None]
        table = self.confusion
        table.setRowCount(len(rows))
        table.setColumnCount(len(cols))
        # headers hold a name alone: "A: " before an Arabic name would be laid out right to left
        table.setHorizontalHeaderLabels([_label(y) for y in cols])
        table.setVerticalHeaderLabels([_label(x) for x in rows])
        self.confusion_caption.setText(
            QCoreApplication.translate(
                "AgreementView",
                "Rows: {a}'s label (A); columns: {b}'s label (B). "
                "How often A's span met B's on the same or an overlapping range; "
                "{none}: a span the other annotator does not have.",
            ).format(
                a=shown.name(pair.a),
                b=shown.name(pair.b),
                none=QCoreApplication.translate("AgreementView", NONE),
            )
        )
        for r, x in enumerate(rows):
            for c, y in enumerate(cols):
                text = "" if x is None and y is None else str(counts.get((x, y), 0))
                cell = _cell(text, True)
                if x == y and x is not None:
                    cell.setBackground(Qt.GlobalColor.lightGray)
                table.setItem(r, c, cell)

    def _fill_items(self, pair: PairResult) -> None:
        shown_count, total = len(pair.items), sum(pair.kinds.values())
        title = QCoreApplication.translate("AgreementView", "Disagreements ({total})").format(
            total=total
        )
        if shown_count < total:
            title = QCoreApplication.translate(
                "AgreementView", "Disagreements (first {count} of {total})"
            ).format(count=shown_count, total=total)
        self.tabs.setTabText(2, title)
        table = self.items
        table.setRowCount(shown_count)
        for r, item in enumerate(pair.items):
            cells = [
                _cell(shown.name(str(item["document"]))),
                _cell(QCoreApplication.translate("AgreementView", KINDS.get(item["kind"], ""))),
            ]
            for side in (item["a"], item["b"]):
                if side is None:
                    cells += [_cell("—"), _cell(""), _cell("")]
                else:
                    where = f"[{side['start']}, {side['end']})"
                    text = shown.document_text(side["text"])
                    cells += [_cell(shown.name(side["label"])), _cell(where, True), _cell(text)]
            for col, cell in enumerate(cells):
                if col == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, r)
                table.setItem(r, col, cell)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Return on a disagreement shows it; the dialog's default button must not get it too
        (a table view activates the row and lets the key go on to the dialog)."""
        if (
            obj is self.items
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            cell = self.items.currentItem()
            if cell is not None:
                self._activated(cell)
            return True
        return super().eventFilter(obj, event)

    def _activated(self, cell: QTableWidgetItem) -> None:
        pair = self.pair
        if pair is not None and 0 <= cell.row() < len(pair.items):
            self.disagreement_activated.emit(pair.items[cell.row()])
