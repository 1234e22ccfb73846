"""Adjudication in the real window, driven by key events, on two annotators' files built from
real AQMAR articles (sara as annotated, omar perturbed: relabelled, dropped, widened and
spurious entities): File > Adjudicate…, lanes, Alt+N / Alt+P, picks of one annotator, the
other, both and neither, an undo, hand edits with the normal keys, then the saved JSONL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from annotator.model import Document
from annotator.storage.corpus import Corpus
from annotator.storage.lines import read_index
from annotator.team.adjudication import Item, adjudicate_into, disagreements
from annotator.team.merge import merge
from annotator.team.versions import versions_of
from tests.team.aqmar_pair import build_pair
from tests.ui.test_main_window import ALT, CTRL, SHIFT, open_window, press
from ui.main_window import MainWindow

NEXT, PREVIOUS = Qt.Key.Key_N, Qt.Key.Key_P


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    sara, omar, _tags = build_pair(tmp_path_factory.mktemp("aqmar"))
    return sara, omar


@pytest.fixture
def out(pair: tuple[Path, Path], tmp_path: Path) -> Path:
    target = tmp_path / "final.jsonl"
    adjudicate_into(list(pair), target)
    return target


def documents(path: Path) -> list[Document]:
    index = read_index(path)
    return [index.parse(i) for i in range(len(index))]


def places(docs: list[Document]) -> list[tuple[int, Item]]:
    """Every disagreement of the corpus in the order Alt+N visits them."""
    return [(i, item) for i, doc in enumerate(docs) for item in disagreements(doc)]


def ready(qtbot, path: Path) -> MainWindow:
    window = open_window(qtbot, path)
    window.corpus.annotator = "lead"  # as the window does with the name from settings
    worklist = window.adjudication.worklist
    assert worklist
    qtbot.waitUntil(lambda: worklist.complete, timeout=20000)
    return window


def at(window: MainWindow) -> tuple[int, int]:
    return window.index, window.view.caret()


def here(window: MainWindow) -> Item:
    (item,) = [i for i in window.adjudication.items if i.start <= window.view.caret() < i.end]
    return item


def accepted(window: MainWindow, item: Item) -> set[tuple[int, int, str]]:
    """The accepted spans in ``item``'s place that not every annotator has."""
    return {s.key for s in _disputed(window.doc, item)}


def test_file_adjudicate_writes_out_and_opens_it_at_the_first_disagreement(
    qtbot, pair: tuple[Path, Path], tmp_path: Path, monkeypatch
) -> None:
    sara, omar = pair
    window = open_window(qtbot, sara)
    assert not window.adjudication.active and not window.adjudication.dock.isVisible()
    assert not window.actions_by_id["annotator.adjudicate.next"].isEnabled()
    window.actions_by_id["annotator.file.adjudicate"].trigger()
    dialog = window.adjudication.dialog
    assert dialog is not None and dialog.isVisible()
    names = [str(sara), str(omar)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (names, ""))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.accept_agreed.isChecked()  # agreed spans accepted by default
    out = tmp_path / "final.jsonl"
    dialog.out.setText(str(out))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Path(window.corpus.path) == out, timeout=20000)
    adjudication = window.adjudication
    assert adjudication.active and adjudication.dock.isVisible()
    assert window.actions_by_id["annotator.adjudicate.next"].isEnabled()
    docs = documents(out)
    first_doc, first = places(docs)[0]
    assert at(window) == (first_doc, first.start)
    assert adjudication.names == ["omar", "sara"]
    lanes = window.view._layers.candidates
    assert [name for name, _index in lanes] == ["omar", "sara"]
    versions = versions_of(docs[first_doc])
    assert [len(index) for _name, index in lanes] == [
        len(versions["omar"].spans),
        len(versions["sara"].spans),
    ]
    offset = first.start
    assert {name for name, _span in window.view.candidates_at(offset)} <= {"omar", "sara"}
    # the agreed spans were accepted, and say where they came from
    agreed = [s for s in docs[first_doc].spans]
    assert all(s.meta and s.meta["from"] == ["omar", "sara"] for s in agreed)
    total = len(places(docs))
    qtbot.waitUntil(lambda: adjudication.worklist.complete, timeout=20000)
    assert adjudication.progress.text() == f"Adjudication: {total} of {total} disagreements left"
    assert "Alt+1" in adjudication.panel.buttons[0].text()
    assert "omar" in adjudication.panel.buttons[0].text()


