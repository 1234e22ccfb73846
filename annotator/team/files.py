"""Reading annotators' files by document id, and writing corpora atomically."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from annotator.errors import AnnotatorError, InputError, Problem
from annotator.model import Document
from annotator.storage.fileio import atomic_writer
from annotator.storage.line_index import LineIndex
from annotator.storage.lines import read_index
from annotator.storage.records import LINE_HEAD, record_line_bytes


class TeamError(AnnotatorError):
    """A team command cannot do what was asked (bad names, texts that differ, ...)."""


@dataclass
class TeamFile:
    """One annotator's file: its name (the file stem unless given), documents by id, in order."""

    name: str
    path: Path
    index: LineIndex
    ids: dict[str, int]  # document id -> line index in ``index``

    def __len__(self) -> int:
        return len(self.index)

    def document(self, doc_id: str) -> Document:
        return self.index.parse(self.ids[doc_id])

    def documents(self) -> Iterator[Document]:
        for i in range(len(self.index)):
            yield self.index.parse(i)


def read_team_file(path: Path, name: str | None = None) -> TeamFile:
    """Read and index ``path`` and learn each document's id (InputError if one cannot be read)."""
    index = read_index(Path(path))
    ids: dict[str, int] = {}
    problems: list[Problem] = []
    head, data = LINE_HEAD.match, index.data
    for i in range(len(index)):
        match = head(data, index.starts[i], index.ends[i])
        try:  # our own lines name their id at the head: no parse (a bad rest shows when used)
            doc_id = json.loads(match.group(1)) if match else index.parse(i).id
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        if doc_id in ids:
            problems.append(
                Problem(str(path), index.lines[i], f"document id {doc_id!r} appears twice")
            )
        ids[doc_id] = i
    if problems:
        raise InputError(problems[:100], more=max(0, len(problems) - 100))
    return TeamFile(name or Path(path).stem, Path(path), index, ids)


def read_team_files(paths: Iterable[Path]) -> list[TeamFile]:
    """Each file named by its stem; stems that collide are told apart by their folder."""
    paths = [Path(p) for p in paths]
    stems = [p.stem for p in paths]
    names = [s if stems.count(s) == 1 else f"{p.parent.name}/{s}" for p, s in zip(paths, stems)]
    if len(set(names)) != len(names):
        raise InputError.single(paths[0], None, "the same file is named twice")
    return [read_team_file(p, n) for p, n in zip(paths, names)]


def write_documents(path: Path, documents: Iterable[Document]) -> int:
    """Write native JSONL atomically (temp file + rename); the number of documents written."""
    count = 0
    with atomic_writer(path) as out:
        for doc in documents:
            out.write(record_line_bytes(doc) + b"\n")
            count += 1
    return count


def same_text(doc_id: str, texts: Iterable[tuple[str, str]]) -> str:
    """The one text every (file name, text) pair holds; TeamError naming the document if not."""
    pairs = list(texts)
    first_name, first = pairs[0]
    for name, text in pairs[1:]:
        if text != first:
            at = next(
                (k for k, (a, b) in enumerate(zip(first, text)) if a != b),
                min(len(first), len(text)),
            )
            raise TeamError(
                f"document {doc_id!r} has a different text in {name} than in {first_name} "
                f"(from code point {at}); annotators' files must share the texts they annotate"
            )
    return first
