"""Errors the core raises: each carries plain messages naming the file, the line and the problem."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from annotator.display import escaped


@dataclass(frozen=True)
class Problem:
    """One problem found in an input file; line is 1-based (0 or None when not tied to a line)."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        """One line whatever the file name or message holds (annotator.display.escaped)."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        return escaped(f"{where}: {self.message}")


class AnnotatorError(Exception):
    """Base class: every error the core raises is one of these and prints as a plain message."""


class InputError(AnnotatorError):
    """A file could not be read completely; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem] | Problem, *, more: int = 0) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        self.more = more  # problems not listed (cap on how many are collected)
        super().__init__(self._text())

    def _text(self) -> str:
        lines = [str(p) for p in self.problems[:20]]
        hidden = len(self.problems) - len(lines) + self.more
        if hidden > 0:
            lines.append(f"... and {hidden} more problem(s)")
        return "\n".join(lines)

    @classmethod
    def single(cls, path: str | Path, line: int | None, message: str) -> InputError:
        return cls(Problem(str(path), line, message))


class SpanError(AnnotatorError, ValueError):
    """A span is invalid (offsets reversed, out of range, not integers, empty label)."""


class SchemaError(AnnotatorError):
    """A label schema is invalid (duplicate names or hotkeys, bad colour, bad TOML)."""


class SaveError(AnnotatorError):
    """Saving failed; the previous file on disk is intact."""


class LockedError(AnnotatorError):
    """Another live process holds the file open for writing."""


class LockFileError(LockedError):
    """The lock file itself cannot be made or used (a symlink, a FIFO, a folder refusing it)."""


class ReadOnlyError(SaveError):
    """The corpus is open read-only (asked for, or the file or its folder is not writable)."""


class ChangedOnDiskError(SaveError):
    """The file changed on disk since it was read; saving would overwrite someone else's work."""
