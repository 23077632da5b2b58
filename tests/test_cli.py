"""The command line: exit codes scripts can trust, one-line errors, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
