"""``mkdocs serve``: a bad sheet edit reports the error and keeps the last good site."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from generator.site.plugin import ExplainerPlugin


def configured(project: Path, command: str) -> tuple[ExplainerPlugin, object]:
    config = load_config(config_file=str(project / "mkdocs.yml"))
    plugin = config.plugins["explainer"]
    assert isinstance(plugin, ExplainerPlugin)
    plugin.on_startup(command=command, dirty=False)
    return plugin, config


def break_sheet(project: Path) -> None:
    sheet = project / "content" / "facts" / "orlen-valley.yaml"
    text = sheet.read_text(encoding="utf-8")
    sheet.write_text(text.replace("by: tomas-brenn", "by: nobody"), encoding="utf-8")


def test_serve_keeps_the_last_good_knowledge(tmp_path: Path, new_project, caplog) -> None:
    project = new_project(tmp_path / "p", search=False)
    plugin, config = configured(project, "serve")
    plugin.on_config(config)
    good = plugin.drawing.knowledge
    break_sheet(project)
    plugin.on_config(config)
    assert plugin.drawing.knowledge is good
    assert "orlen-valley.yaml:" in caplog.text and "nobody" in caplog.text


def test_build_stops_with_the_sheet_error(tmp_path: Path, new_project) -> None:
    project = new_project(tmp_path / "p", search=False)
    break_sheet(project)
    plugin, config = configured(project, "build")
    with pytest.raises(PluginError, match=r"orlen-valley\.yaml:\d+:\d+: claims\[2\]\.by"):
        plugin.on_config(config)


def test_serve_hears_of_changes_from_the_system_not_by_polling(tmp_path: Path, new_project) -> None:
    from mkdocs.livereload import LiveReloadServer
    from watchdog.observers.polling import PollingObserver

    project = new_project(tmp_path / "p", search=False)
    plugin, config = configured(project, "serve")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    server.watch(config.docs_dir)  # what mkdocs serve watches before on_serve
    server.watch(config.config_file_path)
    assert isinstance(server.observer, PollingObserver)
    server = plugin.on_serve(server, config=config, builder=lambda: None)
    assert not isinstance(server.observer, PollingObserver)
    watched = {Path(p) for p in server._watched_paths}
    assert watched == {
        Path(config.docs_dir),
        Path(config.config_file_path),
        (project / "content").resolve(),
    }
    assert len(server.observer._watches) == len(watched)  # each scheduled there
    assert server.build_delay <= 0.05
    server.server_close()


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fetch(url: str) -> str | None:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return None


@pytest.mark.slow
def test_an_edit_reaches_the_page_mkdocs_serve_serves(tmp_path: Path, new_project) -> None:
    import subprocess
    import sys
    import time

    project = new_project(tmp_path / "p", search=False)
    port = _free_port()
    page = f"http://127.0.0.1:{port}/explainer/sources/orlen-valley/"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while (_fetch(page) or "") == "":
            assert server.poll() is None and time.monotonic() < deadline, "serve did not start"
            time.sleep(0.2)
        sheet = project / "content" / "facts" / "orlen-valley.yaml"
        text = sheet.read_text(encoding="utf-8")
        sheet.write_text(text.replace("called for talks", "called for a truce"), encoding="utf-8")
        deadline = time.monotonic() + 60
        while "called for a truce" not in (_fetch(page) or ""):
            assert time.monotonic() < deadline, "the edit never reached the served page"
            time.sleep(0.1)
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
