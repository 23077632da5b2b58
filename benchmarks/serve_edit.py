"""An edit under ``mkdocs serve``: the seconds from rewriting one fact sheet's summary
to the served page showing it over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError):
        return None


def page_of(site: Path, slug: str) -> str | None:
    """The site path of the article page of ``slug`` (found in the built site)."""
    for index in sorted(site.rglob("index.html")):
        if index.parent.name == slug:
            return index.parent.relative_to(site).as_posix() + "/"
    return None


def edit_summary(sheet: Path, marker: str) -> None:
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    data = yaml.load(sheet.read_text(encoding="utf-8"))
    data["summary"] = f"{marker} {data.get('summary') or ''}".strip()
    tmp = sheet.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        yaml.dump(data, f)
    os.replace(tmp, sheet)


def edit_to_page(
    folder: Path, env: dict[str, str], slug: str, path: str, *, python: str = PYTHON
) -> tuple[float, str]:
    """Seconds from rewriting one sheet to the served page showing the edit (served by
    ``python``'s MkDocs: another checkout's, to compare)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/scale/"
    command = [python, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"]
    process = subprocess.Popen(
        command, cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 900
        while fetch(base + path) is None:
            if process.poll() is not None or time.monotonic() > deadline:
                return float("nan"), "serve did not start"
            time.sleep(0.2)
        time.sleep(1.0)  # let the watcher settle
        marker = f"EDITED{int(time.time())}"
        start = time.perf_counter()
        edit_summary(folder / "content" / "facts" / f"{slug}.yaml", marker)
        while time.perf_counter() - start < 600:
            page = fetch(base + path)
            if page is not None and marker in page:
                return time.perf_counter() - start, "mkdocs serve"
            time.sleep(0.05)
        return float("nan"), "edit never showed"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
