"""The window's status line: who is annotating, document n of N and its status, caret and
selection in code points, the direction of the paragraph under the caret, how many invisible
characters the document holds and the corpus's paragraph direction mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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
        self.invisibles, self.mode, self.suggestions = QLabel(), QLabel(), QLabel()
        self.suggestions.setObjectName("suggestions-left")
        labels = [self.suggestions, self.annotator, self.doc, self.caret, self.selection]
        labels.append(self.direction)
        for label in (*labels, self.mode, self.invisibles):
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

    def show_suggestions(self, left: int) -> None:
        """How many suggestions are left to decide in the document (nothing when none)."""
        text = QCoreApplication.translate("StatusLine", "Suggestions left: {count}")
        self.suggestions.setText(text.format(count=left) if left else "")
        self.suggestions.setVisible(bool(left))

    def show_view(self, invisibles: int, tatweel: bool, mode: str) -> None:
        """The document's invisible characters (tatweels too when marked), the direction mode."""
        what = "Invisible characters and tatweels" if tatweel else "Invisible characters"
        self.invisibles.setText(f"{what}: {invisibles}")
        self.mode.setText(f"Directions: {mode}")
