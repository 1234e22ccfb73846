"""Property: random RTL/Latin text and random spans survive every format.

The text mixes harakat, ZWNJ, emoji, CRLF, tabs and bidi marks.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.formats.registry import get
from annotator.model import STATUSES, Document, Span

PIECES = [
    "زار",
    "مُحَمَّد",
    "القاهرة",
    "بالرياض",
    "می\u200cخواهم",
    "پژوهش",
    "کتاب",
    "שָׁלוֹם",
    "ירושלים",
    "Latin",
    "x",
    "😀",
    "👍🏽",
    "🇸🇦",
    "\r\n",
    "\n",
    "\r",
    " ",
    "  ",
    "\t",
    "،",
    ".",
    "«",
    "»",
    "١٢٣",
    "۱۲",
    "\u200f",
    "\u200e",
    "#وسم",
    "@user",
    "http://a.b/c",
]
CHARS = "".join(sorted(set("".join(PIECES))))
LABELS = ["PER", "LOC", "ORG-1", "شخص", "מקום", "مكان عام"]

texts = st.one_of(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=25).map("".join),
    st.text(alphabet=CHARS, min_size=1, max_size=60),
)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(texts)
    spans: dict[tuple[int, int, str], Span] = {}
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        span = Span(start, end, draw(st.sampled_from(LABELS)))
        spans[span.key] = span
    status = draw(st.sampled_from(STATUSES))
    note = draw(st.sampled_from(["", "راجع هذا", "check"]))
    doc_id = draw(st.sampled_from(["doc-1", "17", "تقرير 3"]))
    return Document(doc_id, text, list(spans.values()), status, note)


def round_trip(fmt: str, doc: Document, folder: Path) -> Document:
    target = folder / {"brat": "out", "spacy": "out.spacy", "labelstudio": "out.json"}.get(
        fmt, "out.jsonl"
    )
    get(fmt).write([doc], target, {})
    [back] = get(fmt).read(target, {})
    return back


KEEPS_STATUS_AND_NOTE = ("jsonl", "doccano", "prodigy", "brat", "spacy")
FORMATS = ("jsonl", "doccano", "prodigy", "labelstudio", "brat", "spacy")


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents())
def test_text_and_spans_survive_a_round_trip(fmt: str, doc: Document) -> None:
    if fmt == "spacy":
        pytest.importorskip("spacy")
    with tempfile.TemporaryDirectory() as folder:
        back = round_trip(fmt, doc, Path(folder))
    assert (back.id, back.text) == (doc.id, doc.text)
    assert [s.key for s in back.spans] == [s.key for s in doc.spans]
    if fmt in KEEPS_STATUS_AND_NOTE:
        assert (back.status, back.note) == (doc.status, doc.note)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents())
def test_a_chain_through_every_format_keeps_the_spans(doc: Document) -> None:
    pytest.importorskip("spacy")
    current = doc
    with tempfile.TemporaryDirectory() as folder:
        for i, fmt in enumerate(FORMATS + ("jsonl",)):
            step = Path(folder) / str(i)
            step.mkdir()
            current = round_trip(fmt, current, step)
            assert current.text == doc.text, fmt
            assert [s.key for s in current.spans] == [s.key for s in doc.spans], fmt
