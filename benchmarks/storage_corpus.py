"""The corpora bench_storage.py measures: 100,000 documents from the sample article.

``ours``: the native JSONL as annotator writes it (id and status first). ``foreign``: what
another tool writes: keys in another order, no ids, span keys in another order, every tenth
document ASCII-escaped (``\\u`` escapes), a few statuses set.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARTICLE = REPO.parent / "shared" / "samples" / "article-ar.txt"
STATUSES = ("todo", "done", "skipped", "flagged")


def _texts(n: int) -> list[str]:
    """``n`` texts of ~450 characters (~0.8 KB of UTF-8): windows over the article's words."""
    words = ARTICLE.read_text(encoding="utf-8").split()
    out = []
    for i in range(n):
        k = (i * 37) % len(words)
        picked = (words[k:] + words)[: 70 + i % 20]
        out.append(" ".join(picked))
    return out


def _spans(text: str, i: int) -> list[tuple[int, int, str]]:
    found = [m.span() for m in re.finditer(r"\S+", text)]
    return [(s, e, ("PER", "ORG", "LOC")[(i + k) % 3]) for k, (s, e) in enumerate(found[1:8:3])]


def write_corpus(path: Path, n: int = 100_000, *, foreign: bool) -> int:
    """Write ``n`` documents to ``path``; returns its size in bytes."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i, text in enumerate(_texts(n)):
            spans = _spans(text, i)
            status = STATUSES[i % 7] if i % 7 < 4 else "todo"
            if foreign:
                rec: dict[str, object] = {
                    "text": text,
                    "meta": {"source": "article-ar", "n": i},
                    "spans": [{"label": lb, "start": s, "end": e} for s, e, lb in spans],
                }
                if i % 5:
                    rec["status"] = status
                f.write(json.dumps(rec, ensure_ascii=i % 10 == 0) + "\n")
            else:
                rec = {
                    "id": f"doc-{i}",
                    "status": status,
                    "text": text,
                    "spans": [
                        {"start": s, "end": e, "label": lb, "text": text[s:e]} for s, e, lb in spans
                    ],
                    "meta": {"source": "article-ar"},
                    "offset_unit": "codepoint",
                }
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path.stat().st_size


def write_sentences(path: Path, n: int = 1_000_000, *, crlf: bool = False) -> int:
    """``n`` short lines as another tool writes them, one sentence each (~130 bytes of UTF-8):
    text and spans, no id; Windows line ends when ``crlf``. Returns the size in bytes."""
    words = ARTICLE.read_text(encoding="utf-8").split()
    end = "\r\n" if crlf else "\n"
    with open(path, "w", encoding="utf-8", newline="") as f:
        for i in range(n):
            k = (i * 37) % len(words)
            text = " ".join((words[k:] + words)[: 5 + i % 8])
            first = len(text.split(" ", 1)[0])
            spans = [{"label": "PER", "start": 0, "end": first}] if i % 3 == 0 else []
            f.write(json.dumps({"text": text, "spans": spans}, ensure_ascii=False) + end)
    return path.stat().st_size
