"""The bundled OFL faces: registered at start-up, put first in the families by script (RTL.md §6).

Each face comes from a PyPI font package (docs/decisions/0013), never from the system: a
machine with no Arabic or Hebrew font still shows every letter. The document's writing
(``annotator.text.script``) decides which face leads: Noto Sans Arabic for Arabic and Persian,
the Naskh face (Amiri) for Urdu, which has no packaged Nastaliq face, and Heebo for Hebrew.
The user's choice (View > Font…) goes before those; Qt takes each letter from the first face
in the list that has it, so the others stay behind as fallbacks, then Latin faces and emoji.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from annotator.app.i18n import QT_TRANSLATE_NOOP
from annotator.text.script import Script

log = logging.getLogger(__name__)

# After the bundled faces: Latin faces for English lines, then emoji (Qt falls back further).
FALLBACK_FAMILIES: tuple[str, ...] = ("Noto Sans", "DejaVu Sans", "Noto Color Emoji")
DEFAULT_POINT_SIZE = 13
AUTOMATIC = "auto"  # the face follows the document's script

SANS, NASKH, KUFI, HEBREW = "Noto Sans Arabic", "Amiri", "Noto Kufi Arabic", "Heebo"
# (import name of the font package, the family it holds, what it is for)
PACKAGES: tuple[tuple[str, str, str], ...] = (
    (
        "fontpkg_noto_sans_arabic",
        SANS,
        QT_TRANSLATE_NOOP("Fonts", "Arabic script, sans serif (Arabic, Persian)"),
    ),
    (
        "fontpkg_amiri",
        NASKH,
        QT_TRANSLATE_NOOP("Fonts", "Arabic script, Naskh (Urdu, for want of a Nastaliq face)"),
    ),
    (
        "fontpkg_noto_kufi_arabic",
        KUFI,
        QT_TRANSLATE_NOOP("Fonts", "Arabic script, Kufi (headings, a choice)"),
    ),
    ("fontpkg_heebo", HEBREW, QT_TRANSLATE_NOOP("Fonts", "Hebrew")),
)
FIRST_FACE: dict[Script, str] = {
    "arabic": SANS,
    "persian": SANS,
    "urdu": NASKH,
    "hebrew": HEBREW,
    "other": SANS,
}


@dataclass(frozen=True)
class BundledFont:
    """One installed font package: its family, files and what its metadata says of its licence."""

    package: str  # the distribution's name, e.g. fontpkg-amiri
    family: str
    purpose: str
    files: tuple[Path, ...]
    version: str
    license: str
    copyright: str


_registered: list[str] = []


def bundled_fonts() -> list[BundledFont]:
    """The font packages installed with the app (a missing one is left out and logged)."""
    found = []
    for module_name, family, purpose in PACKAGES:
        try:
            module = import_module(module_name)
        except ImportError:
            log.warning("the font package %s is not installed", module_name)
            continue
        root = Path(getattr(module, "ROOT", Path(str(module.__file__)).resolve().parent))
        try:
            meta = json.loads((root / "metadata.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        package = module_name.replace("_", "-")
        try:
            package_version = version(package)
        except PackageNotFoundError:
            package_version = str(meta.get("version", "?"))
        files = tuple(sorted(p for p in root.rglob("*") if p.suffix.lower() in (".ttf", ".otf")))
        found.append(
            BundledFont(
                package,
                str(meta.get("family", family)),
                purpose,
                files,
                package_version,
                str(meta.get("license", "see the package's LICENSE")),
                str(meta.get("copyright", "")),
            )
        )
    return found


def bundled_font_files() -> list[Path]:
    """TTF/OTF files of every installed font package."""
    return [path for font in bundled_fonts() for path in font.files]


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


def families_for(writing: Script, face: str = AUTOMATIC) -> list[str]:
    """Document font families: the chosen face, the one for this script, the other bundled ones.

    A bundled face always comes before DejaVu Sans, which covers Arabic and Hebrew poorly
    and would otherwise win them.
    """
    registered = register_bundled_fonts()
    wanted = [] if face == AUTOMATIC else [face]
    wanted += [FIRST_FACE[writing], SANS, HEBREW, NASKH, *registered]
    usable = [f for f in wanted if f in registered or f == face]
    return list(dict.fromkeys(usable + list(FALLBACK_FAMILIES)))


def reading_families() -> list[str]:
    """Families for an Arabic document (the window's first font, before any document is shown)."""
    return families_for("arabic")


def apply_application_font(app: QApplication) -> list[str]:
    """Make the bundled faces the application's first families (panels show span text too)."""
    families = reading_families()
    font = app.font()
    font.setFamilies(families)
    app.setFont(font)
    return families
