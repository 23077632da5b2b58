"""The MkDocs adapter: every line that knows about MkDocs lives in this module.

``ExplainerPlugin`` (entry point ``explainer`` in ``mkdocs.plugins``) reads the fact
sheets, merges them into the knowledge, adds one generated page per actor and per
source article plus the section pages, and hands each page its view object
(``contexts.py``) as ``view``.  :func:`run_build` and :func:`run_serve` are how the rest
of explainer drives MkDocs.  Moving to another engine that reads ``mkdocs.yml`` touches
this file only.
"""

from __future__ import annotations

import json
import logging
import subprocess
from pathlib import Path
from typing import Any

from jinja2 import pass_context, select_autoescape
from markupsafe import Markup
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from generator.errors import ExplainerError
from generator.site.dates import human_date
from generator.site.pages import (
    SEARCH_PAGE,
    SECTIONS,
    PageSpec,
    front_matter,
    plan,
)
from generator.site.text import MarkdownRenderer
from generator.site.views import Views

log = logging.getLogger("mkdocs.plugins.explainer")

# Characters that could end a <script> element or break JSON inside HTML.
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


class ExplainerConfig(Config):
    """Options of the ``explainer`` plugin in ``mkdocs.yml``."""

    content_dir = c.Type(str, default="content")
    """Folder holding ``facts/*.yaml`` (and ``pins.yaml``), relative to ``mkdocs.yml``."""
    search = c.Type(bool, default=True)
    """Build a Pagefind search index into ``site/pagefind/`` after the build."""
    key_actors = c.Type(int, default=8)
    """How many actors the home page shows as key actors."""
    topics = c.Optional(c.Type((list, dict)))
    """Named stories (see ``generator.knowledge.topics``); unnamed articles group by actor."""


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.views: Views | None = None
        self.specs: dict[str, PageSpec] = {}
        self.section_uris = {uri for _, uri in SECTIONS}
        self.content_dir: Path | None = None
        self.command = "build"
        self.last_good: Any = None  # the knowledge of the last good build (serve only)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup keeps this instance across `mkdocs serve` rebuilds, which
        # is what lets a bad edit keep the last good knowledge on screen.
        self.command = command

    # -- configuration: read the sheets, plan the pages, set the navigation ---------

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path or ".").resolve().parent
        content = root / self.config.content_dir
        self.content_dir = content
        try:
            knowledge = load_knowledge(content, self.config.topics, config.config_file_path)
        except ExplainerError as error:
            if self.command != "serve" or self.last_good is None:
                raise PluginError(f"explainer: cannot build the site:\n{error}") from error
            log.error(f"explainer: showing the last good fact sheets until this is fixed:\n{error}")
            knowledge = self.last_good
        self.last_good = knowledge
        for problem in knowledge.problems:  # pins or topics that do not apply: say so
            log.warning(str(problem))
        self.views = Views(knowledge, search=self.config.search, key_actors=self.config.key_actors)
        specs = plan(
            knowledge, site_description=config.site_description or "", search=self.config.search
        )
        self.specs = {s.src_uri: s for s in specs}
        if config.nav is None:
            docs = sorted(
                p.relative_to(config.docs_dir).as_posix()
                for p in Path(config.docs_dir).glob("*.md")
            )
            pages = [p for p in docs if p not in self.specs]
            pages.sort(key=lambda p: (p != "about.md", p))  # About first, then the guides
            config.nav = [{title: uri} for title, uri in SECTIONS]
            if pages:
                config.nav.append({"About": pages})
        config.theme.static_templates.add("feed.xml")
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        for uri, spec in list(self.specs.items()):
            if files.get_file_from_path(uri) is not None:
                log.info(f"explainer: {uri} in docs_dir replaces the generated page")
                del self.specs[uri]
                continue
            in_nav = uri in self.section_uris
            inclusion = InclusionLevel.UNDEFINED if in_nav else InclusionLevel.NOT_IN_NAV
            files.append(
                File.generated(config, uri, content=front_matter(spec), inclusion=inclusion)
            )
        return files

    # -- rendering ----------------------------------------------------------------

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        env.autoescape = select_autoescape(["html", "xml"], default_for_string=True)
        renderer = MarkdownRenderer(self.views.linker)

        @pass_context
        def markdown_filter(context: Any, text: str) -> Markup:
            page = context.get("page")
            url = page.url if page is not None else ""
            return Markup(renderer.render(text or "", url))

        env.filters["markdown"] = markdown_filter
        env.filters["jsonld"] = jsonld
        env.filters["human_date"] = human_date
        return env

    def on_page_context(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any]:
        spec = self.specs.get(page.file.src_uri)
        try:
            context["view"] = self.views.view(spec) if spec and self.views else None
        except ExplainerError as error:
            raise PluginError(f"explainer: {page.file.src_uri}: {error}") from error
        context["search_page"] = (
            SEARCH_PAGE.removesuffix("index.md") if self.config.search else None
        )
        return context

    def on_template_context(
        self, context: dict[str, Any], *, template_name: str, config: MkDocsConfig
    ) -> dict[str, Any]:
        context["view"] = self.views.feed() if template_name == "feed.xml" and self.views else None
        context["search_page"] = (
            SEARCH_PAGE.removesuffix("index.md") if self.config.search else None
        )
        return context

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        """``mkdocs serve`` rebuilds when a fact sheet (or pins.yaml) changes."""
        if self.content_dir is not None and self.content_dir.is_dir():
            server.watch(str(self.content_dir))
        return server

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        # GitHub Pages: serve the files as they are (``gh-deploy`` adds this too).
        (Path(config.site_dir) / ".nojekyll").write_bytes(b"")
        if self.config.search:
            build_search_index(Path(config.site_dir))


