"""What the window does to find and label: the find bar, Search results, Label all occurrences.

An object the window owns (MainWindow only creates it and takes its ``handlers``). The rules
are the core's: ``annotator.search.Matcher`` finds (Arabic-aware folding, exact stored
offsets), ``annotator.text.ranges.RangeIndex`` says which match is next, ``plan_label_all``
plans label-all, ``CorpusSearch`` searches the corpus in slices.

The keyboard loop (README "Search"): Ctrl+F opens the bar (the selection's text as the query),
typing selects the first match from where the caret was, Enter / Shift+Enter move, Esc closes
the bar and gives the keyboard back to the document with the current match still selected, so
a label key labels it; then F3 / Shift+F3 select the next / previous match of the same query
from the document (the bar stays closed, nothing else is highlighted), a label key labels it,
and so on: two keys per occurrence. The selection is always the match's exact range.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QVBoxLayout

from annotator.search import Matcher, SearchError
from annotator.search.corpus_search import CorpusMatch
from annotator.storage.corpus import Corpus
from annotator.text.ranges import RangeIndex
from ui import shown
from ui.find_bar import FindBar
from ui.label_all_dialog import LabelAllDialog, default_label
from ui.search_panel import SearchPanel

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["MAX_MATCHES", "SearchCommands"]

MAX_MATCHES = 100_000  # matches highlighted in one document (more: "100000+")
LONG_TEXT = 200_000  # code points: above it the live search waits for a pause in typing
PAUSE_MS = 150
QUERY_FROM_SELECTION = 200  # longest selection taken as the query


class SearchCommands(QObject):
    """The find bar under the document, the Search results dock, label all occurrences."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bar = FindBar()
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.addWidget(self.bar)
        self.panel = SearchPanel()
        self.dock = QDockWidget(
            QCoreApplication.translate("SearchCommands", "Search results"), window
        )
        self.dock.setObjectName("dock-search")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.label_all_dialog: LabelAllDialog | None = None
        self._matches: list[tuple[int, int]] = []
        self._index = RangeIndex()
        self._capped = False
        self._key: tuple[object, ...] | None = None  # what _matches were found for
        self._origin = 0  # typing selects the first match from here
        self._searched: Corpus | None = None  # the corpus of the Search results
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.search_document)
        self.bar.changed.connect(self._changed)
        self.bar.step_requested.connect(self.step)
        self.bar.closed.connect(self._closed)
        self.bar.search_all_requested.connect(self.search_all)
        self.panel.match_activated.connect(self.show_match)
        window.document_shown.connect(self._document_shown)

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "annotator.edit.find": self.open_find,
            "annotator.edit.find_next": lambda: self.step(+1),
            "annotator.edit.find_previous": lambda: self.step(-1),
            "annotator.edit.search_all": self.search_all,
            "annotator.edit.label_all": self.label_all,
        }

    def _selected_text(self) -> str | None:
        """The selection's stored text when it can be a query (one line, not too long)."""
        view = self.window.view
        selected = view.selection()
        if selected is None:
            return None
        text = view.text[selected[0] : selected[1]]
        if not text.strip() or "\n" in text or "\r" in text or len(text) > QUERY_FROM_SELECTION:
            return None
        return text

    # -- the find bar ------------------------------------------------------------------------

    def open_find(self) -> None:
        """Ctrl+F: the bar with the keyboard in its query (the selection's text, if any)."""
        view = self.window.view
        selected = view.selection()
        self._origin = selected[0] if selected else view.caret()
        found = self._find() if self.bar.query() and selected is not None else None
        is_match = bool(found) and selected is not None and self._index.index(selected) >= 0
        # a match of the query is selected: keep the query that found it (a regex, a spelling)
        self.bar.open_bar(None if is_match else self._selected_text())
        self.search_document(reselect=True)

    def _changed(self) -> None:
        doc = self.window.doc
        long = doc is not None and len(doc.text) > LONG_TEXT
        self._timer.setInterval(PAUSE_MS if long else 0)
        self._timer.start()

    def _find(self) -> list[tuple[int, int]] | None:
        """The matches of the bar's query in the shown document (None: no query, or a bad one)."""
        window, bar = self.window, self.bar
        query, options, doc = bar.query(), bar.options(), window.doc
        if doc is None or not query:
            self._key, self._matches, self._index = None, [], RangeIndex()
            bar.clear_count()
            return None
        key = (id(window.corpus), window.index, query, options)
        if key == self._key:
            return self._matches
        try:
            matcher = Matcher(query, options)
        except SearchError as exc:
            self._key, self._matches, self._index = None, [], RangeIndex()
            bar.show_problem(str(exc))
            return None
        found = [(m.start, m.end) for m in islice(matcher.finditer(doc.text), MAX_MATCHES + 1)]
        self._capped = len(found) > MAX_MATCHES
        self._matches = found[:MAX_MATCHES]
        self._index = RangeIndex(self._matches)
        self._key = key
        return self._matches

    def search_document(self, *, closing: bool = False, reselect: bool = False) -> None:
        """Search as the query is typed: highlight the matches, select the first from the origin
        (only while the bar is open, or as it closes on what was typed last); ``reselect``:
        from the origin even when the query and the document are as before (Ctrl+F again)."""
        self._timer.stop()
        if not closing and not self.bar.isVisible():
            return
        view = self.window.view
        key_before = self._key
        matches = self._find()
        if not matches:
            view.set_matches([], None)
            if matches is not None:
                self.bar.show_count(0, 0)
            return
        if not reselect and self._key == key_before and view.current_match() is not None:
            return  # nothing changed (an option toggled back, the timer after open_find)
        i = self._index.step_from(self._origin, self._origin, +1, wrap=True) or 0
        if self.bar.isVisible():
            view.set_matches(matches, i)
        self._select(*matches[i])
        self.bar.show_count(i + 1, len(matches), more=self._capped)

    def _select(self, start: int, end: int) -> None:
        """Select a match as found: a label key labels exactly it (a clitic match stays the
        word only), as an Alt selection is labelled, not snapped to whole tokens."""
        view = self.window.view
        view.select_range(start, end)
        view.input.exact = (start, end)

    def step(self, step: int) -> None:
        """Enter / F3 (+1), Shift+Enter / Shift+F3 (-1): select the next or previous match from
        the selection or caret, going round the document's end; with no query, open the bar."""
        self._timer.stop()
        if not self.bar.query():
            self.open_find()
            return
        matches = self._find()
        if matches is None:
            self.bar.open_bar()
            return
        query = shown.document_text(shown.name(self.bar.query()))
        if not matches:
            self.window.view.set_matches([], None)
            self.bar.show_count(0, 0)
            self.window.status.say(
                QCoreApplication.translate(
                    "SearchCommands", "No matches for “{query}” in this document."
                ).format(query=query)
            )
            return
        view = self.window.view
        start, end = view.selection() or (view.caret(), view.caret())
        i = self._index.step_from(start, end, step, wrap=True)
        if i is None:
            return
        found = matches[i]
        if self.bar.isVisible():
            view.set_matches(matches, i)
        self._select(*found)
        self.bar.show_count(i + 1, len(matches), more=self._capped)
        wrapped = found[0] < end if step > 0 else found[0] >= start
        said = QCoreApplication.translate(
            "SearchCommands", "Match {current} of {total}: “{query}”"
        ).format(current=i + 1, total=len(matches), query=query)
        if wrapped:
            said += " — " + QCoreApplication.translate(
                "SearchCommands", "went round the document's end"
            )
        self.window.status.say(said)

    def _closed(self) -> None:
        """Esc in the bar: no highlights; the current match stays selected, the keyboard goes
        back to the document (a label key labels the match, F3 goes on)."""
        if self._timer.isActive():  # typed, then Esc at once: the last keys still count
            self.search_document(closing=True)
        self.window.view.set_matches([], None)
        self.window.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _document_shown(self, _index: int) -> None:
        if self._searched is not None and self._searched is not self.window.corpus:
            self.panel.reset()  # another corpus: its results mean nothing here
            self._searched = None
        if self.bar.isVisible():
            self._origin = 0
            self.search_document()

    # -- the whole corpus ----------------------------------------------------------------------

    def search_all(self) -> None:
        """Ctrl+Alt+F, or "In all documents": list every match in the corpus, in slices."""
        corpus = self.window.corpus
        if corpus is None:
            return
        query = self.bar.query()
        if not query:
            query = self._selected_text() or ""
            if not query:
                self.open_find()
                self.window.status.say(
                    QCoreApplication.translate(
                        "SearchCommands", "Type what to find, then Ctrl+Alt+F again."
                    )
                )
                return
            self.bar.field.setText(query)
        try:
            matcher = Matcher(query, self.bar.options())
        except SearchError as exc:
            self.bar.open_bar()
            self.bar.show_problem(str(exc))
            return
        self._searched = corpus
        self.dock.show()
        self.dock.raise_()
        self.panel.start(matcher, len(corpus), corpus.__getitem__, lambda i: corpus.index.raw(i))

    def show_match(self, match: CorpusMatch) -> None:
        """A row of Search results: its document shown, the match selected (exact offsets)."""
        window = self.window
        if window.corpus is None or window.corpus is not self._searched:
            return
        window.go_to(match.index)
        if window.index != match.index:
            return
        view = window.view
        self._select(match.start, match.end)
        if self.bar.isVisible():
            matches = self._find() or []
            i = self._index.index((match.start, match.end))
            if i >= 0:
                view.set_matches(matches, i)
                self.bar.show_count(i + 1, len(matches), more=self._capped)
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- label all occurrences -------------------------------------------------------------------

    def label_all(self) -> LabelAllDialog | None:
        """Ctrl+Shift+L: every occurrence of the selection (or the query) in this document or
        the corpus, with a label, after the counts; one undo step."""
        window, corpus = self.window, self.window.corpus
        if corpus is None or window.doc is None:
            return None
        if corpus.readonly:
            self.window.status.say(
                QCoreApplication.translate("SearchCommands", "Read-only: nothing can be labelled.")
            )
            return None
        query = self._selected_text() or self.bar.query()
        if not query:
            self.window.status.say(
                QCoreApplication.translate(
                    "SearchCommands", "Select a word or type it in the find bar (Ctrl+F) first."
                )
            )
            return None
        options = self.bar.options()
        if not (options.whole_word or options.clitics or options.regex):
            options = replace(options, clitics=True)  # whole words: not inside other words
        dialog = LabelAllDialog(window, corpus, window.index, query, options, default_label(window))
        dialog.accepted.connect(lambda: self._apply_label_all(dialog))
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        self.label_all_dialog = dialog
        dialog.open()
        return dialog

    def _apply_label_all(self, dialog: LabelAllDialog) -> None:
        plan, label = dialog.plan, dialog.label()
        if self.label_all_dialog is dialog:
            self.label_all_dialog = None
        if plan is None or plan.to_add == 0 or label is None:
            return
        self.window.activateWindow()  # the keyboard back in the document: Ctrl+Z, label keys
        self.window.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.window.apply_steps(plan.steps, plan.description):
            return
        said = QCoreApplication.translate(
            "SearchCommands", "Labelled {n} occurrences as {label} in {documents} document(s)."
        ).format(n=plan.to_add, label=shown.name(label), documents=plan.documents)
        if plan.skipped:
            said += " " + QCoreApplication.translate(
                "SearchCommands", "Skipped {n} (already labelled or overlapping)."
            ).format(n=plan.skipped)
        self.window.status.say(
            said + " " + QCoreApplication.translate("SearchCommands", "Ctrl+Z undoes it."), 10000
        )
