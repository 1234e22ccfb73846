"""annotator: the Qt-free core of an offline span annotation tool for right-to-left text."""

from __future__ import annotations

__version__ = "0.1.0"
