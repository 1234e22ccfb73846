"""Label hotkeys typed under Arabic, Persian, Urdu and Hebrew layouts map back to Latin keys."""

from __future__ import annotations

import pytest

from annotator.app.keymap import (
    LAYOUTS,
    PREFERENCE,
    candidates,
    hotkey_for_key,
    latin_key_for,
    latin_key_for_scancode,
    latin_key_for_virtual_key,
)


@pytest.mark.parametrize(
    ("text", "layout", "key"),
    [
        ("ح", "arabic-101", "p"),  # the key that types p types ح
        ("خ", "arabic-101", "o"),
        ("م", "arabic-101", "l"),
        ("ش", "arabic-101", "a"),
        ("ﻻ", "arabic-101", "b"),
        ("لا", "arabic-101", "b"),  # Windows types lam-alef as two letters
        ("\u064e", "arabic-101", "q"),  # Shift+Q: fatha
        ("ح", "arabic-102-azerty", "p"),
        ("é", "arabic-102-azerty", "2"),
        ("ظ", "arabic-mac", "z"),
        ("و", "arabic-mac", "m"),
        ("١", "arabic-mac", "1"),
        ("پ", "persian-isiri9147", "m"),
        ("ی", "persian-isiri9147", "d"),
        ("ئ", "persian-legacy", "m"),
        ("ي", "persian-legacy", "d"),
        ("۴", "persian-isiri9147", "4"),
        ("ے", "urdu-phonetic", "y"),
        ("ٹ", "urdu-nla", "t"),
        ("פ", "hebrew-si1452", "p"),
        ("ש", "hebrew-si1452", "a"),
    ],
)
def test_layout_tables(text: str, layout: str, key: str) -> None:
    assert latin_key_for(text, layout) == key


def test_digits_of_any_script_and_latin_text() -> None:
    assert [latin_key_for(d) for d in "١٢٣٤٥٦٧٨٩٠"] == list("1234567890")
    assert [latin_key_for(d) for d in "۱۲۳۴۵۶۷۸۹۰"] == list("1234567890")
    assert latin_key_for("P") == "p" and latin_key_for("7") == "7"


def test_without_a_layout_the_preferred_layout_wins() -> None:
    assert latin_key_for("ح") == "p"
    assert latin_key_for("ש") == "a"
    # ز sits on different keys in different layouts;
    # the first layout in PREFERENCE that has it answers
    layouts = candidates("ز")
    assert len(set(layouts.values())) > 1
    first = next(name for name in PREFERENCE if name in layouts)
    assert latin_key_for("ز") == layouts[first]


def test_unknown_text_and_layout() -> None:
    assert latin_key_for("") is None
    assert latin_key_for("€") is None
    assert latin_key_for("ab") is None
    with pytest.raises(ValueError, match="unknown keyboard layout"):
        latin_key_for("ح", "klingon")


def test_tables_are_well_formed() -> None:
    assert set(PREFERENCE) == set(LAYOUTS)
    for name, table in LAYOUTS.items():
        assert set(table) <= set("1234567890qwertyuiopasdfghjklzxcvbnm"), name
        plain = [texts[0] for texts in table.values() if texts[0]]
        assert len(plain) == len(set(plain)), f"{name}: two keys type the same character"
        assert all(not t.isascii() for texts in table.values() for t in texts if t), name


def test_native_codes_name_the_physical_key() -> None:
    assert latin_key_for_scancode(25 + 8, "linux") == "p"  # X keycode = evdev KEY_P + 8
    assert latin_key_for_scancode(0x19, "win32") == "p"
    assert latin_key_for_scancode(0x19, "darwin") is None
    assert latin_key_for_virtual_key(0x23, "darwin") == "p"  # kVK_ANSI_P
    assert latin_key_for_virtual_key(0x50, "win32") == "p"  # VK_P
    assert (
        latin_key_for_virtual_key(0x05CD, "linux") is None
    )  # a keysym names the character, not the key
    assert [latin_key_for_scancode(c + 8, "linux") for c in range(2, 12)] == list("1234567890")


def test_hotkey_for_key_prefers_text_then_native_code_then_tables() -> None:
    assert (
        hotkey_for_key("a", scan_code=16 + 8, platform="linux") == "a"
    )  # AZERTY: the letter typed wins
    assert hotkey_for_key("ح", scan_code=25 + 8, platform="linux") == "p"
    assert (
        hotkey_for_key("\u064e", scan_code=16 + 8, platform="linux") == "q"
    )  # Shift+Q under Arabic
    assert hotkey_for_key("ح", virtual_key=0x23, platform="darwin") == "p"
    assert hotkey_for_key("ح") == "p"
    assert hotkey_for_key("١", scan_code=2 + 8, platform="linux") == "1"
    assert hotkey_for_key("", scan_code=0) is None
