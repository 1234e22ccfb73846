"""The ``annotator.gui`` entry point: check that Qt can start here, then start the window.

Nothing here imports Qt at module level: a machine that lacks a library Qt's platform plugin
needs gets one plain message naming the package to install (ui/platform_check.py), not Qt's
abort.
"""

from __future__ import annotations

import os
import sys

from annotator.display import escaped
from ui import platform_check

EXIT_CANNOT_START = 2


def run(path: str | None = None, lang: str | None = None) -> int:
    """Entry point of `annotator [--lang LANG] [PATH]`."""
    platform, problem = platform_check.check()
    if problem is not None:
        sys.stderr.write(f"annotator: {escaped(problem)}\n")
        return EXIT_CANNOT_START
    if platform is not None:
        os.environ["QT_QPA_PLATFORM"] = platform
    try:
        from ui.app import run as run_window
    except ImportError as exc:
        missing = exc.name or str(exc)
        sys.stderr.write(
            f"annotator: the window cannot start because {escaped(missing)} cannot be imported "
            f"({escaped(str(exc))}). Install the Qt wheel with `pip install PySide6-Essentials`; "
            "validate, stats and convert work without it.\n"
        )
        return EXIT_CANNOT_START
    return run_window(path, lang)
