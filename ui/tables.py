"""Table views of the panels: one look (rows, no grid editing), columns fitted, cells in their own
direction."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from ui.models import is_rtl_text


def make_table(model: QAbstractItemModel, view: QTableView | None = None) -> QTableView:
    """``view`` (a new QTableView by default) over ``model``: whole rows, single, read-only."""
    view = view if view is not None else QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setMinimumSectionSize(16)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 4)
    view.horizontalHeader().setHighlightSections(False)
    return view


def fit_columns(view: QTableView, stretch: int) -> None:
    """Columns sized to their contents, one stretched.

    Re-applied after each model reset (Qt forgets them).
    """

    def apply() -> None:
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)  # Noto Sans Arabic's tall metrics would make it ~120 px
        for col in range(view.model().columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if col == stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(col, mode)

    apply()
    view.model().modelReset.connect(apply)


class DirectionalDelegate(QStyledItemDelegate):
    """Draws each cell in its own text's direction, so «الرباط» keeps « at its right end.

    The item's text is the document's own; only the paragraph direction it is laid out in
    changes (the first strong letter decides, as for the document's paragraphs).
    """

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        text = option.text
        if isinstance(text, str) and text:
            rtl = is_rtl_text(text)
            option.direction = (
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
