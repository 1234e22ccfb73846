"""Plain-text sources: a .txt file is one document; a folder of them, a corpus ordered by name.

Source files are only ever read. Their annotations live in a JSONL beside them:
``article.txt`` -> ``article.annotations.jsonl``; folder ``news/`` ->
``news.annotations.jsonl`` in the folder's parent.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from annotator.errors import InputError, Problem
from annotator.filekinds import LOOP, reading_problem
from annotator.model import Document
from annotator.storage.encoding import TextEncoding, read_text_with_encoding

TEXT_SUFFIX = ".txt"
ANNOTATIONS_SUFFIX = ".annotations.jsonl"
MAX_SOURCE_PROBLEMS = 100


@dataclass(frozen=True)
class SourceText:
    """One source document: its id (the file name), path, exact text and encoding."""

    id: str
    path: Path
    text: str
    encoding: TextEncoding


def is_text_source(path: Path) -> bool:
    """True for a folder or a .txt file: opened as sources, with their annotations beside them."""
    return path.is_dir() or path.suffix.lower() == TEXT_SUFFIX


def annotations_path_for(source: Path) -> Path:
    """Where the annotations of a .txt file or a folder of them are kept."""
    source = Path(source)
    if source.is_dir():
        resolved = source.resolve()
        return resolved.parent / f"{resolved.name}{ANNOTATIONS_SUFFIX}"
    return source.with_name(source.stem + ANNOTATIONS_SUFFIX)


def list_text_files(folder: Path) -> list[Path]:
    """The .txt files directly in ``folder`` (not hidden), ordered by name.

    A FIFO, a device or a symlink loop named .txt is listed too, so it is reported when it is
    read rather than silently left out; a link to a missing file is left out (its record is
    kept, with a warning, as for any deleted source).
    """
    files = [
        p
        for p in folder.iterdir()
        if p.suffix.lower() == TEXT_SUFFIX
        and not p.name.startswith(".")
        and not p.is_dir()
        and (p.exists() or reading_problem(p) == LOOP)
    ]
    return sorted(files, key=lambda p: p.name)


def read_source(path: Path, encoding: str | None = None) -> SourceText:
    """One .txt file as a document text (newlines kept exactly; BOM dropped from the text)."""
    text, enc = read_text_with_encoding(path, encoding)
    return SourceText(path.name, path, text, enc)


def read_sources(path: Path, encoding: str | None = None) -> list[SourceText]:
    """Every document of a .txt file or folder; InputError lists all files' problems (capped)."""
    path = Path(path)
    if not path.exists():
        raise InputError.single(path, None, "no such file or folder")
    if not path.is_dir():
        return [read_source(path, encoding)]
    try:
        files = list_text_files(path)
    except OSError as exc:
        raise InputError.single(
            path, None, f"cannot list the folder: {exc.strerror or exc}"
        ) from None
    if not files:
        raise InputError.single(
            path, None, "the folder holds no .txt files (each .txt file is one document)"
        )
    sources: list[SourceText] = []
    problems: list[Problem] = []
    more = 0
    for file in files:
        try:
            sources.append(read_source(file, encoding))
        except InputError as exc:
            room = MAX_SOURCE_PROBLEMS - len(problems)
            problems.extend(exc.problems[: max(room, 0)])
            more += max(len(exc.problems) - max(room, 0), 0) + exc.more
    if problems:
        raise InputError(problems, more=more)
    return sources


def reconcile(
    docs: list[Document], lines: list[int], ids: list[str], sources: list[SourceText], name: str
) -> tuple[list[Document] | None, list[str]]:
    """Match stored documents to .txt sources by id; return (documents, ids without source).

    ``documents`` is the new document list, or None if nothing changed. A source whose
    text changed while its record holds spans, a note or a status is an InputError
    naming the file (nothing is dropped); an unannotated record takes the new text;
    new sources are added; the result is ordered by id.
    """
    by_id: dict[str, int] = {}
    for i, doc_id in enumerate(ids):
        by_id.setdefault(doc_id, i)
    merged = list(docs)
    problems: list[Problem] = []
    changed = False
    for src in sources:
        if src.id not in by_id:
            merged.append(Document(src.id, src.text))
            changed = True
            continue
        i = by_id.pop(src.id)
        doc = docs[i]
        if doc.text == src.text:
            continue
        if doc.spans or doc.note or doc.status != "todo":
            problems.append(
                Problem(
                    str(src.path),
                    None,
                    f"the text changed since it was annotated ({len(doc.spans)} span(s) in {name} "
                    f"line {lines[i]} were made on the old text); restore the file, or move {name} "
                    "aside to start again. Nothing was changed",
                )
            )
        else:
            merged[i] = Document(doc.id, src.text, meta=doc.meta, extra=doc.extra)
            changed = True
    if problems:
        raise InputError(problems)
    return (sorted(merged, key=lambda d: d.id) if changed else None), sorted(by_id)
