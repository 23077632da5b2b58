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
import os
import shutil
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, DictLoader, TemplateNotFound, pass_context, select_autoescape
from markupsafe import Markup
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from generator.errors import ExplainerError
from generator.site import redraw, search_index, shares, urls
from generator.site.dates import human_date
from generator.site.pages import (
    SEARCH_PAGE,
    SECTIONS,
    PageSpec,
    page_meta,
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
    """Folder holding ``facts/*.yaml`` (and ``pins.yaml``, ``stories.yaml``), relative to
    ``mkdocs.yml``."""
    search = c.Type(bool, default=True)
    """Build a Pagefind search index into ``site/pagefind/`` after the build."""
    key_actors = c.Type(int, default=8)
    """How many actors the home page shows as key actors."""


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    supports_multiple_instances = False
    # A build shares the drawing of its pages out from this many generated pages on,
    # with at least this many pages for each process.
    PARALLEL_FROM = 400
    PAGES_PER_PROCESS = 100

    def __init__(self) -> None:
        self.views: Views | None = None
        self.specs: dict[str, PageSpec] = {}
        self.section_uris = {uri for _, uri in SECTIONS}
        self.content_dir: Path | None = None
        self.command = "build"
        self.last_good: Any = None  # the knowledge of the last good build (this build's)
        # Serve only: what the last complete build drew, and which pages this one draws
        # (None: all of them); see generator/site/redraw.py.
        self.drawing: redraw.Drawing | None = None
        self.drawn: set[str] | None = None
        self.hashes: dict[str, int] = {}
        self.seen: dict[str, object] = {}  # views a redraw compared, for their pages
        self.shared: Any = None
        self.indexer = search_index.BackgroundIndex()
        # Build only: how many processes draw the pages (None: one per core), from how
        # many generated pages on, and this process's share (see shares.py).
        self.processes: int | None = None
        self.share: shares.Share | None = None
        self.positions: dict[str, int] = {}
        self.templates_left = 0  # site-wide templates still to draw before pruning
        self.files: Files | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup keeps this instance across `mkdocs serve` rebuilds, which
        # is what lets a bad edit keep the last good knowledge on screen.  MkDocs keeps
        # it for the whole process, so a new command starts from nothing.
        self.command = command
        self.last_good = self.drawing = self.drawn = None
        self.views = None
        build_log = logging.getLogger("mkdocs.commands.build")
        for old in [f for f in build_log.filters if isinstance(f, _KeptPages)]:
            build_log.removeFilter(old)
        build_log.addFilter(_KeptPages(self))

    def on_shutdown(self) -> None:
        self.indexer.cancel()

    # -- configuration: read the sheets, plan the pages, set the navigation ---------

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path or ".").resolve().parent
        content = root / self.config.content_dir
        self.content_dir = content
        try:
            knowledge = load_knowledge(content)
        except ExplainerError as error:
            if self.command != "serve" or self.last_good is None:
                raise PluginError(f"explainer: cannot build the site:\n{error}") from error
            log.error(f"explainer: showing the last good fact sheets until this is fixed:\n{error}")
            knowledge = self.last_good
        self.last_good = knowledge
        for problem in knowledge.problems:  # pins that do not apply: say so
            log.warning(str(problem))
        serving = self.command == "serve"
        self.views = Views(
            knowledge,
            search=self.config.search,
            key_actors=self.config.key_actors,
            previous=self.views.linker if serving and self.views is not None else None,
        )
        specs = plan(
            knowledge, site_description=config.site_description or "", search=self.config.search
        )
        self.specs = {s.src_uri: s for s in specs}
        self.drawn, self.hashes, self.seen = None, {}, {}
        if serving:
            self.shared = redraw.shared_state(knowledge, _inputs(config))
            if self.drawing is not None:
                self.drawn, self.hashes = redraw.redraw(
                    self.drawing, knowledge, self.shared, specs, self._view
                )
            self.drawing = None  # until this build completes
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

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Serve: set the last build's pages aside (MkDocs empties the site folder)
        when this build draws only some of them; they come back in on_post_build."""
        if self.command != "serve":
            return
        self.indexer.cancel()  # an index still being written would be stale
        site = Path(config.site_dir)
        stash = site / _STASH
        if stash.exists():  # left by a build that failed half-way
            shutil.rmtree(stash)
        if self.drawn is not None and not site.is_dir():
            self.drawn, self.hashes = None, {}  # nothing to keep: draw every page
        if self.drawn is not None:
            stash.mkdir()
            for entry in site.iterdir():
                if not entry.name.startswith("."):
                    entry.rename(stash / entry.name)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        for uri in list(self.specs):
            if files.get_file_from_path(uri) is not None:
                log.info(f"explainer: {uri} in docs_dir replaces the generated page")
                del self.specs[uri]
                continue
            in_nav = uri in self.section_uris
            if self.drawn is not None and uri not in self.drawn and not in_nav:
                continue  # unchanged since the last build: its page is set aside
            inclusion = InclusionLevel.UNDEFINED if in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, uri, content="", inclusion=inclusion))
        return files

    # -- rendering ----------------------------------------------------------------

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        env.autoescape = select_autoescape(["html", "xml"], default_for_string=True)
        # An unchanged section page (serve) renders nothing, so MkDocs does not write it
        # and the last build's file stays; sections stay listed for the navigation.
        env.loader = ChoiceLoader([DictLoader({_UNCHANGED: ""}), env.loader])
        renderer = MarkdownRenderer(self.views.linker)

        @pass_context
        def markdown_filter(context: Any, text: str) -> Markup:
            page = context.get("page")
            url = page.url if page is not None else ""
            return Markup(renderer.render(text or "", url))

        env.filters["markdown"] = markdown_filter
        env.filters["jsonld"] = jsonld
        env.filters["human_date"] = human_date
        env.filters["url"] = urls.url_filter  # MkDocs' own, faster on big sites
        count = self._processes(config)
        if count > 1:  # every page's data is ready: share the drawing out
            self.positions = {uri: n for n, uri in enumerate(self.specs)}
            self.share = shares.fork(count)
            if self.share.in_child:  # the first process writes the site-wide files
                config.theme.static_templates.clear()
                config.extra_templates.clear()
                for file in [f for f in files if not f.is_documentation_page()]:
                    files.remove(file)
            self.files = files
            self.templates_left = len(config.theme.static_templates) + len(config.extra_templates)
            if not self.templates_left:
                self._prune()
        return env

    def on_post_template(
        self, output_content: str, *, template_name: str, config: MkDocsConfig
    ) -> str:
        if self.share is not None and self.templates_left:
            self.templates_left -= 1
            if not self.templates_left:  # the sitemap has listed every page: prune
                self._prune()
        return output_content

    def _prune(self) -> None:
        """Leave out of MkDocs' page loop the pages another process draws (were they
        left in, each would still cost a Markdown conversion of nothing)."""
        if self.share is None or self.files is None:
            return
        for file in self.files.documentation_pages():
            if not self.share.owns(self.positions.get(file.src_uri)):
                self.files.remove(file)

    def _processes(self, config: MkDocsConfig) -> int:
        """How many processes draw this build's pages (1: this one alone)."""
        if self.command != "build" or not shares.CAN_FORK:
            return 1
        if len(self.specs) < self.PARALLEL_FROM or list(config.plugins) != ["explainer"]:
            return 1  # small, or other plugins that may not expect it
        most = len(self.specs) // self.PAGES_PER_PROCESS
        return max(1, min(self.processes or os.cpu_count() or 1, most))

    def skipped_on_purpose(self, uri: str) -> bool:
        """Whether this build leaves the page of ``uri`` to another process (build) or
        as the last build drew it (serve)."""
        if self.share is not None and not self.share.owns(self.positions.get(uri)):
            return True
        return self.drawn is not None and uri in self.specs and uri not in self.drawn

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        uri = page.file.src_uri
        spec = self.specs.get(uri)
        if spec is not None:
            page.meta.update(page_meta(spec))
        if self.skipped_on_purpose(uri):
            page.meta["template"] = _UNCHANGED  # kept, or another process draws it
            return ""
        return markdown

    def on_page_context(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any]:
        spec = self.specs.get(page.file.src_uri)
        if page.meta.get("template") == _UNCHANGED:
            return context
        try:
            context["view"] = self._view(spec) if spec and self.views else None
        except ExplainerError as error:
            raise PluginError(f"explainer: {page.file.src_uri}: {error}") from error
        if spec is not None and self.command == "serve" and self.drawn is None:
            self.hashes[spec.src_uri] = redraw.page_hash(spec, context["view"])
        context["search_page"] = (
            SEARCH_PAGE.removesuffix("index.md") if self.config.search else None
        )
        return context

    def _view(self, spec: PageSpec) -> object:
        """The view of ``spec``'s page; one a redraw compared is not built again."""
        view = self.seen.pop(spec.src_uri, None)
        if view is None:
            view = self.views.view(spec)
            if self.drawn is None and self.drawing is not None:  # a redraw comparing
                self.seen[spec.src_uri] = view
        return view

    def on_template_context(
        self, context: dict[str, Any], *, template_name: str, config: MkDocsConfig
    ) -> dict[str, Any]:
        context["view"] = self.views.feed() if template_name == "feed.xml" and self.views else None
        context["search_page"] = (
            SEARCH_PAGE.removesuffix("index.md") if self.config.search else None
        )
        return context

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        """``mkdocs serve`` rebuilds when a fact sheet (or a pins file) changes."""
        if self.content_dir is not None and self.content_dir.is_dir():
            server.watch(str(self.content_dir))
        return server

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.share is not None:
            share, self.share = self.share, None
            if share.in_child:
                share.exit_child()  # never returns
            failed = share.wait()
            if failed:  # a child's own error, "explainer: <page>: <problem>" as a rule
                raise PluginError("\n".join(failed))
        site = Path(config.site_dir)
        # GitHub Pages: serve the files as they are (``gh-deploy`` adds this too).
        (site / ".nojekyll").write_bytes(b"")
        if self.command != "serve":
            if self.config.search:
                build_search_index(site)
            return
        if self.drawn is not None:
            self._restore(config)
            log.info(f"explainer: redrew {len(self.drawn)} of {len(self.specs)} generated pages")
        self.drawing = redraw.Drawing(self.last_good, self.shared, self.hashes)
        if self.config.search:  # the page shows now; its search index follows
            if self.indexer.failure is not None:
                log.warning(f"explainer: {self.indexer.failure}")
            self.indexer.start(site)

    def on_build_error(self, *, error: Exception) -> None:
        if self.share is not None:
            share, self.share = self.share, None
            if share.in_child:
                share.exit_child(error)  # never returns
            for failure in share.wait():
                log.error(failure)

    def _restore(self, config: MkDocsConfig) -> None:
        """Put back what this build did not write: the pages it did not draw, and the
        last search index (a fresh one follows)."""
        site = Path(config.site_dir)
        stash = site / _STASH
        if not stash.is_dir():
            return
        # MkDocs' sitemap lists only the pages this build drew; the set of pages is the
        # last build's (or every page would have been drawn), so its sitemap is right.
        for name in _SITEMAPS:
            if (stash / name).is_file():
                (stash / name).replace(site / name)
        _merge(stash, site)
        shutil.rmtree(stash, ignore_errors=True)


