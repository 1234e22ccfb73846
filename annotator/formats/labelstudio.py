"""Label Studio JSON (full export, and JSON_MIN on read) with the matching labelling config XML.

Label Studio counts offsets in UTF-16 units (the browser's): every offset is
converted with annotator.text.offsets.Utf16Index in both directions, and a position
between the halves of a surrogate pair is reported. Spans come from the first
annotation that was not cancelled (option ``source="prediction"`` takes the
first prediction instead); everything else — other annotations, predictions,
non-label results, region ids, task fields — stays in ``extra`` and is written
back in place. The array is read element by element (``iter_array``), so
memory grows with the largest task, not the file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from annotator.formats.fields import document_from_parts, id_field
from annotator.formats.problems import (
    ProblemLog,
    check_overlap,
    checked_span,
    dedupe_spans,
    is_int,
    short,
)
from annotator.formats.provenance import adopt_stamp, stamp_annotation
from annotator.formats.registry import Format, Options, WriteReport, register
from annotator.formats.streams import json_array_items
from annotator.model import Document, Span, labels_in
from annotator.storage.fileio import atomic_write_bytes, atomic_writer
from annotator.text.offsets import OffsetError, Utf16Index

ID_META_KEY = "annotator_id"


def _text_key(data: dict[str, Any], wanted: str | None) -> str | None:
    if wanted:
        return wanted if isinstance(data.get(wanted), str) else None
    if isinstance(data.get("text"), str):
        return "text"
    strings = [k for k, v in data.items() if isinstance(v, str)]
    return strings[0] if len(strings) == 1 else None


def _region_spans(
    item: dict[str, Any],
    text: str,
    index: Utf16Index,
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
    text, index = data[key], Utf16Index(data[key])
    before = log.count
    if minimal:
        doc = _minimal(task, key, text, index, line, path, options, log)
    else:
        doc = _full(task, key, text, index, line, path, options, log)
    return doc if log.count == before else None


def _with_our_id(doc: Document) -> Document:
    """The document with the id we stored in the task's meta (a non-numeric id), if any."""
    ours = doc.meta.get(ID_META_KEY)
    if isinstance(ours, str) and ours:
        doc.id = doc.meta.pop(ID_META_KEY)
    return doc


def _chosen(items: list[Any]) -> int | None:
    for i, ann in enumerate(items):
        if isinstance(ann, dict) and not ann.get("was_cancelled"):
            return i
    return None


