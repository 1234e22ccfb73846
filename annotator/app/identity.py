"""Who is annotating: the name kept in the user's settings and written on their edits.

The window asks it once, on first start; skipping is remembered as an empty name, and then
edits carry no author. A name is one line of printable text (control characters would reach
the JSON records and every terminal that prints them): white space runs become one space.
"""

from __future__ import annotations

import unicodedata

from annotator.app.settings import Settings

SETTINGS_KEY = "annotator_name"  # absent: never asked; "": skipped; else the name
MAX_LENGTH = 80


def stored_name(store: Settings) -> str | None:
    """The name in settings, "" when the user chose none, None when never asked."""
    value = store.get(SETTINGS_KEY)
    return value if isinstance(value, str) else None


def clean_name(text: str) -> str:
    """``text`` as a name: trimmed, white space runs made one space; ValueError when unusable."""
    name = " ".join(text.split())
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        raise ValueError("a name cannot hold control characters")
    if len(name) > MAX_LENGTH:
        raise ValueError(f"a name has at most {MAX_LENGTH} characters")
    return name


def remember_name(store: Settings, text: str) -> str:
    """Store the cleaned name ("" for none) and return it; ValueError when unusable."""
    name = clean_name(text)
    store.set(SETTINGS_KEY, name)
    return name
