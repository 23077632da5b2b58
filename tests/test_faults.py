"""Faults: a build killed at any moment loses nothing; read-only content is a clear error."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import factsheet
from tests.scratch import SEED, scratch_project

SECOND = """Floods close the river road

Heavy rain flooded three villages in the Lowland province on Monday, officials said.

The provincial governor, Maria Santos, said that 40 homes had been evacuated.

"Nobody was hurt, and the army is helping us," Santos told reporters.
"""

pytestmark = pytest.mark.slow


def explainer(root: Path, *args: str, **kwargs) -> subprocess.Popen[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    return subprocess.Popen(
        [sys.executable, "-m", "generator", *args],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def snapshot(site: Path) -> dict[str, str]:
    return {
        str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*.html"))
    }


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    scratch_project(tmp_path, SEED)
    first = explainer(tmp_path, "build")
    _, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    return tmp_path


@pytest.mark.parametrize("delay", [0.5, 1.5, 2.5, 3.5])
def test_killed_build_keeps_sheets_whole_and_old_site(project: Path, delay: float) -> None:
    site = project / "site"
    old_site = snapshot(site)
    facts = project / "content" / "facts"
    old_sheets = {p.name: p.read_bytes() for p in facts.glob("*.yaml")}
    (project / "content" / "articles" / "floods.txt").write_text(SECOND, encoding="utf-8")

    build = explainer(project, "build")
    time.sleep(delay)
    build.send_signal(signal.SIGKILL)
    build.wait(timeout=60)

    for name, data in old_sheets.items():  # sheets that existed are untouched
        assert (facts / name).read_bytes() == data
    for path in facts.glob("*.yaml"):  # any sheet there is whole and valid
        factsheet.load(path)
    assert not list(facts.glob("*.tmp*")), "temporary files left beside the sheets"
    now = snapshot(site)
    if now != old_site:  # the kill came while site/ was brought up to date, file by file
        finished = explainer(project, "build")
        _, err = finished.communicate(timeout=600)
        assert finished.returncode == 0, err
        final = snapshot(site)
        for page, digest in now.items():  # each page old or new, never half written
            assert digest in (old_site.get(page), final.get(page)), page

    again = explainer(project, "build")  # no stale lock, and the build completes
    _, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    assert any("Maria Santos" in p.read_text(encoding="utf-8") for p in site.rglob("*.html"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_facts_folder_is_a_clear_error(project: Path) -> None:
    facts = project / "content" / "facts"
    (project / "content" / "articles" / "floods.txt").write_text(SECOND, encoding="utf-8")
    facts.chmod(0o555)
    try:
        build = explainer(project, "build")
        _, err = build.communicate(timeout=600)
    finally:
        facts.chmod(0o755)
    assert build.returncode == 1
    assert "Traceback" not in err
    assert "facts" in err


@pytest.mark.parametrize(
    ("code", "words"), [(28, "No space left on device"), (30, "Read-only file system")]
)
def test_full_disk_or_read_only_is_one_line_error(
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    code: int,
    words: str,
) -> None:
    from generator import cli

    (project / "content" / "articles" / "floods.txt").write_text(SECOND, encoding="utf-8")
    sheet = project / "content" / "facts" / "floods.yaml"

    def refuse(src: object, dst: object) -> None:
        raise OSError(code, words, str(dst))

    monkeypatch.chdir(project)
    monkeypatch.setattr(os, "replace", refuse)
    status = cli.main(["build"])
    err = capsys.readouterr().err
    assert status == 1
    assert words in err and "floods" in err
    assert "Traceback" not in err
    assert not sheet.exists()
