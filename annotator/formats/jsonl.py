"""Our native JSONL as an interchange format: the registry entry, the streaming reader and a writer.

The format itself (records, the line scanner, the index the corpus opens lazily, the
streaming reader) is storage's own (annotator.storage.records, .lines, .stream); this module
only plugs it into ``annotator convert`` and the window's import and export.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from annotator.formats.problems import progress
from annotator.formats.registry import (
    ENCODING_OPTION,
    Format,
    Options,
    WriteReport,
    register,
)
from annotator.model import Document
from annotator.storage.fileio import atomic_writer
from annotator.storage.lines import EXTENSIONS
from annotator.storage.record_codec import record_bytes
from annotator.storage.stream import read_documents


def read_jsonl(path: Path, options: Options) -> Iterator[Document]:
    """Every document of a native JSONL file, streamed (storage.stream.read_documents)."""
    read = 0

    def on_bytes(n: int) -> None:
        nonlocal read
        read += n
        progress(options, read)

    skip = bool(options.get("skip_bad"))
    return read_documents(Path(path), options.get("encoding"), on_bytes, skip_bad=skip)


def write_jsonl(documents: Iterable[Document], path: Path, options: Options) -> WriteReport:
    """Write documents as native JSONL (UTF-8, one line each, "\\n" endings), atomically."""
    report = WriteReport()
    with atomic_writer(path) as out:
        for doc in documents:
            out.write(record_bytes(doc) + b"\n")
            report.documents += 1
            report.spans += len(doc.spans)
    return report


register(
    Format(
        "jsonl",
        "Annotator JSONL (native)",
        EXTENSIONS,
        "codepoint",
        read_jsonl,
        write_jsonl,
        read_options=ENCODING_OPTION,
    )
)
