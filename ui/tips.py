"""A short tips panel shown above the document on first start, until it is dismissed.

Dismissing it is remembered in settings ("tips_dismissed"); Help > Tips shows it again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from annotator.app.i18n import QT_TRANSLATE_NOOP

SETTINGS_KEY = "tips_dismissed"
TIPS = (  # translated where shown
    QT_TRANSLATE_NOOP(
        "TipsPanel",
        "Selecting from the keyboard: Ctrl+Shift+← / → extends the selection by a word, "
        "Shift+← / → by a character. A label's hotkey (on its button) labels the selection; "
        "Ctrl+L finds a label by name.",
    ),
    QT_TRANSLATE_NOOP(
        "TipsPanel",
        "Alt+PgDown leaves a clitic out: بالمغرب becomes المغرب. Tab / Shift+Tab: next / "
        "previous span. Ctrl+Return: done, on to the next document. F1 lists every key.",
    ),
)


class TipsPanel(QFrame):
    """The tips as plain text and a button to dismiss them."""

    dismissed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("tips")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#tips { background: #e8f1fb; color: #10263d; }")
        self.text = QLabel("\n".join(QCoreApplication.translate("TipsPanel", tip) for tip in TIPS))
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.close_button = QPushButton(QCoreApplication.translate("TipsPanel", "Got it"))
        self.close_button.setToolTip(
            QCoreApplication.translate(
                "TipsPanel", "Hide these tips (Help > Tips shows them again)"
            )
        )
        self.close_button.clicked.connect(self.dismissed.emit)
        side = QVBoxLayout()
        side.addWidget(self.close_button)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addLayout(side)
