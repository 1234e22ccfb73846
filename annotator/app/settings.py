"""User settings: one JSON file in the config folder, written atomically so no crash corrupts it."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


class Settings:
    """A small JSON key/value store.

    An unreadable file is set aside (``.bad``) and defaults are used.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._data: dict[str, Any] = self._load()

    def _load(self) -> dict[str, Any]:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError:
            return {}
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            try:
                os.replace(self.path, self.path.with_suffix(self.path.suffix + ".bad"))
            except OSError:
                pass
            return {}
        return data

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` (JSON-serialisable) and write the file at once."""
        self._data[key] = value
        self._write()

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(self._data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
