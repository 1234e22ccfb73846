"""Shared test setup: Qt offscreen, per-test data folders, paths to the shared samples."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
ARTICLE = SHARED / "samples" / "article-ar.txt"
DATA = SHARED / "data"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point the per-user data and config folders at a temporary folder: tests never touch $HOME."""
    base = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("ANNOTATOR_CONFIG_DIR", str(base / "config"))


@pytest.fixture
def article_path() -> Path:
    if not ARTICLE.exists():
        pytest.fail(f"{ARTICLE} is missing: CI must have ../shared beside the checkout")
    return ARTICLE


@pytest.fixture
def article_text(article_path: Path) -> str:
    with open(article_path, encoding="utf-8", newline="") as f:
        return f.read()
