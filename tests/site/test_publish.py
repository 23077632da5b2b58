"""Publishing: ``mkdocs gh-deploy`` pushes the built site (with search and .nojekyll)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
}


def run(*args: str, cwd: Path) -> str:
    env = {**os.environ, **GIT_ENV, "HOME": str(cwd)}
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{args}: {result.stderr}"
    return result.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_gh_deploy_to_a_local_bare_remote(tmp_path: Path, new_project) -> None:
    project = new_project(tmp_path / "project")
    remote = tmp_path / "remote.git"
    run("git", "init", "--bare", "-q", str(remote), cwd=tmp_path)
    run("git", "init", "-q", "-b", "main", cwd=project)
    run("git", "add", ".", cwd=project)
    run("git", "commit", "-q", "-m", "content", cwd=project)
    run("git", "remote", "add", "origin", str(remote), cwd=project)
    run(sys.executable, "-m", "mkdocs", "gh-deploy", "--strict", "--force", cwd=project)
    files = set(
        run(
            "git",
            "--git-dir",
            str(remote),
            "ls-tree",
            "-r",
            "--name-only",
            "gh-pages",
            cwd=tmp_path,
        ).split()
    )
    assert {
        ".nojekyll",
        "index.html",
        "404.html",
        "actors/ana-kovel/index.html",
        "sources/orlen-valley/index.html",
        "feed.xml",
        "sitemap.xml",
    } <= files
    assert any(name.startswith("pagefind/") for name in files)
