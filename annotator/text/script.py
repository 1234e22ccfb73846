"""Which right-to-left writing a text is in, so the window can put a face that covers it first.

Hebrew and Arabic-script letters are counted in the first ``SAMPLE`` characters; Arabic script
is told apart as Urdu or Persian by letters that Arabic does not use. Only font choice follows
from this: nothing about the text or its offsets does.
"""

from __future__ import annotations

from typing import Literal

import regex

__all__ = ["SAMPLE", "Script", "writing_of"]

Script = Literal["arabic", "persian", "urdu", "hebrew", "other"]
SAMPLE = 4000  # characters looked at: enough for a paragraph or two, cheap on a 5 MB document

_HEBREW = regex.compile(r"\p{Script=Hebrew}")
_ARABIC = regex.compile(r"\p{Script=Arabic}")
# ٹ ڈ ڑ ں ے ۓ ھ: letters of Urdu that Persian and Arabic do not write
_URDU = regex.compile("[\u0679\u0688\u0691\u06ba\u06d2\u06d3\u06be]")
# پ چ ژ گ ک ی (Persian kaf and yeh): Persian letters that Arabic does not write
_PERSIAN = regex.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]")


def writing_of(text: str, sample: int = SAMPLE) -> Script:
    """The right-to-left writing most of ``text``'s first ``sample`` letters are in."""
    head = text[:sample]
    hebrew = len(_HEBREW.findall(head))
    arabic = len(_ARABIC.findall(head))
    if not hebrew and not arabic:
        return "other"
    if hebrew > arabic:
        return "hebrew"
    if _URDU.search(head):
        return "urdu"
    if _PERSIAN.search(head):
        return "persian"
    return "arabic"
