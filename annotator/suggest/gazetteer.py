"""Gazetteers: UTF-8 TSV lists of ``phrase<TAB>label``, matched Arabic- and clitic-aware.

``#`` starts a comment line, blank lines are allowed, a BOM is skipped; any other line that
is not exactly a phrase and a label is reported as ``file:line: message`` and left out.
All the phrases are folded in one pass (annotator.search.normalize.fold) and kept in a
``PhraseIndex``: 300,000 entries load in well under a second (benchmarks/bench_suggest.py).
"""

from __future__ import annotations

from pathlib import Path

from annotator.errors import InputError, Problem
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
    entries: list[tuple[str, str]] = []
    problems: list[Problem] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        phrase, label = (fields[0].strip(), fields[1].strip()) if len(fields) == 2 else ("", "")
        if len(fields) != 2:
            problems.append(
                Problem(str(path), n, f"expected phrase<TAB>label, got {len(fields)} field(s)")
            )
        elif not phrase or not label:
            problems.append(Problem(str(path), n, f"empty {'phrase' if not phrase else 'label'}"))
        else:
            entries.append((phrase, label))
    index = PhraseIndex(SOURCE)
    index.add_all(entries)
    if not len(index):
        raise InputError(problems or [Problem(str(path), None, "the gazetteer has no entry")])
    return index, problems
