"""Training data for Hugging Face: a ``datasets`` dataset on disk, or Parquet files.

``annotator convert corpus.jsonl --to hf out_dir`` writes a ``DatasetDict`` that
``datasets.load_from_disk(out_dir)`` opens: per document ``id``, ``tokens`` (our tokenizer,
annotator.text.tokenize) and ``ner_tags``, a sequence of ``ClassLabel`` (``O``, then ``B-``
and ``I-`` of every label in order of appearance). Options (``--option KEY=VALUE``):

- ``split=train=0.8,dev=0.1,test=0.1`` — fractions of a shuffle by ``seed`` (default: one
  ``train`` split with every document in order);
- ``seed=N`` (default 0);
- ``parquet=1`` — write ``<split>.parquet`` files (pyarrow) and ``labels.json`` instead; also
  what happens when ``datasets`` is not installed but pyarrow is.

A token takes the label of the first span sharing a code point with it (``B-`` on the first
such token); a span that cuts a token, and a span overlapping an earlier one, is reported.
``datasets``/``pyarrow`` are an optional extra (``pip install 'annotator[hf]'``).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.formats.registry import Format, FormatError, Options, WriteReport, register
from annotator.model import Document
from annotator.storage.fileio import atomic_write_bytes
from annotator.text.tokenize import tokenize


def _splits(options: Options) -> list[tuple[str, float]]:
    raw = str(options.get("split", "") or "")
    if not raw:
        return [("train", 1.0)]
    out = []
    for part in raw.split(","):
        name, _, fraction = part.partition("=")
        try:
            out.append((name.strip(), float(fraction)))
        except ValueError:
            raise FormatError(f"split: expected NAME=FRACTION, got {part!r}") from None
    if any(f < 0 for _n, f in out) or abs(sum(f for _n, f in out) - 1) > 1e-6:
        raise FormatError(f"split: the fractions must be >= 0 and add up to 1, got {raw!r}")
    return out


def iob_tags(doc: Document, report: WriteReport) -> tuple[list[str], list[str]]:
    """The document's tokens and their IOB2 tags."""
    tokens = tokenize(doc.text)
    tags = ["O"] * len(tokens)
    taken = [False] * len(tokens)
    for span in doc.spans:
        inside = [k for k, t in enumerate(tokens) if t.start < span.end and span.start < t.end]
        if not inside:
            continue
        if tokens[inside[0]].start != span.start or tokens[inside[-1]].end != span.end:
            report.warnings.append(
                f"{doc.id}: span [{span.start}, {span.end}) {span.label} cuts a token: "
                "the whole token is labelled"
            )
        if any(taken[k] for k in inside):
            report.warnings.append(
                f"{doc.id}: span [{span.start}, {span.end}) {span.label} overlaps an earlier "
                "span: left out (a token has one tag)"
            )
            continue
        for n, k in enumerate(inside):
            tags[k] = ("B-" if n == 0 else "I-") + span.label
            taken[k] = True
    return [doc.text[t.start : t.end] for t in tokens], tags


def write(docs: Iterable[Document], path: Path, options: Options) -> WriteReport:
    report = WriteReport()
    rows: list[dict[str, Any]] = []
    names = ["O"]
    for doc in docs:
        tokens, tags = iob_tags(doc, report)
        for tag in tags:
            if tag not in names:
                label = tag[2:]
                names += [f"B-{label}", f"I-{label}"]
        rows.append({"id": doc.id, "tokens": tokens, "tags": tags})
        report.documents += 1
        report.spans += len(doc.spans)
    code = {name: i for i, name in enumerate(names)}
    for row in rows:
        row["ner_tags"] = [code[t] for t in row.pop("tags")]
    order = list(range(len(rows)))
    parts = _splits(options)
    if len(parts) > 1:
        random.Random(int(options.get("seed", 0) or 0)).shuffle(order)
    split_rows: dict[str, list[dict[str, Any]]] = {}
    start = 0
    for k, (name, fraction) in enumerate(parts):
        end = len(order) if k == len(parts) - 1 else start + round(fraction * len(order))
        split_rows[name] = [rows[i] for i in order[start:end]]
        start = end
    if str(options.get("parquet", "")) in ("1", "true", "yes") or not _has_datasets():
        _write_parquet(split_rows, names, path)
    else:
        _write_datasets(split_rows, names, path)
    return report


def _has_datasets() -> bool:
    try:
        import datasets  # noqa: F401
    except ImportError:
        return False
    return True


def _write_datasets(
    split_rows: dict[str, list[dict[str, Any]]], names: list[str], path: Path
) -> None:
    import datasets

    features = datasets.Features(
        {
            "id": datasets.Value("string"),
            "tokens": datasets.Sequence(datasets.Value("string")),
            "ner_tags": datasets.Sequence(datasets.ClassLabel(names=names)),
        }
    )
    parts = {
        name: datasets.Dataset.from_list(rows, features=features)
        for name, rows in split_rows.items()
    }
    datasets.DatasetDict(parts).save_to_disk(str(path))


def _write_parquet(
    split_rows: dict[str, list[dict[str, Any]]], names: list[str], path: Path
) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise FormatError(
            "the hf export needs the datasets or pyarrow package: "
            "pip install 'annotator[hf]' (or pip install datasets)"
        ) from None
    path.mkdir(parents=True, exist_ok=True)
    schema = pa.schema(
        [("id", pa.string()), ("tokens", pa.list_(pa.string())), ("ner_tags", pa.list_(pa.int64()))]
    )
    for name, rows in split_rows.items():
        table = pa.Table.from_pylist(rows, schema=schema)
        pq.write_table(table, str(path / f"{name}.parquet"))
    labels = json.dumps({"ner_tags": names}, ensure_ascii=False, indent=2) + "\n"
    atomic_write_bytes(path / "labels.json", labels.encode("utf-8"))


WRITE_OPTIONS = {
    "split": "NAME=FRACTION,... e.g. train=0.8,dev=0.1,test=0.1 (default: one train split)",
    "seed": "the shuffle's seed for the split (default 0)",
    "parquet": "1: <split>.parquet files and labels.json instead of a datasets folder",
}
FORMAT = register(
    Format(
        "hf",
        "Hugging Face dataset (tokens, ner_tags)",
        ("",),
        "codepoint",
        None,
        write,
        write_options=WRITE_OPTIONS,
    )
)
