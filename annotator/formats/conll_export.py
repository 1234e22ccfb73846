"""The state of one CoNLL export: its options, its report, and spans turned into token entities.

Both writers use it: conll_imported (documents read from CoNLL, rebuilt from their record)
and conll_write (every other document, tokenized with annotator.text.tokenize).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from annotator.errors import InputError
from annotator.formats.conll_tags import Entity, normalise_scheme
from annotator.formats.cuts import Cuts
from annotator.formats.registry import Options, WriteReport
from annotator.model import Document, Span

_BLANK = re.compile(r"\s")


def _sep_option(value: Any) -> str | None:
    if value in (None, "", "auto"):
        return None
    text = str(value)
    return {"tab": "\t", "\\t": "\t", "space": " ", "tsv": "\t"}.get(text.lower(), text)


def short(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")


class ExportState:
    """State of one export: options, the report, and what the previous document left open."""

    def __init__(self, options: Options) -> None:
        try:
            self.scheme = normalise_scheme(options.get("scheme"))
        except ValueError as exc:
            raise InputError.single("--scheme", None, str(exc)) from None
        self.rewrite = bool(options.get("rewrite", False))  # regenerate every tag from the spans
        self.sep = _sep_option(options.get("sep"))
        if self.sep is not None and (not self.sep or self.sep.strip(" \t")):
            raise InputError.single(
                "--sep", None, f"the separator must be TAB or spaces, got {self.sep!r}"
            )
        self.report = WriteReport()
        self.cuts = Cuts.from_options(options)
        self.overlaps = 0  # spans not written: they overlap a span already in the tag column
        self.tokenized = 0
        self.ended_eol: str | None = (
            "\n"  # ending of the last line written ("" = none); None before any
        )
        self.open_sentence = False  # the last sentence written has no blank line after it

    def warn(self, doc: Document, message: str) -> None:
        self.report.warnings.append(f"document {doc.id!r}: {message}")

    def label(self, doc: Document, label: str) -> str:
        if _BLANK.search(label):
            safe = _BLANK.sub("_", label)
            self.warn(
                doc, f"label {label!r} holds white space, which CoNLL cannot: written as {safe!r}"
            )
            return safe
        return label

    def overlap_summary(self) -> list[str]:
        if not self.overlaps:
            return []
        why = "a CoNLL tag column holds one entity per token (brat, spaCy, jsonl hold nesting)"
        return [f"{self.overlaps} overlapping span(s) not written: {why}"]

    # -- spans to token entities ---------------------------------------------------------------

    def entities(
        self,
        doc: Document,
        spans: Iterable[Span],
        starts: dict[int, int],
        ends: dict[int, int],
        sentence_of: Sequence[int],
    ) -> list[Entity]:
        """Entities for spans on token edges, in one sentence, overlapping nothing kept."""
        out: list[Entity] = []
        last_stop = -1
        for span in sorted(spans):
            first, last = starts.get(span.start), ends.get(span.end)
            if first is None or last is None or last < first:
                self.warn(
                    doc,
                    f"span [{span.start}, {span.end}) {span.label} {short(doc.span_text(span))} "
                    "cuts a token: not written (CoNLL tags whole tokens)",
                )
                continue
            if sentence_of[first] != sentence_of[last]:
                self.warn(
                    doc,
                    f"span [{span.start}, {span.end}) {span.label} {short(doc.span_text(span))} "
                    "crosses a sentence break: not written",
                )
                continue
            if first < last_stop:
                self.overlaps += 1
                self.warn(
                    doc,
                    f"span [{span.start}, {span.end}) {span.label} {short(doc.span_text(span))} "
                    "overlaps another span in the same tag column: not written",
                )
                continue
            out.append((first, last + 1, self.label(doc, span.label)))
            last_stop = last + 1
        return out


def by_sentence(
    entities: Iterable[Entity], bounds: list[tuple[int, int]], sentence_of: Sequence[int]
) -> list[list[Entity]]:
    groups: list[list[Entity]] = [[] for _ in bounds]
    for a, b, label in entities:
        first = bounds[sentence_of[a]][0]
        groups[sentence_of[a]].append((a - first, b - first, label))
    return groups