def test_a_large_result_opens_at_its_first_disagreement_once_versions_are_found(
    qtbot, pair: tuple[Path, Path], tmp_path: Path, monkeypatch
) -> None:
    """A result over SEARCH_AT_ONCE_BYTES has no worklist when it opens: the jump to its first
    disagreement waits for the search after the paint, then happens once."""
    monkeypatch.setattr("ui.adjudication_mode.SEARCH_AT_ONCE_BYTES", 0)
    sara, omar = pair
    window = open_window(qtbot, sara)
    window.show()
    dialog = window.adjudication.ask()
    dialog.add_paths([sara, omar])
    out = tmp_path / "final.jsonl"
    dialog.out.setText(str(out))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Path(window.corpus.path) == out, timeout=20000)
    first_doc, first = places(documents(out))[0]
    qtbot.waitUntil(lambda: window.adjudication.active, timeout=10000)
    assert at(window) == (first_doc, first.start)


def test_a_large_file_is_searched_for_versions_after_the_first_paint(
    qtbot, out: Path, monkeypatch
) -> None:
    """Over SEARCH_AT_ONCE_BYTES the first document paints first; the mode and lanes follow."""
    monkeypatch.setattr("ui.adjudication_mode.SEARCH_AT_ONCE_BYTES", 0)
    window = MainWindow(Corpus.open(out))
    qtbot.addWidget(window)
    adjudication = window.adjudication
    assert adjudication.worklist is None and not adjudication.dock.isVisible()
    assert not window.actions_by_id["annotator.adjudicate.next"].isEnabled()
    assert window.view._layers.candidates == [] and window.doc is not None
    window.show()
    qtbot.waitUntil(lambda: adjudication.active, timeout=10000)
    assert adjudication.dock.isVisible() and adjudication.progress.isVisible()
    assert window.actions_by_id["annotator.adjudicate.next"].isEnabled()
    names = sorted(versions_of(window.doc))
    assert names and adjudication.names == names
    assert [name for name, _index in window.view._layers.candidates] == names
    qtbot.waitUntil(lambda: adjudication.worklist.complete, timeout=20000)
    assert adjudication.worklist.total == len(documents(out))


def test_dialog_refuses_an_out_that_is_an_input_or_has_unsaved_edits(
    qtbot, pair: tuple[Path, Path], tmp_path: Path
) -> None:
    sara, omar = pair
    other = tmp_path / "other.jsonl"
    other.write_bytes(sara.read_bytes())
    window = open_window(qtbot, other)
    dialog = window.adjudication.ask()
    dialog.add_paths([sara, omar])
    assert dialog.out.text() == str(sara.with_name("adjudicated.jsonl"))
    dialog.out.setText(str(omar))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.message.isVisible(), timeout=10000)
    assert "is one of the annotators' files" in dialog.message.text()
    assert dialog.isVisible() and Path(window.corpus.path) == other
    dialog.out.setText(str(other))  # the file open in this window: locked
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already open for writing" in dialog.message.text(), timeout=10000)
    assert other.read_bytes() == sara.read_bytes()
    busy = tmp_path / "busy.jsonl"
    busy.with_name("busy.jsonl.journal").write_text("", encoding="utf-8")
    dialog.out.setText(str(busy))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not saved yet" in dialog.message.text(), timeout=10000)
    assert not busy.exists()
    dialog.reject()


