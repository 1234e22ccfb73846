"""Data is never code on screen: how text from a file goes into a widget.

Widgets that could read markup get plain text (QLabel, QMessageBox are set to PlainText);
tooltips, which Qt renders as rich text whenever text looks like markup, get it escaped.
Names from files (labels, ids, file names) and messages quoting them have their control and
bidi-control characters shown as escapes, so ``PER<U+202E>COL`` cannot read "PERLOC" and
reorder the words around it; document text keeps every character but is isolated (FSI ... PDI)
so its direction stays inside its cell.
"""

from __future__ import annotations

import html

from annotator.display import escaped, isolated


def name(text: str) -> str:
    """A label, a document id or a file name, every control character visible."""
    return escaped(text)


def message(text: str) -> str:
    """A message that may quote names and data: its lines kept, everything else visible."""
    return escaped(text, keep_newlines=True)


def document_text(text: str) -> str:
    """A piece of document text in a cell or a tooltip: exact, its direction confined."""
    return isolated(text)


def tooltip(text: str) -> str:
    """Any text as a tooltip, shown literally (Qt would render ``<b>`` in it as bold)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
