"""The interface language: Qt translators for our strings and Qt's own, and the mirrored layout.

Our translations are resources/i18n/annotator_<lang>.qm (compiled from the .ts sources by
``python -m ui.i18n_tools compile``); Qt's own dialogs (file dialogs, message box buttons,
context menus) use the qtbase_<lang>.qm that PySide6 ships. For Arabic, Persian and Hebrew the
whole window is laid out right to left; the document view keeps each paragraph's own direction
(ui/paragraph_view.py sets its layouts' direction explicitly). See docs/decisions/0023.

The action table's titles and descriptions are English in the core (annotator/app/
action_table.py); they are translated here, in the "Actions" context, where the QActions and
menus are built. Strings for lupdate: ui/action_strings.py, generated from the table.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from annotator.app.actions import ActionSpec
from annotator.app.i18n import (
    ACTIONS_CONTEXT,
    LANGUAGES,
    RIGHT_TO_LEFT,
    language_from_locale,
    parse_language,
)
from annotator.app.settings import Settings

SETTINGS_KEY = "language"  # "ar", "fa", "he", "en"; absent: the system's locale
_installed: list[QTranslator] = []  # kept alive while installed (Qt does not own them)
_current = ["en"]


def current_language() -> str:
    """The language ``install`` last set ("en" before any)."""
    return _current[0]


def qm_folder() -> Path:
    """The folder of the shipped .qm files (in the checkout: resources/i18n)."""
    return Path(str(files("annotator.resources") / "i18n"))


def system_language() -> str:
    """The interface language the system's locale asks for ("en" when we have none for it)."""
    return language_from_locale(QLocale.system().name())


def chosen_language(settings: Settings | None, asked: str | None = None) -> str:
    """``--lang`` if given, else the one chosen in settings, else the system's."""
    if asked:
        return parse_language(asked)
    stored = settings.get(SETTINGS_KEY) if settings is not None else None
    if isinstance(stored, str) and stored in LANGUAGES:
        return stored
    return system_language()


def install(app: QCoreApplication, language: str) -> list[str]:
    """Install the translators for ``language`` and its layout direction; returns the .qm files
    loaded. English installs none (and takes any installed ones away)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current[0] = language
    loaded: list[str] = []
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{language}", qt_folder), (f"annotator_{language}", "")):
            translator = QTranslator(app)
            where = folder or str(qm_folder())
            if translator.load(name, where):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(str(Path(where) / f"{name}.qm"))
    direction = (
        Qt.LayoutDirection.RightToLeft
        if language in RIGHT_TO_LEFT
        else Qt.LayoutDirection.LeftToRight
    )
    QGuiApplication.setLayoutDirection(direction)
    return loaded


def action_title(spec: ActionSpec) -> str:
    return QCoreApplication.translate(ACTIONS_CONTEXT, spec.title)


def action_description(spec: ActionSpec) -> str:
    return QCoreApplication.translate(ACTIONS_CONTEXT, spec.description) if spec.description else ""


def menu_title(name: str) -> str:
    """A menu or submenu name, or any other string, of the action table ("File", "Paragraph
    direction", the view's keys and their descriptions)."""
    return QCoreApplication.translate(ACTIONS_CONTEXT, name)


def menu_path(menu: str) -> str:
    """ "View/Paragraph direction" as the Keyboard shortcuts lists show it, translated."""
    return " › ".join(menu_title(part) for part in menu.split("/"))


def bare(spec: ActionSpec) -> str:
    """An action's title without its accelerator and ellipsis, translated (lists of keys)."""
    return action_title(spec).replace("&", "").replace("…", "")
