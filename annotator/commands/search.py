"""`annotator search CORPUS QUERY`: every match in a corpus, Arabic-aware, as fast as grep allows.

One line per match, ``id:start-end: context with the [[match]] marked`` (document text through
the terminal writer's ``fragment``: controls escaped, direction isolated), or with ``--json``
one object per line: ``id``, ``index`` (document number, 0-based), ``line`` (of the file),
``start``, ``end`` (code points, half-open), ``text`` (the stored text of the match) and
``label`` with ``--label``. Exit 0 with matches, 1 with none, 2 on an error (a bad regular
expression, an unreadable file or line), as grep does.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from annotator.commands.search_scan import Candidate, candidates
from annotator.commands.terminal import MODES, TerminalWriter
from annotator.errors import AnnotatorError, Problem
from annotator.search import Match, Matcher, SearchError, SearchOptions
from annotator.search.prefilter import line_filter

EXIT_FOUND, EXIT_NONE, EXIT_ERROR = 0, 1, 2
_string = json.JSONEncoder(ensure_ascii=False).encode
CONTEXT = 40  # code points shown on each side of a match
MARKS = ("[[", "]]")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="CORPUS", type=Path, help="a .jsonl, .txt or folder")
    parser.add_argument("query", metavar="QUERY", help="what to find (folded like the text)")
    parser.add_argument("--regex", action="store_true", help="QUERY is a regular expression")
    parser.add_argument(
        "--exact", action="store_true", help="no folding: harakat, alef forms, case all count"
    )
    parser.add_argument(
        "--whole-word", action="store_true", help="only whole tokens (our tokenizer's)"
    )
    parser.add_argument(
        "--clitics",
        action="store_true",
        help="whole words, also after و ف ب ك ل ال (والمغرب finds المغرب; the match is the word)",
    )
    parser.add_argument("--heh", action="store_true", help="ة and ه match each other")
    parser.add_argument("--label", metavar="L", help="search only inside spans labelled L")
    parser.add_argument("--json", action="store_true", help="one JSON object per match")
    parser.add_argument("--limit", metavar="N", type=int, help="stop after N matches")
    parser.add_argument("--encoding", metavar="ENC", help="the file's encoding when not UTF-8")
    parser.add_argument("--bidi", choices=MODES, default=None, help="as for stats (see --help)")


def _matches(matcher: Matcher, doc: Candidate, label: str | None) -> Iterator[tuple[Match, str]]:
    if label is None:
        for match in matcher.finditer(doc.text):
            yield match, ""
        return
    seen: set[Match] = set()
    for span in doc.spans:
        if span.label == label:
            for match in matcher.finditer(doc.text, span.start, span.end):
                if match not in seen and match.end <= span.end:
                    seen.add(match)
                    yield match, label


def _context(text: str, start: int, end: int) -> str:
    """The match marked, with up to CONTEXT code points of its own line on each side."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lo, hi = max(line_start, start - CONTEXT), min(line_end, end + CONTEXT)
    before = ("…" if lo > line_start else "") + text[lo:start]
    after = text[end:hi] + ("…" if hi < line_end else "")
    return f"{before}{MARKS[0]}{text[start:end]}{MARKS[1]}{after}"


def run(args: argparse.Namespace, err: TerminalWriter) -> int:
    """Search and print; the exit code (grep's: 0 found, 1 none, 2 error)."""
    if args.limit is not None and args.limit < 1:
        err.line("annotator: --limit must be 1 or more")
        return EXIT_ERROR
    options = SearchOptions(
        regex=args.regex,
        exact=args.exact,
        whole_word=args.whole_word,
        clitics=args.clitics,
        heh=args.heh,
    )
    try:
        matcher = Matcher(args.query, options)
    except SearchError as exc:
        err.line(f"annotator: {exc}")
        return EXIT_ERROR
    out = TerminalWriter.for_stream(sys.stdout, args.bidi, json_output=args.json)
    found, problems = 0, 0
    try:
        scan = candidates(
            args.path, line_filter(matcher), spans=args.label is not None, encoding=args.encoding
        )
        for item in scan:
            if isinstance(item, Problem):
                problems += 1
                err.line(str(item))
                continue
            name = _string(item.id) if args.json else out.fragment(item.id)
            for match, label in _matches(matcher, item, args.label):
                _print(out, args.json, item, name, match, label)
                found += 1
                if found == 1:
                    sys.stdout.flush()  # the first result shows at once, not with the block
                if found == args.limit:
                    sys.stdout.flush()
                    return EXIT_FOUND if not problems else EXIT_ERROR
    except AnnotatorError as exc:
        err.line(f"annotator: {exc}")
        return EXIT_ERROR
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        err.line(f"annotator: {where}{exc.strerror or exc}")
        return EXIT_ERROR
    sys.stdout.flush()
    if problems:
        return EXIT_ERROR
    return EXIT_FOUND if found else EXIT_NONE


def _print(
    out: TerminalWriter, as_json: bool, doc: Candidate, name: str, match: Match, label: str
) -> None:
    """One match; ``name`` is the document id as JSON or through ``fragment``."""
    start, end = match
    if as_json:  # written by hand: json.dumps of a dict per match was a fifth of the time
        more = f', "label": {_string(label)}' if label else ""
        out.stream.write(
            f'{{"id": {name}, "index": {doc.index}, "line": {doc.line}, '
            f'"start": {start}, "end": {end}, "text": {_string(doc.text[start:end])}{more}}}\n'
        )
    else:
        context = out.fragment(_context(doc.text, start, end))
        out.line(f"{name}:{start}-{end}: {context}")
