"""The core never imports Qt or the UI.

Proven by importing every module with those imports made to fail.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import annotator
from tests.conftest import REPO

FORBIDDEN = ("PySide6", "shiboken6", "ui")
CORE = Path(annotator.__file__).resolve().parent

BLOCKER = """
import importlib.abc, pkgutil, sys, traceback
FORBIDDEN = {forbidden!r}
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in FORBIDDEN:
            raise ImportError(f"the core imported {{name}}")
        return None
for name in list(sys.modules):
    if name.split(".")[0] in FORBIDDEN:
        del sys.modules[name]
sys.meta_path.insert(0, Block())
import annotator
failed = []
count = 0
for info in pkgutil.walk_packages(annotator.__path__, "annotator."):
    if info.name.endswith(".__main__"):
        continue  # running it starts the command; the static scan covers it
    count += 1
    try:
        __import__(info.name)
    except Exception:
        failed.append(info.name + ": " + traceback.format_exc(limit=3))
leaked = sorted(n for n in sys.modules if n.split(".")[0] in FORBIDDEN)
print(count)
if failed or leaked:
    print("\\n".join(failed), leaked)
    sys.exit(1)
"""


def core_modules() -> list[str]:
    return [
        info.name
        for info in pkgutil.walk_packages(annotator.__path__, "annotator.")
        if not info.name.endswith(".__main__")
    ]


def test_every_core_module_imports_without_qt_or_ui() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER.format(forbidden=FORBIDDEN)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert int(result.stdout.split()[0]) == len(core_modules()) >= 5


def test_blocker_really_blocks() -> None:
    """The check above would catch a core module that imports Qt."""
    probe = BLOCKER.format(forbidden=FORBIDDEN).replace(
        "import annotator\n", "import annotator\nimport PySide6\n", 1
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0 and "the core imported PySide6" in result.stderr


def imported_names(tree: ast.AST) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.append((node.lineno, node.module))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, (ast.Attribute, ast.Name))
            and getattr(node.func, "attr", getattr(node.func, "id", ""))
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            out.append((node.lineno, node.args[0].value))
    return out


def test_static_scan_finds_no_forbidden_import() -> None:
    offenders = []
    files = sorted(CORE.rglob("*.py"))
    assert files
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, name in imported_names(tree):
            if name.split(".")[0] in FORBIDDEN:
                offenders.append(f"{path.relative_to(CORE.parent)}:{line}: imports {name}")
    assert offenders == []


def test_static_scan_would_catch_an_offender() -> None:
    tree = ast.parse(
        "import os\nfrom PySide6.QtGui import QFont\nimportlib.import_module('ui.app')\n"
    )
    assert [n for _, n in imported_names(tree) if n.split(".")[0] in FORBIDDEN] == [
        "PySide6.QtGui",
        "ui.app",
    ]
