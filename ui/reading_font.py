"""The document font: face, size and line spacing chosen in View > Font…, kept in settings.

The face list follows each document's writing (ui/fonts.py): a Hebrew document gets the Hebrew
face first, an Urdu one the Naskh face. Line spacing goes to the view's
``set_line_spacing(percent)`` (None: the view's own); a view without that hook keeps the choice
in settings and the control is disabled, saying why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.app.settings import Settings
from annotator.model import Document
from annotator.text.script import Script, writing_of
from ui import fonts

SETTINGS_KEY = "font"
SAMPLE = "زار محمد القاهرة في ١٢ مارس.\nاین یک کتاب است. یہ ایک کتاب ہے۔\nשלום עולם. Hello 2025."
MIN_SIZE, MAX_SIZE = 8.0, 40.0
MIN_SPACING, MAX_SPACING = 80, 300  # percent of the font's natural line
LINE_SPACING_HOOK = "set_line_spacing"  # DocumentView.set_line_spacing(percent | None)


@dataclass(frozen=True)
class FontChoice:
    """Face (a bundled family, or AUTOMATIC: by script), point size, line spacing (None: the
    view's own, else percent of the natural line)."""

    face: str = fonts.AUTOMATIC
    size: float = float(fonts.DEFAULT_POINT_SIZE)
    line_spacing: int | None = None

    @classmethod
    def from_settings(cls, value: Any) -> FontChoice:
        """Read what settings hold; anything malformed falls back to the default."""
        if not isinstance(value, dict):
            return cls()
        face = value.get("face", fonts.AUTOMATIC)
        size = value.get("size", fonts.DEFAULT_POINT_SIZE)
        spacing = value.get("line_spacing")
        return cls(
            face if isinstance(face, str) and face else fonts.AUTOMATIC,
            float(size) if isinstance(size, int | float) and MIN_SIZE <= size <= MAX_SIZE else 13.0,
            spacing if isinstance(spacing, int) and MIN_SPACING <= spacing <= MAX_SPACING else None,
        )

    def to_settings(self) -> dict[str, Any]:
        return {"face": self.face, "size": self.size, "line_spacing": self.line_spacing}


class ReadingFont:
    """Applies the stored choice to the view for each document shown (only when it changes)."""

    def __init__(self, view: Any, store: Settings) -> None:
        self.view = view
        self.store = store
        self.choice = FontChoice.from_settings(store.get(SETTINGS_KEY))
        self.writing: Script = "arabic"
        self._applied: tuple[tuple[str, ...], float] | None = None

    @property
    def line_spacing_hook(self) -> Callable[[int | None], object] | None:
        hook = getattr(self.view, LINE_SPACING_HOOK, None)
        return hook if callable(hook) else None

    def families(self) -> list[str]:
        return fonts.families_for(self.writing, self.choice.face)

    def document_shown(self, doc: Document | None) -> None:
        if doc is not None:
            self.writing = writing_of(doc.text)
        self.apply()

    def apply(self) -> None:
        families = self.families()
        wanted = (tuple(families), self.choice.size)
        if wanted != self._applied:
            self._applied = wanted
            self.view.apply_font(families, self.choice.size)
        hook = self.line_spacing_hook
        if hook is not None:  # None too: back to the view's own spacing
            hook(self.choice.line_spacing)

    def choose(self, choice: FontChoice) -> None:
        """Use ``choice`` from now on, and remember it."""
        self.choice = choice
        self.store.set(SETTINGS_KEY, choice.to_settings())
        self.apply()


class FontDialog(QDialog):
    """View > Font…: face, size, line spacing, and a preview in Arabic, Persian, Urdu, Hebrew."""

    def __init__(self, parent: QWidget | None, reading: ReadingFont) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("FontDialog", "Document font"))
        self.reading = reading
        choice = reading.choice
        self.face_box = QComboBox()
        self.face_box.addItem(
            QCoreApplication.translate("FontDialog", "Automatic (by the document's script)"),
            fonts.AUTOMATIC,
        )
        for font in fonts.bundled_fonts():
            purpose = QCoreApplication.translate("Fonts", font.purpose)
            self.face_box.addItem(f"{font.family} — {purpose}", font.family)
        self.face_box.setCurrentIndex(max(0, self.face_box.findData(choice.face)))
        self.size_box = QDoubleSpinBox()
        self.size_box.setRange(MIN_SIZE, MAX_SIZE)
        self.size_box.setSingleStep(0.5)
        self.size_box.setSuffix(" pt")
        self.size_box.setValue(choice.size)
        self.spacing_box = QSpinBox()
        # the minimum stands for "the view's own spacing"
        self.spacing_box.setRange(MIN_SPACING - 10, MAX_SPACING)
        self.spacing_box.setSingleStep(10)
        self.spacing_box.setSpecialValueText(
            QCoreApplication.translate("FontDialog", "The view's own")
        )
        self.spacing_box.setSuffix(" %")
        self.spacing_box.setValue(choice.line_spacing or self.spacing_box.minimum())
        if reading.line_spacing_hook is None:
            self.spacing_box.setEnabled(False)
            self.spacing_box.setToolTip(
                QCoreApplication.translate(
                    "FontDialog",
                    "This document view sets its own line spacing (room for harakat and labels).",
                )
            )
        self.preview = QPlainTextEdit(SAMPLE)
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(140)
        form = QFormLayout()
        form.addRow("&Face", self.face_box)
        form.addRow("&Size", self.size_box)
        form.addRow(QCoreApplication.translate("FontDialog", "&Line spacing"), self.spacing_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        for signal in (self.face_box.currentIndexChanged, self.size_box.valueChanged):
            signal.connect(lambda _v: self._show_preview())
        self._show_preview()

    def choice(self) -> FontChoice:
        spacing = self.spacing_box.value()
        return FontChoice(
            str(self.face_box.currentData()),
            float(self.size_box.value()),
            spacing if spacing >= MIN_SPACING else None,
        )

    def _show_preview(self) -> None:
        font = QFont(self.preview.font())
        font.setFamilies(fonts.families_for(self.reading.writing, self.choice().face))
        font.setPointSizeF(self.choice().size)
        self.preview.setFont(font)

    def accept(self) -> None:
        self.reading.choose(self.choice())
        super().accept()