def _full(
    task: dict[str, Any],
    key: str,
    text: str,
    index: Utf16Index,
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
    chosen = _chosen(containers)
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
    index: Utf16Index,
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


def _region_id(doc: Document, span: Span) -> str:
    return hashlib.sha1(
        f"{doc.id}\0{span.start}\0{span.end}".encode("utf-8", "surrogatepass")
    ).hexdigest()[:10]


def _results(doc: Document, options: Options) -> list[dict[str, Any]]:
    """Our spans as Label Studio regions (UTF-16 offsets); spans sharing id and range share a region."""
    index = Utf16Index(doc.text)
    regions: dict[tuple[Any, int, int], dict[str, Any]] = {}
    for span in doc.spans:
        meta = dict(span.meta or {})
        rid = meta.get("id") or _region_id(doc, span)
        region = regions.get((rid, span.start, span.end))
        if region is None:
            value = {
                "start": index.to_utf16(span.start),
                "end": index.to_utf16(span.end),
                "text": doc.span_text(span),
                "labels": [],
                **meta.pop("value", {}),
            }
            region = {
                "id": rid,
                "from_name": options.get("from_name", "label"),
                "to_name": options.get("to_name", "text"),
                "type": "labels",
                "value": value,
            }
            region.update({k: v for k, v in meta.items() if k != "id"})
            regions[(rid, span.start, span.end)] = region
        region["value"]["labels"].append(span.label)
    return list(regions.values())


def task(doc: Document, options: Options, report: WriteReport) -> dict[str, Any]:
    """The Label Studio task for one document, our spans in the first non-cancelled annotation."""
    extra = dict(doc.extra)
    data = {options.get("text_key", "text"): doc.text, **(extra.pop("data", None) or {})}
    out: dict[str, Any] = {}
    meta = dict(doc.meta)
    ident = id_field(doc)["id"]
    if isinstance(ident, int):
        out["id"] = ident
    else:  # Label Studio numbers its tasks itself; our id rides in the task's meta
        meta[ID_META_KEY] = doc.id
    out["data"] = data
    source = "predictions" if options.get("source") == "prediction" else "annotations"
    containers = [dict(a) if isinstance(a, dict) else a for a in extra.pop(source, None) or []]
    chosen = _chosen(containers)
    if chosen is None and (doc.spans or doc.status in ("done", "flagged")):
        containers.append({"result": [], "was_cancelled": False})
        chosen = len(containers) - 1
    if chosen is None and doc.status == "skipped" and not containers and source == "annotations":
        containers.append({"result": [], "was_cancelled": True})
    if chosen is not None:
        stamp_annotation(containers[chosen], extra.pop("changed", None))
        containers[chosen]["result"] = _results(doc, options) + list(
            containers[chosen].get("result") or []
        )
    out[source] = containers
    if meta:
        out["meta"] = meta
    if doc.note:
        report.warnings.append(
            f"{doc.id}: the document note has no place in Label Studio and was not written"
        )
    out.update({k: v for k, v in extra.items() if k not in out})
    return out


def config_xml(
    labels: Iterable[str],
    colors: dict[str, str] | None = None,
    from_name: str = "label",
    to_name: str = "text",
    text_key: str = "text",
) -> str:
    """The labelling config matching the export: one Labels control over one Text object."""
    colors = colors or {}
    lines = ["<View>", f"  <Labels name={quoteattr(from_name)} toName={quoteattr(to_name)}>"]
    for name in labels:
        color = f" background={quoteattr(colors[name])}" if name in colors else ""
        lines.append(f"    <Label value={quoteattr(name)}{color}/>")
    lines += [
        "  </Labels>",
        f"  <Text name={quoteattr(to_name)} value={quoteattr('$' + text_key)}/>",
        "</View>",
        "",
    ]
    return "\n".join(lines)


def config_path_for(path: Path, options: Options) -> Path:
    """Option ``config_path``, else the real output's name (``output_path`` when writing via a temp) + .config.xml."""
    if options.get("config_path"):
        return Path(options["config_path"])
    return Path(options.get("output_path") or path).with_suffix(".config.xml")


def write(docs: Iterable[Document], path: Path, options: Options) -> WriteReport:
    """Write the tasks as a JSON array (one task per line) and the config XML beside it, both atomically."""
    report = WriteReport()
    labels: list[str] = []
    seen: set[str] = set()
    schema = options.get("schema")
    colors = {lab.name: lab.color for lab in getattr(schema, "labels", [])}
    labels += list(colors)
    seen.update(colors)
    with atomic_writer(path) as out:
        out.write(b"[")
        for doc in docs:
            record = task(doc, options, report)
            out.write((b",\n" if report.documents else b"\n") + _encode(record))
            report.documents += 1
            report.spans += len(doc.spans)
            for name in labels_in([doc]):
                if name not in seen:
                    seen.add(name)
                    labels.append(name)
        out.write(b"\n]\n")
    xml = config_xml(
        labels,
        colors,
        options.get("from_name", "label"),
        options.get("to_name", "text"),
        options.get("text_key", "text"),
    )
    atomic_write_bytes(config_path_for(path, options), xml.encode("utf-8"))
    return report


def _encode(obj: Any) -> bytes:
    try:
        return json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: keep it as a JSON escape
        return json.dumps(obj).encode("ascii")


FORMAT = register(Format("labelstudio", "Label Studio JSON", (".json",), "utf16", read, write))
