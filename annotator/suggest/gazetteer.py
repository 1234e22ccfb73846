"""Gazetteers: UTF-8 TSV lists of ``phrase<TAB>label``, matched Arabic- and clitic-aware.

``#`` starts a comment line, blank lines are allowed, a BOM is skipped; any other line that
is not exactly a phrase and a label is reported as ``file:line: message`` and left out.
All the phrases are folded in one pass (annotator.search.normalize.fold) and kept in a
``PhraseIndex``: 300,000 entries load in well under a second (benchmarks/bench_suggest.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from annotator.errors import InputError, Problem
from annotator.search.normalize import fold
from annotator.suggest.phrases import PhraseIndex

__all__ = ["SOURCE", "load_gazetteer"]

SOURCE = "gazetteer"


def load_gazetteer(path: str | Path) -> tuple[PhraseIndex, list[Problem]]:
    """The gazetteer in ``path`` and the problems of its bad lines (which are left out).

    InputError if the file cannot be read, is not UTF-8 or has no entry at all.
    """
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError.single(path, None, f"cannot read the gazetteer: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        where = exc.object[: exc.start].count(b"\n") + 1
        raise InputError.single(path, where, f"not UTF-8 ({exc.reason})") from None
    pairs = _GOOD.findall(text)  # (phrase, label) of every good line, found in C
    problems = [] if len(pairs) == _count_lines(text) else _bad_lines(text, path)
    index = PhraseIndex(SOURCE)
    if pairs:
        folded = fold("\n".join(phrase for phrase, _ in pairs))  # one pass for every phrase
        if "  " in folded or _ODD_SPACE.search(folded):  # words single-spaced: the keys
            folded = _SPACES.sub(" ", folded)
        if folded[:1] == " " or folded[-1:] == " " or "\n " in folded or " \n" in folded:
            folded = _EDGES.sub("", folded)  # a dropped character stood at a phrase's edge
        index.add_lines(folded, [label for _, label in pairs])
    if not len(index):
        raise InputError(problems or [Problem(str(path), None, "the gazetteer has no entry")])
    return index, problems


# phrase TAB label: no other tab, neither empty, not a comment; spaces around each ignored
_GOOD = re.compile(
    r"^[ \t]*([^\s#](?:[^\t\n]*[^\s])?)[ ]*\t[ ]*([^\s](?:[^\t\n]*[^\s])?)[ \r]*$",
    re.MULTILINE,
)
_SPACES = re.compile(r"[^\S\n]+")
_ODD_SPACE = re.compile(r"[^\S \n]")
_EDGES = re.compile(r"^ | $", re.MULTILINE)
_SKIPPED = re.compile(r"^[ \t\r]*(?:#.*)?$", re.MULTILINE)  # blank or comment lines


def _count_lines(text: str) -> int:
    """Lines that must be entries, counted quickly: all but empty and ``#`` lines.

    A line of only spaces, or a comment after spaces, is counted too: then the numbers
    differ and the slow path (_bad_lines) looks at every line, finding no problem there.
    """
    skipped = text.count("\n\n") + text.count("\n#") + text.startswith(("#", "\n"))
    return text.count("\n") + 1 - skipped - text.endswith("\n")


def _bad_lines(text: str, path: Path) -> list[Problem]:
    problems = []
    for n, line in enumerate(text.split("\n"), 1):
        if _GOOD.fullmatch(line) or _SKIPPED.fullmatch(line):
            continue
        fields = line.split("\t")
        if len(fields) != 2:
            message = f"expected phrase<TAB>label, got {len(fields)} field(s)"
        else:
            message = f"empty {'phrase' if not fields[0].strip() else 'label'}"
        problems.append(Problem(str(path), n, message))
    return problems
