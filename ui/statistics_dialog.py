"""View > Statistics…: the figures of ``annotator stats --plot`` for the open corpus, in the window.

The numbers are counted in slices (annotator.team.progress.StatsRun, ui/slices.py) with a
progress bar and Cancel; the figure is the core's (annotator.team.figures: matplotlib, labels
and names shaped and in reading order) rendered to an image here, and "Save as…" writes it as
PNG or SVG. matplotlib is the optional extra ``plots``: without it the dialog says how to
install it and shows the numbers as text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.app.i18n import QT_TRANSLATE_NOOP
from annotator.display import isolated
from annotator.storage.corpus import Corpus
from annotator.team import figures
from annotator.team.figures import PlotError
from annotator.team.progress import StatsRun, TeamStats
from ui import dialogs, shown
from ui.models import status_text
from ui.slices import SlicedRun

FIT_DELAY_MS = 150  # after the last resize, the figure is drawn again at the new size
SAVE_FILTERS = {  # translated where shown
    QT_TRANSLATE_NOOP("StatisticsDialog", "PNG image (*.png)"): ".png",
    QT_TRANSLATE_NOOP("StatisticsDialog", "SVG drawing (*.svg)"): ".svg",
}


def _name(text: str) -> str:
    """A label or a name inside an English line: controls visible, its direction isolated (an
    Arabic name first in the line would turn the whole line right to left)."""
    return isolated(shown.name(text))


def summary(stats: TeamStats) -> str:
    """The numbers behind the plots, as plain text (names escaped and isolated)."""
    statuses = ", ".join(f"{status_text(k)} {v}" for k, v in sorted(stats.by_status.items()))
    spans = sum(stats.spans_per_label.values())
    lines = [
        QCoreApplication.translate(
            "StatisticsDialog", "{documents} documents ({statuses}), {spans} spans"
        ).format(
            documents=stats.documents,
            statuses=statuses or QCoreApplication.translate("StatisticsDialog", "none"),
            spans=spans,
        )
    ]
    top = ", ".join(f"{_name(k)}: {v}" for k, v in stats.spans_per_label.most_common(8))
    if top:
        lines.append(
            QCoreApplication.translate("StatisticsDialog", "Spans per label: {top}").format(top=top)
        )
    for name in sorted(stats.annotators):
        work = stats.annotators[name]
        pace = (
            QCoreApplication.translate(
                "StatisticsDialog", "{pace} documents per active hour"
            ).format(pace=f"{work.pace:.1f}")
            if work.pace
            else QCoreApplication.translate("StatisticsDialog", "no recorded times")
        )
        lines.append(
            QCoreApplication.translate(
                "StatisticsDialog",
                "Annotator {name}: last changed {documents} documents, made {spans} spans, {pace}",
            ).format(name=_name(name), documents=work.documents, spans=work.spans, pace=pace)
        )
    if stats.versions_documents:
        lines.append(
            QCoreApplication.translate(
                "StatisticsDialog", "{count} document(s) keep several annotators' versions"
            ).format(count=stats.versions_documents)
        )
    return "\n".join(lines)


class StatisticsDialog(QDialog):
    """Non-modal; ``refresh`` counts again (the corpus may have changed since)."""

    computed = Signal()  # the numbers (and, with matplotlib, the figure) are shown

    def __init__(self, parent: QWidget, corpus: Corpus) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("StatisticsDialog", "Statistics"))
        self.setObjectName("statistics")
        self.corpus = corpus
        self.run: StatsRun | None = None
        self.stats: TeamStats | None = None
        self.figure: Any = None
        self._fit_timer = QTimer(self, singleShot=True, interval=FIT_DELAY_MS)
        self._fit_timer.timeout.connect(self._show_figure)  # drawn again to the new size
        self.runner = SlicedRun(self)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished.connect(self._counted)
        self.runner.failed.connect(self._failed)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.image)
        self.scroller.setWidgetResizable(True)
        self.progress = QProgressBar()
        self.progress.setFormat(
            QCoreApplication.translate("StatisticsDialog", "Reading %v / %m documents")
        )
        self.cancel_button = QPushButton(QCoreApplication.translate("StatisticsDialog", "Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.refresh_button = QPushButton(
            QCoreApplication.translate("StatisticsDialog", "Count again")
        )
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)
        self.save_button = QPushButton(QCoreApplication.translate("StatisticsDialog", "Save as…"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_dialog)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        row.addWidget(self.refresh_button)
        row.addWidget(self.save_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(1180, 820)
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.refresh_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy and self.figure is not None)

    def refresh(self) -> None:
        """Count every document of the corpus again, then draw."""
        self.runner.cancel()
        corpus = self.corpus
        self.run = StatsRun(corpus.__getitem__, len(corpus))
        self.progress.setRange(0, max(1, len(corpus)))
        self.progress.setValue(0)
        self._busy(True)
        self.runner.start(self.run)

    def cancel(self) -> None:
        """Stop counting: what is shown stays as it was."""
        if self.runner.running:
            self.runner.cancel()
            self.run = None
            if self.stats is None:
                self.text.setText(
                    QCoreApplication.translate(
                        "StatisticsDialog",
                        "Cancelled: nothing counted. Count again to see the figures.",
                    )
                )
        self._busy(False)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def _counted(self) -> None:
        run, self.run = self.run, None
        if run is None:
            return
        self.stats = stats = run.stats
        text = summary(stats)
        if run.skipped:
            said = QCoreApplication.translate(
                "StatisticsDialog", "{count} document(s) could not be read: {first}"
            ).format(count=len(run.skipped), first=run.skipped[0])
            text += "\n" + shown.message(said)
        title = QCoreApplication.translate("StatisticsDialog", "{name}: {count} documents").format(
            name=self.corpus.path.name, count=stats.documents
        )
        try:
            self.figure = figures.figure(stats, title)
        except PlotError as exc:
            self.figure = None
            self.image.setPixmap(QPixmap())
            self.image.setText(shown.message(str(exc)))
        else:
            self.image.setText(QCoreApplication.translate("StatisticsDialog", "Drawing…"))
            self._fit_timer.start()  # once the numbers above have taken their room
        self.text.setText(text)
        self._busy(False)
        self.computed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.figure is not None:
            self._fit_timer.start()

    def _show_figure(self) -> None:
        """The figure as an image that fits the space it has (scrolled when that is too small)."""
        if self.figure is None:
            return
        ratio = self.devicePixelRatioF()
        viewport = self.scroller.viewport()
        width, height = self.figure.get_size_inches()
        dpi = max(40.0, min((viewport.width() - 4) / width, (viewport.height() - 4) / height))
        pixmap = QPixmap()
        pixmap.loadFromData(figures.png(self.figure, dpi=dpi * ratio), "PNG")
        pixmap.setDevicePixelRatio(ratio)
        self.image.setText("")
        self.image.setPixmap(pixmap)

    def _failed(self, exc: BaseException) -> None:
        self.run = None
        self._busy(False)
        dialogs.show_error(
            self,
            QCoreApplication.translate("StatisticsDialog", "The statistics could not be counted"),
            exc,
        )

    def save_dialog(self) -> None:
        """Save as…: the figure as a PNG image or an SVG drawing (text kept as text)."""
        if self.figure is None:
            return
        suggestion = str(Path(self.corpus.path).with_suffix("")) + "-statistics.png"
        filters = {
            QCoreApplication.translate("StatisticsDialog", k): v for k, v in SAVE_FILTERS.items()
        }
        name, chosen = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("StatisticsDialog", "Save the statistics"),
            suggestion,
            ";;".join(filters),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in figures.FORMATS:
            path = path.with_name(path.name + filters.get(chosen, ".png"))
        try:
            figures.save(self.figure, path)
        except (PlotError, OSError, ValueError) as exc:
            dialogs.show_error(
                self,
                QCoreApplication.translate("StatisticsDialog", "The statistics could not be saved"),
                exc,
            )
            return
        self.text.setText(
            self.text.text()
            + "\n"
            + shown.message(
                QCoreApplication.translate("StatisticsDialog", "Saved {path}").format(path=path)
            )
        )

    def done(self, result: int) -> None:
        self.cancel()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)
