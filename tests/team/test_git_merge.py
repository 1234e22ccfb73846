"""The git merge driver in real repositories: two annotators' branches, clean and conflicting."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from annotator.commands.cli import main
from annotator.edits import AddSpan, RelabelSpan, RemoveSpan, SetStatus
from annotator.model import Span
from annotator.schema import LabelSchema
from annotator.storage.corpus import Corpus
from annotator.storage.records import document_from_line
from annotator.team.adjudication import disagreements
from annotator.team.gitmerge import merge_files

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

TEXTS = [
    "زار محمد بن سلمان القاهرة",
    "وصل الرئيس إلى دمشق",
    "قال أحمد إن المغرب",
    "تأسست جامعة القاهرة",
]
ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
    "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
}  # fmt: skip


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-C", str(repo), *args], env=ENV, check=check, capture_output=True, text=True
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "project"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    lines = [
        json.dumps({"id": f"d{i}", "status": "todo", "text": t, "spans": [], "meta": {}},
                   ensure_ascii=False)
        for i, t in enumerate(TEXTS)
    ]  # fmt: skip
    (repo / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = Corpus.open(repo / "corpus.jsonl")
    corpus.apply(0, AddSpan(Span(18, 25, "LOC")))  # a span in the base
    corpus.save()
    corpus.close()
    assert main(["git-setup", str(repo)]) == 0
    config = git(repo, "config", "merge.annotator.driver").stdout
    assert "git-merge %O %A %B %P" in config
    assert "*.jsonl merge=annotator" in (repo / ".gitattributes").read_text()
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "base")
    return repo


def _edit(repo: Path, branch: str, who: str, *steps: tuple[int, object]) -> None:
    git(repo, "checkout", "-q", "-B", branch, "main")
    corpus = Corpus.open(repo / "corpus.jsonl")
    corpus.annotator = who
    for i, edit in steps:
        corpus.apply(i, edit)  # type: ignore[arg-type]
    corpus.save()
    corpus.close()
    git(repo, "commit", "-qam", f"{who} annotates")


def _lines(repo: Path) -> list[bytes]:
    return (repo / "corpus.jsonl").read_bytes().splitlines()


def test_different_documents_and_spans_merge_cleanly(repo: Path) -> None:
    base = _lines(repo)
    _edit(repo, "sara", "sara", (0, AddSpan(Span(4, 8, "PER").authored("sara"))),
          (1, SetStatus("todo", "done")))  # fmt: skip
    _edit(repo, "omar", "omar", (0, AddSpan(Span(13, 17, "PER").authored("omar"))),
          (2, AddSpan(Span(4, 8, "PER"))))  # fmt: skip
    git(repo, "checkout", "-q", "sara")
    done = git(repo, "merge", "--no-edit", "omar", check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = _lines(repo)
    assert lines[3] == base[3]  # nobody changed d3: its line byte for byte
    docs = [json.loads(x) for x in lines]
    first = document_from_line(lines[0], "corpus.jsonl", 1)
    assert [(s.start, s.label, s.by) for s in first.spans] == [
        (4, "PER", "sara"), (13, "PER", "omar"), (18, "LOC", None),
    ]  # fmt: skip
    assert docs[1]["status"] == "done" and docs[2]["spans"][0]["label"] == "PER"
    assert "versions" not in docs[0]


def test_a_true_conflict_becomes_an_adjudication_item(repo: Path) -> None:
    base = _lines(repo)
    loc = Span(18, 25, "LOC")
    _edit(repo, "sara", "sara", (0, RelabelSpan(loc, "ORG")), (1, SetStatus("todo", "done")),
          (2, AddSpan(Span(4, 7, "PER"))))  # fmt: skip
    _edit(repo, "omar", "omar", (0, RelabelSpan(loc, "MISC")), (1, SetStatus("todo", "flagged")))
    git(repo, "checkout", "-q", "sara")
    done = git(repo, "merge", "--no-edit", "omar", check=False)
    assert done.returncode != 0  # git reports the conflict; the file is still valid JSONL
    assert "conflict" in (done.stdout + done.stderr).lower()
    raw = (repo / "corpus.jsonl").read_bytes()
    assert b"<<<<<<<" not in raw and b">>>>>>>" not in raw
    lines = raw.splitlines()
    docs = [json.loads(x) for x in lines]
    assert lines[3] == base[3]
    assert set(docs[0]["versions"]) == {"sara", "omar"}
    assert docs[0]["spans"] == []
    assert set(docs[1]["versions"]) == {"sara", "omar"} and docs[1]["status"] == "todo"
    assert "versions" not in docs[2]  # only sara changed d2
    (tmp := repo / "check.jsonl").write_bytes(raw)
    corpus = Corpus.open(tmp)
    (item,) = disagreements(corpus[0])
    assert item.kind == "label"
    assert {n: [s.label for s in item.spans_of(n)] for n in item.names} == {
        "omar": ["MISC"], "sara": ["ORG"],
    }  # fmt: skip
    corpus.close()


def test_deleted_on_one_side_relabelled_on_the_other(repo: Path) -> None:
    loc = Span(18, 25, "LOC")
    _edit(repo, "sara", "sara", (0, RemoveSpan(loc)), (0, AddSpan(Span(4, 8, "PER"))))
    _edit(repo, "omar", "omar", (0, RelabelSpan(loc, "ORG")))
    git(repo, "checkout", "-q", "sara")
    assert git(repo, "merge", "--no-edit", "omar", check=False).returncode != 0
    doc = json.loads(_lines(repo)[0])
    assert [(s["start"], s["label"]) for s in doc["spans"]] == [(4, "PER")]  # agreed part
    versions = doc["versions"]
    assert [s["label"] for s in versions["omar"]["spans"]] == ["PER", "ORG"]
    assert [s["label"] for s in versions["sara"]["spans"]] == ["PER"]


def test_driver_exit_codes_and_schema_union(tmp_path: Path) -> None:
    base = tmp_path / "b.labels.toml"
    per, loc, place = (f'[[labels]]\nname = "{n}"\ncolor = "#{c}"\n' for n, c in
                       (("PER", "ffcc00"), ("LOC", "00ccff"), ("مكان", "cc00ff")))  # fmt: skip
    base.write_text(per, encoding="utf-8")
    ours = tmp_path / "o.labels.toml"
    ours.write_text(per + loc, encoding="utf-8")
    theirs = tmp_path / "t.labels.toml"
    theirs.write_text(per + place, encoding="utf-8")
    assert merge_files(base, ours, theirs, "x.labels.toml").conflicts == 0
    assert LabelSchema.load(ours).names == ["PER", "LOC", "مكان"]
    assert main(["git-merge", str(base), str(ours), str(theirs), "x.labels.toml"]) == 0
