"""Suggestion sources: gazetteer, propagation through the corpus, a spaCy model; the command."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from annotator.commands.cli import main
from annotator.errors import InputError
from annotator.model import Document, Span
from annotator.storage.corpus import Corpus
from annotator.storage.records import dumps_record
from annotator.suggest.gazetteer import load_gazetteer
from annotator.suggest.model import guess_language
from annotator.suggest.propagate import learn_labelled

GAZETTEER = (
    "\ufeff# places and people\n"
    "المغرب\tLOC\n"
    "\n"
    "عبد اللطيف الوديي\tPER\n"
    "no tab here\n"
    "محمد الخامس\tPER\n"
    "\tLOC\n"
    "إسرائيل\tLOC\n"
)


def _gazetteer(tmp_path: Path) -> Path:
    path = tmp_path / "places.tsv"
    path.write_text(GAZETTEER, encoding="utf-8")
    return path


def test_gazetteer_loads_and_reports_bad_lines(tmp_path: Path) -> None:
    index, problems = load_gazetteer(_gazetteer(tmp_path))
    assert len(index) == 4
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'places.tsv'}:5: expected phrase<TAB>label, got 1 field(s)",
        f"{tmp_path / 'places.tsv'}:7: empty phrase",
    ]
    empty = tmp_path / "empty.tsv"
    empty.write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(InputError, match="no entry"):
        load_gazetteer(empty)


def test_gazetteer_matches_folded_with_clitics(tmp_path: Path, article_text: str) -> None:
    index, _ = load_gazetteer(_gazetteer(tmp_path))
    found = index.find(Document("a", article_text))
    texts = {article_text[s.start : s.end]: s.label for s in found}
    assert texts["عبد اللطيف الوديي"] == "PER" and texts["محمد الخامس"] == "PER"
    assert texts["المغرب"] == "LOC" and texts["لمغرب"] == "LOC"  # للمغرب
    assert texts["إسرائيل"] == "LOC"  # وإسرائيل: the و left out
    assert all(s.source == "gazetteer" for s in found)
    doc = Document("b", "زار الوديي وأَلْمَغْرِب")
    assert [doc.text[s.start : s.end] for s in index.find(doc)] == ["أَلْمَغْرِب"]


def test_propagation_learns_the_majority_label() -> None:
    docs = [
        Document("a", "زار الرباط", [Span(4, 10, "LOC")]),
        Document("b", "في الرباط", [Span(3, 9, "LOC")]),
        Document("c", "نادي الرباط", [Span(5, 11, "ORG")]),
        Document("d", "وصل إلى بالرباط أمس"),
    ]
    learnt = learn_labelled(docs)
    assert learnt.describe("الرباط") == "labelled الرباط as LOC in 3 documents"
    [found] = learnt.index.find(docs[3])
    assert (found.start, found.end, found.label, found.score) == (9, 15, "LOC", 0.667)


def test_language_is_guessed_from_the_script() -> None:
    assert guess_language(["زار المغرب"]) == "ar"
    assert guess_language(["می‌خواهم به ایران بروم که"]) == "fa"
    assert guess_language(["یہ ہمارا گھر ہے اور وہاں بڑا"]) == "ur"
    assert guess_language(["שלום עולם"]) == "he"
    assert guess_language(["hello"]) == "xx"


def _corpus(tmp_path: Path, article: str) -> Path:
    paragraphs = [p for p in article.split("\n") if p.strip()]
    docs = [Document(f"d{i}", p) for i, p in enumerate(paragraphs)]
    start = docs[0].text.index("المغربي")
    docs[0].spans = [Span(start, start + 7, "MISC")]  # never overwritten by "المغرب"
    path = tmp_path / "c.jsonl"
    path.write_text("".join(dumps_record(d) + "\n" for d in docs), encoding="utf-8")
    return path


def test_suggest_command_in_place_is_one_undo_step(
    tmp_path: Path, article_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _corpus(tmp_path, article_text)
    args = ["suggest", str(path), "--gazetteer", str(_gazetteer(tmp_path)), "--propagate"]
    assert main([*args, "--bidi", "logical"]) == 0
    out, err = capsys.readouterr()
    assert "gazetteer  LOC" in out and "places.tsv:5:" in err
    assert "labelled المغربي as MISC in 1 documents" in out
    with Corpus.open(path) as corpus:
        docs = list(corpus.iter_documents())
        assert any(s.source == "gazetteer" for d in docs for s in d.suggestions)
        first = docs[0]
        assert first.spans[0].label == "MISC"
        assert not any(s.span.overlaps(first.spans[0]) for s in first.suggestions)
    assert main([*args, "--bidi", "logical"]) == 0  # again: the same suggestions, no change
    assert "0 document(s)" in capsys.readouterr().out


def test_runs_in_slices_then_clear_each_one_undo_step(tmp_path: Path, article_text: str) -> None:
    from annotator.suggest.run import ClearRun, SuggestRun

    path = _corpus(tmp_path, article_text)
    gazetteer, _ = load_gazetteer(_gazetteer(tmp_path))
    with Corpus.open(path) as corpus:
        run = SuggestRun(corpus, [("gazetteer", gazetteer.find)])
        assert not run.advance(1) and run.done == 1  # a slice at a time
        run.run()
        assert run.done == run.total == len(corpus) and run.changed >= 1
        assert run.counts[("gazetteer", "LOC")] >= 3 and run.counts[("gazetteer", "PER")] == 3
        corpus.apply_steps(run.steps, "Suggestions from gazetteer")
        made = sum(len(d.suggestions) for d in corpus.iter_documents())
        assert made == sum(run.counts.values())
        assert SuggestRun(corpus, [("gazetteer", gazetteer.find)]).run().changed == 0
        cleared = ClearRun(corpus).run()
        assert sum(cleared.counts.values()) == made
        corpus.apply_steps(cleared.steps, "Clear suggestions")
        assert not any(d.suggestions for d in corpus.iter_documents())
        corpus.undo()  # one step puts every one back
        assert sum(len(d.suggestions) for d in corpus.iter_documents()) == made


def test_propagation_in_slices_is_the_propagation_at_once(
    tmp_path: Path, article_text: str
) -> None:
    from annotator.suggest.run import PropagateRun, SuggestRun

    path = tmp_path / "p.jsonl"
    docs = [Document(f"d{i}", p) for i, p in enumerate(article_text.split("\n")) if p.strip()]
    for doc in docs:
        for word, label in (("الرباط", "LOC"), ("كوخافي", "PERS")):
            if word in doc.text and not doc.spans:
                start = doc.text.index(word)
                doc.spans = [Span(start, start + len(word), label)]
    path.write_text("".join(dumps_record(d) + "\n" for d in docs), encoding="utf-8")
    with Corpus.open(path) as corpus:
        sliced = PropagateRun(corpus)
        steps = 0
        while not sliced.advance(1):
            steps += 1
        assert steps == 2 * len(corpus) - 1 and sliced.learnt is not None
        learnt = learn_labelled(corpus.iter_documents())
        at_once = SuggestRun(corpus, [("corpus", learnt.index.find)]).run()
        assert sliced.counts == at_once.counts and sliced.counts
        assert [(i, e.to_json()) for i, e in sliced.steps] == [
            (i, e.to_json()) for i, e in at_once.steps
        ]


def test_suggest_command_out_leaves_the_corpus(
    tmp_path: Path, article_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _corpus(tmp_path, article_text)
    before = path.read_bytes()
    out = tmp_path / "out.jsonl"
    code = main(["suggest", str(path), "--gazetteer", str(_gazetteer(tmp_path)), "--out", str(out)])
    assert code == 0 and path.read_bytes() == before
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sum(len(r.get("suggestions", [])) for r in records) > 5
    assert main(["suggest", str(path)]) == 2
    capsys.readouterr()


def test_model_trains_saves_and_suggests(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    from annotator.suggest.model import ModelSuggester, train_model

    docs = [
        Document(f"d{i}", f"زار {name} مدينة {city} أمس", [Span(4, 4 + len(name), "PER")])
        for i, (name, city) in enumerate(
            [("محمد", "الرباط"), ("أحمد", "فاس"), ("علي", "طنجة"), ("سمير", "مراكش")]
        )
    ]
    seen: list[int] = []
    report = train_model(
        docs, tmp_path / "m.model", iterations=2, progress=lambda n, of, loss: seen.append(n)
    )
    assert seen == [1, 2] and report.language == "ar" and report.labels == ("PER",)
    suggester = ModelSuggester(tmp_path / "m.model")
    for s in suggester.find(Document("x", "زار محمد مدينة فاس أمس")):
        assert s.source == "model" and s.label == "PER"


def test_training_can_be_cancelled(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    from annotator.suggest.model import TrainingCancelled, train_model

    docs = [Document("a", "زار محمد", [Span(4, 8, "PER")])]
    with pytest.raises(TrainingCancelled):
        train_model(docs, tmp_path / "m.model", iterations=2, cancelled=lambda: True)
    assert not (tmp_path / "m.model").exists()


@pytest.mark.slow
def test_training_job_runs_in_another_process(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    from annotator.suggest.training_job import TrainingJob

    docs = [Document("a", "زار محمد الرباط", [Span(4, 8, "PER")])]
    job = TrainingJob.start(docs, tmp_path / "m.model", iterations=2)
    last = job.wait(timeout=120)
    assert last[0] == "done", last
    assert [m[1] for m in job.received if m[0] == "progress"] == [1, 2]
    assert (tmp_path / "m.model" / "annotator.json").is_file()


def test_suggest_trains_a_model_beside_the_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("spacy")
    names = ["محمد", "أحمد", "علي", "سمير", "كريم"]
    docs = [
        Document(f"d{i}", f"زار {name} المدينة", [Span(4, 4 + len(name), "PER")], status="done")
        for i, name in enumerate(names)
    ]
    docs.append(Document("new", "زار محمد المدينة"))
    path = tmp_path / "c.jsonl"
    path.write_text("".join(dumps_record(d) + "\n" for d in docs), encoding="utf-8")
    code = main(["suggest", str(path), "--train", "--iterations", "2", "--bidi", "logical"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "trained on 5 done documents" in out and "training 2/2" in err
    assert (tmp_path / "c.model" / "annotator.json").is_file()
    assert main(["suggest", str(path), "--model", "--out", str(tmp_path / "o.jsonl")]) == 0


def test_a_missing_spacy_is_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.errors import AnnotatorError
    from annotator.suggest.model import require_spacy

    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy raises ImportError
    with pytest.raises(AnnotatorError, match=r"pip install -e '\.\[spacy\]'"):
        require_spacy()
