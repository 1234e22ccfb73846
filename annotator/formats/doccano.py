"""doccano sequence-labelling JSONL: read every shape doccano imports, write its ``label`` export.

Offsets are code points (what doccano's backend import counts). Shapes read:
``{"text", "label": [[s, e, "L"], ...]}``, ``label`` items as
``{"start_offset", "end_offset", "label"}``, and ``{"text", "entities",
"relations"}``; the text and label keys are configurable (options
``text_key`` / ``label_key``) and doccano's own ``column_data`` /
``column_label`` are recognised. doccano silently skips bad items; we report
them with their line instead (docs/decisions/0012-interchange-formats.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.formats.fields import document_from_parts, id_field, status_fields
from annotator.formats.problems import ProblemLog, check_overlap, checked_span, dedupe_spans, short
from annotator.formats.registry import ENCODING_OPTION, Format, Options, WriteReport, register
from annotator.formats.streams import json_lines, jsonl_writer
from annotator.model import Document, Span

TEXT_KEYS = ("text", "column_data")
LABEL_KEYS = ("label", "entities", "column_label")
_SPAN_KEYS = {"start_offset", "end_offset", "label"}


def _first_key(obj: dict[str, Any], wanted: str | None, candidates: tuple[str, ...]) -> str | None:
    if wanted:
        return wanted if wanted in obj else None
    return next((k for k in candidates if k in obj), None)


def _item_span(item: Any, text: str, where: str, line: int, log: ProblemLog) -> Span | None:
    """One doccano label item as a Span, or None after logging why it is unusable."""
    meta: dict[str, Any] | None = None
    if isinstance(item, list | tuple):
        if len(item) != 3:
            log.add(f"{where}: expected [start, end, label], got {short(item)}", line)
            return None
        start, end, label = item
    elif isinstance(item, dict):
        missing = [k for k in ("start_offset", "end_offset", "label") if k not in item]
        if missing:
            log.add(f"{where}: missing {', '.join(missing)} in {short(item)}", line)
            return None
        start, end, label = item["start_offset"], item["end_offset"], item["label"]
        meta = {k: v for k, v in item.items() if k not in _SPAN_KEYS} or None
    else:
        log.add(f"{where}: expected a list or an object, got {short(item)}", line)
        return None
    return checked_span(text, start, end, label, where, log, meta=meta, line=line)


def _document(
    obj: Any, line: int, path: Path, options: Options, log: ProblemLog
) -> Document | None:
    if not isinstance(obj, dict):
        log.add("expected a JSON object", line)
        return None
    text_key = _first_key(obj, options.get("text_key"), TEXT_KEYS)
    if text_key is None:
        keys = options.get("text_key") or " or ".join(repr(k) for k in TEXT_KEYS)
        log.add(f"no text: the record has no {keys} key", line)
        return None
    text = obj[text_key]
    if not isinstance(text, str):
        log.add(f"{text_key!r} must be a string, got {short(text)}", line)
        return None
    label_key = _first_key(obj, options.get("label_key"), LABEL_KEYS)
    items = obj.get(label_key, []) if label_key else []
    if not isinstance(items, list):
        log.add(f"{label_key!r} must be a list, got {short(items)}", line)
        return None
    before = log.count
    spans = [
        span
        for i, item in enumerate(items)
        if (span := _item_span(item, text, f"{label_key}[{i}]", line, log)) is not None
    ]
    if log.count != before:
        return None
    spans = dedupe_spans(spans, line, log)
    check_overlap(spans, line, options, log)
    rest = {k: v for k, v in obj.items() if k not in (text_key, label_key)}
    return document_from_parts(text, spans, rest, default_id=f"{path.stem}-{line}")


def read(path: Path, options: Options) -> Iterator[Document]:
    """Yield one Document per JSONL line; every bad line is reported at the end with its number."""
    log = ProblemLog(path, options)
    for line, obj in json_lines(path, options, log):
        doc = _document(obj, line, path, options, log)
        if doc is not None:
            yield doc
    log.raise_if_any()


def _record(doc: Document, options: Options, report: WriteReport) -> dict[str, Any]:
    """A document's doccano record: ``label`` triples, or entities+relations if it has relations."""
    shape = options.get("shape", "auto")
    relations = doc.extra.get("relations")
    out: dict[str, Any] = id_field(doc)
    out[options.get("text_key", "text")] = doc.text
    if shape == "entities" or (shape == "auto" and relations is not None):
        out["entities"] = _entities(doc)
        out["relations"] = relations if relations is not None else []
    else:
        if relations:
            report.warnings.append(
                f"{doc.id}: {len(relations)} relation(s) not written in the label shape"
            )
        out[options.get("label_key", "label")] = [[s.start, s.end, s.label] for s in doc.spans]
        if any(s.by for s in doc.spans):
            report.warnings.append(
                f"{doc.id}: span authors need the entities shape (-o shape=entities)"
            )
    out.update(status_fields(doc))
    out.update({k: v for k, v in doc.extra.items() if k not in out and k != "relations"})
    return out


def _entities(doc: Document) -> list[dict[str, Any]]:
    """Spans as doccano entities: ids relations refer to are kept, new spans numbered after them."""
    used = [s.meta["id"] for s in doc.spans if s.meta and isinstance(s.meta.get("id"), int)]
    next_id = max(used, default=-1) + 1
    out = []
    for span in doc.spans:
        meta = dict(span.meta or {})
        if not isinstance(meta.get("id"), int):
            meta["id"] = next_id
            next_id += 1
        out.append(
            {
                "id": meta.pop("id"),
                "label": span.label,
                "start_offset": span.start,
                "end_offset": span.end,
                **meta,
            }
        )
    return out


def write(docs: Iterable[Document], path: Path, options: Options) -> WriteReport:
    """Write one doccano record per line (UTF-8, no BOM), atomically."""
    report = WriteReport()
    overlapping = documents = 0
    with jsonl_writer(path) as emit:
        for doc in docs:
            emit(_record(doc, options, report))
            report.documents += 1
            report.spans += len(doc.spans)
            dropped = overlapping_spans(doc.spans)
            if dropped:
                overlapping += dropped
                documents += 1
                if documents <= 20:
                    report.warnings.append(
                        f"{doc.id}: {dropped} span(s) overlap another: doccano's import drops "
                        "them unless the project allows overlapping spans"
                    )
    if overlapping:
        report.summary.append(
            f"{overlapping} span(s) in {documents} document(s) overlap another: written, but "
            "doccano's import drops them unless the project allows overlapping spans"
        )
    return report


def overlapping_spans(spans: Iterable[Span]) -> int:
    """How many spans overlap one kept before them (what a tool allowing no overlap drops)."""
    dropped, kept_end = 0, -1
    for span in sorted(spans):
        if span.start < kept_end:
            dropped += 1
        else:
            kept_end = span.end
    return dropped


KEYS = {
    "text_key": "the key holding the text (default: text or column_data)",
    "label_key": "the key holding the spans (default: label, entities or column_label)",
}
FORMAT = register(
    Format(
        "doccano",
        "doccano JSONL",
        (),
        "codepoint",
        read,
        write,
        read_options={
            **KEYS,
            **ENCODING_OPTION,
            "allow_overlap": "false: report overlapping spans",
        },
        write_options={
            **KEYS,
            "shape": "auto (default), label or entities: how spans are written",
        },
    )
)
