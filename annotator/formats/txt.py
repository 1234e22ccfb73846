"""Plain text: read a .txt file or a folder of them, write a folder; one document per .txt file.

Text holds no spans: the writer reports the spans it could not keep.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from annotator.formats.registry import ENCODING_OPTION, Format, Options, WriteReport, register
from annotator.model import Document
from annotator.storage.fileio import atomic_write_bytes
from annotator.storage.sources import TEXT_SUFFIX, read_sources

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def read_txt(path: Path, options: Options) -> Iterator[Document]:
    """One document per .txt file (id = file name), text exactly as decoded."""
    for source in read_sources(Path(path), options.get("encoding")):
        yield Document(source.id, source.text)


def file_name_for(doc_id: str) -> str:
    """A safe file name for a document id (``x.txt`` stays ``x.txt``; others get ``.txt`` added)."""
    name = _UNSAFE.sub("_", doc_id).strip(". ") or "document"
    return name if name.lower().endswith(TEXT_SUFFIX) else name + TEXT_SUFFIX


def write_txt(documents: Iterable[Document], path: Path, options: Options) -> WriteReport:
    """Write each document's text (UTF-8, newlines as they are) to ``path/<id>.txt``.

    Each file is written atomically.
    """
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    report = WriteReport()
    used: set[str] = set()
    for doc in documents:
        name = file_name_for(doc.id)
        stem, n = name[: -len(TEXT_SUFFIX)], 2
        while name.lower() in used:
            name, n = f"{stem}-{n}{TEXT_SUFFIX}", n + 1
        if name != file_name_for(doc.id) or name[: -len(TEXT_SUFFIX)] != doc.id.removesuffix(
            TEXT_SUFFIX
        ):
            report.warnings.append(f"document {doc.id!r} written as {name}")
        used.add(name.lower())
        atomic_write_bytes(folder / name, doc.text.encode("utf-8"))
        report.documents += 1
        if doc.spans:
            report.warnings.append(
                f"document {doc.id!r}: {len(doc.spans)} span(s) not written "
                "(plain text holds no spans)"
            )
    return report


register(
    Format(
        "txt",
        "Plain text (one file per document)",
        (TEXT_SUFFIX, ""),
        "codepoint",
        read_txt,
        write_txt,
        read_options=ENCODING_OPTION,
    )
)
