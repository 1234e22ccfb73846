"""Interface languages, and the marker that lets Qt's lupdate find the core's user-visible text.

The core never imports Qt (docs/decisions/0001), yet the action table's titles and descriptions
are shown in menus that are translated (docs/decisions/0023). ``QT_TRANSLATE_NOOP(context,
text)`` returns ``text`` unchanged: ``pyside6-lupdate`` recognises the call by name and extracts
the literal into the ``.ts`` files under ``context``; ui/ translates the same text with
``QCoreApplication.translate(context, text)`` where it builds the QAction.
"""

from __future__ import annotations

# code -> the language's own name, as the Interface language menu shows it
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی",
    "he": "עברית",
}
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar", "fa", "he"})
ACTIONS_CONTEXT = "Actions"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it as it is."""
    return text


def language_from_locale(name: str) -> str:
    """The interface language for a locale name ("ar_EG", "fa-IR", "he", "iw_IL"): "en" if none."""
    code = name.replace("-", "_").split("_", 1)[0].lower()
    code = {"iw": "he", "per": "fa", "fas": "fa", "ara": "ar", "heb": "he"}.get(code, code)
    return code if code in LANGUAGES else "en"


def parse_language(value: str) -> str:
    """A --lang or settings value as a known code; ValueError naming the choices if unknown."""
    code = value.strip().lower().replace("-", "_")
    if code in LANGUAGES:
        return code
    choices = ", ".join(LANGUAGES)
    raise ValueError(f"unknown interface language {value!r}: choose one of {choices}")
