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
