"""BIO tag schemes: parse a tag, decode a column into entities, encode them, detect the scheme.

One decoder reads IOB2, IOB1, BIOES, BILOU and BMES alike (decision 0011; BMES is BIOES with
``M`` for ``I``): ``B-X`` starts an entity; ``I-X`` / ``M-X`` / ``E-X`` / ``L-X`` continue an
open ``X`` entity;
``S-X`` / ``U-X`` are one-token entities; ``E``/``L`` close it. An ``I-X`` (or ``E-X``)
that cannot continue follows the ``i_start`` policy: ``"start"`` opens a new entity
(what conlleval does), ``"ignore"`` reads it as ``O`` (the tag string is still kept).
A tag that is neither ``O`` nor ``P-LABEL`` is malformed: read as ``O`` and reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import accumulate

SCHEMES: tuple[str, ...] = ("IOB2", "IOB1", "BIOES", "BILOU", "BMES")
POLICIES: tuple[str, ...] = ("start", "ignore")
DEFAULT_SCHEME = "IOB2"

# prefix, label: the label is not empty, holds no white space
# and does not start with "-" ("I--ORG").
_TAG = re.compile(r"([BIESLUM])-([^\s-][^\s]*)\Z")
_CACHE: dict[str, tuple[str, str] | None] = {}
Entity = tuple[int, int, str]  # token range [first, last + 1) and label


def parse_tag(tag: str) -> tuple[str, str] | None:
    """("O", "") for outside, (prefix, label) for a tag, None for a malformed one.

    White space around the tag is ignored.
    """
    hit = _CACHE.get(tag, False)
    if hit is not False:
        return hit  # type: ignore[return-value]
    core = tag.strip()
    result: tuple[str, str] | None
    if core == "O":
        result = ("O", "")
    else:
        m = _TAG.match(core)
        result = (m.group(1), m.group(2)) if m else None
    if len(_CACHE) < 100_000:
        _CACHE[tag] = result
    return result


def is_bio_like(tag: str) -> bool:
    """Whether a column value looks like a BIO tag (used to tell tag columns from POS columns)."""
    return parse_tag(tag) is not None


def decode(
    tags: Sequence[str], policy: str = "start", offset: int = 0
) -> tuple[list[Entity], list[tuple[int, str]]]:
    """Entities of one sentence's tags and the issues met: (token index + offset, message)."""
    entities: list[Entity] = []
    issues: list[tuple[int, str]] = []
    open_label: str | None = None
    open_start = 0
    last = -2  # index of the previous tag that is not "O": a gap means an "O" closed what was open
    for i in [i for i, tag in enumerate(tags) if tag != "O"]:
        if open_label is not None and i != last + 1:
            entities.append((open_start, last + 1, open_label))
            open_label = None
        last = i
        tag = tags[i]
        parsed = _CACHE.get(tag, False)
        if parsed is False:
            parsed = parse_tag(tag)
        if parsed is None:
            if open_label is not None:
                entities.append((open_start, i, open_label))
                open_label = None
            issues.append((i + offset, f"malformed tag {tag!r}: read as O (kept as written)"))
            continue
        prefix, label = parsed  # type: ignore[misc]
        if prefix == "O":
            if open_label is not None:
                entities.append((open_start, i, open_label))
                open_label = None
            continue
        if prefix in "IELM":  # M (BMES) is I by another name
            if open_label == label:
                if prefix not in "IM":
                    entities.append((open_start, i + 1, label))
                    open_label = None
                continue
            if open_label is not None:
                entities.append((open_start, i, open_label))
                open_label = None
            if policy == "ignore":
                issues.append(
                    (
                        i + offset,
                        f"{tag!r} does not continue an entity: read as O (policy i_start=ignore)",
                    )
                )
                continue
            if prefix in "IM":
                open_label, open_start = label, i
            else:
                entities.append((i, i + 1, label))
            continue
        if open_label is not None:
            entities.append((open_start, i, open_label))
            open_label = None
        if prefix == "B":
            open_label, open_start = label, i
        else:  # S, U
            entities.append((i, i + 1, label))
    if open_label is not None:
        entities.append((open_start, last + 1, open_label))
    return entities, issues


