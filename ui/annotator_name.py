"""Who is annotating: a small plain dialog that asks the name once; Edit > Annotator name again.

The rule for what a name may hold is the core's (annotator.app.identity); the dialog only says
what is wrong with a name and keeps OK off until it is usable. On first start Skip records no
name (edits then carry no author, and the question is not asked again); later, Cancel keeps the
name and an emptied line with OK removes it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.app.i18n import QT_TRANSLATE_NOOP
from annotator.app.identity import MAX_LENGTH, clean_name

EXPLANATION = QT_TRANSLATE_NOOP(  # translated where shown
    "NameDialog",
    "Your name is recorded on every document you change (who and when) and on every span you "
    "make, so a project lead can merge the team's files and measure agreement. It stays in "
    "this computer's settings; Edit > Annotator name… changes it. Skip to record no name.",
)


class NameDialog(QDialog):
    """A line for the name, OK and Skip (first start) or Cancel; ``name()`` is the cleaned name."""

    def __init__(self, parent: QWidget | None, current: str = "", *, first: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("NameDialog", "Who is annotating?"))
        self.setObjectName("annotator-name")
        text = QLabel(QCoreApplication.translate("NameDialog", EXPLANATION))
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.edit = QLineEdit(current)
        self.edit.setMaxLength(MAX_LENGTH)
        self.edit.setPlaceholderText(
            QCoreApplication.translate("NameDialog", "Your name, e.g. sara")
        )
        self.edit.setClearButtonEnabled(True)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #a40000;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.first = first
        self.skip_button = QPushButton(
            QCoreApplication.translate("NameDialog", "Skip")
            if first
            else QCoreApplication.translate("NameDialog", "Cancel")
        )
        self.skip_button.setToolTip(
            QCoreApplication.translate("NameDialog", "Record no name: your edits carry no author")
            if first
            else QCoreApplication.translate("NameDialog", "Keep the name as it is")
        )
        self.buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(lambda _t: self._check())
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._check()

    def _check(self) -> None:
        try:
            clean_name(self.edit.text())
        except ValueError as exc:
            self.problem.setText(f"{exc}.")
            ok = False
        else:
            self.problem.setText("")
            ok = True
        self.problem.setVisible(not ok)
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(ok)

    def name(self) -> str | None:
        """The name to store ("" for none), or None to leave the stored one as it is (Cancel)."""
        if self.result() != QDialog.DialogCode.Accepted:
            return "" if self.first else None
        try:
            return clean_name(self.edit.text())
        except ValueError:
            return None
