"""Label Studio JSON: the full export and JSON_MIN, read and written, with the labelling config.

Offsets of Label Studio's ``Text`` tag are code points, like ours (its own end-to-end test
``ner/emoji.cy.ts`` expects start 21, end 25 for "test" in "🐱 Warning: This is a test
text"; label-studio-converter slices Python strings): they are used as they are. Files
counted in UTF-16 units (``HyperText`` offsets, or what this program wrote before 0.2) are
read with the option ``offsets=utf16``. Spans come from the first annotation that was not
cancelled (option ``source=prediction`` takes the first prediction instead); everything else
— other annotations, predictions, non-label results, region ids, task fields — stays in
``extra`` and is written back in place. The array is read element by element
(``json_array_items``), so memory grows with the largest task, not the file. Writing is in
labelstudio_write.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.formats.fields import document_from_parts
from annotator.formats.labelstudio_write import (
    ID_KEY,
    WRITE_OPTIONS,
    chosen_container,
    write,
    write_min,
)
from annotator.formats.problems import (
    ProblemLog,
    check_overlap,
    checked_span,
    dedupe_spans,
    is_int,
    short,
)
from annotator.formats.provenance import adopt_stamp
from annotator.formats.registry import ENCODING_OPTION, Format, FormatError, Options, register
from annotator.formats.streams import json_array_items
from annotator.model import Document, Span
from annotator.text.offsets import OffsetError, Utf16Index

UNITS = ("codepoint", "utf16")
READ_OPTIONS = {
    "text_key": "the data field holding the text (default: text, or the only string field)",
    "label_key": "JSON_MIN: the key of the regions (default: every list of regions)",
    "source": "annotation (default) or prediction: where the spans come from",
    "offsets": "codepoint (default; Label Studio's Text tag) or utf16 (HyperText, old files)",
    "allow_overlap": "false: report overlapping spans",
    **ENCODING_OPTION,
}


def _text_key(data: dict[str, Any], wanted: str | None) -> str | None:
    if wanted:
        return wanted if isinstance(data.get(wanted), str) else None
    if isinstance(data.get("text"), str):
        return "text"
    strings = [k for k, v in data.items() if isinstance(v, str)]
    return strings[0] if len(strings) == 1 else None


def _units(options: Options) -> str:
    unit = str(options.get("offsets") or "codepoint").lower().replace("-", "")
    unit = {"codepoints": "codepoint", "utf16units": "utf16"}.get(unit, unit)
    if unit not in UNITS:
        raise FormatError(f"unknown offsets {options.get('offsets')!r}; use codepoint or utf16")
    return unit


def _region_spans(
    item: dict[str, Any],
    text: str,
    index: Utf16Index | None,
    where: str,
    line: int,
    log: ProblemLog,
) -> list[Span]:
    """One Label Studio region (possibly several labels) as Spans in code points."""
    value = item.get("value")
    if not isinstance(value, dict) or "start" not in value or "end" not in value:
        log.add(f"{where}: a 'labels' result needs value.start and value.end", line)
        return []
    labels = value.get("labels")
    if not isinstance(labels, list) or not labels:
        log.add(f"{where}: value.labels must be a non-empty list, got {short(labels)}", line)
        return []
    u_start, u_end = value["start"], value["end"]
    if not is_int(u_start) or not is_int(u_end):
        log.add(
            f"{where}: offsets must be integers, got start={short(u_start)} end={short(u_end)}",
            line,
        )
        return []
    start, end = u_start, u_end
    if index is not None:  # option offsets=utf16
        try:
            start, end = index.to_codepoint(u_start), index.to_codepoint(u_end)
        except OffsetError as exc:
            log.add(f"{where}: {exc} (UTF-16 units)", line)
            return []
        where = f"{where} (UTF-16 [{u_start}, {u_end}) = code points [{start}, {end}))"
    meta = {k: v for k, v in item.items() if k not in ("value", "type")}
    value_rest = {k: v for k, v in value.items() if k not in ("start", "end", "text", "labels")}
    if value_rest:
        meta["value"] = value_rest
    spans = []
    for label in labels:
        span = checked_span(
            text, start, end, label, where, log, meta=meta, expected=value.get("text"), line=line
        )
        if span is not None:
            spans.append(span)
    return spans


def _document(
    task: Any, line: int, path: Path, options: Options, log: ProblemLog
) -> Document | None:
    if not isinstance(task, dict):
        log.add("expected a task object", line)
        return None
    minimal = "data" not in task
    data = dict(task) if minimal else task["data"]
    if not isinstance(data, dict):
        log.add("'data' must be an object", line)
        return None
    key = _text_key(data, options.get("text_key"))
    if key is None:
        log.add("no text: pass the data field with option text_key (default 'text')", line)
        return None
    text = data[key]
    index = Utf16Index(text) if _units(options) == "utf16" else None
    before = log.count
    if minimal:
        doc = _minimal(task, key, text, index, line, path, options, log)
    else:
        doc = _full(task, key, text, index, line, path, options, log)
    return doc if log.count == before else None


def _with_our_id(doc: Document) -> Document:
    """The document with our own id when the task carries it (tasks are numbered by number).

    We write it in ``data`` (full export) or at the top (JSON_MIN), which every Label Studio
    export keeps; files written before kept it in the task's ``meta``.
    """
    data = doc.extra.get("data")
    places: list[dict[str, Any]] = [doc.extra, doc.meta]
    if isinstance(data, dict):
        places.insert(0, data)
    for place in places:
        ours = place.get(ID_KEY)
        if isinstance(ours, str) and ours:
            doc.id = place.pop(ID_KEY)
            break
    if isinstance(data, dict) and not data:
        del doc.extra["data"]
    return doc


def _full(
    task: dict[str, Any],
    key: str,
    text: str,
    index: Utf16Index | None,
    line: int,
    path: Path,
    options: Options,
    log: ProblemLog,
) -> Document:
    source = "predictions" if options.get("source") == "prediction" else "annotations"
    rest = {k: v for k, v in task.items() if k != "data"}
    data_rest = {k: v for k, v in task["data"].items() if k != key}
    if data_rest:
        rest["data"] = data_rest
    containers = [dict(a) if isinstance(a, dict) else a for a in rest.get(source) or []]
    chosen = chosen_container(containers)
    spans: list[Span] = []
    if chosen is not None:
        kept, results = [], containers[chosen].get("result") or []
        for j, item in enumerate(results):
            if isinstance(item, dict) and item.get("type") == "labels":
                spans += _region_spans(
                    item, text, index, f"{source}[{chosen}].result[{j}]", line, log
                )
            else:
                kept.append(item)
        containers[chosen]["result"] = kept
        rest[source] = containers
    spans = dedupe_spans(spans, line, log)
    check_overlap(spans, line, options, log)
    doc = _with_our_id(document_from_parts(text, spans, rest, f"{path.stem}-{line}"))
    if chosen is not None and source == "annotations":
        adopt_stamp(
            doc, containers[chosen].get("completed_by"), containers[chosen].get("updated_at")
        )
    if source == "annotations":
        cancelled = any(isinstance(a, dict) and a.get("was_cancelled") for a in containers)
        doc.status = "done" if chosen is not None else "skipped" if cancelled else "todo"
    return doc


def _minimal(
    task: dict[str, Any],
    key: str,
    text: str,
    index: Utf16Index | None,
    line: int,
    path: Path,
    options: Options,
    log: ProblemLog,
) -> Document:
    """JSON_MIN: the data fields at the top level and each control's regions under its name."""
    wanted = options.get("label_key")
    label_keys = [
        k
        for k, v in task.items()
        if (k == wanted)
        or (
            not wanted
            and isinstance(v, list)
            and v
            and all(isinstance(x, dict) and "labels" in x for x in v)
        )
    ]
    spans: list[Span] = []
    for lk in label_keys:
        if not isinstance(task[lk], list):
            log.add(f"{lk!r} must be a list of regions, got {short(task[lk])}", line)
            continue
        for j, region in enumerate(task[lk]):
            item = {"value": region, "from_name": lk}
            spans += _region_spans(item, text, index, f"{lk}[{j}]", line, log)
    spans = dedupe_spans(spans, line, log)
    rest = {k: v for k, v in task.items() if k != key and k not in label_keys}
    doc = _with_our_id(document_from_parts(text, spans, rest, f"{path.stem}-{line}"))
    doc.status = "done"
    return doc


def read(path: Path, options: Options) -> Iterator[Document]:
    """Yield one Document per task; every problem (with the task's line) is raised at the end."""
    log = ProblemLog(path, options)
    for line, task in json_array_items(path, log, options, what="tasks"):
        doc = _document(task, line, path, options, log)
        if doc is not None:
            yield doc
    log.raise_if_any()


FORMAT = register(
    Format(
        "labelstudio",
        "Label Studio JSON",
        (".json",),
        "codepoint",
        read,
        write,
        read_options=READ_OPTIONS,
        write_options=WRITE_OPTIONS,
    )
)
MIN_FORMAT = register(
    Format(
        "labelstudio-min",
        "Label Studio JSON_MIN",
        (),
        "codepoint",
        read,
        write_min,
        read_options=READ_OPTIONS,
        write_options={k: v for k, v in WRITE_OPTIONS.items() if k not in ("config_path",)},
    )
)