def entity_keys(
    tokens: list[str], cols: list[list[str]], sentences: list[int], layers: list[int], i_start: str
) -> tuple[dict[tuple[int, int, str], list[int]], list[tuple[int, str]]]:
    """(start, end, label) -> the layers holding it, for the entities the tag columns describe.

    Also the issues found, per token.

    Offsets are code points into the tokens joined by single spaces (sentences by one newline).
    """
    found: dict[tuple[int, int, str], list[int]] = {}
    issues: list[tuple[int, str]] = []
    ends: list[int] | None = (
        None  # cumulative token lengths, computed when the first entity needs them
    )
    for layer in layers:
        column = cols[layer - 2]
        if column.count("O") == len(column):  # most documents of most files: nothing to decode
            continue
        first = 0
        for size in sentences:
            tags = column if size == len(column) else column[first : first + size]
            if tags.count("O") == size:
                first += size
                continue
            entities, problems = decode(tags, i_start, first)
            if problems:
                issues += problems
            if entities and ends is None:
                ends = list(accumulate(map(len, tokens)))
            for a, b, label in entities:
                a += first
                b += first
                start = ends[a - 1] + a if a else 0  # type: ignore[index]
                end = ends[b - 1] + b - 1  # type: ignore[index]
                if end <= start:
                    issues.append((a, f"entity {label} covers only empty tokens: not imported"))
                    continue
                found.setdefault((start, end, label), []).append(layer)
            first += size
    return found, issues


def encode(count: int, entities: Iterable[Entity], scheme: str) -> list[str]:
    """Tags for ``count`` tokens holding non-overlapping ``entities`` in ``scheme``."""
    tags = ["O"] * count
    previous_end = -1
    previous_label = ""
    for first, stop, label in sorted(entities):
        size = stop - first
        if scheme == "IOB1":
            adjacent = previous_end == first and previous_label == label
            tags[first] = f"B-{label}" if adjacent else f"I-{label}"
            for i in range(first + 1, stop):
                tags[i] = f"I-{label}"
        elif scheme in ("BIOES", "BILOU", "BMES"):
            single, last = ("U", "L") if scheme == "BILOU" else ("S", "E")
            inside = "M" if scheme == "BMES" else "I"
            if size == 1:
                tags[first] = f"{single}-{label}"
            else:
                tags[first] = f"B-{label}"
                for i in range(first + 1, stop - 1):
                    tags[i] = f"{inside}-{label}"
                tags[stop - 1] = f"{last}-{label}"
        else:
            tags[first] = f"B-{label}"
            for i in range(first + 1, stop):
                tags[i] = f"I-{label}"
        previous_end, previous_label = stop, label
    return tags


class SchemeDetector:
    """Collects evidence per sentence and names the scheme (IOB2 when nothing tells otherwise)."""

    def __init__(self) -> None:
        self.prefixes: set[str] = set()
        self.b_at_start = 0  # B-X not following an X entity: IOB2 evidence
        self.i_at_start = 0  # I-X opening an entity: IOB1 (or sloppy IOB2) evidence

    def feed(self, tags: Sequence[str]) -> None:
        previous = ""
        for tag in tags:
            parsed = parse_tag(tag)
            if parsed is None or parsed[0] == "O":
                previous = ""
                continue
            prefix, label = parsed
            self.prefixes.add(prefix)
            if prefix == "B" and previous != label:
                self.b_at_start += 1
            elif prefix in "IM" and previous != label:
                self.i_at_start += 1
            previous = label if prefix in "BIM" else ""

    def scheme(self) -> str:
        if "M" in self.prefixes:
            return "BMES"
        if self.prefixes & {"L", "U"}:
            return "BILOU"
        if self.prefixes & {"E", "S"}:
            return "BIOES"
        if self.i_at_start and not self.b_at_start:
            return "IOB1"
        return DEFAULT_SCHEME


def normalise_scheme(value: object) -> str | None:
    """Canonical scheme name for an option value ("iob2", "bioes", "BILOU"...), None for unset."""
    if value is None or value == "":
        return None
    name = str(value).strip().upper()
    aliases = {"BIO": "IOB2", "IOB": "IOB2", "IOBES": "BIOES", "BILUO": "BILOU"}
    name = aliases.get(name, name)
    if name not in SCHEMES:
        raise ValueError(f"unknown tag scheme {value!r}; choose one of: {', '.join(SCHEMES)}")
    return name
