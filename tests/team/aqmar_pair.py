"""Two annotators' files built from real AQMAR articles: one as annotated, one perturbed.

Tags are cleaned first (typos and I- after O become plain IOB2) so that an independent
chunker in the tests reads the same entities our CoNLL reader does. The perturbation is
systematic: every 4th entity relabelled, every 5th dropped, every 6th widened by one token,
and a spurious one-token MIS1 on every 40th O token between two O tokens.
"""

from __future__ import annotations

import re
from pathlib import Path

from annotator.formats.conll_read import read
from annotator.formats.registry import get
from tests.conftest import DATA

ARTICLES = ("Atom", "Damascus", "Linux", "Real_Madrid")
_TAG = re.compile(r"^([BI])-(PER|LOC|ORG|MIS[0-3])$")
RELABEL = {"PER": "ORG", "ORG": "LOC", "LOC": "PER", "MIS0": "MIS1", "MIS1": "MIS2"}
RELABEL.update({"MIS2": "MIS3", "MIS3": "MIS0"})

Sentence = list[tuple[str, str]]


def clean_sentences(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sentences[-1]:
                sentences.append([])
            continue
        token, tag = line.rsplit(" ", 1)
        m = _TAG.match(tag)
        if m is None:
            tag = "O"
        elif m.group(1) == "I":
            prev = sentences[-1][-1][1] if sentences[-1] else "O"
            if prev == "O" or prev[2:] != m.group(2):
                tag = "B-" + m.group(2)
        sentences[-1].append((token, tag))
    return [s for s in sentences if s]


def chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entities (first token, last token, type) of an IOB2 tag list (as seqeval reads IOB2)."""
    out: list[tuple[int, int, str]] = []
    for k, tag in enumerate(tags):
        if tag.startswith("B-"):
            out.append((k, k, tag[2:]))
        elif tag.startswith("I-") and out and out[-1][1] == k - 1 and out[-1][2] == tag[2:]:
            out[-1] = (out[-1][0], k, tag[2:])
    return out


def perturb(sentences: list[Sentence]) -> list[Sentence]:
    out: list[Sentence] = []
    n_entity = n_o = 0
    for sentence in sentences:
        tags = [t for _w, t in sentence]
        new = list(tags)
        for first, last, kind in chunks(tags):
            n_entity += 1
            if n_entity % 5 == 0:
                new[first : last + 1] = ["O"] * (last - first + 1)
            elif n_entity % 4 == 0:
                label = RELABEL[kind]
                new[first : last + 1] = ["B-" + label] + ["I-" + label] * (last - first)
            elif n_entity % 6 == 0 and last + 1 < len(tags) and tags[last + 1] == "O":
                new[last + 1] = "I-" + kind
        for k in range(1, len(tags) - 1):
            if tags[k - 1] == tags[k] == tags[k + 1] == "O" == new[k - 1] == new[k] == new[k + 1]:
                n_o += 1
                if n_o % 40 == 0:
                    new[k] = "B-MIS1"
        out.append([(w, t) for (w, _), t in zip(sentence, new)])
    return out


def write_conll(sentences: list[Sentence], path: Path) -> Path:
    path.write_text(
        "\n\n".join("\n".join(f"{w} {t}" for w, t in s) for s in sentences) + "\n",
        encoding="utf-8",
    )
    return path


def build_pair(folder: Path) -> tuple[Path, Path, dict[str, list[list[str]]]]:
    """sara.jsonl (as annotated) and omar.jsonl (perturbed), and both tag lists per annotator."""
    tags: dict[str, list[list[str]]] = {"sara": [], "omar": []}
    jsonl = get("jsonl")
    paths = []
    for name in ("sara", "omar"):
        docs = []
        for article in ARTICLES:
            sentences = clean_sentences(DATA / "aqmar" / f"{article}.txt")
            if name == "omar":
                sentences = perturb(sentences)
            tags[name] += [[t for _w, t in s] for s in sentences]
            conll = write_conll(sentences, folder / f"{name}-{article}.conll")
            for doc in read(conll, {"warnings": []}):
                doc.id = doc.id.replace(f"{name}-", "")
                doc.extra.pop("conll", None)
                docs.append(doc)
        target = folder / f"{name}.jsonl"
        jsonl.write(iter(docs), target, {})  # type: ignore[misc]
        paths.append(target)
    return paths[0], paths[1], tags
