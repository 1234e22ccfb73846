"""The annotator's name in settings: never asked, skipped, set; what a name may hold."""

from __future__ import annotations

import pytest

from annotator.app import paths
from annotator.app.identity import clean_name, remember_name, stored_name


def test_never_asked_skipped_and_set_are_told_apart() -> None:
    store = paths.settings()
    assert stored_name(store) is None
    assert remember_name(store, "  ") == ""
    assert stored_name(paths.settings()) == ""  # skipped, and not asked again
    assert remember_name(store, " سارة   الأحمد ") == "سارة الأحمد"
    assert stored_name(paths.settings()) == "سارة الأحمد"


def test_a_name_is_one_line_of_printable_text() -> None:
    assert clean_name("sara\tomar") == "sara omar"
    assert clean_name("علی\u200cرضا") == "علی\u200cرضا"  # ZWNJ belongs to Persian names
    with pytest.raises(ValueError, match="control"):
        clean_name("sara\x1b[31m")
    with pytest.raises(ValueError, match="at most"):
        clean_name("x" * 81)
