"""``--jobs N|auto``, the option of validate, stats and convert; kept light (every `annotator`
start builds the parser): the work in pieces is in commands/jobs.py, imported when used."""

from __future__ import annotations

import argparse

from annotator.formats import parallel


def add_jobs_option(parser: argparse.ArgumentParser) -> None:
    """``--jobs N|auto`` for validate, stats and convert."""
    parser.add_argument(
        "--jobs",
        "-j",
        metavar="N",
        type=_jobs,
        default=1,
        help="processes reading a big UTF-8 file in pieces (default 1; auto: one per CPU for "
        "files over 32 MB); the output is the same for every N",
    )


def _jobs(text: str) -> int:
    try:
        return parallel.parse_jobs(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
