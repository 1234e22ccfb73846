"""Git as the shared store: a merge driver for corpora (by document, then by span) and its setup.

``annotator git-merge BASE OURS THEIRS [PATH]`` is what git runs (``merge.annotator.driver``)
for files marked ``merge=annotator`` in .gitattributes. Documents are matched by id:

- a document nobody changed, or only one side changed: that side's line, byte for byte;
- both changed it: a three-way merge of its spans as (start, end, label) sets — spans added
  by either side are added, spans removed by either side are removed — and of status and note;
- true conflicts: the same range labelled differently by the two sides, a span one side
  deleted while the other relabelled or resized it, overlapping spans added by both sides
  that differ, status or note changed differently. The document then keeps everything both
  sides agree on as accepted spans and both sides' versions under ``"versions"`` (named after
  who changed them), for ``annotator adjudicate`` or the window. Never conflict markers.

Exit 0 when clean, 1 when conflicts were left as adjudication items: git then reports the
file as conflicted, with our valid JSONL in the work tree, until it is added again.
Label schemas (``*.labels.toml``) merge as the union of both sides' labels.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from annotator.errors import SchemaError
from annotator.model import CHANGED_KEY, Document
from annotator.schema import LabelSchema
from annotator.storage.fileio import atomic_write_bytes, atomic_writer
from annotator.storage.records import record_line_bytes
from annotator.team.files import TeamError, TeamFile, read_team_file
from annotator.team.versions import VERSIONS_KEY, Version, versions_record, with_origin

ATTRIBUTES = ("*.jsonl merge=annotator", "*.labels.toml merge=annotator")

Key = tuple[int, int, str]


@dataclass
class GitMergeResult:
    documents: int = 0
    merged: int = 0  # documents both sides changed, merged cleanly
    conflicts: int = 0  # documents left with versions


def _read(path: Path, name: str) -> TeamFile | None:
    if not path.is_file() or path.stat().st_size == 0:
        return None  # git passes an empty base when both sides added the file
    return read_team_file(path, name)


def merge_files(base: Path, ours: Path, theirs: Path, where: str = "") -> GitMergeResult:
    """Merge THEIRS into OURS (rewritten atomically) against BASE; see the module docstring."""
    if where.endswith(".toml") or ours.suffix == ".toml":
        return _merge_schemas(base, ours, theirs)
    b, o, t = _read(base, "base"), _read(ours, "ours"), _read(theirs, "theirs")
    if o is None or t is None:
        keep = theirs if o is None else ours
        if keep != ours:
            atomic_write_bytes(ours, keep.read_bytes())
        return GitMergeResult()
    result = GitMergeResult()
    with atomic_writer(ours) as out:
        for line in _merged_lines(b, o, t, result):
            out.write(line + b"\n")
    return result


def _merged_lines(
    b: TeamFile | None, o: TeamFile, t: TeamFile, result: GitMergeResult
) -> Iterator[bytes]:
    def raw(f: TeamFile | None, doc_id: str) -> bytes | None:
        if f is None or doc_id not in f.ids:
            return None
        return f.index.raw(f.ids[doc_id])

    order = sorted(o.ids, key=o.ids.__getitem__)
    order += [d for d in sorted(t.ids, key=t.ids.__getitem__) if d not in o.ids]
    for doc_id in order:
        bo, oo, to = raw(b, doc_id), raw(o, doc_id), raw(t, doc_id)
        if oo is None or to is None:  # one side lacks it: deleted there, or added here
            if bo is None or (oo or to) != bo:
                result.documents += 1
                yield oo if oo is not None else to  # type: ignore[misc]
            continue  # deleted on one side and unchanged on the other: deleted
        result.documents += 1
        if oo == to or to == bo:
            yield oo
        elif oo == bo:
            yield to
        else:
            yield _merge_document(doc_id, b, o, t, result)


def _merge_document(
    doc_id: str, b: TeamFile | None, o: TeamFile, t: TeamFile, result: GitMergeResult
) -> bytes:
    ours, theirs = o.document(doc_id), t.document(doc_id)
    base = b.document(doc_id) if b is not None and doc_id in b.ids else None
    if ours.text != theirs.text:
        raise TeamError(f"document {doc_id!r}: its text differs between the branches")
    base_keys = {s.key for s in base.spans} if base is not None else set()
    o_keys, t_keys = {s.key for s in ours.spans}, {s.key for s in theirs.spans}
    clean = (base_keys & o_keys & t_keys) | (o_keys - base_keys) | (t_keys - base_keys)
    clash = _clashes(base_keys, o_keys, t_keys)
    merged = ours.copy()
    spans = {s.key: s for s in (*theirs.spans, *ours.spans)}
    merged.spans = sorted(spans[k] for k in clean - clash)
    status = _three_way(base.status if base else ours.status, ours.status, theirs.status)
    note = _three_way(base.note if base else ours.note, ours.note, theirs.note)
    _stamp(merged, ours, theirs)
    if not clash and status is not None and note is not None:
        merged.status, merged.note = status, note
        result.merged += 1
        return record_line_bytes(merged)
    result.conflicts += 1
    agreed = [with_origin(s, ["ours", "theirs"]) for s in merged.spans]
    merged.spans = agreed
    merged.status = status or (base.status if base else "todo")
    merged.note = note if note is not None else ours.note
    names = _names(ours, theirs)
    versions = {
        names[0]: Version(tuple(spans[k] for k in sorted((clean - clash) | (o_keys & clash))),
                          ours.status, ours.extra.get(CHANGED_KEY)),
        names[1]: Version(tuple(spans[k] for k in sorted((clean - clash) | (t_keys & clash))),
                          theirs.status, theirs.extra.get(CHANGED_KEY)),
    }  # fmt: skip
    merged.extra[VERSIONS_KEY] = versions_record(versions, merged.text)
    return record_line_bytes(merged)


def _clashes(base: set[Key], ours: set[Key], theirs: set[Key]) -> set[Key]:
    """Spans whose fate the two sides decided differently (see the module docstring)."""
    added_o, added_t = ours - base, theirs - base
    removed_both = (base - ours) & (base - theirs)
    clash: set[Key] = set()
    for k in added_o:  # both added, differently, at the same place
        rivals = {x for x in added_t if x != k and _overlap(x, k)}
        if rivals:
            clash |= rivals | {k}
    for k in removed_both:  # one side deleted a span the other relabelled or resized
        by_o = {x for x in added_o if _overlap(x, k)}
        by_t = {x for x in added_t if _overlap(x, k)}
        if bool(by_o) != bool(by_t):
            clash |= by_o | by_t
    return clash - (ours & theirs)


def _overlap(a: Key, b: Key) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _three_way(base: str, ours: str, theirs: str) -> str | None:
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    return None


def _stamp(merged: Document, ours: Document, theirs: Document) -> None:
    stamps = [d.extra.get(CHANGED_KEY) for d in (ours, theirs)]
    dated = [s for s in stamps if isinstance(s, dict)]
    if dated:
        merged.extra[CHANGED_KEY] = max(dated, key=lambda s: str(s.get("at", "")))


def _names(ours: Document, theirs: Document) -> tuple[str, str]:
    a = ours.changed[0] if ours.changed else "ours"
    b = theirs.changed[0] if theirs.changed else "theirs"
    return (a, b) if a != b else ("ours", "theirs")


def _merge_schemas(base: Path, ours: Path, theirs: Path) -> GitMergeResult:
    """Label schemas: ours, plus the labels theirs added; a clash (hotkey) is a conflict."""
    try:
        mine, other = LabelSchema.load(ours), LabelSchema.load(theirs)
        known = set(mine.names)
        added = [label for label in other if label.name not in known]
        union = LabelSchema([*mine, *added], mine.allow_overlap or other.allow_overlap,
                            mine.name, source=str(ours), extra=mine.extra)  # fmt: skip
    except SchemaError:
        return GitMergeResult(conflicts=1)
    atomic_write_bytes(ours, union.to_toml().encode("utf-8"))
    return GitMergeResult()


def driver_command() -> str:
    """The driver line for .git/config: this Python, so it works whatever PATH git has."""
    return f"{shlex.quote(sys.executable)} -m annotator git-merge %O %A %B %P"


def git_setup(repo: Path) -> list[str]:
    """Register the driver in REPO's .git/config and mark corpora in .gitattributes."""

    def git(*args: str) -> str:
        command = ["git", "-C", str(repo), *args]
        done = subprocess.run(command, check=False, capture_output=True, text=True)
        if done.returncode != 0:
            raise TeamError(f"git {' '.join(args)} failed in {repo}: {done.stderr.strip()}")
        return done.stdout.strip()

    top = Path(git("rev-parse", "--show-toplevel"))
    git("config", "merge.annotator.name", "annotator: merge corpora by document and span")
    git("config", "merge.annotator.driver", driver_command())
    attributes = top / ".gitattributes"
    old = attributes.read_text(encoding="utf-8") if attributes.is_file() else ""
    lines = old.splitlines()
    missing = [a for a in ATTRIBUTES if a not in lines]
    if missing:
        text = old + ("" if not old or old.endswith("\n") else "\n") + "\n".join(missing) + "\n"
        atomic_write_bytes(attributes, text.encode("utf-8"))
    return [
        f"merge.annotator.driver = {driver_command()} (in {top / '.git' / 'config'})",
        *(f"{attributes}: {a}" for a in ATTRIBUTES),
        (
            "commit .gitattributes so every clone merges corpora by document and span;"
            " each clone runs `annotator git-setup` once"
        ),
    ]
