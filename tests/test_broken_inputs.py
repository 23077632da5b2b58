"""Broken article files: one line naming the file and what to do; the rest still builds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.scratch import scratch_project

GOOD = """Floods close the river road

Heavy rain flooded three villages in the Lowland province on Monday, officials said.

The provincial governor, Maria Santos, said that 40 homes had been evacuated.
"""

pytestmark = pytest.mark.slow


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    return scratch_project(tmp_path)


def build(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "build"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=600,
    )


BROKEN = {
    "empty.txt": b"",
    "blank.html": b"   \n\n  \t\n",
    "binary.txt": bytes(range(256)) * 40,
    "image.html": b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000,
}


def test_broken_articles_are_named_and_the_rest_builds(project: Path) -> None:
    articles = project / "content" / "articles"
    (articles / "floods.txt").write_text(GOOD, encoding="utf-8")
    for name, data in BROKEN.items():
        (articles / name).write_bytes(data)
    result = build(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    for name in BROKEN:
        lines = [line for line in result.stderr.splitlines() if name in line]
        assert lines, f"no message names {name}:\n{result.stderr}"
    site_pages = list((project / "site").rglob("*.html"))
    assert any("Maria Santos" in p.read_text(encoding="utf-8") for p in site_pages)


def test_odd_names_stay_inside_content(project: Path) -> None:
    articles = project / "content" / "articles"
    for name in ("news story (1).txt", "Überraschung – Krieg.txt", "..hidden-dots.txt", "a..b.txt"):
        (articles / name).write_text(GOOD, encoding="utf-8")
    (articles / "folder.html").mkdir()  # a directory named like an article
    result = build(project)
    assert "Traceback" not in result.stderr
    sheets = sorted(p.name for p in (project / "content" / "facts").iterdir())
    assert all(s.endswith(".yaml") and "/" not in s and not s.startswith(".") for s in sheets)
    outside = [p for p in project.rglob("*.yaml") if "content" not in p.parts]
    assert not outside


def test_latin1_and_bom_articles_decode(project: Path) -> None:
    articles = project / "content" / "articles"
    text = GOOD.replace("Maria Santos", "María Santos").replace("officials", "officiels ça")
    (articles / "latin1.txt").write_bytes(text.encode("latin-1"))
    (articles / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = build(project)
    assert result.returncode == 0, result.stderr
    pages = [p.read_text(encoding="utf-8") for p in (project / "site").rglob("*.html")]
    assert any("María Santos" in p for p in pages)
    assert not any("Ã" in p for p in pages), "mojibake in the site"
