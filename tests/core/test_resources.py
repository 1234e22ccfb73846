"""Files under resources/ are found from the checkout (editable install) and from a built wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest

from tests.conftest import REPO

SHIPPED = [
    "default-labels.toml",
    # the interface translations (ui/i18n.py loads them from annotator.resources/i18n)
    "i18n/annotator_ar.qm",
    "i18n/annotator_fa.qm",
    "i18n/annotator_he.qm",
]


def test_resources_found_from_checkout() -> None:
    root = files("annotator.resources")
    for name in SHIPPED:
        assert (root / name).is_file(), name
    # the editable install maps the package onto the checkout's resources/ folder
    assert Path(str(root / SHIPPED[0])).resolve().parent == (REPO / "resources").resolve()


@pytest.mark.slow
def test_resources_found_from_wheel(tmp_path: Path) -> None:
    wheel_dir = tmp_path / "wheel"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheel_dir),
            str(REPO),
        ],
        check=True,
        cwd=tmp_path,
        capture_output=True,
    )
    (wheel,) = wheel_dir.glob("annotator-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in SHIPPED:
        assert f"annotator/resources/{name}" in names
    assert not any(n.startswith("tests/") for n in names)
    for init in sorted((REPO / "annotator").rglob("__init__.py")):  # every package is shipped
        assert init.relative_to(REPO).as_posix() in names, f"{init}: list it in pyproject.toml"
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    # Run from an empty folder with only the unpacked wheel on the path:
    # the checkout is not importable.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(site)
    code = (
        "import annotator, annotator.schema as s, pathlib;"
        f"assert str(pathlib.Path(annotator.__file__)).startswith({str(site)!r}), "
        "annotator.__file__;"
        "schema = s.LabelSchema.default(); print(','.join(schema.names))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "PERS" in out.stdout.strip().split(",")
