"""Write Label Studio JSON: the full export (with its labelling config XML) and JSON_MIN.

Offsets are code points, as Label Studio's ``Text`` tag counts them. Every task gets a
numeric ``id`` (label-studio-converter fails with KeyError 'id' without one): a document
whose id is a number keeps it, any other is numbered in order and its own id goes in the
task's ``data`` (JSON_MIN: at the top) under ``annotator_id``, which every Label Studio
export keeps and our reader restores.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from annotator.filekinds import is_stream
from annotator.formats.fields import id_field
from annotator.formats.provenance import stamp_annotation
from annotator.formats.registry import Options, WriteReport
from annotator.model import Document, Span, labels_in
from annotator.storage.fileio import atomic_write_bytes, atomic_writer

ID_KEY = "annotator_id"
# keys of a full export that have no place in JSON_MIN
_FULL_ONLY = ("annotations", "predictions", "data", "drafts", "meta")
WRITE_OPTIONS = {
    "text_key": "the data field for the text (default text)",
    "from_name": "the Labels control's name (default label)",
    "to_name": "the Text object's name (default text)",
    "source": "annotation (default) or prediction: where the spans go",
    "config_path": "where the labelling config XML goes (default OUT.config.xml; - for none)",
}


def chosen_container(items: list[Any]) -> int | None:
    """The first annotation (or prediction) that was not cancelled: the one spans come from."""
    for i, ann in enumerate(items):
        if isinstance(ann, dict) and not ann.get("was_cancelled"):
            return i
    return None


class TaskIds:
    """Numeric task ids: a document's own when it is a number, else the next free number."""

    def __init__(self, report: WriteReport) -> None:
        self.used: set[int] = set()
        self.next = 1
        self.report = report

    def __call__(self, doc: Document) -> tuple[int, str | None]:
        """The task id and, when it is not the document's own, the id to keep beside it."""
        ident = id_field(doc)["id"]
        if isinstance(ident, int):
            if ident in self.used:
                self.report.warnings.append(
                    f"document {doc.id!r}: task id {ident} was already given to an earlier "
                    "task (Label Studio renumbers tasks on import; ids matter to converters)"
                )
            self.used.add(ident)
            return ident, None
        while self.next in self.used:
            self.next += 1
        self.used.add(self.next)
        return self.next, doc.id


def _region_id(doc: Document, span: Span) -> str:
    return hashlib.sha1(
        f"{doc.id}\0{span.start}\0{span.end}".encode("utf-8", "surrogatepass")
    ).hexdigest()[:10]


def _results(doc: Document, options: Options) -> list[dict[str, Any]]:
    """Our spans as Label Studio regions; spans sharing id and range share a region."""
    regions: dict[tuple[Any, int, int], dict[str, Any]] = {}
    for span in doc.spans:
        meta = dict(span.meta or {})
        rid = meta.get("id") or _region_id(doc, span)
        region = regions.get((rid, span.start, span.end))
        if region is None:
            value = {
                "start": span.start,
                "end": span.end,
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


def task(
    doc: Document, options: Options, report: WriteReport, ids: TaskIds | None = None
) -> dict[str, Any]:
    """The Label Studio task for one document, our spans in the first non-cancelled annotation."""
    extra = dict(doc.extra)
    data = {options.get("text_key", "text"): doc.text, **(extra.pop("data", None) or {})}
    number, ours = (ids or TaskIds(report))(doc)
    if ours is not None:
        data[ID_KEY] = ours
    out: dict[str, Any] = {"id": number, "data": data}
    source = "predictions" if options.get("source") == "prediction" else "annotations"
    containers = [dict(a) if isinstance(a, dict) else a for a in extra.pop(source, None) or []]
    chosen = chosen_container(containers)
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
    if doc.meta:
        out["meta"] = dict(doc.meta)
    if doc.note:
        report.warnings.append(
            f"{doc.id}: the document note has no place in Label Studio and was not written"
        )
    out.update({k: v for k, v in extra.items() if k not in out})
    return out


def min_record(
    doc: Document, options: Options, report: WriteReport, ids: TaskIds | None = None
) -> dict[str, Any]:
    """The JSON_MIN record: ``{"id", "text", "label": [{"start", "end", "text", "labels"}]}``."""
    number, ours = (ids or TaskIds(report))(doc)
    out: dict[str, Any] = {"id": number, options.get("text_key", "text"): doc.text}
    data = doc.extra.get("data")
    if isinstance(data, dict):
        out.update((k, v) for k, v in data.items() if k not in out)
    if ours is not None:
        out[ID_KEY] = ours
    regions = []
    for region in _results(doc, options):
        value = dict(region["value"])
        regions.append(value)
    out[options.get("from_name", "label")] = regions
    out.update((k, v) for k, v in doc.extra.items() if k not in out and k not in _FULL_ONLY)
    if doc.note:
        report.warnings.append(
            f"{doc.id}: the document note has no place in Label Studio and was not written"
        )
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


def config_path_for(path: Path, options: Options) -> Path | None:
    """Option ``config_path`` ("-": none), else the real output's name + ``.config.xml``.

    None too when the output is a device or a pipe: nothing goes beside ``/dev/null``.
    """
    wanted = options.get("config_path")
    if wanted == "-":
        return None
    if wanted:
        return Path(wanted)
    output = Path(options.get("output_path") or path)
    return None if is_stream(output) else output.with_suffix(".config.xml")


def _write_array(
    docs: Iterable[Document], path: Path, options: Options, minimal: bool
) -> tuple[WriteReport, list[str], dict[str, str]]:
    report = WriteReport()
    ids = TaskIds(report)
    schema = options.get("schema")
    colors = {lab.name: lab.color for lab in getattr(schema, "labels", [])}
    labels: list[str] = list(colors)
    seen: set[str] = set(colors)
    with atomic_writer(path) as out:
        out.write(b"[")
        for doc in docs:
            record = (min_record if minimal else task)(doc, options, report, ids)
            out.write((b",\n" if report.documents else b"\n") + _encode(record))
            report.documents += 1
            report.spans += len(doc.spans)
            for name in labels_in([doc]):
                if name not in seen:
                    seen.add(name)
                    labels.append(name)
        out.write(b"\n]\n")
    return report, labels, colors


def write(docs: Iterable[Document], path: Path, options: Options) -> WriteReport:
    """The full export as a JSON array (one task per line) and the config XML beside it."""
    report, labels, colors = _write_array(docs, path, options, minimal=False)
    xml = config_xml(
        labels,
        colors,
        options.get("from_name", "label"),
        options.get("to_name", "text"),
        options.get("text_key", "text"),
    )
    config = config_path_for(path, options)
    if config is None:
        report.warnings.append(
            "no labelling config written (config_path=-)"
            if options.get("config_path") == "-"
            else "no labelling config written beside a device or pipe (set -o config_path=FILE)"
        )
    else:
        atomic_write_bytes(config, xml.encode("utf-8"))
    return report


def write_min(docs: Iterable[Document], path: Path, options: Options) -> WriteReport:
    """JSON_MIN: one flat record per document (Label Studio's own JSON_MIN export shape)."""
    return _write_array(docs, path, options, minimal=True)[0]


def _encode(obj: Any) -> bytes:
    try:
        return json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: keep it as a JSON escape
        return json.dumps(obj).encode("ascii")
