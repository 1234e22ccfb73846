"""Label schemas: TOML round trip, errors naming file and label, ensure() never drops a label."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotator.errors import SaveError, SchemaError
from annotator.schema import HOTKEYS, Label, LabelSchema, schema_path_for
from annotator.storage.schema_file import save_schema


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_default_schema_is_arabic_ner() -> None:
    schema = LabelSchema.default()
    assert schema.names == ["PERS", "ORG", "LOC", "MISC"]
    assert not schema.allow_overlap
    assert [schema.by_hotkey(k).name for k in "1234"] == schema.names  # type: ignore[union-attr]
    assert [schema.by_hotkey(k).name for k in "polm"] == ["PERS", "ORG", "LOC", "MISC"]  # type: ignore[union-attr]
    assert schema.by_hotkey("P") is schema.by_name("PERS")
    assert "أشخاص" in schema.by_name("PERS").description  # type: ignore[union-attr]
    colors = [label.color for label in schema.labels]
    assert len(set(colors)) == 4
    for color in colors:  # light enough to read black text on
        r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
        assert 0.2126 * r + 0.7152 * g + 0.0722 * b > 180


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    schema = LabelSchema(
        [Label("شخص", "#ffcc00", "1", "أشخاص"), Label("مكان", "#00ccff", None, "", alt_hotkey="m")],
        allow_overlap=True,
        name="مخطط",
    )
    path = tmp_path / "corpus.labels.toml"
    save_schema(schema, path)
    loaded = LabelSchema.load(path)
    assert loaded == schema
    assert loaded.by_hotkey("m").name == "مكان"  # type: ignore[union-attr]
    assert loaded.source == str(path)
    assert not [
        p for p in tmp_path.iterdir() if p.name != "corpus.labels.toml"
    ]  # no temp file left


def test_unknown_keys_are_kept(tmp_path: Path) -> None:
    path = write(
        tmp_path / "s.toml",
        'version = 3\n[[labels]]\nname = "PER"\ncolor = "#aabbcc"\nshortcut_note = "x"\n',
    )
    schema = LabelSchema.load(path)
    out = tmp_path / "out.toml"
    save_schema(schema, out)
    text = out.read_text(encoding="utf-8")
    assert "version = 3" in text and 'shortcut_note = "x"' in text


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            (
                '[[labels]]\nname = "PER"\ncolor = "#aabbcc"\n'
                '[[labels]]\nname = "PER"\ncolor = "#bbccdd"\n'
            ),
            "label 'PER' is defined twice",
        ),
        (
            (
                '[[labels]]\nname = "PER"\ncolor = "#aabbcc"\nhotkey = "1"\n'
                '[[labels]]\nname = "LOC"\ncolor = "#bbccdd"\nhotkey = "1"\n'
            ),
            "label 'LOC': hotkey '1' is already used by 'PER'",
        ),
        (
            '[[labels]]\nname = "PER"\ncolor = "red"\n',
            "label 'PER': colour 'red' is not of the form #rrggbb",
        ),
        ('[[labels]]\nname = "PER"\ncolor = "#abc"\n', "colour '#abc'"),
        ('[[labels]]\nname = "PER"\n', "label 'PER' has no colour"),
        (
            '[[labels]]\nname = "PER"\ncolor = "#aabbcc"\nhotkey = "F1"\n',
            "hotkey 'F1' is not one of 1-9 or a-z",
        ),
        ('[[labels]]\nname = "PER"\ncolor = "#aabbcc"\nhotkey = "ح"\n', "hotkey 'ح'"),
        ('[[labels]]\nname = ""\ncolor = "#aabbcc"\n', "label name must be a non-empty string"),
        (
            '[[labels]]\nname = "PER"\ncolor = "#aabbcc"\nhotkey = "p"\nalt_hotkey = "P"\n',
            "given twice",
        ),
        ('allow_overlap = "yes"\n', "allow_overlap must be true or false"),
        ("labels = 3\n", "'labels' must be an array of tables"),
        ("[[labels]\nname = 1\n", "not valid TOML"),
    ],
)
def test_bad_schema_names_file_and_label(tmp_path: Path, toml: str, message: str) -> None:
    path = write(tmp_path / "corpus.labels.toml", toml)
    before = path.read_bytes()
    with pytest.raises(SchemaError) as info:
        LabelSchema.load(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)
    assert path.read_bytes() == before


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = write(
        tmp_path / "s.toml",
        '[[labels]]\nname = "A"\ncolor = "x"\n[[labels]]\nname = "A"\ncolor = "y"\n',
    )
    with pytest.raises(SchemaError) as info:
        LabelSchema.load(path)
    assert str(info.value).count(str(path)) == 3


def test_not_utf8_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_bytes('name = "مخطط"\n'.encode("cp1256"))
    with pytest.raises(SchemaError, match="not UTF-8"):
        LabelSchema.load(path)
    with pytest.raises(SchemaError, match="cannot read"):
        LabelSchema.load(tmp_path / "missing.toml")


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_bytes(b"\xef\xbb\xbf" + b'[[labels]]\nname = "PER"\ncolor = "#AABBCC"\nhotkey = 2\n')
    label = LabelSchema.load(path).labels[0]
    assert (label.name, label.color, label.hotkey) == ("PER", "#AABBCC", "2")


def test_ensure_adds_missing_labels_and_never_drops() -> None:
    schema = LabelSchema.default()
    added = schema.ensure(["LOC", "جهة", "EVENT", "جهة"])
    assert [label.name for label in added] == ["جهة", "EVENT"]
    assert schema.names == ["PERS", "ORG", "LOC", "MISC", "جهة", "EVENT"]
    assert [label.hotkey for label in added] == ["5", "6"]
    colors = [label.color for label in schema.labels]
    assert len(set(colors)) == len(colors)
    assert schema.ensure(["PERS"]) == []


def test_ensure_runs_out_of_hotkeys_but_keeps_adding() -> None:
    schema = LabelSchema([])
    added = schema.ensure([f"L{i}" for i in range(40)])
    assert len(added) == 40 and len(schema) == 40
    assert [label.hotkey for label in added[: len(HOTKEYS)]] == list(HOTKEYS)
    assert all(label.hotkey is None for label in added[len(HOTKEYS) :])
    assert len({label.color for label in added}) == 40


def test_ensure_rejects_a_blank_name() -> None:
    with pytest.raises(SchemaError):
        LabelSchema([]).ensure(["  "])


def test_schema_path_for() -> None:
    assert schema_path_for("/data/corpus.jsonl") == Path("/data/corpus.labels.toml")
    assert schema_path_for(Path("x/news.annotations.jsonl")) == Path(
        "x/news.annotations.labels.toml"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into a read-only folder")
def test_save_failure_keeps_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    save_schema(LabelSchema.default(), path)
    before = path.read_bytes()
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(SaveError):
            save_schema(LabelSchema([Label("X", "#000000")]), path)
    finally:
        tmp_path.chmod(0o700)
    assert path.read_bytes() == before


def test_save_into_missing_folder_is_a_save_error(tmp_path: Path) -> None:
    with pytest.raises(SaveError):
        save_schema(LabelSchema.default(), tmp_path / "no" / "such" / "s.toml")
