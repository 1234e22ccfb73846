"""Every user action: stable dotted id (settings refer to it), menu title, default keys, menu.

The data of the registry; annotator.app.actions reads it (effective keys, conflicts, the
README table) and ui/actions.py turns each entry into a QAction.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ActionSpec:
    """One user action: id (never renamed: settings refer to it), menu title, default keys, menu
    ("View/Paragraph direction": a submenu), whether it is an on/off choice."""

    id: str
    title: str
    keys: tuple[str, ...]
    menu: str
    description: str = ""
    checkable: bool = False


def _a(id: str, title: str, keys: tuple[str, ...], menu: str, description: str = "") -> ActionSpec:
    return ActionSpec(id, title, keys, menu, description)


def _on_off(id: str, title: str, keys: tuple[str, ...], menu: str, description: str) -> ActionSpec:
    return ActionSpec(id, title, keys, menu, description, checkable=True)


_DIRECTIONS = (  # the modes of annotator.text.direction (not imported: app is below text)
    ("first", "&First strong letter", "Each paragraph reads in the direction of its first letter"),
    ("majority", "&Majority of letters", "More Arabic letters than Latin: right to left"),
    ("rtl", "All &right to left", "Every paragraph right to left"),
    ("ltr", "All &left to right", "Every paragraph left to right"),
)

_S = "Suggestions"
_NEXT = "Select the %s span (the %s suggestion while the document has open suggestions)"
_EXACT = "Label exactly the selected characters (else whole words, no edge space or punctuation)"
_ACCEPT = "Accept the focused suggestion: it becomes a span (Enter or Space)"
_ALL = "Accept every open suggestion of this document, in one undo step"
_GAZETTEER = "Suggest the phrases of a TSV file (phrase<TAB>label) wherever they occur"
_PROPAGATE = "Suggest what is labelled elsewhere in the corpus wherever else it occurs"
_TRAIN = "Train a spaCy model on the done documents, in the background (needs spaCy)"
_MODEL = "Suggest with the model trained beside the corpus"

ACTIONS: tuple[ActionSpec, ...] = (
    _a(
        "annotator.file.open",
        "&Open…",
        ("Ctrl+O",),
        "File",
        "Open a .jsonl, a .txt or a folder of .txt files",
    ),
    _a(
        "annotator.file.save",
        "&Save",
        ("Ctrl+S",),
        "File",
        "Save the annotations file (edits are journalled at once anyway)",
    ),
    _a(
        "annotator.file.import",
        "&Import…",
        ("Ctrl+Shift+I",),
        "File",
        "Import a file in another format into a new corpus",
    ),
    _a(
        "annotator.file.export",
        "&Export…",
        ("Ctrl+Shift+E",),
        "File",
        "Export this corpus to another format",
    ),
    _a(
        "annotator.file.adjudicate",
        "&Adjudicate…",
        (),
        "File",
        "Settle two or more annotators' files: each one's spans in a lane, into a new corpus",
    ),
    _a("annotator.file.quit", "&Quit", ("Ctrl+Q",), "File", "Save and quit"),
    _a(
        "annotator.edit.undo",
        "&Undo",
        ("Ctrl+Z",),
        "Edit",
        "Undo the last edit (switches to its document)",
    ),
    _a(
        "annotator.edit.redo",
        "&Redo",
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        "Edit",
        "Redo the last undone edit",
    ),
    _a(
        "annotator.edit.find",
        "&Find…",
        ("Ctrl+F",),
        "Edit",
        "Find in this document (Arabic-aware: harakat, tatweel, alef and ya forms ignored)",
    ),
    _a(
        "annotator.edit.find_next",
        "Find &next",
        ("F3",),
        "Edit",
        "Select the next match of the find bar's query (also with the bar closed)",
    ),
    _a(
        "annotator.edit.find_previous",
        "Find pre&vious",
        ("Shift+F3",),
        "Edit",
        "Select the previous match of the find bar's query",
    ),
    _a(
        "annotator.edit.search_all",
        "&Search all documents…",
        ("Ctrl+Alt+F",),
        "Edit",
        "Search the whole corpus; the results panel lists document, context and offsets",
    ),
    _a(
        "annotator.edit.label_all",
        "Label &all occurrences…",
        ("Ctrl+Shift+L",),
        "Edit",
        "Label every occurrence of the selection or the query, in this document or the corpus",
    ),
    _a(
        "annotator.edit.labels",
        "&Label schema…",
        (),
        "Edit",
        "Add, rename, recolour and reorder labels; their hotkeys and descriptions",
    ),
    _a(
        "annotator.edit.shortcuts",
        "&Customise shortcuts…",
        (),
        "Edit",
        "Change the keys of any action (conflicts are shown as you type)",
    ),
    _a(
        "annotator.edit.annotator_name",
        "Annotator &name…",
        (),
        "Edit",
        "Who is annotating: the name recorded on the documents and spans you change",
    ),
    _a("annotator.span.delete", "&Delete span", ("Delete",), "Span", "Delete the selected span"),
    _a("annotator.span.clear", "&Clear selection", ("Esc",), "Span", "Clear the selection"),
    _a(
        "annotator.span.choose_label",
        "C&hoose label…",
        ("Ctrl+L",),
        "Span",
        "Jump to the label filter: type part of a name or description, Enter labels the selection",
    ),
    _a("annotator.span.next", "&Next span", ("Tab",), "Span", _NEXT % ("next", "next")),
    _a(
        "annotator.span.previous",
        "&Previous span",
        ("Shift+Tab",),
        "Span",
        _NEXT % (("previous",) * 2),
    ),
    _on_off("annotator.span.exact", "E&xact selection", (), "Span", _EXACT),
    _a(
        "annotator.span.grow_start_word",
        "Grow start by a word",
        ("Alt+Up",),
        "Span",
        "Move the start one word earlier",
    ),
    _a(
        "annotator.span.shrink_start_word",
        "Shrink start by a word",
        ("Alt+Down",),
        "Span",
        "Move the start one word later (leave out a clitic with the char step)",
    ),
    _a(
        "annotator.span.shrink_end_word",
        "Shrink end by a word",
        ("Alt+Shift+Up",),
        "Span",
        "Move the end one word earlier",
    ),
    _a(
        "annotator.span.grow_end_word",
        "Grow end by a word",
        ("Alt+Shift+Down",),
        "Span",
        "Move the end one word later",
    ),
    _a(
        "annotator.span.grow_start_char",
        "Grow start by a character",
        ("Alt+PgUp",),
        "Span",
        "Move the start one character earlier",
    ),
    _a(
        "annotator.span.shrink_start_char",
        "Shrink start by a character",
        ("Alt+PgDown",),
        "Span",
        "Move the start one character later",
    ),
    _a(
        "annotator.span.shrink_end_char",
        "Shrink end by a character",
        ("Alt+Shift+PgUp",),
        "Span",
        "Move the end one character earlier",
    ),
    _a(
        "annotator.span.grow_end_char",
        "Grow end by a character",
        ("Alt+Shift+PgDown",),
        "Span",
        "Move the end one character later",
    ),
    _a(
        "annotator.document.next",
        "&Next document",
        ("Ctrl+PgDown",),
        "Document",
        "Go to the next document",
    ),
    _a(
        "annotator.document.previous",
        "&Previous document",
        ("Ctrl+PgUp",),
        "Document",
        "Go to the previous document",
    ),
    _a(
        "annotator.document.next_unfinished",
        "Next &unfinished",
        ("Ctrl+Shift+PgDown",),
        "Document",
        "Go to the next document still to do",
    ),
    _a(
        "annotator.document.done_next",
        "Mark &done and move on",
        ("Ctrl+Return", "Ctrl+Enter"),
        "Document",
        "Mark this document done and go to the next unfinished one",
    ),
    _a(
        "annotator.document.skip",
        "&Skip",
        ("Ctrl+K",),
        "Document",
        "Mark this document skipped and move on",
    ),
    _a(
        "annotator.document.flag",
        "&Flag / unflag",
        ("Ctrl+Shift+F",),
        "Document",
        "Flag this document for review (again to unflag)",
    ),
    _a(
        "annotator.document.note",
        "Edit &note",
        ("Ctrl+Shift+N",),
        "Document",
        "Write a note on this document",
    ),
    _a("annotator.suggest.next", "&Next suggestion", ("F8",), _S, "Focus the next open suggestion"),
    _a("annotator.suggest.previous", "&Previous suggestion", ("Shift+F8",), _S, "The previous one"),
    _a("annotator.suggest.accept", "&Accept suggestion", ("Return", "Enter", "Space"), _S, _ACCEPT),
    _a(
        "annotator.suggest.reject",
        "&Reject suggestion",
        ("Backspace",),
        _S,
        "Reject the focused one",
    ),
    _a(
        "annotator.suggest.accept_all",
        "Accept all suggestions in &document",
        ("Alt+Return",),
        _S,
        _ALL,
    ),
    _a("annotator.suggest.gazetteer", "From a &gazetteer…", (), _S, _GAZETTEER),
    _a("annotator.suggest.propagate", "&Propagate the corpus's labels", (), _S, _PROPAGATE),
    _a("annotator.suggest.train", "&Train a model on done documents…", (), _S, _TRAIN),
    _a("annotator.suggest.model", "Suggest with the trained &model", (), _S, _MODEL),
    _a(
        "annotator.suggest.clear",
        "&Clear suggestions",
        (),
        _S,
        "Remove every suggestion (undoable)",
    ),
    _a(
        "annotator.adjudicate.next",
        "&Next disagreement",
        ("Alt+N",),
        "Adjudicate",
        "Caret to the next disagreement (then the next document with one)",
    ),
    _a(
        "annotator.adjudicate.previous",
        "&Previous disagreement",
        ("Alt+P",),
        "Adjudicate",
        "Caret to the previous disagreement (then the previous document with one)",
    ),
    _a(
        "annotator.adjudicate.next_open",
        "Next &undecided",
        ("Alt+Shift+N",),
        "Adjudicate",
        "Caret to the next disagreement not decided yet, in any document",
    ),
    *(
        _a(
            f"annotator.adjudicate.pick_{k}",
            f"Pick annotator &{k}'s version",
            (f"Alt+{k}",),
            "Adjudicate",
            f"At the disagreement under the caret, accept the spans of lane {k}'s annotator",
        )
        for k in range(1, 10)
    ),
    _a(
        "annotator.adjudicate.pick_all",
        "Pick &both (all)",
        ("Alt+B",),
        "Adjudicate",
        "At the disagreement under the caret, accept every annotator's spans",
    ),
    _a(
        "annotator.adjudicate.pick_none",
        "Pick n&either",
        ("Alt+0",),
        "Adjudicate",
        "At the disagreement under the caret, accept none (the decision is remembered)",
    ),
    _a("annotator.view.font", "&Font…", (), "View", "Document font, size and line spacing"),
    _a(
        "annotator.view.agreement",
        "&Agreement…",
        (),
        "View",
        "How far annotators agree: their files, or the versions a merged corpus keeps",
    ),
    _a(
        "annotator.view.statistics",
        "&Statistics…",
        (),
        "View",
        "Progress over time, spans per label and document, each annotator's work, agreement",
    ),
    _a("annotator.view.zoom_in", "Zoom &in", ("Ctrl++", "Ctrl+="), "View", "Larger text"),
    _a("annotator.view.zoom_out", "Zoom &out", ("Ctrl+-",), "View", "Smaller text"),
    _a("annotator.view.zoom_reset", "&Reset zoom", ("Ctrl+0",), "View", "Text at its usual size"),
    _on_off(
        "annotator.view.invisibles",
        "Show &invisible characters",
        ("Ctrl+Shift+H",),
        "View",
        "Bidi marks, joiners, special spaces as small symbols above the text (never inserted)",
    ),
    _on_off("annotator.view.tatweel", "Show &tatweel", (), "View", "Mark tatweels (U+0640) too"),
    _on_off("annotator.view.compact", "&Compact lines", (), "View", "Label names on hover only"),
    *(
        _on_off(f"annotator.view.direction_{mode}", title, (), "View/Paragraph direction", said)
        for mode, title, said in _DIRECTIONS
    ),
    _a("annotator.help.shortcuts", "&Keyboard shortcuts", ("F1",), "Help", "List every shortcut"),
    _a("annotator.help.tips", "&Tips", (), "Help", "Show the tips on keyboard selection again"),
    _a("annotator.help.about", "&About annotator", (), "Help", "Versions, fonts and licences"),
)

# Keys the document view handles itself (listed in Help and README, not QActions).
VIEW_KEYS: tuple[tuple[str, str], ...] = (
    ("Left / Right", "Move the caret visually (← goes left on screen)"),
    ("Ctrl+Left / Ctrl+Right", "Move the caret by a word (the core's tokenizer)"),
    ("Shift+Left / Shift+Right", "Extend the selection by a character"),
    ("Ctrl+Shift+Left / Ctrl+Shift+Right", "Extend the selection by a word"),
    ("Home / End", "Start / end of the line"),
    ("Double-click / drag", "Select a word / whole words (snapped to tokens)"),
    ("Alt+drag", "Select exact characters (no snapping)"),
    ("Click on a span", "Select the span (again: the next nested one)"),
    ("Enter / Delete in the Spans panel", "Jump to / delete that span"),
    ("Enter / Shift+Enter in the find bar", "Next / previous match"),
    ("Esc in the find bar", "Close it; the current match stays selected for a label key"),
    ("x", "Reject the focused suggestion, like Backspace (unless a label's hotkey is x)"),
)
