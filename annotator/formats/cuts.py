"""Spans that cut a token, for token-based exports (CoNLL, Prodigy, spaCy): one policy, counted.

Arabic annotators leave a clitic out of a span (المغرب inside والمغرب), so a span edge can
fall inside a token. The option ``cut`` says what an export does then
(docs/decisions/0016-exact-exports.md):

- ``split`` (default): the token is split at the span's edges (و becomes a token of its own,
  outside the span); the span is written exactly.
- ``expand`` / ``contract``: the span grows to / shrinks to whole tokens (a span left with no
  whole token is skipped).
- ``skip``: the span is not written.
- ``fail``: the export stops (CutError) naming the document and the span; nothing is written.

An edge in the white space (or invisible controls) between tokens cuts nothing: the span is
trimmed to the tokens it covers, unless the format can hold white-space tokens (Prodigy), which
then get tokens of their own under ``split``. Every change is counted; ``summary`` gives the
lines an export puts first in its report.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from annotator.errors import AnnotatorError
from annotator.formats.registry import WriteReport
from annotator.model import Document, Span

CUT_POLICIES: tuple[str, ...] = ("split", "expand", "contract", "skip", "fail")
DEFAULT_CUT = "split"
EXAMPLES = 20  # per kind of change, listed after the counts

Range = tuple[int, int]


class CutError(AnnotatorError):
    """A span cuts a token and the policy is ``fail``."""


def cut_policy(options: Mapping[str, Any]) -> str:
    """The ``cut`` option, checked (an AnnotatorError lists the choices)."""
    value = str(options.get("cut") or DEFAULT_CUT).strip().lower()
    if value not in CUT_POLICIES:
        raise AnnotatorError(
            f"unknown cut policy {options.get('cut')!r}; choose one of: {', '.join(CUT_POLICIES)}"
        )
    return value


def _show(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")


@dataclass
class Fitted:
    """One document fitted to its tokens: the tokens (split where needed) and the spans to write."""

    tokens: list[Range]
    spans: list[tuple[Span, Span]]  # (the document's span, the span written: same or adjusted)

    @property
    def changed(self) -> bool:
        return any(a is not b for a, b in self.spans)


@dataclass
class Cuts:
    """What one export did to spans that do not fall on token edges, over all its documents."""

    policy: str = DEFAULT_CUT
    what: str = "token"  # "spaCy 'ar' token" ...: how messages name a token
    split: int = 0
    expanded: int = 0
    contracted: int = 0
    skipped: int = 0
    trimmed: int = 0
    details: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def from_options(cls, options: Mapping[str, Any], what: str = "token") -> Cuts:
        return cls(cut_policy(options), what)

    def _note(self, kind: str, message: str) -> None:
        shown = self.details.setdefault(kind, [])
        if len(shown) < EXAMPLES:
            shown.append(message)

    def fit(
        self,
        doc: Document,
        tokens: Sequence[Range],
        spans: Iterable[Span] | None = None,
        *,
        gap_tokens: bool = False,
    ) -> Fitted:
        """Fit ``spans`` (default: the document's) to ``tokens`` (sorted, not overlapping).

        ``gap_tokens``: white space a span edge falls in may become tokens (Prodigy can hold
        them); else such an edge moves in to the nearest token edge.
        """
        text = doc.text
        starts = [a for a, _ in tokens]
        ends = [b for _, b in tokens]
        start_set, end_set = set(starts), set(ends)
        cuts: dict[int, set[int]] = {}  # token index -> positions to split it at
        gaps: tuple[set[int], set[int]] = (set(), set())  # span starts / ends in white space
        out: list[tuple[Span, Span]] = []
        make_gaps = gap_tokens and self.policy == "split"
        for span in sorted(spans if spans is not None else doc.spans):
            if span.start in start_set and span.end in end_set:
                out.append((span, span))
                continue
            where = f"document {doc.id!r}: span [{span.start}, {span.end}) {span.label} " + _show(
                doc.span_text(span)
            )
            s_in = _inside(starts, ends, span.start)  # token index when strictly inside one
            e_in = _inside(starts, ends, span.end)
            cut_token = s_in if s_in is not None else e_in
            if cut_token is not None and self.policy in ("fail", "skip"):
                a, b = tokens[cut_token]
                if self.policy == "fail":
                    raise CutError(
                        f"{where} cuts the {self.what} {_show(text[a:b])} (cut=fail); nothing "
                        "was written. Choose cut=split, expand, contract or skip."
                    )
                self.skipped += 1
                self._note("skipped", f"{where} (cuts {_show(text[a:b])})")
                continue
            start, end = span.start, span.end
            if start not in start_set and s_in is None:  # in white space between tokens
                if make_gaps:
                    gaps[0].add(start)
                else:
                    i = bisect_left(starts, start)
                    start = starts[i] if i < len(starts) else end
            if end not in end_set and e_in is None:
                if make_gaps:
                    gaps[1].add(end)
                else:
                    i = bisect_right(ends, end) - 1
                    end = ends[i] if i >= 0 else start
            trimmed = (start, end) != (span.start, span.end)
            if s_in is not None:
                if self.policy == "split":
                    cuts.setdefault(s_in, set()).add(start)
                else:
                    start = tokens[s_in][0 if self.policy == "expand" else 1]
            if e_in is not None:
                if self.policy == "split":
                    cuts.setdefault(e_in, set()).add(end)
                else:
                    end = tokens[e_in][1 if self.policy == "expand" else 0]
            if end <= start or not (
                self.policy == "split" or _covers_a_token(starts, ends, start, end)
            ):
                self.skipped += 1
                self._note("skipped", f"{where} (no whole {self.what} left in it)")
                continue
            if (start, end) == (span.start, span.end):
                out.append((span, span))
                continue
            kind = "trimmed" if cut_token is None or self.policy == "split" else self.policy + "ed"
            if kind == "expanded":
                self.expanded += 1
            elif kind == "contracted":
                self.contracted += 1
            elif trimmed:
                self.trimmed += 1
            self._note(kind, f"{where} written as [{start}, {end}) {_show(text[start:end])}")
            out.append((span, Span(start, end, span.label, span.meta)))
        if not cuts and not (gaps[0] or gaps[1]):
            return Fitted(list(tokens), out)
        return Fitted(self._split(doc, tokens, cuts, gaps), out)

    def _split(
        self,
        doc: Document,
        tokens: Sequence[Range],
        cuts: dict[int, set[int]],
        gaps: tuple[set[int], set[int]],
    ) -> list[Range]:
        """The tokens with every cut applied and white-space pieces made tokens where needed."""
        text = doc.text
        new: list[Range] = []
        previous_end = 0
        for i, (a, b) in enumerate(tokens):
            new += _gap_pieces(previous_end, a, gaps)
            points = sorted(p for p in cuts.get(i, ()) if a < p < b)
            if points:
                edges = [a, *points, b]
                pieces = list(pairwise(edges))
                new += pieces
                self.split += 1
                self._note(
                    "split",
                    f"document {doc.id!r}: {_show(text[a:b])} -> "
                    + " + ".join(_show(text[x:y]) for x, y in pieces),
                )
            else:
                new.append((a, b))
            previous_end = b
        new += _gap_pieces(previous_end, len(text), gaps)
        return new

    def report_to(self, report: WriteReport) -> None:
        """The counts into ``report.summary``, the details first in its warnings."""
        counts, details = self.summary()
        report.summary += counts
        report.warnings[:0] = details

    def summary(self) -> tuple[list[str], list[str]]:
        """Count lines, and up to EXAMPLES details of each kind."""
        lines: list[str] = []
        details: list[str] = []
        what = self.what
        counts = (
            (
                "split",
                self.split,
                (
                    f"{what}(s) split at span edges (cut=split): every span is "
                    "written exactly, the pieces outside it are outside any entity"
                ),
            ),
            (
                "expanded",
                self.expanded,
                f"span(s) cutting a {what} expanded to whole {what}s (cut=expand)",
            ),
            (
                "contracted",
                self.contracted,
                f"span(s) cutting a {what} shrunk to whole {what}s (cut=contract)",
            ),
            (
                "skipped",
                self.skipped,
                (f"span(s) not written: cutting a {what} (cut=skip) or holding no whole {what}"),
            ),
            ("trimmed", self.trimmed, f"span(s) trimmed of white space at an edge (in no {what})"),
        )
        for kind, count, text in counts:
            if count:
                lines.append(f"{count} {text}")
        for kind, count, _text in counts:
            for detail in self.details.get(kind, []):
                details.append(f"{kind}: {detail}")
            more = count - len(self.details.get(kind, []))
            if count and more > 0:
                details.append(f"{kind}: ... and {more} more")
        return lines, details


def _inside(starts: list[int], ends: list[int], pos: int) -> int | None:
    """The index of the token that holds ``pos`` strictly inside it, if any."""
    i = bisect_right(starts, pos) - 1
    if i >= 0 and starts[i] < pos < ends[i]:
        return i
    return None


def _covers_a_token(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether [start, end) holds at least one whole token."""
    i = bisect_left(starts, start)
    return i < len(starts) and ends[i] <= end


def _gap_pieces(a: int, b: int, gaps: tuple[set[int], set[int]]) -> list[Range]:
    """Tokens for the white space [a, b): from each span start in it, up to each span end."""
    starts, ends = gaps
    inside = sorted(p for p in starts | ends if a <= p <= b)
    if not inside:
        return []
    edges = sorted({a, *inside, b})
    return [(x, y) for x, y in pairwise(edges) if y > x and (x in starts or y in ends)]