def load_knowledge(content: Path, topics: Any = None, config_path: str | None = None) -> Any:
    """All sheets under ``content/facts`` merged into one model; raises ExplainerError."""
    from generator import factsheet, knowledge

    rules = knowledge.TopicConfig.from_mapping(topics, path=config_path or "mkdocs.yml")
    sheets = [factsheet.load(path) for path in factsheet.find_sheets(content / "facts")]
    return knowledge.build(sheets, topics=rules, pins=knowledge.load_pins(content / "pins.yaml"))


def jsonld(data: Any) -> Markup:
    """JSON for a ``<script type="application/ld+json">``: nothing in it can close the tag."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in _JSON_ESCAPES.items():
        text = text.replace(char, escape)
    return Markup(text)


def build_search_index(site_dir: Path) -> None:
    """Run Pagefind over the built site (offline); its index lands in ``site/pagefind/``."""
    try:
        from pagefind_bin import get_executable

        command = [str(get_executable()), "--site", str(site_dir), "--quiet"]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except (ImportError, OSError) as error:
        raise PluginError(
            f"explainer: cannot run Pagefind to build the search index ({error}); "
            "install it with `pip install 'pagefind[bin]'`, or set `search: false` "
            "under the explainer plugin in mkdocs.yml"
        ) from None
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()[-3:]
        raise PluginError("explainer: the Pagefind search index failed: " + " | ".join(detail))


# -- driving MkDocs ---------------------------------------------------------------------


def run_build(config_file: Path, site_dir: Path, *, strict: bool) -> list[str]:
    """``mkdocs build`` of ``config_file`` into ``site_dir``; returns MkDocs' warnings.

    Raises :class:`generator.errors.ExplainerError` (the sheets' own problems) or
    ``RuntimeError`` with MkDocs' message when the build fails.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    collector = _Collector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        config = load_config(config_file=str(config_file), site_dir=str(site_dir), strict=strict)
        build(config)
    except (MkDocsException, SystemExit) as error:
        cause = _explainer_cause(error)
        if cause is not None:
            raise cause from None
        detail = [*collector.messages, str(error)]
        raise RuntimeError("\n".join(dict.fromkeys(detail))) from None
    finally:
        logger.removeHandler(collector)
    return collector.messages


def site_dir_of(config_file: Path) -> Path:
    """Where ``config_file`` builds its site (its ``site_dir``, absolute)."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    from generator.errors import Problem, SiteError

    if not config_file.is_file():
        raise SiteError(Problem(str(config_file), "no such MkDocs config file"))
    try:
        config = load_config(config_file=str(config_file))
    except (ConfigurationError, SystemExit) as error:
        raise SiteError(Problem(str(config_file), f"invalid MkDocs config: {error}")) from None
    return Path(config.site_dir).resolve()


def run_serve(config_file: Path, dev_addr: str) -> None:
    """``mkdocs serve`` with live reload; a failed rebuild keeps the last good site."""
    from mkdocs.commands.serve import serve

    logger = logging.getLogger("mkdocs")
    if not logger.handlers:  # the `mkdocs` command sets this up; `explainer serve` must too
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True)


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _explainer_cause(error: BaseException) -> ExplainerError | None:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, ExplainerError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None