class _KeptPages(logging.Filter):
    """MkDocs says "Page skipped ... empty output" of each page this process leaves to
    another (build) or a redraw keeps as it was (serve; see on_page_markdown); that is
    by design, so it is not said."""

    def __init__(self, plugin: ExplainerPlugin) -> None:
        super().__init__()
        self.plugin = plugin

    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        if not message.startswith("Page skipped: '"):
            return True
        uri = message.removeprefix("Page skipped: '").split("'", 1)[0]
        return not self.plugin.skipped_on_purpose(uri)


def _merge(source: Path, target: Path) -> None:
    """Move into ``target`` every entry of ``source`` it lacks; a folder both have is
    merged the same way, and a file both have keeps ``target``'s (it was just drawn)."""
    for entry in source.iterdir():
        into = target / entry.name
        if not into.exists():
            entry.rename(into)
        elif entry.is_dir() and into.is_dir():
            _merge(entry, into)


_STASH = ".explainer-previous"  # hidden: MkDocs' clean-up of site_dir leaves it alone
_UNCHANGED = "explainer/unchanged.html"
_SITEMAPS = ("sitemap.xml", "sitemap.xml.gz")


def _inputs(config: MkDocsConfig) -> tuple[tuple[str, int, int], ...]:
    """The files besides the sheets that every page depends on: the config, the theme
    and the hand-written pages (the navigation lists them)."""
    paths = [Path(config.config_file_path)] if config.config_file_path else []
    for folder in [*config.theme.dirs, config.docs_dir]:
        paths.extend(p for p in Path(folder).rglob("*") if p.is_file())
    stats = []
    for path in sorted(set(paths)):
        try:
            stat = path.stat()
        except OSError:
            continue
        stats.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(stats)


