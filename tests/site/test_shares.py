"""A big site's pages drawn by several processes: the same site, and a failure in one
of them fails the build cleanly (see generator/site/shares.py)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from generator.site import shares
from generator.site.views import Views

from .conftest import EPOCH, build_site
from .test_build_site import fingerprint

pytestmark = pytest.mark.skipif(not shares.CAN_FORK, reason="no os.fork here")


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Share out even a small site's pages; the list records each fork's count."""
    monkeypatch.setattr(shares.ParallelDraw, "FROM_PAGES", 1)
    monkeypatch.setattr(shares.ParallelDraw, "PAGES_PER_PROCESS", 1)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    calls: list[int] = []
    fork = shares.fork

    def counting(count: int, logger: str = "mkdocs") -> shares.Share:
        calls.append(count)
        return fork(count, logger)

    monkeypatch.setattr(shares, "fork", counting)
    return calls


@pytest.mark.parametrize("processes", [2, 3])
def test_pages_drawn_by_several_processes_are_the_same_site(
    tmp_path: Path, new_project, forks: list[int], processes: int
) -> None:
    one = new_project(tmp_path / "one")
    build_site(one / "mkdocs.yml", strict=True, processes=1)
    assert forks == []
    many = new_project(tmp_path / "many")
    assert build_site(many / "mkdocs.yml", strict=True, processes=processes) == ()
    assert forks == [processes]
    assert fingerprint(many / "site") == fingerprint(one / "site")


def test_a_page_failing_in_another_process_fails_the_build_and_keeps_the_site(
    tmp_path: Path, new_project, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = new_project(tmp_path / "project", search=False)
    build_site(project / "mkdocs.yml", strict=True, processes=1)
    before = fingerprint(project / "site")
    parent = os.getpid()
    view = Views.view

    def broken(self: Views, spec):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            raise RuntimeError("a rendering bug")
        return view(self, spec)

    monkeypatch.setattr(Views, "view", broken)
    with pytest.raises(Exception, match="a rendering bug"):
        build_site(project / "mkdocs.yml", strict=True, processes=2)
    assert os.getpid() == parent  # the child ended where it failed
    assert forks == [2]
    assert fingerprint(project / "site") == before
    assert not [p for p in project.iterdir() if p.name.startswith(".site")]


def test_warnings_of_another_process_are_reported_by_the_build(
    tmp_path: Path, new_project, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = new_project(tmp_path / "project", search=False)
    parent = os.getpid()
    view = Views.view

    def warning(self: Views, spec):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            logging.getLogger("mkdocs.plugins.explainer").warning("drawn elsewhere")
        return view(self, spec)

    monkeypatch.setattr(Views, "view", warning)
    problems = build_site(project / "mkdocs.yml", processes=2)
    assert forks == [2]
    assert problems and {p.message for p in problems} == {"drawn elsewhere"}
    with pytest.raises(Exception, match="strict"):
        build_site(project / "mkdocs.yml", strict=True, processes=2)
