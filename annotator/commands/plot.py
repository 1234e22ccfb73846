"""``annotator stats FILE --plot OUT.png|OUT.svg``: the team statistics drawn with matplotlib.

The figure itself is built by annotator.team.figures (the window's View > Statistics shows the
same one); this module only writes it. matplotlib is an optional extra
(``pip install 'annotator[plots]'``), imported only when a plot is asked for.
"""

from __future__ import annotations

from pathlib import Path

from annotator.team.figures import FORMATS, PlotError, figure, save, shown
from annotator.team.progress import TeamStats

__all__ = ["FORMATS", "PlotError", "plot", "shown"]


def plot(stats: TeamStats, out: Path, title: str = "") -> None:
    """Draw the six panels to ``out`` (.png or .svg)."""
    if out.suffix.lower() not in FORMATS:
        raise PlotError(f"{out}: the plot is written as .png or .svg")
    save(figure(stats, title), out)
