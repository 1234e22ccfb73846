"""Ctrl and Alt shortcuts under an Arabic, Persian, Urdu or Hebrew keyboard layout.

Qt matches a shortcut by the key the layout produces: with only an Arabic layout active,
Ctrl+Z arrives as Ctrl+ئ and Ctrl+S as Ctrl+س, and no shortcut fires. This filter sees such
a key press before the focused widget does, finds the Latin key on the same physical key
(the core's ``annotator.app.keymap.hotkey_for_key``: native scan code, virtual key, then the
layout tables) and triggers the action bound to that Latin shortcut, honouring the action's
context (span actions only while the document view has focus).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from annotator.app.keymap import hotkey_for_key

SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def latin_sequence(event: QKeyEvent) -> QKeySequence | None:
    """The shortcut a non-Latin key press with Ctrl/Alt/Meta stands for (None if it is Latin)."""
    mods = event.modifiers()
    if not mods & SHORTCUT_MODIFIERS:
        return None
    key = event.key()
    if key > 0x10FFFF:  # Qt's function keys match already
        return None
    if key < 0x80:
        # Latin letters and digits match already. With Shift, an Arabic layout types ASCII
        # punctuation on some letter keys (Shift+L is "/", Shift+F "]", Shift+Z "~"): the
        # physical key says which letter Ctrl+Shift was meant for (a punctuation key of a Latin
        # layout has no letter: nothing changes there).
        if chr(key).isalnum() or not mods & Qt.KeyboardModifier.ShiftModifier:
            return None
        typed = ""
    else:
        typed = chr(key) if chr(key).isprintable() else event.text()
    latin = hotkey_for_key(typed, event.nativeScanCode(), event.nativeVirtualKey())
    if latin is None or len(latin) != 1 or not latin.isascii():
        return None
    keep = mods & (SHORTCUT_MODIFIERS | Qt.KeyboardModifier.ShiftModifier)
    return QKeySequence(QKeyCombination(keep, Qt.Key(ord(latin.upper()))))


class LayoutShortcuts(QObject):
    """An application event filter that lets the window's shortcuts work under any layout."""

    def __init__(self, window: QWidget, actions: Callable[[], Mapping[str, QAction]]) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(obj, QWidget) or obj.window() is not self.window:
            return False
        sequence = latin_sequence(event)
        if sequence is None:
            return False
        action = self._action_for(sequence, obj)
        if action is None:
            return False
        action.trigger()
        return True

    def _action_for(self, sequence: QKeySequence, focus: QWidget) -> QAction | None:
        for action in self.actions().values():
            if not action.isEnabled() or sequence not in action.shortcuts():
                continue
            if action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut:
                owners = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
                if not any(w is focus or w.isAncestorOf(focus) for w in owners):
                    continue
            return action
        return None
