"""Right-to-left text for a drawing surface without bidi: reordered, with Arabic letter forms.

A terminal without bidi, or matplotlib (which neither shapes Arabic nor reorders right-to-left
text), draws the characters of a line left to right in memory order, each letter in its
isolated form. ``visual_line`` gives them *visual* text: letter forms from arabic-reshaper
(harakat kept, lam-alef ligature only), order from python-bidi, combining marks kept after
their base (UAX #9 L3) and mirrored characters (brackets, « ») swapped in right-to-left runs
(L4), which python-bidi's Rust ``get_display`` does not do. Used by the terminal output
(annotator.commands.terminal) and the team figures (annotator.team.figures).
"""

from __future__ import annotations

import re
import unicodedata

import arabic_reshaper
from bidi import get_base_level, get_display

try:  # BidiMirroring.txt as shipped by python-bidi
    from bidi.mirror import MIRRORED as _BIDI_MIRRORED
except ImportError:  # pragma: no cover - older/newer python-bidi layouts
    _BIDI_MIRRORED = {}


# The brackets and quotation marks the sample texts use, whatever python-bidi ships.
MIRRORED: dict[str, str] = {
    **_BIDI_MIRRORED,
    "(": ")",
    ")": "(",
    "[": "]",
    "]": "[",
    "{": "}",
    "}": "{",
    "<": ">",
    ">": "<",
    "\u00ab": "\u00bb",
    "\u00bb": "\u00ab",
    "\u2039": "\u203a",
    "\u203a": "\u2039",
}

_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={
        "delete_harakat": False,  # harakat are part of the text: never drop them
        "shift_harakat_position": False,  # we keep marks after their base ourselves (L3)
        "delete_tatweel": False,
        "support_ligatures": True,  # lam-alef is mandatory in Arabic orthography
        "ARABIC LIGATURE ALLAH": False,  # word ligatures would hide letters and marks
    }
)

# Characters of bidi classes R, AL or AN: a line without them needs no reordering.
_RTL_CHARS = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# Bidi classes reset to the paragraph level at the end of a line and before a separator (L1).
_L1_RESET = frozenset({"WS", "FSI", "LRI", "RLI", "PDI", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"})
_ISOLATES = re.compile("[\u2066-\u2069]")
_LEVEL_RE = re.compile(r"Level\(\s*(\d+),?\s*\)")


def to_visual(text: str, base: str | None = None) -> str:
    """The text as a left-to-right terminal must draw it: each line reshaped and reordered."""
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append(visual_line(body, base) + line[len(body) :])
    return "".join(out)


def visual_line(line: str, base: str | None = None) -> str:
    """One line (no line break) in visual order with Arabic letter forms and mirrored brackets.

    ``base`` is the paragraph direction, "L" or "R"; None takes it from the first strong letter.
    Directional isolates (U+2066..U+2069) steer the order and are then dropped: a terminal
    without bidi would print them as junk.
    """
    if not _RTL_CHARS.search(line):
        return _ISOLATES.sub("", line)
    shaped = _RESHAPER.reshape(line)
    plain = str(get_display(shaped, base_dir=base))
    levels = _resolved_levels(shaped, base)
    if levels is None:
        return _ISOLATES.sub("", plain)  # order right, brackets unmirrored: better than nothing
    order = _visual_order(levels)
    if "".join(shaped[i] for i in order) != plain:
        return _ISOLATES.sub("", plain)  # our reading of python-bidi's levels disagrees: trust it
    return _ISOLATES.sub("", "".join(_mirror_and_attach_marks(shaped, levels, order)))


def _resolved_levels(text: str, base_dir: str | None = None) -> list[int] | None:
    """python-bidi's resolved embedding level of each code point, with L1 applied to the line."""
    debug = str(get_display(text, base_dir=base_dir, debug=True))
    start, end = debug.find("levels:"), debug.find("paragraphs:")
    if start < 0 or end < start:
        return None
    per_byte = [int(m) for m in _LEVEL_RE.findall(debug, start, end)]
    offsets: list[int] = []
    position = 0
    for ch in text:
        offsets.append(position)
        position += len(ch.encode("utf-8"))
    if len(per_byte) != position:
        return None
    levels = [per_byte[o] for o in offsets]
    base = {"L": 0, "R": 1}.get(base_dir or "", None)
    if base is None:
        base = get_base_level(text)
    classes = [unicodedata.bidirectional(ch) for ch in text]
    reset_run = True  # walking backwards: at the end of the line, or before S/B
    for i in range(len(text) - 1, -1, -1):
        cls = classes[i]
        if cls in ("S", "B"):
            levels[i] = base
            reset_run = True
        elif reset_run and cls in _L1_RESET:
            levels[i] = base
        else:
            reset_run = False
    return levels


def _visual_order(levels: list[int]) -> list[int]:
    """Indices of the code points in display order (UAX #9 rule L2)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def _mirror_and_attach_marks(text: str, levels: list[int], order: list[int]) -> list[str]:
    """Apply L4 (mirror in right-to-left runs) and L3 (combining marks after their base)."""
    out: list[str] = []
    pending_marks: list[str] = []  # marks met before their base in a reversed run
    for i in order:
        ch = text[i]
        rtl = levels[i] % 2 == 1
        if rtl and unicodedata.category(ch) in ("Mn", "Me"):
            pending_marks.append(ch)
            continue
        if rtl and ch in MIRRORED:
            ch = MIRRORED[ch]
        out.append(ch)
        if pending_marks:
            out.extend(reversed(pending_marks))
            pending_marks = []
    out.extend(reversed(pending_marks))
    return out
