"""QActions from the core action registry, and label hotkeys that also fire under Arabic layouts.

Which label hotkey a key press means is decided by the core
(``annotator.app.keymap.hotkey_for_key``): typed Latin letter or any decimal digit (١ ۱),
else the physical key from the native scan code / virtual key, else the
Arabic/Persian/Urdu/Hebrew layout tables. This module only reads the event.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from annotator.app.actions import ACTIONS, ActionSpec, effective_keys
from annotator.app.keymap import hotkey_for_key
from annotator.history import History
from ui import i18n

BLOCKING_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def hotkey_candidates(event: QKeyEvent) -> list[str]:
    """Keys to look up as label hotkeys, most specific first.

    Empty when a modifier makes the key press a shortcut.
    """
    if event.modifiers() & BLOCKING_MODIFIERS:
        return []
    text = event.text()
    if text and (not text.isprintable() or text.isspace()):
        text = ""
    found: list[str] = []
    key = hotkey_for_key(text, event.nativeScanCode(), event.nativeVirtualKey())
    if key:
        found.append(key)
    if (
        not found and 0x21 <= event.key() <= 0x7E
    ):  # synthetic events with a Latin key code and no text
        found.append(chr(event.key()).lower())
    return found


def build_actions(
    parent: QObject,
    handlers: Mapping[str, Callable[[], object]],
    overrides: Mapping[str, Iterable[str]] | None = None,
) -> dict[str, QAction]:
    """One QAction per registry entry with a handler; keys from the registry (or user overrides)."""
    keys = effective_keys(overrides)
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        handler = handlers.get(spec.id)
        if handler is None:
            continue
        actions[spec.id] = make_action(parent, spec, keys[spec.id], handler)
    return actions


def make_action(
    parent: QObject, spec: ActionSpec, keys: Iterable[str], handler: Callable[[], object]
) -> QAction:
    action = QAction(i18n.action_title(spec), parent)
    action.setObjectName(spec.id)
    action.setCheckable(spec.checkable)
    set_keys(action, spec, keys)
    action.setStatusTip(i18n.action_description(spec))
    action.triggered.connect(lambda _=False: handler())
    return action


def set_keys(action: QAction, spec: ActionSpec, keys: Iterable[str]) -> None:
    """Give ``action`` these keys (and a tooltip naming them): at start and when edited."""
    keys = list(keys)
    action.setShortcuts([QKeySequence(k) for k in keys])
    title = i18n.action_title(spec)
    action.setToolTip(f"{title.replace('&', '')} ({', '.join(keys)})" if keys else title)


def rekey(actions: Mapping[str, QAction], keys: Mapping[str, Iterable[str]]) -> None:
    """The keys of every action in ``actions`` from ``keys`` (the registry's for those absent)."""
    for spec in ACTIONS:
        action = actions.get(spec.id)
        if action is not None:
            set_keys(action, spec, keys.get(spec.id, spec.keys))


MENUS: tuple[str, ...] = (
    "File",
    "Edit",
    "Span",
    "Document",
    "Suggestions",
    "Adjudicate",
    "View",
    "Help",
)
# Actions outside the Span menu that act on the document view's focus (Enter, Space, Backspace):
# they must not fire while the note editor or a panel has the focus.
VIEW_ACTIONS = frozenset(
    f"annotator.suggest.{name}" for name in ("next", "previous", "accept", "reject", "accept_all")
)


def populate_menus(
    window: QMainWindow, actions: Mapping[str, QAction], view: QWidget
) -> dict[str, QMenu]:
    """Menus in registry order; span actions are scoped to the document view, others to the window.

    Span keys (Tab, Delete, Esc, Alt+arrows) and the suggestion keys (Enter, Space, Backspace)
    must work while the view has focus without stealing them from the note editor, hence
    WidgetWithChildrenShortcut on the view.
    A menu "View/Paragraph direction" is a submenu (in the dict under that name too); its
    on/off actions exclude each other (one QActionGroup per submenu).
    """
    menus = {name: window.menuBar().addMenu(i18n.menu_title(f"&{name}")) for name in MENUS}
    groups: dict[str, QActionGroup] = {}
    for spec in ACTIONS:
        action = actions.get(spec.id)
        if action is None:
            continue
        menu = menus.get(spec.menu)
        if menu is None:
            top, _slash, title = spec.menu.partition("/")
            menu = menus[spec.menu] = menus[top].addMenu(i18n.menu_title(title))
            groups[spec.menu] = QActionGroup(menu)
        if spec.checkable and spec.menu in groups:
            groups[spec.menu].addAction(action)
        menu.addAction(action)
        if spec.menu == "Span" or spec.id in VIEW_ACTIONS:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            view.addAction(action)
        else:
            window.addAction(action)
    return menus


def show_history(history: History, actions: Mapping[str, QAction]) -> None:
    """Undo/Redo menu items name the step they would take back or redo, and grey out without one."""
    undo, redo = actions["annotator.edit.undo"], actions["annotator.edit.redo"]
    undo_step, redo_step = history.undo_text(), history.redo_text()
    undo.setText(
        QCoreApplication.translate("Actions", "&Undo {step}").format(step=undo_step)
        if undo_step
        else i18n.menu_title("&Undo")
    )
    redo.setText(
        QCoreApplication.translate("Actions", "&Redo {step}").format(step=redo_step)
        if redo_step
        else i18n.menu_title("&Redo")
    )
    undo.setEnabled(history.can_undo)
    redo.setEnabled(history.can_redo)
