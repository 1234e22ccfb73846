"""CoNLL / BIO (token<sep>tag per line, blank line between sentences), for the format registry.

Reading (conll_read, conll_record) keeps what the file did in ``Document.extra["conll"]`` so
writing (conll_write, conll_imported) reproduces it byte for byte; tag schemes in conll_tags.
Options (``--option key=value`` on the command line):

- read: ``sep`` (auto|tab|space), ``scheme`` (detected when unset: IOB2, IOB1, BIOES, BILOU),
  ``i_start`` (start|ignore: an I- that opens an entity), ``split`` (auto|sentence|docstart|file:
  one document per sentence, per -DOCSTART- section or per file; auto = docstart when the file
  starts with -DOCSTART-, else sentence), ``tag_columns`` (e.g. 2,4), ``encoding``.
- write: ``scheme`` and ``sep`` (rewrite every tag / separator; unset = as read, TAB and IOB2
  for documents not read from CoNLL); ``rewrite=true`` regenerates every tag from the spans
  (typos and I- after O become strict tags, e.g. for doccano: ``--scheme IOB2 --sep tab``).

The ``.txt`` extension is not claimed (plain text uses it): pass ``--from conll`` for
AQMAR-style files.
"""

from __future__ import annotations

from annotator.formats.conll_read import read
from annotator.formats.conll_write import write
from annotator.formats.registry import CUT_OPTION, ENCODING_OPTION, Format, register

__all__ = ["FORMAT", "read", "write"]

FORMAT = register(
    Format(
        name="conll",
        title="CoNLL / BIO (token and tag per line)",
        extensions=(".conll", ".bio", ".iob", ".iob2", ".bioes", ".bmes"),
        # the file holds tokens, no offsets; the documents' offsets are code points
        unit="codepoint",
        read=read,
        write=write,
        read_options={
            "sep": "auto (default), tab or space",
            "scheme": "the tag scheme (detected when unset): IOB2, IOB1, BIOES, BILOU, BMES",
            "i_start": "start (default) or ignore: an I- that opens an entity",
            "split": "auto (default), sentence, docstart or file: one document per ...",
            "tag_columns": "the tag columns, numbered from 2 (e.g. 2,4)",
            **ENCODING_OPTION,
        },
        write_options={
            "scheme": "rewrite every tag in this scheme (strict: I- never opens an entity)",
            "sep": "tab or space: rewrite every separator",
            "rewrite": "true: regenerate every tag from the spans",
            **CUT_OPTION,
        },
    )
)
