"""The window's status line: who is annotating, document n of N and its status, caret and
selection in code points, the direction of the paragraph under the caret, how many invisible
characters the document holds and the corpus's paragraph direction mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from annotator.model import Document
from ui import shown
from ui.models import status_text
from ui.paragraph_view import ParagraphView


class StatusLine:
    """Permanent labels on the right of a status bar (plain text: document data is never markup)."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
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

    def say(self, text: str, ms: int = 5000) -> None:
        """A message for ``ms`` milliseconds on the left, as plain text (bidi controls shown)."""
        self.bar.showMessage(shown.message(text), ms)

    def show_annotator(self, name: str | None) -> None:
        self.annotator.setText(
            QCoreApplication.translate("StatusLine", "Annotator: {name}").format(
                name=shown.name(name)
            )
            if name
            else QCoreApplication.translate("StatusLine", "No annotator name")
        )
        self.annotator.setToolTip(
            QCoreApplication.translate(
                "StatusLine",
                "Recorded on the documents and spans you change (Edit > Annotator name…)",
            )
            if name
            else QCoreApplication.translate(
                "StatusLine", "Your edits carry no author: Edit > Annotator name… sets one"
            )
        )

    def show(self, index: int, count: int, doc: Document, view: ParagraphView) -> None:
        caret, selected = view.caret(), view.selection()
        self.doc.setText(
            QCoreApplication.translate(
                "StatusLine", "Document {number} of {count} · {status}"
            ).format(number=index + 1, count=count, status=status_text(doc.status))
        )
        self.caret.setText(
            QCoreApplication.translate("StatusLine", "Caret {caret}").format(caret=caret)
        )
        self.selection.setText(
            QCoreApplication.translate("StatusLine", "Selection [{start}, {end})").format(
                start=selected[0], end=selected[1]
            )
            if selected
            else QCoreApplication.translate("StatusLine", "No selection")
        )
        self.direction.setText(
            QCoreApplication.translate("StatusLine", "Paragraph RTL")
            if view.is_rtl_at(caret)
            else QCoreApplication.translate("StatusLine", "Paragraph LTR")
        )

    def show_suggestions(self, left: int) -> None:
        """How many suggestions are left to decide in the document (nothing when none)."""
        text = QCoreApplication.translate("StatusLine", "Suggestions left: {count}")
        self.suggestions.setText(text.format(count=left) if left else "")
        self.suggestions.setVisible(bool(left))

    def show_view(self, invisibles: int, tatweel: bool, mode: str) -> None:
        """The document's invisible characters (tatweels too when marked), the direction mode."""
        what = (
            QCoreApplication.translate("StatusLine", "Invisible characters and tatweels")
            if tatweel
            else QCoreApplication.translate("StatusLine", "Invisible characters")
        )
        self.invisibles.setText(f"{what}: {invisibles}")
        self.mode.setText(
            QCoreApplication.translate("StatusLine", "Directions: {mode}").format(mode=mode)
        )
