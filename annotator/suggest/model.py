"""A NER model trained on the corpus's own labels, offline (spaCy, an optional extra).

A blank spaCy pipeline for the corpus's language (``ar``, ``fa``, ``ur``, ``he``, or ``xx``;
guessed from the script, or given) with one ``ner`` component, trained on the ``done``
documents. Documents reach spaCy as our tokenizer's tokens (``Doc(words=..., spaces=...)``),
so every span that sits on token edges is a training example and every prediction maps
back to exact code points; spans cutting a token are left out (and counted). Training
reports progress and can be cancelled: ``train_model`` takes a callback and a flag (the
window can run it in a QThread), ``TrainingJob`` runs it in another process. The model is
saved with ``nlp.to_disk`` beside the corpus (``corpus.model/``) with ``annotator.json``.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from annotator.errors import AnnotatorError
from annotator.model import Document, Suggestion
from annotator.search.normalize import fold
from annotator.text.tokenize import TOKENIZER_NAME, Token, tokenize

__all__ = [
    "SOURCE",
    "ModelSuggester",
    "TrainingCancelled",
    "TrainingReport",
    "guess_language",
    "model_path_for",
    "train_model",
]

SOURCE = "model"
META_FILE = "annotator.json"
Progress = Callable[[int, int, float], None]  # (iteration, of iterations, loss)


class TrainingCancelled(AnnotatorError):
    """Training was cancelled: nothing was saved."""


def require_spacy() -> Any:
    """The spacy module, or an AnnotatorError saying how to install it."""
    try:
        import spacy
    except ImportError:
        raise AnnotatorError(
            "suggestions from a model need spaCy, which is not installed: "
            "pip install -e '.[spacy]' (or pip install 'spacy>=3.7')"
        ) from None
    return spacy


def model_path_for(annotations: Path) -> Path:
    """corpus.jsonl -> corpus.model/ beside it."""
    return annotations.with_name(f"{annotations.stem}.model")


def guess_language(texts: Iterable[str], sample: int = 200_000) -> str:
    """ar, fa, ur or he from the letters of the texts (up to ``sample`` characters), else xx."""
    counts = {"arabic": 0, "persian": 0, "urdu": 0, "hebrew": 0}
    seen = 0
    for text in texts:
        for ch in text[: sample - seen]:
            if "\u0590" <= ch <= "\u05ff":
                counts["hebrew"] += 1
            elif "\u0600" <= ch <= "\u06ff":
                counts["arabic"] += 1
                if ch in "پچژگکی":
                    counts["persian"] += 1
                elif ch in "ٹڈڑںےہھ":
                    counts["urdu"] += 1
        seen += min(len(text), sample - seen)
        if seen >= sample:
            break
    if counts["hebrew"] > counts["arabic"]:
        return "he"
    if not counts["arabic"]:
        return "xx"
    if counts["urdu"] > 0.01 * counts["arabic"] and counts["urdu"] >= counts["persian"] / 4:
        return "ur"
    return "fa" if counts["persian"] > 0.01 * counts["arabic"] else "ar"


def _spacy_doc(vocab: Any, text: str) -> tuple[Any, list[Token]]:
    """A spaCy Doc over our tokens (what lies between them is one space or nothing).

    Each token's NORM (a feature of the model) is its folded form, as search folds it:
    أحمد, احمد and أَحْمَد look the same to the model.
    """
    from spacy.tokens import Doc

    tokens = tokenize(text)
    words = [text[t.start : t.end] for t in tokens]
    spaces = [i + 1 < len(tokens) and tokens[i + 1].start > t.end for i, t in enumerate(tokens)]
    doc = Doc(vocab, words=words, spaces=spaces)
    for token, word in zip(doc, words, strict=True):
        token.norm_ = fold(word) or word
    return doc, tokens


@dataclass(frozen=True)
class TrainingReport:
    language: str
    labels: tuple[str, ...]
    documents: int
    spans: int
    skipped_spans: int  # spans that cut a token or overlap another: not trainable
    iterations: int
    losses: tuple[float, ...]
    seconds: float


def _examples(nlp: Any, documents: Iterable[Document]) -> tuple[list[Any], int, int, int]:
    from spacy.tokens import Span as SpacySpan
    from spacy.training import Example
    from spacy.util import filter_spans

    examples, used, skipped, docs = [], 0, 0, 0
    for doc in documents:
        predicted, tokens = _spacy_doc(nlp.vocab, doc.text)
        starts = {t.start: i for i, t in enumerate(tokens)}
        ends = {t.end: i for i, t in enumerate(tokens)}
        ents = []
        for span in doc.spans:
            if span.start in starts and span.end in ends:
                ents.append(
                    SpacySpan(predicted, starts[span.start], ends[span.end] + 1, span.label)
                )
        kept = filter_spans(ents)
        skipped += len(doc.spans) - len(kept)
        used += len(kept)
        reference = predicted.copy()
        reference.ents = kept
        examples.append(Example(predicted, reference))
        docs += 1
    return examples, used, skipped, docs


def train_model(
    documents: Iterable[Document],
    out_dir: Path,
    *,
    language: str | None = None,
    iterations: int = 10,
    seed: int = 0,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> TrainingReport:
    """Train a NER model on ``documents`` (their spans) and save it in ``out_dir``."""
    spacy = require_spacy()
    util = spacy.util
    docs = list(documents)
    if not any(doc.spans for doc in docs):
        raise AnnotatorError("no labelled document to train on (mark documents done first)")
    lang = language or guess_language(doc.text for doc in docs)
    started = time.perf_counter()
    util.fix_random_seed(seed)
    nlp = spacy.blank(lang)
    ner = nlp.add_pipe("ner")
    for label in sorted({s.label for doc in docs for s in doc.spans}):
        ner.add_label(label)
    examples, used, skipped, count = _examples(nlp, docs)
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    losses: list[float] = []
    for n in range(1, iterations + 1):
        rng.shuffle(examples)
        loss: dict[str, float] = {}
        for batch in util.minibatch(examples, size=util.compounding(4.0, 32.0, 1.001)):
            if cancelled is not None and cancelled():
                raise TrainingCancelled("training was cancelled; no model was saved")
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=loss)
        losses.append(round(float(loss.get("ner", 0.0)), 3))
        if progress is not None:
            progress(n, iterations, losses[-1])
    labels = tuple(ner.labels)
    report = TrainingReport(
        lang, labels, count, used, skipped, iterations, tuple(losses), time.perf_counter() - started
    )
    _save(nlp, out_dir, report)
    return report


def _save(nlp: Any, out_dir: Path, report: TrainingReport) -> None:
    """Write into a folder beside ``out_dir``, then put it in place (a reader never sees half)."""
    tmp = out_dir.with_name(f".{out_dir.name}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    nlp.to_disk(tmp)
    meta = {"tokenizer": TOKENIZER_NAME, **asdict(report)}
    (tmp / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=2), "utf-8")
    old = out_dir.with_name(f".{out_dir.name}.old")
    if out_dir.exists():
        shutil.rmtree(old, ignore_errors=True)
        out_dir.rename(old)
    tmp.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)


class ModelSuggester:
    """Suggestions from a model saved by ``train_model``."""

    source = SOURCE

    def __init__(self, path: Path) -> None:
        spacy = require_spacy()
        if not (path / META_FILE).is_file():
            raise AnnotatorError(f"{path}: not a model trained by annotator (no {META_FILE})")
        try:
            self.nlp = spacy.load(path)
        except (OSError, ValueError) as exc:
            raise AnnotatorError(f"{path}: cannot load the model: {exc}") from None
        self.meta = json.loads((path / META_FILE).read_text("utf-8"))

    def find(self, doc: Document) -> list[Suggestion]:
        predicted, tokens = _spacy_doc(self.nlp.vocab, doc.text)
        for _name, component in self.nlp.pipeline:
            predicted = component(predicted)
        return [
            Suggestion(tokens[e.start].start, tokens[e.end - 1].end, e.label_, SOURCE)
            for e in predicted.ents
        ]

    def find_all(self, docs: Sequence[Document]) -> list[list[Suggestion]]:
        return [self.find(doc) for doc in docs]
