"""Help > About: versions of the app, Python, Qt and PySide6, the bundled fonts and every licence.

Plain text in a read-only box (it can be selected and copied into a bug report). The font lines
are read from the installed font packages' own metadata, not written here.
"""

from __future__ import annotations

import platform
import sys
from importlib.metadata import PackageNotFoundError, metadata, version

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from annotator.app.i18n import QT_TRANSLATE_NOOP
from ui import fonts

OFL = QT_TRANSLATE_NOOP(
    "About", "SIL Open Font License 1.1 (OFL-1.1; its text is in the package's LICENSE file)"
)


def _version(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return QCoreApplication.translate("About", "not installed as a package")


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
        QCoreApplication.translate(
            "About",
            "Offline span annotation for right-to-left text (Arabic, Persian, Urdu, Hebrew).",
        ),
        QCoreApplication.translate("About", "Licence: {licence}.").format(
            licence=_licence("annotator")
        ),
        "",
        f"Python {platform.python_version()} ({sys.implementation.name}, {platform.system()})",
        f"Qt {qVersion()}, PySide6 {PySide6.__version__} (LGPL-3.0)",
        "",
        QCoreApplication.translate(
            "About", "Bundled fonts (registered by the app, not installed in the system):"
        ),
    ]
    bundled = fonts.bundled_fonts()
    for font in bundled:
        lines.append(f"  {font.family} — {QCoreApplication.translate('Fonts', font.purpose)}")
        name = (
            QCoreApplication.translate("About", OFL)
            if font.license.upper().startswith("OFL")
            else font.license
        )
        lines.append(
            QCoreApplication.translate(
                "About", "    {package} {version}, licence: {licence}"
            ).format(package=font.package, version=font.version, licence=name)
        )
        if font.copyright:
            lines.append(f"    {font.copyright}")
    if not bundled:
        lines.append(
            QCoreApplication.translate("About", "  none found: the system's fonts are used")
        )
    lines += [
        "",
        QCoreApplication.translate(
            "About", "Urdu is shown in the Naskh face: no Nastaliq font is packaged on PyPI."
        ),
        QCoreApplication.translate("About", "Nothing here reaches the network."),
    ]
    return "\n".join(lines)


class AboutDialog(QDialog):
    """The About box: ``about_text()`` in a read-only plain-text box, and Close."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "About annotator"))
        self.text = QPlainTextEdit(about_text())
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(620, 460)
