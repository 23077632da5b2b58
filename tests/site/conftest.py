"""Fixtures of the site tests: the invented Orlen Valley sheet, built into a scratch project.

Layers: ``fixture_sheet`` (the YAML loaded) -> ``fixture_knowledge`` -> ``built`` (the
site built with ``mkdocs build --strict`` and ``SOURCE_DATE_EPOCH`` set).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import factsheet, knowledge, site
from generator.errors import Problem
from generator.factsheet.model import FactSheet
from generator.knowledge.model import Knowledge
from generator.project import read_knowledge

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHEET = FIXTURES / "content" / "facts" / "orlen-valley.yaml"
EPOCH = "1900000000"  # 2030-03-17: fixed build time for byte-stable output


def make_project(root: Path, *, search: bool = True) -> Path:
    """A scratch MkDocs project: the fixture content and config, the real theme."""
    shutil.copytree(FIXTURES / "content", root / "content")
    shutil.copytree(REPO / "theme", root / "theme")
    config = (FIXTURES / "mkdocs.yml").read_text(encoding="utf-8")
    if not search:
        config = config.replace("content_dir: content", "content_dir: content\n      search: false")
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    return root


def mkdocs_build(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def build_site(
    config_file: Path, *, strict: bool = False, processes: int | None = None
) -> tuple[Problem, ...]:
    """The site of a project's sheets drawn as ``explainer build`` draws it (the sheets
    read, merged, handed to the plugin), without extracting or checking."""
    project = site.open_project(config_file, strict=strict)
    known = read_knowledge(project, factsheet.SheetStore())
    return site.build_site(project, known, processes=processes)


@pytest.fixture(scope="session")
def new_project():
    """``new_project(root, search=...)`` makes a scratch project (see :func:`make_project`)."""
    return make_project


@pytest.fixture(scope="session")
def fixture_sheet() -> FactSheet:
    return factsheet.load(SHEET)


@pytest.fixture(scope="session")
def fixture_knowledge(fixture_sheet: FactSheet) -> Knowledge:
    return knowledge.build([fixture_sheet])


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture's built site (with its Pagefind index)."""
    root = make_project(tmp_path_factory.mktemp("orlen"))
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    return root / "site"