def load_knowledge(content: Path) -> Any:
    """All sheets under ``content/facts`` merged into one model; raises ExplainerError."""
    from generator import factsheet, knowledge

    sheets = [factsheet.load(path) for path in factsheet.find_sheets(content / "facts")]
    return knowledge.build(
        sheets,
        pins=knowledge.load_pins(content / "pins.yaml"),
        stories=knowledge.load_story_pins(content / "stories.yaml"),
    )


def jsonld(data: Any) -> Markup:
    """JSON for a ``<script type="application/ld+json">``: nothing in it can close the tag."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in _JSON_ESCAPES.items():
        text = text.replace(char, escape)
    return Markup(text)


def build_search_index(site_dir: Path) -> None:
    """Run Pagefind over the built site (offline); its index lands in ``site/pagefind/``."""
    try:
        search_index.build_index(site_dir)
    except ExplainerError as error:
        raise PluginError(f"explainer: {error}") from None


# -- driving MkDocs ---------------------------------------------------------------------


def run_build(
    config_file: Path, site_dir: Path, *, strict: bool, processes: int | None = None
) -> list[str]:
    """``mkdocs build`` of ``config_file`` into ``site_dir``; returns MkDocs' warnings.
    ``processes`` draw the pages of a big site (default: one per core).

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
        plugin = config.plugins.get("explainer")
        if isinstance(plugin, ExplainerPlugin):
            plugin.processes = processes
        config.plugins.on_startup(command="build", dirty=False)  # as `mkdocs build` does
        try:
            build(config)
        except BaseException as error:
            _end_if_child(plugin, error)
            raise
        finally:
            config.plugins.on_shutdown()
    except (MkDocsException, SystemExit) as error:
        cause = _explainer_cause(error)
        if cause is not None:
            raise cause from None
        detail = [*collector.messages, str(error)]
        raise RuntimeError("\n".join(dict.fromkeys(detail))) from None
    except TemplateNotFound as error:
        raise RuntimeError(
            f"the theme has no template '{error.name}': a theme folder of your own must "
            "have every template of explainer's theme/ (copy the missing ones from it)"
        ) from None
    finally:
        logger.removeHandler(collector)
    return collector.messages


def _end_if_child(plugin: Any, error: BaseException) -> None:
    """A page-drawing child that failed ends here, whatever the failure: unwinding
    further would run the parent's code (removing the half-built site, reporting)."""
    share = getattr(plugin, "share", None)
    if share is not None and share.in_child:
        share.exit_child(error)


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
