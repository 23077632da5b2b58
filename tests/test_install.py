"""Installing explainer as the README says, on a fresh machine.

The README's route without ``make`` is ``python3 -m venv .venv && .venv/bin/pip install
-e .``: a new virtualenv has the pip its Python bundles (23.2.1 with Python 3.11), which
must resolve explainer's dependencies without being upgraded first.  Installs run on a
copy of the package, so the checkout is left as it is.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ROUTE = "python3 -m venv .venv && .venv/bin/pip install -e ."


def _copy(target: Path) -> Path:
    target.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, target / name)
    shutil.copytree(
        REPO / "generator", target / "generator", ignore=shutil.ignore_patterns("__pycache__")
    )
    return target


def _run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=1800
    )


@pytest.mark.slow
def test_the_readme_route_installs_with_the_pip_python_bundles(tmp_path: Path) -> None:
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert ROUTE in readme, "the README's route without make changed: update this test"
    source = _copy(tmp_path / "explainer")
    made = _run(sys.executable, "-m", "venv", ".venv", cwd=source)  # with ensurepip's pip
    assert made.returncode == 0, made.stderr
    pip = _run(source / ".venv" / "bin" / "pip", "--version", cwd=source)
    installed = _run(source / ".venv" / "bin" / "pip", "install", "-e", ".", cwd=source)
    assert installed.returncode == 0, f"{pip.stdout}{installed.stderr[-3000:]}"
    version = _run(source / ".venv" / "bin" / "explainer", "--version", cwd=source)
    assert version.returncode == 0 and version.stdout.startswith("explainer "), version.stderr


@pytest.mark.slow
def test_the_install_warns_of_nothing_deprecated(tmp_path: Path) -> None:
    source = _copy(tmp_path / "explainer")
    # a recent pip shows what the build backend says while it reads the package
    said = _run(
        sys.executable, "-m", "pip", "install", "--dry-run", "--no-deps", "-e", ".", cwd=source
    )
    assert said.returncode == 0, said.stderr
    output = said.stdout + said.stderr
    assert "Preparing editable metadata" in output
    assert "deprecated" not in output.lower(), output[-3000:]
