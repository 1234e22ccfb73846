"""The tree's shape, proven rather than hoped for: each core group imports only the groups below it,
storage never imports formats, and no module or class grows past what one person can hold."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

# Lowest first. A module may import its own group and any group listed before it.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("base", ("annotator", "annotator.display", "annotator.errors", "annotator.filekinds")),
    ("app", ("annotator.app",)),
    ("text", ("annotator.text",)),
    (
        "domain",
        (
            "annotator.model",
            "annotator.spans",
            "annotator.slices",
            "annotator.effects",
            "annotator.edits",
            "annotator.suggestion_edits",
            "annotator.span_rules",
            "annotator.history",
            "annotator.schema",
            "annotator.workflow",
        ),
    ),
    ("search", ("annotator.search", "annotator.suggest")),
    ("storage", ("annotator.storage",)),
    ("team", ("annotator.team",)),
    ("formats", ("annotator.formats",)),
    ("commands", ("annotator.commands", "annotator.__main__")),
)
MAX_MODULE_LINES = 420  # "about 400"
MAX_CLASS_LINES = 300


def _layer_of(module: str) -> int:
    best, found = -1, -1
    for rank, (_name, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if prefix == "annotator":
                matches = module == "annotator"
            else:
                matches = module == prefix or module.startswith(prefix + ".")
            if matches and len(prefix) > best:
                best, found = len(prefix), rank
    if found < 0:
        raise AssertionError(f"{module} belongs to no layer: add it to LAYERS in {__file__}")
    return found


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted((REPO / "annotator").rglob("*.py")):
        parts = list(path.relative_to(REPO).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out.append((".".join(parts), path))
    return out


def _imports(path: Path, module: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return [(line, name) for line, name in found if name.split(".")[0] == "annotator"]


def _is_module(name: str) -> bool:
    base = REPO / Path(*name.split("."))
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def test_each_core_group_imports_only_groups_below_it() -> None:
    wrong = []
    for module, path in _modules():
        mine = _layer_of(module)
        for line, name in _imports(path, module):
            if not _is_module(name) or name == "annotator":
                continue
            theirs = _layer_of(name)
            if theirs > mine:
                wrong.append(
                    f"{path.relative_to(REPO)}:{line}: {LAYERS[mine][0]} imports "
                    f"{LAYERS[theirs][0]} ({name})"
                )
    assert not wrong, "\n".join(wrong)


def test_storage_never_imports_formats() -> None:
    for module, path in _modules():
        if module.startswith("annotator.storage"):
            names = [n for _line, n in _imports(path, module)]
            assert not [n for n in names if n.startswith("annotator.formats")], module


def test_no_module_or_class_outgrows_one_reading() -> None:
    too_big = []
    files = [p for _m, p in _modules()] + sorted((REPO / "ui").glob("*.py"))
    for path in files:
        source = path.read_text(encoding="utf-8")
        lines = source.count("\n")
        if lines > MAX_MODULE_LINES:
            too_big.append(f"{path.relative_to(REPO)}: {lines} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                size = node.end_lineno - node.lineno + 1
                if size > MAX_CLASS_LINES:
                    too_big.append(f"{path.relative_to(REPO)}: class {node.name} {size} lines")
    assert not too_big, "\n".join(too_big)
