"""The registry of interchange formats: each module registers one reader and/or writer.

A reader turns a file (or folder) into Documents whose offsets are code points
into the exact text; a writer turns Documents into the format's own unit and
returns what it could not represent. Modules register themselves on import;
``load_all`` imports every built-in format module.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.errors import AnnotatorError
from annotator.model import Document

BUILTIN_MODULES: tuple[str, ...] = (
    "annotator.formats.jsonl",
    "annotator.formats.txt",
    "annotator.formats.conll",
    "annotator.formats.doccano",
    "annotator.formats.prodigy",
    "annotator.formats.labelstudio",
    "annotator.formats.brat",
    "annotator.formats.spacy",
    "annotator.formats.hf",
)

Options = Mapping[str, Any]


@dataclass
class WriteReport:
    """What a writer did: documents and spans written, and every thing it could not represent."""

    documents: int = 0
    spans: int = 0
    warnings: list[str] = field(default_factory=list)
    # counts of what the writer changed to fit the format (tokens split, spans skipped, overlaps
    # dropped): shown before the warnings by the command and in the window's summary
    summary: list[str] = field(default_factory=list)


Reader = Callable[[Path, Options], Iterator[Document]]
Writer = Callable[[Iterable[Document], Path, Options], WriteReport]


@dataclass(frozen=True)
class Format:
    name: str  # the --from / --to value
    title: str  # shown in the window's Import/Export dialogs
    extensions: tuple[str, ...]  # lower-case, with the dot (".conll"); "" for a folder
    unit: str  # "codepoint" or "utf16": what the format's offsets count
    read: Reader | None = None
    write: Writer | None = None
    # the options a user may give (-o KEY=VALUE): name -> what it does; anything else is refused
    read_options: Mapping[str, str] = field(default_factory=dict)
    write_options: Mapping[str, str] = field(default_factory=dict)


class FormatError(AnnotatorError):
    """Unknown format, or one that cannot be guessed from a file name."""


# Keys the conversion service itself passes to readers and writers (never typed by a user).
SERVICE_OPTIONS = frozenset({"warnings", "progress", "output_path", "schema", "skip_bad"})
ENCODING_OPTION = {"encoding": "the input's encoding when not UTF-8/UTF-16 with BOM"}
CUT_OPTION = {
    "cut": "a span that cuts a token: split (default), expand, contract, skip or fail",
}


def check_options(fmt: Format, options: Mapping[str, Any], *, writing: bool) -> None:
    """A FormatError naming every option ``fmt`` does not take, and those it does."""
    known = fmt.write_options if writing else fmt.read_options
    unknown = sorted(k for k in options if k not in known and k not in SERVICE_OPTIONS)
    if unknown:
        side = "writer" if writing else "reader"
        takes = ", ".join(f"{k} ({v})" for k, v in sorted(known.items())) or "no options"
        raise FormatError(
            f"unknown option {', '.join(map(repr, unknown))} for the {fmt.name} {side}; "
            f"it takes: {takes}"
        )


_FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    _FORMATS[fmt.name] = fmt
    return fmt


def load_all() -> dict[str, Format]:
    for module in BUILTIN_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
    return dict(_FORMATS)


def get(name: str) -> Format:
    formats = load_all()
    if name not in formats:
        raise FormatError(f"unknown format {name!r}; choose one of: {', '.join(sorted(formats))}")
    return formats[name]


def guess(path: Path, *, for_writing: bool) -> Format:
    """The format a path's extension names, or a FormatError listing the choices."""
    formats = load_all()
    suffix = "".join(path.suffixes[-1:]).lower()
    if path.is_dir() or (not suffix and for_writing):
        suffix = ""
    usable = [
        f
        for f in formats.values()
        if suffix in f.extensions and (f.write if for_writing else f.read) is not None
    ]
    if len(usable) == 1:
        return usable[0]
    names = ", ".join(sorted(formats))
    if not usable:
        raise FormatError(
            f"cannot tell the format of {path} from its name; "
            f"pass --{'to' if for_writing else 'from'} with one of: {names}"
        )
    choices = ", ".join(sorted(f.name for f in usable))
    raise FormatError(
        f"{path} could be any of: {choices}; pass --{'to' if for_writing else 'from'} FORMAT"
    )
