"""The interface in Arabic, Persian and Hebrew: every string translated, the layout mirrored, the
document view unaffected, the language chosen by --lang, settings or the system.

When a test here fails after new strings were added to ui/: run
`python -m ui.i18n_tools update`, translate the new entries of resources/i18n/*.ts,
then `python -m ui.i18n_tools compile` (README "Translating").
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QTreeView,
    QWidget,
)

from annotator.app import paths
from annotator.app.actions import ACTIONS, normalize_key
from annotator.app.i18n import LANGUAGES, language_from_locale, parse_language
from annotator.commands import cli
from annotator.commands import window as window_command
from tests.ui.test_document_view import make_view
from tests.ui.test_main_window import open_window
from ui import i18n, i18n_tools

needs_tools = pytest.mark.skipif(
    not (
        shutil.which("pyside6-lupdate")
        or (Path(i18n_tools.sys.executable).parent / "pyside6-lupdate").exists()
    ),
    reason="pyside6-lupdate (PySide6's translation tools) is not installed",
)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    """Install a language for one test; English (no translators, left to right) afterwards."""

    def use(code: str) -> list[str]:
        return i18n.install(qapp, code)

    yield use
    i18n.install(qapp, "en")


def english_sources() -> set[str]:
    """Every English string the .ts files hold (anything not among them is data or a key)."""
    import xml.etree.ElementTree as ET

    ts = i18n_tools.TS_FOLDER / "annotator_ar.ts"
    return {m.findtext("source") or "" for m in ET.parse(ts).getroot().iter("message")}


def shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """(what, text) of every menu, action, tooltip, status tip, dock title, button, label,
    placeholder, combo item and table header of ``window`` (a window or a dialog)."""
    found: list[tuple[str, str]] = [("title", window.windowTitle())]
    for menu in window.findChildren(QMenu):
        found.append((f"menu {menu.objectName()}", menu.title()))
    for action in window.findChildren(QAction):
        name = action.objectName() or action.text()
        found += [(f"action {name}", action.text()), (f"status tip {name}", action.statusTip())]
        if action.toolTip() != action.text().replace("&", ""):
            found.append((f"tooltip {name}", action.toolTip().split(" (")[0]))
    for dock in window.findChildren(QDockWidget):
        found.append(("dock", dock.windowTitle()))
    for button in window.findChildren(QAbstractButton):
        found += [("button", button.text()), ("button tooltip", button.toolTip())]
    for line in window.findChildren(QLineEdit):
        found.append(("placeholder", line.placeholderText()))
    for box in window.findChildren(QComboBox):
        found += [("combo item", box.itemText(i)) for i in range(box.count())]
    for label in window.findChildren(QLabel):
        found.append(("label", label.text()))
    for table in window.findChildren(QTableView) + window.findChildren(QTreeView):
        header = table.horizontalHeader() if isinstance(table, QTableView) else table.header()
        model, horizontal = table.model(), Qt.Orientation.Horizontal
        found += [("header", str(model.headerData(c, horizontal))) for c in range(header.count())]
    return [(what, text) for what, text in found if text]


# -- the .ts and .qm files --------------------------------------------------------------------


def test_generated_action_strings_are_up_to_date() -> None:
    """ui/action_strings.py (what lupdate reads of the core's action table) matches the table."""
    on_disk = i18n_tools.ACTION_STRINGS.read_text(encoding="utf-8")
    assert on_disk == i18n_tools.action_strings_source(), "run python -m ui.i18n_tools update"
    for spec in ACTIONS:
        assert spec.title in i18n_tools.action_strings()


@needs_tools
def test_every_string_has_an_arabic_translation(tmp_path: Path) -> None:
    """lupdate over today's sources into a copy of each .ts: Arabic lacks nothing; Persian and
    Hebrew lack nothing in the menus and actions."""
    copies = []
    for lang in i18n_tools.TRANSLATED:
        copy = tmp_path / f"annotator_{lang}.ts"
        shutil.copy(i18n_tools.TS_FOLDER / copy.name, copy)
        copies.append(copy)
    i18n_tools.run_lupdate(copies)
    by_lang = {c.stem.rsplit("_", 1)[1]: i18n_tools.missing(c) for c in copies}
    assert by_lang["ar"] == [], f"{len(by_lang['ar'])} without Arabic: {by_lang['ar'][:10]}"
    for lang in ("fa", "he"):
        menus = [m for m in by_lang[lang] if m[0] in ("Actions", "LanguageMenu", "MainWindow")]
        assert menus == [], f"{lang}: {menus[:10]}"


@needs_tools
def test_shipped_qm_files_are_compiled_from_the_ts_files(tmp_path: Path) -> None:
    for lang in i18n_tools.TRANSLATED:
        ts = i18n_tools.TS_FOLDER / f"annotator_{lang}.ts"
        fresh = tmp_path / f"annotator_{lang}.qm"
        i18n_tools.compile_ts(ts, fresh)
        shipped = ts.with_suffix(".qm")
        assert shipped.read_bytes() == fresh.read_bytes(), "run python -m ui.i18n_tools compile"


def test_placeholders_survive_translation() -> None:
    """A translation keeps exactly the {fields} of its source (else .format() would raise)."""
    import re
    import xml.etree.ElementTree as ET

    for lang in i18n_tools.TRANSLATED:
        ts = i18n_tools.TS_FOLDER / f"annotator_{lang}.ts"
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.findtext("translation") or ""
            if not translation:
                continue
            fields = re.findall(r"\{\w*\}", message.findtext("source") or "")
            assert sorted(fields) == sorted(re.findall(r"\{\w*\}", translation)), translation


# -- a real window in Arabic, Persian, Hebrew -------------------------------------------------


def test_arabic_window_is_mirrored_and_every_text_is_arabic(
    qtbot, tmp_path: Path, article_path: Path, language
) -> None:
    loaded = language("ar")
    assert any(p.endswith("annotator_ar.qm") for p in loaded)
    assert any(p.endswith("qtbase_ar.qm") for p in loaded), loaded  # Qt's own dialogs too
    article = tmp_path / "article-ar.txt"
    shutil.copyfile(article_path, article)
    window = open_window(qtbot, article)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.labels_panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # the docks swap sides: the documents list is at the start (right), labels at the end
    assert window.docks["Documents"].x() > window.docks["Labels"].x()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:3] == ["&ملف", "&تحرير", "م&قطع"], titles
    english = english_sources()
    allowed = set(LANGUAGES.values()) | {"#"}
    untranslated = [
        (what, text)
        for what, text in shown_texts(window)
        if text in english and text not in allowed and not text.startswith("Ctrl+")
    ]
    assert untranslated == []
    # key names are not translated: every action keeps the registry's keys
    portable = QKeySequence.SequenceFormat.PortableText
    for spec in ACTIONS:
        action = window.actions_by_id.get(spec.id)
        if action is not None:
            keys = [normalize_key(k.toString(portable)) for k in action.shortcuts()]
            assert keys == [normalize_key(k) for k in spec.keys], spec.id
    # a Qt dialog's own buttons come from qtbase_ar.qm
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    cancel = box.button(QMessageBox.StandardButton.Cancel).text()
    assert cancel.replace("&", "") in ("ألغِ", "إلغاء"), cancel


