"""The streaming validator: each problem with its file and line, the store's messages, no writes."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from annotator.commands.validate import DocumentSource, validate
from annotator.errors import InputError
from annotator.model import Document, Span
from annotator.storage.corpus import Corpus
from annotator.storage.records import dumps_record


def _article_docs(article_text: str) -> list[Document]:
    docs = []
    for i, line in enumerate(l for l in article_text.split("\n") if l.strip()):
        spans = []
        for name, label in (("المغرب", "LOC"), ("كوخافي", "PERS"), ("الجيش الإسرائيلي", "ORG")):
            at = line.find(name)
            if at >= 0:
                spans.append(Span(at, at + len(name), label))
        docs.append(Document(id=f"p{i + 1}", text=line, spans=spans))
    return docs


def _write_jsonl(path: Path, docs: list[Document]) -> Path:
    path.write_text("".join(dumps_record(d) + "\n" for d in docs), encoding="utf-8", newline="\n")
    return path


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def test_clean_corpus_counts_documents_spans_labels(tmp_path: Path, article_text: str) -> None:
    docs = _article_docs(article_text)
    path = _write_jsonl(tmp_path / "corpus.jsonl", docs)
    report = validate(path)
    assert report.ok and report.problems == []
    assert report.documents == len(docs)
    assert report.spans == sum(len(d.spans) for d in docs) > 0
    assert set(report.labels) == {"LOC", "PERS", "ORG"}
    assert report.summary() == f"ok: {len(docs)} documents, {report.spans} spans, 3 labels"


BAD_LINES: list[tuple[str, str]] = [
    ("not json", "invalid JSON"),
    ('["a list"]', "not a JSON object"),
    ('{"id": "x"}', 'no "text" key'),
    ('{"text": 12}', '"text" must be a string'),
    ('{"text": "زار المغرب", "spans": [{"start": 4, "end": 99, "label": "LOC"}]}', "out of range"),
    ('{"text": "زار المغرب", "spans": [{"start": 8, "end": 4, "label": "LOC"}]}', "reversed"),
    (
        '{"text": "زار المغرب", "spans": [{"start": 4.0, "end": 10, "label": "LOC"}]}',
        "must be integers",
    ),
    ('{"text": "زار المغرب", "status": "maybe"}', "unknown status"),
    (
        '{"text": "زار المغرب", "spans": [{"start": 4, "end": 10, "label": "LOC", "text": "زار"}]}',
        "differs",
    ),
]


def test_every_bad_line_reported_with_its_line(tmp_path: Path) -> None:
    good = '{"text": "مرحبا"}'
    lines = [good]
    for bad, _ in BAD_LINES:
        lines += [bad, good]
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = _snapshot(tmp_path)
    report = validate(path)
    assert not report.ok
    assert report.documents == len(BAD_LINES) + 1
    by_line = {p.line: p.message for p in report.problems}
    for n, (_, expected) in enumerate(BAD_LINES):
        line = 2 + 2 * n
        assert expected in by_line[line], (line, by_line.get(line))
        assert all(p.path == str(path) for p in report.problems)
    assert _snapshot(tmp_path) == before  # nothing written, no lock, no journal


def test_messages_are_the_stores(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"text": "أ"}\n{"text": 3}\n\nnot json\n{"text": "ب", "status": "odd"}\n', encoding="utf-8"
    )
    with pytest.raises(InputError) as caught:
        Corpus.open(path, readonly=True)
    store = [str(p) for p in caught.value.problems]
    ours = [str(p) for p in validate(path).problems]
    assert store and ours == store


def test_undecodable_file_names_the_byte_and_suggests_encoding(tmp_path: Path) -> None:
    path = tmp_path / "cp1256.jsonl"
    path.write_bytes(('{"text": "زار المغرب"}\n' * 3).encode("cp1256"))
    report = validate(path)
    first = report.problems[0]
    assert first.line == 1 and "--encoding cp1256" in first.message and "UTF-8" in first.message
    with pytest.raises(InputError) as caught:
        Corpus.open(path, readonly=True)
    assert str(caught.value.problems[0]) == str(first)
    assert "2 more line(s)" in report.problems[-1].message
    fixed = validate(path, encoding="cp1256")
    assert fixed.ok and fixed.documents == 3


@pytest.mark.parametrize(
    "bom,codec",
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_byte_order_marks(tmp_path: Path, bom: bytes, codec: str) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(
        bom
        + '{"text": "في الرباط", "spans": [{"start": 3, "end": 9, "label": "LOC"}]}\r\n'.encode(
            codec
        )
    )
    report = validate(path)
    assert report.ok, report.problems
    assert report.documents == 1 and report.spans == 1


@pytest.mark.parametrize(
    "content,expected",
    [
        (b"", "the file is empty"),
        (codecs.BOM_UTF8, "the file is empty"),
        (b"\n  \n\n", "only blank lines"),
        (b'{"text": "a\x00b"}\n', "NUL byte"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "NUL byte"),
    ],
)
def test_empty_blank_and_binary_files(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_bytes(content)
    report = validate(path)
    assert not report.ok
    assert expected in report.problems[0].message


def test_labels_outside_the_schema(tmp_path: Path, article_text: str) -> None:
    path = _write_jsonl(tmp_path / "corpus.jsonl", _article_docs(article_text))
    report = validate(path, label_names={"PERS", "LOC"}, label_source="ner.toml")
    assert not report.ok
    assert all("'ORG' is not in the label schema ner.toml" in p.message for p in report.problems)
    assert report.problem_count == report.labels["ORG"]
    assert validate(path, label_names={"PERS", "LOC", "ORG"}).ok


def test_text_file_and_folder(tmp_path: Path, article_path: Path) -> None:
    report = validate(article_path)
    assert report.ok and report.documents == 1
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "b.txt").write_bytes("سطر\r\nثان\r\n".encode())
    (folder / "a.txt").write_bytes(article_path.read_bytes())
    (folder / "notes.md").write_text("not a source")
    source = DocumentSource(folder)
    docs = list(source.documents())
    assert [d.id for d in docs] == ["a.txt", "b.txt"]
    assert docs[1].text == "سطر\r\nثان\r\n"  # CRLF kept
    (folder / "c.txt").write_bytes("عربي".encode("cp1256"))
    bad = validate(folder)
    assert [p.path for p in bad.problems] == [str(folder / "c.txt")]
    assert "--encoding" in bad.problems[0].message


def test_text_source_with_saved_annotations_beside(tmp_path: Path, article_text: str) -> None:
    txt = tmp_path / "article.txt"
    txt.write_text(article_text, encoding="utf-8", newline="")
    beside = tmp_path / "article.annotations.jsonl"
    at = article_text.index("المغرب")
    beside.write_text(
        dumps_record(Document("article.txt", article_text, [Span(at, at + 6, "LOC")])) + "\n",
        encoding="utf-8",
    )
    for_stats = DocumentSource(txt, for_stats=True)
    assert for_stats.read_path == beside
    assert [len(d.spans) for d in for_stats.documents()] == [1]
    report = validate(txt)  # the text and the annotations are both checked
    assert report.ok and report.documents == 1 and report.spans == 1  # paired, counted once


def test_documents_raises_after_the_pass(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "أ"}\nnope\n{"text": "ب"}\n', encoding="utf-8")
    seen = []
    with pytest.raises(InputError) as caught:
        for doc in DocumentSource(path).documents():
            seen.append(doc.text)
    assert seen == ["أ", "ب"]
    assert caught.value.problems[0].line == 2


def test_missing_path_and_unknown_encoding(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        DocumentSource(tmp_path / "missing.jsonl")
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "x"}) + "\n")
    with pytest.raises(InputError, match="unknown encoding"):
        DocumentSource(tmp_path / "a.jsonl", encoding="klingon-8")


def test_text_changed_under_its_annotations(tmp_path: Path, article_text: str) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(article_text, encoding="utf-8", newline="")
    (folder / "b.txt").write_text("نص جديد", encoding="utf-8")
    at = article_text.index("المغرب")
    beside = tmp_path / "news.annotations.jsonl"
    beside.write_text(
        dumps_record(Document("a.txt", article_text, [Span(at, at + 6, "LOC")])) + "\n",
        encoding="utf-8",
    )
    report = validate(folder)
    assert report.ok, report.problems
    assert report.documents == 2  # a.txt (annotated) and b.txt (new), each counted once
    (folder / "a.txt").write_text(
        article_text.replace("المغرب", "المملكة", 1), encoding="utf-8", newline=""
    )
    changed = validate(folder)
    assert [p.path for p in changed.problems] == [str(folder / "a.txt")]
    assert "text changed since it was annotated" in changed.problems[0].message
    with pytest.raises(InputError) as caught:
        Corpus.open(folder, readonly=True)
    assert str(caught.value.problems[0]) == str(changed.problems[0])
