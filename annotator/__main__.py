"""``python -m annotator``: the same command as the ``annotator`` console script."""

from __future__ import annotations

from annotator.commands.cli import main

raise SystemExit(main())
