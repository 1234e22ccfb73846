"""brat standoff: a folder of ``.txt`` + ``.ann`` pairs, ``annotation.conf``, and our mapping file.

Offsets are code points of the ``.txt`` as brat's Python reads it (CRLF
counts 2, so the text is read and written with no newline translation; a
UTF-8 BOM in a ``.txt`` shifts brat's offsets by one and is handled). Type
names must match ``[A-Za-z0-9_-]+``: other labels get ASCII names, written
down in ``annotation.conf`` comments and in ``annotator-brat.json``, which
also keeps each document's id, status, note and meta (brat has no place for
them) and is used to reverse the names on read. Span notes are
``#N<TAB>AnnotatorNotes Tn<TAB>note`` lines (``Span.meta["note"]``); a
discontinuous span ``s e;s e`` reads as one span per fragment sharing
``meta["brat_id"]`` and is written back as one. Lines we do not model (R, E,
A, M, N, other notes) are kept in ``extra["brat"]`` and written back.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.errors import InputError
from annotator.formats.brat_conf import (
    CONF_FILE,
    MAPPING_FILE,
    Overlap,
    TypeNames,
    conf_text,
    overlaps_in,
)
from annotator.formats.folder_writer import FolderWriter
from annotator.formats.problems import ProblemLog, checked_span, dedupe_spans, progress, short
from annotator.formats.provenance import author_in_note, note_with_author
from annotator.formats.registry import ENCODING_OPTION, Format, Options, WriteReport, register
from annotator.formats.streams import utf8_json
from annotator.model import STATUSES, Document, Span

_OFFSETS = re.compile(r"(\d+) (\d+)(?:;(\d+) (\d+))*")
_TID = re.compile(r"T(\d+)")
_STEM_UNSAFE = re.compile(r"[^\w.-]+")


def flat(text: str) -> str:
    """A text as it can sit on one ``.ann`` line: line breaks become spaces (brat does the same)."""
    return text.replace("\r", " ").replace("\n", " ")


def _load_mapping(folder: Path) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    path = folder / MAPPING_FILE
    if not path.exists():
        return {}, {}
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
        labels, docs = data.get("labels", {}), data.get("documents", {})
        if not isinstance(labels, dict) or not isinstance(docs, dict):
            raise TypeError("'labels' and 'documents' must be objects")
    except (ValueError, TypeError, AttributeError) as exc:
        raise InputError.single(path, None, f"not a valid mapping file: {exc}") from exc
    return labels, docs


def _decode(path: Path, options: Options, log: ProblemLog) -> str | None:
    try:
        return path.read_bytes().decode(options.get("encoding") or "utf-8")
    except UnicodeDecodeError as exc:
        log.add(
            f"not valid UTF-8 at byte {exc.start} (pass --encoding if the file uses another one)",
            path=path,
        )
    except OSError as exc:
        log.add(f"cannot read: {exc.strerror or exc}", path=path)
    return None


def _text_bound(
    line: str,
    number: int,
    text: str,
    shift: int,
    names: dict[str, str],
    ann: Path,
    log: ProblemLog,
) -> list[Span]:
    """The spans of one ``T`` line (one per fragment), checked against the text."""
    fields = line.split("\t", 2)
    if len(fields) != 3 or " " not in fields[1]:
        log.add("expected 'T<id><TAB><type> <start> <end><TAB><text>'", number, ann)
        return []
    tid, (kind, offsets), quoted = fields[0], fields[1].split(" ", 1), fields[2]
    if not _OFFSETS.fullmatch(offsets):
        log.add(
            f"{tid}: offsets {offsets!r} are not 'start end' or 'start end;start end'", number, ann
        )
        return []
    pairs = [tuple(int(x) - shift for x in part.split(" ")) for part in offsets.split(";")]
    label = names.get(kind, kind)
    fragments = []
    for start, end in pairs:
        span = checked_span(text, start, end, label, tid, log, line=number, path=ann)
        if span is None:
            return []
        fragments.append(span)
    joined = " ".join(flat(text[s.start : s.end]) for s in fragments)
    if joined != flat(quoted):
        log.add(
            f"{tid}: offsets drifted: {offsets} covers {short(joined)} but the file says "
            f"{short(quoted)}",
            number,
            ann,
        )
        return []
    if len(fragments) > 1:
        log.warning(
            f"{tid}: discontinuous span read as {len(fragments)} spans sharing brat_id {tid}",
            number,
            ann,
        )
        return [
            Span(s.start, s.end, label, {"brat_id": tid, "fragment": i})
            for i, s in enumerate(fragments)
        ]
    return [Span(fragments[0].start, fragments[0].end, label, {"brat_id": tid})]


def _annotations(
    ann: Path,
    text: str,
    shift: int,
    names: dict[str, str],
    options: Options,
    log: ProblemLog,
) -> tuple[list[Span], list[str]] | None:
    """The spans and the verbatim lines we do not model, of one ``.ann`` file.

    Notes go into the meta of their spans.
    """
    raw = _decode(ann, options, log)
    if raw is None:
        return None
    before = log.count
    spans: list[Span] = []
    other: list[str] = []
    notes: list[tuple[str, str, str]] = []  # (target id, note, the line as read)
    for number, line in enumerate(raw.removeprefix("\ufeff").split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        if line.startswith("T"):
            spans += _text_bound(line, number, text, shift, names, ann, log)
            continue
        fields = line.split("\t", 2)
        head = fields[1].split(" ") if len(fields) == 3 else []
        if line.startswith("#") and len(head) == 2 and head[0] == "AnnotatorNotes":
            notes.append((head[1], fields[2], line))
        else:
            other.append(line)
    if log.count != before:
        return None
    ids = {s.meta["brat_id"] for s in spans if s.meta}
    attached: dict[str, str] = {}
    for target, note, line in notes:
        if target in ids and target not in attached:
            attached[target] = note
        else:
            other.append(line)  # a second note, or a note on a relation or event: kept as it was
    with_notes = [
        Span(s.start, s.end, s.label, {**s.meta, "note": attached[s.meta["brat_id"]]})
        if s.meta and s.meta["brat_id"] in attached
        else s
        for s in spans
    ]
    return [_note_author(s) for s in with_notes], other


def _note_author(span: Span) -> Span:
    """A span whose note ends in ``[by NAME]``: the name becomes its author."""
    note, by = author_in_note(str((span.meta or {}).get("note", "")))
    if by is None:
        return span
    meta = {k: v for k, v in (span.meta or {}).items() if k != "note"} | {"by": by}
    return Span(span.start, span.end, span.label, meta | ({"note": note} if note else {}))


def read(path: Path, options: Options) -> Iterator[Document]:
    """Yield one Document per ``.txt`` in the folder (name order).

    A lone ``.txt``/``.ann`` path reads that pair.
    """
    folder = path if path.is_dir() else path.parent
    log = ProblemLog(path, options)
    names, infos = _load_mapping(folder)
    texts = sorted(folder.glob("*.txt")) if path.is_dir() else [path.with_suffix(".txt")]
    if path.is_dir():
        for orphan in sorted(set(folder.glob("*.ann")) - {t.with_suffix(".ann") for t in texts}):
            log.add("an .ann file without its .txt", path=orphan)
    consumed = 0
    for txt in texts:
        consumed += sum(p.stat().st_size for p in (txt, txt.with_suffix(".ann")) if p.exists())
        progress(options, consumed)
        raw = _decode(txt, options, log)
        if raw is None:
            continue
        shift = 1 if raw.startswith("\ufeff") else 0
        text = raw[shift:]
        ann = txt.with_suffix(".ann")
        found = _annotations(ann, text, shift, names, options, log) if ann.exists() else ([], [])
        if found is None:
            continue
        spans, other = found
        spans = dedupe_spans(spans, None, log)
        info = infos.get(txt.stem, {})
        status = str(info["status"]) if info.get("status") in STATUSES else "todo"
        extra = dict(info.get("extra") or {})
        if other:
            extra["brat"] = other
        yield Document(
            str(info.get("id", txt.stem)),
            text,
            spans,
            status,
            str(info.get("note", "")),
            dict(info.get("meta") or {}),
            extra,
        )
    log.raise_if_any()


def _stem(doc_id: str, used: set[str]) -> str:
    base = _STEM_UNSAFE.sub("_", doc_id).strip("._")[:100] or "doc"
    stem, n = base, 1
    while stem.lower() in used:
        n += 1
        stem = f"{base}-{n}"
    used.add(stem.lower())
    return stem


def _groups(doc: Document) -> list[tuple[str | None, list[Span]]]:
    """Spans grouped into brat text-bound annotations.

    Fragments sharing a brat id and label form one.
    """
    groups: list[tuple[str | None, list[Span]]] = []
    fragments: dict[tuple[str, str], int] = {}
    for span in doc.spans:
        meta = span.meta or {}
        tid = meta.get("brat_id")
        tid = tid if isinstance(tid, str) and _TID.fullmatch(tid) else None
        if tid is not None and "fragment" in meta:
            if (tid, span.label) in fragments:
                groups[fragments[(tid, span.label)]][1].append(span)
                continue
            fragments[(tid, span.label)] = len(groups)
        groups.append((tid, [span]))
    return groups


def _ann_lines(doc: Document, names: TypeNames, report: WriteReport) -> list[str]:
    """The ``.ann`` lines of a document: T lines (ids kept where free), notes, then kept lines."""
    kept = [str(x) for x in doc.extra.get("brat", [])]
    groups = _groups(doc)
    numbers = [int(tid[1:]) for tid, _ in groups if tid]
    numbers += [int(m.group(1)) for line in kept if (m := re.match(r"T(\d+)\t", line))]
    next_id = max(numbers, default=0) + 1
    used: set[str] = set()
    lines: list[str] = []
    notes: list[tuple[str, str]] = []
    for tid, spans in groups:
        if tid is None or tid in used:
            tid, next_id = f"T{next_id}", next_id + 1
        used.add(tid)
        offsets = ";".join(f"{s.start} {s.end}" for s in spans)
        quoted = " ".join(flat(doc.span_text(s)) for s in spans)
        lines.append(f"{tid}\t{names(spans[0].label)} {offsets}\t{quoted}")
        note = next(
            (s.meta["note"] for s in spans if s.meta and isinstance(s.meta.get("note"), str)), ""
        )
        note = note_with_author(note, spans[0].by)
        if note:
            if flat(note) != note:
                report.warnings.append(
                    f"{doc.id}: the note on {tid} had line breaks, written as spaces"
                )
            notes.append((tid, flat(note)))
    hashes = [int(m.group(1)) for line in kept if (m := re.match(r"#(\d+)\t", line))]
    first = max(hashes, default=0) + 1
    lines += [f"#{first + i}\tAnnotatorNotes {tid}\t{note}" for i, (tid, note) in enumerate(notes)]
    return lines + kept


def _info(doc: Document) -> dict[str, Any]:
    """What brat cannot hold of a document (id, status, note, meta, extra), for the mapping file."""
    info: dict[str, Any] = {"id": doc.id}
    if doc.status != "todo":
        info["status"] = doc.status
    if doc.note:
        info["note"] = doc.note
    if doc.meta:
        info["meta"] = doc.meta
    rest = {k: v for k, v in doc.extra.items() if k != "brat"}
    if rest:
        info["extra"] = rest
    return info


def write(docs: Iterable[Document], path: Path, options: Options) -> WriteReport:
    """Write ``<stem>.txt`` (exact bytes) and ``<stem>.ann`` per document, plus shared files.

    The shared files are annotation.conf and our mapping file.

    Nothing appears in the folder unless every document was written (a reader error midway
    leaves it as it was).
    """
    path.mkdir(parents=True, exist_ok=True)
    report, names = WriteReport(), TypeNames()
    used: set[str] = set()
    before = {p.stem for p in path.glob("*.txt")}
    infos: dict[str, dict[str, Any]] = {}
    relation_types: set[str] = set()
    overlaps: set[Overlap] = set()
    out = FolderWriter(path)
    try:
        for doc in docs:
            stem = _stem(doc.id, used)
            lines = _ann_lines(doc, names, report)
            relation_types.update(
                m.group(1) for line in lines if (m := re.match(r"R\d+\t(\S+) ", line))
            )
            out.add(f"{stem}.txt", doc.text.encode("utf-8"))
            ann = "".join(line + "\n" for line in lines)
            try:
                out.add(f"{stem}.ann", ann.encode("utf-8"))
            except UnicodeEncodeError:  # a lone surrogate in a span's meta (its note)
                out.add(f"{stem}.ann", ann.encode("utf-8", "backslashreplace"))
                report.warnings.append(
                    f"document {doc.id!r}: an unpaired surrogate in a span note is written as "
                    "its escape (\\udXXX) in the .ann file, which holds UTF-8 only"
                )
            infos[stem] = _info(doc)
            overlaps |= overlaps_in(doc, names)
            report.documents += 1
            report.spans += len(doc.spans)
        out.add(CONF_FILE, conf_text(names, relation_types, overlaps).encode("utf-8"))
        mapping = {"labels": names.mapped(), "documents": infos}
        out.add(MAPPING_FILE, utf8_json(mapping, indent=1))
    except BaseException:
        out.discard()
        raise
    out.commit()
    if overlaps:
        report.summary.append(
            f"{CONF_FILE} allows the {len(overlaps)} kind(s) of overlap the spans hold "
            "(<OVERLAP> rules), so brat accepts them"
        )
    stale = sorted(before - set(infos))
    if stale:
        report.warnings.append(
            f"{path} already held {len(stale)} other document(s) (e.g. {stale[0]}.txt): "
            "reading the folder will include them"
        )
    return report


FORMAT = register(
    Format(
        "brat",
        "brat standoff folder",
        ("", ".ann"),
        "codepoint",
        read,
        write,
        read_options=ENCODING_OPTION,
    )
)
