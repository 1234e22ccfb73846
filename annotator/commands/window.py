"""Opening the window from the ``annotator`` command: its parser and the entry point's launch.

The window is reached only through the entry point group ``annotator.gui`` so the core never
imports Qt (docs/decisions/0001).
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import metadata
from pathlib import Path

from annotator import __version__
from annotator.app.i18n import LANGUAGES
from annotator.commands.terminal import TerminalWriter, report
from annotator.display import escaped

GUI_GROUP = "annotator.gui"
GUI_NAME = "window"
EXIT_OK, EXIT_USAGE = 0, 2


def window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        usage="annotator [--lang LANG] [PATH] | "
        "annotator {validate,stats,convert,search,suggest} ...",
        description="Open the annotation window on PATH (a .jsonl, a .txt or a folder of .txt "
        "files). "
        "Commands: validate, stats, convert, search, suggest (see `annotator COMMAND --help`).",
    )
    parser.add_argument("path", metavar="PATH", nargs="?", type=Path)
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        help="the interface language for this run (default: as chosen in View > Interface "
        "language, else the system's): " + ", ".join(f"{c} ({n})" for c, n in LANGUAGES.items()),
    )
    return parser


def open_window(path: Path | None, err: TerminalWriter, lang: str | None = None) -> int:
    """Start the window through the ``annotator.gui`` entry point; exit 2 saying why if not."""
    if path is not None and not path.exists():
        report(err, f"annotator: {escaped(str(path))}: no such file or folder")
        return EXIT_USAGE
    if no_display():
        report(
            err,
            "annotator: there is no display to open the window on (DISPLAY and "
            "WAYLAND_DISPLAY are unset, e.g. over ssh). Run it in a desktop session, or use "
            "validate, stats and convert, which work in any terminal.",
        )
        return EXIT_USAGE
    found = [ep for ep in metadata.entry_points(group=GUI_GROUP) if ep.name == GUI_NAME]
    if not found:
        report(
            err,
            "annotator: the window is not installed (no 'window' entry point in the "
            "'annotator.gui' group). Reinstall annotator with `pip install annotator`, or use "
            "the commands validate, stats and convert (see `annotator --help`).",
        )
        return EXIT_USAGE
    try:
        run = found[0].load()
    except ImportError as exc:
        missing = getattr(exc, "name", None) or str(exc)
        report(
            err,
            f"annotator: the window cannot start because {missing} cannot be imported "
            f"({exc}). Install the Qt wheel with `pip install PySide6-Essentials`; "
            "validate, stats and convert work without it.",
        )
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - whatever breaks the window's import, say so plainly
        report(
            err,
            f"annotator: the window is not available ({type(exc).__name__}: {exc}); "
            "validate, stats and convert still work (see `annotator --help`).",
        )
        return EXIT_USAGE
    where = str(path) if path is not None else None
    result = run(where, lang=lang) if lang else run(where)
    return int(result) if isinstance(result, int) else EXIT_OK


def no_display() -> bool:
    """On Linux/BSD without X11, Wayland or a chosen Qt platform, Qt would abort the process."""
    if sys.platform in ("win32", "darwin"):
        return False
    env = os.environ
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"))
