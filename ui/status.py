"""The window's status line: who is annotating, document n of N and its status, caret and
selection in code points, the direction of the paragraph under the caret."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from annotator.model import Document
from ui import shown
from ui.paragraph_view import ParagraphView


class StatusLine:
    """Permanent labels on the right of a status bar (plain text: document data is never markup)."""

    def __init__(self, bar: QStatusBar) -> None:
        self.annotator, self.doc, self.caret, self.selection, self.direction = (
            QLabel() for _ in range(5)
        )
        self.annotator.setObjectName("annotator-name")
        for label in (self.annotator, self.doc, self.caret, self.selection, self.direction):
            label.setTextFormat(Qt.TextFormat.PlainText)
            bar.addPermanentWidget(label)

    def show_annotator(self, name: str | None) -> None:
        self.annotator.setText(f"Annotator: {shown.name(name)}" if name else "No annotator name")
        self.annotator.setToolTip(
            "Recorded on the documents and spans you change (Edit > Annotator name…)"
            if name
            else "Your edits carry no author: Edit > Annotator name… sets one"
        )

    def show(self, index: int, count: int, doc: Document, view: ParagraphView) -> None:
        caret, selected = view.caret(), view.selection()
        self.doc.setText(f"Document {index + 1} of {count} · {doc.status}")
        self.caret.setText(f"Caret {caret}")
        self.selection.setText(
            f"Selection [{selected[0]}, {selected[1]})" if selected else "No selection"
        )
        self.direction.setText("Paragraph RTL" if view.is_rtl_at(caret) else "Paragraph LTR")
