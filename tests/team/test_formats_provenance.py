"""Who did what through the interchange formats that have a place for it, and back."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from annotator.formats.registry import get
from annotator.model import Document, Span
from tests.conftest import DATA

TEXT = "زار محمد بن سلمان القاهرة"
STAMP = {"by": "sara", "at": "2026-11-30T10:20:30Z"}


def _doc() -> Document:
    spans = [Span(4, 8, "PER").authored("sara"), Span(18, 25, "LOC").authored("omar")]
    return Document("d1", TEXT, spans, status="done", extra={"changed": dict(STAMP)})


def _round_trip(fmt: str, tmp_path: Path, **options: str) -> tuple[Document, list[str]]:
    target = tmp_path / ("out" if fmt == "brat" else f"out.{fmt}")
    report = get(fmt).write([_doc()], target, options)  # type: ignore[misc]
    (back,) = list(get(fmt).read(target, {}))  # type: ignore[misc]
    return back, report.warnings


@pytest.mark.parametrize("fmt", ["prodigy", "labelstudio", "doccano", "brat"])
def test_the_stamp_comes_back(fmt: str, tmp_path: Path) -> None:
    back, _warnings = _round_trip(fmt, tmp_path)
    assert back.changed == ("sara", STAMP["at"])


def test_prodigy_annotator_id_and_timestamp(tmp_path: Path) -> None:
    target = tmp_path / "p.jsonl"
    get("prodigy").write([_doc()], target, {})  # type: ignore[misc]
    task = json.loads(target.read_text(encoding="utf-8"))
    assert task["_annotator_id"] == "sara" and task["_timestamp"] == int(
        datetime(2026, 11, 30, 10, 20, 30, tzinfo=UTC).timestamp()
    )
    assert "changed" not in task  # said by Prodigy's own keys
    task["_annotator_id"] = "news_ner-omar"
    target.write_text(json.dumps(task, ensure_ascii=False) + "\n", encoding="utf-8")
    (back,) = list(get("prodigy").read(target, {}))  # type: ignore[misc]
    assert back.changed == ("news_ner-omar", STAMP["at"])
    again = tmp_path / "again.jsonl"
    get("prodigy").write([back], again, {})  # type: ignore[misc]
    assert json.loads(again.read_text(encoding="utf-8")) == task  # byte-level keys kept


def test_labelstudio_completed_by(tmp_path: Path) -> None:
    target = tmp_path / "ls.json"
    get("labelstudio").write([_doc()], target, {})  # type: ignore[misc]
    (task,) = json.loads(target.read_text(encoding="utf-8"))
    annotation = task["annotations"][0]
    assert annotation["completed_by"] == "sara" and annotation["updated_at"] == STAMP["at"]
    assert "changed" not in task  # said by completed_by and updated_at
    annotation["completed_by"] = {"id": 3, "email": "omar@example.org"}
    target.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    (back,) = list(get("labelstudio").read(target, {}))  # type: ignore[misc]
    assert back.changed == ("omar@example.org", STAMP["at"])


def test_span_authors_in_doccano_entities_and_brat_notes(tmp_path: Path) -> None:
    back, warnings = _round_trip("doccano", tmp_path, shape="entities")
    assert [s.by for s in back.spans] == ["sara", "omar"] and not warnings
    _plain, warnings = _round_trip("doccano", tmp_path)
    assert any("entities shape" in w for w in warnings)
    back, _warnings = _round_trip("brat", tmp_path)
    assert [s.by for s in back.spans] == ["sara", "omar"]
    ann = next((tmp_path / "out").glob("*.ann")).read_text(encoding="utf-8")
    assert "AnnotatorNotes T1\t[by sara]" in ann


def test_brat_note_and_author_together(tmp_path: Path) -> None:
    doc = _doc()
    doc.spans = [Span(4, 8, "PER", {"note": "الاسم الأول", "by": "lina"})]
    get("brat").write([doc], tmp_path / "b", {})  # type: ignore[misc]
    (back,) = list(get("brat").read(tmp_path / "b", {}))  # type: ignore[misc]
    assert back.spans[0].by == "lina" and back.spans[0].meta["note"] == "الاسم الأول"


def test_real_prodigy_file_has_no_annotator() -> None:
    path = (
        DATA
        / "format-samples"
        / "prodigy"
        / "annotated_news_headlines-ORG-PERSON-LOCATION-ner.jsonl"
    )
    docs = list(get("prodigy").read(path, {}))  # type: ignore[misc]
    assert docs and all(d.changed is None for d in docs)