def test_alt_n_and_alt_p_walk_the_disagreements_across_documents(qtbot, out: Path) -> None:
    window = ready(qtbot, out)
    order = places(documents(out))
    window.go_to(0)
    assert order[0][0] > 0 or order[0][1].start > 0
    for i, item in order[:8]:
        press(qtbot, window, NEXT, ALT)
        assert at(window) == (i, item.start)
        assert here(window) == item
        assert window.view.selection() is None  # a label hotkey now labels nothing
    press(qtbot, window, PREVIOUS, ALT)
    assert at(window) == (order[6][0], order[6][1].start)
    for i, item in reversed(order[:6]):
        press(qtbot, window, PREVIOUS, ALT)
        assert at(window) == (i, item.start)
    press(qtbot, window, PREVIOUS, ALT)  # nothing before the first: stays, and says so
    assert at(window) == (order[0][0], order[0][1].start)
    assert "No disagreement before" in window.statusBar().currentMessage()


def _walk_to(qtbot, window: MainWindow, target: tuple[int, Item]) -> None:
    for _ in range(200):
        if at(window) == (target[0], target[1].start):
            return
        press(qtbot, window, NEXT, ALT)
    raise AssertionError(f"never reached {target}")


def _after(order: list[tuple[int, Item]], kind: str, k: int) -> int:
    """The position in ``order`` of the first disagreement of ``kind`` after position ``k``."""
    return next(j for j in range(k + 1, len(order)) if order[j][1].kind == kind)


def _hand_doc(docs: list[Document], start: int) -> tuple[int, tuple[int, int]]:
    """A document from ``start`` on with an agreed span and an unlabelled word of 3+ letters."""
    for i in range(start, len(docs)):
        doc = docs[i]
        if not any(s.meta and s.meta.get("from") == ["omar", "sara"] for s in doc.spans):
            continue
        text, covered = doc.text, {k for s in doc.spans for k in range(s.start, s.end)}
        for m in range(1, len(text) - 1):
            end = text.find(" ", m)
            if text[m - 1] == " " and end > m + 2 and not covered & set(range(m, end)):
                return i, (m, end)
    raise AssertionError("no document for the hand edits")


