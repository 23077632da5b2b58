"""Stories an editor names, and the articles pinned to them: ``content/stories.yaml``.

::

    stories:
      - id: karabakh-war              # the story's page: stories/karabakh-war/
        title: The war over Nagorno-Karabakh
        articles:                     # fact-sheet names (content/facts/<name>.yaml)
          - 01-fighting-erupts
          - 07-ceasefire-talks

Articles pinned to a story are always in it, whatever the automatic grouping says,
and articles pinned to different stories are never grouped together; the articles
nobody pinned join the story they are most like, as before.  A pinned story keeps its
id and title however its articles change.  Like ``pins.yaml``, the file is read on
every build and nothing is ever written back to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.errors import KnowledgeError, Problem
from generator.knowledge.pins import compose
from generator.slugs import slugify

KEYS = ("id", "title", "articles")


@dataclass(frozen=True)
class StoryPin:
    """One named story, with where it was written."""

    id: str
    title: str | None
    articles: tuple[str, ...]
    line: int | None = None
    column: int | None = None


@dataclass(frozen=True)
class StoryPins:
    stories: tuple[StoryPin, ...] = ()
    path: str = "content/stories.yaml"

    def __bool__(self) -> bool:
        return bool(self.stories)

    def story_of(self) -> dict[str, str]:
        """Sheet slug -> the id of the story it is pinned to."""
        return {slug: pin.id for pin in self.stories for slug in pin.articles}


def load_story_pins(path: str | Path) -> StoryPins:
    """Read a stories file.  A missing file means no pins; a malformed one raises
    :class:`KnowledgeError` naming every problem with its line and column."""
    name = str(path)
    root = compose(Path(path))
    if root is None or (isinstance(root, yaml.ScalarNode) and root.value in ("", "~", "null")):
        return StoryPins(path=name)
    problems: list[Problem] = []
    items: yaml.Node | None = None
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "stories":
                items = value
            else:
                problems.append(
                    _problem(name, key, f"unknown key {_text(key)!r}", hint="valid keys: stories")
                )
    if items is None or not isinstance(items, yaml.SequenceNode):
        if not problems or items is not None:
            problems.append(
                _problem(
                    name,
                    items or root,
                    "must be 'stories:' followed by a list of stories",
                    hint="for example: stories: [{id: river-dispute, articles: [article-1]}]",
                )
            )
        raise KnowledgeError(*problems)
    stories: list[StoryPin] = []
    owner: dict[str, tuple[str, int]] = {}
    for n, item in enumerate(items.value):
        pin = _story(item, f"stories[{n}]", name, problems)
        if pin is None:
            continue
        if any(s.id == pin.id for s in stories):
            problems.append(
                _problem(name, item, f"story id {pin.id!r} used twice", field=f"stories[{n}].id")
            )
            continue
        for slug in pin.articles:
            if slug in owner:
                other, line = owner[slug]
                problems.append(
                    _problem(
                        name,
                        item,
                        f"article {slug!r} is pinned to {other!r} on line {line} too",
                        field=f"stories[{n}].articles",
                        hint="an article belongs to one story: remove one of the two pins",
                    )
                )
            owner[slug] = (pin.id, pin.line or 0)
        stories.append(pin)
    if problems:
        raise KnowledgeError(*problems)
    return StoryPins(tuple(stories), path=name)


def _story(item: yaml.Node, where: str, name: str, problems: list[Problem]) -> StoryPin | None:
    if not isinstance(item, yaml.MappingNode):
        problems.append(
            _problem(name, item, "must be a mapping with id, title and articles", field=where)
        )
        return None
    before = len(problems)
    found: dict[str, yaml.Node] = {}
    for key, value in item.value:
        text = _text(key)
        if text not in KEYS:
            problems.append(
                _problem(
                    name,
                    key,
                    f"unknown key {text!r}",
                    field=where,
                    hint="valid: " + ", ".join(KEYS),
                )
            )
        else:
            found[text] = value
    story_id = _text(found["id"]) if "id" in found else None
    if not story_id or slugify(story_id) != story_id:
        problems.append(
            _problem(
                name,
                found.get("id", item),
                f"story id must be a slug (lower-case letters, digits, '-'), got {story_id!r}",
                field=f"{where}.id",
                hint=f"for example: {slugify(story_id or 'my-story')}",
            )
        )
    title = found.get("title")
    if title is not None and not (isinstance(title, yaml.ScalarNode) and title.value.strip()):
        problems.append(_problem(name, title, "must be a non-empty text", field=f"{where}.title"))
    articles = _articles(found.get("articles"), item, f"{where}.articles", name, problems)
    if len(problems) > before:
        return None
    mark = item.start_mark
    return StoryPin(
        str(story_id),
        title.value.strip() if isinstance(title, yaml.ScalarNode) else None,
        articles,
        line=mark.line + 1,
        column=mark.column + 1,
    )


def _articles(
    node: yaml.Node | None, item: yaml.Node, where: str, name: str, problems: list[Problem]
) -> tuple[str, ...]:
    if isinstance(node, yaml.ScalarNode) and node.value:
        node = yaml.SequenceNode("tag:yaml.org,2002:seq", [node])
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        problems.append(
            _problem(
                name,
                node or item,
                "a story needs the list of articles pinned to it (at least one)",
                field=where,
                hint="an article is named by its fact sheet's name, without .yaml",
            )
        )
        return ()
    slugs: list[str] = []
    for m, ref in enumerate(node.value):
        value = _text(ref)
        if not value or slugify(value) != value:
            problems.append(
                _problem(
                    name,
                    ref,
                    f"not a fact-sheet name: {value!r}",
                    field=f"{where}[{m}]",
                    hint="the name of content/facts/<name>.yaml, e.g. 01-fighting-erupts",
                )
            )
        elif value in slugs:
            problems.append(_problem(name, ref, f"{value!r} listed twice", field=f"{where}[{m}]"))
        else:
            slugs.append(value)
    return tuple(slugs)


def _text(node: yaml.Node) -> str | None:
    return node.value if isinstance(node, yaml.ScalarNode) else None


def _problem(name: str, node: yaml.Node, message: str, **extra: str) -> Problem:
    mark = node.start_mark
    return Problem(name, message, line=mark.line + 1, column=mark.column + 1, **extra)
