"""CoNLL / BIO: byte-for-byte round trips of hand-made files, tag schemes, edits.

Also exports of other documents, and bad input.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.commands.cli import main
from annotator.edits import AddSpan, RelabelSpan, RemoveSpan, ResizeSpan
from annotator.errors import AnnotatorError, InputError
from annotator.formats import conll  # noqa: F401 - registers the format
from annotator.formats.conll_read import read
from annotator.formats.conll_tags import SchemeDetector, decode, encode, parse_tag
from annotator.formats.conll_write import write
from annotator.formats.registry import get
from annotator.model import Document, Span
from annotator.storage.records import document_from_line, record_line_bytes
from annotator.text.tokenize import TOKENIZER_NAME

FIXTURES: dict[str, bytes] = {
    "crlf": b"a O\r\nb B-PER\r\n\r\nc I-LOC\r\n\r\n",
    "bom_tab": "\ufeffa\tO\nb\tB-PER\n\nc\tO\n\n".encode(),
    "utf16_bom": "a\tO\nمحمد\tB-PER\n\n".encode("utf-16"),
    "tab_only_separator_line": b"a\tO\nb\tB-PER\n\t\nc\tO\n",
    "spaces_only_separator_line": b"a O\n   \nb O\n",
    "no_final_newline": b"a O\nb B-PER",
    "two_final_blank_lines": b"a O\n\n\n",
    "many_blank_lines_between": b"a O\n\n\n\nb B-PER\n\n",
    "leading_blank_lines": b"\n\na O\n\n",
    "no_blank_line_at_end": b"a O\n\nb O\n",
    "bioes": b"a S-PER\nb B-LOC\nc I-LOC\nd E-LOC\ne O\n\n",
    "bilou": b"a U-PER\nb B-LOC\nc L-LOC\n\n",
    "iob1": b"a I-PER\nb I-PER\nc B-PER\nd O\ne I-LOC\n\n",
    "multi_column": b"a NN B-PER O\nb NN I-PER B-X\nc VB O I-X\n\n",
    "docstart": b"-DOCSTART- -X- O\n\na B-PER\n\nb O\n\n-DOCSTART- -X- O\n\nc B-LOC\n\n",
    "odd_white_space": b"a  O\n b O\nc O \nd\t O\n\n",
    "mixed_line_endings": b"a O\nb O\r\n\r\nc O\rd O\n",
    "marks_and_zwnj": "\u200f O\nمحمد\u200e B-PER\nمی\u200cخواهم O\nسلام\u200f I-PER\n\n".encode(),
    "typos": b"a IO\nb I--ORG\nc OO\nd B-MIS1`\ne O\nf I-PER\ng B-ENGLISH\n\n",
    "tab_token_with_space": b"New York\tB-LOC\nis\tO\n\n",
    "harakat": "مُحَمَّدٌ B-PER\nفِي O\nالرِّيَاضِ B-LOC\n\n".encode(),
}


def _read(path: Path, **options: object) -> tuple[list[Document], list]:
    warnings: list = []
    return list(read(path, {"warnings": warnings, **options})), warnings


def _round_trip(tmp_path: Path, data: bytes, **options: object) -> tuple[bytes, list[Document]]:
    source = tmp_path / "in.conll"
    source.write_bytes(data)
    docs, _ = _read(source, **options)
    out = tmp_path / "out.conll"
    write(docs, out, {})
    return out.read_bytes(), docs


def _entities(doc: Document) -> list[tuple[str, str]]:
    return [(doc.text[s.start : s.end], s.label) for s in doc.spans]


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_hand_made_files_round_trip_byte_for_byte(tmp_path: Path, name: str) -> None:
    data = FIXTURES[name]
    out, docs = _round_trip(tmp_path, data)
    assert out == data
    for doc in docs:
        for span in doc.spans:
            assert doc.text[span.start : span.end].strip() == doc.text[span.start : span.end]


def test_text_is_tokens_joined_by_single_spaces_and_entities_decode(tmp_path: Path) -> None:
    _, docs = _round_trip(tmp_path, FIXTURES["marks_and_zwnj"])
    (doc,) = docs
    assert doc.text == "\u200f محمد\u200e می\u200cخواهم سلام\u200f"
    assert doc.extra["conll"]["tokens"] == ["\u200f", "محمد\u200e", "می\u200cخواهم", "سلام\u200f"]
    # I-PER after O opens a new entity (conlleval), it is not dropped
    assert _entities(doc) == [("محمد\u200e", "PER"), ("سلام\u200f", "PER")]


def test_schemes_are_detected_and_decoded(tmp_path: Path) -> None:
    cases = {
        "bioes": ("BIOES", [("a", "PER"), ("b c d", "LOC")]),
        "bilou": ("BILOU", [("a", "PER"), ("b c", "LOC")]),
        "iob1": ("IOB1", [("a b", "PER"), ("c", "PER"), ("e", "LOC")]),
        "crlf": ("IOB2", [("b", "PER")]),
    }
    for name, (scheme, entities) in cases.items():
        path = tmp_path / f"{name}.conll"
        path.write_bytes(FIXTURES[name])
        docs, _ = _read(path)
        assert docs[0].extra["conll"]["scheme"] == scheme, name
        assert _entities(docs[0]) == entities, name


def test_multi_column_file_reads_each_tag_column_as_a_layer(tmp_path: Path) -> None:
    _, docs = _round_trip(tmp_path, FIXTURES["multi_column"])
    (doc,) = docs
    assert doc.extra["conll"]["layers"] == [3, 4]  # the POS column (2) is kept but is no layer
    spans = [(doc.text[s.start : s.end], s.label, s.meta["layer"]) for s in doc.spans]
    assert spans == [("a b", "PER", 3), ("b c", "X", 4)]  # overlapping, one per layer


def test_same_span_in_two_layers_is_one_span_listing_both(tmp_path: Path) -> None:
    data = b"a B-PER B-PER\nb O B-LOC\n\n"
    out, docs = _round_trip(tmp_path, data)
    assert out == data
    assert [(s.key, s.meta["layer"]) for s in docs[0].spans] == [
        ((0, 1, "PER"), [2, 3]),
        ((2, 3, "LOC"), 3),
    ]
    RemoveSpan(docs[0].spans[1]).apply(docs[0])
    write(docs, tmp_path / "y.conll", {})
    assert (tmp_path / "y.conll").read_bytes() == b"a B-PER B-PER\nb O O\n\n"


def test_docstart_sections_become_documents(tmp_path: Path) -> None:
    _, docs = _round_trip(tmp_path, FIXTURES["docstart"])
    assert [d.text for d in docs] == ["a\nb", "c"]  # sentences of one section joined by a newline
    assert docs[1].extra["conll"]["lead"] == ["-DOCSTART- -X- O", ""]


def test_split_per_file_keeps_one_document(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_bytes(FIXTURES["many_blank_lines_between"])
    docs, _ = _read(path, split="file")
    assert [d.text for d in docs] == ["a\nb"]
    out = tmp_path / "y.conll"
    write(docs, out, {})
    assert out.read_bytes() == FIXTURES["many_blank_lines_between"]


def test_malformed_tags_are_warnings_with_their_line_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "typos.conll"
    path.write_bytes(FIXTURES["typos"])
    docs, warnings = _read(path)
    assert [(w.line, w.message.split(":")[0]) for w in warnings] == [
        (1, "malformed tag 'IO'"),
        (2, "malformed tag 'I--ORG'"),
        (3, "malformed tag 'OO'"),
    ]
    assert _entities(docs[0]) == [("d", "MIS1`"), ("f", "PER"), ("g", "ENGLISH")]
    assert docs[0].extra["conll"]["cols"] == [
        ["IO", "I--ORG", "OO", "B-MIS1`", "O", "I-PER", "B-ENGLISH"]
    ]


def test_i_start_ignore_reads_o_but_keeps_the_tag(tmp_path: Path) -> None:
    data = b"a O\nb I-PER\nc B-LOC\nd I-LOC\n\n"
    path = tmp_path / "x.conll"
    path.write_bytes(data)
    docs, warnings = _read(path, i_start="ignore")
    assert _entities(docs[0]) == [("c d", "LOC")]
    assert [w.line for w in warnings] == [2]
    out = tmp_path / "y.conll"
    write(docs, out, {})
    assert out.read_bytes() == data


def test_edits_regenerate_only_the_changed_tokens(tmp_path: Path) -> None:
    data = b"x IO\na I-PER\nb O\nc B-LOC\nd I-LOC\ne B-MIS1`\n\n"
    path = tmp_path / "x.conll"
    path.write_bytes(data)
    (doc,), _ = _read(path)
    per = doc.spans[0]
    AddSpan(Span(per.end + 1, per.end + 2, "ORG")).apply(doc)  # tag "b"
    RelabelSpan(doc.find_span(6, 9, "LOC"), "GPE").apply(doc)  # type: ignore[arg-type]
    out = tmp_path / "y.conll"
    report = write([doc], out, {})
    assert report.spans == 4 and not report.warnings
    assert out.read_bytes() == b"x IO\na I-PER\nb B-ORG\nc B-GPE\nd I-GPE\ne B-MIS1`\n\n"


def test_edit_next_to_an_untouched_i_tag_keeps_entities_exact(tmp_path: Path) -> None:
    # "a" gets a PER span right before the I-PER that opens "b": keeping "I-PER" would merge them.
    data = b"a O\nb I-PER\nc O\nd B-LOC\n\n"
    path = tmp_path / "x.conll"
    path.write_bytes(data)
    (doc,), _ = _read(path)
    assert doc.extra["conll"]["scheme"] == "IOB2"
    AddSpan(Span(0, 1, "PER")).apply(doc)
    out = tmp_path / "y.conll"
    write([doc], out, {})
    (back,), _ = _read(out)
    assert _entities(back) == [("a", "PER"), ("b", "PER"), ("d", "LOC")]
    assert out.read_bytes() == b"a B-PER\nb B-PER\nc O\nd B-LOC\n\n"


def test_iob1_edit_uses_b_only_between_adjacent_entities(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_bytes(FIXTURES["iob1"])
    (doc,), _ = _read(path)
    RemoveSpan(doc.spans[0]).apply(doc)  # "a b" PER
    ResizeSpan(doc.find_span(4, 5, "PER"), 2, 5).apply(doc)  # type: ignore[arg-type] # "c" -> "b c"
    out = tmp_path / "y.conll"
    write([doc], out, {})
    assert out.read_bytes() == b"a O\nb I-PER\nc I-PER\nd O\ne I-LOC\n\n"


def test_raw_lines_keep_their_white_space_when_a_tag_changes(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_bytes(b"a  O\nb O \n\n")
    (doc,), _ = _read(path)
    AddSpan(Span(0, 1, "PER")).apply(doc)
    out = tmp_path / "y.conll"
    write([doc], out, {})
    assert out.read_bytes() == b"a  B-PER\nb O \n\n"


def test_new_span_in_multi_column_file_goes_to_the_first_layer(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_bytes(FIXTURES["multi_column"])
    (doc,), _ = _read(path)
    RemoveSpan(doc.spans[1]).apply(doc)  # X in layer 4
    out = tmp_path / "y.conll"
    write([doc], out, {})
    assert out.read_bytes() == b"a NN B-PER O\nb NN I-PER O\nc VB O O\n\n"


def test_scheme_and_separator_options_rewrite_everything(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_bytes(FIXTURES["iob1"])
    docs, _ = _read(path)
    out = tmp_path / "y.conll"
    write(docs, out, {"scheme": "bioes", "sep": "tab"})
    assert out.read_bytes() == b"a\tB-PER\nb\tE-PER\nc\tS-PER\nd\tO\ne\tS-LOC\n\n"
    assert [_entities(d) for d in _read(out)[0]] == [_entities(d) for d in docs]


def test_rewrite_option_makes_strict_tags(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_bytes(FIXTURES["typos"])
    docs, _ = _read(path)
    out = tmp_path / "y.conll"
    write(docs, out, {"rewrite": True, "sep": "tab"})
    assert out.read_bytes() == b"a\tO\nb\tO\nc\tO\nd\tB-MIS1`\ne\tO\nf\tB-PER\ng\tB-ENGLISH\n\n"


@pytest.mark.parametrize("scheme", ["IOB2", "IOB1", "BIOES", "BILOU"])
def test_encode_then_decode_is_identity(scheme: str) -> None:
    entities = [(0, 2, "PER"), (2, 3, "PER"), (4, 5, "LOC"), (5, 8, "LOC"), (9, 10, "ORG")]
    tags = encode(10, entities, scheme)
    assert decode(tags)[0] == entities
    detector = SchemeDetector()
    detector.feed(tags)
    assert detector.scheme() == scheme


def test_parse_tag_rules() -> None:
    assert parse_tag("O") == ("O", "")
    assert parse_tag("B-MIS-2") == ("B", "MIS-2")
    assert parse_tag("B-MIS1`") == ("B", "MIS1`")
    for bad in ("IO", "OO", "I--ORG", "B-", "b-PER", "X-PER"):
        assert parse_tag(bad) is None, bad


def test_document_not_from_conll_is_tokenized_and_cut_spans_skipped_on_request(
    tmp_path: Path,
) -> None:
    text = "زار محمد بن سلمان الرياض.\nوصل @user_1 إلى #دبي 😀"
    doc = Document(
        "d1", text, [Span(4, 17, "PER"), Span(18, 24, "LOC"), Span(19, 24, "LOC"), Span(4, 6, "X")]
    )
    out = tmp_path / "new.conll"
    report = write([doc], out, {"cut": "skip"})
    assert out.read_text(encoding="utf-8") == (
        "زار\tO\nمحمد\tB-PER\nبن\tI-PER\nسلمان\tI-PER\nالرياض\tB-LOC\n.\tO\n\n"
        "وصل\tO\n@user_1\tO\nإلى\tO\n#دبي\tO\n😀\tO\n\n"
    )
    assert report.documents == 1 and report.spans == 2
    assert report.summary[0].startswith("2 span(s) not written: cutting a token (cut=skip)")
    cut = [w for w in report.warnings if w.startswith("skipped: ")]
    assert len(cut) == 2 and all("'d1'" in w for w in cut)
    assert any("'مح'" in w and "'محمد'" in w for w in cut)
    assert any(TOKENIZER_NAME in w for w in report.warnings)


def test_a_clitic_left_out_of_a_span_splits_the_token_by_default(tmp_path: Path) -> None:
    text = "زار والمغرب وإسرائيل"
    morocco, israel = text.index("المغرب"), text.index("إسرائيل")
    doc = Document("d1", text, [Span(morocco, morocco + 6, "LOC"), Span(israel, israel + 7, "LOC")])
    out = tmp_path / "new.conll"
    report = write([doc], out, {})
    assert out.read_text(encoding="utf-8") == (
        "زار\tO\nو\tO\nالمغرب\tB-LOC\nو\tO\nإسرائيل\tB-LOC\n\n"
    )
    assert report.spans == 2
    assert report.summary[0].startswith("2 token(s) split at span edges (cut=split)")
    assert "split: document 'd1': 'والمغرب' -> 'و' + 'المغرب'" in report.warnings
    [back] = read(out, {})
    assert [back.span_text(s) for s in back.spans] == ["المغرب", "إسرائيل"]


@pytest.mark.parametrize(
    ("policy", "tags", "spans"),
    [
        ("expand", "O B-LOC B-LOC", ["والمغرب", "وإسرائيل"]),
        ("contract", "O O O", []),
        ("skip", "O O O", []),
    ],
)
def test_cut_policies_expand_contract_and_skip(
    tmp_path: Path, policy: str, tags: str, spans: list[str]
) -> None:
    text = "زار والمغرب وإسرائيل"
    morocco, israel = text.index("المغرب"), text.index("إسرائيل")
    doc = Document("d1", text, [Span(morocco, morocco + 6, "LOC"), Span(israel, israel + 7, "LOC")])
    out = tmp_path / "new.conll"
    report = write([doc], out, {"cut": policy})
    written = [line.split("\t")[1] for line in out.read_text(encoding="utf-8").split("\n") if line]
    assert written == tags.split()
    assert report.summary[0].startswith("2 span(s)")
    [back] = read(out, {})
    assert [back.span_text(s) for s in back.spans] == spans


def test_cut_fail_names_the_document_and_the_span(tmp_path: Path) -> None:
    text = "زار والمغرب"
    doc = Document("tweet-7", text, [Span(5, 11, "LOC")])
    with pytest.raises(AnnotatorError) as caught:
        write([doc], tmp_path / "x.conll", {"cut": "fail"})
    message = str(caught.value)
    assert "tweet-7" in message and "[5, 11) LOC 'المغرب'" in message and "'والمغرب'" in message
    assert not (tmp_path / "x.conll").exists()


def test_a_changed_span_inside_an_imported_token_splits_it_and_keeps_the_rest(
    tmp_path: Path,
) -> None:
    source = tmp_path / "in.conll"
    source.write_bytes("زار O\r\nوالمغرب B-LOC\r\nاليوم O\r\n\r\nجملة O\r\n\r\n".encode())
    first, second = read(source, {})
    morocco = first.text.index("المغرب")
    first.spans = [Span(morocco, morocco + 6, "LOC")]  # the clitic left out
    out = tmp_path / "out.conll"
    report = write([first, second], out, {})
    assert out.read_bytes() == (
        "زار O\r\nو O\r\nالمغرب B-LOC\r\nاليوم O\r\n\r\nجملة O\r\n\r\n".encode()
    )
    assert report.summary[0].startswith("1 token(s) split")
    assert write([*read(source, {})], tmp_path / "same.conll", {}).warnings == []
    assert (tmp_path / "same.conll").read_bytes() == source.read_bytes()


def test_overlapping_spans_in_one_column_are_reported(tmp_path: Path) -> None:
    doc = Document("d", "a b c", [Span(0, 3, "PER"), Span(2, 5, "LOC")])
    report = write([doc], tmp_path / "x.conll", {})
    assert report.spans == 1
    assert any("overlaps" in w and "'b c'" in w for w in report.warnings)
    why = "a CoNLL tag column holds one entity per token (brat, spaCy, jsonl hold nesting)"
    assert report.summary == [f"1 overlapping span(s) not written: {why}"]


def test_edited_text_falls_back_to_the_tokenizer_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_bytes(b"a O\nb B-PER\n\n")
    (doc,), _ = _read(path)
    changed = Document(doc.id, "a b c", [Span(2, 3, "PER")], extra=doc.extra)
    out = tmp_path / "y.conll"
    report = write([changed], out, {})
    assert out.read_bytes() == b"a\tO\nb\tB-PER\nc\tO\n\n"
    assert any("no longer equals the tokens" in w for w in report.warnings)


def test_documents_from_two_files_are_kept_apart(tmp_path: Path) -> None:
    one, two = tmp_path / "one.conll", tmp_path / "two.conll"
    one.write_bytes(b"a O\nb B-PER")  # no final newline, no blank line
    two.write_bytes(b"c B-LOC\n\n")
    docs = _read(one)[0] + _read(two)[0]
    out = tmp_path / "both.conll"
    report = write(docs, out, {})
    assert out.read_bytes() == b"a O\nb B-PER\n\nc B-LOC\n\n"
    assert any("without a line ending" in w for w in report.warnings)


BAD_INPUTS = {
    "wrong_columns": (b"a O\nb B-PER x\nc O\n", [(2, "3 columns where line 1 has 2")]),
    "no_separator": (b"a\tO\nb\n\nc\tO\n", [(2, "no TAB separator")]),
    "empty": (b"", [(None, "the file is empty")]),
    "only_blank_lines": (b"\n\t\n\n", [(None, "no token line")]),
    "nul_byte": (b"a O\nb\x00 O\n", [(2, "NUL")]),
    "bad_utf8": (b"a O\n\xe4 O\n", [(2, "not valid utf-8")]),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_inputs_are_reported_with_their_line(tmp_path: Path, name: str) -> None:
    data, expected = BAD_INPUTS[name]
    path = tmp_path / f"{name}.conll"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        list(read(path, {}))
    got = [(p.line, p.message) for p in caught.value.problems]
    assert len(got) == len(expected)
    for (line, message), (want_line, want) in zip(got, expected):
        assert line == want_line and want in message, (line, message)
        assert str(path) in str(caught.value)


def test_every_bad_line_of_a_file_is_listed(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_bytes(b"a O\nb\nc O\nd O O\n\ne\n")
    with pytest.raises(InputError) as caught:
        list(read(path, {}))
    assert [p.line for p in caught.value.problems] == [2, 4, 6]


def test_registry_entry() -> None:
    fmt = get("conll")
    assert fmt.read is read and fmt.write is write
    assert ".txt" not in fmt.extensions and ".conll" in fmt.extensions


_TOKEN_ALPHABET = st.sampled_from(
    list("abcXYZمحمدسلامپژگکی")
    + [
        "\u064e",
        "\u0650",
        "\u0651",
        "\u200c",
        "\u200d",
        "\u200e",
        "\u200f",
        "ש",
        "ל",
        "ו",
        "ם",
        "😀",
        "🇸🇦",
        "\u05bc",
        "é",
        "-",
        ".",
        "،",
    ]
)
_TOKEN = st.lists(_TOKEN_ALPHABET, min_size=1, max_size=6).map("".join)
_TAG = st.sampled_from(
    ["O", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "E-LOC", "S-ORG", "IO", "I--X", "B-MIS1`"]
)
_SENTENCE = st.lists(st.tuples(_TOKEN, _TAG), min_size=1, max_size=8)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    sentences=st.lists(_SENTENCE, min_size=1, max_size=4),
    sep=st.sampled_from([" ", "\t"]),
    eol=st.sampled_from(["\n", "\r\n"]),
    end=st.sampled_from(["", "\n", "\n\n"]),
    bom=st.booleans(),
)
def test_random_files_round_trip_and_spans_match_tokens(
    tmp_path: Path, sentences: list, sep: str, eol: str, end: str, bom: bool
) -> None:
    body = (eol + eol).join(eol.join(f"{tok}{sep}{tag}" for tok, tag in s) for s in sentences)
    data = ("\ufeff" if bom else "") + body + end.replace("\n", eol)
    raw = data.encode("utf-8")
    out, docs = _round_trip(tmp_path, raw)
    assert out == raw
    through_json = [
        document_from_line(record_line_bytes(d), "mem", 1) for d in docs
    ]  # our JSONL record
    assert through_json == docs
    write(through_json, tmp_path / "again.conll", {})
    assert (tmp_path / "again.conll").read_bytes() == raw
    assert len(docs) == len(sentences)
    for doc, sentence in zip(docs, sentences):
        tokens = [tok for tok, _ in sentence]
        assert doc.text == " ".join(tokens)
        starts = [sum(len(t) + 1 for t in tokens[:i]) for i in range(len(tokens))]
        for span in doc.spans:
            first, last = (
                starts.index(span.start),
                max(i for i, s in enumerate(starts) if s < span.end),
            )
            assert doc.text[span.start : span.end] == " ".join(tokens[first : last + 1])


# -- block reading (the fast path) gives exactly what line-by-line reading gives -------------------


@pytest.mark.parametrize("size", [1, 2, 3, 5, 64])
def test_line_chunks_cut_anywhere_give_the_same_lines(tmp_path: Path, size: int) -> None:
    from annotator.formats.streams import open_text_stream

    path = tmp_path / "x.conll"
    path.write_bytes("\ufeffa O\r\nb\tB-PER\r\rc O\n\r\nمحمد I-PER\r\n\n\nz O".encode())
    with open_text_stream(path) as stream:
        expected = [tuple(line) for line in stream.lines()]
    with open_text_stream(path) as stream:
        got = [
            (
                chunk.first + i,
                content,
                chunk.endings if isinstance(chunk.endings, str) else chunk.endings[i],
            )
            for chunk in stream.line_chunks(size)
            for i, content in enumerate(chunk.contents)
        ]
    assert got == expected
    assert got[0] == (1, "a O", "\r\n") and got[-1] == (9, "z O", "")


def _big_file(lines: int) -> list[str]:
    """Token lines from AQMAR until ``lines`` lines, ending with a blank line.

    That is many read blocks of CHUNK_CHARS.
    """
    from tests.conftest import DATA

    source = (DATA / "aqmar" / "Atom.txt").read_text(encoding="utf-8").split("\n")[:-1]
    out: list[str] = []
    while len(out) < lines:
        out += source
    while out[-1]:
        out.pop()
    return out


def test_big_file_with_odd_lines_past_the_first_block_round_trips_with_exact_lines(
    tmp_path: Path,
) -> None:
    from annotator.formats.streams import CHUNK_CHARS

    assert CHUNK_CHARS < 200_000  # the file below must span several blocks
    lines = _big_file(30_000)  # about 400 KB: several read blocks
    at = [
        next(n for n in range(start, len(lines)) if lines[n - 1] and lines[n - 2])
        for start in (14_000, 28_000)
    ]
    odd = dict(
        zip(at, ["x  IO", "y OO "])
    )  # double space (raw) + malformed tag, trailing blank (raw) + typo
    for number, content in odd.items():
        lines[number - 1] = content
    data = (
        "\n".join(lines[:20_000]) + "\r\n" + "\n".join(lines[20_000:]) + "\n"
    ).encode()  # one CRLF line
    out, docs = _round_trip(tmp_path, data)
    assert out == data
    warnings = _read(tmp_path / "in.conll")[1]
    assert [(w.line, w.message) for w in warnings if w.line in odd] == [
        (at[0], "malformed tag 'IO': read as O (kept as written)"),
        (at[1], "malformed tag 'OO': read as O (kept as written)"),
    ]
    by_line = {int(d.id.split(":")[1]): d for d in docs}
    assert len(by_line) == len(docs)
    with_raw = [d for d in docs if "raw" in d.extra["conll"]]
    assert {r for d in with_raw for r in d.extra["conll"]["raw"].values()} == {"x  IO", "y OO "}


def test_bad_lines_past_the_first_block_are_reported_with_their_numbers(tmp_path: Path) -> None:
    lines = _big_file(30_000)
    for number in (18_000, 29_000):
        while not lines[number - 1]:
            number += 1
        lines[number - 1] = "onlyonecolumn"
    path = tmp_path / "x.conll"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(read(path, {}))
    got = [p.line for p in caught.value.problems]
    assert len(got) == 2 and all(lines[n - 1] == "onlyonecolumn" for n in got)


def test_record_leaves_defaults_out_and_full_records_still_write_back(tmp_path: Path) -> None:
    data = b"a O\nb B-PER\n\nc O\n\n"
    out, docs = _round_trip(tmp_path, data)
    assert out == data
    rec = docs[0].extra["conll"]
    assert set(rec) == {
        "v",
        "sep",
        "scheme",
        "tokens",
        "cols",
    }  # mode, eol, i_start, layers, sentences at default
    full = {
        **rec,
        "mode": "space",
        "eol": "\n",
        "i_start": "start",
        "layers": [2],
        "sentences": [2],
    }
    old_style = [
        Document(d.id, d.text, list(d.spans), extra={"conll": dict(full)}) for d in docs[:1]
    ]
    old_style[0].extra["conll"]["tokens"] = ["a", "b"]
    write(old_style + docs[1:], tmp_path / "old.conll", {})
    assert (tmp_path / "old.conll").read_bytes() == data
    crlf, _ = _round_trip(tmp_path, FIXTURES["crlf"])
    assert crlf == FIXTURES["crlf"]
    assert _read(tmp_path / "in.conll")[0][0].extra["conll"]["eol"] == "\r\n"


def test_big_docstart_file_splits_per_section_across_blocks(tmp_path: Path) -> None:
    from tests.conftest import DATA

    articles = [p.read_text(encoding="utf-8") for p in sorted((DATA / "aqmar").glob("*.txt"))[:8]]
    data = "".join(
        f"-DOCSTART- O\n\n{text}" for text in articles
    ).encode()  # about 250 K characters
    out, docs = _round_trip(tmp_path, data)
    assert out == data
    assert len(docs) == len(articles)
    for doc, text in zip(docs, articles):
        assert doc.extra["conll"]["lead"] == ["-DOCSTART- O", ""]
        assert doc.extra["conll"]["tokens"] == [
            line.split(" ")[0] for line in text.split("\n") if line
        ]


BMES = "التقى O\nمحمد B-PER\nبن M-PER\nسلمان E-PER\nفي O\nالرياض S-LOC\n\n"


def test_bmes_files_are_recognised_read_and_written_back_byte_for_byte(tmp_path: Path) -> None:
    source = tmp_path / "weibo.bmes"
    source.write_text(BMES, encoding="utf-8")
    native, back = tmp_path / "w.jsonl", tmp_path / "back.bmes"
    assert main(["convert", str(source), str(native), "--no-progress"]) == 0
    [doc] = get("jsonl").read(native, {})
    assert doc.extra["conll"]["scheme"] == "BMES"
    assert [(doc.span_text(s), s.label) for s in doc.spans] == [
        ("محمد بن سلمان", "PER"),
        ("الرياض", "LOC"),
    ]
    assert main(["convert", str(native), str(back), "--no-progress"]) == 0
    assert back.read_bytes() == source.read_bytes()


def test_bmes_is_written_on_request(tmp_path: Path) -> None:
    iob2 = BMES.replace("M-PER", "I-PER").replace("E-PER", "I-PER").replace("S-LOC", "B-LOC")
    source, out = tmp_path / "x.conll", tmp_path / "x.bmes"
    source.write_text(iob2, encoding="utf-8")
    assert main(["convert", str(source), str(out), "--scheme", "BMES", "--no-progress"]) == 0
    assert out.read_text(encoding="utf-8") == BMES


@pytest.mark.parametrize("suffix", [".bmes", ".bio", ".iob", ".conll"])
def test_conll_extensions_are_guessed(suffix: str) -> None:
    from annotator.formats.registry import guess

    assert guess(Path("x" + suffix), for_writing=False).name == "conll"


def test_scheme_iob2_makes_strict_tags_for_doccano(tmp_path: Path) -> None:
    """An I- after O (about 70 in AQMAR) opens an entity; doccano's strict IOB2 drops it."""
    source, out = tmp_path / "x.conll", tmp_path / "y.conll"
    source.write_text("في O\nالقاهرة I-LOC\nاليوم O\n\n", encoding="utf-8")
    assert main(["convert", str(source), str(out), "--scheme", "IOB2", "--no-progress"]) == 0
    assert out.read_text(encoding="utf-8") == "في O\nالقاهرة B-LOC\nاليوم O\n\n"
