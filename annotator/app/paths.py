"""Per-user folders (platformdirs, env overrides for tests), recent files, last-document memory."""

from __future__ import annotations

import os
import shutil
from importlib.resources import files
from pathlib import Path

import platformdirs

from annotator.app.settings import Settings

APP_NAME = "annotator"
DATA_ENV = "ANNOTATOR_DATA_DIR"
CONFIG_ENV = "ANNOTATOR_CONFIG_DIR"
RECENT_LIMIT = 10
SAMPLE_FOLDER = "sample"
SAMPLE_FILE = "sample.jsonl"


def data_dir() -> Path:
    """Where the user's copy of the sample corpus and other app data live."""
    override = os.environ.get(DATA_ENV)
    path = Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Where settings (recent files, last documents, shortcut overrides) are kept."""
    override = os.environ.get(CONFIG_ENV)
    path = Path(override) if override else platformdirs.user_config_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings() -> Settings:
    return Settings(config_dir() / "settings.json")


def bundled_sample_dir() -> Path:
    """The sample corpus shipped in resources/sample (read-only in an installed wheel)."""
    return Path(str(files("annotator.resources") / SAMPLE_FOLDER))


def user_sample_path() -> Path:
    """The user's writable copy of the sample corpus, copied from the bundle on first use."""
    target = data_dir() / SAMPLE_FOLDER
    main = target / SAMPLE_FILE
    if not main.exists():
        target.mkdir(parents=True, exist_ok=True)
        for item in bundled_sample_dir().iterdir():
            if item.is_file() and not (target / item.name).exists():
                shutil.copyfile(item, target / item.name)
    return main


def _key(path: str | Path) -> str:
    return str(Path(path).expanduser().resolve())


def recent_files(store: Settings | None = None) -> list[str]:
    """Recently opened paths, newest first, skipping ones that no longer exist."""
    store = store or settings()
    items = store.get("recent_files", [])
    return [p for p in items if isinstance(p, str) and Path(p).exists()]


def add_recent_file(path: str | Path, store: Settings | None = None) -> list[str]:
    store = store or settings()
    key = _key(path)
    items = [p for p in store.get("recent_files", []) if p != key]
    items.insert(0, key)
    store.set("recent_files", items[:RECENT_LIMIT])
    return items[:RECENT_LIMIT]


def last_document(corpus_path: str | Path, store: Settings | None = None) -> int | None:
    """The document index the user was on when this corpus was last closed."""
    store = store or settings()
    value = store.get("last_document", {}).get(_key(corpus_path))
    return value if isinstance(value, int) and value >= 0 else None


def remember_document(corpus_path: str | Path, index: int, store: Settings | None = None) -> None:
    store = store or settings()
    table = dict(store.get("last_document", {}))
    table[_key(corpus_path)] = int(index)
    store.set("last_document", table)
