"""spaCy DocBin: what spaCy reads back (strict char_span), cut tokens split, lossless read-back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from annotator.errors import InputError
from annotator.formats import spacy as spacy_format
from annotator.formats.registry import FormatError
from annotator.model import Document, Span
from annotator.text.tokenize import tokenize

spacy = pytest.importorskip("spacy")
from spacy.tokens import DocBin

FIXTURES = Path(__file__).parent / "fixtures"
TEXT = "التقى محمد بن سلمان في الرياض بالأمس 😀\r\nوصل بالرياض"


def docs() -> list[Document]:
    cut = TEXT.rindex("الرياض")  # inside the token بالرياض: the token is split
    return [
        Document(
            "a",
            TEXT,
            [Span(6, 19, "PER"), Span(23, 29, "LOC"), Span(cut, cut + 6, "LOC")],
            "done",
            "n",
        ),
        Document(
            "b", "زار محمد القاهرة", [Span(4, 8, "PER"), Span(4, 16, "X"), Span(9, 16, "LOC")]
        ),
    ]


def test_spacy_reads_back_every_span_with_strict_char_span(tmp_path: Path) -> None:
    out = tmp_path / "train.spacy"
    report = spacy_format.write(docs(), out, {"lang": "ar"})
    nlp = spacy.blank("ar")
    read_back = list(DocBin().from_disk(out).get_docs(nlp.vocab))
    assert [d.text for d in read_back] == [d.text for d in docs()]
    for ours, theirs in zip(docs(), read_back, strict=True):
        for span in ours.spans:
            again = theirs.char_span(
                span.start, span.end, label=span.label, alignment_mode="strict"
            )
            assert again is not None and again.text == ours.span_text(span)
        assert sorted((s.start_char, s.end_char, s.label_) for s in theirs.spans["sc"]) == [
            s.key for s in ours.spans
        ]
    assert [(e.text, e.label_) for e in read_back[0].ents] == [
        ("محمد بن سلمان", "PER"),
        ("الرياض", "LOC"),
        ("الرياض", "LOC"),  # the clitic ب is a token of its own: doc.ents holds the exact span
    ]
    assert [t.text for t in read_back[0]][-2:] == ["ب", "الرياض"]
    assert list(read_back[1].ents) == []  # overlapping spans: only in doc.spans
    assert report.spans == 6
    assert report.summary[0].startswith("1 spaCy 'ar' token(s) split at span edges")
    assert "split: document 'a': 'بالرياض' -> 'ب' + 'الرياض'" in report.warnings
    assert "b:" in report.warnings[-1] and "overlapping" in report.warnings[-1]


def test_cut_skip_leaves_the_span_out_of_spacys_layers_and_says_so(tmp_path: Path) -> None:
    out = tmp_path / "train.spacy"
    report = spacy_format.write(docs()[:1], out, {"lang": "ar", "cut": "skip"})
    [theirs] = DocBin().from_disk(out).get_docs(spacy.blank("ar").vocab)
    assert [e.text for e in theirs.ents] == ["محمد بن سلمان", "الرياض"]
    assert report.spans == 2
    assert report.summary[0].startswith("1 span(s) not written: cutting a spaCy 'ar' token")
    assert list(spacy_format.read(out, {})) == docs()[:1]  # our own read-back keeps it


def test_expanded_spans_come_back_as_they_were_in_our_read_back(tmp_path: Path) -> None:
    out = tmp_path / "train.spacy"
    report = spacy_format.write(docs()[:1], out, {"lang": "ar", "cut": "expand"})
    [theirs] = DocBin().from_disk(out).get_docs(spacy.blank("ar").vocab)
    assert [e.text for e in theirs.ents][-1] == "بالرياض"
    assert report.summary[0].startswith("1 span(s) cutting a spaCy 'ar' token expanded")
    assert list(spacy_format.read(out, {})) == docs()[:1]


def test_our_read_back_is_lossless_including_unaligned_spans(tmp_path: Path) -> None:
    out = tmp_path / "x.spacy"
    original = docs()
    original[1].extra = {"tokens": [[0, 3]], "k": {"nested": [1, 2]}}
    spacy_format.write(original, out, {"lang": "fa", "spans_key": "ents"})
    assert list(spacy_format.read(out, {"spans_key": "ents"})) == original


def test_a_docbin_made_by_spacy_alone_is_read_from_ents_and_spans(tmp_path: Path) -> None:
    nlp = spacy.blank("he")
    doc = nlp.make_doc("שלום לך ירושלים")
    doc.ents = [doc.char_span(8, 15, label="LOC")]
    doc.spans["sc"] = [doc.char_span(0, 4, label="GREETING")]
    out = tmp_path / "plain.spacy"
    DocBin(docs=[doc]).to_disk(out)
    [ours] = spacy_format.read(out, {})
    assert ours.id == "plain-1" and [s.key for s in ours.spans] == [
        (0, 4, "GREETING"),
        (8, 15, "LOC"),
    ]


def test_our_tokenizer_and_spacy_agree_on_the_sample_words() -> None:
    ours = [TEXT[t.start : t.end] for t in tokenize(TEXT)]
    theirs = [t.text for t in spacy.blank("ar").make_doc(TEXT) if not t.is_space]
    assert ours == theirs


def test_a_file_that_is_not_a_docbin_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        list(spacy_format.read(FIXTURES / "not_a_docbin.spacy", {}))
    assert "not a spaCy DocBin" in str(caught.value)


def test_missing_spacy_says_to_install_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(
        sys.modules, "spacy", None
    )  # what an environment without spaCy looks like to import
    with pytest.raises(FormatError, match="install the spacy extra"):
        spacy_format.write(docs(), tmp_path / "x.spacy", {})


def test_aqmar_tokens_with_bidi_marks_are_spacys_tokens_and_every_span_is_an_entity(
    tmp_path: Path,
) -> None:
    from annotator.formats.registry import get
    from tests.conftest import DATA

    docs = list(get("conll").read(DATA / "aqmar" / "Ibn_Tolun_Mosque.txt", {}))
    for doc in docs:  # leave out a clitic where a span starts with و or ب
        doc.spans = [
            Span(s.start + 1, s.end, s.label)
            if doc.span_text(s)[0] in "وب" and s.end - s.start > 2
            else s
            for s in doc.spans
        ]
    out = tmp_path / "aqmar.spacy"
    report = spacy_format.write(docs, out, {"lang": "ar"})
    assert report.summary and "split at span edges" in report.summary[0]
    theirs = list(DocBin().from_disk(out).get_docs(spacy.blank("ar").vocab))
    for ours, doc in zip(docs, theirs, strict=True):
        assert doc.text == ours.text
        assert sorted((e.start_char, e.end_char, e.label_) for e in doc.ents) == [
            s.key for s in ours.spans
        ]
        record = ours.extra["conll"]["tokens"]
        if any("\u200f" in t for t in record):  # the CoNLL tokens, marks inside, split at most
            words = [t.text for t in doc if t.text != "\n"]
            assert "".join(words) == "".join(record)
            assert sorted(w for w in words if not w.strip("\u200f")) == sorted(
                t for t in record if not t.strip("\u200f")
            )
