"""Where each grapheme's glyphs are on a laid-out line: boxes from Qt's glyph runs.

The paragraph view's cells (ui/block_layout.py) come from here. One glyph-run query per line
gives every cluster's glyphs with their string indexes; graphemes sharing a cluster (the
lam-alef ligature) share its width evenly, as Qt does. Where Qt reports those indexes wrongly
(measured with PySide6 6.11: after U+202C POP DIRECTIONAL FORMATTING, after a soft hyphen, and
after a Hebrew word drawn by a fallback font, the rest of the run's glyphs all get one index),
each grapheme of that line is asked for on its own, which Qt answers exactly.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from PySide6.QtGui import QGlyphRun, QTextLayout, QTextLine

__all__ = ["MAX_LIGATURE", "boxes_from_runs", "boxes_one_by_one"]


_Box = tuple[float, float, bool]  # left, right, right-to-left
MAX_LIGATURE = 4  # graphemes one glyph cluster may hold (لا: 2; a font's "الله": 4)


def boxes_from_runs(
    runs: list[QGlyphRun], local: list[int], stop_all: int
) -> list[_Box | None] | None:
    """Each grapheme's box (graphemes start at UTF-16 positions ``local``) from a line's glyph
    runs, read in one query: a cluster's box runs from its first glyph's origin to the next
    cluster's; graphemes sharing a cluster (lam-alef) share its width evenly, as Qt does.

    None when the runs' string indexes cannot be right: one index in two runs, or one cluster
    over more than ``MAX_LIGATURE`` graphemes. Qt reports them so after U+202C, a soft hyphen
    or a fallback font's Hebrew word: every later glyph of the run given one index.
    """
    clusters: dict[int, _Box] = {}  # local start -> (left, right, rtl)
    for run in runs:
        rtl = run.isRightToLeft()
        origins: list[tuple[int, float]] = []  # first glyph of each cluster, logical order
        for index, point in zip(run.stringIndexes(), run.positions(), strict=False):
            if not origins or origins[-1][0] != index:
                if index in clusters:
                    return None
                origins.append((index, point.x()))
        edge = run.boundingRect().right()
        for k, (index, x) in enumerate(origins):
            if rtl:
                right = origins[k - 1][1] if k else edge
            else:
                right = origins[k + 1][1] if k + 1 < len(origins) else edge
            left, right = min(x, right), max(x, right)
            clusters[index] = (left, right, rtl)
    boxes: list[_Box | None] = [None] * (len(local) - 1)
    starts = sorted(clusters)
    for k, cluster in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else stop_all
        left, right, rtl = clusters[cluster]
        # graphemes starting inside this cluster share its width (lam-alef: two graphemes)
        g0 = bisect_left(local, cluster)
        g1 = min(bisect_left(local, stop), len(boxes))
        if g0 >= g1 or local[g0] != cluster:
            g0 = max(0, g0 - 1)  # a cluster starting inside a grapheme joins that grapheme
            g1 = max(g1, g0 + 1)
        if g1 - g0 == 1 and boxes[g0] is None:  # the usual cluster: one grapheme
            boxes[g0] = (left, right, rtl)
        elif g1 - g0 > MAX_LIGATURE:
            return None
        else:
            _share(boxes, g0, g1, (left, right, rtl))
    return boxes


def boxes_one_by_one(
    line: QTextLine, local: list[int], flags: QTextLayout.GlyphRunRetrievalFlag
) -> list[_Box | None]:
    """Each grapheme's box from a glyph-run query of its own: exact where Qt misreports a
    whole line's string indexes (see ``boxes_from_runs``), one query per grapheme of such a
    line only. Graphemes given one and the same glyph (a ligature) share its width."""
    boxes: list[_Box | None] = []
    for a, b in pairwise(local):
        rects = [(r.boundingRect(), r.isRightToLeft()) for r in line.glyphRuns(a, b - a, flags)]
        if not rects:
            boxes.append(None)
            continue
        left = min(rect.left() for rect, _rtl in rects)
        boxes.append((left, max(rect.right() for rect, _rtl in rects), rects[0][1]))
    g = 0
    while g < len(boxes):
        h = g + 1
        while h < len(boxes) and boxes[g] is not None and boxes[h] == boxes[g]:
            h += 1
        found = boxes[g]
        if found is not None and h - g > 1:
            for k in range(g, h):
                boxes[k] = None
            _share(boxes, g, h, found)
        g = h
    return boxes


def _share(boxes: list[_Box | None], g0: int, g1: int, box: _Box) -> None:
    """Graphemes g0 … g1-1 share ``box`` evenly (in reading order), joined to what they had."""
    left, right, rtl = box
    share = (right - left) / (g1 - g0)
    for g in range(g0, g1):
        a = right - share * (g - g0 + 1) if rtl else left + share * (g - g0)
        old = boxes[g]
        boxes[g] = (
            (a, a + share, rtl) if old is None else (min(a, old[0]), max(a + share, old[1]), old[2])
        )
