"""The one registry of user actions: stable dotted ids, titles, default keys; hotkey conflicts.

The table itself is annotator.app.action_table. Qt-free so the CLI, README generator and tests
can read it; ui/actions.py turns each entry
into a QAction. Keys are Qt's portable text ("Ctrl+Shift+Z"); a bare key (no modifier) that is
also a label hotkey would make one of the two unreachable, so ``hotkey_conflicts`` reports it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from annotator.app.action_table import ACTIONS, VIEW_KEYS, ActionSpec

__all__ = [
    "ACTIONS",
    "VIEW_KEYS",
    "ActionSpec",
    "Conflict",
    "action_conflicts",
    "by_id",
    "effective_keys",
    "hotkey_conflicts",
    "is_bare",
    "normalize_key",
    "overrides_from",
    "shortcut_markdown",
    "shortcut_rows",
]

MODIFIERS: tuple[str, ...] = ("Ctrl", "Alt", "Shift", "Meta")


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


def shortcut_rows(
    keys: Mapping[str, Iterable[str]] | None = None, translate: Callable[[str], str] = str
) -> list[tuple[str, str, str]]:
    """(menu, keys, title) rows for the README table and, ``translate``d (the window's
    language), Help > Keyboard shortcuts; the last row is the label hotkeys' (README only)."""
    keys = keys if keys is not None else effective_keys()
    rows = [
        (
            " › ".join(translate(part) for part in a.menu.split("/")),
            ", ".join(keys.get(a.id, a.keys)),
            translate(a.title).replace("&", "").replace("…", ""),
        )
        for a in ACTIONS
    ]
    rows += [(translate("View"), translate(k), translate(title)) for k, title in VIEW_KEYS]
    rows.append(
        ("Span", "label hotkey (1–9, letters)", "Label the selection / relabel the selected span")
    )
    return rows


def shortcut_markdown(keys: Mapping[str, Iterable[str]] | None = None) -> str:
    """The shortcut table as Markdown (README)."""
    lines = ["| Menu | Keys | Action |", "| --- | --- | --- |"]
    lines += [f"| {m} | {k} | {t} |" for m, k, t in shortcut_rows(keys)]
    return "\n".join(lines)
