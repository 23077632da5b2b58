"""The plugin's options in mkdocs.yml: topics, search, key_actors."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError


def plugin_of(project: Path, options: str):
    config_file = project / "mkdocs.yml"
    text = config_file.read_text(encoding="utf-8")
    config_file.write_text(text.replace("content_dir: content", options), encoding="utf-8")
    config = load_config(config_file=str(config_file))
    plugin = config.plugins["explainer"]
    plugin.on_startup(command="build", dirty=False)
    return plugin, config


def test_named_topics_group_the_sources(tmp_path: Path, new_project) -> None:
    project = new_project(tmp_path / "p", search=False)
    options = (
        "content_dir: content\n"
        "      topics:\n"
        "        - id: valley\n"
        "          title: The Orlen Valley war\n"
        "          articles: ['orlen-*']\n"
        "      key_actors: 2"
    )
    plugin, config = plugin_of(project, options)
    plugin.on_config(config)
    (topic,) = plugin.drawing.views.topics()
    assert topic.title == "The Orlen Valley war" and topic.anchor == "topic-valley"
    assert [s.title for s in topic.stories] == [
        "Valdoria and Kessmark trade blame over Orlen Valley shelling"
    ]
    assert plugin.drawing.views.key_actors == 2


def test_bad_topics_option_is_a_clear_error(tmp_path: Path, new_project) -> None:
    project = new_project(tmp_path / "p", search=False)
    plugin, config = plugin_of(project, "content_dir: content\n      topics: [{title: 3}]")
    with pytest.raises(PluginError, match=r"topics\[0\]"):
        plugin.on_config(config)
