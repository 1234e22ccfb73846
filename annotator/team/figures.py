"""The team statistics as one matplotlib figure: what stats --plot writes, View > Statistics shows.

Qt-free and pyplot-free (a ``matplotlib.figure.Figure`` of its own, no global backend), so the
command line and the window draw the same six panels. matplotlib is an optional extra
(``pip install 'annotator[plots]'``), imported only when a figure is asked for; without it,
``PlotError`` says how to install it.

Right-to-left labels and names: matplotlib 3.11 and later lay text out with libraqm (Arabic
letters joined, right-to-left runs ordered), and so does whatever reads an SVG's text; they get
the text as it is. Older matplotlib draws code points left to right in isolated forms: it gets
the text shaped and in visual order (annotator.text.visual), and SVGs carry the glyphs as paths
(their text would be laid out a second time by the viewer). ``shown`` is what matplotlib is
given. The bundled Noto Sans Arabic is registered, after DejaVu Sans (Latin, Hebrew, Arabic).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from annotator.errors import AnnotatorError
from annotator.team.progress import TeamStats
from annotator.text.visual import visual_line

FORMATS = (".png", ".svg")
INSTALL = "pip install 'annotator[plots]' (or pip install matplotlib)"


class PlotError(AnnotatorError):
    """No matplotlib, or an output the plot cannot be written as."""


def lays_out_text() -> bool:
    """Whether matplotlib joins Arabic letters and orders right-to-left text itself (libraqm)."""
    import matplotlib

    return tuple(matplotlib.__version_info__[:2]) >= (3, 11)


def shown(text: str) -> str:
    """What matplotlib must be given to draw ``text`` right (see the module's docstring)."""
    return text if lays_out_text() else visual_line(text)


def load_matplotlib() -> Any:
    """matplotlib, with the bundled Arabic font registered; PlotError saying how to install it."""
    try:
        import matplotlib
        import matplotlib.dates  # registers the converter for the time axis
        from matplotlib import font_manager
    except ImportError:
        raise PlotError(
            f"drawing plots needs matplotlib, which is not installed: {INSTALL}"
        ) from None
    families = []
    try:
        import fontpkg_noto_sans_arabic as pkg

        root = Path(getattr(pkg, "ROOT", Path(pkg.__file__).resolve().parent))
        for path in sorted(root.rglob("*.ttf")):
            font_manager.fontManager.addfont(str(path))
            name = font_manager.FontProperties(fname=str(path)).get_name()
            if name not in families:
                families.append(name)
    except ImportError:
        pass
    matplotlib.rcParams["font.family"] = ["DejaVu Sans", *families]
    # text stays text in an SVG (searchable, checkable) when the viewer may lay it out
    matplotlib.rcParams["svg.fonttype"] = "none" if lays_out_text() else "path"
    return matplotlib


def figure(stats: TeamStats, title: str = "") -> Any:
    """The six panels as a ``matplotlib.figure.Figure`` (PlotError without matplotlib)."""
    load_matplotlib()
    from matplotlib.figure import Figure

    fig = Figure(figsize=(15, 8.5))
    axes = fig.subplots(2, 3)
    _progress(axes[0][0], stats)
    _bars(axes[0][1], "Spans per label", dict(stats.spans_per_label.most_common(20)), "spans")
    _histogram(axes[0][2], stats)
    names = sorted(stats.annotators)
    _bars(
        axes[1][0],
        "Documents last changed / spans made",
        {n: stats.annotators[n].documents for n in names},
        "documents",
        second={n: stats.annotators[n].spans for n in names},
    )
    pace = {n: stats.annotators[n].pace or 0.0 for n in names}
    _bars(axes[1][1], "Pace (documents per active hour)", pace, "documents / hour")
    agreement = {k: v for k, v in stats.agreement_f1().items() if v is not None}
    if agreement:
        title_a = f"Agreement per label (span F1, {stats.versions_documents} documents)"
        _bars(axes[1][2], title_a, agreement, "F1 exact")
        axes[1][2].set_xlim(0, 1)
    else:
        axes[1][2].set_title("Agreement per label")
        axes[1][2].text(0.5, 0.5, "no documents with several versions", ha="center")
        axes[1][2].set_axis_off()
    fig.suptitle(shown(title) if title else f"{stats.documents} documents")
    fig.tight_layout()
    return fig


def texts(fig: Any) -> list[str]:
    """Every string the figure hands the renderer (titles, tick labels, legends)."""
    from matplotlib.text import Text

    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def save(fig: Any, out: Path) -> None:
    """Write the figure to ``out``, a .png or an .svg."""
    if Path(out).suffix.lower() not in FORMATS:
        raise PlotError(f"{out}: the plot is written as .png or .svg")
    fig.savefig(out)


def png(fig: Any, dpi: float = 100) -> bytes:
    """The figure as PNG bytes (what a window shows)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def _progress(ax: Any, stats: TeamStats) -> None:
    ax.set_title("Documents done over time")
    if not stats.done_at:
        ax.text(0.5, 0.5, "no recorded times yet", ha="center")
        ax.set_axis_off()
        return
    times = [t for t, _who in stats.done_at]
    ax.step(times, range(1, len(times) + 1), where="post", label="all")
    for name in sorted({who for _t, who in stats.done_at}):
        mine = [t for t, who in stats.done_at if who == name]
        ax.step(mine, range(1, len(mine) + 1), where="post", label=shown(name))
    ax.legend(fontsize="small")
    ax.tick_params(axis="x", labelrotation=30)


def _bars(
    ax: Any,
    title: str,
    values: dict[str, Any],
    unit: str,
    second: dict[str, Any] | None = None,
) -> None:
    ax.set_title(title)
    keys = list(values)
    if not keys:
        ax.text(0.5, 0.5, "nothing yet", ha="center")
        ax.set_axis_off()
        return
    positions = list(range(len(keys)))
    height = 0.4 if second else 0.8
    ax.barh(positions, [values[k] for k in keys], height=height, label=unit)
    if second:
        ax.barh([p + height for p in positions], [second[k] for k in keys], height=height,
                label="spans")  # fmt: skip
        ax.legend(fontsize="small")
    ax.set_yticks(positions, [shown(k) for k in keys])
    ax.invert_yaxis()
    ax.set_xlabel(unit)


def _histogram(ax: Any, stats: TeamStats) -> None:
    ax.set_title("Spans per document")
    counts = stats.spans_per_document
    if not counts:
        ax.set_axis_off()
        return
    ax.hist(counts, bins=range(max(counts) + 2), align="left")
    ax.set_xlabel("spans")
    ax.set_ylabel("documents")
