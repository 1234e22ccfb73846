"""spaCy ``.spacy`` (DocBin) training data: spans in ``doc.spans[key]``, in ``doc.ents`` too
when none overlap.

Offsets are code points (spaCy's ``start_char``/``end_char``). spaCy is an optional extra,
imported only inside these functions. Documents are tokenized with ``spacy.blank(lang)``
(option ``lang``, default ``"xx"``; ``"ar"``, ``"fa"``, ``"he"`` work offline), or, for a
document read from CoNLL, take the file's own tokens. A span that
cuts a spaCy token (a clitic left out: الرياض in بالرياض) follows the ``cut`` policy
(annotator.formats.cuts): by default the token is split with ``doc.retokenize()`` so that
``char_span(..., alignment_mode="strict")`` gives the exact span. Spans left out or moved are
kept as they were in the doc's ``user_data["annotator"]`` with our id, status, note, meta and
extra, so reading our own export back loses nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

from annotator.errors import InputError
from annotator.formats.conll_imported import token_ranges
from annotator.formats.conll_record import RECORD_KEY, filled, record_problem
from annotator.formats.cuts import Cuts
from annotator.formats.problems import ProblemLog, checked_span
from annotator.formats.registry import (
    CUT_OPTION,
    Format,
    FormatError,
    Options,
    WriteReport,
    register,
)
from annotator.formats.streams import utf8_json
from annotator.model import STATUSES, Document, Span
from annotator.storage.fileio import atomic_write_bytes

USER_DATA_KEY = "annotator"
DEFAULT_LANG = "xx"
DEFAULT_SPANS_KEY = "sc"


def _spacy() -> Any:
    """The spacy module, or a FormatError saying how to install it."""
    try:
        import spacy
    except ImportError as exc:
        raise FormatError(
            "the spaCy format needs spaCy: install the spacy extra (pip install 'annotator[spacy]')"
        ) from exc
    return spacy


def _blank(spacy: Any, lang: str) -> Any:
    try:
        return spacy.blank(lang)
    except (ImportError, OSError, ValueError) as exc:
        raise FormatError(f"spaCy has no language {lang!r}: {exc}") from exc


def _overlaps(spans: list[Any]) -> bool:
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    return any(a.end > b.start for a, b in pairwise(ordered))


def write(docs: Iterable[Document], path: Path, options: Options) -> WriteReport:
    """Write a DocBin: every span on spaCy's tokens, split where a span cuts one (cut policy)."""
    spacy = _spacy()
    from spacy.tokens import DocBin

    lang = options.get("lang") or DEFAULT_LANG
    key = options.get("spans_key") or DEFAULT_SPANS_KEY
    nlp = _blank(spacy, lang)
    report = WriteReport()
    cuts = Cuts.from_options(options, what=f"spaCy '{lang}' token")
    bin_ = DocBin(store_user_data=True)
    for doc in docs:
        sdoc = _own_doc(nlp, doc) or nlp.make_doc(doc.text)
        fitted = cuts.fit(doc, [(t.idx, t.idx + len(t.text)) for t in sdoc])
        if len(fitted.tokens) != len(sdoc):
            _split_tokens(sdoc, fitted.tokens)
        written = {id(original): span for original, span in fitted.spans}
        aligned, unaligned, adjusted = [], [], []
        for span in doc.spans:
            target = written.get(id(span))
            sspan = (
                None
                if target is None
                else sdoc.char_span(
                    target.start, target.end, label=span.label, alignment_mode="strict"
                )
            )
            if sspan is None:
                unaligned.append([span.start, span.end, span.label])
                if target is not None:  # cannot happen once fitted; said if it does
                    report.warnings.append(
                        f"{doc.id}: span [{span.start}, {span.end}) {span.label} "
                        f"{doc.span_text(span)!r} is not on spaCy tokens: left out"
                    )
                continue
            if target is not span:
                assert target is not None
                adjusted.append([span.start, span.end, span.label, target.start, target.end])
            aligned.append(sspan)
        sdoc.spans[key] = aligned
        if _overlaps(aligned):
            report.warnings.append(
                f"{doc.id}: overlapping spans: doc.ents left empty, all in doc.spans[{key!r}]"
            )
        else:
            sdoc.ents = aligned
        # As JSON text: msgpack would turn lists into tuples and change what extra holds.
        # Spans left out or moved to the tokens are kept as they were, for our own reader.
        sdoc.user_data[USER_DATA_KEY] = utf8_json(
            {
                "id": doc.id,
                "status": doc.status,
                "note": doc.note,
                "meta": doc.meta,
                "extra": doc.extra,
                "unaligned": unaligned,
                "adjusted": adjusted,
            }
        ).decode("utf-8")  # msgpack stores UTF-8: a lone surrogate in meta stays escaped
        bin_.add(sdoc)
        report.documents += 1
        report.spans += len(aligned)
    atomic_write_bytes(path, bin_.to_bytes())
    cuts.report_to(report)
    return report


