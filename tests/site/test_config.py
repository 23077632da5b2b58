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


def test_an_editor_names_a_story_in_stories_yaml(tmp_path: Path, new_project) -> None:
    project = new_project(tmp_path / "p", search=False)
    (project / "content" / "stories.yaml").write_text(
        "stories:\n  - id: valley\n    title: The Orlen Valley war\n    articles: [orlen-valley]\n",
        encoding="utf-8",
    )
    plugin, config = plugin_of(project, "content_dir: content\n      key_actors: 2")
    plugin.on_config(config)
    (story,) = plugin.drawing.knowledge.stories
    assert (story.id, story.title, story.articles) == (
        "valley",
        "The Orlen Valley war",
        ("orlen-valley",),
    )
    assert plugin.drawing.views.key_actors == 2


def test_a_bad_stories_file_is_a_clear_error(tmp_path: Path, new_project) -> None:
    project = new_project(tmp_path / "p", search=False)
    (project / "content" / "stories.yaml").write_text("stories: [{title: 3}]\n", encoding="utf-8")
    plugin, config = plugin_of(project, "content_dir: content")
    with pytest.raises(PluginError, match=r"stories\.yaml:1:11: stories\[0\]\.id"):
        plugin.on_config(config)
