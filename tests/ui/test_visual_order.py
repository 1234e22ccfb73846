"""Qt's visual order in the view's layouts is python-bidi's (UAX #9), line by line.

For every paragraph of the sample article at three widths, each visual line's grapheme
clusters sorted by their x on screen (the cells the view hit-tests and moves the caret with)
must come in the order python-bidi's resolved levels give that line (rules L1 and L2 applied
to the line). python-bidi passes all of Unicode's BidiCharacterTest.txt (RTL.md §7), so it is
the oracle; a cluster takes the place of its first code point in python-bidi's order. The
white space a wrapped line breaks at is left out: Qt lets it hang, unseen, after the run it
ends, where L1 would put it at the line's end in the paragraph's direction.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from bidi import get_display

from annotator.model import Document
from annotator.schema import LabelSchema
from ui.document_view import DocumentView

_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
_RESET = frozenset({"WS", "FSI", "LRI", "RLI", "PDI", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"})


def resolved_levels(paragraph: str, rtl: bool) -> list[int]:
    """python-bidi's resolved embedding level of each code point (before the line rules)."""
    debug = str(get_display(paragraph, base_dir="R" if rtl else "L", debug=True))
    start, end = debug.index("levels:"), debug.index("paragraphs:")
    per_byte = [int(m) for m in _LEVEL.findall(debug, start, end)]
    levels, at = [], 0
    for ch in paragraph:
        levels.append(per_byte[at])
        at += len(ch.encode("utf-8"))
    assert at == len(per_byte)
    return levels


def line_order(paragraph: str, levels: list[int], start: int, end: int, rtl: bool) -> list[int]:
    """Code points of paragraph[start:end] left to right: L1 on the line, then L2."""
    base = 1 if rtl else 0
    line = levels[start:end]
    trailing = True  # L1: white space and isolates before the line's end or a separator
    for k in range(end - start - 1, -1, -1):
        cls = unicodedata.bidirectional(paragraph[start + k])
        if cls in ("S", "B"):
            line[k], trailing = base, True
        elif trailing and cls in _RESET:
            line[k] = base
        else:
            trailing = False
    order = list(range(start, end))
    for level in range(max(line, default=0), 0, -1):  # L2: reverse runs at each level and up
        k = 0
        while k < len(order):
            if line[order[k] - start] >= level:
                j = k
                while j < len(order) and line[order[j] - start] >= level:
                    j += 1
                order[k:j] = order[k:j][::-1]
                k = j
            else:
                k += 1
    return order


@pytest.mark.parametrize("width", [420, 760, 1300])
def test_every_line_of_the_article_is_in_python_bidi_order(
    qtbot, article_text: str, width: int
) -> None:
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(width, 600)
    view.set_document(Document("d", article_text), LabelSchema.default())
    paragraphs = view.paragraphs
    lines_checked = 0
    for i in range(len(paragraphs)):
        start, end = paragraphs.start(i), paragraphs.content_end(i)
        if start == end:
            continue
        text = article_text[start:end]
        layout = view.layouts.at(start)
        assert layout.block.end == end, "article paragraphs are laid out whole"
        levels = resolved_levels(text, layout.rtl)
        for n in range(layout.line_count):
            cells = layout.cells(n)
            on_screen = [c.start - start for c in sorted(cells, key=lambda c: c.left + c.right)]
            cluster_of = {
                cp - start: c.start - start for c in cells for cp in range(c.start, c.end)
            }
            a, b = layout.line_starts[n] - start, layout.line_end(n) - start
            expected: list[int] = []
            for cp in line_order(text, levels, a, b, layout.rtl):
                if cluster_of[cp] not in expected:
                    expected.append(cluster_of[cp])
            if n + 1 < layout.line_count:  # the space a line breaks at hangs, unseen (see above)
                hanging = {k for k in range(a, b) if text[k:b].isspace()}
                on_screen = [k for k in on_screen if k not in hanging]
                expected = [k for k in expected if k not in hanging]
            assert on_screen == expected, (i, n, text[a:b])
            lines_checked += 1
    assert lines_checked >= 14