def _own_doc(nlp: Any, doc: Document) -> Any:
    """A spaCy Doc of the tokens the document was read from in CoNLL (while its text still
    equals them); None when it has none or they cannot be spaCy words (empty, holding blanks)."""
    rec = doc.extra.get(RECORD_KEY)
    if rec is None or record_problem(rec, doc.text) is not None:
        return None
    from spacy.tokens import Doc

    text = doc.text
    words: list[str] = []
    spaces: list[bool] = []
    for a, b in token_ranges(filled(rec)):
        word = text[a:b]
        if not word or any(c.isspace() for c in word):
            return None
        words.append(word)
        spaces.append(text[b : b + 1] == " ")
        if text[b : b + 1] == "\n":  # a sentence break: spaCy keeps it as a white-space token
            words.append("\n")
            spaces.append(False)
    sdoc = Doc(nlp.vocab, words=words, spaces=spaces)
    return sdoc if sdoc.text == text else None


def _split_tokens(sdoc: Any, ranges: list[tuple[int, int]]) -> None:
    """Split spaCy's tokens (doc.retokenize) so that their edges are ``ranges``."""
    pieces: dict[int, list[str]] = {}
    j = 0
    text = sdoc.text
    for token in sdoc:
        end = token.idx + len(token.text)
        group = []
        while j < len(ranges) and ranges[j][0] < end:
            group.append(text[ranges[j][0] : ranges[j][1]])
            j += 1
        if len(group) > 1:
            pieces[token.i] = group
    with sdoc.retokenize() as retokenizer:
        for i, orths in pieces.items():
            token = sdoc[i]
            retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))


def _document(sdoc: Any, number: int, path: Path, key: str, log: ProblemLog) -> Document | None:
    where = f"doc {number}"
    raw = sdoc.user_data.get(USER_DATA_KEY) if isinstance(sdoc.user_data, dict) else None
    try:
        info = json.loads(raw) if isinstance(raw, str) else {}
    except ValueError:
        log.add(f"{where}: user_data[{USER_DATA_KEY!r}] is not valid JSON")
        return None
    info = info if isinstance(info, dict) else {}
    text = sdoc.text
    found = list(sdoc.spans[key]) if key in sdoc.spans else []
    keys = {(s.start_char, s.end_char, s.label_) for s in found}
    keys |= {(s.start_char, s.end_char, s.label_) for s in sdoc.ents}
    before = log.count
    for i, item in enumerate(info.get("adjusted") or []):  # written moved onto tokens
        if not (isinstance(item, list | tuple) and len(item) == 5):
            log.add(f"{where}: adjusted[{i}] is not [start, end, label, start, end]")
            continue
        keys.discard((item[3], item[4], item[2]))
    spans = [Span(*k) for k in sorted(keys) if k[2]]
    for i, item in enumerate(info.get("adjusted") or []):
        if isinstance(item, list | tuple) and len(item) == 5:
            start, end, label = item[:3]
            span = checked_span(text, start, end, label, f"{where}: adjusted[{i}]", log)
            if span is not None and span.key not in keys:
                spans.append(span)
    for i, item in enumerate(info.get("unaligned") or []):
        if not (isinstance(item, list | tuple) and len(item) == 3):
            log.add(f"{where}: unaligned[{i}] is not [start, end, label]")
            continue
        start, end, label = item
        span = checked_span(text, start, end, label, f"{where}: unaligned[{i}]", log)
        if span is not None and span.key not in keys:
            spans.append(span)
    if log.count != before:
        return None
    status = str(info["status"]) if info.get("status") in STATUSES else "todo"
    meta, extra = info.get("meta"), info.get("extra")
    return Document(
        str(info.get("id") or f"{path.stem}-{number}"),
        text,
        spans,
        status,
        str(info.get("note") or ""),
        dict(meta) if isinstance(meta, dict) else {},
        dict(extra) if isinstance(extra, dict) else {},
    )


def read(path: Path, options: Options) -> Iterator[Document]:
    """Yield one Document per doc of a ``.spacy`` file: spans from doc.spans[key] and doc.ents."""
    spacy = _spacy()
    from spacy.tokens import DocBin

    key = options.get("spans_key") or DEFAULT_SPANS_KEY
    nlp = _blank(spacy, options.get("lang") or DEFAULT_LANG)
    try:
        bin_ = DocBin().from_bytes(path.read_bytes())
        sdocs = bin_.get_docs(nlp.vocab)
    except OSError as exc:
        raise InputError.single(path, None, f"cannot read: {exc.strerror or exc}") from exc
    except Exception as exc:  # DocBin raises msgpack/zlib/ValueError on a file that is not a DocBin
        raise InputError.single(path, None, f"not a spaCy DocBin (.spacy) file: {exc}") from exc
    log = ProblemLog(path, options)
    for number, sdoc in enumerate(sdocs, start=1):
        doc = _document(sdoc, number, path, key, log)
        if doc is not None:
            yield doc
    log.raise_if_any()


SPACY_OPTIONS = {
    "lang": "the spaCy language whose tokenizer is used (default xx; ar, fa, he offline)",
    "spans_key": "the doc.spans key (default sc)",
}
FORMAT = register(
    Format(
        "spacy",
        "spaCy DocBin (.spacy)",
        (".spacy",),
        "codepoint",
        read,
        write,
        read_options=SPACY_OPTIONS,
        write_options={**SPACY_OPTIONS, **CUT_OPTION},
    )
)
