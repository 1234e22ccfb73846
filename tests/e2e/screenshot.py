"""Take docs/screenshot.png: the window on the labelled sample article, in a real X window (Xvfb).

Run: `.venv/bin/python tests/e2e/screenshot.py [--lang ar] [--out PATH]`. Starts its own Xvfb
when DISPLAY is unset. ``--lang ar`` takes docs/screenshot-ar.png: the interface in Arabic.
The article is copied to a temporary folder; spans are added through Corpus.apply.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ARTICLE = REPO.parent / "shared" / "samples" / "article-ar.txt"

# (text to find, occurrence, label, (trim left, trim right)) — trims make mid-word spans
SPANS: list[tuple[str, int, str, tuple[int, int]]] = [
    ("عبد اللطيف الوديي", 0, "PERS", (0, 0)),
    ("الجيش الإسرائيلي", 0, "ORG", (0, 0)),
    ("بلخير الفاروق", 0, "PERS", (0, 0)),
    ("ابراهيم حسني", 0, "PERS", (0, 0)),
    ("Morocco", 0, "LOC", (0, 0)),
    ("IDF", 0, "ORG", (0, 0)),
    ("Emanuel (Mannie) Fabian", 0, "PERS", (0, 0)),
    ("ران كوخاف", 0, "PERS", (0, 0)),
    ("Ynet TV", 0, "ORG", (0, 0)),
    ("المغرب", 1, "LOC", (0, 0)),
    ("محمد الخامس", 0, "PERS", (0, 0)),
    ("والمغرب", 0, "LOC", (1, 0)),  # mid-word: the conjunction و left out
    ("الرباط", 0, "LOC", (0, 0)),
    ("اتفاقات إبراهيم", 0, "MISC", (0, 0)),
]


def start_xvfb(size: str = "1600x1000x24") -> tuple[subprocess.Popen[bytes], str] | None:
    """Start Xvfb on a free display; (process, ":N") or None when Xvfb is not installed or fails."""
    exe = shutil.which("Xvfb")
    if exe is None:
        return None
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [exe, "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    deadline = time.monotonic() + 10
    data = b""
    with os.fdopen(read_fd, "rb") as pipe:
        while time.monotonic() < deadline and not data.endswith(b"\n"):
            chunk = pipe.read(1)
            if not chunk:
                break
            data += chunk
    if not data.strip():
        proc.kill()
        proc.wait()
        return None
    return proc, f":{data.decode().strip()}"


def annotate(corpus: object, text: str) -> None:
    from annotator.model import Span
    from annotator.span_rules import add_span

    doc = corpus[0]  # type: ignore[index]
    for needle, occurrence, label, (left, right) in SPANS:
        pos = -1
        for _ in range(occurrence + 1):
            pos = text.index(needle, pos + 1)
        span = Span(pos + left, pos + len(needle) - right, label)
        corpus.apply(0, add_span(doc, span, allow_overlap=False))  # type: ignore[attr-defined]


def take(out: Path, lang: str = "en") -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from annotator.storage.corpus import Corpus
    from ui.app import make_application
    from ui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    from ui import i18n

    i18n.install(app, lang)
    work = Path(tempfile.mkdtemp(prefix="annotator-shot-"))
    os.environ.setdefault("ANNOTATOR_DATA_DIR", str(work / "data"))
    os.environ.setdefault("ANNOTATOR_CONFIG_DIR", str(work / "config"))
    article = work / "article-ar.txt"
    shutil.copyfile(ARTICLE, article)
    text = article.read_text(encoding="utf-8")
    corpus = Corpus.open(article)
    annotate(corpus, text)
    from annotator.app import paths
    from ui import tips

    paths.settings().set(tips.SETTINGS_KEY, True)  # the picture shows the text, not the tips
    window = MainWindow(corpus)
    window.resize(1500, 940)
    window.show()
    window.activateWindow()
    mid_word = text.index("المغرب", text.index("المغرب") + 1)  # inside المغربية
    window.jump_to_span(next(s for s in window.doc.spans if s.start == mid_word))
    shots = []

    def grab() -> None:
        shots.append(window.screen().grabWindow(window.winId()))  # what the X server shows
        app.quit()

    QTimer.singleShot(2000, grab)
    app.exec()
    image = shots[0]
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = image.save(str(out), "PNG")
    window.close()
    QApplication.processEvents()
    print(f"{'saved' if ok else 'FAILED to save'} {out} ({image.width()}x{image.height()})")
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--lang", default="en", help="interface language: en, ar, fa, he")
    args = parser.parse_args()
    if args.out is None:
        name = "screenshot.png" if args.lang == "en" else f"screenshot-{args.lang}.png"
        args.out = REPO / "docs" / name
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return take(args.out, args.lang)
    started = start_xvfb()
    if started is None:
        print(
            "Xvfb is not available; install it (apt-get install xvfb) or set DISPLAY",
            file=sys.stderr,
        )
        return 2
    proc, display = started
    try:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        return subprocess.run(
            [sys.executable, __file__, "--out", str(args.out), "--lang", args.lang],
            env=env,
            check=False,
        ).returncode
    finally:
        proc.terminate()
        proc.wait()


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    raise SystemExit(main())
