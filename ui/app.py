"""Start the window: QApplication, bundled font, dialogs instead of tracebacks, open a corpus."""

from __future__ import annotations

import logging
import signal
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from annotator.app import paths
from annotator.storage.corpus import Corpus

log = logging.getLogger("annotator")


def log_file() -> Path:
    return paths.data_dir() / "annotator.log"


def setup_logging() -> None:
    """Log to a file in the data folder: the place error dialogs point to."""
    if any(isinstance(h, logging.FileHandler) for h in log.handlers):
        return
    try:
        handler = logging.FileHandler(log_file(), encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def install_excepthook() -> None:
    """Unexpected errors are logged with their traceback and shown in a dialog, never printed."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        from ui.dialogs import explain

        what, todo = explain(exc)
        box = QMessageBox(
            QMessageBox.Icon.Critical, "annotator", what, QMessageBox.StandardButton.Ok
        )
        box.setInformativeText(
            QCoreApplication.translate("App", "{todo}\n\nDetails are in {log}.").format(
                todo=todo, log=log_file()
            )
        )
        box.exec()

    sys.excepthook = hook


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the bundled Arabic font first in the families."""
    from ui import fonts

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("annotator")
    app.setOrganizationName("annotator")
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    fonts.apply_application_font(app)
    return app


def open_initial(path: str | None) -> tuple[Corpus, str]:
    """Open ``path`` (or the user's copy of the bundled sample); returns (corpus, problem or "")."""
    from ui.dialogs import explain

    problem = ""
    if path:
        try:
            return Corpus.open(Path(path)), ""
        except Exception as exc:  # noqa: BLE001 - said in a dialog; the sample opens instead
            what, todo = explain(exc)
            problem = QCoreApplication.translate(
                "App", "Could not open {path}.\n{what}\n{todo}"
            ).format(path=path, what=what, todo=todo)
            log.warning("could not open %s: %s", path, exc)
    return Corpus.open(paths.user_sample_path()), problem


def close_on_signals(window: QWidget) -> QTimer:
    """Ctrl+C (SIGINT) or SIGTERM close the window as its close button does: saved, lock released.

    Python runs signal handlers only between bytecodes, and Qt's event loop is C++: a timer
    hands control back to the interpreter a few times a second so the handler can run.
    """

    def close(_signum: int, _frame: object) -> None:
        window.close()

    signal.signal(signal.SIGINT, close)
    signal.signal(signal.SIGTERM, close)
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)
    wake.start(200)
    return wake


def run(path: str | None = None, lang: str | None = None) -> int:
    """Entry point of `annotator [PATH]`: show the window and run until it closes.

    ``lang`` (--lang) overrides the interface language chosen in settings or by the system."""
    setup_logging()
    app = make_application()
    from ui import i18n

    i18n.install(app, i18n.chosen_language(paths.settings(), lang))
    install_excepthook()
    from ui.dialogs import show_error
    from ui.main_window import MainWindow

    try:
        corpus, problem = open_initial(path)
    except Exception as exc:  # noqa: BLE001 - any failure to open the sample is a dialog
        show_error(None, QCoreApplication.translate("App", "Could not open the sample corpus"), exc)
        return 1
    window = MainWindow(corpus)
    close_on_signals(window)
    window.show()
    QTimer.singleShot(0, window.team.ask_name_on_first_start)  # once, over the shown window
    if problem:
        QMessageBox.warning(window, "Could not open the file", problem)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1] if len(sys.argv) > 1 else None))
