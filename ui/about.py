"""Help > About: versions of the app, Python, Qt and PySide6, the bundled fonts and every licence.

Plain text in a read-only box (it can be selected and copied into a bug report). The font lines
are read from the installed font packages' own metadata, not written here.
"""

from __future__ import annotations

import platform
import sys
from importlib.metadata import PackageNotFoundError, metadata, version

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from ui import fonts

OFL = "SIL Open Font License 1.1 (OFL-1.1; its text is in the package's LICENSE file)"


def _version(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "not installed as a package"


def _licence(distribution: str) -> str:
    try:
        meta = metadata(distribution)
    except PackageNotFoundError:
        return "MIT"
    return str(meta["License-Expression"] or meta["License"] or "MIT")


def about_text() -> str:
    """Everything the About box says, as plain text."""
    lines = [
        f"annotator {_version('annotator')}",
        "Offline span annotation for right-to-left text (Arabic, Persian, Urdu, Hebrew).",
        f"Licence: {_licence('annotator')}.",
        "",
        f"Python {platform.python_version()} ({sys.implementation.name}, {platform.system()})",
        f"Qt {qVersion()}, PySide6 {PySide6.__version__} (LGPL-3.0)",
        "",
        "Bundled fonts (registered by the app, not installed in the system):",
    ]
    bundled = fonts.bundled_fonts()
    for font in bundled:
        lines.append(f"  {font.family} — {font.purpose}")
        name = OFL if font.license.upper().startswith("OFL") else font.license
        lines.append(f"    {font.package} {font.version}, licence: {name}")
        if font.copyright:
            lines.append(f"    {font.copyright}")
    if not bundled:
        lines.append("  none found: the system's fonts are used")
    lines += [
        "",
        "Urdu is shown in the Naskh face: no Nastaliq font is packaged on PyPI.",
        "Nothing here reaches the network.",
    ]
    return "\n".join(lines)


class AboutDialog(QDialog):
    """The About box: ``about_text()`` in a read-only plain-text box, and Close."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About annotator")
        self.text = QPlainTextEdit(about_text())
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(620, 460)