def test_picks_undo_hand_edits_then_save(qtbot, out: Path) -> None:
    window = ready(qtbot, out)
    adjudication = window.adjudication
    docs = documents(out)
    order = places(docs)
    total = len(order)
    window.go_to(0)
    # omar's version (lane 1: names sorted) at the first relabelled entity
    one = _after(order, "label", -1)
    _walk_to(qtbot, window, order[one])
    item = order[one][1]
    journal = out.with_name(out.name + ".journal")
    before = _journal_lines(journal)
    press(qtbot, window, Qt.Key.Key_1, ALT)
    assert accepted(window, item) == {s.key for s in item.spans_of("omar")}
    assert here(window).decided == ("omar",)
    assert _journal_lines(journal) == before + 1  # one pick, one journal line, one undo step
    assert window.corpus.history.undo_text().endswith("Adjudicate: omar")
    assert f"{total - 1} of {total}" in adjudication.progress.text()
    assert "✓ omar" in adjudication.panel.state.text()
    # the next relabelled one: sara's (lane 2)
    two = _after(order, "label", one)
    _walk_to(qtbot, window, order[two])
    press(qtbot, window, Qt.Key.Key_2, ALT)
    assert accepted(window, order[two][1]) == {s.key for s in order[two][1].spans_of("sara")}
    # both, where the versions overlap: refused by the schema (no overlap), nothing changes
    three = _after(order, "label", two)
    _walk_to(qtbot, window, order[three])
    steps = window.corpus.history.undo_text()
    press(qtbot, window, Qt.Key.Key_B, ALT)
    assert "would overlap" in window.statusBar().currentMessage()
    assert here(window).decided is None and window.corpus.history.undo_text() == steps
    press(qtbot, window, Qt.Key.Key_0, ALT)  # neither
    assert accepted(window, order[three][1]) == set() and here(window).decided == ()
    # both where one annotator has nothing: the other's spans, decided as both
    four = _after(order, "missing", three)
    _walk_to(qtbot, window, order[four])
    item = order[four][1]
    press(qtbot, window, Qt.Key.Key_B, ALT)
    everyone = {s.key for name in item.names for s in item.spans_of(name)}
    assert accepted(window, item) == everyone and here(window).decided == ("omar", "sara")
    # undo takes the last pick back as one step; the count follows
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert accepted(window, item) == set() and here(window).decided is None
    assert f"{total - 3} of {total}" in adjudication.progress.text()
    press(qtbot, window, Qt.Key.Key_1, ALT)  # lane 1 there instead
    assert accepted(window, item) == {s.key for s in item.spans_of("omar")}
    # hand edits with the usual keys, in a later document: Tab selects accepted spans, Delete
    # removes an agreed one; a word selected by keyboard gets a bare hotkey (a digit: still
    # the label's, never a pick)
    hand, free = _hand_doc(docs, order[four][0] + 1)
    while window.index < hand:
        press(qtbot, window, Qt.Key.Key_PageDown, CTRL)
    removed = None
    for _ in range(len(window.doc.spans)):
        press(qtbot, window, Qt.Key.Key_Tab)
        removed = window.view.selected_span()
        if removed is not None and removed.meta and removed.meta.get("from") == ["omar", "sara"]:
            break
    assert removed is not None and removed.meta["from"] == ["omar", "sara"]
    press(qtbot, window, Qt.Key.Key_Delete)
    assert removed.key not in {s.key for s in window.doc.spans}
    window.view.set_caret(free[0])
    press(qtbot, window, Qt.Key.Key_Left, CTRL | SHIFT)  # RTL: Left extends forward by a word
    assert window.view.selection() == free
    label = window.corpus.schema.labels[0]
    assert label.hotkey == "1"
    press(qtbot, window, label.hotkey)
    assert (free[0], free[1], label.name) in {s.key for s in window.doc.spans}
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    assert not window.isWindowModified()
    _check_saved(out, order, (one, "omar"), (two, "sara"), (four, "omar"), neither=three, hand=hand)
    saved = documents(out)[hand]
    assert removed.key not in {s.key for s in saved.spans}
    (made,) = [s for s in saved.spans if (s.start, s.end) == free]
    assert made.by == "lead" and "from" not in (made.meta or {})


def _journal_lines(journal: Path) -> int:
    """Transactions in the journal (its header aside)."""
    if not journal.exists():
        return 0
    lines = journal.read_text(encoding="utf-8").splitlines()
    return sum(1 for line in lines if "journal" not in json.loads(line))


def _disputed(doc: Document, item: Item) -> list:
    """The accepted spans in ``item``'s place that not every annotator had."""
    found = doc.overlapping(item.start, item.end)
    return [s for s in found if (s.meta or {}).get("from") != ["omar", "sara"]]


def _check_saved(out: Path, order, *picks: tuple[int, str], neither: int, hand: int) -> None:
    """OUT as saved: each pick's spans with their origin and adjudicator, each decision."""
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    docs = documents(out)
    for k, name in picks:
        i, item = order[k]
        spans = _disputed(docs[i], item)
        assert {s.key for s in spans} == {s.key for s in item.spans_of(name)}
        assert all(s.meta["from"] == [name] and s.by == "lead" for s in spans)
        assert {"start": item.start, "end": item.end, "pick": [name]} in lines[i]["adjudicated"]
        assert all(
            {"start": s.start, "end": s.end, "label": s.label, "from": [name]}.items()
            <= rec.items()
            for s in spans
            for rec in lines[i]["spans"]
            if (rec["start"], rec["end"], rec["label"]) == s.key
        )
    i, item = order[neither]
    assert _disputed(docs[i], item) == []
    assert {"start": item.start, "end": item.end, "pick": []} in lines[i]["adjudicated"]
    assert lines[hand]["versions"] and lines[hand]["changed"]["by"] == "lead"
    journal = out.with_name(out.name + ".journal")
    assert not journal.exists() or not journal.read_text(encoding="utf-8").strip()