def test_arabic_dialogs(qtbot, tmp_path: Path, article_path: Path, language) -> None:
    """Every dialog of the window, opened in Arabic, shows no English source string."""
    from ui.about import AboutDialog
    from ui.adjudicate_dialog import AdjudicateDialog
    from ui.agreement_dialog import AgreementDialog
    from ui.annotator_name import NameDialog
    from ui.dialogs import ShortcutsDialog
    from ui.reading_font import FontDialog
    from ui.schema_editor import SchemaEditor
    from ui.shortcut_editor import ShortcutEditor
    from ui.statistics_dialog import StatisticsDialog

    language("ar")
    article = tmp_path / "article-ar.txt"
    shutil.copyfile(article_path, article)
    window = open_window(qtbot, article)
    labels = list(window.corpus.schema.labels)
    made = [
        AboutDialog(window),
        AdjudicateDialog(window),
        AgreementDialog(window, window.corpus),
        NameDialog(window, "", first=True),
        ShortcutsDialog(window, window.keys, labels),
        FontDialog(window, window.comfort.font),
        SchemaEditor(window, labels, window.keys),
        ShortcutEditor(window, window.keys, {}),
        StatisticsDialog(window, window.corpus),
    ]
    english = english_sources()
    for dialog in made:
        qtbot.addWidget(dialog)
        left = [(w, t) for w, t in shown_texts(dialog) if t in english and t != "#"]
        assert left == [], type(dialog).__name__


