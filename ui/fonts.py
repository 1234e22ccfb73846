"""The bundled OFL Arabic font: registered at start-up and put first in the families (RTL.md §6)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

# After the bundled Arabic face: Latin faces for English lines, then emoji (Qt falls back further).
FALLBACK_FAMILIES: tuple[str, ...] = ("Noto Sans", "DejaVu Sans", "Noto Color Emoji")
DEFAULT_POINT_SIZE = 13

_registered: list[str] = []


def bundled_font_files() -> list[Path]:
    """TTF/OTF files of the installed fontpkg-noto-sans-arabic package."""
    try:
        import fontpkg_noto_sans_arabic as pkg
    except ImportError:
        return []
    root = Path(getattr(pkg, "ROOT", Path(pkg.__file__).resolve().parent))
    return sorted(p for p in root.rglob("*") if p.suffix.lower() in (".ttf", ".otf"))


def register_bundled_fonts() -> list[str]:
    """Register the bundled fonts once with Qt; return their families (empty if none could load)."""
    if _registered:
        return list(_registered)
    for path in bundled_font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt could not load the bundled font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _registered:
                _registered.append(family)
    return list(_registered)


def reading_families() -> list[str]:
    """Document font families: the bundled Arabic face first, so DejaVu never wins Arabic."""
    families = register_bundled_fonts()
    return families + [f for f in FALLBACK_FAMILIES if f not in families]


def apply_application_font(app: QApplication) -> list[str]:
    """Make the bundled face the application's first family (panels show Arabic span text too)."""
    families = reading_families()
    font = app.font()
    font.setFamilies(families)
    app.setFont(font)
    return families
