"""Label hotkeys under non-Latin keyboard layouts: which Latin key did the user press?

A hotkey "p" must work while an Arabic layout is active, where that key types
ح. Qt hands the UI the typed text plus native key codes; these Qt-free helpers
turn either back into the Latin key (1-9, 0, a-z) on the same physical key of
a US QWERTY keyboard. Use ``hotkey_for_key`` from the UI, in this order:

1. typed text that is already an ASCII letter or digit (any Latin layout, so
   AZERTY and Dvorak users get the letter they see);
2. any decimal digit (Arabic-Indic ١, Persian ۱, ...) -> that digit;
3. the native scan code / virtual key (physical position, exact for any layout);
4. the layout tables (annotator.app.layouts, for platforms that give no native code).

Layout tables: levels 1 (plain) and 2 (Shift) of the letter and digit keys,
generated from xkb-data 2.35 (symbols/ara, ir, pk, il: the same letter
positions as the Windows and macOS layouts of the same name), plus the legacy
Windows Persian layout (KBDFA, which types Arabic ي and puts ئ on M).
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Mapping

from annotator.app.layouts import LAYOUTS

__all__ = [
    "LAYOUTS",
    "PREFERENCE",
    "candidates",
    "hotkey_for_key",
    "latin_key_for",
    "latin_key_for_scancode",
    "latin_key_for_virtual_key",
]

# Which layout wins when layouts disagree about a character and none is named.
PREFERENCE: tuple[str, ...] = (
    "arabic-101",
    "arabic-102-azerty",
    "arabic-mac",
    "persian-isiri9147",
    "persian-legacy",
    "urdu-phonetic",
    "urdu-crulp",
    "urdu-nla",
    "hebrew-si1452",
)

_KEYS = "1234567890qwertyuiopasdfghjklzxcvbnm"


def _forms(text: str) -> list[str]:
    """The text and, for a lam-alef ligature (U+FEF5-U+FEFC), the two letters Windows types."""
    if len(text) == 1 and "\ufef5" <= text <= "\ufefc":
        return [text, unicodedata.normalize("NFKC", text)]
    return [text] if text else []


def _index(layout: Mapping[str, tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for level in (0, 1):  # plain characters win over shifted ones
        for key, texts in layout.items():
            for form in _forms(texts[level]):
                out.setdefault(form, key)
    return out


_BY_LAYOUT: dict[str, dict[str, str]] = {name: _index(table) for name, table in LAYOUTS.items()}
_MERGED: dict[str, str] = {}
for _level in (0, 1):
    for _name in PREFERENCE:
        for _key, _texts in LAYOUTS[_name].items():
            for _form in _forms(_texts[_level]):
                _MERGED.setdefault(_form, _key)


def _ascii_or_digit(text: str) -> str | None:
    if len(text) != 1:
        return None
    if text.isascii() and text.isalnum():
        return text.lower()
    try:
        return str(unicodedata.decimal(text))
    except ValueError:
        return None


def latin_key_for(text: str, layout: str | None = None) -> str | None:
    """The Latin key ("0"-"9", "a"-"z") that types ``text``; None if no known layout types it.

    With ``layout`` (a LAYOUTS name) only that layout is consulted; without, the
    layouts in PREFERENCE order (a character typed by different keys in different
    layouts, e.g. ز, gets the first layout's answer: prefer native key codes).
    """
    if layout is not None and layout not in LAYOUTS:
        raise ValueError(f"unknown keyboard layout {layout!r} (known: {', '.join(LAYOUTS)})")
    if not text:
        return None
    simple = _ascii_or_digit(text)
    if simple is not None:
        return simple
    table = _MERGED if layout is None else _BY_LAYOUT[layout]
    return table.get(text)


def candidates(text: str) -> dict[str, str]:
    """Every layout that types ``text``, with the Latin key it sits on there."""
    return {name: index[text] for name, index in _BY_LAYOUT.items() if text in index}


# Linux (xcb and Wayland: X keycode = evdev code + 8) and Windows (set-1 scan codes) name
# the same physical keys; the letter and digit keys have these evdev / set-1 codes.
_SET1 = {
    **{2 + i: k for i, k in enumerate("1234567890")},
    **{0x10 + i: k for i, k in enumerate("qwertyuiop")},
    **{0x1E + i: k for i, k in enumerate("asdfghjkl")},
    **{0x2C + i: k for i, k in enumerate("zxcvbnm")},
}
# macOS virtual key codes (kVK_ANSI_*): physical positions, whatever the layout.
_MAC_VK = {
    0x00: "a",
    0x01: "s",
    0x02: "d",
    0x03: "f",
    0x04: "h",
    0x05: "g",
    0x06: "z",
    0x07: "x",
    0x08: "c",
    0x09: "v",
    0x0B: "b",
    0x0C: "q",
    0x0D: "w",
    0x0E: "e",
    0x0F: "r",
    0x10: "y",
    0x11: "t",
    0x12: "1",
    0x13: "2",
    0x14: "3",
    0x15: "4",
    0x16: "6",
    0x17: "5",
    0x19: "9",
    0x1A: "7",
    0x1C: "8",
    0x1D: "0",
    0x1F: "o",
    0x20: "u",
    0x22: "i",
    0x23: "p",
    0x25: "l",
    0x26: "j",
    0x28: "k",
    0x2D: "n",
    0x2E: "m",
}


def latin_key_for_scancode(scan_code: int, platform: str = sys.platform) -> str | None:
    """The Latin key at a native scan code (QKeyEvent.nativeScanCode()).

    None where unknown or unreliable (macOS).
    """
    if platform.startswith("win"):
        return _SET1.get(scan_code & 0xFF)  # drop the extended-key bits
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return _SET1.get(scan_code - 8)
    return None


def latin_key_for_virtual_key(virtual_key: int, platform: str = sys.platform) -> str | None:
    """The Latin key of a native virtual key (QKeyEvent.nativeVirtualKey()) on macOS and Windows.

    Windows keeps VK_0-VK_9 / VK_A-VK_Z on the Latin keys under Arabic, Persian,
    Urdu and Hebrew layouts; on Linux the virtual key is a keysym, which names the
    typed character, not the key, so it is not used.
    """
    if platform == "darwin":
        return _MAC_VK.get(virtual_key)
    if platform.startswith("win") and (0x30 <= virtual_key <= 0x39 or 0x41 <= virtual_key <= 0x5A):
        return chr(virtual_key).lower()
    return None


def hotkey_for_key(
    text: str,
    scan_code: int = 0,
    virtual_key: int = 0,
    platform: str = sys.platform,
    layout: str | None = None,
) -> str | None:
    """The label hotkey a key press means.

    Typed Latin text or a digit, else the physical key, else the layout tables.
    """
    simple = _ascii_or_digit(text) if text else None
    if simple is not None:
        return simple
    if scan_code:
        key = latin_key_for_scancode(scan_code, platform)
        if key is not None:
            return key
    if virtual_key:
        key = latin_key_for_virtual_key(virtual_key, platform)
        if key is not None:
            return key
    return latin_key_for(text, layout) if text else None
