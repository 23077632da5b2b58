"""`explainer check` as a user runs it: one line per problem, exit 0, 1 or 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import cli, factsheet

from .sheet_fixtures import make_sheet


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "content" / "articles" / "river-dispute.txt").write_text("Dam breaks.\n")
    factsheet.save(make_sheet(), tmp_path / "content" / "facts" / "river-dispute.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_clean_sheets_exit_0_and_warnings_are_shown(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["check"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "content/facts/river-dispute.yaml:18:14: article.published: warning: not set, so 1 "
        "relative date(s) stay unresolved (set article.published: YYYY-MM-DD)",
        "checked 1 fact sheet(s): 0 error(s), 1 warning(s)",
    ]


def test_problems_exit_1_with_file_line_and_fix(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = project / "content" / "facts" / "river-dispute.yaml"
    text = path.read_text(encoding="utf-8").replace("  by: highmere\n", "  by: highmre\n")
    path.write_text(text, encoding="utf-8")
    assert cli.main(["check", "content/facts/river-dispute.yaml"]) == 1
    err = capsys.readouterr().err
    assert (
        "content/facts/river-dispute.yaml:55:7: claims[1].by: unknown actor 'highmre' "
        "(did you mean 'highmere'?)"
    ) in err
    assert "Traceback" not in err
