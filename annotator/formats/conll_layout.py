"""Detect a CoNLL file's layout: reader settings, separator, tag columns, scheme, document split."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from annotator.errors import InputError
from annotator.formats.conll_tags import POLICIES, SchemeDetector, is_bio_like, normalise_scheme
from annotator.formats.registry import Options
from annotator.formats.streams import TextLine

SPLITS = ("auto", "sentence", "docstart", "file")
DOCSTART = "-DOCSTART-"
_SEP_RE = {"tab": re.compile(r"([ \t]*\t[ \t]*)"), "space": re.compile(r"([ \t]+)")}
_ODD_STARTS = (
    "\n ",
    "\n\t",
    "\n" + DOCSTART,
    "\r ",
    "\r\t",
    "\r" + DOCSTART,
)  # may start a separator line
_EDGES = re.compile(r"([ \t]*)(.*?)([ \t]*)\Z", re.DOTALL)


@dataclass(frozen=True)
class LineLayout:
    """A token line cut into its parts.

    The parts are leading white space, fields, the separators between them, trailing white space.
    """

    head: str
    fields: list[str]
    seps: list[str]
    tail: str

    def join(self) -> str:
        out = [self.head, self.fields[0]]
        for sep, value in zip(self.seps, self.fields[1:]):
            out += [sep, value]
        out.append(self.tail)
        return "".join(out)


def split_line(content: str, mode: str) -> LineLayout:
    """The parts of a token line, split according to ``mode``.

    "tab" splits on TAB (tokens may hold spaces), "space" on any blank run.
    """
    head, body, tail = _EDGES.match(content).groups()  # type: ignore[union-attr]
    pieces = _SEP_RE[mode].split(body)
    return LineLayout(head, pieces[0::2], pieces[1::2], tail)


def fast_fields(content: str, mode: str, sep: str) -> list[str] | None:
    """The fields of a line written canonically, else None.

    Canonically: only ``sep`` between fields, no blanks at the edges.
    """
    parts = content.split(sep)
    if "" in parts:
        return None
    if mode == "space":
        if "\t" in content or (sep != " " and " " in content):
            return None
    elif content[0] == " " or content[-1] == " " or " \t" in content or "\t " in content:
        return None
    return parts


@dataclass
class ReadSettings:
    """Reader options, checked: separator mode, scheme, I- policy, document split, tag columns."""

    sep: str = "auto"
    scheme: str | None = None
    i_start: str = "start"
    split: str = "auto"
    tag_columns: list[int] | None = None
    encoding: str | None = None

    @classmethod
    def from_options(cls, options: Options, path: Path) -> ReadSettings:
        def bad(message: str) -> InputError:
            return InputError.single(path, None, message)

        sep = str(options.get("sep") or "auto").lower()
        sep = {"\t": "tab", "\\t": "tab", " ": "space", "tsv": "tab"}.get(sep, sep)
        if sep not in ("auto", "tab", "space"):
            raise bad(f"unknown separator {options.get('sep')!r}; use tab, space or auto")
        try:
            scheme = normalise_scheme(options.get("scheme"))
        except ValueError as exc:
            raise bad(str(exc)) from None
        i_start = str(options.get("i_start") or "start")
        if i_start not in POLICIES:
            raise bad(f"unknown i_start policy {i_start!r}; use one of: {', '.join(POLICIES)}")
        split = str(options.get("split") or "auto")
        if split not in SPLITS:
            raise bad(f"unknown split {split!r}; use one of: {', '.join(SPLITS)}")
        columns = options.get("tag_columns")
        tag_columns = None
        if columns not in (None, ""):
            try:
                tag_columns = sorted({int(c) for c in str(columns).split(",")})
            except ValueError:
                raise bad(
                    "tag_columns must be column numbers such as 2 or 2,3"
                    f" (the token is column 1), got {columns!r}"
                ) from None
            if not tag_columns or tag_columns[0] < 2:
                raise bad("tag_columns are numbered from 2 (the token is column 1)")
        return cls(sep, scheme, i_start, split, tag_columns, options.get("encoding") or None)


@dataclass
class FileLayout:
    """What the whole file does by default (decided from its first lines)."""

    mode: str  # "tab" or "space"
    sep: str
    columns: int
    eol: str
    layers: list[int]  # file column numbers (the token is 1) read as BIO tag layers
    scheme: str
    i_start: str
    split: str
    first_line: int


def _is_separator_line(content: str) -> bool:
    return not content.strip(" \t") or content.startswith(DOCSTART)


def detect_layout(window: list[TextLine], settings: ReadSettings) -> FileLayout | None:
    """The file's layout from its first lines (majority of token lines).

    None when they hold no token line.
    """
    token_lines = [ln for ln in window if not _is_separator_line(ln.content)]
    if not token_lines:
        return None
    if settings.sep != "auto":
        mode = settings.sep
    else:
        with_tab = sum("\t" in ln.content for ln in token_lines)
        mode = "tab" if with_tab * 2 >= len(token_lines) else "space"
    layouts = {ln.number: split_line(ln.content, mode) for ln in token_lines}
    shapes = Counter((len(lay.fields), lay.seps[0] if lay.seps else "") for lay in layouts.values())
    (columns, sep), _ = max(shapes.items(), key=lambda item: (item[0][0] > 1, item[1]))
    sep = sep or ("\t" if mode == "tab" else " ")
    columns = max(2, columns)
    first = next(
        (ln for ln in token_lines if len(layouts[ln.number].fields) == columns), token_lines[0]
    )
    eol = window[0].ending or "\n"
    bio = [0] * columns
    seen = [0] * columns
    for lay in layouts.values():
        if len(lay.fields) == columns:
            for j in range(1, columns):
                seen[j] += 1
                bio[j] += is_bio_like(lay.fields[j])
    if settings.tag_columns:
        layers = [c for c in settings.tag_columns if c <= columns]
    else:
        layers = [j + 1 for j in range(1, columns) if seen[j] and bio[j] * 10 >= seen[j] * 9]
    if not layers:
        layers = [columns]  # the tag is the last column, even when its values look odd
    detector = SchemeDetector()
    sentence: list[list[str]] = []
    for line in [*window, None]:
        found = layouts.get(line.number) if line is not None else None
        if found is None:
            for layer in layers:
                detector.feed([fields[layer - 1] for fields in sentence])
            sentence = []
        elif len(found.fields) == columns:
            sentence.append(found.fields)
    scheme = settings.scheme or detector.scheme()
    i_start = "start" if scheme == "IOB1" else settings.i_start
    split = settings.split
    if split == "auto":
        opening = next((ln for ln in window if ln.content.strip(" \t")), first)
        split = "docstart" if opening.content.startswith(DOCSTART) else "sentence"
    return FileLayout(mode, sep, columns, eol, layers, scheme, i_start, split, first.number)
