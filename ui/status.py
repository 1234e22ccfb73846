"""The window's status line: document n of N and its status, caret and selection in code points,
the direction of the paragraph under the caret, how many invisible characters the document
holds and the corpus's paragraph direction mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from annotator.model import Document


class StatusLine:
    """Permanent labels on the right of a status bar (plain text: document data is never markup)."""

    def __init__(self, bar: QStatusBar) -> None:
        self.doc, self.caret, self.selection, self.direction = (QLabel() for _ in range(4))
        self.invisibles, self.mode = QLabel(), QLabel()
        labels = (self.doc, self.caret, self.selection, self.direction, self.mode, self.invisibles)
        for label in labels:
            label.setTextFormat(Qt.TextFormat.PlainText)
            bar.addPermanentWidget(label)

    def show(
        self,
        index: int,
        count: int,
        doc: Document,
        caret: int,
        selected: tuple[int, int] | None,
        rtl: bool,
    ) -> None:
        self.doc.setText(f"Document {index + 1} of {count} · {doc.status}")
        self.caret.setText(f"Caret {caret}")
        self.selection.setText(
            f"Selection [{selected[0]}, {selected[1]})" if selected else "No selection"
        )
        self.direction.setText("Paragraph RTL" if rtl else "Paragraph LTR")

    def show_view(self, invisibles: int, tatweel: bool, mode: str) -> None:
        """The document's invisible characters (tatweels too when marked), the direction mode."""
        what = "Invisible characters and tatweels" if tatweel else "Invisible characters"
        self.invisibles.setText(f"{what}: {invisibles}")
        self.mode.setText(f"Directions: {mode}")
