"""Real CoNLL corpora (AQMAR, ParsTwiNER) read and written back byte for byte.

Directly, and through our JSONL on disk.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from annotator.formats.conll_read import read
from annotator.formats.conll_tags import parse_tag
from annotator.formats.conll_write import write
from annotator.formats.registry import get
from annotator.model import Document
from tests.conftest import DATA

AQMAR = sorted((DATA / "aqmar").glob("*.txt"))
PARSTWINER = DATA / "parstwiner" / "dev.txt"
REAL_FILES = AQMAR + [PARSTWINER]


def test_the_corpora_are_there() -> None:
    assert len(AQMAR) == 28, "../shared/data/aqmar must hold the 28 AQMAR articles"
    assert PARSTWINER.is_file()


@cache
def _docs(path: Path) -> tuple[list[Document], list]:
    """The documents and warnings of a real file, read once per session.

    Tests do not change them.
    """
    warnings: list = []
    return list(read(path, {"warnings": warnings})), warnings


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_real_file_round_trips_directly_and_through_jsonl(tmp_path: Path, path: Path) -> None:
    original = path.read_bytes()
    docs = [d.copy() for d in _docs(path)[0]]
    direct = tmp_path / "direct.conll"
    write(docs, direct, {})
    assert direct.read_bytes() == original

    jsonl = get("jsonl")
    on_disk = tmp_path / "corpus.jsonl"
    jsonl.write(iter(docs), on_disk, {})  # type: ignore[misc]
    back = list(jsonl.read(on_disk, {}))  # type: ignore[misc]
    assert back == docs
    again = tmp_path / "again.conll"
    write(back, again, {})
    assert again.read_bytes() == original
    for doc in back:
        for span in doc.spans:
            assert doc.text[span.start : span.end] == doc.text[span.start : span.end].strip(" \n")


def _spans(doc: Document) -> list[tuple[str, str]]:
    return [(doc.text[s.start : s.end], s.label) for s in doc.spans]


def test_aqmar_entities_spot_checks() -> None:
    linux, _ = _docs(DATA / "aqmar" / "Linux.txt")
    assert linux[0].text == "جنو / لينكس هو نظام تشغيل حر مفتوح المصدر ."
    assert _spans(linux[0]) == [("جنو", "MIS1"), ("لينكس", "MIS1"), ("نظام تشغيل", "MIS1")]
    damascus, _ = _docs(DATA / "aqmar" / "Damascus.txt")
    assert _spans(damascus[0])[:2] == [("دمشق", "LOC"), ("العاصمة السورية", "LOC")]
    # line 2393 is a token made only of U+200E: it stays a token of its own
    with_mark = [d for d in damascus if "\u200e" in d.extra["conll"]["tokens"]]
    assert len(with_mark) == 1 and " \u200e " in with_mark[0].text
    olympics, _ = _docs(DATA / "aqmar" / "Summer_Olympics2004.txt")
    assert ("أثينا", "LOC") in _spans(olympics[0])
    backtick = [(d.id, _spans(d)) for d in olympics if any(s.label == "MIS1`" for s in d.spans)]
    assert backtick and ("الألعاب", "MIS1`") in backtick[0][1]


def test_aqmar_typos_are_warned_with_their_lines() -> None:
    found = {}
    for path in AQMAR:
        for warning in _docs(path)[1]:
            found[(path.name, warning.line)] = warning.message
    assert found == {
        ("Crusades.txt", 2145): "malformed tag 'IO': read as O (kept as written)",
        ("Enrico_Fermi.txt", 2268): "malformed tag 'I--ORG': read as O (kept as written)",
        ("Football.txt", 1855): "malformed tag 'OO': read as O (kept as written)",
    }


def test_aqmar_i_tags_that_open_entities_are_kept_as_entities() -> None:
    opened = 0
    for path in AQMAR:
        for doc in _docs(path)[0]:
            starts = {s.start for s in doc.spans}
            offset = 0
            previous = "O"
            for token, tag in zip(doc.extra["conll"]["tokens"], doc.extra["conll"]["cols"][0]):
                if tag.startswith("I-") and previous[2:] != tag[2:] and parse_tag(tag) is not None:
                    opened += 1
                    assert offset in starts, (
                        doc.id,
                        token,
                        tag,
                    )  # conlleval: a new entity, never dropped
                previous = tag
                offset += len(token) + 1
    assert (
        opened == 69
    )  # the README's "about 70": 54 after O, 15 after another label (+ the malformed I--ORG)


def test_parstwiner_zwnj_tokens_are_kept_and_counted() -> None:
    docs, warnings = _docs(PARSTWINER)
    assert not warnings
    tokens = [t for d in docs for t in d.extra["conll"]["tokens"]]
    assert sum("\u200c" in t for t in tokens) == 665
    assert docs[0].extra["conll"]["sep"] == "\t"
    zwnj = [(d.id, s) for d in docs for s in _spans(d) if "\u200c" in s[0]]
    assert ("dev:170", ("بن\u200cلادن", "PER")) in zwnj
    assert {s.label for d in docs for s in d.spans} == {"PER", "LOC", "ORG", "EVE", "NAT", "POG"}
