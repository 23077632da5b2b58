"""The command line: exit codes scripts can trust, one-line errors, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd or REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_no_command_is_usage_error() -> None:
    result = run()
    assert result.returncode == 2
    assert "usage: explainer" in result.stderr


def test_unknown_option_is_usage_error() -> None:
    assert run("check", "--no-such-option").returncode == 2


def test_ingest_missing_file_names_it_and_exits_1(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run("ingest", str(missing), "--json")
    assert result.returncode == 1
    assert str(missing) in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_ingest_json_shape(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text(
        "Rivers rise in the valley\n\n"
        "Heavy rain has flooded three villages in the valley, officials said on Monday.\n\n"
        "The mayor said that 40 homes had been evacuated and nobody was hurt.\n",
        encoding="utf-8",
    )
    result = run("ingest", str(article), "--json")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    data = json.loads(line)
    for key in ("file", "title", "outlet", "byline", "published", "url", "language"):
        assert key in data
    assert data["file"] == str(article)
    assert data["paragraphs"][0]["id"] == "p1"
    assert {p["kind"] for p in data["paragraphs"]} <= {
        "body",
        "heading",
        "quote",
        "caption",
        "list",
        "byline",
    }
    assert any("40 homes" in p["text"] for p in data["paragraphs"])
    assert isinstance(data["images"], list)


def test_check_reports_position_and_exits_1(tmp_path: Path) -> None:
    sheet = tmp_path / "bad.yaml"
    sheet.write_text("article:\n  title: [unclosed\n", encoding="utf-8")
    result = run("check", str(sheet))
    assert result.returncode == 1
    assert f"{sheet}:" in result.stderr
    assert "Traceback" not in result.stderr


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.slow
def test_extract_with_out_writes_nothing_outside_it(tmp_path: Path) -> None:
    project = tmp_path / "project"  # the shell stands in some project
    (project / "content" / "articles").mkdir(parents=True)
    article = project / "content" / "articles" / "harbour.txt"
    article.write_text(
        "Harbour reopens after the storm\n\n"
        "Heavy storms closed the harbour of Lowmere for three days last week, officials said.\n\n"
        "The harbour master, Ines Valk, said on Monday that the port would reopen to ships.\n",
        encoding="utf-8",
    )
    before = _files(project)
    out = tmp_path / "drafts"
    result = run("extract", "content/articles/harbour.txt", "--out", str(out), cwd=project)
    assert result.returncode == 0, result.stderr
    assert _files(project) == before, "extract --out wrote into the project it stands in"
    assert sorted(_files(out)) == [".explainer-cache/harbour.yaml", "harbour.yaml"]
    again = run(
        "extract", "content/articles/harbour.txt", "--out", str(out), "--refresh", cwd=project
    )
    assert again.returncode == 0 and "no record of the machine's previous draft" not in again.stderr
    assert _files(project) == before
