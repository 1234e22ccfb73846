"""Label schemas: the ordered labels of a corpus with colours and hotkeys, stored as TOML beside it.

File format (``corpus.labels.toml`` beside ``corpus.jsonl``)::

    name = "Arabic NER"
    allow_overlap = false

    [[labels]]
    name = "PERS"
    color = "#ffd1d1"
    hotkey = "1"          # 1-9 or a-z, optional
    alt_hotkey = "p"      # a second key, optional
    description = "Persons (أشخاص)"

Unknown keys are kept and written back. Labels are never dropped: labels met
in data but missing from the schema are added by ``ensure``.
"""

from __future__ import annotations

import colorsys
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

import tomli_w

from annotator.display import escaped
from annotator.errors import SchemaError
from annotator.text.direction import DIRECTION_MODES, DirectionMode

__all__ = ["DEFAULT_SCHEMA_FILE", "HOTKEYS", "Label", "LabelSchema", "schema_path_for"]

HOTKEYS: tuple[str, ...] = tuple("123456789abcdefghijklmnopqrstuvwxyz")
DEFAULT_SCHEMA_FILE = "default-labels.toml"
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_LABEL_KEYS = ("name", "color", "hotkey", "alt_hotkey", "description")


@dataclass(frozen=True)
class Label:
    """One label: name (as stored in spans), "#rrggbb" highlight colour, hotkeys, description."""

    name: str
    color: str
    hotkey: str | None = None
    description: str = ""
    alt_hotkey: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def hotkeys(self) -> tuple[str, ...]:
        return tuple(k for k in (self.hotkey, self.alt_hotkey) if k is not None)

    def problems(self) -> list[str]:
        """What is wrong with this label alone (empty when valid)."""
        out: list[str] = []
        if not isinstance(self.name, str) or not self.name.strip():
            return [f"label name must be a non-empty string, got {self.name!r}"]
        if not isinstance(self.color, str) or not _COLOR.fullmatch(self.color):
            out.append(f"label {self.name!r}: colour {self.color!r} is not of the form #rrggbb")
        for key in (self.hotkey, self.alt_hotkey):
            if key is not None and key not in HOTKEYS:
                out.append(f"label {self.name!r}: hotkey {key!r} is not one of 1-9 or a-z")
        if self.hotkey is not None and self.hotkey == self.alt_hotkey:
            out.append(f"label {self.name!r}: hotkey {self.hotkey!r} given twice")
        if not isinstance(self.description, str):
            out.append(f"label {self.name!r}: description must be a string")
        return out

    def to_toml(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "color": self.color}
        if self.hotkey is not None:
            out["hotkey"] = self.hotkey
        if self.alt_hotkey is not None:
            out["alt_hotkey"] = self.alt_hotkey
        if self.description:
            out["description"] = self.description
        out.update({k: v for k, v in self.extra.items() if k not in out})
        return out


def _hotkey(value: Any) -> Any:
    """Hotkeys: case-insensitive letters (stored lower-case); TOML integer 1-9 means that digit."""
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9:
        return str(value)
    return (
        value.lower() if isinstance(value, str) and len(value) == 1 and value.isascii() else value
    )


def _label_from_toml(item: Any, where: str, index: int) -> Label:
    if not isinstance(item, dict):
        raise SchemaError(f"{where}: labels[{index}] is not a table")
    name = item.get("name")
    if "color" not in item:
        raise SchemaError(f"{where}: label {name!r} has no colour")
    return Label(
        name=name if name is not None else "",
        color=item["color"],
        hotkey=_hotkey(item.get("hotkey")),
        description=item.get("description", ""),
        alt_hotkey=_hotkey(item.get("alt_hotkey")),
        extra={k: v for k, v in item.items() if k not in _LABEL_KEYS},
    )


def schema_path_for(annotations_path: str | Path) -> Path:
    """Where the schema of an annotations file lives: corpus.jsonl -> corpus.labels.toml."""
    path = Path(annotations_path)
    return path.with_name(f"{path.stem}.labels.toml")


