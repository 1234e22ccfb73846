"""The catalogue of bad inputs: each names file, line and problem, and leaves the disk untouched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.errors import InputError
from annotator.storage import lines as jsonl
from annotator.storage.corpus import Corpus

BAD = Path(__file__).parent / "fixtures" / "bad"

# (fixture file, line named in the message or None, words the message must contain)
CATALOGUE: list[tuple[str, int | None, tuple[str, ...]]] = [
    ("invalid_json.jsonl", 2, ("invalid JSON", "Unterminated string")),
    ("trailing_comma.jsonl", 1, ("invalid JSON",)),
    ("not_object.jsonl", 3, ("not a JSON object", "a list")),
    ("string_line.jsonl", 1, ("not a JSON object", "a string")),
    ("missing_text.jsonl", 2, ('no "text" key',)),
    ("text_not_string.jsonl", 1, ('"text" must be a string', "a number")),
    ("text_null.jsonl", 2, ('"text" must be a string', "null")),
    ("offsets_out_of_range.jsonl", 2, ("span 1 [9, 40) LOC", "out of range", "16 code points")),
    ("offsets_reversed.jsonl", 1, ("[8, 4)", "reversed")),
    ("offsets_empty.jsonl", 1, ("[4, 4)", "empty")),
    ("offsets_negative.jsonl", 1, ("[-1, 3)", "negative")),
    ("offsets_float.jsonl", 1, ("must be integers", "start=4.0")),
    ("offsets_bool.jsonl", 1, ("must be integers", "start=true")),
    ("offsets_string.jsonl", 1, ("must be integers", 'start="4"')),
    ("span_missing_label.jsonl", 1, ("span 1 has no label",)),
    ("span_empty_label.jsonl", 1, ("label must be a non-empty string",)),
    ("span_not_object.jsonl", 1, ("span 1 is not an object", "a list")),
    ("spans_not_list.jsonl", 1, ('"spans" must be a list', "an object")),
    ("span_text_drift.jsonl", 2, ("[5, 9) PER", "differs from the document text", "drifted")),
    ("duplicate_span.jsonl", 1, ("span 2 [4, 8) PER is a duplicate",)),
    ("unknown_status.jsonl", 1, ('unknown status "finished"', "todo, done, skipped, flagged")),
    ("meta_not_object.jsonl", 1, ('"meta" must be an object',)),
    ("note_not_string.jsonl", 1, ('"note" must be a string',)),
    ("id_not_string.jsonl", 1, ('"id" must be a non-empty string',)),
    ("offset_unit_utf16.jsonl", 1, ('"offset_unit" is "utf16"', "annotator convert")),
    ("nul_byte.jsonl", 2, ("NUL byte", "binary file")),
    ("escaped_nul.jsonl", 2, ("NUL character",)),
    ("lone_surrogate.jsonl", 2, ("unpaired surrogate U+D800",)),
    ("cp1256.jsonl", 2, ("not valid UTF-8", "--encoding cp1256")),
    ("empty.jsonl", None, ("empty",)),
    ("bom_only.jsonl", None, ("empty",)),
    ("blank_only.jsonl", None, ("only blank lines",)),
    ("utf16_no_bom.jsonl", 1, ("NUL byte", "--encoding utf-16-le")),
    ("utf32.jsonl", 1, ("UTF-32", "--encoding utf-32")),
    ("binary.jsonl", 3, ("NUL byte", "binary file")),
    ("many_bad_lines.jsonl", 2, ("invalid JSON",)),
    ("cp1256.txt", 1, ("not valid UTF-8", "--encoding cp1256")),
    ("iso8859_6.txt", 1, ("not valid UTF-8", "iso8859-6")),
    ("empty.txt", None, ("empty",)),
    ("binary.txt", 1, ("NUL byte", "binary file")),
    ("utf16_no_bom.txt", 1, ("NUL byte", "utf-16")),
    ("notes.csv", None, ("cannot open this kind of file", ".jsonl")),
    # JSON that json.loads lets through, or fails on with something else than JSONDecodeError
    ("duplicate_key_spans.jsonl", 2, ('the key "spans" appears twice in the record', "lost")),
    ("duplicate_key_in_span.jsonl", 1, ('span 1 has the key "label" twice',)),
    ("duplicate_key_in_meta.jsonl", 2, ('the key "page" appears twice in meta.source',)),
    ("nan.jsonl", 1, ("NaN is not a JSON number", "write null or a number")),
    ("infinity.jsonl", 2, ("-Infinity is not a JSON number",)),
    ("float_overflow.jsonl", 1, ("the number 1e400 is too large",)),
    ("huge_integer_offset.jsonl", 1, ("at column 61", "more than 4,300 digits")),
    ("huge_integer_meta.jsonl", 2, ("more than 4,300 digits",)),
    ("deep_meta.jsonl", 1, ("nested more than 200 levels deep",)),
    ("nested_deeper_than_200.jsonl", 2, ("nested more than 200 levels deep",)),
    ("surrogate_in_label.jsonl", 1, ("span 1: label contains an unpaired surrogate U+DC80",)),
    ("surrogate_in_id.jsonl", 2, ('"id" contains an unpaired surrogate U+D83D',)),
    (
        "surrogate_in_note.jsonl",
        1,
        ('"note" contains an unpaired surrogate U+D800 at code point 3',),
    ),
    ("nul_in_id.jsonl", 2, ('"id" contains a NUL character (U+0000) at code point 1',)),
]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.mark.parametrize(("name", "line", "words"), CATALOGUE, ids=[c[0] for c in CATALOGUE])
@pytest.mark.parametrize("readonly", [False, True], ids=["write", "readonly"])
def test_bad_input_is_named_and_nothing_changes(
    tmp_path: Path, name: str, line: int | None, words: tuple[str, ...], readonly: bool
) -> None:
    path = tmp_path / name
    shutil.copyfile(BAD / name, path)
    before = _snapshot(tmp_path)
    with pytest.raises(InputError) as caught:
        Corpus.open(path, readonly=readonly)
    message = str(caught.value)
    first = caught.value.problems[0]
    assert first.path == str(path)
    assert first.line == line
    assert message.startswith(f"{path}:{line}: " if line else f"{path}: ")
    for word in words:
        assert word in message
    assert (
        _snapshot(tmp_path) == before
    )  # bytes unchanged; no annotations, journal or lock file left


def test_catalogue_is_large_enough() -> None:
    assert len(CATALOGUE) >= 25
    assert {name for name, _, _ in CATALOGUE} == {p.name for p in BAD.iterdir()}


def test_every_bad_line_of_a_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    shutil.copyfile(BAD / "many_bad_lines.jsonl", path)
    with pytest.raises(InputError) as caught:
        Corpus.open(path)
    assert [p.line for p in caught.value.problems] == [2, 4, 6]


def test_problems_are_capped(tmp_path: Path) -> None:
    path = tmp_path / "lots.jsonl"
    path.write_text("{\n" * 150, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        Corpus.open(path)
    assert len(caught.value.problems) == jsonl.MAX_PROBLEMS
    assert caught.value.more == 50
    assert "and 130 more problem(s)" in str(caught.value)  # 20 shown in the message


def test_huge_single_line_is_refused_with_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 1000)
    path = tmp_path / "huge.jsonl"
    path.write_text('{"text": "a"}\n{"text": "' + "م" * 2000 + '"}\n', encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(InputError) as caught:
        Corpus.open(path)
    assert str(caught.value).startswith(
        f"{path}:2: the line is 4,012 bytes, over the 1,000 bytes limit"
    )
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["huge.jsonl"]


def test_folder_with_one_bad_file_names_it_and_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("نص جيد", encoding="utf-8")
    shutil.copyfile(BAD / "cp1256.txt", folder / "b.txt")
    shutil.copyfile(BAD / "empty.txt", folder / "c.txt")
    with pytest.raises(InputError) as caught:
        Corpus.open(folder)
    assert [(Path(p.path).name, p.line) for p in caught.value.problems] == [
        ("b.txt", 1),
        ("c.txt", None),
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news"]


def test_folder_without_text_files(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="holds no .txt files"):
        Corpus.open(tmp_path / "empty")


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        Corpus.open(tmp_path / "nope.jsonl")


def test_large_file_validates_lazily_but_never_drops_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "جيد"}\n{"text": 5}\n{"text": "آخر"}\n', encoding="utf-8")
    corpus = Corpus.open(path, eager_limit=10)  # above the limit: bad lines surface per document
    try:
        with pytest.raises(InputError, match=r"big.jsonl:2: \"text\" must be a string"):
            corpus[1]
        assert corpus.summary(1).status == "invalid"
        assert [p.line for p in corpus.validate()] == [2]
        from annotator.edits import SetStatus

        corpus.apply(2, SetStatus("todo", "done"))
        corpus.save()
    finally:
        corpus.close()
    assert (
        path.read_text(encoding="utf-8").splitlines()[1] == '{"text": 5}'
    )  # copied back byte for byte
