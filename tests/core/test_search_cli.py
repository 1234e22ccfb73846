"""`annotator search`: output, exit codes, and the same documents as the corpus sees them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.commands.cli import main
from annotator.commands.search_scan import _json_string
from annotator.edits import AddSpan
from annotator.model import Document, Span
from annotator.storage.corpus import Corpus
from annotator.storage.records import dumps_record


def _write(path: Path, lines: list[str], newline: str = "\n", bom: bool = False) -> Path:
    data = newline.join(lines) + newline
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode("utf-8"))
    return path


def _docs(article: str) -> list[str]:
    paragraphs = [p for p in article.split("\n") if p.strip()]
    lines = [
        dumps_record(Document(f"d{i}", p, [Span(0, 3, "PERS")] if i == 4 else []))
        for i, p in enumerate(paragraphs)
    ]
    # written by another tool: keys in another order, no id, \u escapes
    lines.append(json.dumps({"meta": {}, "text": paragraphs[5]}, ensure_ascii=True))
    return lines


def _search(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    code = main(["search", *args, "--bidi", "logical"])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def _expected(path: Path, query: str) -> list[tuple[int, str, int, int]]:
    """Every (index, id, start, end) of ``query`` as str.find sees the corpus's own documents."""
    out = []
    with Corpus.open(path, readonly=True) as corpus:
        for i, doc in enumerate(corpus.iter_documents()):
            pos = doc.text.find(query)
            while pos >= 0:
                out.append((i, doc.id, pos, pos + len(query)))
                pos = doc.text.find(query, pos + len(query))
    return out


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_json_output_matches_the_corpus(
    tmp_path: Path, article_text: str, capsys: pytest.CaptureFixture[str], newline: str
) -> None:
    lines = _docs(article_text)
    lines[3:3] = ["", "   "]  # blank lines are not documents
    path = _write(tmp_path / "c.jsonl", lines, newline, bom=True)
    code, out, err = _search(capsys, str(path), "كوخافي", "--json")
    assert code == 0 and not err
    records = [json.loads(line) for line in out]
    assert [(r["index"], r["id"], r["start"], r["end"]) for r in records] == _expected(
        path, "كوخافي"
    )
    assert {r["text"] for r in records} == {"كوخافي"}
    assert "line-" in "".join(r["id"] for r in records)  # the other tool's line, no id
    for r in records:
        assert lines[r["line"] - 1].startswith(("{", '{"meta"'))


def test_text_output_and_exit_codes(
    tmp_path: Path, article_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "c.jsonl", _docs(article_text))
    code, out, _ = _search(capsys, str(path), "الوديي", "--clitics")
    assert code == 0
    start = article_text.index("الوديي")
    context = article_text[start - 40 : start] + "[[الوديي]]" + article_text[start + 6 : start + 46]
    assert out == [f"d0:{start}-{start + 6}: …{context}…"]
    assert _search(capsys, str(path), "زهرة")[0] == 1
    code, _, err = _search(capsys, str(path), "(", "--regex")
    assert code == 2 and "regular expression" in err and "Traceback" not in err
    assert _search(capsys, str(tmp_path / "missing.jsonl"), "x")[0] == 2
    assert len(_search(capsys, str(path), "في", "--limit", "2")[1]) == 2


def test_control_characters_in_ids_and_text_are_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(
        tmp_path / "c.jsonl", [dumps_record(Document("a\x1b[2Jb", "x\x1b]0;t\x07 المغرب"))]
    )
    code, out, _ = _search(capsys, str(path), "المغرب")
    assert code == 0 and "\x1b" not in out[0] and "\\x1b" in out[0]


def test_label_searches_inside_spans_of_that_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "زار المغرب ثم قال المغرب"
    doc = Document("d", text, [Span(4, 10, "LOC"), Span(14, 17, "PER")])
    path = _write(tmp_path / "c.jsonl", [dumps_record(doc)])
    code, out, _ = _search(capsys, str(path), "المغرب", "--label", "LOC", "--json")
    assert code == 0 and [json.loads(o)["start"] for o in out] == [4]
    assert json.loads(out[0])["label"] == "LOC"
    assert _search(capsys, str(path), "المغرب", "--label", "PER")[0] == 1


def test_unsaved_edits_in_the_journal_are_searched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "c.jsonl", [dumps_record(Document("d", "زار المغرب"))])
    corpus = Corpus.open(path)
    corpus.apply(0, AddSpan(Span(4, 10, "LOC")))
    corpus.close()  # the edit stays in the journal, not in the file
    code, out, _ = _search(capsys, str(path), "المغرب", "--label", "LOC")
    assert code == 0 and out[0].startswith("d:4-10:")


def test_a_broken_line_is_reported_and_the_rest_searched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(
        tmp_path / "c.jsonl",
        ['{"text": "المغرب", "spans": 3}', dumps_record(Document("b", "المغرب"))],
    )
    code, out, err = _search(capsys, str(path), "المغرب")
    assert code == 2 and "c.jsonl:1:" in err and out[0].startswith("b:0-6:")


@given(st.text())
def test_json_strings_are_read_as_json_reads_them(text: str) -> None:
    for ascii_only in (False, True):
        body = json.dumps(text, ensure_ascii=ascii_only)[1:-1]
        try:
            raw = body.encode("utf-8")
        except UnicodeEncodeError:
            continue  # a lone surrogate: never in a line we read
        assert _json_string(raw) == text