def _generated_color(i: int, taken: set[str]) -> str:
    """A light, readable background colour different from every colour in ``taken``."""
    k = i
    while True:
        hue = (k * 0.618033988749895) % 1.0  # golden-ratio steps spread hues evenly
        light = (0.86, 0.80, 0.90)[(k // 12) % 3]
        r, g, b = colorsys.hls_to_rgb(hue, light, 0.75)
        color = f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"
        if color not in taken:
            return color
        k += 1


_OWN_KEYS = ("labels", "name", "allow_overlap", "direction")


class LabelSchema:
    """Ordered labels and whether spans may overlap; a duplicate name or hotkey is a SchemaError."""

    def __init__(
        self,
        labels: Iterable[Label],
        allow_overlap: bool = False,
        name: str = "",
        *,
        source: str = "label schema",
        extra: Mapping[str, Any] | None = None,
        direction: DirectionMode = "first",
    ) -> None:
        self.labels: list[Label] = list(labels)
        self.allow_overlap = allow_overlap
        self.name = name
        self.direction = direction  # how paragraphs take their direction (text.direction)
        self.source = source  # the file it came from, named in errors
        self.extra: dict[str, Any] = dict(extra or {})
        self._check()

    def _check(self) -> None:
        problems: list[str] = []
        names: dict[str, str] = {}
        keys: dict[str, str] = {}
        if not isinstance(self.allow_overlap, bool):
            problems.append(f"allow_overlap must be true or false, got {self.allow_overlap!r}")
        if self.direction not in DIRECTION_MODES:
            problems.append(
                f"direction must be one of {', '.join(DIRECTION_MODES)}, got {self.direction!r}"
            )
        for label in self.labels:
            problems.extend(label.problems())
            if not isinstance(label.name, str):
                continue
            if label.name in names:
                problems.append(f"label {label.name!r} is defined twice")
            names[label.name] = label.name
            for key in label.hotkeys:
                if key in keys and keys[key] != label.name:
                    problems.append(
                        f"label {label.name!r}: hotkey {key!r} is already used by {keys[key]!r}"
                    )
                keys.setdefault(key, label.name)
        if problems:
            raise SchemaError("\n".join(escaped(f"{self.source}: {p}") for p in problems))

    def __repr__(self) -> str:
        return f"LabelSchema({self.names!r}, allow_overlap={self.allow_overlap})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LabelSchema):
            return NotImplemented
        return (self.labels, self.allow_overlap, self.name) == (
            other.labels,
            other.allow_overlap,
            other.name,
        )

    def __len__(self) -> int:
        return len(self.labels)

    def __iter__(self) -> Iterator[Label]:
        return iter(self.labels)

    @property
    def names(self) -> list[str]:
        return [label.name for label in self.labels]

    def by_name(self, name: str) -> Label | None:
        return next((label for label in self.labels if label.name == name), None)

    def colour_of(self, name: str) -> str | None:
        """The colour of label ``name`` (None for a label the schema does not have yet)."""
        label = self.by_name(name)
        return label.color if label is not None else None

    def by_hotkey(self, key: str) -> Label | None:
        """The label whose hotkey (or alternative hotkey) is ``key`` (case-insensitive)."""
        key = _hotkey(key)
        return next((label for label in self.labels if key in label.hotkeys), None)

    def free_hotkeys(self) -> list[str]:
        used = {k for label in self.labels for k in label.hotkeys}
        return [k for k in HOTKEYS if k not in used]

    def ensure(self, names: Iterable[str]) -> list[Label]:
        """Add a label for each name not in the schema; return those added.

        Each gets a new colour and a free hotkey, if one is left.
        """
        added: list[Label] = []
        for name in dict.fromkeys(names):
            if self.by_name(name) is not None:
                continue
            taken = {label.color.lower() for label in self.labels}
            free = self.free_hotkeys()
            label = Label(
                name, _generated_color(len(self.labels), taken), free[0] if free else None
            )
            if label.problems():
                raise SchemaError(f"{self.source}: cannot add label: {label.problems()[0]}")
            self.labels.append(label)
            added.append(label)
        return added

    def replace_labels(self, labels: Iterable[Label]) -> None:
        """Put ``labels`` in place of this schema's (same object: holders see the change).

        A SchemaError (duplicate name or hotkey, bad colour) leaves the schema as it was.
        """
        labels = list(labels)
        LabelSchema(labels, self.allow_overlap, self.name, source=self.source)
        self.labels = labels

    def rename(self, old: str, new: str) -> bool:
        """Rename label ``old`` to ``new`` (colour and keys kept), or merge it into an existing
        ``new`` (``old`` goes). False if the schema has no ``old``."""
        label = self.by_name(old)
        if label is None or old == new:
            return False
        i = self.labels.index(label)
        if self.by_name(new) is not None:
            del self.labels[i]
        else:
            self.labels[i] = Label(
                new, label.color, label.hotkey, label.description, label.alt_hotkey, label.extra
            )
            self._check()
        return True

    @classmethod
    def from_counts(cls, counts: Mapping[str, int], allow_overlap: bool = False) -> LabelSchema:
        """A schema for labels found in data: the most used label gets hotkey 1, the next 2...

        Each also gets the first letter of its name not taken yet (PER p, LOC l, ORG o, MIS0 m,
        MIS1 i...) and the bundled schema's colours in turn. Ties keep the order given.
        """
        order = sorted(counts, key=lambda name: -counts[name])
        palette = [label.color for label in cls.default()]
        labels: list[Label] = []
        used: set[str] = set()
        for n, name in enumerate(order):
            digit = str(n + 1) if n < 9 else None
            letter = next(
                (c for c in name.lower() if c in HOTKEYS and c.isalpha() and c not in used), None
            )
            keys = [k for k in (digit, letter) if k is not None]
            used.update(keys)
            taken = {label.color for label in labels}
            color = palette[n] if n < len(palette) else _generated_color(n, taken)
            hotkey, alt = (keys + [None, None])[:2]
            labels.append(Label(name, color, hotkey, alt_hotkey=alt))
        return cls(labels, allow_overlap, source="labels found in the data")

    # -- files ------------------------------------------------------------------

    @classmethod
    def from_toml(cls, text: str, source: str = "label schema") -> LabelSchema:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise SchemaError(f"{source}: not valid TOML: {exc}") from exc
        items = data.get("labels", [])
        if not isinstance(items, list):
            raise SchemaError(f"{source}: 'labels' must be an array of tables ([[labels]])")
        labels = [_label_from_toml(item, source, i) for i, item in enumerate(items)]
        name = data.get("name", "")
        if not isinstance(name, str):
            raise SchemaError(f"{source}: 'name' must be a string")
        extra = {k: v for k, v in data.items() if k not in _OWN_KEYS}
        overlap = data.get("allow_overlap", False)
        direction = data.get("direction", "first")
        return cls(labels, overlap, name, source=source, extra=extra, direction=direction)

    @classmethod
    def load(cls, path: str | Path) -> LabelSchema:
        """Read a schema file; any problem is a SchemaError naming the file and the label."""
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise SchemaError(
                f"{path}: cannot read the label schema: {exc.strerror or exc}"
            ) from exc
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise SchemaError(
                f"{path}: the label schema is not UTF-8 ({exc.reason} at byte {exc.start})"
            ) from exc
        return cls.from_toml(text, str(path))

    @classmethod
    def default(cls) -> LabelSchema:
        """The bundled Arabic NER schema (PERS, ORG, LOC, MISC)."""
        resource = files("annotator.resources") / DEFAULT_SCHEMA_FILE
        return cls.from_toml(
            resource.read_text(encoding="utf-8"), f"<bundled {DEFAULT_SCHEMA_FILE}>"
        )

    def to_toml(self) -> str:
        data: dict[str, Any] = {}
        if self.name:
            data["name"] = self.name
        data["allow_overlap"] = self.allow_overlap
        if self.direction != "first":
            data["direction"] = self.direction
        data.update({k: v for k, v in self.extra.items() if k not in _OWN_KEYS})
        data["labels"] = [label.to_toml() for label in self.labels]
        return tomli_w.dumps(data)
