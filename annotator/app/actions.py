"""The one registry of user actions: stable dotted ids, titles, default keys; hotkey conflicts.

Qt-free so the CLI, README generator and tests can read it; ui/actions.py turns each entry
into a QAction. Keys are Qt's portable text ("Ctrl+Shift+Z"); a bare key (no modifier) that is
also a label hotkey would make one of the two unreachable, so ``hotkey_conflicts`` reports it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

MODIFIERS: tuple[str, ...] = ("Ctrl", "Alt", "Shift", "Meta")


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
    _a("annotator.span.delete", "&Delete span", ("Delete",), "Span", "Delete the selected span"),
    _a("annotator.span.clear", "&Clear selection", ("Esc",), "Span", "Clear the selection"),
    _a(
        "annotator.span.choose_label",
        "C&hoose label…",
        ("Ctrl+L",),
        "Span",
        "Jump to the label filter: type part of a name or description, Enter labels the selection",
    ),
    _a("annotator.span.next", "&Next span", ("Tab",), "Span", "Select the next span"),
    _a(
        "annotator.span.previous",
        "&Previous span",
        ("Shift+Tab",),
        "Span",
        "Select the previous span",
    ),
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
    _a("annotator.view.font", "&Font…", (), "View", "Document font, size and line spacing"),
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
)


@dataclass(frozen=True)
class Conflict:
    """A key bound twice: to a label hotkey and an action, or to two actions."""

    key: str
    first: str
    second: str

    def __str__(self) -> str:
        return f"{self.key} is bound to both {self.first} and {self.second}"


def normalize_key(key: str) -> str:
    """Canonical text of a key sequence.

    Modifiers come in Ctrl, Alt, Shift, Meta order; a single letter is upper-case.
    """
    text = key.strip()
    if text in ("+",):
        return "+"
    parts = text.split("+")
    if text.endswith("++"):  # "Ctrl++" means Ctrl and the plus key
        parts = text[:-2].split("+") + ["+"]
    *mods, base = parts
    known = {m.lower(): m for m in MODIFIERS}
    mod_set = {known.get(m.strip().lower(), m.strip()) for m in mods if m.strip()}
    ordered = [m for m in MODIFIERS if m in mod_set] + sorted(mod_set - set(MODIFIERS))
    base = base.strip()
    aliases = {
        "escape": "Esc",
        "esc": "Esc",
        "pageup": "PgUp",
        "pagedown": "PgDown",
        "return": "Return",
        "enter": "Enter",
        "del": "Delete",
        "backtab": "Tab",
    }
    if base.lower() == "backtab":
        mod_set.add("Shift")
        ordered = [m for m in MODIFIERS if m in mod_set]
    base = aliases.get(base.lower(), base.upper() if len(base) == 1 else base)
    return "+".join([*ordered, base])


def is_bare(key: str) -> bool:
    """True for a key without Ctrl/Alt/Meta (Shift alone still types a character)."""
    return not any(m in normalize_key(key).split("+")[:-1] for m in ("Ctrl", "Alt", "Meta"))


def effective_keys(
    overrides: Mapping[str, Iterable[str]] | None = None,
) -> dict[str, tuple[str, ...]]:
    """Each action's keys: the user's override if any (settings keep only what differs)."""
    overrides = overrides or {}
    ids = {a.id for a in ACTIONS}
    result = {a.id: a.keys for a in ACTIONS}
    for action_id, keys in overrides.items():
        if action_id in ids:
            result[action_id] = tuple(keys)
    return result


def overrides_from(keys: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """What settings keep under "shortcuts": only the actions whose keys differ from the default.

    Keys are compared normalised ("ctrl+l" is Ctrl+L); ``effective_keys`` reads this back.
    """
    out: dict[str, list[str]] = {}
    for action in ACTIONS:
        if action.id not in keys:
            continue
        chosen = [k for k in keys[action.id] if k.strip()]
        if [normalize_key(k) for k in chosen] != [normalize_key(k) for k in action.keys]:
            out[action.id] = chosen
    return out


def by_id(action_id: str) -> ActionSpec:
    for action in ACTIONS:
        if action.id == action_id:
            return action
    raise KeyError(action_id)


def action_conflicts(keys: Mapping[str, Iterable[str]] | None = None) -> list[Conflict]:
    """Keys bound to more than one action."""
    keys = keys if keys is not None else effective_keys()
    owner: dict[str, str] = {}
    found: list[Conflict] = []
    for action_id, seqs in keys.items():
        for seq in seqs:
            norm = normalize_key(seq)
            if norm in owner and owner[norm] != action_id:
                found.append(Conflict(norm, owner[norm], action_id))
            owner.setdefault(norm, action_id)
    return found


def hotkey_conflicts(
    label_hotkeys: Mapping[str, str | Iterable[str]],
    keys: Mapping[str, Iterable[str]] | None = None,
) -> list[Conflict]:
    """Label hotkeys (label -> key or keys) that an action also uses, or that two labels share."""
    keys = keys if keys is not None else effective_keys()
    action_owner = {normalize_key(s): a for a, seqs in keys.items() for s in seqs}
    found: list[Conflict] = []
    label_owner: dict[str, str] = {}
    pairs = [
        (label, k)
        for label, value in label_hotkeys.items()
        for k in ([value] if isinstance(value, str) else list(value))
        if k
    ]
    for label, hotkey in pairs:
        norm = normalize_key(hotkey)
        if norm in action_owner:
            found.append(Conflict(norm, f"label {label}", action_owner[norm]))
        if norm in label_owner:
            found.append(Conflict(norm, f"label {label_owner[norm]}", f"label {label}"))
        label_owner.setdefault(norm, label)
    return found


def shortcut_rows(keys: Mapping[str, Iterable[str]] | None = None) -> list[tuple[str, str, str]]:
    """(menu, keys, title) rows for Help > Keyboard shortcuts and the README table."""
    keys = keys if keys is not None else effective_keys()
    rows = [
        (
            a.menu.replace("/", " › "),
            ", ".join(keys.get(a.id, a.keys)),
            a.title.replace("&", "").replace("…", ""),
        )
        for a in ACTIONS
    ]
    rows += [("View", k, title) for k, title in VIEW_KEYS]
    rows.append(
        ("Span", "label hotkey (1–9, letters)", "Label the selection / relabel the selected span")
    )
    return rows


def shortcut_markdown(keys: Mapping[str, Iterable[str]] | None = None) -> str:
    """The shortcut table as Markdown (README)."""
    lines = ["| Menu | Keys | Action |", "| --- | --- | --- |"]
    lines += [f"| {m} | {k} | {t} |" for m, k, t in shortcut_rows(keys)]
    return "\n".join(lines)
