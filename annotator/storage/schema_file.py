"""Writing a label schema file: atomically, like every file we own (annotator.storage.fileio)."""

from __future__ import annotations

from pathlib import Path

from annotator.schema import LabelSchema
from annotator.storage.fileio import atomic_write_bytes


def save_schema(schema: LabelSchema, path: str | Path) -> None:
    """Write ``schema`` as TOML (temp file, fsync, rename); SaveError leaves the old file intact."""
    atomic_write_bytes(path, schema.to_toml().encode("utf-8"))
