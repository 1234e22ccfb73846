"""A test on the raw bytes of a JSON line that lets most lines be skipped without decoding them.

``line_filter(matcher)`` gives patterns that match every JSON line (UTF-8) whose text could
hold a match: each folded character of the query becomes the alternation of its spellings as
they appear in a JSON string (raw, ``\\"``-style escapes, or ``\\uXXXX`` in either case, as
tools writing with ``ensure_ascii`` do), with any ignored characters allowed between them. The
patterns start at the query's least frequent character (the part of the query before it is
not needed to rule a line out) so that the scan mostly skips bytes. The filter never rules
out a line that holds a match (property-tested); a candidate is then decoded and searched.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator

from annotator.search.matcher import Matcher
from annotator.search.normalize import IGNORED, spellings

__all__ = ["LineFilter", "line_filter"]


# Arabic letters from the most to the least frequent in news text (folded forms).
_COMMON = " اليمونهربتعدفكقسحجةشصخطزثضذغظءئؤ"
_LATIN = "etaoinshrdlcumwfgypbvkjxqz"


def _json_bytes(ch: str) -> list[bytes]:
    """How ``ch`` appears inside a JSON string, but for \\u escapes (one way or two)."""
    out = [json.dumps(ch, ensure_ascii=False)[1:-1].encode("utf-8")]
    if ch == "/":
        out.append(b"\\/")
    return out


def _escaped(ch: str) -> bytes:
    """A pattern for ``ch`` written as \\u escapes (a surrogate pair beyond the BMP; any case)."""
    units = json.dumps(ch, ensure_ascii=True)[1:-1] if ord(ch) > 0xFFFF else f"\\u{ord(ch):04x}"
    return "".join(f"[{c}{c.upper()}]" if c in "abcdef" else re.escape(c) for c in units).encode()


def _char(literals: list[bytes], chars: str) -> bytes:
    """A pattern for one character: any of its literal spellings or their \\u escapes."""
    return b"(?:" + b"|".join([_alternation(literals), *(_escaped(c) for c in chars)]) + b")"


def _alternation(options: list[bytes]) -> bytes:
    """A compact byte pattern for a set of byte strings: grouped by all but their last byte."""
    groups: dict[bytes, list[int]] = defaultdict(list)
    for option in options:
        groups[option[:-1]].append(option[-1])
    parts = []
    for head, lasts in sorted(groups.items()):
        last = b"".join(re.escape(bytes([b])) for b in sorted(set(lasts)))
        parts.append(re.escape(head) + (last if len(lasts) == 1 else b"[" + last + b"]"))
    return parts[0] if len(parts) == 1 else b"(?:" + b"|".join(parts) + b")"


_GAP = (
    b"(?:" + _alternation([c.encode("utf-8") for c in sorted(IGNORED)]) + rb"|\\u[0-9a-fA-F]{4})*"
)


def _rarity(ch: str) -> int:
    """Higher for rarer characters: Arabic letters by _COMMON, then Latin ones, then the rest."""
    i = _COMMON.find(ch)
    if i >= 0:
        return i
    j = _LATIN.find(ch)
    return len(_COMMON) + (j if j >= 0 else len(_LATIN))


class LineFilter:
    """Finds the lines of a block of JSON lines that may hold a match; the others are skipped.

    Each way of writing the query's rarest character starts one pattern at its *last* byte
    (a continuation byte such as the 0xAE of خ is rare, so the scan runs at ``memchr`` speed);
    the bytes before it (its ``lead``) are checked at each hit. Each \\u escape of it (a file
    written with ``ensure_ascii``) is one more pattern.
    """

    def __init__(self, patterns: list[tuple[re.Pattern[bytes], bytes]] | None) -> None:
        self.patterns = patterns  # None: every line is a candidate

    @staticmethod
    def _next(pattern: re.Pattern[bytes], lead: bytes, data: bytes, pos: int, end: int) -> int:
        while True:
            m = pattern.search(data, pos, end)
            if m is None:
                return -1
            at = m.start() - len(lead)
            if not lead or (at >= 0 and data.startswith(lead, at)):
                return at
            pos = m.start() + 1

    def lines(self, data: bytes, start: int, end: int) -> Iterator[tuple[int, int]]:
        """(start, end) of each line in data[start:end] that may hold a match, without its newline.

        ``start`` is the start of a line and ``end`` the end of one.
        """
        patterns = self.patterns
        nexts: list[int | None] = [None] * len(patterns or ())  # None: not searched yet
        pos = start
        while pos < end:
            hit = pos
            if patterns is not None:
                for k, (pattern, lead) in enumerate(patterns):
                    known = nexts[k]
                    if known is None or 0 <= known < pos:
                        nexts[k] = self._next(pattern, lead, data, pos, end)
                hits = [n for n in nexts if n is not None and n >= 0]
                if not hits:
                    return
                hit = min(hits)
            line_start = data.rfind(b"\n", start, hit) + 1 or start
            line_end = data.find(b"\n", hit, end)
            line_end = end if line_end < 0 else line_end
            yield line_start, line_end
            pos = line_end + 1

    def may_hold(self, line: bytes) -> bool:
        """Whether one JSON line (no newline in it) may hold a match."""
        return next(iter(self.lines(line, 0, len(line))), None) is not None


def line_filter(matcher: Matcher) -> LineFilter:
    """The quick test of raw JSON lines for ``matcher`` (regex mode: every line is a candidate)."""
    options = matcher.options
    if options.regex:
        return LineFilter(None)
    folded = matcher.folded
    ways = [ch if options.exact else spellings(ch, options.heh) for ch in folded]
    literals = [[b for c in chars for b in _json_bytes(c)] for chars in ways]
    first = 1 if matcher.fused_article else 0  # ل + the rest of a query starting with ال
    gap = b"" if options.exact else _GAP
    at = max(range(first, len(folded)), key=lambda i: (_rarity(folded[i]) - len(ways[i]), -i))
    rest = gap.join([b""] + [_char(literals[i], ways[i]) for i in range(at + 1, len(folded))])
    patterns = [(re.compile(re.escape(way[-1:]) + rest), way[:-1]) for way in literals[at]]
    escapes = [(re.compile(_escaped(c) + rest), b"") for c in ways[at]]
    return LineFilter(patterns + escapes)
