"""One explainer project: its ``mkdocs.yml``, read once, and what that file names.

The folder of ``mkdocs.yml`` is the project.  The site engine reads the file (MkDocs,
with its own defaults and checks: see ``generator/site/plugin.py``) and hands back a
:class:`Project`: where the articles, fact sheets, cache and site are, the explainer
plugin's options, and the editor's pins (``pins.yaml``, ``stories.yaml``).  Every
stage takes what it needs from it; nothing reads ``mkdocs.yml`` again during a build.

:func:`read_knowledge` is the knowledge of a project's sheets as they are on disk,
for the MkDocs plugin when MkDocs alone drives a build (``mkdocs build``,
``mkdocs serve``); ``explainer build`` calls the stages one by one instead
(``generator/pipeline.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator import factsheet, knowledge
from generator.factsheet import FactSheet
from generator.knowledge import Knowledge, Pins, StoryPins

CACHE = ".explainer-cache"  # under the content folder: merge bases, the build lock


@dataclass(frozen=True)
class Project:
    """A project's paths and options, as ``mkdocs.yml`` sets them.

    ``engine`` is the site engine's own reading of ``mkdocs.yml``, handed back to it
    to render (one build per reading: a build changes it).
    """

    config_file: Path
    site_dir: Path  # absolute
    content_dir: Path  # facts/ (and pins.yaml, stories.yaml) live here; articles/ too
    site_description: str = ""
    search: bool = True  # build a Pagefind index after the build
    key_actors: int = 8  # how many actors the home page shows
    reviewed_only: bool = False  # publish only what an editor has reviewed
    strict: bool = False  # warnings fail the build (``--strict`` or ``strict: true``)
    pins: Pins = field(default_factory=Pins)
    stories: StoryPins = field(default_factory=StoryPins)
    engine: object = field(default=None, compare=False, repr=False)

    @classmethod
    def of(
        cls,
        config_file: Path,
        *,
        content_dir: Path,
        site_dir: Path,
        site_description: str = "",
        search: bool = True,
        key_actors: int = 8,
        reviewed_only: bool = False,
        strict: bool = False,
        engine: object = None,
    ) -> Project:
        """The project as ``mkdocs.yml`` sets it, with the pins read from the content
        folder.  Raises ``KnowledgeError`` for a pins file that cannot be read."""
        return cls(
            config_file=config_file,
            site_dir=site_dir.resolve(),
            content_dir=_tidy(content_dir),
            site_description=site_description,
            search=search,
            key_actors=key_actors,
            reviewed_only=reviewed_only,
            strict=strict,
            pins=knowledge.load_pins(content_dir / "pins.yaml"),
            stories=knowledge.load_story_pins(content_dir / "stories.yaml"),
            engine=engine,
        )

    @property
    def articles_dir(self) -> Path:
        return self.content_dir / "articles"

    @property
    def facts_dir(self) -> Path:
        return self.content_dir / "facts"

    @property
    def cache_dir(self) -> Path:
        return self.content_dir / CACHE

    @property
    def lock_file(self) -> Path:
        return self.cache_dir / "build.lock"


def _tidy(path: Path) -> Path:
    """``path`` relative to the working folder when under it (how messages name it)."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def read_knowledge(
    project: Project, store: factsheet.SheetStore, *, since: Knowledge | None = None
) -> Knowledge:
    """Every sheet under the project's ``facts/``, read through ``store``, merged into
    one model with the project's pins.  ``since`` is the last knowledge of
    the same project, whose unchanged parts are reused.  Raises ``ExplainerError``."""
    paths = factsheet.find_sheets(project.facts_dir)
    store.keep_only(store.name_of(p) for p in paths)
    return knowledge_of(project, [store.load(path) for path in paths], since=since)


def knowledge_of(
    project: Project, sheets: Sequence[FactSheet], *, since: Knowledge | None = None
) -> Knowledge:
    """``sheets`` merged into one model with the project's pins and stories; in a
    reviewed-only project, only what editors have reviewed
    (:func:`generator.factsheet.reviewed_only`)."""
    if project.reviewed_only:
        sheets = factsheet.reviewed_sheets(sheets)
    return knowledge.build(
        sheets,
        pins=project.pins,
        stories=project.stories,
        since=since,
        find_disputes=not project.reviewed_only,
    )