@pytest.mark.parametrize(("lang", "file_menu"), [("fa", "&پرونده"), ("he", "&קובץ")])
def test_persian_and_hebrew_menus(qtbot, tmp_path: Path, language, lang, file_menu) -> None:
    language(lang)
    path = tmp_path / "a.txt"
    path.write_text("שלום עולם\n", encoding="utf-8")
    window = open_window(qtbot, path)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menuBar().actions()[0].text() == file_menu
    english = english_sources()
    menus = [
        (what, text)
        for what, text in shown_texts(window)
        if what.startswith(("menu", "action", "status tip", "dock")) and text in english
    ]
    assert [m for m in menus if m[1] not in LANGUAGES.values()] == [], menus


def test_english_is_the_default_and_left_to_right(qtbot, tmp_path: Path, language) -> None:
    assert language("en") == []
    path = tmp_path / "a.txt"
    path.write_text("مرحبا\n", encoding="utf-8")
    window = open_window(qtbot, path)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.docks["Documents"].x() < window.docks["Labels"].x()


# -- the document view is not mirrored --------------------------------------------------------


def test_document_renders_the_same_under_a_right_to_left_interface(
    qtbot, article_text: str, language
) -> None:
    """The paragraphs keep their own direction and alignment; ← and → keep their meaning."""
    QApplication.setCursorFlashTime(0)  # a steady caret: both grabs see it alike
    text = article_text[:3000]
    shots, moves = [], []
    for code in ("en", "ar"):
        language(code)
        view = make_view(qtbot, text, size=(700, 500))
        assert view.layoutDirection() == (
            Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
        )
        start = text.index("بلخير") + 2  # inside an Arabic word of a right-to-left paragraph
        view.set_caret(start)
        qtbot.keyClick(view, Qt.Key.Key_Left)  # left on screen: later in Arabic text
        after_left = view.caret()
        qtbot.keyClick(view, Qt.Key.Key_Right)
        qtbot.keyClick(view, Qt.Key.Key_Right)
        moves.append((after_left, view.caret()))
        point = view.caret_rect(start).center()
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        moves.append((view.caret(),))
        view.set_caret(start)
        view.viewport().repaint()
        shots.append(view.viewport().grab().toImage())
    assert moves[0] == moves[2] and moves[0][0] == start + 1  # ← went on in the Arabic word
    assert moves[1] == moves[3] == (start,)
    assert shots[0].size() == shots[1].size()
    assert shots[0] == shots[1]


# -- choosing the language --------------------------------------------------------------------


def test_language_from_locale_and_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    assert [language_from_locale(n) for n in ("ar_EG", "fa-IR", "he_IL", "iw", "de_DE", "C")] == [
        "ar",
        "fa",
        "he",
        "he",
        "en",
        "en",
    ]
    store = paths.settings()
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("fa_IR"))
    assert i18n.chosen_language(store) == "fa"  # the system's
    store.set(i18n.SETTINGS_KEY, "he")
    assert i18n.chosen_language(store) == "he"  # settings over the system
    assert i18n.chosen_language(store, "ar") == "ar"  # --lang over settings
    with pytest.raises(ValueError, match="choose one of en, ar, fa, he"):
        parse_language("xx")


def test_interface_language_menu_keeps_the_choice(qtbot, tmp_path: Path, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    path = tmp_path / "a.txt"
    path.write_text("مرحبا\n", encoding="utf-8")
    window = open_window(qtbot, path)
    view_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text() == "&View" and a.menu()
    )
    assert window.language_menu.menuAction() in view_menu.actions()
    names = [a.text() for a in window.language_menu.actions()]
    assert names == ["English", "العربية", "فارسی", "עברית"]
    window.language_menu.entries["ar"].trigger()
    assert paths.settings().get(i18n.SETTINGS_KEY) == "ar"
    assert said and "العربية" in said[0] and "next starts" in said[0]


def test_lang_option_reaches_the_window(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[tuple[object, ...]] = []

    class EntryPoint:
        name = window_command.GUI_NAME

        def load(self) -> object:
            return lambda path, lang=None: calls.append((path, lang)) and 0

    monkeypatch.setattr(window_command.metadata, "entry_points", lambda group: [EntryPoint()])
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert cli.main(["--lang", "ar"]) == 0
    assert cli.main(["--lang=he", str(tmp_path)]) == 0
    assert calls == [(None, "ar"), (str(tmp_path), "he")]


def test_unknown_lang_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--lang", "xx"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--lang" in err and "invalid choice: 'xx'" in err and "ar" in err


def test_the_translate_convention_has_no_english_fallback_gap(language) -> None:
    """A string missing from the .qm comes back in English, never empty."""
    language("ar")
    assert QCoreApplication.translate("Nowhere", "Not translated") == "Not translated"
    assert QCoreApplication.translate("MainWindow", "Labels") == "الوسوم"