def test_a_merged_corpus_opens_for_adjudication_and_alt_shift_n_skips_decided(
    qtbot, pair: tuple[Path, Path], tmp_path: Path
) -> None:
    merged = tmp_path / "merged.jsonl"
    report = merge(list(pair), merged)
    assert 0 < report.conflicted < report.documents
    window = ready(qtbot, merged)
    adjudication = window.adjudication
    docs = documents(merged)
    order = places(docs)
    plain = next(i for i, doc in enumerate(docs) if "versions" not in doc.extra)
    window.go_to(plain)  # a document everyone labelled alike: no lanes, nothing to pick
    assert window.view._layers.candidates == [] and adjudication.names == []
    assert "keeps no versions" in adjudication.panel.state.text()
    assert not window.actions_by_id["annotator.adjudicate.pick_1"].isEnabled()
    window.go_to(0)
    press(qtbot, window, NEXT, ALT)
    assert at(window) == (order[0][0], order[0][1].start)
    assert [name for name, _index in window.view._layers.candidates] == ["omar", "sara"]
    assert window.actions_by_id["annotator.adjudicate.pick_1"].text().startswith("Pick omar")
    press(qtbot, window, Qt.Key.Key_2, ALT)
    window.go_to(0)
    press(qtbot, window, Qt.Key.Key_N, ALT | SHIFT)  # the next one still to decide
    assert at(window) == (order[1][0], order[1][1].start)
    assert adjudication.worklist.left == len(order) - 1


def test_the_panel_lists_jumps_and_picks(qtbot, out: Path) -> None:
    window = ready(qtbot, out)
    adjudication, panel = window.adjudication, window.adjudication.panel
    order = places(documents(out))
    i = next(i for i, _item in order if sum(1 for j, _x in order if j == i) >= 2)
    window.go_to(i)
    items = [item for j, item in order if j == i]
    assert panel.tree.topLevelItemCount() == len(items)
    top = panel.tree.topLevelItem(1)
    text = window.doc.text
    assert top.text(2) == f"\u2068{text[items[1].start : items[1].end]}\u2069"
    assert top.textAlignment(2) & Qt.AlignmentFlag.AlignRight  # Arabic reads from the right
    assert top.text(3) == "open"
    names = [top.child(k).text(0) for k in range(top.childCount())]
    assert [n for n in names if n] == ["Alt+1  omar", "Alt+2  sara"]
    rect = panel.tree.visualItemRect(top)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.caret() == items[1].start and window.view.hasFocus()
    assert panel.state.text().startswith(f"Disagreement 2 of {len(items)}")
    sara = next(b for b in panel.buttons if b.text().endswith("sara"))
    qtbot.mouseClick(sara, Qt.MouseButton.LeftButton)
    assert here(window).decided == ("sara",)
    assert panel.tree.topLevelItem(1).text(3) == "✓ sara"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert panel.tree.topLevelItem(1).text(3) == "open"
    assert adjudication.worklist.left == len(order)


def test_the_keys_work_under_an_arabic_layout(qtbot, out: Path) -> None:
    """Only an Arabic layout active: the N key with Alt arrives as Alt+ى, the 1 key as Alt+١."""
    window = ready(qtbot, out)
    order = places(documents(out))
    window.go_to(0)
    alt_n = QKeyEvent(QEvent.Type.KeyPress, ord("ى"), ALT, 0, 0, 0, "ى", False, 1)
    QApplication.sendEvent(window.view, alt_n)
    assert at(window) == (order[0][0], order[0][1].start)
    alt_1 = QKeyEvent(QEvent.Type.KeyPress, ord("١"), ALT, 0, 0, 0, "١", False, 1)
    QApplication.sendEvent(window.view, alt_1)
    assert here(window).decided == ("omar",)
    assert all((s.meta or {}).get("from") for s in window.doc.spans)  # no hand label by ١
