"""The README's field reference is the editor's guide's, word for word."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROW = re.compile(r"^\| `[a-z_.\[\]]+` \|.*\|$", re.MULTILINE)


def test_readme_field_reference_matches_the_guide() -> None:
    readme = ROW.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    guide = ROW.findall((ROOT / "content" / "pages" / "editing.md").read_text(encoding="utf-8"))
    assert guide, "the guide has no field reference"
    assert readme == guide


def test_readme_names_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in ("build", "extract", "check", "review", "ingest", "add", "serve"):
        assert f"`explainer {command}" in readme
